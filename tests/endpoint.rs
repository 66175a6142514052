//! End to end: the real `casebot serve` on 127.0.0.1:0 with a generated keypair. Signed
//! interactions of every kind answered in the HTTP response; every way a request can be
//! unsigned, badly signed, stale, too large or not an interaction refused with its exact
//! status and nothing changed; Discord's endpoint probe; a deferred `/reload` completed through
//! the webhook on a fake Discord; `/healthz`, `/metrics`, and start-up errors. Then one table of
//! interactions through both transports, the gateway (via the fake Discord) and the endpoint,
//! with identical response bodies, each checked against Discord's OpenAPI spec when
//! DISCORD_OPENAPI_SPEC names it.

use std::fs;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use serde_json::{Value, json};

use crate::util::bot::Bot;
use crate::util::fake_discord::{self as fake, FakeDiscord, Recorded};
use crate::util::server::{self, Keys, Server, now};
use crate::util::{edit, openapi, valid_copy};

const MANAGE_GUILD: u64 = 1 << 5;
const SEND_MESSAGES: u64 = 1 << 11;
const EPHEMERAL: u64 = 1 << 6;

fn embed(response: &Value) -> &Value {
    &response["data"]["embeds"][0]
}

fn title(response: &Value) -> &str {
    embed(response)["title"].as_str().unwrap_or_default()
}

fn assert_no_pings(response: &Value) {
    let mentions = &response["data"]["allowed_mentions"];
    assert_eq!(mentions["parse"], json!([]), "{response}");
    for list in ["users", "roles"] {
        assert!(
            mentions[list].as_array().is_none_or(Vec::is_empty),
            "{response}"
        );
    }
}

/// Checks response bodies against Discord's spec for the interaction callback.
fn check_spec(bodies: &[Value]) {
    let Some(mut spec) = openapi::shared() else {
        eprintln!("DISCORD_OPENAPI_SPEC is not set: response bodies not checked against the spec");
        return;
    };
    let recorded: Vec<Recorded> = bodies
        .iter()
        .map(|body| Recorded {
            method: "POST".into(),
            path: "/api/v10/interactions/1/token/callback".into(),
            body: body.clone(),
        })
        .collect();
    let (checked, problems) = spec.check(&recorded);
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
    assert_eq!(checked, bodies.len());
}

