//! The validator: the shipped fact base passes, and each broken fixture in
//! `tests/fixtures/broken/` fails with exactly the diagnostics its `expect` file lists
//! (file:line:column, severity and the start of the reason), through the library and through
//! `casebot check`, which exits 1.
//!
//! A broken fixture holds only the files that differ from `tests/fixtures/valid/`; a file named
//! `.remove` lists files to delete from the copy.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use casebot::knowledge::{Severity, check_dir};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn copy_dir(from: &Path, to: &Path) {
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

/// The valid fixture with the case's files laid over it, in a fresh temporary directory.
fn assemble(case: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&fixtures().join("valid"), dir.path());
    copy_dir(case, dir.path());
    let remove = dir.path().join(".remove");
    if let Ok(list) = fs::read_to_string(&remove) {
        for name in list.lines().filter(|l| !l.trim().is_empty()) {
            fs::remove_file(dir.path().join(name.trim())).expect("remove listed file");
        }
        fs::remove_file(&remove).expect("remove .remove");
    }
    let _ = fs::remove_file(dir.path().join("expect"));
    dir
}

fn casebot() -> Command {
    Command::new(env!("CARGO_BIN_EXE_casebot"))
}

#[test]
fn shipped_knowledge_is_valid() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge");
    let checked = check_dir(&dir);
    let errors: Vec<String> = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.to_string())
        .collect();
    assert!(
        errors.is_empty(),
        "knowledge/ has errors:\n{}",
        errors.join("\n")
    );
    let base = checked.base.expect("a valid base");
    assert!(base.events.len() >= 35, "{} events", base.events.len());
    assert!(base.people.len() >= 70, "{} people", base.people.len());
    assert!(base.quotes.len() >= 45, "{} quotes", base.quotes.len());
}

#[test]
fn valid_fixture_passes_check() {
    let out = casebot()
        .arg("check")
        .arg(fixtures().join("valid"))
        .output()
        .expect("run casebot");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("ok: 1 events, 3 people and organisations, 2 quotes"),
        "{stdout}"
    );
}

#[test]
fn every_broken_fixture_is_reported_precisely() {
    let mut cases: Vec<PathBuf> = fs::read_dir(fixtures().join("broken"))
        .expect("broken fixtures")
        .map(|e| e.expect("entry").path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 20, "only {} broken fixtures", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap_or_default().to_string_lossy();
        let expected: Vec<String> = fs::read_to_string(case.join("expect"))
            .unwrap_or_else(|_| panic!("{name}: no expect file"))
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect();
        let dir = assemble(case);
        let prefix = format!("{}/", dir.path().display());
        let checked = check_dir(dir.path());
        assert!(checked.base.is_none(), "{name}: a broken base was accepted");
        let errors: Vec<String> = checked
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| d.to_string().replacen(&prefix, "", 1))
            .collect();
        for want in &expected {
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

        // The binary agrees, and exits 1.
        let out = casebot()
            .arg("check")
            .arg(dir.path())
            .output()
            .expect("run casebot");
        let stdout = String::from_utf8_lossy(&out.stdout).replace(&prefix, "");
        if out.status.code() != Some(1) {
            failures.push(format!(
                "{name}: casebot check exited {:?}",
                out.status.code()
            ));
        }
        for want in &expected {
            if !stdout.lines().any(|l| l.starts_with(want.as_str())) {
                failures.push(format!(
                    "{name}: casebot check did not print {want:?}:\n{stdout}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn all_problems_are_reported_at_once() {
    let dir = assemble(&fixtures().join("broken/many-errors"));
    let checked = check_dir(dir.path());
    let files: std::collections::BTreeSet<String> = checked
        .diagnostics
        .iter()
        .map(|d| {
            d.file
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(
        files.into_iter().collect::<Vec<_>>(),
        ["events.json", "people.json", "quotes.json"]
    );
}

#[test]
fn check_uses_the_knowledge_flag_and_env() {
    let broken = assemble(&fixtures().join("broken/dangling-source"));
    // `check DIR` wins over --knowledge.
    let out = casebot()
        .args(["--knowledge", "does-not-exist", "check"])
        .arg(fixtures().join("valid"))
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    // --knowledge wins over CASEBOT_KNOWLEDGE.
    let out = casebot()
        .env("CASEBOT_KNOWLEDGE", broken.path())
        .arg("--knowledge")
        .arg(fixtures().join("valid"))
        .arg("check")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    // CASEBOT_KNOWLEDGE is used without the flag.
    let out = casebot()
        .env("CASEBOT_KNOWLEDGE", broken.path())
        .arg("check")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("zenda-times"));
}
