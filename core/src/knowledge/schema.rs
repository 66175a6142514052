//! The fact files' records, exactly as curators write them (see `knowledge/README.md`), and
//! what a kind of record is: [`Record`] (its file, its name in messages, its id) and [`Fact`]
//! (the command that answers it, its keys, phrases and label).
//!
//! Every fact rests on one or more [`Attestation`]s (a source and evidence verbatim in it),
//! written either as a list or, for the common single source, as `source` + `evidence` at the
//! top of the record; [`Fact::provenance`] reads both forms alike. Each fact also has a
//! [`Status`] and an append-only list of [`Correction`]s.
//!
//! Unknown fields are refused so that a misspelt field name is reported instead of silently
//! dropping data. Cross-references (`source`, `who`, `speaker`) are plain ids here; the loader
//! resolves and checks them. A new kind of fact is a record here, a [`Command`], one [`Fact`]
//! impl, and its checks in `check.rs`.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::date::FactDate;
use super::{Command, FactBase};

/// A kind of record in a knowledge directory: one file of them, each with an id.
pub trait Record: DeserializeOwned + Serialize {
    /// The file that holds every record of this kind, under the knowledge directory.
    const FILE: &'static str;
    /// What one record is called in messages ("event #3: ...").
    const WHAT: &'static str;
    /// A record of this kind with its required fields only, each a valid placeholder: what a
    /// record that does not deserialise is checked field by field against, and what stands in
    /// for its broken and missing fields so that the rest of it is still checked.
    const BLANK: &'static str;

    /// The id other records refer to it by.
    fn id(&self) -> &str;
}

/// What a kind of fact is to the rest of the bot: the command that answers it, where the base
/// keeps it, and the words that lead to it.
pub trait Fact: Record + Sized {
    /// The slash command that answers this kind.
    const COMMAND: Command;

    /// Every fact of this kind in `base`, in file order.
    fn all(base: &FactBase) -> &[Self];

    /// The keys a member can type to find the fact, in the order the validator checks them;
    /// for people, their name and aliases first.
    fn keys(&self) -> impl Iterator<Item = &str>;

    /// Descriptive text that also leads to the fact, though it is no key: an event's title and
    /// the names of who took part, a quote's title and its speaker's names, a person's role.
    fn phrases(&self, base: &FactBase) -> Vec<String>;

    /// A short, human label for suggestions and autocomplete (not yet trimmed to any limit).
    fn label(&self) -> String;

    /// What the fact says beyond its keys and phrases: a summary, a quotation's text, its
    /// context and its speaker's role, the evidence. Searched too, with the least weight.
    fn body<'a>(&'a self, base: &'a FactBase) -> Vec<&'a str>;

    /// Where the fact comes from and how sure the documents are.
    fn provenance(&self) -> Provenance<'_>;
}

/// How sure the documents are of a fact: shown on every answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// A document states it in its own voice (the default).
    #[default]
    Reported,
    /// Several documents state it and agree on what happened (they may word or date it
    /// differently: the attestations say how).
    Confirmed,
    /// A document attributes it to someone (a claim, an accusation) without stating it itself.
    Alleged,
    /// The documents disagree on it, or someone they quote contests it.
    Disputed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Reported => "reported",
            Status::Confirmed => "confirmed",
            Status::Alleged => "alleged",
            Status::Disputed => "disputed",
        }
    }

    /// What the word means, for members.
    pub fn meaning(self) -> &'static str {
        match self {
            Status::Reported => "a source document states it",
            Status::Confirmed => "several source documents state it and agree",
            Status::Alleged => "a claim the documents attribute to someone",
            Status::Disputed => "the documents disagree, or someone contests it",
        }
    }

    fn is_default(&self) -> bool {
        *self == Status::Reported
    }
}

/// One document's word for a fact: its source, evidence verbatim in it, and, where the
/// documents differ, the value this one gives.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Attestation {
    pub source: String,
    pub evidence: String,
    /// The date this source gives (events and quotes), where it differs from the fact's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<FactDate>,
    /// The wording this source gives (quotes), where it differs from the fact's `text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The source's own words for its value ("185 days ago"), verbatim in its evidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_written: Option<String>,
    /// Why this attestation's value is the one the fact shows: on exactly one of several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred: Option<String>,
}

/// One entry of a fact's append-only record of changes.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// The day of the change.
    pub date: FactDate,
    /// What changed.
    pub change: String,
    /// Why.
    pub reason: String,
}

/// One attestation as the rest of the bot sees it, whichever form the file used.
#[derive(Debug, Clone, Copy)]
pub struct Attested<'a> {
    pub source: &'a str,
    pub evidence: &'a str,
    /// Its own value, if it gives one (else it attests the fact's).
    pub date: Option<FactDate>,
    pub text: Option<&'a str>,
    pub as_written: Option<&'a str>,
    /// Why it is preferred, if the file says.
    pub reason: Option<&'a str>,
    /// Whether the fact shows its value and cites it first.
    pub preferred: bool,
    /// Its place in `attestations`; `None` for the `source` + `evidence` shorthand.
    pub at: Option<usize>,
}

