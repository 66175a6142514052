//! The card for one fact, built from its [`AnswerView`]: the fields a member reads, the
//! evidence of every attestation, how sure the documents are, and the sources as citations
//! that link to the documents when they have a url, the preferred one first. Where the
//! documents give different values, the card shows the preferred one and says what the
//! others give: "19 June 2012 (NBC News; Firstpost's “185 days ago” gives 18 June 2012)".

use super::card::Card;
use super::color;
use super::text::{Span, Text};
use super::view::{AnswerView, Link, ProvenanceView, SourceView};
use crate::knowledge::{FactBase, FactRef, PersonKind};
use crate::limits::{self, trim_text};

/// Links as a bulleted list that fits one embed field.
fn bullet_list(links: &[Link]) -> Text {
    let lines = links
        .iter()
        .map(|l| Text::plain(format!("• {}", l.title)))
        .collect();
    Text::lines(lines, limits::EMBED_FIELD_VALUE_MAX)
}

/// The source as members see it cited, linked to the document when it has a url.
pub(super) fn citation(source: &SourceView) -> Span {
    match &source.url {
        Some(url) => Span::Link {
            text: source.citation(),
            url: url.clone(),
        },
        None => Span::Plain(source.citation()),
    }
}

/// What the other documents give where they differ from the value shown: "NBC News;
/// Firstpost's “185 days ago” gives 18 June 2012". `None` when no other attestation gives a
/// date of its own.
fn other_dates(provenance: &ProvenanceView) -> Option<String> {
    let preferred = provenance.attestations.iter().find(|a| a.preferred)?;
    let others: Vec<String> = provenance
        .attestations
        .iter()
        .filter(|a| !a.preferred)
        .filter_map(|a| {
            let date = a.date_display.as_deref()?;
            // The preferred document's other words are "its", right after its name.
            let whose = if a.source.id == preferred.source.id {
                "its".to_string()
            } else {
                format!("{}'s", a.source.outlet)
            };
            Some(match &a.as_written {
                Some(words) => format!("{whose} “{words}” gives {date}"),
                None => format!("{whose} date gives {date}"),
            })
        })
        .collect();
    (!others.is_empty()).then(|| format!("{}; {}", preferred.source.outlet, others.join("; ")))
}

/// Each attestation's evidence, the preferred first, with its outlet when there are several.
fn evidence(provenance: &ProvenanceView) -> Text {
    let mut attestations: Vec<_> = provenance.attestations.iter().collect();
    attestations.sort_by_key(|a| !a.preferred);
    if let [only] = attestations.as_slice() {
        return Text::plain(format!("“{}”", only.evidence));
    }
    let lines = attestations
        .iter()
        .map(|a| Text::plain(format!("“{}” — {}", a.evidence, a.source.outlet)))
        .collect();
    Text::lines(lines, limits::EMBED_FIELD_VALUE_MAX)
}

/// How sure the documents are, and when the fact was last corrected.
fn status(provenance: &ProvenanceView) -> String {
    let word = provenance.status.as_str();
    let mut text = format!(
        "{}{} — {}",
        word[..1].to_uppercase(),
        &word[1..],
        provenance.status_meaning
    );
    if let Some(last) = provenance.corrections.last() {
        text.push_str(&format!(" · updated {}", last.date_display));
    }
    text
}

/// Other wordings of a quotation, each with the outlet that gives it.
fn other_wordings(provenance: &ProvenanceView, text: &str) -> Text {
    let lines = provenance
        .attestations
        .iter()
        .filter_map(|a| {
            let words = a.text.as_deref().filter(|words| *words != text)?;
            Some(Text::plain(format!("“{words}” ({})", a.source.outlet)))
        })
        .collect();
    Text::lines(lines, limits::EMBED_FIELD_VALUE_MAX)
}

