//! Knowledge directory -> [`FactBase`], or every problem in it: read → check → build.
//!
//! Loading never stops at the first problem: each file is parsed on its own, each record of a
//! file is deserialised on its own (so one wrong type does not hide the next), a record that
//! does not deserialise is taken apart field by field (so a malformed date does not hide its
//! record's dangling reference), and the checks run on whatever parsed. Every diagnostic names the file, the line and
//! column, the JSON pointer, and what is wrong in plain words. A base is only built when there
//! is no error, so the bot can never serve a half-valid set of facts.
//!
//! The stages live beside this file: `read`, `parse`, `check` and `diagnostics`. The four
//! files are read and parsed side by side, then the three fact files checked side by side.

use std::path::Path;

use super::check::{self, Refs};
use super::diagnostics::{Diagnostic, LoadFailure, Severity, Sink};
use super::lexicon;
use super::locate;
use super::parse::parse_file;
use super::read::Origin;
pub use super::read::{Files, MAX_FILE_BYTES};
use super::schema::{Event, Person, Quote, Record, Source};
use super::{Command, FactBase};
use rustc_hash::FxHashSet as FastSet;

/// The file that lists the source documents.
pub const SOURCES_FILE: &str = Source::FILE;

/// The outcome of `casebot check`: the facts if they are valid, and every diagnostic.
pub struct Checked {
    pub base: Option<FactBase>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    /// How many of the diagnostics are errors, and how many warnings.
    pub fn counts(&self) -> (usize, usize) {
        let errors = self
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        (errors, self.diagnostics.len() - errors)
    }
}

/// Validates `dir` and reports everything found, errors and warnings, sorted by place.
pub fn check_dir(dir: &Path) -> Checked {
    match load(dir) {
        Ok((base, warnings)) => Checked {
            base: Some(base),
            diagnostics: warnings,
        },
        Err(failure) => Checked {
            base: None,
            diagnostics: failure.diagnostics,
        },
    }
}

/// Loads `dir`, returning the base and its warnings, or every diagnostic if any is an error.
pub fn load(dir: &Path) -> Result<(FactBase, Vec<Diagnostic>), LoadFailure> {
    // Every file read must lie inside the directory, links resolved (see `read`). A directory
    // that does not resolve is reported as missing below.
    let root = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    load_from(dir, Origin::Disk { root: &root })
}

/// Loads fact files held in memory, keyed by their path relative to the knowledge directory,
/// exactly as [`load`] would from a directory holding them (the fuzz targets feed it).
pub fn load_files(files: &Files) -> Result<(FactBase, Vec<Diagnostic>), LoadFailure> {
    load_from(Path::new(""), Origin::Memory(files))
}

fn load_from(dir: &Path, origin: Origin<'_>) -> Result<(FactBase, Vec<Diagnostic>), LoadFailure> {
    // The line indexes built while locating problems belong to this load's texts.
    locate::forget();
    let result = load_located(dir, origin);
    locate::forget();
    result
}

