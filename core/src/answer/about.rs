//! Replies about the bot rather than a fact: `/facts` (what it knows) and `/reload` (what a
//! reload changed, or why it was refused).

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use super::card::{Card, Reply};
use super::fact::citation;
use super::text::{Span, Text};
use super::view::SourceView;
use super::{ERROR_COLOR, INFO_COLOR};
use crate::knowledge::ReloadReport;
use crate::knowledge::diagnostics::{SHOWN_PER_RULE, listed, thousands};
use crate::knowledge::{Command, LoadFailure};
use crate::limits::{self, trim_text};
use crate::matching::Engine;

fn unix_seconds(time: SystemTime) -> u64 {
    time.duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// `/facts`: counts per kind, the sources with links, example queries, when facts were loaded.
pub fn overview(engine: &Engine, loaded_at: SystemTime) -> Reply {
    let base = engine.base();
    let mut card = Card::new(
        "What casebot knows",
        format!(
            "Facts about the Julian Assange case, curated by hand from {} source documents. \
             Every answer shows its evidence and cites its source.",
            base.sources.len()
        ),
        INFO_COLOR,
    );
    let counts = [
        (base.events.len(), "dated events", Command::When),
        (base.people.len(), "people and organisations", Command::Who),
        (base.quotes.len(), "quotations", Command::Quote),
    ];
    let mut facts = Text::new();
    for (i, (n, what, command)) in counts.into_iter().enumerate() {
        if i > 0 {
            facts.push(Span::Plain("\n".into()));
        }
        facts.push(Span::Plain(format!("{n} {what} — ")));
        facts.push(Span::Code(format!("/{command}")));
    }
    card.field("Facts", facts, false);
    let sources = base
        .sources
        .iter()
        .map(|s| Text::plain("• ").with(citation(&SourceView::new(s))))
        .collect();
    card.field(
        "Sources",
        Text::lines(sources, limits::EMBED_FIELD_VALUE_MAX),
        false,
    );
    let mut examples = Text::new();
    for c in Command::ALL {
        let Some(key) = base
            .refs(c)
            .next()
            .and_then(|f| base.keys(f).into_iter().next())
        else {
            continue;
        };
        if !examples.spans().is_empty() {
            examples.push(Span::Plain(" · ".into()));
        }
        examples.push(Span::Code(format!("/{c} {key}")));
    }
    card.field("Try", examples, false);
    card.field(
        "Facts loaded",
        Text::new().with(Span::Time(unix_seconds(loaded_at))),
        true,
    );
    card.footer = "Not in the documents means not in the bot: it says so rather than guess.".into();
    Reply::card(card, false)
}

fn misses_field(card: &mut Card, misses: &[(Command, String, u64)]) {
    let value = if misses.is_empty() {
        Text::plain("none since the bot started")
    } else {
        let lines = misses
            .iter()
            .map(|(c, q, n)| {
                Text::new()
                    .with(Span::Code(trim_text(q, 60)))
                    .with(Span::Plain(format!(" (/{c}) ×{n}")))
            })
            .collect();
        Text::lines(lines, limits::EMBED_FIELD_VALUE_MAX)
    };
    card.field("Queries that found nothing (top 10)", value, false);
}

fn id_list(ids: &[(Command, String)]) -> Text {
    let lines = ids
        .iter()
        .map(|(c, id)| Text::plain(format!("/{c} ")).with(Span::Code(id.clone())))
        .collect();
    Text::lines(lines, limits::EMBED_FIELD_VALUE_MAX)
}

/// The moderator's reply to `/reload`: what changed, or every error and the promise that the
/// live facts are untouched; the top misses either way. Always ephemeral.
pub fn reload_reply(
    dir: &Path,
    result: &Result<ReloadReport, LoadFailure>,
    misses: &[(Command, String, u64)],
) -> Reply {
    let mut card = match result {
        Ok(report) => {
            let mut card = Card::new(
                "Facts reloaded",
                if report.is_unchanged() {
                    format!("Nothing changed. {}.", report.summary())
                } else {
                    format!("{}.", report.summary())
                },
                INFO_COLOR,
            );
            card.field("Added", id_list(&report.added), false);
            card.field("Removed", id_list(&report.removed), false);
            card.field("Changed", id_list(&report.changed), false);
            if !report.warnings.is_empty() {
                let lines = report
                    .warnings
                    .iter()
                    .map(|d| Text::plain(relative(dir, &d.to_string())))
                    .collect();
                card.field(
                    "Warnings",
                    Text::lines(lines, limits::EMBED_FIELD_VALUE_MAX),
                    false,
                );
            }
            card
        }
        Err(failure) => {
            // A few of each kind of problem, and how many more like it.
            let lines: Vec<Text> = listed(failure.errors(), SHOWN_PER_RULE)
                .iter()
                .map(|d| Text::plain(format!("• {}", relative(dir, &d.to_string()))))
                .collect();
            let n = failure.errors().count();
            let mut description = Text::plain(format!(
                "{} error{} in the knowledge directory. Fix them (",
                thousands(n),
                if n == 1 { "" } else { "s" },
            ))
            .with(Span::Code("casebot check".into()))
            .with(Span::Plain(
                " lists the same) and run /reload again.\n\n".into(),
            ));
            description.append(Text::lines(lines, limits::EMBED_DESCRIPTION_MAX - 200));
            Card::new(
                "Reload refused: the live facts are unchanged",
                description,
                ERROR_COLOR,
            )
        }
    };
    misses_field(&mut card, misses);
    Reply::card(card, true)
}

/// Paths under the knowledge directory, shown relative to it.
fn relative(dir: &Path, text: &str) -> String {
    let prefix = format!("{}/", dir.display());
    text.replace(&prefix, "")
}
