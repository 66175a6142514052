//! The curator's rules, one function per kind of record: ids well formed and unique, text
//! fields present and within Discord's limits, keys meaningful and owned by one fact, every
//! reference resolving, every piece of evidence verbatim in its source, no date after its
//! source's own. Each fact file is checked on its own (the pipeline runs them side by side),
//! reporting into a sink of its own; what they need of the other files is in [`Refs`].

use std::collections::HashMap;
use std::path::{Component, Path};

use memchr::memmem;

use super::FactDate;
use super::date::today;
use super::diagnostics::{Diagnostic, Severity, Sink};
use super::locate::{Seg, line_col, span};
use super::parse::Parsed;
use super::read::{Origin, read_text};
use super::schema::{Attested, Event, Fact, Person, Provenance, Quote, Record, Source};
use crate::limits;
use crate::text::{normalize, normalize_evidence};
// Ids and keys come from curated fact files, not from members: FxHash, as rustc uses, is safe
// here and much faster than SipHash on a large reload.
use rustc_hash::{FxHashMap as FastMap, FxHashSet as FastSet};

/// Each readable source's own date (`None` if it is broken, and reported) and its text,
/// normalised for the verbatim checks, by id.
pub(super) type SourceTexts = HashMap<String, (Option<FactDate>, String)>;

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
    /// The broken fields of records that deserialised in part ([`Parsed::broken`]).
    broken: &'p FastMap<usize, Vec<String>>,
    sink: Sink,
}

/// The fields a fact's attestations are written in: a record-level problem with them (none
/// given) says nothing when one of them was broken, and is reported as such.
const PROVENANCE_FIELDS: [&str; 3] = ["source", "evidence", "attestations"];

impl<'p> FileCheck<'p> {
    fn new<T>(parsed: &'p Parsed<T>) -> Self {
        FileCheck {
            file: &parsed.file,
            text: &parsed.text,
            broken: &parsed.broken,
            sink: Sink::default(),
        }
    }

    /// Whether `path` leads into a field that did not deserialise (reported already), so
    /// that what its placeholder would say is noise.
    fn hidden(&self, path: &[Seg]) -> bool {
        let [Seg::Index(index), rest @ ..] = path else {
            return false;
        };
        let Some(fields) = self.broken.get(index) else {
            return false;
        };
        match rest.first() {
            Some(Seg::Key(field)) => fields.contains(field),
            Some(Seg::Index(_)) => false,
            None => fields
                .iter()
                .any(|f| PROVENANCE_FIELDS.contains(&f.as_str())),
        }
    }

    fn error(&mut self, path: &[Seg], message: String) {
        if !self.hidden(path) {
            self.sink
                .push(Severity::Error, self.file, self.text, path, message);
        }
    }

    fn warning(&mut self, path: &[Seg], message: String) {
        if !self.hidden(path) {
            self.sink
                .push(Severity::Warning, self.file, self.text, path, message);
        }
    }

    /// A required text field: not blank and within its limit.
    fn text_field(&mut self, index: usize, field: &str, value: &str, max: usize) {
        if let Some(problem) = text_problem(field, value, max) {
            self.error(&[Seg::Index(index), Seg::key(field)], problem);
        }
    }

