//! Matching a member's words to facts: the per-command index, scoring, and the decision
//! between answering, suggesting and saying that the case file has nothing. The words
//! themselves are normalised by [`crate::text`], as the loader normalises keys.
//!
//! The [`Engine`] owns a validated [`FactBase`] and one immutable [`Index`] per command, built
//! once; asking is a pure function of the engine and the query, so it is deterministic and can
//! be shared between threads and swapped whole on reload.

pub mod index;
pub mod score;

use serde::Serialize;

use crate::knowledge::{Command, FactBase, FactRef, PersonKind};
use crate::limits;
pub use index::{Hit, Index, IndexFact, Prepared, WORD_DROPPED_WINDOW};

/// At or above this score, and clear of the runner-up, the engine answers.
pub const ANSWER_MIN: f32 = 0.74;
/// The best fact must lead the next one by this much to be answered outright.
pub const ANSWER_MARGIN: f32 = 0.06;
/// A fact this good that no other fact comes near is answered too: a paraphrase whose words
/// all point to one fact, even if not all of them are in its keys.
pub const LONE_MIN: f32 = 0.60;
/// "No other fact comes near": the runner-up is at least this far below.
pub const LONE_MARGIN: f32 = 0.25;
/// A `/who` question that asks for an office ("home secretary") is answered only by a fact
/// whose keys and phrases hold this much of it: the office's every word, not just its head.
pub const OFFICE_STRONG_MIN: f32 = 0.80;
/// A query that may be near facts' keys with a word dropped ([`Hit::dropped_by`]) is answered
/// only this far ahead of them, exact or not: "1966 siege" is one fact's key, and also
/// "Linport siege 1966" and "Oakmere siege 1966" without the place.
pub const WORD_DROPPED_MARGIN: f32 = 0.12;
/// ... when at least this many near facts have such a key.
pub const WORD_DROPPED_FACTS: u32 = 2;
/// Facts at or above this score may be offered as suggestions.
pub const SUGGEST_MIN: f32 = 0.45;
/// Suggestions stay within this distance of the best score.
pub const SUGGEST_WINDOW: f32 = 0.30;
/// Autocomplete offers facts from this score on.
pub const AUTOCOMPLETE_MIN: f32 = 0.30;

/// A fact offered to the member, with the score that put it there.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    pub id: String,
    pub title: String,
    pub score: f32,
}

/// What the engine decided for one query.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Confident: this fact.
    Answer { fact: FactRef, score: f32 },
    /// Plausible facts, best first, for the member to pick from.
    Suggestions(Vec<(FactRef, f32)>),
    /// Nothing in the case file; `hints` are keys the member could try instead.
    NotFound { hints: Vec<String> },
    /// The query could not be used at all (too long, empty).
    Invalid(String),
}

impl Outcome {
    pub fn status(&self) -> &'static str {
        match self {
            Outcome::Answer { .. } => "answer",
            Outcome::Suggestions(_) => "suggestions",
            Outcome::NotFound { .. } => "not_found",
            Outcome::Invalid(_) => "invalid",
        }
    }
}

/// One autocomplete choice: what the member sees and the value sent back (the fact id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Choice {
    pub name: String,
    pub value: String,
}

/// The facts and their indexes: everything needed to answer, immutable once built.
#[derive(Debug)]
pub struct Engine {
    base: FactBase,
    indexes: [Index; 3],
}

impl Engine {
    /// Builds an index per command from the base, using the validator's normal forms of the
    /// keys, which it takes ([`FactBase::take_key_norms`]).
    pub fn new(mut base: FactBase) -> Engine {
        let key_norms = Command::ALL.map(|command| base.take_key_norms(command));
        let build = |command: Command, key_norms: Vec<Box<str>>| {
            let facts = base
                .refs(command)
                .map(|f| IndexFact {
                    id: base.id(f).to_string(),
                    label: base.label(f),
                    keys: base.keys(f).into_iter().map(str::to_string).collect(),
                    phrases: base.phrases(f),
                    body: base.body(f).into_iter().map(str::to_string).collect(),
                })
                .collect();
            Index::build_normalised(facts, key_norms)
        };
        // The indexes are independent: /when's (usually the largest) is built beside the other
        // two, one after the other (two at a time hold less memory at the peak than three).
        let [when, who, quote] = key_norms;
        let indexes = std::thread::scope(|scope| {
            let when = scope.spawn(move || build(Command::When, when));
            let who = build(Command::Who, who);
            let quote = build(Command::Quote, quote);
            let when = when.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
            [when, who, quote]
        });
        Engine { base, indexes }
    }

    pub fn base(&self) -> &FactBase {
        &self.base
    }

    pub fn index_of(&self, command: Command) -> &Index {
        &self.indexes[command.index()]
    }

