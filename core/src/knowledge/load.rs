//! Knowledge directory -> [`FactBase`], or every problem in it.
//!
//! Loading never stops at the first problem: each file is parsed on its own, each record of a
//! file is deserialised on its own (so one wrong type does not hide the next), and the
//! cross-file checks run on whatever parsed. Every diagnostic names the file, the line and
//! column, the JSON pointer, and what is wrong in plain words. A base is only built when there
//! is no error, so the bot can never serve a half-valid set of facts.

use std::collections::HashMap;
use std::fmt;
use std::fs;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

use memchr::memmem;
use serde::de::DeserializeOwned;

use super::locate::{Seg, element_spans, line_col, pointer, span};
use super::schema::{Event, Person, Quote, Source};
use super::{Command, FactBase, FactDate};
use crate::limits;
use crate::text::{normalize, normalize_evidence};
// Keys come from curated fact files, not from members: FxHash, as rustc uses, is safe here
// and much faster than SipHash on a large reload.
use rustc_hash::{FxHashMap as FastMap, FxHashSet as FastSet};

/// Fact files larger than this are refused rather than read into memory.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// The file that lists the source documents.
pub const SOURCES_FILE: &str = "sources.json";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in a knowledge directory, located as precisely as the file allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file, as a path under the knowledge directory that was loaded.
    pub file: PathBuf,
    /// 1-based; 0 when the problem is the file as a whole (missing, unreadable).
    pub line: usize,
    pub column: usize,
    /// JSON pointer of the offending value, empty for a whole-file problem.
    pub pointer: String,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}", self.file.display())?;
        if self.line > 0 {
            write!(f, ":{}:{}", self.line, self.column)?;
        }
        write!(f, ": {level}: {}", self.message)?;
        if !self.pointer.is_empty() {
            write!(f, " (at {})", self.pointer)?;
        }
        Ok(())
    }
}

/// A knowledge directory that did not validate: every diagnostic, errors first.
#[derive(Debug, Clone)]
pub struct LoadFailure {
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadFailure {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }
}

impl fmt::Display for LoadFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.errors().count();
        write!(
            f,
            "the knowledge directory has {n} error{}",
            if n == 1 { "" } else { "s" }
        )?;
        for d in self.errors() {
            write!(f, "\n{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadFailure {}

/// The outcome of `casebot check`: the facts if they are valid, and every diagnostic.
pub struct Checked {
    pub base: Option<FactBase>,
    pub diagnostics: Vec<Diagnostic>,
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

/// One fact file's text and the records that deserialised, with their array index.
struct Parsed<T> {
    file: PathBuf,
    text: String,
    records: Vec<(usize, T)>,
    /// The ids of every record, also of those that did not deserialise: a reference to a
    /// record with a typo elsewhere is not dangling.
    ids: FastSet<String>,
}

/// Fact files held in memory, by path relative to the knowledge directory
/// (`events.json`, `sources/report.txt`): what [`load_files`] reads instead of a directory.
pub type Files = HashMap<PathBuf, Vec<u8>>;

/// Where the fact files are read from.
#[derive(Clone, Copy)]
enum Origin<'a> {
    Disk,
    Memory(&'a Files),
}

/// Collects the diagnostics, and knows where to read files from.
struct Sink<'a> {
    diagnostics: Vec<Diagnostic>,
    origin: Origin<'a>,
}

impl<'a> Sink<'a> {
    fn new(origin: Origin<'a>) -> Self {
        Sink {
            diagnostics: Vec::new(),
            origin,
        }
    }

    fn push(&mut self, severity: Severity, file: &Path, text: &str, path: &[Seg], message: String) {
        let (start, _) = span(text, path);
        let (line, column) = line_col(text, start);
        self.diagnostics.push(Diagnostic {
            severity,
            file: file.to_path_buf(),
            line,
            column,
            pointer: pointer(path),
            message,
        });
    }

    /// Takes over what another sink found, and passes on what came with it.
    fn take<T>(&mut self, (value, diagnostics): (T, Vec<Diagnostic>)) -> T {
        self.diagnostics.extend(diagnostics);
        value
    }

    fn whole_file(&mut self, file: &Path, message: String) {
        self.diagnostics.push(Diagnostic {
            severity: Severity::Error,
            file: file.to_path_buf(),
            line: 0,
            column: 0,
            pointer: String::new(),
            message,
        });
    }

    fn at(&mut self, file: &Path, line: usize, column: usize, pointer: String, message: String) {
        self.diagnostics.push(Diagnostic {
            severity: Severity::Error,
            file: file.to_path_buf(),
            line,
            // serde_json says column 0 at the end of a line (or of an empty file).
            column: if line > 0 { column.max(1) } else { column },
            pointer,
            message,
        });
    }
}

/// Why a file could not be opened or read, in plain words.
fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "the file does not exist".to_string(),
        std::io::ErrorKind::PermissionDenied => {
            "the file cannot be read: permission denied".to_string()
        }
        _ => format!("the file cannot be read: {e}"),
    }
}

