//! Parsing one fact file: JSON syntax first, then each record of the top-level array on its
//! own, so that one record of the wrong shape does not hide the next. Every problem becomes a
//! diagnostic at its line and column.

use std::path::{Path, PathBuf};

use super::diagnostics::{Diagnostic, Severity, Sink};
use super::locate::{Seg, element_spans, line_col, pointer, span};
use super::read::{Origin, read_text};
use super::schema::Record;
// Ids come from curated fact files, not from members: FxHash, as rustc uses, is safe here
// and much faster than SipHash on a large reload.
use rustc_hash::FxHashSet as FastSet;

/// One fact file's text and the records that deserialised, with their array index.
pub(super) struct Parsed<T> {
    pub(super) file: PathBuf,
    pub(super) text: String,
    pub(super) records: Vec<(usize, T)>,
    /// The ids of every record, also of those that did not deserialise: a reference to a
    /// record with a typo elsewhere is not dangling.
    pub(super) ids: FastSet<String>,
}

impl<T> Parsed<T> {
    /// The records alone, in file order.
    pub(super) fn into_records(self) -> Vec<T> {
        self.records.into_iter().map(|(_, r)| r).collect()
    }
}

/// Reads and parses the file of records `T` under `dir`, with what it found wrong: nothing
/// if the file is unreadable or not an array, else every record that deserialised.
pub(super) fn parse_file<T: Record>(
    dir: &Path,
    origin: Origin<'_>,
) -> (Option<Parsed<T>>, Vec<Diagnostic>) {
    let mut sink = Sink::default();
    let file = dir.join(T::FILE);
    let parsed = match read_text(&file, origin) {
        Ok(text) => parse_text(file, text, &mut sink),
        Err(d) => {
            sink.add(d);
            None
        }
    };
    (parsed, sink.diagnostics)
}

/// Parses a fact file's text.
///
/// A valid file is parsed once into the records' raw spans (checking the syntax on the way),
/// and each record once from its span. A file with any problem is parsed again as a whole
/// ([`parse_slowly`]), which finds and places every problem.
fn parse_text<T: Record>(file: PathBuf, text: String, sink: &mut Sink) -> Option<Parsed<T>> {
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
            Err(_) => return parse_slowly(file, text, sink),
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
                return parse_slowly(file, text, sink);
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

/// [`parse_text`] for a text with a problem somewhere: parsed whole, to say what and where.
fn parse_slowly<T: Record>(file: PathBuf, text: String, sink: &mut Sink) -> Option<Parsed<T>> {
    let what = T::WHAT;
    let value: serde_json::Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            sink.add(Diagnostic::at(
                &file,
                e.line(),
                e.column(),
                String::new(),
                format!("invalid JSON: {}", serde_message(&e)),
            ));
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
            Err(e) => sink.add(record_error(&file, &text, start, index, what, &e)),
        }
    }
    Some(Parsed {
        file,
        text,
        records,
        ids,
    })
}

/// A record that did not deserialise, reported at its place in the file.
fn record_error(
    file: &Path,
    text: &str,
    start: usize,
    index: usize,
    what: &str,
    e: &serde_json::Error,
) -> Diagnostic {
    let (line0, col0) = line_col(text, start);
    let line = line0 + e.line().saturating_sub(1);
    let column = if e.line() <= 1 {
        col0 + e.column().saturating_sub(1)
    } else {
        e.column()
    };
    Diagnostic::at(
        file,
        line,
        column,
        pointer(&[Seg::Index(index)]),
        format!("{what} #{index}: {}", serde_message(e)),
    )
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