    /// [`FileCheck::text_field`] for the field `field` at `path`, however deep.
    fn text_at(&mut self, path: &[Seg], field: &str, value: &str, max: usize) {
        if let Some(problem) = text_problem(field, value, max) {
            self.error(path, problem);
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

/// What is wrong with a required text field, if anything: blank, a control character in it
/// (see [`control_problem`]; a line break is allowed in the long texts, of up to
/// [`limits::FACT_FIELD_MAX`] characters or more), or longer than `max`.
fn text_problem(field: &str, value: &str, max: usize) -> Option<String> {
    if value.trim().is_empty() {
        Some(format!("`{field}` is empty"))
    } else if let Some(problem) = control_problem(field, value, max >= limits::FACT_FIELD_MAX) {
        Some(problem)
    } else if value.len() > max && value.chars().count() > max {
        Some(format!(
            "`{field}` is {} characters long; Discord shows at most {max} here",
            value.chars().count()
        ))
    } else {
        None
    }
}

/// A control character in a text field, if any: NUL, a tab, an escape sequence, U+0080 to
/// U+009F... are invisible or garble what Discord and the terminal show, and none belongs in
/// a fact. A line break (`\n`) is allowed where `lines` (paragraphs of a quotation).
fn control_problem(field: &str, value: &str, lines: bool) -> Option<String> {
    // The bytes that can start a control character: most texts have none. Without branches,
    // so that it vectorises (every text of a 100k-fact base passes here).
    let suspect = value.bytes().fold(0u8, |found, b| {
        found | u8::from(b < 0x20) | u8::from(b == 0x7f) | u8::from(b == 0xc2)
    });
    if suspect == 0 {
        return None;
    }
    let (at, c) = value
        .chars()
        .enumerate()
        .find(|&(_, c)| c.is_control() && !(lines && c == '\n'))?;
    let name = match c {
        '\0' => " (NUL)",
        '\t' => " (a tab)",
        '\n' => " (a line break, allowed only in long texts)",
        '\r' => " (a carriage return)",
        '\u{1b}' => " (escape)",
        _ => "",
    };
    Some(format!(
        "`{field}` holds the control character U+{:04X}{name} at character {}: remove it",
        u32::from(c),
        at + 1
    ))
}

/// Evidence shorter than this many words, or with fewer letters and digits than
/// [`EVIDENCE_MIN_CHARS`], cannot show that a document supports a fact: one letter is
/// verbatim in any document. The shortest shipped evidence is a name ("Brian Eno").
const EVIDENCE_MIN_WORDS: usize = 2;
const EVIDENCE_MIN_CHARS: usize = 8;

/// Whether `evidence` is too short to support a fact (see [`EVIDENCE_MIN_WORDS`]).
fn evidence_too_short(evidence: &str) -> Option<String> {
    // Counted only as far as needed: most evidence is a sentence or more.
    let (mut words, mut chars) = (0, 0);
    for word in evidence.split_whitespace() {
        let n = word.chars().filter(|c| c.is_alphanumeric()).count();
        if n > 0 {
            words += 1;
            chars += n;
        }
        if words >= EVIDENCE_MIN_WORDS && chars >= EVIDENCE_MIN_CHARS {
            return None;
        }
    }
    Some(format!(
        "`evidence` {:?} is too short to show the document supports the fact: copy at least {EVIDENCE_MIN_WORDS} words and {EVIDENCE_MIN_CHARS} letters or digits of the passage that says it",
        preview(evidence)
    ))
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
            let date = Some(source.date).filter(|_| !fc.hidden(&date_path(index)));
            texts.insert(source.id.clone(), (date, normalize_evidence(&text)));
        }
    }
    (texts, fc.sink.diagnostics)
}

fn date_path(index: usize) -> [Seg; 2] {
    [Seg::Index(index), Seg::key("date")]
}

/// One source's fields; its text, if its file is inside the directory and readable.
fn source_record(
    fc: &mut FileCheck<'_>,
    index: usize,
    source: &Source,
    dir: &Path,
    origin: Origin<'_>,
) -> Option<String> {
    // A day's grace: the document's time zone may be ahead of UTC.
    if source.date.first_day() > today() + 1 {
        fc.error(
            &date_path(index),
            format!(
                "date {} is in the future: a source is dated when it was published, updated or last modified",
                source.date
            ),
        );
    }
    fc.text_field(index, "outlet", &source.outlet, limits::FACT_TITLE_MAX);
    fc.text_field(index, "title", &source.title, limits::FACT_TITLE_MAX * 2);
    fc.optional_field(
        index,
        "date_note",
        source.date_note.as_deref(),
        limits::FACT_FIELD_MAX,
    );
    if let Some(problem) = source
        .url
        .as_deref()
        .and_then(|url| control_problem("url", url, false))
    {
        fc.error(&[Seg::Index(index), Seg::key("url")], problem);
    } else if let Some(url) = &source.url
        && !(url.starts_with("https://") || url.starts_with("http://"))
    {
        fc.error(
            &[Seg::Index(index), Seg::key("url")],
            format!("url {url:?} must start with https:// or http://"),
        );
    }
    let file_path = [Seg::Index(index), Seg::key("file")];
    if let Some(problem) = control_problem("file", &source.file, false) {
        fc.error(&file_path, problem);
        return None;
    }
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

    /// Whether two facts of this kind citing the same passage are probably one: true of
    /// events; a person is often named beside another, a quotation's attribution ("Hague
    /// said") serves several.
    const ONE_FACT_PER_EVIDENCE: bool = false;

    /// The people it is about, for finding duplicates: who took part, who spoke.
    fn people(&self) -> &[String] {
        &[]
    }

    /// Its date, if it has one.
    fn when(&self) -> Option<FactDate> {
        None
    }

    /// A quotation's text: two quotes are the same when their texts are.
    fn quoted(&self) -> Option<&str> {
        None
    }
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
        current: 0,
        key_ranges: Vec::with_capacity(parsed.records.len()),
        one_fact_per_evidence: T::ONE_FACT_PER_EVIDENCE,
        evidence: FastMap::default(),
        same_evidence: Vec::new(),
    };
    c.fc.ids(parsed.records.iter().map(|(i, r)| (*i, r.id())));
    former_ids(&mut c.fc, parsed);
    for (n, (index, record)) in parsed.records.iter().enumerate() {
        let start = c.keys.norms.len();
        c.current = n;
        record.check(&mut c, *index);
        c.key_ranges.push((start, c.keys.norms.len()));
    }
    duplicates(&mut c, parsed);
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
    /// The record being checked, by its place in `records`.
    current: usize,
    /// Each record's keys in `keys.norms`, by its place in `records`.
    key_ranges: Vec<(usize, usize)>,
    /// Whether two facts citing the same passage are probably one ([`Check::ONE_FACT_PER_EVIDENCE`]).
    one_fact_per_evidence: bool,
    /// A hash of each (source, normalised evidence) cited, and the first record citing it.
    evidence: FastMap<u64, usize>,
    /// Records citing a passage an earlier record cites: (earlier, later).
    same_evidence: Vec<(usize, usize)>,
}

