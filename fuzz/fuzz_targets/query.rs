//! The query path on arbitrary input: `ask` (through the service, reply and JSON result
//! included) and autocomplete, for the command the first byte picks, on the shipped facts.
//! Nothing may panic, replies and choices stay within Discord's limits, and asking twice gives
//! the same outcome.
#![no_main]

#[path = "common.rs"]
mod common;

use std::sync::LazyLock;

use casebot_core::knowledge::Command;
use casebot_core::knowledge::load::load_files;
use casebot_core::limits;
use casebot_core::matching::{Engine, Outcome};
use casebot_core::service::{self, AskResult};
use libfuzzer_sys::fuzz_target;

static ENGINE: LazyLock<Engine> = LazyLock::new(|| {
    let files = common::to_files(common::base(true));
    match load_files(&files) {
        Ok((base, _)) => Engine::new(base),
        Err(e) => panic!("the shipped knowledge does not load: {e}"),
    }
});

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let command = Command::ALL[usize::from(selector) % 3];
    let query = String::from_utf8_lossy(rest);
    let engine = &*ENGINE;

    let response = service::handle(engine, command, &query);
    if query.chars().count() > limits::QUERY_MAX_CHARS {
        assert!(matches!(response.outcome, Outcome::Invalid(_)));
    }
    assert_eq!(response.outcome, engine.ask(command, &query));
    let broken = limits::violations(&response.reply);
    assert!(broken.is_empty(), "{broken:?}");
    assert!(serde_json::to_string(&AskResult::new(engine, &response)).is_ok());

    let choices = engine.autocomplete(command, &query);
    assert!(choices.len() <= limits::AUTOCOMPLETE_CHOICES_MAX);
    for c in &choices {
        assert!(!c.name.is_empty() && c.name.chars().count() <= limits::CHOICE_NAME_MAX);
        assert!(engine.base().by_id(command, &c.value).is_some());
    }
    assert_eq!(choices, engine.autocomplete(command, &query));
});
