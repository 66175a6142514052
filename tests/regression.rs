//! One test per bug found by the property tests, the fuzzers and the broken-base corpus, named
//! for the bug, so that it stays fixed.

use std::fs;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use casebot_core::knowledge::{FactBase, LoadFailure, check_dir};
use casebot_core::matching::normalize::{fold, normalize};

use crate::util::valid_copy;

/// The error diagnostics of a base that must not load, as `file: message` with the directory
/// left out.
fn errors(dir: &Path) -> Vec<String> {
    let checked = check_dir(dir);
    assert!(checked.base.is_none(), "the broken base loaded");
    let failure = LoadFailure {
        diagnostics: checked.diagnostics,
    };
    let prefix = format!("{}/", dir.display());
    failure
        .errors()
        .map(|d| d.to_string().replacen(&prefix, "", 1))
        .collect()
}

/// `ẞ` (capital sharp s) lower-cases to `ß`, which used to be spelled out only when typed as
/// such: "STRAẞE" folded to "straße" and folding that again gave "strasse".
#[test]
fn capital_sharp_s_folds_like_small_sharp_s() {
    assert_eq!(normalize("STRAẞE"), "strasse");
    assert_eq!(normalize("Straße"), "strasse");
    assert_eq!(fold(&fold("ẞ")), fold("ẞ"));
}

/// Symbols that are capitals without a lower case (`🅐`, negative circled A) stayed upper case
/// in the normalised form; they now separate words like other symbols.
#[test]
fn capitals_without_a_lower_case_do_not_survive_normalising() {
    assert_eq!(normalize("🅐"), "");
    assert_eq!(normalize("hague🅐assange"), "hague assange");
}

/// A word whose plural stem is a filler word ("hers" -> "her") was kept, but normalising the
/// result again dropped it: keys and queries must normalise the same however often.
#[test]
fn normalising_twice_changes_nothing_when_a_stem_is_a_filler_word() {
    for word in ["hers", "dates", "years", "times", "names", "ares", "thems"] {
        let once = normalize(word);
        assert_eq!(normalize(&once), once, "{word:?}");
    }
}

/// A FIFO in place of a fact file made the loader block for ever in `open`, waiting for a
/// writer: `casebot check` hung, and a `/reload` held the reload lock with it.
#[test]
fn a_fifo_in_place_of_a_fact_file_does_not_hang_the_loader() {
    let dir = valid_copy();
    let fifo = dir.path().join("events.json");
    fs::remove_file(&fifo).expect("remove events.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("run mkfifo");
    assert!(made.success(), "mkfifo failed");
    let (done, result) = mpsc::channel();
    let path = dir.path().to_path_buf();
    std::thread::spawn(move || {
        let _ = done.send(errors(&path));
    });
    // A hang guard, not a timing assertion: if the loader blocks, open the FIFO for writing so
    // that it returns and the test can fail instead of hanging.
    let got = match result.recv_timeout(Duration::from_secs(60)) {
        Ok(got) => got,
        Err(_) => {
            let _ = fs::OpenOptions::new().write(true).open(&fifo);
            panic!("the loader blocked on a FIFO");
        }
    };
    assert_eq!(
        got,
        [
            "events.json: error: the file is not a regular file (a FIFO, socket or device); fact files must be plain files"
        ]
    );
}

/// A source text that links to a device such as /dev/zero was read until the 256 MiB limit,
/// holding all of it in memory, before being refused as too large.
#[test]
fn a_source_text_linked_to_a_device_is_refused_without_reading_it() {
    let dir = valid_copy();
    let text = dir.path().join("sources/report.txt");
    fs::remove_file(&text).expect("remove report.txt");
    std::os::unix::fs::symlink("/dev/zero", &text).expect("symlink");
    let got = errors(dir.path());
    assert_eq!(got.len(), 1, "{got:#?}");
    assert!(
        got[0].starts_with("sources.json:4:13: error: source file \"sources/report.txt\": the file is not a regular file"),
        "{got:#?}"
    );
}

/// A file saved with a UTF-8 byte-order mark (as some Windows editors do) was refused as
/// "invalid JSON: expected value" at 1:1, a reason no curator could act on.
#[test]
fn a_fact_file_with_a_byte_order_mark_loads() {
    let dir = valid_copy();
    let people = dir.path().join("people.json");
    let text = fs::read_to_string(&people).expect("read people.json");
    fs::write(&people, format!("\u{feff}{text}")).expect("write people.json");
    let (base, _) = FactBase::load(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(base.people.len(), 3);
}

/// serde_json gives column 0 for an error at the end of a line or of an empty file; the
/// diagnostic said "people.json:1:0" although columns count from 1.
#[test]
fn a_syntax_error_at_the_end_of_a_line_has_column_1_or_more() {
    let dir = valid_copy();
    fs::write(dir.path().join("people.json"), "").expect("write people.json");
    assert_eq!(
        errors(dir.path()),
        ["people.json:1:1: error: invalid JSON: EOF while parsing a value"]
    );
}

/// JSON nested deeper than serde_json's limit was refused as "recursion limit exceeded",
/// which does not say what to change.
#[test]
fn too_deep_nesting_is_explained() {
    let dir = valid_copy();
    let nested = format!("[{}{}]", "[".repeat(200), "]".repeat(200));
    fs::write(dir.path().join("quotes.json"), nested).expect("write quotes.json");
    let got = errors(dir.path());
    assert_eq!(got.len(), 1, "{got:#?}");
    assert!(
        got[0].starts_with("quotes.json:1:128: error: invalid JSON: recursion limit exceeded: arrays and objects are nested more than 128 deep"),
        "{got:#?}"
    );
}