impl<'p> FactCheck<'p, '_> {
    /// A reference to a person or organisation, at `path`.
    fn person_ref(&mut self, path: &[Seg], id: &str) {
        if self.refs.people.is_some_and(|ids| !ids.contains(id)) {
            self.fc
                .error(path, format!("{id:?} is not an id in {}", Person::FILE));
        }
    }

    /// A fact's attestations, each a source with evidence verbatim in it and the value it
    /// gives; which one is preferred; and the corrections made to the fact.
    fn attested(&mut self, index: usize, prov: Provenance<'p>, shown: Shown<'_>) {
        let record = [Seg::Index(index)];
        let list = [Seg::Index(index), Seg::key("attestations")];
        if !prov.attestations.is_empty() && (prov.source.is_some() || prov.evidence.is_some()) {
            self.fc.error(
                &list,
                "give either `source` and `evidence` (one source) or `attestations`, not both"
                    .to_string(),
            );
        } else if prov.attestations.is_empty() {
            let missing = match (prov.source, prov.evidence) {
                (None, None) => Some("`source` and `evidence` are"),
                (None, Some(_)) => Some("`source` is"),
                (Some(_), None) => Some("`evidence` is"),
                (Some(_), Some(_)) => None,
            };
            if let Some(missing) = missing {
                self.fc.error(
                    &record,
                    format!(
                        "{} #{index}: {missing} missing: every fact needs a source document and evidence from it (or `attestations`)",
                        shown.what
                    ),
                );
            }
        }
        let attested = prov.attested();
        let mut preferred: Option<usize> = None;
        for a in &attested {
            self.attestation(index, a, &shown);
            if let (Some(at), Some(_)) = (a.at, a.reason) {
                match preferred {
                    None => preferred = Some(at),
                    Some(first) => self.fc.error(
                        &[list.as_slice(), &[Seg::Index(at), Seg::key("preferred")]].concat(),
                        format!(
                            "only one attestation may be `preferred`: attestation #{first} already is"
                        ),
                    ),
                }
            }
        }
        if attested.len() > 1 && preferred.is_none() {
            self.fc.error(
                &list,
                format!(
                    "{} attestations, but none is marked `preferred` (with the reason its value is the one shown)",
                    attested.len()
                ),
            );
        }
        if let Some(pref) = attested.iter().find(|a| a.preferred) {
            self.preferred_value(index, pref, &shown);
        }
        self.corrections(index, prov);
    }

    /// One attestation: its source, its evidence and its value.
    fn attestation(&mut self, index: usize, a: &Attested<'p>, shown: &Shown<'_>) {
        // Paths are only built for a problem: most facts have none, and a path allocates.
        let at = |field: &str| match a.at {
            None => vec![Seg::Index(index), Seg::key(field)],
            Some(k) => vec![
                Seg::Index(index),
                Seg::key("attestations"),
                Seg::Index(k),
                Seg::key(field),
            ],
        };
        // A value the attestation does not give is the fact's own, found at the record's field.
        let own_or_fact = |own: bool, field: &str| {
            if own {
                at(field)
            } else {
                vec![Seg::Index(index), Seg::key(field)]
            }
        };
        if let Some(problem) = text_problem("evidence", a.evidence, limits::FACT_FIELD_MAX)
            .or_else(|| evidence_too_short(a.evidence))
        {
            self.fc.error(&at("evidence"), problem);
        }
        if let Some(reason) = a.reason {
            if reason.trim().is_empty() {
                self.fc.error(
                    &at("preferred"),
                    "`preferred` is empty: say why this attestation's value is the one shown"
                        .to_string(),
                );
            } else if let Some(problem) = control_problem("preferred", reason, true) {
                self.fc.error(&at("preferred"), problem);
            }
        }
        if let Some(problem) = a
            .as_written
            .and_then(|words| control_problem("as_written", words, false))
        {
            self.fc.error(&at("as_written"), problem);
        }
        if let Some(problem) = a.text.and_then(|t| control_problem("text", t, true)) {
            self.fc.error(&at("text"), problem);
        }
        if a.date.is_some() && !shown.dated {
            self.fc.error(
                &at("date"),
                format!("a {}'s attestation gives no `date`", shown.what),
            );
        }
        if a.text.is_some() && shown.text.is_none() {
            self.fc.error(
                &at("text"),
                "only a quote's attestation gives a `text` (a wording)".to_string(),
            );
        }
        if let Some(words) = a.as_written
            && (words.trim().is_empty()
                || memmem::find(
                    normalize_evidence(a.evidence).as_bytes(),
                    normalize_evidence(words).as_bytes(),
                )
                .is_none())
        {
            self.fc.error(
                &at("as_written"),
                format!(
                    "`as_written` {:?} is not in this attestation's `evidence`",
                    preview(words)
                ),
            );
        }
        let source = a.source;
        self.used.insert(source);
        match self.refs.sources {
            Some(ids) if ids.contains(source) => {}
            Some(_) => {
                self.fc.error(
                    &at("source"),
                    format!("source {source:?} is not an id in {}", Source::FILE),
                );
                return;
            }
            None => return,
        }
        let Some((source_date, source_text)) = self.refs.source_texts.get(source) else {
            return; // the source itself is broken, and reported
        };
        let text = a.text.or(shown.text);
        let verbatim = text
            .map(|t| (a.text.is_some(), "text", t))
            .into_iter()
            .chain(std::iter::once((true, "evidence", a.evidence)));
        for (own, field, text) in verbatim {
            if text.trim().is_empty() {
                self.fc
                    .error(&own_or_fact(own, field), format!("`{field}` is empty"));
                continue;
            }
            let needle = normalize_evidence(text);
            if field == "evidence" && self.one_fact_per_evidence {
                let hash = fx_hash((source, needle.as_str()));
                let first = *self.evidence.entry(hash).or_insert(self.current);
                if first != self.current {
                    self.same_evidence.push((first, self.current));
                }
            }
            // A quotation may leave words out where its text says " … ": each part is
            // verbatim, in the order the source has them.
            let missing = if field == "text" {
                first_part_missing(&needle, source_text)
            } else {
                memmem::find(source_text.as_bytes(), needle.as_bytes())
                    .is_none()
                    .then_some((needle.as_str(), false))
            };
            if let Some((part, earlier)) = missing {
                let what = if part.len() == needle.len() {
                    format!("{:?}", preview(text))
                } else {
                    format!("part {:?}", preview(part))
                };
                let message = if earlier {
                    format!(
                        "`{field}` {what} comes before the part ahead of it in source \
                         {source:?}: the parts of a quotation (separated by {QUOTE_GAP:?}) \
                         follow the source's order"
                    )
                } else {
                    let prefix = matching_prefix(part, source_text);
                    let hint = if prefix.is_empty() {
                        "not even its first word matches".to_string()
                    } else {
                        format!(
                            "it matches up to {:?}, then differs",
                            limits::trim_text(prefix, 80)
                        )
                    };
                    format!("`{field}` {what} is not verbatim in source {source:?}: {hint}")
                };
                self.fc.error(&own_or_fact(own, field), message);
            }
        }
        if let Some(date) = a.date.or(shown.date) {
            let latest = match date {
                FactDate::Point(p) | FactDate::Range(_, p) => p.first_day(),
            };
            if let Some(source_date) = source_date
                && latest > source_date.last_day()
            {
                self.fc.error(
                    &own_or_fact(a.date.is_some(), "date"),
                    format!(
                        "date {date} is after its source's own date ({source_date}): impossible"
                    ),
                );
            }
        }
    }

    /// The fact shows its preferred attestation's value: its `date` and `text` must be it.
    fn preferred_value(&mut self, index: usize, pref: &Attested<'p>, shown: &Shown<'_>) {
        let from = match pref.at {
            Some(k) => format!("attestation #{k}, {}", pref.source),
            None => pref.source.to_string(),
        };
        if let Some(date) = pref.date
            && shown.dated
            && shown.date != Some(date)
        {
            let fact = shown
                .date
                .map_or_else(|| "no date".to_string(), |d| d.to_string());
            self.fc.error(
                &[Seg::Index(index), Seg::key("date")],
                format!(
                    "the {} shows {fact}, but its preferred attestation ({from}) gives {date}: the date shown must be the preferred one",
                    shown.what
                ),
            );
        }
        if let (Some(text), Some(fact)) = (pref.text, shown.text)
            && normalize_evidence(text) != normalize_evidence(fact)
        {
            self.fc.error(
                &[Seg::Index(index), Seg::key("text")],
                format!(
                    "`text` {:?} is not the wording of the preferred attestation ({from}): {:?}",
                    preview(fact),
                    preview(text)
                ),
            );
        }
    }

    /// Corrections: each dated by its day, saying what changed and why, in the order made.
    fn corrections(&mut self, index: usize, prov: Provenance<'p>) {
        let mut last: Option<FactDate> = None;
        for (k, correction) in prov.corrections.iter().enumerate() {
            let at = |field: &str| {
                [
                    Seg::Index(index),
                    Seg::key("corrections"),
                    Seg::Index(k),
                    Seg::key(field),
                ]
            };
            let date = correction.date;
            if date.precision() != "day" {
                self.fc.error(
                    &at("date"),
                    format!("a correction is dated by its day (YYYY-MM-DD), not {date}"),
                );
            } else if let Some(before) = last
                && date.first_day() < before.first_day()
            {
                self.fc.error(
                    &at("date"),
                    format!(
                        "corrections are append-only: this one ({date}) is dated before the one above it ({before}); add new corrections at the end"
                    ),
                );
            }
            if date.precision() == "day" {
                last = Some(date);
            }
            self.fc.text_at(
                &at("change"),
                "change",
                &correction.change,
                limits::FACT_FIELD_MAX,
            );
            self.fc.text_at(
                &at("reason"),
                "reason",
                &correction.reason,
                limits::FACT_FIELD_MAX,
            );
        }
    }
}