/// The sources: the preferred attestation's citation, then every other document once.
fn sources(provenance: &ProvenanceView, preferred: &SourceView) -> Text {
    let mut seen = vec![preferred.id.as_str()];
    let mut lines = vec![Text::new().with(citation(preferred))];
    for a in &provenance.attestations {
        if !seen.contains(&a.source.id.as_str()) {
            seen.push(&a.source.id);
            lines.push(Text::plain("also ").with(citation(&a.source)));
        }
    }
    Text::lines(lines, limits::EMBED_FIELD_VALUE_MAX)
}

/// The card for one fact.
pub fn fact_card(base: &FactBase, fact: FactRef) -> Card {
    let view = AnswerView::new(base, fact);
    let mut card = Card::new(String::new(), Text::new(), color(fact.command));
    let (source, provenance) = match &view {
        AnswerView::Event {
            title,
            date_display,
            precision,
            summary,
            who,
            note,
            source,
            provenance,
            ..
        } => {
            card.title = title.clone();
            card.description = Text::plain(summary.as_str());
            let mut when = if *precision == "day" {
                date_display.clone()
            } else {
                format!("{date_display} ({precision})")
            };
            if let Some(others) = other_dates(provenance) {
                when.push_str(&format!(" ({others})"));
            }
            card.field("Date", when, true);
            let names: Vec<&str> = who.iter().map(|l| l.title.as_str()).collect();
            card.field("Who", names.join(", "), true);
            card.field("Status", status(provenance), true);
            card.field("Evidence", evidence(provenance), false);
            if let Some(note) = note {
                card.field("How this date was established", note.as_str(), false);
            }
            (source, provenance)
        }
        AnswerView::Person {
            name,
            kind,
            role,
            summary,
            aliases,
            quotes,
            events,
            note,
            source,
            provenance,
            ..
        } => {
            card.title = name.clone();
            card.subtitle = Some(role.clone());
            card.description = summary.as_deref().map(Text::plain).unwrap_or_default();
            if *kind == PersonKind::Organisation {
                card.field("Kind", "Organisation", true);
            }
            card.field("Also known as", aliases.join(", "), true);
            card.field("Status", status(provenance), true);
            card.field("Quotes (/quote)", bullet_list(quotes), false);
            card.field("Events (/when)", bullet_list(events), false);
            card.field("Evidence", evidence(provenance), false);
            if let Some(note) = note {
                card.field("Note", note.as_str(), false);
            }
            (source, provenance)
        }
        AnswerView::Quote {
            title,
            text,
            speaker,
            speaker_role,
            co_speakers,
            date_display,
            context,
            same_occasion,
            note,
            source,
            provenance,
            ..
        } => {
            card.title = title.clone();
            // Leave room for the quotation marks.
            card.description = Text::plain(format!(
                "“{}”",
                trim_text(text, limits::EMBED_DESCRIPTION_MAX - 2)
            ));
            let who = if speaker_role.is_empty() {
                speaker.title.clone()
            } else {
                format!("{} — {}", speaker.title, speaker_role)
            };
            if co_speakers.is_empty() {
                card.field("Speaker", who, false);
            } else {
                // (Each co-speaker by name: their roles are on their own /who answers.)
                let with: Vec<&str> = co_speakers.iter().map(|l| l.title.as_str()).collect();
                card.field(
                    "Speakers",
                    format!("{who}; with {}", with.join(", ")),
                    false,
                );
            }
            card.field("Also reported as", other_wordings(provenance, text), false);
            if let Some(date) = date_display {
                let date = match other_dates(provenance) {
                    Some(others) => format!("{date} ({others})"),
                    None => date.clone(),
                };
                card.field("Date", date, true);
            }
            card.field("Status", status(provenance), true);
            if let Some(context) = context {
                card.field("Context", context.as_str(), false);
            }
            card.field("Also said then (/quote)", bullet_list(same_occasion), false);
            if let Some(note) = note {
                card.field("Note", note.as_str(), false);
            }
            (source, provenance)
        }
    };
    card.field("Source", sources(provenance, source), false);
    card.url = source.url.clone();
    card.footer = format!(
        "/{} · {} · from the case file, checked against its source",
        fact.command,
        base.id(fact)
    );
    card.fit()
}
