//! Helpers shared by the integration tests: the fixture bases, assembling a broken base over
//! the valid one, and the `casebot` binary; for the end-to-end tests, the bot process
//! ([`bot`]), the fake Discord ([`fake_discord`]) and the check of what the bot sent against
//! Discord's OpenAPI spec ([`openapi`]); for the HTTP endpoint, `casebot serve` and a keypair
//! to sign with ([`server`]).

pub mod bot;
pub mod fake_discord;
pub mod openapi;
pub mod server;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use casebot_core::knowledge::{FactBase, FactRef};
use casebot_core::matching::{Engine, Outcome};

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The shipped knowledge directory.
pub fn knowledge() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge")
}

/// An engine over the shipped knowledge.
pub fn shipped_engine() -> Engine {
    let (base, _) = FactBase::load(&knowledge()).unwrap_or_else(|e| panic!("{e}"));
    Engine::new(base)
}

/// The fact an outcome answers with, or offers first, if any.
pub fn first_fact(outcome: &Outcome) -> Option<FactRef> {
    match outcome {
        Outcome::Answer { fact, .. } => Some(*fact),
        Outcome::Suggestions(s) => s.first().map(|(f, _)| *f),
        _ => None,
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create dir");
    for entry in fs::read_dir(from).expect("read fixture dir") {
        let entry = entry.expect("dir entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy fixture file");
        }
    }
}

/// Lays a broken case's files over `dir` (a copy of the valid base): files are copied over,
/// and a file named `.remove` lists files to delete.
pub fn overlay(case: &Path, dir: &Path) {
    copy_dir(case, dir);
    let remove = dir.join(".remove");
    if let Ok(list) = fs::read_to_string(&remove) {
        for name in list.lines().filter(|l| !l.trim().is_empty()) {
            fs::remove_file(dir.join(name.trim())).expect("remove listed file");
        }
        fs::remove_file(&remove).expect("remove .remove");
    }
    let _ = fs::remove_file(dir.join("expect"));
}

/// A copy of the valid fixture base in a fresh temporary directory.
/// Edits a fact file in place: `from` (which must be there, so a changed fixture cannot
/// silently turn the edit into nothing) becomes `to`, everywhere.
pub fn edit(file: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    assert!(
        text.contains(from),
        "{} does not contain {from:?}",
        file.display()
    );
    fs::write(file, text.replace(from, to)).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
}

pub fn valid_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&fixtures().join("valid"), dir.path());
    dir
}

/// The valid fixture with the case's files laid over it, in a fresh temporary directory.
pub fn assemble(case: &Path) -> tempfile::TempDir {
    let dir = valid_copy();
    overlay(case, dir.path());
    dir
}

/// A loopback port nothing listens on (bound, then released).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind 127.0.0.1:0")
        .local_addr()
        .expect("local addr")
        .port()
}

/// Sends `signal` (TERM, HUP, KILL...) to process `pid`.
pub fn signal(pid: u32, signal: &str) {
    let status = Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -{signal} failed");
}

pub fn casebot() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_casebot"));
    cmd.env_remove("CASEBOT_KNOWLEDGE")
        .env_remove("DISCORD_TOKEN");
    cmd
}

/// The broken fixtures, sorted.
pub fn broken_cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = fs::read_dir(fixtures().join("broken"))
        .expect("broken fixtures")
        .map(|e| e.expect("entry").path())
        .collect();
    cases.sort();
    cases
}

/// The diagnostics a broken fixture's `expect` file lists: the start of each error line.
pub fn expected(case: &Path) -> Vec<String> {
    fs::read_to_string(case.join("expect"))
        .unwrap_or_else(|_| panic!("{}: no expect file", case.display()))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// What is wrong with `errors` (diagnostic lines, directory left out) given the `expected`
/// starts of lines: each expected line starts one error, and there are no others.
pub fn mismatches(name: &str, expected: &[String], errors: &[String]) -> Vec<String> {
    let mut failures = Vec::new();
    for want in expected {
        if !errors.iter().any(|e| e.starts_with(want.as_str())) {
            failures.push(format!("{name}: missing {want:?}; got {errors:#?}"));
        }
    }
    if errors.len() != expected.len() {
        failures.push(format!(
            "{name}: expected {} errors, got {errors:#?}",
            expected.len()
        ));
    }
    failures
}
