//! Input bounds: a query longer than a command option's `max_length` is refused with a clear
//! reason (and truncated for autocomplete, which sees text as it is typed), and `ask --batch`
//! reads lines of any length in bounded memory and goes on with the next line.

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;
use std::sync::mpsc;

use casebot_core::knowledge::Command;
use casebot_core::limits::QUERY_MAX_CHARS;
use casebot_core::matching::Outcome;

use crate::util::{casebot, fixtures, shipped_engine};

#[test]
fn a_query_over_the_limit_is_refused_with_the_reason() {
    let engine = shipped_engine();
    let long = format!("hague {}", "x".repeat(QUERY_MAX_CHARS));
    for command in Command::ALL {
        match engine.ask(command, &long) {
            Outcome::Invalid(why) => assert_eq!(
                why,
                format!(
                    "the query is {} characters long; at most {QUERY_MAX_CHARS} are accepted",
                    long.chars().count()
                )
            ),
            other => panic!("/{command}: a long query was searched: {other:?}"),
        }
    }
}

#[test]
fn the_limit_counts_characters_not_bytes() {
    let engine = shipped_engine();
    // 100 characters, 200 bytes: allowed.
    let accented = "é".repeat(QUERY_MAX_CHARS);
    assert!(!matches!(
        engine.ask(Command::Who, &accented),
        Outcome::Invalid(_)
    ));
    let over = "é".repeat(QUERY_MAX_CHARS + 1);
    assert!(matches!(
        engine.ask(Command::Who, &over),
        Outcome::Invalid(_)
    ));
}

#[test]
fn autocomplete_reads_only_the_first_100_characters() {
    let engine = shipped_engine();
    let typed = format!("william hague{}", " ".repeat(QUERY_MAX_CHARS));
    let long = format!("{typed}and everything after it that is ignored");
    let first: String = long.chars().take(QUERY_MAX_CHARS).collect();
    for command in Command::ALL {
        let choices = engine.autocomplete(command, &long);
        assert_eq!(choices, engine.autocomplete(command, &first), "/{command}");
    }
    let who = engine.autocomplete(Command::Who, &long);
    assert_eq!(who.first().map(|c| c.value.as_str()), Some("william-hague"));
}

/// The peak resident memory of a running process, in KiB.
fn peak_rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("read status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc/PID/status")
}

#[test]
fn a_50_mb_batch_line_is_skipped_in_bounded_memory() {
    const LINE: usize = 50 * 1024 * 1024;
    let mut child = casebot()
        .arg("--knowledge")
        .arg(fixtures().join("valid"))
        .args(["ask", "--batch", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn casebot");
    let mut stdin = child.stdin.take().expect("stdin");
    let (close, closed) = mpsc::channel::<()>();
    let writer = std::thread::spawn(move || {
        let mut line = br#"{"command": "who", "query": ""#.to_vec();
        line.resize(LINE, b'a');
        line.extend_from_slice(b"\"}\n{\"command\": \"who\", \"query\": \"roe\"}\n");
        let written = stdin.write_all(&line).and_then(|()| stdin.flush());
        // Keep standard input open until the memory has been read: the process is still
        // running then.
        let _ = closed.recv();
        written
    });
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut results = Vec::new();
    for _ in 0..2 {
        let mut line = String::new();
        out.read_line(&mut line).expect("read a result");
        results.push(serde_json::from_str::<serde_json::Value>(&line).expect("a JSON result"));
    }
    let peak = peak_rss_kib(child.id());
    let _ = close.send(());
    writer.join().expect("writer").expect("write the input");
    let status = child.wait().expect("wait");
    assert!(status.success());
    assert_eq!(results[0]["status"], "invalid");
    let error = results[0]["error"].as_str().expect("error");
    assert!(
        error.contains(&format!("{} bytes long", LINE + 2)),
        "{error}"
    );
    assert_eq!(results[1]["answer"]["id"], "jane-roe");
    // The line is 50 MiB; holding it would show here.
    assert!(
        peak < 30 * 1024,
        "peak RSS {peak} KiB while reading a 50 MiB line"
    );
}