fn too_large() -> String {
    format!(
        "the file is larger than {} MiB; split it or remove what is not facts",
        MAX_FILE_BYTES / (1024 * 1024)
    )
}

/// Reads a whole file from disk: only a regular file (a FIFO would block, a device never end),
/// and never more than one byte past the limit, so an enormous file is refused unread.
fn read_disk(path: &Path) -> Result<Vec<u8>, String> {
    let not_regular = |meta: &fs::Metadata| {
        if meta.is_dir() {
            Some("the file is a directory".to_string())
        } else if !meta.is_file() {
            Some(
                "the file is not a regular file (a FIFO, socket or device); fact files must be plain files"
                    .to_string(),
            )
        } else if meta.len() > MAX_FILE_BYTES {
            Some(too_large())
        } else {
            None
        }
    };
    // Looked at before opening: opening a FIFO waits for a writer.
    let meta = fs::metadata(path).map_err(|e| io_reason(&e))?;
    if let Some(why) = not_regular(&meta) {
        return Err(why);
    }
    let file = fs::File::open(path).map_err(|e| io_reason(&e))?;
    // And again once open, in case the file was replaced in between.
    let meta = file.metadata().map_err(|e| io_reason(&e))?;
    if let Some(why) = not_regular(&meta) {
        return Err(why);
    }
    // Sized once from the metadata (`take` hides the size from `read_to_end`, which would
    // otherwise grow the buffer by doubling: copies and fresh pages at 100k facts). A file
    // that grows meanwhile is still read, up to one byte past the limit.
    let mut bytes = Vec::with_capacity(meta.len().min(MAX_FILE_BYTES) as usize + 1);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("the file cannot be read: {e}"))?;
    Ok(bytes)
}

/// Reads a whole file as UTF-8 text, refusing huge files and naming the first bad byte.
fn read_text(path: &Path, sink: &mut Sink) -> Option<String> {
    let bytes = match sink.origin {
        Origin::Disk => read_disk(path),
        Origin::Memory(files) => files
            .get(path)
            .cloned()
            .ok_or_else(|| io_reason(&std::io::ErrorKind::NotFound.into())),
    };
    let mut bytes = match bytes {
        Ok(bytes) => bytes,
        Err(why) => {
            sink.whole_file(path, why);
            return None;
        }
    };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        sink.whole_file(path, too_large());
        return None;
    }
    // A byte-order mark, as some editors write, is not part of the text.
    if bytes.starts_with(b"\xef\xbb\xbf") {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
            let (line, column) = line_col(&prefix, prefix.len());
            sink.at(
                path,
                line,
                column,
                String::new(),
                "the file is not valid UTF-8 text (save it as UTF-8)".to_string(),
            );
            None
        }
    }
}

/// Drops serde_json's " at line L column C" suffix: the diagnostic carries the position.
fn serde_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let message = match text.rfind(" at line ") {
        Some(i) => &text[..i],
        None => &text,
    };
    if message == "recursion limit exceeded" {
        return format!("{message}: arrays and objects are nested more than 128 deep");
    }
    message.to_string()
}

/// A fact record's id, which the other files refer to.
trait Record: DeserializeOwned {
    fn id(&self) -> &str;
}