impl Check for Event {
    const ONE_FACT_PER_EVIDENCE: bool = true;

    fn people(&self) -> &[String] {
        &self.who
    }

    fn when(&self) -> Option<FactDate> {
        Some(self.date)
    }

    fn check<'p>(&'p self, c: &mut FactCheck<'p, '_>, index: usize) {
        c.keys
            .curated(&mut c.fc, (index, &self.id), &self.keys, Self::WHAT);
        c.fc.text_field(index, "title", &self.title, limits::FACT_TITLE_MAX);
        c.fc.text_field(index, "summary", &self.summary, limits::FACT_FIELD_MAX);
        c.fc.optional_field(index, "note", self.note.as_deref(), limits::FACT_FIELD_MAX);
        for (w, who) in self.who.iter().enumerate() {
            c.person_ref(&[Seg::Index(index), Seg::key("who"), Seg::Index(w)], who);
        }
        c.attested(
            index,
            self.provenance(),
            Shown {
                what: Self::WHAT,
                date: Some(self.date),
                dated: true,
                text: None,
            },
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
        c.fc.optional_field(index, "note", self.note.as_deref(), limits::FACT_FIELD_MAX);
        c.attested(
            index,
            self.provenance(),
            Shown {
                what: Self::WHAT,
                date: None,
                dated: false,
                text: None,
            },
        );
    }
}

