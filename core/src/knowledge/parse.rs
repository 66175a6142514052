//! Parsing one fact file: JSON syntax first, then each record of the top-level array on its
//! own, so that one record of the wrong shape does not hide the next. A record that does not
//! deserialise is taken apart field by field ([`by_field`]): each broken, unknown or missing
//! field is reported at its own place, and the rest of the record is still checked. Every
//! problem becomes a diagnostic at its line and column.

use std::path::{Path, PathBuf};

use super::diagnostics::{Diagnostic, Severity, Sink};
use super::locate::{Seg, element_spans, key_end, line_col, path_at, pointer, span};
use super::read::{Origin, read_text};
use super::schema::Record;
// Ids come from curated fact files, not from members: FxHash, as rustc uses, is safe here
// and much faster than SipHash on a large reload.
use rustc_hash::{FxHashMap as FastMap, FxHashSet as FastSet};
use serde_json::{Map, Value};

/// One fact file's text and the records that deserialised, with their array index.
pub(super) struct Parsed<T> {
    pub(super) file: PathBuf,
    pub(super) text: String,
    pub(super) records: Vec<(usize, T)>,
    /// The ids of every record, also of those that did not deserialise: a reference to a
    /// record with a typo elsewhere is not dangling.
    pub(super) ids: FastSet<String>,
    /// The fields of each record that deserialised only in part (see [`by_field`]) that were
    /// broken or missing, by index: placeholders stand in for them, and the checks say nothing
    /// of them (their problem is reported already).
    pub(super) broken: FastMap<usize, Vec<String>>,
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
        broken: FastMap::default(),
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
                format!(
                    "invalid JSON: {}{}",
                    serde_message(&e),
                    typographic_hint(&text, e.line(), e.column())
                ),
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
    let mut broken = FastMap::default();
    // One pass for every record's span; line and column are only computed for a diagnostic.
    let spans = element_spans(&text);
    for (index, item) in items.iter().enumerate() {
        let path = [Seg::Index(index)];
        let (start, end) = spans
            .get(index)
            .copied()
            .unwrap_or_else(|| span(&text, &path));
        match serde_json::from_str::<T>(&text[start..end]) {
            Ok(record) => records.push((index, record)),
            Err(e) => {
                if let Some((record, fields)) =
                    by_field::<T>(&file, &text, (start, end), index, item, &e, sink)
                {
                    records.push((index, record));
                    broken.insert(index, fields);
                }
            }
        }
    }
    Some(Parsed {
        file,
        text,
        records,
        ids,
        broken,
    })
}

/// A record that did not deserialise, taken apart: each field deserialised on its own (beside
/// the other required fields' placeholders, [`Record::BLANK`]), so that each broken or unknown
/// field is reported at its own place and pointer, and each missing required field at the
/// record's end. Returns the record with placeholders for those fields, and their names, so
/// that its other fields are still checked; `None` if it is no object, or if every field is
/// fine on its own (a duplicate field), after reporting serde's error for the whole record.
fn by_field<T: Record>(
    file: &Path,
    text: &str,
    (start, end): (usize, usize),
    index: usize,
    item: &Value,
    whole: &serde_json::Error,
    sink: &mut Sink,
) -> Option<(T, Vec<String>)> {
    let what = T::WHAT;
    let Some(object) = item.as_object() else {
        sink.add(record_error(file, text, start, index, what, whole));
        return None;
    };
    let blank: Map<String, Value> = serde_json::from_str(T::BLANK).ok()?;
    let mut broken = Vec::new();
    let mut problems: Vec<Diagnostic> = Vec::new();
    // Unknown fields, and their problem: a misspelt field is also a missing one.
    let mut unknown: Vec<(&str, usize)> = Vec::new();
    for key in object.keys() {
        let (from, to) = span(text, &[Seg::Index(index), Seg::key(key)]);
        // The field first, from its own text (so that serde_json says where in it), then the
        // placeholders.
        let prefix = format!("{{{}:", Value::String(key.clone()));
        let mut alone = prefix.clone();
        alone.push_str(&text[from..to]);
        for (k, v) in blank.iter().filter(|(k, _)| *k != key) {
            alone.push_str(&format!(",{}:{v}", Value::String(k.clone())));
        }
        alone.push('}');
        let Err(e) = serde_json::from_str::<T>(&alone) else {
            continue;
        };
        broken.push(key.clone());
        // serde_json points just past the last byte it read: map that byte back to the file.
        let read = byte_offset(&alone, e.line(), e.column()).saturating_sub(1);
        let (offset, inner) = if read < prefix.len() {
            (key_end(text, from), Vec::new())
        } else {
            let offset = (from + read - prefix.len()).min(to.saturating_sub(1));
            (offset, path_at(text, from, offset))
        };
        let path = [&[Seg::Index(index), Seg::key(key)], inner.as_slice()].concat();
        let (line, column) = line_col(text, offset);
        if e.to_string().starts_with("unknown field") {
            unknown.push((key.as_str(), problems.len()));
        }
        problems.push(Diagnostic::at(
            file,
            line,
            column,
            pointer(&path),
            format!("{what} #{index}: {}", serde_message(&e)),
        ));
    }
    let mut missing = Vec::new();
    for key in blank.keys().filter(|k| !object.contains_key(*k)) {
        broken.push(key.clone());
        // One problem, not two: "unknown field `rol`; did you mean `role`?"
        if let Some(at) = unknown
            .iter()
            .position(|(typed, _)| strsim::osa_distance(typed, key) <= MISSPELT)
        {
            let (_, problem) = unknown.swap_remove(at);
            problems[problem]
                .message
                .push_str(&format!("; did you mean `{key}`?"));
        } else {
            missing.push(format!("`{key}`"));
        }
    }
    // Every missing field in one problem, at the record's end, as serde_json places one.
    if let Some(last) = missing.pop() {
        let (line, column) = line_col(text, end.saturating_sub(1));
        let fields = if missing.is_empty() {
            format!("field {last}")
        } else {
            format!("fields {} and {last}", missing.join(", "))
        };
        problems.push(Diagnostic::at(
            file,
            line,
            column,
            pointer(&[Seg::Index(index)]),
            format!("{what} #{index}: missing {fields}"),
        ));
    }
    if problems.is_empty() {
        sink.add(record_error(file, text, start, index, what, whole));
        return None;
    }
    sink.diagnostics.extend(problems);
    let mut record = blank;
    for (key, value) in object {
        if !broken.contains(key) {
            record.insert(key.clone(), value.clone());
        }
    }
    let record = serde_json::from_value(Value::Object(record)).ok()?;
    Some((record, broken))
}

