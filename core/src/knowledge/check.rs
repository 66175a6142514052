//! The curator's rules, one function per kind of record: ids well formed and unique, text
//! fields present and within Discord's limits, keys meaningful and owned by one fact, every
//! reference resolving, every piece of evidence verbatim in its source, no date after its
//! source's own. Each fact file is checked on its own (the pipeline runs them side by side),
//! reporting into a sink of its own; what they need of the other files is in [`Refs`].

use std::collections::HashMap;
use std::path::{Component, Path};

use memchr::memmem;

use super::FactDate;
use super::diagnostics::{Diagnostic, Severity, Sink};
use super::locate::{Seg, line_col, span};
use super::parse::Parsed;
use super::read::{Origin, read_text};
use super::schema::{Event, Fact, Person, Quote, Record, Source};
use crate::limits;
use crate::text::{normalize, normalize_evidence};
// Ids and keys come from curated fact files, not from members: FxHash, as rustc uses, is safe
// here and much faster than SipHash on a large reload.
use rustc_hash::{FxHashMap as FastMap, FxHashSet as FastSet};

/// Each readable source's own date and its text, normalised for the verbatim checks, by id.
pub(super) type SourceTexts = HashMap<String, (FactDate, String)>;

/// What the fact checks need to know of the other files.
pub(super) struct Refs<'a> {
    /// The ids in `sources.json`; `None` if it did not parse, and then no fact's source is
    /// reported as unknown.
    pub(super) sources: Option<&'a FastSet<String>>,
    pub(super) source_texts: &'a SourceTexts,
    /// The ids in `people.json`, likewise.
    pub(super) people: Option<&'a FastSet<String>>,
}

/// Reports problems in one file, at the place a JSON path points to.
struct FileCheck<'p> {
    file: &'p Path,
    text: &'p str,
    sink: Sink,
}

impl<'p> FileCheck<'p> {
    fn new<T>(parsed: &'p Parsed<T>) -> Self {
        FileCheck {
            file: &parsed.file,
            text: &parsed.text,
            sink: Sink::default(),
        }
    }

    fn error(&mut self, path: &[Seg], message: String) {
        self.sink
            .push(Severity::Error, self.file, self.text, path, message);
    }

    fn warning(&mut self, path: &[Seg], message: String) {
        self.sink
            .push(Severity::Warning, self.file, self.text, path, message);
    }

    /// A required text field: not blank and within its limit.
    fn text_field(&mut self, index: usize, field: &str, value: &str, max: usize) {
        let path = [Seg::Index(index), Seg::key(field)];
        if value.trim().is_empty() {
            self.error(&path, format!("`{field}` is empty"));
        } else if value.chars().count() > max {
            self.error(
                &path,
                format!(
                    "`{field}` is {} characters long; Discord shows at most {max} here",
                    value.chars().count()
                ),
            );
        }
    }

    /// An optional text field: if present, as [`FileCheck::text_field`].
    fn optional_field(&mut self, index: usize, field: &str, value: Option<&str>, max: usize) {
        if let Some(value) = value {
            self.text_field(index, field, value, max);
        }
    }

    /// Checks ids for form and uniqueness within the file.
    fn ids<'r>(&mut self, ids: impl Iterator<Item = (usize, &'r str)>) {
        let mut seen: FastMap<&str, usize> = FastMap::default();
        for (index, id) in ids {
            let path = [Seg::Index(index), Seg::key("id")];
            if !is_valid_id(id) {
                self.error(
                    &path,
                    format!("id {id:?} must be lowercase letters, digits and single '-' (like \"william-hague\")"),
                );
            } else if id.len() > limits::FACT_ID_MAX {
                self.error(
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
                    &path,
                    format!("duplicate id {id:?}: record #{first} (line {line}) has it too"),
                );
            }
        }
    }
}

/// Checks `sources.json`: its records, and that each source's text can be read (from the same
/// origin as the fact files). Returns what it found and the texts that were read.
pub(super) fn sources(
    parsed: Option<&Parsed<Source>>,
    dir: &Path,
    origin: Origin<'_>,
) -> (SourceTexts, Vec<Diagnostic>) {
    let mut texts = SourceTexts::new();
    let Some(parsed) = parsed else {
        return (texts, Vec::new());
    };
    let mut fc = FileCheck::new(parsed);
    fc.ids(parsed.records.iter().map(|(i, s)| (*i, s.id.as_str())));
    for &(index, ref source) in &parsed.records {
        if let Some(text) = source_record(&mut fc, index, source, dir, origin) {
            texts.insert(source.id.clone(), (source.date, normalize_evidence(&text)));
        }
    }
    (texts, fc.sink.diagnostics)
}

