//! Facts as members see them: the answer's fields for `--json` ([`view`]) and a
//! transport-neutral [`Reply`]: an embed-shaped [`Card`] with a title, a subtitle, a
//! description, fields and a cited source, text above it, and buttons. A reply carries
//! structure, never markup ([`Text`] says what each part is); the Discord adapter and the
//! terminal each render it their own way. Every reply is built within Discord's limits,
//! counted on the rendered text, by construction; [`crate::limits::violations`] checks it.
//!
//! - [`view`]: the JSON contract of one fact ([`AnswerView`]).
//! - [`text`]: [`Text`] and its [`Span`]s, their rendered length and fitting.
//! - [`card`]: [`Reply`], [`Card`], [`Field`], [`Button`], and fitting a card.
//! - `fact`: the card of one fact; `about`: `/facts` and `/reload`.

mod about;
pub mod card;
mod fact;
pub mod text;
pub mod view;

pub use about::{overview, reload_reply};
pub use card::{Button, Card, Field, Reply};
pub use fact::fact_card;
pub use text::{Span, Text, inert, is_unprintable};
pub use view::{
    AnswerView, AttestationView, CorrectionView, Link, PreferredView, ProvenanceView, SourceView,
};

use crate::knowledge::Command;
use crate::limits::{self, trim_text};
use crate::matching::{Engine, Outcome, Suggestion};

/// Card colour per command: blue for events, green for people, amber for quotes.
pub fn color(command: Command) -> u32 {
    match command {
        Command::When => 0x3B82F6,
        Command::Who => 0x10B981,
        Command::Quote => 0xF59E0B,
    }
}

/// A neutral grey for replies that are about the bot rather than a fact.
pub const INFO_COLOR: u32 = 0x6B7280;
/// Red for a refused reload.
pub const ERROR_COLOR: u32 = 0xDC2626;

/// The member's query as echoed back: within the query limit, nothing unprintable in it, and
/// marked as theirs.
fn echo(query: &str) -> Span {
    Span::Echo(trim_text(&inert(query), limits::QUERY_MAX_CHARS))
}

/// The reply to a member's question.
pub fn reply(engine: &Engine, command: Command, query: &str, outcome: &Outcome) -> Reply {
    let base = engine.base();
    match outcome {
        Outcome::Answer { fact, .. } => Reply::card(fact_card(base, *fact), false),
        Outcome::Suggestions(facts) => Reply {
            ephemeral: false,
            content: Some(
                Text::plain("I am not sure which one you mean by “")
                    .with(echo(query))
                    .with(Span::Plain("”. Did you mean:".into()))
                    .fit(limits::CONTENT_MAX),
            ),
            card: None,
            buttons: facts
                .iter()
                .map(|(f, _)| Button {
                    label: trim_text(&base.label(*f), limits::BUTTON_LABEL_MAX),
                    command,
                    fact_id: base.id(*f).to_string(),
                })
                .collect(),
        },
        Outcome::NotFound { hints } => {
            let mut text = Text::plain("The case file has nothing on “")
                .with(echo(query))
                .with(Span::Plain(format!("” for /{command}.")));
            if !hints.is_empty() {
                text.push(Span::Plain(" You could try: ".into()));
                for (i, hint) in hints.iter().enumerate() {
                    if i > 0 {
                        text.push(Span::Plain(", ".into()));
                    }
                    text.push(Span::Code(hint.clone()));
                }
                text.push(Span::Plain(".".into()));
            }
            Reply::private(text)
        }
        Outcome::Invalid(why) => {
            Reply::private(Text::plain(format!("I can't search for that: {why}.")))
        }
    }
}

/// Suggestions as the JSON contract gives them.
pub fn suggestions(base: &crate::knowledge::FactBase, outcome: &Outcome) -> Vec<Suggestion> {
    match outcome {
        Outcome::Suggestions(facts) => facts
            .iter()
            .map(|&(f, score)| Suggestion {
                id: base.id(f).to_string(),
                title: base.label(f),
                score: (score * 1000.0).round() / 1000.0,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// A short, safe message for a member when something failed on our side.
pub fn failure(what: &str) -> Reply {
    Reply::private(Text::plain(format!(
        "Sorry, I could not {what}. Please try again in a moment."
    )))
}