async fn started(keys: &Keys) -> (Server, tempfile::TempDir) {
    let knowledge = valid_copy();
    let server = Server::start(knowledge.path(), keys, &[], &[("CASEBOT_REPLICA", "r1")]);
    server.wait_ready(Duration::from_secs(20)).await;
    (server, knowledge)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_ping_gets_a_json_pong() {
    let keys = Keys::generate();
    let (server, _k) = started(&keys).await;
    let body =
        json!({"id": "1", "application_id": fake::APP_ID, "type": 1, "token": "t", "version": 1});
    let answered = server.post_signed(&keys, body.to_string().as_bytes()).await;
    assert_eq!(answered.status, 200);
    assert_eq!(answered.content_type, "application/json");
    assert_eq!(answered.json(), json!({"type": 1}));
    check_spec(&[answered.json()]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signed_commands_autocomplete_and_buttons_are_answered_in_the_response() {
    let keys = Keys::generate();
    let (server, _k) = started(&keys).await;
    let member = || fake::member(SEND_MESSAGES, &[]);
    let who = server
        .interact(
            &keys,
            &fake::slash("who", Some(("name", "novak")), member()),
        )
        .await;
    assert_eq!(who["type"], 4);
    assert_eq!(title(&who), "Tomáš Novák");
    assert_no_pings(&who);
    let when = server
        .interact(
            &keys,
            &fake::slash("when", Some(("event", "when was asylum granted")), member()),
        )
        .await;
    assert_eq!(title(&when), "Ruritania grants asylum to Jane Roe");
    let quote = server
        .interact(
            &keys,
            &fake::slash("quote", Some(("about", "novak")), member()),
        )
        .await;
    let buttons = quote["data"]["components"][0]["components"]
        .as_array()
        .expect("suggestion buttons")
        .clone();
    assert_eq!(buttons.len(), 2, "{quote}");
    let pressed = server
        .interact(
            &keys,
            &fake::button(buttons[0]["custom_id"].as_str().expect("custom_id")),
        )
        .await;
    assert_eq!(pressed["type"], 7, "{pressed}");
    assert!(title(&pressed).starts_with("Novák:"), "{pressed}");
    assert_eq!(pressed["data"]["components"], json!([]));
    let choices = server
        .interact(&keys, &fake::autocomplete("who", "name", "no"))
        .await;
    assert_eq!(choices["type"], 8);
    assert_eq!(choices["data"]["choices"][0]["value"], "tomas-novak");
    let missing = server
        .interact(
            &keys,
            &fake::slash("who", Some(("name", "@everyone elon musk")), member()),
        )
        .await;
    assert_eq!(
        missing["data"]["flags"].as_u64().unwrap_or(0) & EPHEMERAL,
        EPHEMERAL
    );
    assert_no_pings(&missing);
    check_spec(&[who, when, quote, pressed, choices, missing]);
}

/// Sends raw bytes and returns the status code of the response (reads only its first line).
fn raw_status(addr: &str, head: &str, body: &[u8]) -> u16 {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    let _ = stream.write_all(head.as_bytes());
    // The server may answer and close before the body is all sent: that is the point.
    let _ = stream.write_all(body);
    let mut response = Vec::new();
    let mut buf = [0u8; 1024];
    while !response.windows(2).any(|w| w == b"\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => response.extend_from_slice(&buf[..n]),
        }
    }
    let line = String::from_utf8_lossy(&response);
    line.split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line: {line:?}"))
}

/// A named request (headers, body) and the status it must get.
type Case<'a> = (&'a str, Vec<(&'a str, &'a str)>, Vec<u8>, u16);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_bad_request_gets_its_exact_status_and_changes_nothing() {
    let keys = Keys::generate();
    let (mut server, knowledge) = started(&keys).await;
    let before = server.get("/healthz").await.json();
    // A change on disk that only a reload would pick up: no refused request may reload.
    let people = knowledge.path().join("people.json");
    edit(
        &people,
        "\"name\": \"Tomáš Novák\"",
        "\"name\": \"Renamed\"",
    );

    let moderator = fake::member(MANAGE_GUILD, &[]);
    let reload = fake::slash("reload", None, moderator).to_string();
    let reload = reload.as_bytes();
    let ts = now();
    let good = keys.sign(&ts, reload);
    let other = Keys::generate().sign(&ts, reload);
    let stale_ts = (ts.parse::<u64>().expect("now") - 301).to_string();
    let stale = keys.sign(&stale_ts, reload);
    let mut tampered = reload.to_vec();
    tampered[reload.len() - 2] ^= 1;
    let later = (ts.parse::<u64>().expect("now") + 1).to_string();
    let not_json = b"this is not json".to_vec();
    let not_json_sig = keys.sign(&ts, &not_json);
    let unknown =
        json!({"id": "1", "application_id": "1000", "type": 99, "token": "t", "version": 1})
            .to_string()
            .into_bytes();
    let unknown_sig = keys.sign(&ts, &unknown);
    // A complete modal submission: casebot opens no modal, so it answers none.
    let mut modal = fake::slash("who", None, fake::member(0, &[]));
    modal["type"] = json!(5);
    modal["data"] = json!({"custom_id": "m", "components": []});
    let modal = modal.to_string().into_bytes();
    let modal_sig = keys.sign(&ts, &modal);

    let not_hex = format!("zz{}", &good[2..]);
    let sig = "x-signature-ed25519";
    let time = "x-signature-timestamp";
    let cases: Vec<Case> = vec![
        ("no headers", vec![], reload.to_vec(), 401),
        ("no signature", vec![(time, &ts)], reload.to_vec(), 401),
        ("no timestamp", vec![(sig, &good)], reload.to_vec(), 401),
        (
            "wrong key",
            vec![(sig, &other), (time, &ts)],
            reload.to_vec(),
            401,
        ),
        (
            "tampered body",
            vec![(sig, &good), (time, &ts)],
            tampered,
            401,
        ),
        (
            "tampered timestamp",
            vec![(sig, &good), (time, &later)],
            reload.to_vec(),
            401,
        ),
        (
            "malformed hex",
            vec![(sig, &not_hex), (time, &ts)],
            reload.to_vec(),
            401,
        ),
        (
            "short signature",
            vec![(sig, &good[..100]), (time, &ts)],
            reload.to_vec(),
            401,
        ),
        (
            "timestamp not a number",
            vec![(sig, &good), (time, "soon")],
            reload.to_vec(),
            401,
        ),
        (
            "stale timestamp, signed",
            vec![(sig, &stale), (time, &stale_ts)],
            reload.to_vec(),
            401,
        ),
        (
            "invalid JSON, signed",
            vec![(sig, &not_json_sig), (time, &ts)],
            not_json.clone(),
            400,
        ),
        (
            "unknown type, signed",
            vec![(sig, &unknown_sig), (time, &ts)],
            unknown.clone(),
            400,
        ),
        (
            "modal submit, signed",
            vec![(sig, &modal_sig), (time, &ts)],
            modal.clone(),
            400,
        ),
    ];
    for (name, headers, body, status) in &cases {
        let answered = server.post_raw(headers, body.clone()).await;
        assert_eq!(answered.status, *status, "{name}: {answered:?}");
    }

    // Over the size limit: a declared length is refused before the body is sent, an
    // undeclared one (chunked) once the limit is passed.
    let addr = server.addr.clone();
    let head = format!(
        "POST /interactions HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/json\r\n{sig}: {good}\r\n{time}: {ts}\r\ncontent-length: 100000000\r\n\r\n"
    );
    let status = tokio::task::spawn_blocking(move || raw_status(&addr, &head, b"{\"type\": 1"))
        .await
        .expect("join");
    assert_eq!(status, 413, "declared oversize body");
    let addr = server.addr.clone();
    let head = format!(
        "POST /interactions HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/json\r\n{sig}: {good}\r\n{time}: {ts}\r\ntransfer-encoding: chunked\r\n\r\n"
    );
    let mut chunked = Vec::new();
    for _ in 0..5 {
        chunked.extend_from_slice(format!("{:x}\r\n", 64 * 1024).as_bytes());
        chunked.extend_from_slice(&[b' '; 64 * 1024]);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let status = tokio::task::spawn_blocking(move || raw_status(&addr, &head, &chunked))
        .await
        .expect("join");
    assert_eq!(status, 413, "undeclared oversize body");

    // Nothing changed: same facts, no reload, still answering, no panic.
    assert!(server.alive());
    assert_eq!(server.get("/healthz").await.json(), before);
    let cb = server
        .interact(
            &keys,
            &fake::slash("who", Some(("name", "novak")), fake::member(0, &[])),
        )
        .await;
    assert_eq!(title(&cb), "Tomáš Novák", "not reloaded");
    let metrics = String::from_utf8(server.get("/metrics").await.body).expect("utf-8");
    for line in [
        "casebot_signature_rejections_total{reason=\"bad_signature\"} 3",
        "casebot_signature_rejections_total{reason=\"missing_signature\"} 2",
        "casebot_signature_rejections_total{reason=\"stale_timestamp\"} 1",
        "casebot_bad_requests_total{reason=\"too_large\"} 2",
        "casebot_bad_requests_total{reason=\"invalid_json\"} 1",
        "casebot_bad_requests_total{reason=\"unknown_type\"} 2",
    ] {
        assert!(metrics.contains(line), "{line} not in\n{metrics}");
    }
    assert!(!metrics.contains("casebot_reloads_total{"), "{metrics}");
    let output = server.output();
    assert!(!output.contains("panicked"), "{output}");
    assert!(!output.contains(&keys.public_hex()), "{output}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discords_probe_a_good_ping_then_the_same_ping_badly_signed() {
    let keys = Keys::generate();
    let (server, _k) = started(&keys).await;
    let ping =
        json!({"id": "1", "application_id": fake::APP_ID, "type": 1, "token": "t", "version": 1})
            .to_string()
            .into_bytes();
    let ts = now();
    let good = keys.sign(&ts, &ping);
    let answered = server
        .post_raw(
            &[
                ("x-signature-ed25519", &good),
                ("x-signature-timestamp", &ts),
            ],
            ping.clone(),
        )
        .await;
    assert_eq!(
        (answered.status, answered.json()),
        (200, json!({"type": 1}))
    );
    // Discord flips the signature: an endpoint that answers anything but 401 is refused.
    let mut bad = good.into_bytes();
    bad[0] = if bad[0] == b'0' { b'1' } else { b'0' };
    let bad = String::from_utf8(bad).expect("ascii");
    let answered = server
        .post_raw(
            &[
                ("x-signature-ed25519", &bad),
                ("x-signature-timestamp", &ts),
            ],
            ping,
        )
        .await;
    assert_eq!(answered.status, 401);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reload_is_deferred_then_completed_through_the_webhook() {
    let keys = Keys::generate();
    let fake = FakeDiscord::start().await;
    let knowledge = valid_copy();
    let server = Server::start(
        knowledge.path(),
        &keys,
        &[],
        &[
            ("DISCORD_API_BASE", &fake.base()),
            ("CASEBOT_REPLICA", "r7"),
        ],
    );
    let health = server.wait_ready(Duration::from_secs(20)).await;
    let old_hash = health["hash"].as_str().expect("hash").to_string();
    assert_eq!(health["replica"], "r7");
    assert_eq!(health["facts"]["people"], 3);

    let people = knowledge.path().join("people.json");
    edit(
        &people,
        "\"name\": \"Tomáš Novák\"",
        "\"name\": \"Tomáš Novák Jr\"",
    );
    let interaction = fake::slash("reload", None, fake::member(MANAGE_GUILD, &[]));
    let token = interaction["token"].as_str().expect("token").to_string();
    let deferred = server.interact(&keys, &interaction).await;
    assert_eq!(deferred["type"], 5, "{deferred}");
    assert_eq!(deferred["data"]["flags"], EPHEMERAL);
    let path = format!(
        "/api/v10/webhooks/{}/{token}/messages/@original",
        fake::APP_ID
    );
    let edit = fake
        .wait_for("the /reload report", Duration::from_secs(20), |r| {
            r.method == "PATCH" && r.path == path
        })
        .await;
    let report = edit.body.to_string();
    assert!(report.contains("Facts reloaded"), "{report}");
    let health = server.get("/healthz").await.json();
    let new_hash = health["hash"].as_str().expect("hash").to_string();
    assert_ne!(new_hash, old_hash);
    assert!(
        report.contains(&new_hash) && report.contains("r7"),
        "the report names the new hash and the replica: {report}"
    );
    let refused = server
        .interact(
            &keys,
            &fake::slash("reload", None, fake::member(SEND_MESSAGES, &[])),
        )
        .await;
    assert!(
        refused["data"]["content"]
            .as_str()
            .unwrap_or_default()
            .contains("Only moderators"),
        "{refused}"
    );
    let facts = server
        .interact(
            &keys,
            &fake::slash("facts", None, fake::member(SEND_MESSAGES, &[])),
        )
        .await;
    assert!(facts.to_string().contains(&new_hash), "{facts}");
    let metrics = String::from_utf8(server.get("/metrics").await.body).expect("utf-8");
    for line in [
        "casebot_deferrals_total{transport=\"http\"} 1",
        "casebot_reloads_total{result=\"ok\",trigger=\"command\"} 1",
        &format!("casebot_fact_base_info{{hash=\"{new_hash}\",replica=\"r7\"}} 1"),
        "casebot_facts{kind=\"people\"} 3",
    ] {
        assert!(metrics.contains(line), "{line} not in\n{metrics}");
    }
    assert!(
        !metrics.contains("casebot_followup_failures_total{"),
        "{metrics}"
    );
    check_spec(&[deferred, refused, facts]);
    if let Some(mut spec) = openapi::shared() {
        let (checked, problems) = spec.check(&fake.requests());
        assert!(problems.is_empty(), "{}", problems.join("\n\n"));
        assert_eq!(checked, 1);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthz_is_503_until_a_valid_base_loads() {
    let keys = Keys::generate();
    let knowledge = valid_copy();
    let quotes = knowledge.path().join("quotes.json");
    let good = fs::read_to_string(&quotes).expect("quotes.json");
    fs::write(&quotes, "[ not json").expect("break");
    let mut server = Server::start(knowledge.path(), &keys, &["--watch"], &[]);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let health = server.get("/healthz").await;
    assert_eq!(health.status, 503, "{health:?}");
    assert_eq!(health.json()["ready"], false);
    // A PING still passes (Discord's probe), an interaction waits for the facts.
    let ping = json!({"id": "1", "application_id": "1000", "type": 1, "token": "t", "version": 1});
    assert_eq!(server.interact(&keys, &ping).await, json!({"type": 1}));
    let who = fake::slash("who", Some(("name", "novak")), fake::member(0, &[]));
    let answered = server.post_signed(&keys, who.to_string().as_bytes()).await;
    assert_eq!(answered.status, 503);
    fs::write(&quotes, good).expect("fix");
    let health = server.wait_ready(Duration::from_secs(20)).await;
    assert_eq!(health["ready"], true);
    assert_eq!(health["facts"]["quotes"], 2);
    server.signal("TERM");
    assert_eq!(server.wait_exit(Duration::from_secs(10)), Some(0));
}

#[test]
fn a_missing_or_malformed_public_key_is_a_clear_start_up_error() {
    let knowledge = valid_copy();
    let real = Keys::generate().public_hex();
    for (key, says) in [
        (None, "DISCORD_PUBLIC_KEY is not set"),
        (Some("not-a-key"), "64 hexadecimal characters"),
        (Some(&real[..62]), "64 hexadecimal characters"),
    ] {
        let env: Vec<(&str, &str)> = key.map(|k| ("DISCORD_PUBLIC_KEY", k)).into_iter().collect();
        let (mut child, log, _dir) = server::spawn(knowledge.path(), &[], &env);
        let code = server::wait_exit(&mut child, Duration::from_secs(20), &log);
        let output = fs::read_to_string(&log).expect("log");
        assert_eq!(code, Some(2), "{output}");
        assert!(output.contains(says), "{output}");
        assert!(!output.contains("panicked"), "{output}");
        if let Some(key) = key {
            assert!(!output.contains(key), "the key was echoed: {output}");
        }
    }
}

/// Replaces Discord timestamps (`<t:SECONDS:R>`): the one thing two processes legitimately
/// answer differently is when each loaded its facts.
fn without_load_times(value: &Value) -> String {
    let text = value.to_string();
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(i) = rest.find("<t:") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 3..];
        match after.find(":R>") {
            Some(j) if after[..j].bytes().all(|b| b.is_ascii_digit()) => {
                out.push_str("<t:LOADED:R>");
                rest = &after[j + 3..];
            }
            _ => {
                out.push_str("<t:");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// One table of interactions through both transports: the gateway (the real client against
/// the fake Discord) and the endpoint (signed HTTP) answer with identical bodies.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_transports_answer_every_interaction_alike() {
    let keys = Keys::generate();
    let fake = FakeDiscord::start().await;
    let gateway_facts = valid_copy();
    let endpoint_facts = valid_copy();
    let replica = [("CASEBOT_REPLICA", "same")];
    let bot = Bot::start(&fake.base(), gateway_facts.path(), &[], &replica);
    let webhook = FakeDiscord::start().await;
    let server = Server::start(
        endpoint_facts.path(),
        &keys,
        &[],
        &[("DISCORD_API_BASE", &webhook.base()), replica[0]],
    );
    fake.wait_for("command registration", Duration::from_secs(20), |r| {
        r.method == "PUT"
    })
    .await;
    server.wait_ready(Duration::from_secs(20)).await;

    let anyone = || fake::member(SEND_MESSAGES, &[]);
    let table: Vec<(&str, Value)> = vec![
        (
            "/who answer",
            fake::slash("who", Some(("name", "novak")), anyone()),
        ),
        (
            "/when answer",
            fake::slash("when", Some(("event", "asylum granted")), anyone()),
        ),
        (
            "/quote suggestions",
            fake::slash("quote", Some(("about", "novak")), anyone()),
        ),
        (
            "/who not found",
            fake::slash("who", Some(("name", "@everyone elon musk")), anyone()),
        ),
        (
            "/who too long",
            fake::slash("who", Some(("name", &"x".repeat(150))), anyone()),
        ),
        ("/facts", fake::slash("facts", None, anyone())),
        ("/reload refused", fake::slash("reload", None, anyone())),
        (
            "unknown command",
            fake::slash("whom", Some(("name", "x")), anyone()),
        ),
        ("autocomplete", fake::autocomplete("who", "name", "no")),
        (
            "autocomplete empty",
            fake::autocomplete("quote", "about", ""),
        ),
        (
            "autocomplete unknown command",
            fake::autocomplete("whom", "name", "x"),
        ),
        ("button", fake::button("show:quote:novak-door-open")),
        ("malformed button", fake::button("show:what:x")),
    ];
    let mut bodies = Vec::new();
    for (name, interaction) in &table {
        let by_gateway = fake.interact(interaction.clone()).await;
        let by_endpoint = server.interact(&keys, interaction).await;
        assert_eq!(
            without_load_times(&by_gateway),
            without_load_times(&by_endpoint),
            "{name}: the transports answer differently"
        );
        bodies.push(by_endpoint);
    }
    // A deferred /reload: the same acknowledgement, then the same edit through the webhook.
    let reload = fake::slash("reload", None, fake::member(MANAGE_GUILD, &[]));
    let token = reload["token"].as_str().expect("token").to_string();
    let by_gateway = fake.interact_deferred(reload.clone()).await;
    let acknowledged = server.interact(&keys, &reload).await;
    let path = format!(
        "/api/v10/webhooks/{}/{token}/messages/@original",
        fake::APP_ID
    );
    let edit = webhook
        .wait_for(
            "the endpoint's /reload report",
            Duration::from_secs(20),
            |r| r.method == "PATCH" && r.path == path,
        )
        .await;
    let mut by_endpoint = json!({"type": acknowledged["type"], "data": edit.body});
    by_endpoint["data"]["flags"] = acknowledged["data"]["flags"].clone();
    assert_eq!(
        without_load_times(&by_gateway),
        without_load_times(&by_endpoint),
        "/reload: the transports answer differently"
    );
    bodies.push(acknowledged);
    check_spec(&bodies);
    if let Some(mut spec) = openapi::shared() {
        for recorded in [fake.requests(), webhook.requests()] {
            let (_, problems) = spec.check(&recorded);
            assert!(problems.is_empty(), "{}", problems.join("\n\n"));
        }
    }
    assert!(!bot.output().contains("panicked"));
}