    /// Decides what to answer for `query` under `command`.
    pub fn ask(&self, command: Command, query: &str) -> Outcome {
        let index = self.index_of(command);
        let length = query.chars().count();
        if length > limits::QUERY_MAX_CHARS {
            return Outcome::Invalid(format!(
                "the query is {length} characters long; at most {} are accepted",
                limits::QUERY_MAX_CHARS
            ));
        }
        if query.trim().is_empty() {
            return Outcome::Invalid("the query is empty".to_string());
        }
        let fact = |n: u32| FactRef {
            command,
            index: n as usize,
        };
        // An autocomplete pick sends the fact id back.
        if let Some(n) = index.by_id(query) {
            return Outcome::Answer {
                fact: fact(n),
                score: 1.0,
            };
        }
        let prepared = Prepared::read(query, false, self.base.lexicon());
        // The decision looks at the best few facts only: suggestions, runner-up and hints.
        let mut hits = index.search_top(&prepared, limits::SUGGESTIONS_MAX.max(3));
        index.mark_word_dropped(&mut hits);
        // A /who question that asks for a person by office ("head of", "minister") is not
        // answered with an organisation: the documents would have named the person.
        let asks_for_office = command == Command::Who
            && prepared
                .words
                .iter()
                .any(|w| self.base.lexicon().is_role(w));
        let may_answer = |hit: &Hit| {
            !asks_for_office
                || (self.base.people[hit.fact as usize].kind == PersonKind::Person
                    && hit.strong >= OFFICE_STRONG_MIN)
        };
        decide(&hits, fact, may_answer, || self.hints(command, &hits))
    }

    /// Up to three keys to suggest trying when nothing was found.
    fn hints(&self, command: Command, hits: &[Hit]) -> Vec<String> {
        let index = self.index_of(command);
        let mut hints: Vec<String> = hits
            .iter()
            .take(3)
            .map(|h| {
                self.base.keys(FactRef {
                    command,
                    index: h.fact as usize,
                })[0]
                    .to_string()
            })
            .collect();
        if hints.is_empty() {
            // Nothing was even close: show what kind of thing this command knows.
            let n = index.fact_count();
            hints = (0..n.min(3))
                .map(|i| {
                    let f = FactRef {
                        command,
                        index: i * n / 3,
                    };
                    self.base.keys(f)[0].to_string()
                })
                .collect();
        }
        hints
    }

    /// Choices for what the member has typed so far: ranked, at most 25, labels within 100
    /// characters. An empty input lists the command's facts in their default order.
    pub fn autocomplete(&self, command: Command, partial: &str) -> Vec<Choice> {
        let index = self.index_of(command);
        let partial: String = partial.chars().take(limits::QUERY_MAX_CHARS).collect();
        let prepared = Prepared::read(&partial, true, self.base.lexicon());
        let facts: Vec<u32> = if prepared.is_empty() {
            self.default_order(command)
        } else {
            index
                .search_top(&prepared, limits::AUTOCOMPLETE_CHOICES_MAX)
                .into_iter()
                .filter(|h| h.score >= AUTOCOMPLETE_MIN)
                .map(|h| h.fact)
                .collect()
        };
        facts
            .into_iter()
            .take(limits::AUTOCOMPLETE_CHOICES_MAX)
            .map(|n| {
                let f = index.fact(n);
                Choice {
                    name: limits::trim_text(&f.label, limits::CHOICE_NAME_MAX),
                    value: f.id.clone(),
                }
            })
            .collect()
    }

    /// Events in date order, people with the most linked facts first, quotes as filed.
    fn default_order(&self, command: Command) -> Vec<u32> {
        let base = &self.base;
        let mut order: Vec<u32> = (0..base.len(command) as u32).collect();
        match command {
            Command::When => order.sort_by_key(|&i| base.events[i as usize].date.first_day()),
            Command::Who => order.sort_by_key(|&i| {
                let i = i as usize;
                std::cmp::Reverse(base.quotes_of(i).len() + base.events_of(i).len())
            }),
            Command::Quote => {}
        }
        order
    }
}

/// Whether the best hit may be a word-dropped form of a near fact's key that it does not
/// lead clearly (see [`Index::mark_word_dropped`]): then it is suggested, not answered.
fn word_dropped_doubt(best: &Hit) -> bool {
    best.dropped_by >= WORD_DROPPED_FACTS && best.score - best.dropped_score < WORD_DROPPED_MARGIN
}

/// The decision rule, apart from the index so that it can be tested and benchmarked alone.
pub fn decide<F, A, H>(hits: &[Hit], fact: F, may_answer: A, hints: H) -> Outcome
where
    F: Fn(u32) -> FactRef,
    A: Fn(&Hit) -> bool,
    H: FnOnce() -> Vec<String>,
{
    let Some(best) = hits.first() else {
        return Outcome::NotFound { hints: hints() };
    };
    let runner_up = hits.get(1).map_or(0.0, |h| h.score);
    let clear = best.score >= ANSWER_MIN && best.score - runner_up >= ANSWER_MARGIN;
    let lone = best.score >= LONE_MIN && best.score - runner_up >= LONE_MARGIN;
    if (best.exact || ((clear || lone) && may_answer(best))) && !word_dropped_doubt(best) {
        return Outcome::Answer {
            fact: fact(best.fact),
            score: best.score,
        };
    }
    let suggestions: Vec<(FactRef, f32)> = hits
        .iter()
        .take_while(|h| h.score >= SUGGEST_MIN && best.score - h.score <= SUGGEST_WINDOW)
        .take(limits::SUGGESTIONS_MAX)
        .map(|h| (fact(h.fact), h.score))
        .collect();
    if suggestions.is_empty() {
        Outcome::NotFound { hints: hints() }
    } else {
        Outcome::Suggestions(suggestions)
    }
}