/// What every fact says about where it comes from: see [`Fact::provenance`].
#[derive(Debug, Clone, Copy)]
pub struct Provenance<'a> {
    pub source: Option<&'a str>,
    pub evidence: Option<&'a str>,
    pub attestations: &'a [Attestation],
    pub status: Status,
    pub corrections: &'a [Correction],
    /// Ids the fact had before duplicates were merged into it: they still find it.
    pub former_ids: &'a [String],
}

impl<'a> Provenance<'a> {
    /// Every attestation, the shorthand included, in file order. The first marked
    /// `preferred` is preferred, else the first (a list of one needs no mark).
    pub fn attested(&self) -> Vec<Attested<'a>> {
        let mut all = Vec::with_capacity(self.attestations.len() + 1);
        if let (Some(source), Some(evidence)) = (self.source, self.evidence) {
            all.push(Attested {
                source,
                evidence,
                date: None,
                text: None,
                as_written: None,
                reason: None,
                preferred: false,
                at: None,
            });
        }
        for (i, a) in self.attestations.iter().enumerate() {
            all.push(Attested {
                source: &a.source,
                evidence: &a.evidence,
                date: a.date,
                text: a.text.as_deref(),
                as_written: a.as_written.as_deref(),
                reason: a.preferred.as_deref(),
                preferred: false,
                at: Some(i),
            });
        }
        let chosen = all.iter().position(|a| a.reason.is_some()).unwrap_or(0);
        if let Some(a) = all.get_mut(chosen) {
            a.preferred = true;
        }
        all
    }

    /// The attestation the fact cites first (a valid fact has one).
    pub fn preferred(&self) -> Option<Attested<'a>> {
        self.attested().into_iter().find(|a| a.preferred)
    }

    /// What the attestations say: every evidence, and every other wording of a quotation.
    pub fn said(&self) -> impl Iterator<Item = &'a str> + use<'a> {
        self.evidence.into_iter().chain(
            self.attestations
                .iter()
                .flat_map(|a| std::iter::once(a.evidence.as_str()).chain(a.text.as_deref())),
        )
    }

    /// The day of the last correction, if any.
    pub fn updated(&self) -> Option<FactDate> {
        self.corrections.last().map(|c| c.date)
    }
}

/// The shared fields are declared in each record rather than in one flattened struct: serde's
/// `flatten` does not work with `deny_unknown_fields` and buffers every record, which the loader
/// cannot afford at 100k facts.
///
/// [`Fact::provenance`] of a record with the shared fields (`source`, `evidence`,
/// `attestations`, `status`, `corrections`, `former_ids`): the same for every kind.
macro_rules! provenance_fields {
    () => {
        fn provenance(&self) -> Provenance<'_> {
            Provenance {
                source: self.source.as_deref(),
                evidence: self.evidence.as_deref(),
                attestations: &self.attestations,
                status: self.status,
                corrections: &self.corrections,
                former_ids: &self.former_ids,
            }
        }
    };
}

/// A source document: `sources.json`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// Path of the text, relative to the knowledge directory.
    pub file: String,
    pub outlet: String,
    pub title: String,
    /// The document's own date (published, updated or last modified).
    pub date: FactDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_note: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

/// A dated event: `events.json`, answered by `/when`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub keys: Vec<String>,
    pub title: String,
    pub date: FactDate,
    pub summary: String,
    #[serde(default)]
    pub who: Vec<String>,
    /// The event is that someone said something (a statement, a letter, a call, a warning, a
    /// promise), not that what they said happened: the bot answers it only to a question
    /// about the saying (see `knowledge/README.md`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub statement: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attestations: Vec<Attestation>,
    #[serde(default, skip_serializing_if = "Status::is_default")]
    pub status: Status,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_ids: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Whether a `/who` fact is a person or an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PersonKind {
    Person,
    Organisation,
}

/// A person or organisation: `people.json`, answered by `/who`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub kind: PersonKind,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub keys: Vec<String>,
    pub role: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attestations: Vec<Attestation>,
    #[serde(default, skip_serializing_if = "Status::is_default")]
    pub status: Status,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_ids: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A verbatim quotation: `quotes.json`, answered by `/quote`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub id: String,
    pub keys: Vec<String>,
    pub title: String,
    pub text: String,
    pub speaker: String,
    /// Who said it together with `speaker` (a joint statement, a co-signed op-ed): ids in
    /// `people.json`. Each finds it as their own quotation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub co_speakers: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<FactDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attestations: Vec<Attestation>,
    #[serde(default, skip_serializing_if = "Status::is_default")]
    pub status: Status,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_ids: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Record for Source {
    const FILE: &'static str = "sources.json";
    const WHAT: &'static str = "source";
    const BLANK: &'static str =
        r#"{"id": "", "file": "", "outlet": "", "title": "", "date": "2000"}"#;

    fn id(&self) -> &str {
        &self.id
    }
}