impl Check for Quote {
    fn people(&self) -> &[String] {
        std::slice::from_ref(&self.speaker)
    }

    fn when(&self) -> Option<FactDate> {
        self.date
    }

    fn quoted(&self) -> Option<&str> {
        Some(&self.text)
    }

    fn check<'p>(&'p self, c: &mut FactCheck<'p, '_>, index: usize) {
        c.keys
            .curated(&mut c.fc, (index, &self.id), &self.keys, Self::WHAT);
        c.fc.text_field(index, "title", &self.title, limits::FACT_TITLE_MAX);
        c.fc.text_field(index, "text", &self.text, limits::FACT_QUOTE_MAX);
        c.fc.optional_field(
            index,
            "context",
            self.context.as_deref(),
            limits::FACT_FIELD_MAX,
        );
        c.fc.optional_field(index, "note", self.note.as_deref(), limits::FACT_FIELD_MAX);
        c.person_ref(&[Seg::Index(index), Seg::key("speaker")], &self.speaker);
        for (n, co) in self.co_speakers.iter().enumerate() {
            let path = [Seg::Index(index), Seg::key("co_speakers"), Seg::Index(n)];
            c.person_ref(&path, co);
            if *co == self.speaker || self.co_speakers[..n].contains(co) {
                c.fc.error(&path, format!("{co:?} is named twice as a speaker"));
            }
        }
        c.attested(
            index,
            self.provenance(),
            Shown {
                what: Self::WHAT,
                date: self.date,
                dated: true,
                text: Some(&self.text),
            },
        );
    }
}

