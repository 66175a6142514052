//! The command-line contract, driven through the real binary: `ask` (text, `--json`,
//! `--batch --json`), `list`, `run` without a token, and exit codes (0 ok, 1 failed check,
//! 2 usage or unreadable input). The small fixture base keeps expectations independent of the
//! curated facts; a few checks run on the shipped base too.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Output, Stdio};

use serde_json::Value;

use crate::util::{casebot, fixtures};

fn fixture() -> PathBuf {
    fixtures().join("valid")
}

fn run(args: &[&str]) -> Output {
    casebot()
        .arg("--knowledge")
        .arg(fixture())
        .args(args)
        .output()
        .expect("run casebot")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(out)))
}

fn batch(input: impl Into<Vec<u8>>) -> (Output, Vec<Value>) {
    let input = input.into();
    let mut child = casebot()
        .arg("--knowledge")
        .arg(fixture())
        .args(["ask", "--batch", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn casebot");
    let mut stdin = child.stdin.take().expect("stdin");
    // Written aside, so a large input cannot fill the pipe while the output does too.
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().expect("wait");
    let _ = writer.join();
    let lines = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad line {l:?}: {e}")))
        .collect();
    (out, lines)
}

#[test]
fn ask_prints_the_fact_and_its_source() {
    let out = run(&["ask", "who", "novak"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.contains("Tomáš Novák"), "{text}");
    assert!(text.contains("Foreign minister of Ruritania"), "{text}");
    assert!(text.contains("Source: Zenda Gazette"), "{text}");
    assert!(
        text.contains("Evidence: “its foreign minister Tomáš Novák said”"),
        "{text}"
    );
}

#[test]
fn ask_json_has_the_contract_fields() {
    let out = run(&["ask", "when", "when was asylum granted?", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    assert_eq!(v["command"], "when");
    assert_eq!(v["query"], "when was asylum granted?");
    assert_eq!(v["status"], "answer");
    assert_eq!(v["answer"]["id"], "asylum-granted");
    assert_eq!(v["answer"]["date"], "2012-08-16");
    assert_eq!(v["answer"]["precision"], "day");
    assert_eq!(v["answer"]["source"]["outlet"], "Zenda Gazette");
    assert_eq!(v["answer"]["source"]["url"], "https://example.org/zenda");
    assert_eq!(v["answer"]["who"][1]["title"], "Tomáš Novák");
    assert_eq!(v["suggestions"], Value::Array(vec![]));
}

#[test]
fn query_words_may_be_split_over_arguments() {
    let v = json(&run(&["ask", "quote", "door", "is", "open", "--json"]));
    assert_eq!(v["query"], "door is open");
    assert_eq!(v["answer"]["id"], "novak-door-open");
    assert_eq!(v["answer"]["text"], "The door is open.");
    assert_eq!(v["answer"]["speaker"]["id"], "tomas-novak");
}

#[test]
fn diacritics_and_typos_are_forgiven() {
    for q in ["Novak", "NOVÁK", "novka", "tomas novak"] {
        let v = json(&run(&["ask", "who", q, "--json"]));
        assert_eq!(v["answer"]["id"], "tomas-novak", "query {q:?}: {v}");
    }
}

#[test]
fn not_found_is_ok_and_says_so() {
    let out = run(&["ask", "who", "elon", "musk", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    assert_eq!(v["status"], "not_found");
    assert_eq!(v["answer"], Value::Null);
    let text = stdout(&run(&["ask", "who", "elon musk"]));
    assert!(
        text.contains("The case file has nothing on “elon musk”"),
        "{text}"
    );
}

#[test]
fn unsure_queries_get_suggestions() {
    // Both quotes are Novák's: his name alone cannot pick one.
    let v = json(&run(&["ask", "quote", "novak", "--json"]));
    assert_eq!(v["status"], "suggestions", "{v}");
    let ids: Vec<&str> = v["suggestions"]
        .as_array()
        .expect("array")
        .iter()
        .map(|s| s["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids.len(), 2, "{v}");
    assert!(ids.contains(&"novak-door-open") && ids.contains(&"novak-protect-her"));
    for s in v["suggestions"].as_array().expect("array") {
        assert!(s["title"].is_string() && s["score"].is_number(), "{s}");
    }
}

#[test]
fn a_fact_id_is_answered_directly() {
    // What an autocomplete pick or a suggestion button sends back.
    let v = json(&run(&["ask", "quote", "novak-protect-her", "--json"]));
    assert_eq!(v["answer"]["id"], "novak-protect-her");
}

#[test]
fn too_long_query_is_invalid_with_exit_2() {
    let long = "x".repeat(casebot_core::limits::QUERY_MAX_CHARS + 1);
    let out = run(&["ask", "who", &long, "--json"]);
    assert_eq!(out.status.code(), Some(2));
    let v = json(&out);
    assert_eq!(v["status"], "invalid");
    assert!(
        v["error"].as_str().expect("error").contains(&format!(
            "at most {}",
            casebot_core::limits::QUERY_MAX_CHARS
        )),
        "{v}"
    );
}

#[test]
fn batch_answers_each_line_in_order() {
    let input = [
        r#"{"command": "who", "query": "roe"}"#,
        "not json",
        r#"{"command": "why", "query": "x"}"#,
        "",
        r#"{"command": "quote", "query": "door is open"}"#,
        r#"{"command": "when", "query": "moon landing"}"#,
        r#"{"command": "who"}"#,
    ]
    .join("\n");
    let (out, lines) = batch(input.as_str());
    assert_eq!(out.status.code(), Some(0));
    let statuses: Vec<&str> = lines
        .iter()
        .map(|v| v["status"].as_str().expect("status"))
        .collect();
    assert_eq!(
        statuses,
        [
            "answer",
            "invalid",
            "invalid",
            "invalid",
            "answer",
            "not_found",
            "invalid"
        ]
    );
    assert_eq!(lines[0]["answer"]["id"], "jane-roe");
    assert_eq!(lines[4]["answer"]["id"], "novak-door-open");
    assert!(error(&lines[2]).contains("unknown command"));
    assert!(error(&lines[6]).contains("query"));
}

/// The `error` of a `--batch --json` result line.
fn error(line: &Value) -> &str {
    line["error"].as_str().expect("error")
}

#[test]
fn batch_survives_huge_and_binary_lines() {
    let huge = format!(
        r#"{{"command": "who", "query": "{}"}}"#,
        "a".repeat(200_000)
    );
    let mut input = huge.into_bytes();
    input.extend_from_slice(b"\n\xff\xfe\n{\"command\": \"who\", \"query\": \"roe\"}\n");
    let (_, lines) = batch(input);
    assert_eq!(lines.len(), 3);
    assert!(error(&lines[0]).contains("bytes long"));
    assert!(error(&lines[1]).contains("UTF-8"));
    assert_eq!(lines[2]["answer"]["id"], "jane-roe");
}

#[test]
fn list_json_has_every_fact_with_keys() {
    let v = json(&run(&["list", "--json"]));
    let facts = v.as_array().expect("array");
    assert_eq!(facts.len(), 6);
    for f in facts {
        assert!(f["id"].is_string() && f["command"].is_string(), "{f}");
        assert!(!f["keys"].as_array().expect("keys").is_empty(), "{f}");
        assert!(f["source"]["outlet"].is_string(), "{f}");
    }
    let people = json(&run(&["list", "who", "--json"]));
    let people = people.as_array().expect("array");
    assert_eq!(people.len(), 3);
    let novak = people
        .iter()
        .find(|p| p["id"] == "tomas-novak")
        .expect("novak");
    assert_eq!(novak["keys"][0], "Tomáš Novák");
    assert_eq!(novak["quotes"].as_array().expect("quotes").len(), 2);
    assert_eq!(novak["events"][0]["id"], "asylum-granted");
}

#[test]
fn list_text_names_ids_and_keys() {
    let text = stdout(&run(&["list", "quote"]));
    assert!(text.contains("novak-door-open"), "{text}");
    assert!(text.contains("keys: door is open"), "{text}");
    assert!(!text.contains("asylum-granted"), "{text}");
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        vec!["ask"],
        vec!["ask", "what", "x"],
        vec!["ask", "who"],
        vec!["list", "everything"],
        vec!["frobnicate"],
        vec!["ask", "--batch", "who", "x"],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?} printed no explanation");
    }
}

#[test]
fn broken_knowledge_exits_1_when_asking() {
    let out = casebot()
        .args(["--knowledge", "/nonexistent/knowledge", "ask", "who", "x"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("does not exist"), "{err}");
}

#[test]
fn run_without_token_explains_what_to_do() {
    // Elsewhere than the repository, so that no developer's .env supplies a token.
    let cwd = tempfile::tempdir().expect("tempdir");
    for args in [vec![], vec!["run"]] {
        let out = casebot()
            .current_dir(cwd.path())
            .args(&args)
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("DISCORD_TOKEN"), "{err}");
        assert!(err.contains("casebot ask who hague"), "{err}");
    }
}

#[test]
fn shipped_base_answers_from_the_default_directory() {
    let out = casebot()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["ask", "who", "hague", "--json"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    assert_eq!(v["answer"]["id"], "william-hague");
    assert_eq!(v["answer"]["source"]["id"], "nbc-2012-08-16");
}

/// Issue 11, item 7: `.env` is read before anything else, so CASEBOT_KNOWLEDGE may be set
/// there, and a line it cannot read is named by its number, never shown (it may hold the
/// token).
#[test]
fn dotenv_sets_the_knowledge_directory_and_a_bad_line_is_named_not_shown() {
    let cwd = tempfile::tempdir().expect("tempdir");
    let env = cwd.path().join(".env");
    std::fs::write(
        &env,
        format!(
            "# facts\nCASEBOT_KNOWLEDGE={}\n",
            fixtures().join("valid").display()
        ),
    )
    .expect("write .env");
    let out = casebot()
        .current_dir(cwd.path())
        .args(["list", "who"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("tomas-novak"),
        "{out:?}"
    );

    std::fs::write(&env, "GOOD=1\nDISCORD_TOKEN secret-value-9f8e7d\nLATER=2\n").expect("write");
    let out = casebot()
        .current_dir(cwd.path())
        .args(["list", "who"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(".env line 2 "), "{err}");
    assert!(!err.contains("secret-value"), "{err}");
}

/// A quotation said by several (a co-signed op-ed) is each speaker's: asked by the second
/// speaker's name it is answered, the JSON names the co-speakers, and the card shows both.
#[test]
fn a_quotation_with_co_speakers_is_theirs_and_says_so() {
    let asked = [
        "ask",
        "quote",
        "what did Rony Brauman say about Assange and Chelsea Manning",
    ];
    let out = casebot()
        .arg("--knowledge")
        .arg(crate::util::knowledge())
        .args(asked)
        .arg("--json")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let v = json(&out);
    assert_eq!(v["answer"]["id"], "bradol-brauman-liberation");
    assert_eq!(v["answer"]["speaker"]["id"], "jean-herve-bradol");
    assert_eq!(v["answer"]["co_speakers"][0]["id"], "rony-brauman");
    let out = casebot()
        .arg("--knowledge")
        .arg(crate::util::knowledge())
        .args(asked)
        .output()
        .expect("run");
    let text = stdout(&out);
    assert!(
        text.contains("Speakers: Jean-Hervé Bradol") && text.contains("with Rony Brauman"),
        "{text}"
    );
    // A quotation of one speaker has no co-speakers in its JSON.
    let out = casebot()
        .arg("--knowledge")
        .arg(crate::util::knowledge())
        .args(["ask", "quote", "brother julian", "--json"])
        .output()
        .expect("run");
    assert!(json(&out)["answer"].get("co_speakers").is_none());
}

#[test]
fn the_json_answer_carries_attestations_preferred_value_status_and_corrections() {
    let out = casebot()
        .arg("--knowledge")
        .arg(crate::util::knowledge())
        .args(["ask", "when", "since june 19", "--json"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    let answer = &v["answer"];
    assert_eq!(answer["id"], "assange-enters-embassy");
    // The fields every answer had, now the preferred attestation's.
    assert_eq!(answer["date"], "2012-06-19");
    assert_eq!(answer["source"]["id"], "nbc-2012-08-16");
    assert!(
        answer["evidence"]
            .as_str()
            .is_some_and(|e| e.contains("June 19"))
    );
    // The new ones.
    assert_eq!(answer["preferred"]["value"], "2012-06-19");
    assert_eq!(answer["preferred"]["source"], "nbc-2012-08-16");
    assert!(answer["preferred"]["reason"].is_string());
    assert_eq!(answer["status"], "confirmed");
    let attestations = answer["attestations"].as_array().expect("attestations");
    assert_eq!(attestations.len(), 3);
    assert_eq!(attestations[1]["source"]["id"], "firstpost-2012-12-21");
    assert_eq!(attestations[1]["date"], "2012-06-18");
    assert_eq!(attestations[1]["as_written"], "185 days ago");
    assert_eq!(attestations[1]["preferred"], false);
    assert_eq!(answer["corrections"][0]["date"], "2026-11-29");
    assert_eq!(answer["updated"], "2026-11-29");
    let former = answer["former_ids"].as_array().expect("former ids");
    assert!(former.iter().any(|id| id == "in-embassy-since-june-19"));

    // list --json carries them too.
    let out = casebot()
        .arg("--knowledge")
        .arg(crate::util::knowledge())
        .args(["list", "--json"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("\"attestations\""),
        "list --json lacks attestations"
    );
    assert!(
        text.contains("\"status\":\"confirmed\""),
        "list --json lacks status"
    );
}
