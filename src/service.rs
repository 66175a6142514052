//! The one entry point both transports call: a question in, an outcome and a reply out.
//!
//! The terminal and Discord differ only in how they print a [`Response`]; what is answered,
//! and the JSON result of the CLI contract, are decided here.

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

/// Answers `query` for `command`.
pub fn handle(engine: &Engine, command: Command, query: &str) -> Response {
    let outcome = engine.ask(command, query);
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
