//! The fact files' records, exactly as curators write them (see `knowledge/README.md`).
//!
//! Unknown fields are refused so that a misspelt field name is reported instead of silently
//! dropping data. Cross-references (`source`, `who`, `speaker`) are plain ids here; the loader
//! resolves and checks them.

use serde::{Deserialize, Serialize};

use super::date::FactDate;

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
    #[serde(default)]
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
