//! The corpus of broken fact bases, through a live reload: every broken fixture in
//! `tests/fixtures/broken/`, and the cases that cannot be files in a repository, made at run
//! time (an enormous file, symlink loops, a file that vanished, a directory, a FIFO or a device
//! where a file belongs, unreadable permissions, a knowledge directory that is gone). Each is
//! rejected naming its file and why, and the live facts answer exactly as before; a good change
//! afterwards reloads and reports what was added, changed and removed.

use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;
use std::process::Command as Process;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use casebot_core::knowledge::load::MAX_FILE_BYTES;
use casebot_core::knowledge::{Command, LoadFailure};
use casebot_core::live::Live;
use casebot_core::service::{self, AskResult};

use crate::util::{broken_cases, casebot, copy_dir, expected, fixtures, mismatches, overlay};

/// Everything a member could see for a set of queries: each answer as its JSON result, and
/// autocomplete for the same text.
fn answers(live: &Live) -> Vec<String> {
    let snapshot = live.snapshot();
    let engine = &snapshot.engine;
    let mut queries: Vec<(Command, String)> = Vec::new();
    for command in Command::ALL {
        for fact in engine.base().refs(command) {
            for key in engine.base().keys(fact) {
                queries.push((command, key.to_string()));
            }
            queries.push((command, engine.base().id(fact).to_string()));
        }
        for q in ["", "novka", "door", "asylum", "police", "elon musk", "roe"] {
            queries.push((command, q.to_string()));
        }
    }
    queries
        .iter()
        .map(|(command, q)| {
            let response = service::handle(engine, *command, q);
            let result = serde_json::to_string(&AskResult::new(engine, &response))
                .unwrap_or_else(|e| panic!("{e}"));
            let choices = serde_json::to_string(&engine.autocomplete(*command, q))
                .unwrap_or_else(|e| panic!("{e}"));
            format!("{result}\n{choices}")
        })
        .collect()
}

/// Empties `dir` (whatever a case left there: links, FIFOs, directories) and copies the
/// valid fixture back in.
fn restore(dir: &Path) {
    fs::create_dir_all(dir).expect("recreate dir");
    for entry in fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        let is_dir = fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
        if is_dir {
            let _ = fs::set_permissions(&path, fs::Permissions::from_mode(0o755));
            fs::remove_dir_all(&path).expect("remove dir");
        } else {
            fs::remove_file(&path).expect("remove file");
        }
    }
    copy_dir(&fixtures().join("valid"), dir);
}

/// The error lines of a failed reload, with the directory left out of file names (and
/// written `<dir>` where it is the subject).
fn error_lines(failure: &LoadFailure, dir: &Path) -> Vec<String> {
    let dir = dir.display().to_string();
    failure
        .errors()
        .map(|d| {
            d.to_string()
                .replacen(&format!("{dir}/"), "", 1)
                .replacen(&dir, "<dir>", 1)
        })
        .collect()
}

/// A live base over a copy of the valid fixture, and what it answers.
struct Served {
    _tmp: tempfile::TempDir,
    dir: std::path::PathBuf,
    live: Live,
    before: Vec<String>,
}

impl Served {
    fn new() -> Served {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().join("knowledge");
        restore(&dir);
        let live = Live::load(&dir).unwrap_or_else(|e| panic!("{e}"));
        let before = answers(&live);
        Served {
            _tmp: tmp,
            dir,
            live,
            before,
        }
    }

    /// Reloads a broken base: it must fail with errors whose lines start as `expected`, leave
    /// the same snapshot in place and answer exactly as before. Returns what went wrong.
    fn reject(&self, name: &str, expected: &[String]) -> Vec<String> {
        let snapshot = self.live.snapshot();
        let mut failures = match self.live.reload() {
            Ok(report) => vec![format!(
                "{name}: the broken base was swapped in: {report:?}"
            )],
            Err(failure) => mismatches(name, expected, &error_lines(&failure, &self.dir)),
        };
        if !Arc::ptr_eq(&snapshot, &self.live.snapshot()) {
            failures.push(format!("{name}: the live snapshot was replaced"));
        }
        if answers(&self.live) != self.before {
            failures.push(format!("{name}: the live facts answer differently"));
        }
        failures
    }
}