/// One source's fields; its text, if its file is inside the directory and readable.
fn source_record(
    fc: &mut FileCheck<'_>,
    index: usize,
    source: &Source,
    dir: &Path,
    origin: Origin<'_>,
) -> Option<String> {
    fc.text_field(index, "outlet", &source.outlet, limits::FACT_TITLE_MAX);
    fc.text_field(index, "title", &source.title, limits::FACT_TITLE_MAX * 2);
    fc.optional_field(
        index,
        "date_note",
        source.date_note.as_deref(),
        limits::FACT_FIELD_MAX,
    );
    if let Some(url) = &source.url
        && !(url.starts_with("https://") || url.starts_with("http://"))
    {
        fc.error(
            &[Seg::Index(index), Seg::key("url")],
            format!("url {url:?} must start with https:// or http://"),
        );
    }
    let file_path = [Seg::Index(index), Seg::key("file")];
    let relative = Path::new(&source.file);
    let escapes = relative.is_absolute()
        || relative
            .components()
            .any(|c| !matches!(c, Component::Normal(_)));
    if escapes || source.file.trim().is_empty() {
        fc.error(
            &file_path,
            format!(
                "file {:?} must be a path inside the knowledge directory, like \"sources/name.txt\"",
                source.file
            ),
        );
        return None;
    }
    match read_text(&dir.join(relative), origin) {
        Ok(text) => Some(text),
        Err(d) => {
            fc.error(
                &file_path,
                format!("source file {:?}: {}", source.file, d.message),
            );
            None
        }
    }
}

/// Warns of every source that no fact cites.
pub(super) fn unused_sources(
    parsed: Option<&Parsed<Source>>,
    used: &FastSet<&str>,
) -> Vec<Diagnostic> {
    let Some(parsed) = parsed else {
        return Vec::new();
    };
    let mut fc = FileCheck::new(parsed);
    for (index, s) in &parsed.records {
        if !used.contains(s.id.as_str()) {
            fc.warning(
                &[Seg::Index(*index)],
                format!("source {:?} is not used by any fact", s.id),
            );
        }
    }
    fc.sink.diagnostics
}

/// What checking one fact file found.
pub(super) struct FileChecked<'p> {
    pub(super) diagnostics: Vec<Diagnostic>,
    /// The sources its facts cite.
    pub(super) used: FastSet<&'p str>,
    /// Its keys' normal forms, in the order of [`Fact::keys`], fact after fact (see
    /// [`KeyCheck`]): what [`FactBase::key_norms`](super::FactBase::key_norms) holds.
    pub(super) key_norms: Vec<Box<str>>,
}

/// The rules of one kind of fact, beyond those every record shares.
pub(super) trait Check: Fact {
    /// Checks one record, at `index` in its file.
    fn check<'p>(&'p self, c: &mut FactCheck<'p, '_>, index: usize);
}

/// Checks one fact file: its ids, then each record by the rules of its kind.
pub(super) fn facts<'p, T: Check>(
    parsed: Option<&'p Parsed<T>>,
    refs: &Refs<'_>,
) -> FileChecked<'p> {
    let Some(parsed) = parsed else {
        return FileChecked {
            diagnostics: Vec::new(),
            used: FastSet::default(),
            key_norms: Vec::new(),
        };
    };
    let mut c = FactCheck {
        fc: FileCheck::new(parsed),
        keys: KeyCheck::default(),
        used: FastSet::default(),
        refs,
    };
    c.fc.ids(parsed.records.iter().map(|(i, r)| (*i, r.id())));
    for (index, record) in &parsed.records {
        record.check(&mut c, *index);
    }
    FileChecked {
        diagnostics: c.fc.sink.diagnostics,
        used: c.used,
        key_norms: c.keys.norms,
    }
}

/// The state of checking one fact file.
pub(super) struct FactCheck<'p, 'r> {
    fc: FileCheck<'p>,
    keys: KeyCheck<'p>,
    used: FastSet<&'p str>,
    refs: &'r Refs<'r>,
}

impl<'p> FactCheck<'p, '_> {
    /// A reference to a person or organisation, at `path`.
    fn person_ref(&mut self, path: &[Seg], id: &str) {
        if self.refs.people.is_some_and(|ids| !ids.contains(id)) {
            self.fc
                .error(path, format!("{id:?} is not an id in {}", Person::FILE));
        }
    }

    /// A fact's source, the `verbatim` fields that must be found in its text, and a date that
    /// cannot be after the source's own.
    fn sourced(
        &mut self,
        index: usize,
        source: &'p str,
        verbatim: &[(&str, &str)],
        date: Option<FactDate>,
    ) {
        self.used.insert(source);
        let fc = &mut self.fc;
        match self.refs.sources {
            Some(ids) if ids.contains(source) => {}
            Some(_) => {
                fc.error(
                    &[Seg::Index(index), Seg::key("source")],
                    format!("source {source:?} is not an id in {}", Source::FILE),
                );
                return;
            }
            None => return,
        }
        let Some((source_date, source_text)) = self.refs.source_texts.get(source) else {
            return; // the source itself is broken, and reported
        };
        for (field, text) in verbatim {
            let path = [Seg::Index(index), Seg::key(field)];
            if text.trim().is_empty() {
                fc.error(&path, format!("`{field}` is empty"));
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
                    &[Seg::Index(index), Seg::key("date")],
                    format!(
                        "date {date} is after its source's own date ({source_date}): impossible"
                    ),
                );
            }
        }
    }
}