macro_rules! records {
    ($($t:ty),*) => {
        $(impl Record for $t {
            fn id(&self) -> &str {
                &self.id
            }
        })*
    };
}

records!(Source, Event, Person, Quote);

/// Parses a fact file: syntax first, then each record of the top-level array on its own.
///
/// A valid file is parsed once into the records' raw spans (checking the syntax on the way),
/// and each record once from its span. A file with any problem is parsed again as a whole
/// ([`parse_file_slowly`]), which finds and places every problem.
fn parse_file<T: Record>(dir: &Path, name: &str, what: &str, sink: &mut Sink) -> Option<Parsed<T>> {
    let file = dir.join(name);
    let text = read_text(&file, sink)?;
    let spans: Vec<(usize, usize)> =
        match serde_json::from_str::<Vec<&serde_json::value::RawValue>>(&text) {
            Ok(items) => {
                let base = text.as_ptr() as usize;
                items
                    .iter()
                    .map(|raw| {
                        let start = raw.get().as_ptr() as usize - base;
                        (start, start + raw.get().len())
                    })
                    .collect()
            }
            Err(_) => return parse_file_slowly(file, text, what, sink),
        };
    let mut records = Vec::with_capacity(spans.len());
    let mut ids = FastSet::with_capacity_and_hasher(spans.len(), Default::default());
    for (index, &(start, end)) in spans.iter().enumerate() {
        match serde_json::from_str::<T>(&text[start..end]) {
            Ok(record) => {
                ids.insert(record.id().to_string());
                records.push((index, record));
            }
            // The raw spans are checked more leniently than a whole parse (number ranges,
            // nesting depth): a file with a bad record is parsed again as before, to report it
            // exactly.
            Err(_) => {
                drop(records);
                return parse_file_slowly(file, text, what, sink);
            }
        }
    }
    Some(Parsed {
        file,
        text,
        records,
        ids,
    })
}

/// Reports a record that did not deserialise, at its place in the file.
fn record_error(
    file: &Path,
    text: &str,
    start: usize,
    index: usize,
    what: &str,
    e: &serde_json::Error,
    sink: &mut Sink,
) {
    let (line0, col0) = line_col(text, start);
    let line = line0 + e.line().saturating_sub(1);
    let column = if e.line() <= 1 {
        col0 + e.column().saturating_sub(1)
    } else {
        e.column()
    };
    sink.at(
        file,
        line,
        column,
        pointer(&[Seg::Index(index)]),
        format!("{what} #{index}: {}", serde_message(e)),
    );
}

/// [`parse_file`] for a text that is not a JSON array of values: parsed whole, to say why.
fn parse_file_slowly<T: Record>(
    file: PathBuf,
    text: String,
    what: &str,
    sink: &mut Sink,
) -> Option<Parsed<T>> {
    let value: serde_json::Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            sink.at(
                &file,
                e.line(),
                e.column(),
                String::new(),
                format!("invalid JSON: {}", serde_message(&e)),
            );
            return None;
        }
    };
    let Some(items) = value.as_array() else {
        sink.push(
            Severity::Error,
            &file,
            &text,
            &[],
            format!(
                "expected a JSON array of {what}, found {}",
                json_kind(&value)
            ),
        );
        return None;
    };
    let ids = items
        .iter()
        .filter_map(|item| item.get("id")?.as_str().map(str::to_string))
        .collect();
    let mut records = Vec::with_capacity(items.len());
    // One pass for every record's span; line and column are only computed for a diagnostic.
    let spans = element_spans(&text);
    for index in 0..items.len() {
        let path = [Seg::Index(index)];
        let (start, end) = spans
            .get(index)
            .copied()
            .unwrap_or_else(|| span(&text, &path));
        match serde_json::from_str::<T>(&text[start..end]) {
            Ok(record) => records.push((index, record)),
            Err(e) => record_error(&file, &text, start, index, what, &e, sink),
        }
    }
    Some(Parsed {
        file,
        text,
        records,
        ids,
    })
}