#[test]
fn every_broken_fixture_leaves_the_live_facts_as_they_were() {
    let served = Served::new();
    let mut failures = Vec::new();
    let cases = broken_cases();
    for case in &cases {
        let name = case.file_name().unwrap_or_default().to_string_lossy();
        overlay(case, &served.dir);
        failures.extend(served.reject(&name, &expected(case)));
        restore(&served.dir);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A broken base that cannot be committed as files: made at run time by `make`, in the live
/// directory, rejected with `expect`.
struct Made {
    name: &'static str,
    make: fn(&Path),
    expect: &'static [&'static str],
}

fn replace_with_symlink(path: &Path, target: &Path) {
    fs::remove_file(path).expect("remove file");
    symlink(target, path).expect("symlink");
}

const MADE: &[Made] = &[
    Made {
        name: "enormous-file",
        // Sparse: one byte over the limit costs no disk, and must not be read into memory.
        make: |dir| {
            let file = fs::File::create(dir.join("events.json")).expect("create");
            file.set_len(MAX_FILE_BYTES + 1).expect("set_len");
        },
        expect: &["events.json: error: the file is larger than 256 MiB"],
    },
    Made {
        name: "symlink-loop",
        make: |dir| replace_with_symlink(&dir.join("people.json"), Path::new("people.json")),
        expect: &["people.json: error: the file cannot be read: Too many levels of symbolic links"],
    },
    Made {
        name: "symlink-loop-of-two",
        make: |dir| {
            replace_with_symlink(&dir.join("quotes.json"), Path::new("other.json"));
            symlink("quotes.json", dir.join("other.json")).expect("symlink");
        },
        expect: &["quotes.json: error: the file cannot be read: Too many levels of symbolic links"],
    },
    Made {
        name: "vanished-file",
        // The name is still there, the file behind it is gone.
        make: |dir| {
            let moved = dir.join("events.moved");
            fs::rename(dir.join("events.json"), &moved).expect("rename");
            symlink(&moved, dir.join("events.json")).expect("symlink");
            fs::remove_file(&moved).expect("remove");
        },
        expect: &["events.json: error: the file does not exist"],
    },
    Made {
        name: "directory-for-a-file",
        make: |dir| {
            fs::remove_file(dir.join("people.json")).expect("remove");
            fs::create_dir(dir.join("people.json")).expect("mkdir");
        },
        expect: &["people.json: error: the file is a directory"],
    },
    Made {
        name: "fifo-for-a-file",
        make: |dir| {
            let fifo = dir.join("sources.json");
            fs::remove_file(&fifo).expect("remove");
            let made = Process::new("mkfifo").arg(&fifo).status().expect("mkfifo");
            assert!(made.success());
        },
        expect: &["sources.json: error: the file is not a regular file (a FIFO"],
    },
    Made {
        name: "device-for-a-source-text",
        make: |dir| replace_with_symlink(&dir.join("sources/report.txt"), Path::new("/dev/zero")),
        expect: &[
            "sources.json:4:13: error: source file \"sources/report.txt\": the file is not a regular file",
        ],
    },
    Made {
        name: "source-texts-directory-gone",
        make: |dir| fs::remove_dir_all(dir.join("sources")).expect("remove sources/"),
        expect: &[
            "sources.json:4:13: error: source file \"sources/report.txt\": the file does not exist",
        ],
    },
    Made {
        name: "knowledge-directory-gone",
        make: |dir| fs::remove_dir_all(dir).expect("remove the directory"),
        expect: &["<dir>: error: the knowledge directory does not exist or is not a directory"],
    },
];

#[test]
fn bases_made_at_run_time_leave_the_live_facts_as_they_were() {
    let served = Served::new();
    let mut failures = Vec::new();
    for case in MADE {
        (case.make)(&served.dir);
        let expect: Vec<String> = case.expect.iter().map(|s| s.to_string()).collect();
        failures.extend(served.reject(case.name, &expect));
        restore(&served.dir);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Is this process root (which reads files whatever their permissions)?
fn is_root() -> bool {
    fs::read_to_string("/proc/self/status").is_ok_and(|s| {
        s.lines()
            .find(|l| l.starts_with("Uid:"))
            .and_then(|l| l.split_whitespace().nth(2))
            == Some("0")
    })
}

#[test]
fn an_unreadable_file_is_rejected() {
    let served = Served::new();
    let events = served.dir.join("events.json");
    fs::set_permissions(&events, fs::Permissions::from_mode(0o000)).expect("chmod 000");
    let expect = ["events.json: error: the file cannot be read: permission denied".to_string()];
    if !is_root() {
        let failures = served.reject("unreadable", &expect);
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        return;
    }
    // Root reads through chmod 000, so run `casebot check` as nobody instead. The loader's
    // wording for this error is also covered by a unit test in src/knowledge/load.rs.
    let mut dir = served.dir.as_path();
    while let Some(parent) = dir.parent() {
        let _ = fs::set_permissions(dir, fs::Permissions::from_mode(0o755));
        if parent == Path::new("/") || parent == std::env::temp_dir() {
            break;
        }
        dir = parent;
    }
    let out = match Process::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(env!("CARGO_BIN_EXE_casebot"))
        .arg("check")
        .arg(&served.dir)
        .output()
    {
        Ok(out) => out,
        Err(e) => {
            println!("skipped: running as root, and setpriv cannot run ({e})");
            return;
        }
    };
    let stdout =
        String::from_utf8_lossy(&out.stdout).replace(&format!("{}/", served.dir.display()), "");
    if out.status.code() != Some(1) || !stdout.contains("events.json") {
        // Usually the binary or the directory is not reachable for nobody.
        println!(
            "skipped: running as root, and casebot could not run as nobody: {}{}",
            stdout,
            String::from_utf8_lossy(&out.stderr)
        );
        return;
    }
    assert!(
        stdout.lines().any(|l| l.starts_with(&expect[0])),
        "{stdout}"
    );
}

#[test]
fn a_good_change_after_a_failed_reload_is_reported() {
    let served = Served::new();
    // A failed reload first.
    fs::write(served.dir.join("quotes.json"), "[{").expect("write");
    assert!(served.live.reload().is_err());
    restore(&served.dir);

    let read = |name: &str| -> serde_json::Value {
        let text = fs::read_to_string(served.dir.join(name)).expect("read");
        serde_json::from_str(&text).expect("parse")
    };
    let write = |name: &str, value: &serde_json::Value| {
        let text = serde_json::to_string_pretty(value).expect("serialise");
        fs::write(served.dir.join(name), text).expect("write");
    };
    let mut events = read("events.json");
    events[0]["summary"] = "Ruritania granted asylum to Jane Roe on Thursday.".into();
    write("events.json", &events);
    let mut quotes = read("quotes.json");
    let quotes_list = quotes.as_array_mut().expect("array");
    quotes_list.retain(|q| q["id"] != "novak-door-open");
    quotes_list.push(serde_json::json!({
        "id": "rassendyll-officers-outside",
        "keys": ["officers outside the embassy"],
        "title": "Rassendyll: officers will stay outside",
        "text": "officers would stay outside the embassy",
        "speaker": "rudolf-rassendyll",
        "source": "zenda-gazette",
        "evidence": "Rudolf Rassendyll, said officers would stay outside the embassy"
    }));
    write("quotes.json", &quotes);

    let report = served.live.reload().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        report.added,
        [(Command::Quote, "rassendyll-officers-outside".to_string())]
    );
    assert_eq!(
        report.changed,
        [(Command::When, "asylum-granted".to_string())]
    );
    assert_eq!(
        report.removed,
        [(Command::Quote, "novak-door-open".to_string())]
    );
    assert_ne!(answers(&served.live), served.before);
    let engine = &served.live.snapshot().engine;
    let outcome = engine.ask(Command::Quote, "officers outside the embassy");
    assert_eq!(outcome.status(), "answer", "{outcome:?}");
}

/// A fact file that vanishes and comes back while reloads run: every reload either swaps in
/// the whole valid base or fails naming the file, and the answers never change.
#[test]
fn a_file_vanishing_during_reloads_never_changes_the_answers() {
    let served = Served::new();
    let events = served.dir.join("events.json");
    let spare = served.dir.join("events.spare");
    fs::copy(&events, &spare).expect("copy");
    let stop = Arc::new(AtomicBool::new(false));
    let flicker = {
        let (stop, events, spare) = (stop.clone(), events.clone(), spare.clone());
        let staged = served.dir.join("events.staged");
        std::thread::spawn(move || {
            let mut flips = 0u32;
            while !stop.load(Ordering::Relaxed) && flips < 100_000 {
                let _ = fs::remove_file(&events);
                // Back in one step, so it is never seen half-written.
                let _ = fs::copy(&spare, &staged);
                let _ = fs::rename(&staged, &events);
                flips += 1;
            }
        })
    };
    let mut failures = Vec::new();
    let (mut swapped, mut refused) = (0, 0);
    for _ in 0..200 {
        match served.live.reload() {
            Ok(report) => {
                swapped += 1;
                if !report.is_unchanged() {
                    failures.push(format!("a reload changed facts: {report:?}"));
                }
            }
            Err(failure) => {
                refused += 1;
                let lines = error_lines(&failure, &served.dir);
                if lines != ["events.json: error: the file does not exist"] {
                    failures.push(format!("unexpected errors: {lines:#?}"));
                }
            }
        }
        if answers(&served.live) != served.before {
            failures.push("the answers changed".to_string());
        }
        if !failures.is_empty() {
            break;
        }
    }
    stop.store(true, Ordering::Relaxed);
    flicker.join().expect("flicker thread");
    println!("{swapped} reloads swapped in, {refused} refused");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The enormous file through the binary as well: refused at once, not read into memory
/// (a 200 MiB address-space limit would make reading 256 MiB abort the process).
#[test]
fn casebot_check_refuses_an_enormous_file_without_reading_it() {
    let tmp = tempfile::tempdir().expect("tempdir");
    copy_dir(&fixtures().join("valid"), tmp.path());
    let file = fs::File::create(tmp.path().join("people.json")).expect("create");
    file.set_len(MAX_FILE_BYTES + 1).expect("set_len");
    let out = Process::new("sh")
        .arg("-c")
        .arg("ulimit -v 204800 && exec \"$0\" check \"$1\"")
        .arg(env!("CARGO_BIN_EXE_casebot"))
        .arg(tmp.path())
        .output()
        .expect("run casebot under sh");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("people.json: error: the file is larger than 256 MiB"),
        "{stdout}"
    );
    // And the binary without the limit agrees.
    let plain = casebot()
        .arg("check")
        .arg(tmp.path())
        .output()
        .expect("run");
    assert_eq!(plain.status.code(), Some(1));
}
