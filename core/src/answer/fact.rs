//! The card for one fact, built from its [`AnswerView`]: the fields a member reads, the
//! evidence, and the source as a citation that links to the document when it has a url.

use super::card::Card;
use super::color;
use super::text::{Span, Text};
use super::view::{AnswerView, Link, SourceView};
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

/// The card for one fact.
pub fn fact_card(base: &FactBase, fact: FactRef) -> Card {
    let view = AnswerView::new(base, fact);
    let mut card = Card::new(String::new(), Text::new(), color(fact.command));
    let source = match &view {
        AnswerView::Event {
            title,
            date_display,
            precision,
            summary,
            who,
            evidence,
            note,
            source,
            ..
        } => {
            card.title = title.clone();
            card.description = Text::plain(summary.as_str());
            let when = if *precision == "day" {
                date_display.clone()
            } else {
                format!("{date_display} ({precision})")
            };
            card.field("Date", when, true);
            let names: Vec<&str> = who.iter().map(|l| l.title.as_str()).collect();
            card.field("Who", names.join(", "), true);
            card.field("Evidence", format!("“{evidence}”"), false);
            if let Some(note) = note {
                card.field("How this date was established", note.as_str(), false);
            }
            source
        }
        AnswerView::Person {
            name,
            kind,
            role,
            summary,
            aliases,
            quotes,
            events,
            evidence,
            note,
            source,
            ..
        } => {
            card.title = name.clone();
            card.subtitle = Some(role.clone());
            card.description = summary.as_deref().map(Text::plain).unwrap_or_default();
            if *kind == PersonKind::Organisation {
                card.field("Kind", "Organisation", true);
            }
            card.field("Also known as", aliases.join(", "), true);
            card.field("Quotes (/quote)", bullet_list(quotes), false);
            card.field("Events (/when)", bullet_list(events), false);
            card.field("Evidence", format!("“{evidence}”"), false);
            if let Some(note) = note {
                card.field("Note", note.as_str(), false);
            }
            source
        }
        AnswerView::Quote {
            title,
            text,
            speaker,
            speaker_role,
            date_display,
            context,
            note,
            source,
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
            card.field("Speaker", who, false);
            if let Some(date) = date_display {
                card.field("Date", date.as_str(), true);
            }
            if let Some(context) = context {
                card.field("Context", context.as_str(), false);
            }
            if let Some(note) = note {
                card.field("Note", note.as_str(), false);
            }
            source
        }
    };
    card.field("Source", Text::new().with(citation(source)), false);
    card.url = source.url.clone();
    card.footer = format!(
        "/{} · {} · from the case file, checked against its source",
        fact.command,
        base.id(fact)
    );
    card.fit()
}