fn json_kind(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// The longest leading part of `needle` (whole words) found in `haystack`, to show where a
/// piece of evidence stops matching its source.
fn matching_prefix<'a>(needle: &'a str, haystack: &str) -> &'a str {
    let bounds: Vec<usize> = needle
        .char_indices()
        .filter(|&(_, c)| c == ' ')
        .map(|(i, _)| i)
        .chain(std::iter::once(needle.len()))
        .collect();
    // Containment of a prefix is monotonic: binary search the longest contained one.
    let (mut lo, mut hi) = (0usize, bounds.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if memmem::find(haystack.as_bytes(), &needle.as_bytes()[..bounds[mid - 1]]).is_some() {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    if lo == 0 {
        ""
    } else {
        &needle[..bounds[lo - 1]]
    }
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn preview(text: &str) -> String {
    limits::trim_text(text, 60)
}

/// Per-file context for the record checks.
struct FileCheck<'a> {
    file: &'a Path,
    text: &'a str,
}

impl FileCheck<'_> {
    fn error(&self, sink: &mut Sink, path: &[Seg], message: String) {
        sink.push(Severity::Error, self.file, self.text, path, message);
    }

    fn warning(&self, sink: &mut Sink, path: &[Seg], message: String) {
        sink.push(Severity::Warning, self.file, self.text, path, message);
    }

    /// A required text field: not blank and within its limit.
    fn text_field(&self, sink: &mut Sink, index: usize, field: &str, value: &str, max: usize) {
        let path = [Seg::Index(index), Seg::key(field)];
        if value.trim().is_empty() {
            self.error(sink, &path, format!("`{field}` is empty"));
        } else if value.chars().count() > max {
            self.error(
                sink,
                &path,
                format!(
                    "`{field}` is {} characters long; Discord shows at most {max} here",
                    value.chars().count()
                ),
            );
        }
    }

    fn optional_field(
        &self,
        sink: &mut Sink,
        index: usize,
        field: &str,
        value: Option<&str>,
        max: usize,
    ) {
        if let Some(value) = value {
            self.text_field(sink, index, field, value, max);
        }
    }

    /// Checks ids for form and uniqueness within the file.
    fn ids<'r>(&self, sink: &mut Sink, ids: impl Iterator<Item = (usize, &'r str)>) {
        let mut seen: FastMap<&str, usize> = FastMap::default();
        for (index, id) in ids {
            let path = [Seg::Index(index), Seg::key("id")];
            if !is_valid_id(id) {
                self.error(
                    sink,
                    &path,
                    format!("id {id:?} must be lowercase letters, digits and single '-' (like \"william-hague\")"),
                );
            } else if id.len() > limits::FACT_ID_MAX {
                self.error(
                    sink,
                    &path,
                    format!(
                        "id {id:?} is {} characters long; at most {} fit in Discord's button and choice values",
                        id.len(),
                        limits::FACT_ID_MAX
                    ),
                );
            }
            if let Some(first) = seen.insert(id, index) {
                let (line, _) = line_col(self.text, span(self.text, &[Seg::Index(first)]).0);
                self.error(
                    sink,
                    &path,
                    format!("duplicate id {id:?}: record #{first} (line {line}) has it too"),
                );
            }
        }
    }
}

/// Key checks for one command: each key present, short enough, meaningful after
/// normalising, and not shared with another fact of the same command.
struct KeyCheck<'a> {
    /// Normalised key -> the id of the fact that has it.
    owners: FastMap<String, &'a str>,
    /// Every checked key's normal form, in the order checked (empty for a key with none),
    /// so that the index need not normalise them again.
    norms: Vec<Box<str>>,
}

impl<'a> KeyCheck<'a> {
    fn new() -> Self {
        KeyCheck {
            owners: FastMap::default(),
            norms: Vec::new(),
        }
    }

