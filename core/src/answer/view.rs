//! The JSON view of a fact: every field a member is shown, per kind, as `ask --json` and
//! `list --json` print it. A stable contract: scripts and the bot's tests read these names.

use serde::Serialize;

use crate::knowledge::{Command, FactBase, FactRef, PersonKind, Source};

/// Where a fact comes from, as shown to members.
#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    pub id: String,
    pub outlet: String,
    pub title: String,
    pub date: String,
    pub date_display: String,
    pub url: Option<String>,
}

impl SourceView {
    pub(super) fn new(source: &Source) -> Self {
        SourceView {
            id: source.id.clone(),
            outlet: source.outlet.clone(),
            title: source.title.clone(),
            date: source.date.to_string(),
            date_display: source.date.display(),
            url: source.url.clone(),
        }
    }

    /// "NBC News, “UK refuses …”, 16 August 2012".
    pub fn citation(&self) -> String {
        format!("{}, “{}”, {}", self.outlet, self.title, self.date_display)
    }
}

/// A link from one fact to another.
#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub id: String,
    pub title: String,
}

/// Every field of an answer that is shown to the member, per kind of fact.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum AnswerView {
    Event {
        id: String,
        title: String,
        date: String,
        date_display: String,
        precision: &'static str,
        summary: String,
        who: Vec<Link>,
        evidence: String,
        note: Option<String>,
        source: SourceView,
    },
    Person {
        id: String,
        name: String,
        kind: PersonKind,
        role: String,
        summary: Option<String>,
        aliases: Vec<String>,
        quotes: Vec<Link>,
        events: Vec<Link>,
        evidence: String,
        note: Option<String>,
        source: SourceView,
    },
    Quote {
        id: String,
        title: String,
        text: String,
        speaker: Link,
        speaker_role: String,
        date: Option<String>,
        date_display: Option<String>,
        context: Option<String>,
        evidence: String,
        note: Option<String>,
        source: SourceView,
    },
}

pub(super) fn source_view(base: &FactBase, id: &str) -> SourceView {
    // The loader guarantees the reference; a dangling one would be a loader bug.
    base.source(id)
        .map(SourceView::new)
        .unwrap_or_else(|| SourceView {
            id: id.to_string(),
            outlet: "unknown source".to_string(),
            title: id.to_string(),
            date: String::new(),
            date_display: String::new(),
            url: None,
        })
}

fn person_link(base: &FactBase, id: &str) -> Link {
    Link {
        id: id.to_string(),
        title: base
            .person(id)
            .map_or_else(|| id.to_string(), |p| p.name.clone()),
    }
}

impl AnswerView {
    pub fn new(base: &FactBase, fact: FactRef) -> AnswerView {
        match fact.command {
            Command::When => {
                let e = &base.events[fact.index];
                AnswerView::Event {
                    id: e.id.clone(),
                    title: e.title.clone(),
                    date: e.date.to_string(),
                    date_display: e.date.display(),
                    precision: e.date.precision(),
                    summary: e.summary.clone(),
                    who: e.who.iter().map(|id| person_link(base, id)).collect(),
                    evidence: e.evidence.clone(),
                    note: e.note.clone(),
                    source: source_view(base, &e.source),
                }
            }
            Command::Who => {
                let p = &base.people[fact.index];
                AnswerView::Person {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    kind: p.kind,
                    role: p.role.clone(),
                    summary: p.summary.clone(),
                    aliases: p.aliases.clone(),
                    quotes: base
                        .quotes_of(fact.index)
                        .iter()
                        .map(|&q| Link {
                            id: base.quotes[q].id.clone(),
                            title: base.quotes[q].title.clone(),
                        })
                        .collect(),
                    events: base
                        .events_of(fact.index)
                        .iter()
                        .map(|&e| Link {
                            id: base.events[e].id.clone(),
                            title: base.label(FactRef {
                                command: Command::When,
                                index: e,
                            }),
                        })
                        .collect(),
                    evidence: p.evidence.clone(),
                    note: p.note.clone(),
                    source: source_view(base, &p.source),
                }
            }
            Command::Quote => {
                let q = &base.quotes[fact.index];
                AnswerView::Quote {
                    id: q.id.clone(),
                    title: q.title.clone(),
                    text: q.text.clone(),
                    speaker: person_link(base, &q.speaker),
                    speaker_role: base
                        .person(&q.speaker)
                        .map(|p| p.role.clone())
                        .unwrap_or_default(),
                    date: q.date.map(|d| d.to_string()),
                    date_display: q.date.map(|d| d.display()),
                    context: q.context.clone(),
                    evidence: q.evidence.clone(),
                    note: q.note.clone(),
                    source: source_view(base, &q.source),
                }
            }
        }
    }
}

impl Serialize for Command {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