/// What a kind of fact shows of the values its attestations give.
pub(super) struct Shown<'a> {
    /// The kind, for messages.
    what: &'static str,
    /// The fact's date, if it has one.
    date: Option<FactDate>,
    /// Whether the kind is dated, so that an attestation may give a date.
    dated: bool,
    /// A quote's text, verbatim in every source that attests it.
    text: Option<&'a str>,
}

fn fx_hash(value: impl std::hash::Hash) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(value)
}

/// The ids facts had before they were merged: well formed, and none the id or former id of
/// another fact, so that an old id finds one fact.
fn former_ids<T: Fact>(fc: &mut FileCheck<'_>, parsed: &Parsed<T>) {
    let mut seen: FastMap<&str, &str> = FastMap::default();
    for (index, record) in &parsed.records {
        for (k, former) in record.provenance().former_ids.iter().enumerate() {
            let path = [Seg::Index(*index), Seg::key("former_ids"), Seg::Index(k)];
            if !is_valid_id(former) {
                fc.error(
                    &path,
                    format!(
                        "former id {former:?} must be lowercase letters, digits and single '-'"
                    ),
                );
            } else if parsed.ids.contains(former.as_str()) {
                fc.error(
                    &path,
                    format!(
                        "former id {former:?} is an id in {}: an old id must lead to one fact",
                        T::FILE
                    ),
                );
            } else if let Some(other) = seen.insert(former, record.id()) {
                fc.error(
                    &path,
                    format!("former id {former:?} is also a former id of {other:?}"),
                );
            }
        }
    }
}

/// At most this many later facts sharing a person are compared with each fact, so that one
/// person in thousands of facts costs no more than linear time.
const DUPLICATE_WINDOW: usize = 64;

