//! The validator: the shipped fact base passes, and each broken fixture in
//! `tests/fixtures/broken/` fails with exactly the diagnostics its `expect` file lists
//! (file:line:column, severity and the start of the reason), through the library and through
//! `casebot check`, which exits 1.
//!
//! A broken fixture holds only the files that differ from `tests/fixtures/valid/`; a file named
//! `.remove` lists files to delete from the copy.

use casebot_core::knowledge::{Severity, check_dir};

use crate::util::{assemble, broken_cases, casebot, expected, fixtures, knowledge, mismatches};

#[test]
fn shipped_knowledge_is_valid() {
    let dir = knowledge();
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
    let cases = broken_cases();
    assert!(cases.len() >= 25, "only {} broken fixtures", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap_or_default().to_string_lossy();
        let expected = expected(case);
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
        failures.extend(mismatches(&name, &expected, &errors));

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

#[test]
fn probable_duplicates_are_warned_of_at_their_place() {
    let dir = assemble(&fixtures().join("warnings/duplicate-event"));
    let prefix = format!("{}/", dir.path().display());
    let checked = check_dir(dir.path());
    assert!(checked.base.is_some(), "a warning must not fail the load");
    let warnings: Vec<String> = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .map(|d| d.to_string().replacen(&prefix, "", 1))
        .collect();
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(
        warnings[0].starts_with(
            "events.json:20:11: warning: probably the same event as \"asylum-granted\" (line 2)"
        ),
        "{warnings:#?}"
    );
    // The shipped base has no duplicate left.
    let shipped = check_dir(&knowledge());
    let duplicates: Vec<String> = shipped
        .diagnostics
        .iter()
        .filter(|d| d.message.contains("probably the same"))
        .map(|d| d.to_string())
        .collect();
    assert!(duplicates.is_empty(), "{duplicates:#?}");
}

#[test]
fn a_fact_with_several_attestations_loads_and_keeps_its_former_ids() {
    use casebot_core::knowledge::{Command, Fact, Status};
    let dir = assemble(&fixtures().join("attested"));
    let checked = check_dir(dir.path());
    let base = checked
        .base
        .unwrap_or_else(|| panic!("{:#?}", checked.diagnostics));
    let event = base
        .by_id(Command::When, "asylum-in-august")
        .expect("a former id finds the fact");
    assert_eq!(base.id(event), "asylum-granted");
    let fact = &base.events[event.index];
    let provenance = fact.provenance();
    assert_eq!(provenance.status, Status::Confirmed);
    let attested = provenance.attested();
    assert_eq!(attested.len(), 2);
    assert!(attested[0].preferred && !attested[1].preferred);
    assert_eq!(
        provenance.updated().map(|d| d.to_string()).as_deref(),
        Some("2024-05-01")
    );
    // What the fact says includes every attestation's evidence.
    let body = fact.body(&base);
    for a in &attested {
        assert!(body.contains(&a.evidence), "{body:?}");
    }
    let quote = &base.quotes[base
        .by_id(Command::Quote, "novak-door-open")
        .expect("quote")
        .index];
    assert!(quote.body(&base).contains(&"the door was open"));
}
