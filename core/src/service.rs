//! The one entry point every caller uses: [`Service`] answers questions, autocompletes,
//! describes the facts and reloads them, for the terminal and Discord alike.
//!
//! The transports differ only in how they render a [`Response`]'s reply; what is answered,
//! and the JSON result of the CLI contract, are decided here. [`handle`] is the pure function
//! of an engine and a question underneath [`Service::ask`], for tests and fuzzing over a fixed
//! engine.

use serde::Serialize;

use crate::answer::{self, AnswerView, Reply};
use crate::knowledge::Command;
use crate::matching::{Engine, Outcome, Suggestion};

/// The outcome of one question and how to show it.
#[derive(Debug, Clone)]
pub struct Response {
    pub command: Command,
    pub query: String,
    pub outcome: Outcome,
    pub reply: Reply,
}

/// Answers `query` for `command` from `engine` (what [`Service::ask`] does on its snapshot).
pub fn handle(engine: &Engine, command: Command, query: &str) -> Response {
    // A button or autocomplete choice sent before a merge carries the id the fact had then:
    // the fact base knows it as a former id of the fact it became.
    let base = engine.base();
    let asked = match base.by_id(command, query.trim()) {
        Some(fact) => base.id(fact),
        None => query,
    };
    let outcome = engine.ask(command, asked);
    let reply = answer::reply(engine, command, query, &outcome);
    Response {
        command,
        query: query.to_string(),
        outcome,
        reply,
    }
}

/// The JSON result of `casebot ask --json`, one per question (a stable contract).
#[derive(Debug, Clone, Serialize)]
pub struct AskResult {
    pub command: Option<Command>,
    pub query: Option<String>,
    pub status: &'static str,
    pub answer: Option<AnswerView>,
    pub suggestions: Vec<Suggestion>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hints: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl AskResult {
    pub fn new(engine: &Engine, response: &Response) -> AskResult {
        let base = engine.base();
        let (answer, hints, error) = match &response.outcome {
            Outcome::Answer { fact, .. } => (Some(AnswerView::new(base, *fact)), Vec::new(), None),
            Outcome::NotFound { hints } => (None, hints.clone(), None),
            Outcome::Invalid(why) => (None, Vec::new(), Some(why.clone())),
            Outcome::Suggestions(_) => (None, Vec::new(), None),
        };
        AskResult {
            command: Some(response.command),
            query: Some(response.query.clone()),
            status: response.outcome.status(),
            answer,
            suggestions: answer::suggestions(base, &response.outcome),
            hints,
            error,
        }
    }

    /// A line of input that could not be turned into a question.
    pub fn invalid(error: String) -> AskResult {
        AskResult {
            command: None,
            query: None,
            status: "invalid",
            answer: None,
            suggestions: Vec::new(),
            hints: Vec::new(),
            error: Some(error),
        }
    }
}

/// Queries that found nothing since start, counted, so moderators learn what to add.
#[derive(Debug, Default)]
pub struct Misses {
    counts: std::sync::Mutex<std::collections::HashMap<(Command, String), u64>>,
}

impl Misses {
    /// Distinct misses remembered; beyond this new ones are not counted (old ones still are).
    pub const CAPACITY: usize = 10_000;

    pub fn record(&self, command: Command, query: &str) {
        let key = crate::text::fold(query);
        if key.is_empty() {
            return;
        }
        let mut counts = crate::lock(&self.counts);
        let full = counts.len() >= Self::CAPACITY;
        match counts.get_mut(&(command, key.clone())) {
            Some(n) => *n += 1,
            None if !full => {
                counts.insert((command, key), 1);
            }
            None => {}
        }
    }

    /// The `n` most frequent misses, most frequent first (ties in alphabetical order).
    pub fn top(&self, n: usize) -> Vec<(Command, String, u64)> {
        let counts = crate::lock(&self.counts);
        let mut all: Vec<(Command, String, u64)> = counts
            .iter()
            .map(|((c, q), n)| (*c, q.clone(), *n))
            .collect();
        all.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
        all.truncate(n);
        all
    }
}

/// The running bot's state, shared by every transport: live facts and the misses.
pub struct Service {
    pub live: std::sync::Arc<crate::live::Live>,
    pub misses: Misses,
}

impl Service {
    pub fn new(live: std::sync::Arc<crate::live::Live>) -> Self {
        Service {
            live,
            misses: Misses::default(),
        }
    }

    /// Answers a member's question, remembering it if the case file had nothing.
    pub fn ask(&self, command: Command, query: &str) -> Response {
        self.answer(command, query).1
    }

    /// Answers from one snapshot, which it returns beside the response, and remembers a miss.
    fn answer(
        &self,
        command: Command,
        query: &str,
    ) -> (std::sync::Arc<crate::live::Snapshot>, Response) {
        let snapshot = self.live.snapshot();
        let response = handle(&snapshot.engine, command, query);
        if matches!(response.outcome, Outcome::NotFound { .. }) {
            self.misses.record(command, query);
        }
        (snapshot, response)
    }

    /// Reloads the facts (validate, swap or keep) for a caller that logs the outcome: a
    /// signal or a file watcher. [`Service::reload`] is the same for a moderator's `/reload`.
    pub fn reload_facts(
        &self,
    ) -> Result<crate::knowledge::ReloadReport, crate::knowledge::LoadFailure> {
        self.live.reload()
    }

    /// [`Service::ask`] as the JSON result of the CLI contract, from one snapshot.
    pub fn ask_json(&self, command: Command, query: &str) -> AskResult {
        let (snapshot, response) = self.answer(command, query);
        AskResult::new(&snapshot.engine, &response)
    }

    /// The facts being served now.
    pub fn snapshot(&self) -> std::sync::Arc<crate::live::Snapshot> {
        self.live.snapshot()
    }

    /// Autocomplete choices for what the member has typed so far.
    pub fn autocomplete(&self, command: Command, partial: &str) -> Vec<crate::matching::Choice> {
        self.live.snapshot().engine.autocomplete(command, partial)
    }

    /// `/facts`: what the bot knows.
    pub fn overview(&self) -> Reply {
        let snapshot = self.live.snapshot();
        answer::overview(&snapshot.engine, snapshot.loaded_at)
    }

    /// `/reload` by a moderator: validate, swap or keep, and report, with the top misses.
    pub fn reload(&self) -> Reply {
        let result = self.live.reload();
        answer::reload_reply(self.live.dir(), &result, &self.misses.top(10))
    }
}