/// At most this many edits turn an unknown field into a missing one it probably misspells.
const MISSPELT: usize = 2;

/// The byte offset of serde_json's 1-based line and 0-based byte column in `text`.
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        memchr::memchr_iter(b'\n', text.as_bytes())
            .nth(line - 2)
            .map_or(text.len(), |i| i + 1)
    };
    (line_start + column).min(text.len())
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
    match message {
        "recursion limit exceeded" => {
            format!("{message}: arrays and objects are nested more than 128 deep")
        }
        // What serde_json says of a `\uD800`-`\uDFFF` escape without its other half.
        "unexpected end of hex escape" | "lone leading surrogate in hex escape" => {
            "a lone UTF-16 surrogate (a \\uD800 to \\uDFFF escape without its pair) is not valid text: write the character itself, or both halves of its pair".to_string()
        }
        _ => message.to_string(),
    }
}

/// A hint when a typographic quote (“ ” ‘ ’) sits where serde_json stopped: an editor or a
/// word processor replaced the straight quotes JSON needs.
fn typographic_hint(text: &str, line: usize, column: usize) -> &'static str {
    let at = byte_offset(text, line, column);
    let window = &text.as_bytes()[at.saturating_sub(8)..(at + 8).min(text.len())];
    let typographic = ["\u{201c}", "\u{201d}", "\u{2018}", "\u{2019}"];
    if typographic
        .iter()
        .any(|q| memchr::memmem::find(window, q.as_bytes()).is_some())
    {
        "; typographic quotes (“ ” ‘ ’) are not JSON quotes: write keys and strings between straight double quotes (\")"
    } else {
        ""
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn message(json: &str) -> String {
        let e = serde_json::from_str::<serde_json::Value>(json).expect_err("invalid");
        format!(
            "{}{}",
            serde_message(&e),
            typographic_hint(json, e.line(), e.column())
        )
    }

    /// Issue 11, item 11: serde_json calls a lone surrogate "unexpected end of hex escape" or
    /// a "lone leading surrogate" (also of a trailing one), which says nothing to a curator.
    #[test]
    fn a_lone_surrogate_is_named() {
        for json in [r#"["\ud800"]"#, r#"["\udc00"]"#, r#"["\ud800\u0041"]"#] {
            assert!(
                message(json).starts_with("a lone UTF-16 surrogate"),
                "{json}: {}",
                message(json)
            );
        }
        // A pair is text.
        assert!(serde_json::from_str::<serde_json::Value>(r#"["\ud83d\ude00"]"#).is_ok());
    }

    #[test]
    fn typographic_quotes_get_a_hint_and_nothing_else_does() {
        assert!(message("[{“id”: 1}]").contains("typographic quotes"));
        assert!(message("[{\"id\": ‘a’}]").contains("typographic quotes"));
        assert_eq!(message("[{\"id\" 1}]"), "expected `:`");
    }
}