    /// Checks the curated `keys` of record `index` (an event or a quote, `what`): at least one.
    fn curated(
        &mut self,
        sink: &mut Sink,
        fc: &FileCheck<'_>,
        (index, id): (usize, &'a str),
        keys: &[String],
        what: &str,
    ) {
        if keys.is_empty() {
            fc.error(
                sink,
                &[Seg::Index(index), Seg::key("keys")],
                format!("`keys` lists no key: no query could find this {what}"),
            );
        }
        for (k, key) in keys.iter().enumerate() {
            self.check(sink, fc, (index, id), ("keys", Some(k)), key);
        }
    }

    /// Notes a key that is not checked (it is reported otherwise), to keep the order.
    fn skip(&mut self) {
        self.norms.push(Box::from(""));
    }

    /// Checks `key`, found at `field` (and position `at` in it) of record `index`, whose id is `id`.
    fn check(
        &mut self,
        sink: &mut Sink,
        fc: &FileCheck<'_>,
        (index, id): (usize, &'a str),
        (field, at): (&str, Option<usize>),
        key: &str,
    ) {
        let mut path = vec![Seg::Index(index), Seg::key(field)];
        if let Some(i) = at {
            path.push(Seg::Index(i));
        }
        if key.trim().is_empty() {
            fc.error(sink, &path, format!("an empty `{field}` entry"));
            self.skip();
            return;
        }
        if key.chars().count() > limits::FACT_KEY_MAX {
            fc.error(
                sink,
                &path,
                format!(
                    "the key {:?} is longer than {} characters",
                    preview(key),
                    limits::FACT_KEY_MAX
                ),
            );
        }
        let norm = normalize(key);
        self.norms.push(Box::from(norm.as_str()));
        if norm.is_empty() {
            fc.error(
                sink,
                &path,
                format!(
                    "the key {key:?} is only question or filler words, so no query can reach it"
                ),
            );
            return;
        }
        match self.owners.get(&norm) {
            // The same fact twice (a name and its unaccented alias) is harmless.
            Some(&owner) if owner == id => {}
            Some(owner) => fc.error(
                sink,
                &path,
                format!(
                    "the key {key:?} is also a key of {owner:?} (the same once case, accents, punctuation and filler words are ignored): the bot could not tell them apart"
                ),
            ),
            None => {
                self.owners.insert(norm, id);
            }
        }
    }
}

fn into_records<T>(parsed: Parsed<T>) -> Vec<T> {
    parsed.records.into_iter().map(|(_, r)| r).collect()
}

/// What checking one fact file found: its diagnostics, the sources its facts cite, and its
/// keys' normal forms (see [`KeyCheck`]).
type FileChecked<'p> = (Vec<Diagnostic>, FastSet<&'p str>, Vec<Box<str>>);

/// Checks one fact file's ids, then each record with `check`, reporting into a sink of its
/// own (so that the files can be checked side by side).
fn check_file<'p, T: Record>(
    parsed: Option<&'p Parsed<T>>,
    origin: Origin<'_>,
    check: impl Fn(&mut Sink, &FileCheck<'p>, &mut KeyCheck<'p>, &mut FastSet<&'p str>, usize, &'p T),
) -> FileChecked<'p> {
    let mut sink = Sink::new(origin);
    let mut used = FastSet::default();
    let mut keys = KeyCheck::new();
    if let Some(parsed) = parsed {
        let fc = FileCheck {
            file: &parsed.file,
            text: &parsed.text,
        };
        fc.ids(&mut sink, parsed.records.iter().map(|(i, r)| (*i, r.id())));
        for (index, record) in &parsed.records {
            check(&mut sink, &fc, &mut keys, &mut used, *index, record);
        }
    }
    (sink.diagnostics, used, keys.norms)
}

/// Waits for a scoped thread, passing on its panic.
fn join<T>(handle: std::thread::ScopedJoinHandle<'_, T>) -> T {
    handle
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e))
}

/// Loads `dir`, returning the base and its warnings, or every diagnostic if any is an error.
pub fn load(dir: &Path) -> Result<(FactBase, Vec<Diagnostic>), LoadFailure> {
    load_from(dir, Origin::Disk)
}

/// Loads fact files held in memory, keyed by their path relative to the knowledge directory,
/// exactly as [`load`] would from a directory holding them (the fuzz targets feed it).
pub fn load_files(files: &Files) -> Result<(FactBase, Vec<Diagnostic>), LoadFailure> {
    load_from(Path::new(""), Origin::Memory(files))
}

