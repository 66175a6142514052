//! The fact files' records, exactly as curators write them (see `knowledge/README.md`), and
//! what a kind of record is: [`Record`] (its file, its name in messages, its id) and [`Fact`]
//! (the command that answers it, its keys, phrases and label).
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
    /// context, the evidence. Searched too, with the least weight.
    fn body(&self) -> Vec<&str>;
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
    pub source: String,
    pub evidence: String,
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
    pub source: String,
    pub evidence: String,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<FactDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    pub source: String,
    pub evidence: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Record for Source {
    const FILE: &'static str = "sources.json";
    const WHAT: &'static str = "source";

    fn id(&self) -> &str {
        &self.id
    }
}

impl Record for Event {
    const FILE: &'static str = "events.json";
    const WHAT: &'static str = "event";

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

    fn body(&self) -> Vec<&str> {
        vec![self.summary.as_str(), self.evidence.as_str()]
    }
}

impl Record for Person {
    const FILE: &'static str = "people.json";
    const WHAT: &'static str = "person";

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

    fn body(&self) -> Vec<&str> {
        self.summary
            .iter()
            .map(String::as_str)
            .chain(std::iter::once(self.evidence.as_str()))
            .collect()
    }
}

impl Record for Quote {
    const FILE: &'static str = "quotes.json";
    const WHAT: &'static str = "quote";

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

    fn body(&self) -> Vec<&str> {
        std::iter::once(self.text.as_str())
            .chain(self.context.as_deref())
            .chain(std::iter::once(self.evidence.as_str()))
            .collect()
    }
}