fn load_located(
    dir: &Path,
    origin: Origin<'_>,
) -> Result<(FactBase, Vec<Diagnostic>), LoadFailure> {
    let mut sink = Sink::default();
    if matches!(origin, Origin::Disk { .. }) && !dir.is_dir() {
        sink.add(Diagnostic::whole_file(
            dir,
            "the knowledge directory does not exist or is not a directory".to_string(),
        ));
        return Err(LoadFailure {
            diagnostics: sink.diagnostics,
        });
    }

    // Read: the four files side by side, each reporting on its own.
    let (sources, events, people, quotes) = std::thread::scope(|scope| {
        let sources = scope.spawn(|| parse_file::<Source>(dir, origin));
        let events = scope.spawn(|| parse_file::<Event>(dir, origin));
        let people = scope.spawn(|| parse_file::<Person>(dir, origin));
        let quotes = parse_file::<Quote>(dir, origin);
        (join(sources), join(events), join(people), quotes)
    });
    let (sources, events, people, quotes) = (
        sink.take(sources),
        sink.take(events),
        sink.take(people),
        sink.take(quotes),
    );

    // Check: the sources (reading their texts), then the three fact files side by side.
    let source_texts = sink.take(check::sources(sources.as_ref(), dir, origin));
    let refs = Refs {
        sources: sources.as_ref().map(|p| &p.ids),
        source_texts: &source_texts,
        people: people.as_ref().map(|p| &p.ids),
    };
    let checked = std::thread::scope(|scope| {
        let events = scope.spawn(|| check::facts(events.as_ref(), &refs));
        let people = scope.spawn(|| check::facts(people.as_ref(), &refs));
        let quotes = check::facts(quotes.as_ref(), &refs);
        [join(events), join(people), quotes]
    });
    let mut used_sources: FastSet<&str> = FastSet::default();
    let mut key_norms: [Vec<Box<str>>; 3] = Default::default();
    for (command, file) in Command::ALL.into_iter().zip(checked) {
        sink.diagnostics.extend(file.diagnostics);
        used_sources.extend(file.used);
        key_norms[command.index()] = file.key_norms;
    }
    sink.diagnostics
        .extend(check::unused_sources(sources.as_ref(), &used_sources));

    // Build, only if nothing is wrong.
    let mut diagnostics = sink.diagnostics;
    diagnostics.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.severity).cmp(&(&b.file, b.line, b.column, b.severity))
    });
    let failed = diagnostics.iter().any(|d| d.severity == Severity::Error);
    let base = match (failed, sources, events, people, quotes) {
        (false, Some(s), Some(e), Some(p), Some(q)) => Some(FactBase::from_parts(
            dir.to_path_buf(),
            s.into_records(),
            e.into_records(),
            p.into_records(),
            q.into_records(),
            key_norms,
        )),
        _ => None,
    };
    // The lexicon last: whether it makes two keys collide needs the facts' keys (without
    // them, only the file itself is checked). They are listed only if there is a lexicon.
    let keys = || match &base {
        Some(base) => Command::ALL
            .iter()
            .map(|&c| {
                base.refs(c)
                    .flat_map(|f| std::iter::repeat_n(f.index, base.keys(f).len()))
                    .zip(base.key_norms(c).iter().map(|k| &**k))
                    .collect()
            })
            .collect(),
        None => Vec::new(),
    };
    let (lexicon, lexicon_diagnostics) = lexicon::load(dir, origin, keys);
    diagnostics.extend(lexicon_diagnostics);
    diagnostics.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.severity).cmp(&(&b.file, b.line, b.column, b.severity))
    });
    match (base, lexicon) {
        (Some(mut base), Some(lexicon)) => {
            base.set_lexicon(lexicon);
            diagnostics.extend(empty_files(dir, &base));
            Ok((base, diagnostics))
        }
        _ => {
            diagnostics.sort_by_key(|d| d.severity);
            Err(LoadFailure { diagnostics })
        }
    }
}

/// A warning for each fact file that holds no facts: valid, but its command would answer
/// "nothing" to every question (an editor that writes `[]` before the content does that).
fn empty_files(dir: &Path, base: &FactBase) -> Vec<Diagnostic> {
    let files = [
        (Command::When, Event::FILE, "events"),
        (Command::Who, Person::FILE, "people or organisations"),
        (Command::Quote, Quote::FILE, "quotes"),
    ];
    files
        .into_iter()
        .filter(|&(command, _, _)| base.len(command) == 0)
        .map(|(command, file, what)| Diagnostic {
            severity: Severity::Warning,
            file: dir.join(file),
            line: 0,
            column: 0,
            pointer: String::new(),
            message: format!("the file holds no {what}: /{command} will find nothing"),
        })
        .collect()
}

/// Waits for a scoped thread, passing on its panic.
fn join<T>(handle: std::thread::ScopedJoinHandle<'_, T>) -> T {
    handle
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e))
}
