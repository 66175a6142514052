//! Times `casebot check` on broken copies of a valid knowledge directory against the valid
//! one: a broken base must be reported in about the time a valid one loads (issue 11, item 2:
//! each diagnostic used to rescan its file from the first byte, so thousands of errors took
//! minutes).
//!
//! `cargo run --release -p casebot-bench --example synth -- DIR 100000` writes a base, then
//! `cargo run --release -p casebot-bench --example broken -- DIR` checks it and three broken
//! copies of it (in a temporary directory; DIR is left as it is), each with one record in ten
//! broken (about 10,000 errors at 100k facts; `broken DIR 1` breaks every record):
//! - source ids renamed, so that the facts citing them cite a source that does not exist;
//! - a misspelt field (`dat` for `date`) in events;
//! - quotes replaced by `{}`.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use casebot_core::knowledge::check_dir;

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create dir");
    for entry in fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Changes every `every`-th record of a file written by `synth` (one record a line).
fn edit(dir: &Path, file: &str, every: usize, change: impl Fn(&str) -> String) {
    let path = dir.join(file);
    let text = fs::read_to_string(&path).expect("read");
    let mut n: usize = 0;
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            if !line.trim_start().starts_with('{') {
                return line.to_string();
            }
            n += 1;
            if n.is_multiple_of(every) {
                change(line)
            } else {
                line.to_string()
            }
        })
        .collect();
    fs::write(&path, lines.join("\n")).expect("write");
}

/// A broken copy: its name, the file it breaks, and how it breaks one record (a line).
type Case = (&'static str, &'static str, fn(&str) -> String);

/// Checks `dir` and says how long it took and what was found.
fn timed(name: &str, dir: &Path) -> Duration {
    let started = Instant::now();
    let checked = check_dir(dir);
    let took = started.elapsed();
    let (errors, warnings) = checked.counts();
    println!(
        "{name:<32} {:>8.2} s  {errors:>7} errors, {warnings:>7} warnings{}",
        took.as_secs_f64(),
        if checked.base.is_some() {
            ", valid"
        } else {
            ""
        }
    );
    took
}

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: broken DIR   (DIR: a valid base, e.g. written by `synth DIR 100000`)");
        std::process::exit(2);
    };
    let dir = Path::new(&dir);
    let every: usize = std::env::args()
        .nth(2)
        .map_or(10, |n| n.parse().expect("a number of records"));
    let valid = timed("valid", dir);

    let cases: [Case; 3] = [
        ("source ids renamed", "sources.json", |line| {
            line.replace("\"id\": \"", "\"id\": \"renamed-")
        }),
        ("a misspelt field in events", "events.json", |line| {
            line.replace("\"date\": ", "\"dat\": ")
        }),
        ("quotes that are empty objects", "quotes.json", |line| {
            let comma = if line.trim_end().ends_with(',') {
                ","
            } else {
                ""
            };
            format!("{{}}{comma}")
        }),
    ];
    let mut slowest = Duration::ZERO;
    for (name, file, change) in cases {
        let tmp = tempfile::tempdir().expect("tempdir");
        copy_dir(dir, tmp.path());
        edit(tmp.path(), file, every, change);
        slowest = slowest.max(timed(name, tmp.path()));
    }
    println!(
        "slowest broken base: {:.1}x the time of the valid one",
        slowest.as_secs_f64() / valid.as_secs_f64()
    );
}