fn load_from(dir: &Path, origin: Origin<'_>) -> Result<(FactBase, Vec<Diagnostic>), LoadFailure> {
    let mut sink = Sink::new(origin);
    if matches!(origin, Origin::Disk) && !dir.is_dir() {
        sink.whole_file(
            dir,
            "the knowledge directory does not exist or is not a directory".to_string(),
        );
        return Err(LoadFailure {
            diagnostics: sink.diagnostics,
        });
    }
    // The four files are parsed side by side, each reporting into a sink of its own (the
    // diagnostics are sorted by file and place at the end).
    fn parse<T: Record>(
        dir: &Path,
        origin: Origin<'_>,
        name: &str,
        what: &str,
    ) -> (Option<Parsed<T>>, Vec<Diagnostic>) {
        let mut sink = Sink::new(origin);
        let parsed = parse_file(dir, name, what, &mut sink);
        (parsed, sink.diagnostics)
    }
    let (sources, events, people, quotes) = std::thread::scope(|scope| {
        let sources = scope.spawn(|| parse::<Source>(dir, origin, SOURCES_FILE, "source"));
        let events =
            scope.spawn(|| parse::<Event>(dir, origin, Command::When.file_name(), "event"));
        let people =
            scope.spawn(|| parse::<Person>(dir, origin, Command::Who.file_name(), "person"));
        let quotes = parse::<Quote>(dir, origin, Command::Quote.file_name(), "quote");
        (join(sources), join(events), join(people), quotes)
    });
    let (sources, events, people, quotes) = (
        sink.take(sources),
        sink.take(events),
        sink.take(people),
        sink.take(quotes),
    );

    // Sources: their texts, normalised for the verbatim checks.
    let mut source_texts: HashMap<String, (FactDate, String)> = HashMap::new();
    if let Some(parsed) = &sources {
        let fc = FileCheck {
            file: &parsed.file,
            text: &parsed.text,
        };
        fc.ids(
            &mut sink,
            parsed.records.iter().map(|(i, s)| (*i, s.id.as_str())),
        );
        for (index, source) in &parsed.records {
            let index = *index;
            fc.text_field(
                &mut sink,
                index,
                "outlet",
                &source.outlet,
                limits::FACT_TITLE_MAX,
            );
            fc.text_field(
                &mut sink,
                index,
                "title",
                &source.title,
                limits::FACT_TITLE_MAX * 2,
            );
            fc.optional_field(
                &mut sink,
                index,
                "date_note",
                source.date_note.as_deref(),
                limits::FACT_FIELD_MAX,
            );
            if let Some(url) = &source.url
                && !(url.starts_with("https://") || url.starts_with("http://"))
            {
                fc.error(
                    &mut sink,
                    &[Seg::Index(index), Seg::key("url")],
                    format!("url {url:?} must start with https:// or http://"),
                );
            }
            let relative = Path::new(&source.file);
            let escapes = relative.is_absolute()
                || relative
                    .components()
                    .any(|c| !matches!(c, Component::Normal(_)));
            if escapes || source.file.trim().is_empty() {
                fc.error(
                    &mut sink,
                    &[Seg::Index(index), Seg::key("file")],
                    format!("file {:?} must be a path inside the knowledge directory, like \"sources/name.txt\"", source.file),
                );
                continue;
            }
            let mut file_sink = Sink::new(origin);
            match read_text(&dir.join(relative), &mut file_sink) {
                Some(text) => {
                    source_texts
                        .insert(source.id.clone(), (source.date, normalize_evidence(&text)));
                }
                None => {
                    for d in file_sink.diagnostics {
                        fc.error(
                            &mut sink,
                            &[Seg::Index(index), Seg::key("file")],
                            format!("source file {:?}: {}", source.file, d.message),
                        );
                    }
                }
            }
        }
    }
    let no_ids = FastSet::default();
    let source_ids = sources.as_ref().map_or(&no_ids, |p| &p.ids);
    let person_ids = people.as_ref().map_or(&no_ids, |p| &p.ids);
    let mut used_sources: FastSet<&str> = FastSet::default();

    // Shared checks of a fact's source, evidence and date.
    let check_sourced = |sink: &mut Sink,
                         fc: &FileCheck<'_>,
                         index: usize,
                         source: &str,
                         verbatim: &[(&str, &str)],
                         date: Option<FactDate>| {
        if !source_ids.contains(source) {
            if sources.is_some() {
                fc.error(
                    sink,
                    &[Seg::Index(index), Seg::key("source")],
                    format!("source {source:?} is not an id in {SOURCES_FILE}"),
                );
            }
            return;
        }
        let Some((source_date, source_text)) = source_texts.get(source) else {
            return; // the source itself is broken, and reported
        };
        for (field, text) in verbatim {
            let path = [Seg::Index(index), Seg::key(field)];
            if text.trim().is_empty() {
                fc.error(sink, &path, format!("`{field}` is empty"));
                continue;
            }
            let needle = normalize_evidence(text);
            if memmem::find(source_text.as_bytes(), needle.as_bytes()).is_none() {
                let prefix = matching_prefix(&needle, source_text);
                let hint = if prefix.is_empty() {
                    "not even its first word matches".to_string()
                } else {
                    format!(
                        "it matches up to {:?}, then differs",
                        limits::trim_text(prefix, 80)
                    )
                };
                fc.error(
                    sink,
                    &path,
                    format!(
                        "`{field}` {:?} is not verbatim in source {source:?}: {hint}",
                        preview(text)
                    ),
                );
            }
        }
        if let Some(date) = date {
            let latest = match date {
                FactDate::Point(p) | FactDate::Range(_, p) => p.first_day(),
            };
            if latest > source_date.last_day() {
                fc.error(
                    sink,
                    &[Seg::Index(index), Seg::key("date")],
                    format!(
                        "date {date} is after its source's own date ({source_date}): impossible"
                    ),
                );
            }
        }
    };

    let check_person_ref = |sink: &mut Sink, fc: &FileCheck<'_>, path: &[Seg], id: &str| {
        if people.is_some() && !person_ids.contains(id) {
            fc.error(sink, path, format!("{id:?} is not an id in people.json"));
        }
    };

    let check_events = || {
        check_file(events.as_ref(), origin, |sink, fc, keys, used, index, e| {
            keys.curated(sink, fc, (index, &e.id), &e.keys, "event");
            fc.text_field(sink, index, "title", &e.title, limits::FACT_TITLE_MAX);
            fc.text_field(sink, index, "summary", &e.summary, limits::FACT_FIELD_MAX);
            fc.text_field(sink, index, "evidence", &e.evidence, limits::FACT_FIELD_MAX);
            fc.optional_field(
                sink,
                index,
                "note",
                e.note.as_deref(),
                limits::FACT_FIELD_MAX,
            );
            for (w, who) in e.who.iter().enumerate() {
                check_person_ref(
                    sink,
                    fc,
                    &[Seg::Index(index), Seg::key("who"), Seg::Index(w)],
                    who,
                );
            }
            used.insert(&e.source);
            check_sourced(
                sink,
                fc,
                index,
                &e.source,
                &[("evidence", &e.evidence)],
                Some(e.date),
            );
        })
    };

    let check_people = || {
        check_file(people.as_ref(), origin, |sink, fc, keys, used, index, p| {
            fc.text_field(sink, index, "name", &p.name, limits::FACT_TITLE_MAX);
            if !p.name.trim().is_empty() {
                keys.check(sink, fc, (index, &p.id), ("name", None), &p.name);
            } else {
                keys.skip();
            }
            for (k, alias) in p.aliases.iter().enumerate() {
                keys.check(sink, fc, (index, &p.id), ("aliases", Some(k)), alias);
            }
            for (k, key) in p.keys.iter().enumerate() {
                keys.check(sink, fc, (index, &p.id), ("keys", Some(k)), key);
            }
            fc.text_field(sink, index, "role", &p.role, limits::FACT_FIELD_MAX);
            fc.optional_field(
                sink,
                index,
                "summary",
                p.summary.as_deref(),
                limits::FACT_FIELD_MAX,
            );
            fc.text_field(sink, index, "evidence", &p.evidence, limits::FACT_FIELD_MAX);
            fc.optional_field(
                sink,
                index,
                "note",
                p.note.as_deref(),
                limits::FACT_FIELD_MAX,
            );
            used.insert(&p.source);
            check_sourced(
                sink,
                fc,
                index,
                &p.source,
                &[("evidence", &p.evidence)],
                None,
            );
        })
    };

    let check_quotes = || {
        check_file(quotes.as_ref(), origin, |sink, fc, keys, used, index, q| {
            keys.curated(sink, fc, (index, &q.id), &q.keys, "quote");
            fc.text_field(sink, index, "title", &q.title, limits::FACT_TITLE_MAX);
            fc.text_field(sink, index, "text", &q.text, limits::FACT_QUOTE_MAX);
            fc.text_field(sink, index, "evidence", &q.evidence, limits::FACT_FIELD_MAX);
            fc.optional_field(
                sink,
                index,
                "context",
                q.context.as_deref(),
                limits::FACT_FIELD_MAX,
            );
            fc.optional_field(
                sink,
                index,
                "note",
                q.note.as_deref(),
                limits::FACT_FIELD_MAX,
            );
            check_person_ref(
                sink,
                fc,
                &[Seg::Index(index), Seg::key("speaker")],
                &q.speaker,
            );
            used.insert(&q.source);
            check_sourced(
                sink,
                fc,
                index,
                &q.source,
                &[("text", &q.text), ("evidence", &q.evidence)],
                q.date,
            );
        })
    };

    // The three fact files are checked side by side.
    let (events_checked, people_checked, quotes_checked) = std::thread::scope(|scope| {
        let events = scope.spawn(check_events);
        let people = scope.spawn(check_people);
        let quotes = check_quotes();
        (join(events), join(people), quotes)
    });
    let mut key_norms: [Vec<Box<str>>; 3] = Default::default();
    for (slot, (diagnostics, used, norms)) in [events_checked, people_checked, quotes_checked]
        .into_iter()
        .enumerate()
    {
        sink.diagnostics.extend(diagnostics);
        used_sources.extend(used);
        key_norms[slot] = norms;
    }

    if let Some(parsed) = &sources {
        let fc = FileCheck {
            file: &parsed.file,
            text: &parsed.text,
        };
        for (index, s) in &parsed.records {
            if !used_sources.contains(s.id.as_str()) {
                fc.warning(
                    &mut sink,
                    &[Seg::Index(*index)],
                    format!("source {:?} is not used by any fact", s.id),
                );
            }
        }
    }

    let mut diagnostics = sink.diagnostics;
    diagnostics.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.severity).cmp(&(&b.file, b.line, b.column, b.severity))
    });
    let failed = diagnostics.iter().any(|d| d.severity == Severity::Error);
    match (failed, sources, events, people, quotes) {
        (false, Some(s), Some(e), Some(p), Some(q)) => {
            let mut base = FactBase::from_parts(
                dir.to_path_buf(),
                into_records(s),
                into_records(e),
                into_records(p),
                into_records(q),
            );
            base.key_norms = key_norms;
            Ok((base, diagnostics))
        }
        _ => {
            diagnostics.sort_by_key(|d| d.severity);
            Err(LoadFailure { diagnostics })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_shows_where_evidence_diverges() {
        let hay = "the door is open and always was";
        assert_eq!(matching_prefix("the door is closed", hay), "the door is");
        assert_eq!(matching_prefix("nothing here", hay), "");
        assert_eq!(matching_prefix("the door is open", hay), "the door is open");
    }

    #[test]
    fn open_errors_read_plainly() {
        use std::io::{Error, ErrorKind};
        // Root reads through chmod 000, so tests/corpus.rs may not reach this wording.
        assert_eq!(
            io_reason(&Error::from(ErrorKind::PermissionDenied)),
            "the file cannot be read: permission denied"
        );
        assert_eq!(
            io_reason(&Error::from(ErrorKind::NotFound)),
            "the file does not exist"
        );
    }

    #[test]
    fn ids_are_slugs() {
        assert!(is_valid_id("william-hague"));
        assert!(is_valid_id("resolution-2317"));
        assert!(!is_valid_id("William-Hague"));
        assert!(!is_valid_id("a--b"));
        assert!(!is_valid_id("-a"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("a b"));
    }
}