impl Check for Event {
    fn check<'p>(&'p self, c: &mut FactCheck<'p, '_>, index: usize) {
        c.keys
            .curated(&mut c.fc, (index, &self.id), &self.keys, Self::WHAT);
        c.fc.text_field(index, "title", &self.title, limits::FACT_TITLE_MAX);
        c.fc.text_field(index, "summary", &self.summary, limits::FACT_FIELD_MAX);
        c.fc.text_field(index, "evidence", &self.evidence, limits::FACT_FIELD_MAX);
        c.fc.optional_field(index, "note", self.note.as_deref(), limits::FACT_FIELD_MAX);
        for (w, who) in self.who.iter().enumerate() {
            c.person_ref(&[Seg::Index(index), Seg::key("who"), Seg::Index(w)], who);
        }
        c.sourced(
            index,
            &self.source,
            &[("evidence", &self.evidence)],
            Some(self.date),
        );
    }
}

impl Check for Person {
    fn check<'p>(&'p self, c: &mut FactCheck<'p, '_>, index: usize) {
        let fact = (index, self.id.as_str());
        c.fc.text_field(index, "name", &self.name, limits::FACT_TITLE_MAX);
        if !self.name.trim().is_empty() {
            c.keys.check(&mut c.fc, fact, ("name", None), &self.name);
        } else {
            c.keys.skip();
        }
        for (k, alias) in self.aliases.iter().enumerate() {
            c.keys.check(&mut c.fc, fact, ("aliases", Some(k)), alias);
        }
        for (k, key) in self.keys.iter().enumerate() {
            c.keys.check(&mut c.fc, fact, ("keys", Some(k)), key);
        }
        c.fc.text_field(index, "role", &self.role, limits::FACT_FIELD_MAX);
        c.fc.optional_field(
            index,
            "summary",
            self.summary.as_deref(),
            limits::FACT_FIELD_MAX,
        );
        c.fc.text_field(index, "evidence", &self.evidence, limits::FACT_FIELD_MAX);
        c.fc.optional_field(index, "note", self.note.as_deref(), limits::FACT_FIELD_MAX);
        c.sourced(index, &self.source, &[("evidence", &self.evidence)], None);
    }
}

impl Check for Quote {
    fn check<'p>(&'p self, c: &mut FactCheck<'p, '_>, index: usize) {
        c.keys
            .curated(&mut c.fc, (index, &self.id), &self.keys, Self::WHAT);
        c.fc.text_field(index, "title", &self.title, limits::FACT_TITLE_MAX);
        c.fc.text_field(index, "text", &self.text, limits::FACT_QUOTE_MAX);
        c.fc.text_field(index, "evidence", &self.evidence, limits::FACT_FIELD_MAX);
        c.fc.optional_field(
            index,
            "context",
            self.context.as_deref(),
            limits::FACT_FIELD_MAX,
        );
        c.fc.optional_field(index, "note", self.note.as_deref(), limits::FACT_FIELD_MAX);
        c.person_ref(&[Seg::Index(index), Seg::key("speaker")], &self.speaker);
        c.sourced(
            index,
            &self.source,
            &[("text", &self.text), ("evidence", &self.evidence)],
            self.date,
        );
    }
}

/// Key checks for one command: each key present, short enough, meaningful after
/// normalising, and not shared with another fact of the same command.
#[derive(Default)]
struct KeyCheck<'a> {
    /// Normalised key -> the id of the fact that has it.
    owners: FastMap<String, &'a str>,
    /// Every checked key's normal form, in the order checked (empty for a key with none),
    /// so that the index need not normalise them again.
    norms: Vec<Box<str>>,
}

impl<'a> KeyCheck<'a> {
    /// Checks the curated `keys` of record `index` (an event or a quote, `what`): at least one.
    fn curated(
        &mut self,
        fc: &mut FileCheck<'_>,
        (index, id): (usize, &'a str),
        keys: &[String],
        what: &str,
    ) {
        if keys.is_empty() {
            fc.error(
                &[Seg::Index(index), Seg::key("keys")],
                format!("`keys` lists no key: no query could find this {what}"),
            );
        }
        for (k, key) in keys.iter().enumerate() {
            self.check(fc, (index, id), ("keys", Some(k)), key);
        }
    }

    /// Notes a key that is not checked (it is reported otherwise), to keep the order.
    fn skip(&mut self) {
        self.norms.push(Box::from(""));
    }

    /// Checks `key`, found at `field` (and position `at` in it) of record `index`, whose id is `id`.
    fn check(
        &mut self,
        fc: &mut FileCheck<'_>,
        (index, id): (usize, &'a str),
        (field, at): (&str, Option<usize>),
        key: &str,
    ) {
        let mut path = vec![Seg::Index(index), Seg::key(field)];
        if let Some(i) = at {
            path.push(Seg::Index(i));
        }
        if key.trim().is_empty() {
            fc.error(&path, format!("an empty `{field}` entry"));
            self.skip();
            return;
        }
        if key.chars().count() > limits::FACT_KEY_MAX {
            fc.error(
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