/// Warns of probable duplicates: two events that cite the same evidence, or two facts that
/// share a person, fall on overlapping dates (a day apart counts), and say the same thing (for
/// quotes, one text's words within the other's; for events, half the key words of one among
/// the other's).
fn duplicates<T: Check>(c: &mut FactCheck<'_, '_>, parsed: &Parsed<T>) {
    let records = &parsed.records;
    let mut found: FastSet<(usize, usize)> = FastSet::default();
    // The same passage cited as the evidence of two facts.
    found.extend(c.same_evidence.iter().copied());
    // Facts sharing a person, by date: one sorted list of (person, start, fact), so that the
    // facts of one person are neighbours. Persons are compared by hash first, by name after.
    let start = |n: usize| records[n].1.when().map_or(i64::MIN, |d| d.first_day());
    let end = |n: usize| records[n].1.when().map_or(i64::MAX, |d| d.last_day());
    // A record that deserialised in part may have a placeholder for its date or people.
    let mut by_person: Vec<(u64, i64, usize, &str)> = records
        .iter()
        .enumerate()
        .filter(|(_, (index, _))| !parsed.broken.contains_key(index))
        .flat_map(|(n, (_, record))| {
            record
                .people()
                .iter()
                .map(move |p| (fx_hash(p.as_str()), start(n), n, p.as_str()))
        })
        .collect();
    by_person.sort_unstable_by_key(|&(hash, start, n, _)| (hash, start, n));
    let mut words: FastMap<usize, Vec<String>> = FastMap::default();
    for (i, &(hash, _, a, person)) in by_person.iter().enumerate() {
        let same_person = by_person[i + 1..]
            .iter()
            .take_while(|&&(h, ..)| h == hash)
            .filter(|&&(.., p)| p == person)
            .take(DUPLICATE_WINDOW);
        for &(_, b_start, b, _) in same_person {
            if b_start > end(a).saturating_add(1) {
                break;
            }
            let pair = (a.min(b), a.max(b));
            if a == b || found.contains(&pair) {
                continue;
            }
            let wa = words
                .entry(a)
                .or_insert_with(|| said_words(c, records, a))
                .clone();
            let wb = words.entry(b).or_insert_with(|| said_words(c, records, b));
            if same_words(&wa, wb, records[a].1.quoted().is_some()) {
                found.insert(pair);
            }
        }
    }
    let mut found: Vec<(usize, usize)> = found.into_iter().collect();
    found.sort_unstable();
    for (a, b) in found {
        let (first, first_record) = (&records[a].0, &records[a].1);
        let (line, _) = line_col(c.fc.text, span(c.fc.text, &[Seg::Index(*first)]).0);
        c.fc.warning(
            &[Seg::Index(records[b].0), Seg::key("id")],
            format!(
                "probably the same {what} as {:?} (line {line}): one {what} with several attestations (see knowledge/README.md) answers better than two",
                first_record.id(),
                what = T::WHAT
            ),
        );
    }
}

/// The words that say what a fact is: a quotation's text, else the words of its keys.
fn said_words<T: Check>(c: &FactCheck<'_, '_>, records: &[(usize, T)], n: usize) -> Vec<String> {
    let mut words: Vec<String> = match records[n].1.quoted() {
        Some(text) => normalize(text).split(' ').map(str::to_string).collect(),
        None => {
            let (from, to) = c.key_ranges.get(n).copied().unwrap_or_default();
            c.keys.norms[from..to]
                .iter()
                .flat_map(|k| k.split(' '))
                .map(str::to_string)
                .collect()
        }
    };
    words.retain(|w| !w.is_empty());
    words.sort_unstable();
    words.dedup();
    words
}

/// Whether two sets of words say the same: at least two shared, and half of the smaller set
/// (four fifths, for quotations).
fn same_words(a: &[String], b: &[String], quoted: bool) -> bool {
    let shared = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    let smaller = a.len().min(b.len());
    let needed = if quoted {
        (smaller * 4).div_ceil(5)
    } else {
        smaller.div_ceil(2)
    };
    shared >= 2 && shared >= needed
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
        // (A person's name is checked as a text field too.)
        if field != "name"
            && let Some(problem) = control_problem(field, key, false)
        {
            fc.error(&path, problem);
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

/// Where a quotation leaves words out.
pub const QUOTE_GAP: &str = " … ";

/// The first part of a quotation's `text` (parts are separated by [`QUOTE_GAP`]) that is not
/// in `haystack` after the parts before it, and whether it is there but earlier; `None` when
/// every part is there, in order.
fn first_part_missing<'a>(text: &'a str, haystack: &str) -> Option<(&'a str, bool)> {
    let mut from = 0;
    for part in text.split(QUOTE_GAP) {
        match memmem::find(&haystack.as_bytes()[from..], part.as_bytes()) {
            Some(at) if !part.trim().is_empty() => from += at + part.len(),
            _ => {
                let earlier = from > 0
                    && !part.trim().is_empty()
                    && memmem::find(haystack.as_bytes(), part.as_bytes()).is_some();
                return Some((part, earlier));
            }
        }
    }
    None
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
    fn a_quotation_may_leave_words_out_between_verbatim_parts_in_order() {
        let hay = "\"This is an issue,\" she said. She added, \"we will not interject.\"";
        assert_eq!(first_part_missing("This is an issue", hay), None);
        assert_eq!(
            first_part_missing("This is an issue … we will not interject.", hay),
            None
        );
        assert_eq!(
            first_part_missing("we will not interject. … This is an issue", hay),
            Some(("This is an issue", true))
        );
        assert_eq!(
            first_part_missing("This is an issue … we shall interject", hay),
            Some(("we shall interject", false))
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