impl Record for Event {
    const FILE: &'static str = "events.json";
    const WHAT: &'static str = "event";
    const BLANK: &'static str =
        r#"{"id": "", "keys": [], "title": "", "date": "2000", "summary": ""}"#;

    fn id(&self) -> &str {
        &self.id
    }
}

impl Fact for Event {
    const COMMAND: Command = Command::When;

    fn all(base: &FactBase) -> &[Self] {
        &base.events
    }

    fn keys(&self) -> impl Iterator<Item = &str> {
        self.keys.iter().map(String::as_str)
    }

    fn phrases(&self, base: &FactBase) -> Vec<String> {
        std::iter::once(self.title.clone())
            .chain(base.names(&self.who))
            .collect()
    }

    fn label(&self) -> String {
        format!("{} — {}", self.date.short(), self.title)
    }

    fn body<'a>(&'a self, _base: &'a FactBase) -> Vec<&'a str> {
        let mut body = vec![self.summary.as_str()];
        body.extend(self.provenance().said());
        body
    }

    provenance_fields!();
}

impl Record for Person {
    const FILE: &'static str = "people.json";
    const WHAT: &'static str = "person";
    const BLANK: &'static str = r#"{"id": "", "name": "", "kind": "person", "role": ""}"#;

    fn id(&self) -> &str {
        &self.id
    }
}

impl Fact for Person {
    const COMMAND: Command = Command::Who;

    fn all(base: &FactBase) -> &[Self] {
        &base.people
    }

    fn keys(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str())
            .chain(self.aliases.iter().map(String::as_str))
            .chain(self.keys.iter().map(String::as_str))
    }

    fn phrases(&self, _base: &FactBase) -> Vec<String> {
        vec![self.role.clone()]
    }

    fn label(&self) -> String {
        format!("{} — {}", self.name, self.role)
    }

    fn body<'a>(&'a self, _base: &'a FactBase) -> Vec<&'a str> {
        let mut body: Vec<&str> = self.summary.iter().map(String::as_str).collect();
        body.extend(self.provenance().said());
        body
    }

    provenance_fields!();
}

impl Record for Quote {
    const FILE: &'static str = "quotes.json";
    const WHAT: &'static str = "quote";
    const BLANK: &'static str = r#"{"id": "", "keys": [], "title": "", "text": "", "speaker": ""}"#;

    fn id(&self) -> &str {
        &self.id
    }
}

impl Fact for Quote {
    const COMMAND: Command = Command::Quote;

    fn all(base: &FactBase) -> &[Self] {
        &base.quotes
    }

    fn keys(&self) -> impl Iterator<Item = &str> {
        self.keys.iter().map(String::as_str)
    }

    fn phrases(&self, base: &FactBase) -> Vec<String> {
        std::iter::once(self.title.clone())
            .chain(base.names(std::slice::from_ref(&self.speaker)))
            .collect()
    }

    fn label(&self) -> String {
        self.title.clone()
    }

    fn body<'a>(&'a self, base: &'a FactBase) -> Vec<&'a str> {
        let mut body: Vec<&str> = std::iter::once(self.text.as_str())
            .chain(self.context.as_deref())
            .chain(base.person(&self.speaker).map(|p| p.role.as_str()))
            .collect();
        body.extend(self.provenance().said());
        body
    }

    provenance_fields!();
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each blank deserialises, and holds every required field: without any one of them it
    /// would not.
    fn blank_is_exactly_the_required_fields<T: Record>() {
        let blank: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(T::BLANK).expect("blank is an object");
        serde_json::from_value::<T>(blank.clone().into()).expect("blank deserialises");
        // Every field serde requires is in the blank.
        let mut some = serde_json::Map::new();
        while let Err(e) = serde_json::from_value::<T>(some.clone().into()) {
            let message = e.to_string();
            let field = message
                .strip_prefix("missing field `")
                .and_then(|rest| rest.split('`').next())
                .unwrap_or_else(|| panic!("{}: {message}", T::WHAT));
            let value = blank
                .get(field)
                .unwrap_or_else(|| panic!("{}: the blank lacks `{field}`", T::WHAT));
            some.insert(field.to_string(), value.clone());
        }
        for key in blank.keys() {
            let mut without = blank.clone();
            without.remove(key);
            let e = serde_json::from_value::<T>(without.into()).err();
            assert!(
                e.is_some_and(|e| e.to_string().contains("missing field")),
                "{}: {key} is not required",
                T::WHAT
            );
        }
    }

    #[test]
    fn blanks_hold_the_required_fields() {
        blank_is_exactly_the_required_fields::<Source>();
        blank_is_exactly_the_required_fields::<Event>();
        blank_is_exactly_the_required_fields::<Person>();
        blank_is_exactly_the_required_fields::<Quote>();
    }
}
