//! Operating casebot: `casebot health` against a live and a loading `/healthz`, `casebot
//! register` through the REST API, and the gateway's `--metrics`, `--log-format json` and
//! `CASEBOT_SHARDS`.

use std::fs;
use std::process::Stdio;
use std::time::Duration;

use serde_json::Value;

use crate::util::bot::{Bot, TOKEN};
use crate::util::fake_discord::{self as fake, FakeDiscord};
use crate::util::server::{Keys, Server};
use crate::util::{casebot, free_port, valid_copy};

/// `casebot health URL`: its exit code and output.
async fn health(url: &str) -> (Option<i32>, String) {
    let url = url.to_string();
    tokio::task::spawn_blocking(move || {
        let out = casebot()
            .args(["health", &url])
            .env("NO_PROXY", "127.0.0.1,localhost")
            .stdin(Stdio::null())
            .output()
            .expect("run casebot health");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.code(), text)
    })
    .await
    .expect("join")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_exits_0_only_when_ready() {
    let keys = Keys::generate();
    let knowledge = valid_copy();
    let quotes = knowledge.path().join("quotes.json");
    let good = fs::read_to_string(&quotes).expect("quotes.json");
    fs::write(&quotes, "[ broken").expect("break");
    let server = Server::start(knowledge.path(), &keys, &["--watch"], &[]);
    let url = server.url("/healthz");
    let (code, out) = health(&url).await;
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("not ready (503)"), "{out}");
    fs::write(&quotes, good).expect("fix");
    server.wait_ready(Duration::from_secs(20)).await;
    let (code, out) = health(&url).await;
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("\"ready\":true"), "{out}");
    let (code, out) = health(&format!("http://127.0.0.1:{}/healthz", free_port())).await;
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("cannot connect"), "{out}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn register_puts_the_five_commands_through_rest() {
    let fake = FakeDiscord::start().await;
    let base = fake.base();
    let out = tokio::task::spawn_blocking(move || {
        casebot()
            .args(["register", "--guild", fake::GUILD_ID])
            .env("DISCORD_TOKEN", TOKEN)
            .env("DISCORD_API_BASE", base)
            .env("NO_PROXY", "127.0.0.1,localhost")
            .output()
            .expect("run casebot register")
    })
    .await
    .expect("join");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("registered 5 commands in server 2000"),
        "{text}"
    );
    assert!(
        !text.contains(TOKEN) && !text.contains(&TOKEN[20..]),
        "{text}"
    );
    let path = format!(
        "/api/v10/applications/{}/guilds/{}/commands",
        fake::APP_ID,
        fake::GUILD_ID
    );
    let put = fake
        .wait_for("the registration", Duration::from_secs(5), |r| {
            r.method == "PUT" && r.path == path
        })
        .await;
    assert_eq!(put.body.as_array().map(Vec::len), Some(5));
    // Without a token it says how to get one, as `run` does.
    let out = casebot()
        .args(["register"])
        .output()
        .expect("run casebot register");
    assert_eq!(out.status.code(), Some(2));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_gateway_serves_metrics_logs_json_and_runs_its_shard_range() {
    let fake = FakeDiscord::start().await;
    let knowledge = valid_copy();
    let port = free_port();
    let metrics = format!("127.0.0.1:{port}");
    let bot = Bot::start(
        &fake.base(),
        knowledge.path(),
        &["--metrics", &metrics, "--log-format", "json"],
        &[("CASEBOT_SHARDS", "0..0/1"), ("RUST_LOG", "casebot=debug")],
    );
    fake.wait_for("registration", Duration::from_secs(20), |r| {
        r.method == "PUT"
    })
    .await;
    let identify = fake
        .wait_for("identify", Duration::from_secs(5), |r| r.path == "identify")
        .await;
    assert_eq!(identify.body["d"]["shard"], serde_json::json!([0, 1]));
    let cb = fake.ask("who", "name", "novak").await;
    assert_eq!(cb["type"], 4);
    let client = reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("client");
    // The interaction is counted once it is answered, which may be just after the fake
    // Discord sees the answer: read until it shows (or give up after a few seconds).
    let mut text = String::new();
    for _ in 0..50 {
        text = client
            .get(format!("http://{metrics}/metrics"))
            .send()
            .await
            .expect("GET /metrics")
            .text()
            .await
            .expect("text");
        if text.contains("casebot_interactions_total{") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    for line in [
        "casebot_interactions_total{command=\"who\",kind=\"command\",outcome=\"answer\",transport=\"gateway\"} 1",
        "casebot_facts{kind=\"people\"} 3",
        "casebot_shards 1",
    ] {
        assert!(text.contains(line), "{line} not in\n{text}");
    }
    assert!(!text.contains("novak"), "no query text in labels");
    // Every line of the log is a JSON object, the interaction's with its span.
    let output = bot.output();
    let lines: Vec<Value> = output
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert!(
        lines
            .iter()
            .any(|l| l["span"]["name"] == "interaction" && l["fields"]["message"] == "answered"),
        "{output}"
    );
    assert!(!output.contains(TOKEN) && !output.contains(&TOKEN[20..]));
}
