//! The JSON view of a fact: every field a member is shown, per kind, as `ask --json` and
//! `list --json` print it. A stable contract: scripts and the bot's tests read these names.

use serde::Serialize;

use crate::knowledge::{Command, Fact, FactBase, FactRef, PersonKind, Provenance, Source, Status};

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

/// One source's word for the fact.
#[derive(Debug, Clone, Serialize)]
pub struct AttestationView {
    pub source: SourceView,
    pub evidence: String,
    /// The date this source gives where it gives its own; `None` when it attests the fact's.
    pub date: Option<String>,
    pub date_display: Option<String>,
    /// The wording this source gives a quotation where it gives its own.
    pub text: Option<String>,
    /// The source's own words for its value ("185 days ago").
    pub as_written: Option<String>,
    /// Whether this is the attestation whose value is shown and which is cited first.
    pub preferred: bool,
    /// Why it is preferred, when the fact has several.
    pub reason: Option<String>,
}

/// The value a fact shows and where it comes from.
#[derive(Debug, Clone, Serialize)]
pub struct PreferredView {
    /// The source id of the preferred attestation.
    pub source: String,
    /// The value shown: an event's date, a quotation's text; `None` for a person.
    pub value: Option<String>,
    pub reason: Option<String>,
}

/// One correction made to the fact.
#[derive(Debug, Clone, Serialize)]
pub struct CorrectionView {
    pub date: String,
    pub date_display: String,
    pub change: String,
    pub reason: String,
}

/// What every kind of answer says about where the fact comes from and how sure it is.
#[derive(Debug, Clone, Serialize)]
pub struct ProvenanceView {
    pub attestations: Vec<AttestationView>,
    pub preferred: PreferredView,
    pub status: Status,
    /// What the status means, in words for members.
    pub status_meaning: &'static str,
    pub corrections: Vec<CorrectionView>,
    /// The date of the last correction.
    pub updated: Option<String>,
    /// Ids this fact had before duplicates were merged into it.
    pub former_ids: Vec<String>,
}

impl ProvenanceView {
    /// `shown` is the fact's own value (date or text), which its preferred attestation gives.
    fn new(base: &FactBase, prov: Provenance<'_>, shown: Option<String>) -> Self {
        let attested = prov.attested();
        let preferred = attested.iter().find(|a| a.preferred);
        ProvenanceView {
            attestations: attested
                .iter()
                .map(|a| AttestationView {
                    source: source_view(base, a.source),
                    evidence: a.evidence.to_string(),
                    date: a.date.map(|d| d.to_string()),
                    date_display: a.date.map(|d| d.display()),
                    text: a.text.map(str::to_string),
                    as_written: a.as_written.map(str::to_string),
                    preferred: a.preferred,
                    reason: a.reason.map(str::to_string),
                })
                .collect(),
            preferred: PreferredView {
                source: preferred.map(|a| a.source.to_string()).unwrap_or_default(),
                value: shown,
                reason: preferred.and_then(|a| a.reason).map(str::to_string),
            },
            status: prov.status,
            status_meaning: prov.status.meaning(),
            corrections: prov
                .corrections
                .iter()
                .map(|c| CorrectionView {
                    date: c.date.to_string(),
                    date_display: c.date.display(),
                    change: c.change.clone(),
                    reason: c.reason.clone(),
                })
                .collect(),
            updated: prov.updated().map(|d| d.to_string()),
            former_ids: prov.former_ids.to_vec(),
        }
    }

    /// The preferred attestation's evidence and source, as the fields every answer has.
    fn cited(&self) -> (String, SourceView) {
        let preferred = self.attestations.iter().find(|a| a.preferred);
        match preferred {
            Some(a) => (a.evidence.clone(), a.source.clone()),
            None => (String::new(), source_view_missing("")),
        }
    }
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
        #[serde(flatten)]
        provenance: ProvenanceView,
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
        #[serde(flatten)]
        provenance: ProvenanceView,
    },
    Quote {
        id: String,
        title: String,
        text: String,
        speaker: Link,
        speaker_role: String,
        /// Who said it together with the speaker (a joint statement, a co-signed op-ed).
        #[serde(skip_serializing_if = "Vec::is_empty")]
        co_speakers: Vec<Link>,
        date: Option<String>,
        date_display: Option<String>,
        context: Option<String>,
        /// What the speaker said on the same occasion (the same source and date).
        same_occasion: Vec<Link>,
        evidence: String,
        note: Option<String>,
        source: SourceView,
        #[serde(flatten)]
        provenance: ProvenanceView,
    },
}

pub(super) fn source_view(base: &FactBase, id: &str) -> SourceView {
    // The loader guarantees the reference; a dangling one would be a loader bug.
    base.source(id)
        .map(SourceView::new)
        .unwrap_or_else(|| source_view_missing(id))
}

fn source_view_missing(id: &str) -> SourceView {
    SourceView {
        id: id.to_string(),
        outlet: "unknown source".to_string(),
        title: id.to_string(),
        date: String::new(),
        date_display: String::new(),
        url: None,
    }
}

fn person_link(base: &FactBase, id: &str) -> Link {
    Link {
        id: id.to_string(),
        title: base
            .person(id)
            .map_or_else(|| id.to_string(), |p| p.name.clone()),
    }
}

/// A link to quotation `q` (an index into `base.quotes`), by its title.
fn quote_link(base: &FactBase, q: usize) -> Link {
    Link {
        id: base.quotes[q].id.clone(),
        title: base.quotes[q].title.clone(),
    }
}

impl AnswerView {
    pub fn new(base: &FactBase, fact: FactRef) -> AnswerView {
        match fact.command {
            Command::When => {
                let e = &base.events[fact.index];
                let provenance =
                    ProvenanceView::new(base, e.provenance(), Some(e.date.to_string()));
                let (evidence, source) = provenance.cited();
                AnswerView::Event {
                    id: e.id.clone(),
                    title: e.title.clone(),
                    date: e.date.to_string(),
                    date_display: e.date.display(),
                    precision: e.date.precision(),
                    summary: e.summary.clone(),
                    who: e.who.iter().map(|id| person_link(base, id)).collect(),
                    evidence,
                    note: e.note.clone(),
                    source,
                    provenance,
                }
            }
            Command::Who => {
                let p = &base.people[fact.index];
                let provenance = ProvenanceView::new(base, p.provenance(), None);
                let (evidence, source) = provenance.cited();
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
                        .map(|&q| quote_link(base, q))
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
                    evidence,
                    note: p.note.clone(),
                    source,
                    provenance,
                }
            }
            Command::Quote => {
                let q = &base.quotes[fact.index];
                let provenance = ProvenanceView::new(base, q.provenance(), Some(q.text.clone()));
                let (evidence, source) = provenance.cited();
                AnswerView::Quote {
                    id: q.id.clone(),
                    title: q.title.clone(),
                    text: q.text.clone(),
                    speaker: person_link(base, &q.speaker),
                    speaker_role: base
                        .person(&q.speaker)
                        .map(|p| p.role.clone())
                        .unwrap_or_default(),
                    co_speakers: q
                        .co_speakers
                        .iter()
                        .map(|id| person_link(base, id))
                        .collect(),
                    date: q.date.map(|d| d.to_string()),
                    date_display: q.date.map(|d| d.display()),
                    context: q.context.clone(),
                    same_occasion: base
                        .same_occasion(fact.index)
                        .into_iter()
                        .map(|q| quote_link(base, q))
                        .collect(),
                    evidence,
                    note: q.note.clone(),
                    source,
                    provenance,
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
