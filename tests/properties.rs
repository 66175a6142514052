//! Property tests: whatever a member types — any Unicode, control characters, combining marks,
//! right-to-left text, emoji, up to 10,000 characters — asking and autocomplete return an
//! outcome within Discord's limits and never panic, and the same input always gets the same
//! outcome, from one engine or from a second one built from the same facts. The normaliser is
//! idempotent and lower case, and `trim_text` never exceeds its limit.

use std::sync::LazyLock;

use casebot_core::knowledge::Command;
use casebot_core::limits::{self, trim_text};
use casebot_core::matching::{Engine, Outcome};
use casebot_core::service::{self, AskResult};
use casebot_core::text::{fold, normalize};
use proptest::prelude::*;

use crate::util::shipped_engine;

/// Two engines built independently from the shipped facts.
static ENGINES: LazyLock<(Engine, Engine)> = LazyLock::new(|| (shipped_engine(), shipped_engine()));

/// `cases` cases; failures are kept as tests in `tests/regression.rs`, not in files.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Ranges of characters that tend to break text handling, mixed with ordinary letters.
const HOSTILE: &[(char, char)] = &[
    // Any scalar value at all (surrogates map to U+FFFD).
    ('\u{0}', '\u{10ffff}'),
    // ASCII letters, digits, spaces and punctuation (words that can match), twice as likely.
    (' ', '~'),
    (' ', '~'),
    // C0 and C1 controls, NUL included.
    ('\u{0}', '\u{1f}'),
    ('\u{7f}', '\u{9f}'),
    // Combining marks, stacked freely.
    ('\u{300}', '\u{36f}'),
    ('\u{1ab0}', '\u{1aff}'),
    // Right-to-left: Hebrew, Arabic, and the bidi controls.
    ('\u{5d0}', '\u{5ea}'),
    ('\u{621}', '\u{64a}'),
    ('\u{200b}', '\u{200f}'),
    ('\u{202a}', '\u{202e}'),
    ('\u{2066}', '\u{2069}'),
    // Emoji, regional indicators, variation selector 16, zero-width joiner, BOM.
    ('\u{1f300}', '\u{1faff}'),
    ('\u{1f1e6}', '\u{1f1ff}'),
    ('\u{fe0f}', '\u{fe0f}'),
    ('\u{200d}', '\u{200d}'),
    ('\u{feff}', '\u{feff}'),
    // Letters with diacritics and ones that do not decompose, fullwidth and ligature forms.
    ('\u{c0}', '\u{24f}'),
    ('\u{1e00}', '\u{1eff}'),
    ('\u{ff01}', '\u{ff5e}'),
    ('\u{fb00}', '\u{fb06}'),
    // Enclosed and styled letters (circled, squared, mathematical), modifier letters.
    ('\u{2460}', '\u{24ff}'),
    ('\u{1f130}', '\u{1f189}'),
    ('\u{1d400}', '\u{1d7ff}'),
    ('\u{1d2c}', '\u{1d6a}'),
    // Greek and Cyrillic, with their odd case mappings.
    ('\u{370}', '\u{4ff}'),
    // The last code points, private use.
    ('\u{e000}', '\u{e0ff}'),
    ('\u{10fff0}', '\u{10ffff}'),
];

/// One character: a range of `HOSTILE` and a number picking within it. Drawing two integers
/// is much cheaper than a union of char strategies, and still shrinks towards plain text.
fn hostile_char() -> impl Strategy<Value = char> {
    (0..HOSTILE.len(), any::<u32>()).prop_map(|(range, n)| {
        let (lo, hi) = HOSTILE[range];
        let span = hi as u32 - lo as u32 + 1;
        char::from_u32(lo as u32 + n % span).unwrap_or('\u{fffd}')
    })
}

fn text(max_chars: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(hostile_char(), 0..=max_chars).prop_map(|cs| cs.into_iter().collect())
}

/// Up to `max_chars` characters, made of two hostile pieces repeated: generating thousands of
/// characters one by one would make the test slow without finding more.
fn long_text(max_chars: usize) -> impl Strategy<Value = String> {
    (text(150), text(150), 0..=max_chars).prop_map(|(a, b, n)| {
        let piece = format!("{a}{b}");
        if piece.is_empty() {
            return piece;
        }
        piece.chars().cycle().take(n).collect()
    })
}

/// Queries a member could send: mostly within the 100-character limit, some just past it.
fn query() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => text(limits::QUERY_MAX_CHARS),
        1 => text(limits::QUERY_MAX_CHARS + 20),
        // Real keys, mangled: typed with hostile characters around and inside them.
        2 => (key(), text(8), text(8)).prop_map(|(k, a, b)| format!("{a}{k}{b}")),
    ]
}

/// One of the shipped base's keys, so the properties also cover queries that do match.
fn key() -> impl Strategy<Value = String> {
    let (engine, _) = &*ENGINES;
    let base = engine.base();
    let keys: Vec<String> = Command::ALL
        .iter()
        .flat_map(|&c| base.refs(c))
        .flat_map(|f| base.keys(f).into_iter().map(str::to_string))
        .collect();
    prop::sample::select(keys)
}

fn command() -> impl Strategy<Value = Command> {
    prop::sample::select(Command::ALL.to_vec())
}

/// What every outcome and reply must satisfy, whatever the query.
fn check_ask(engine: &Engine, command: Command, query: &str) -> Result<Outcome, TestCaseError> {
    let response = service::handle(engine, command, query);
    let length = query.chars().count();
    match &response.outcome {
        Outcome::Invalid(why) => prop_assert!(
            length > limits::QUERY_MAX_CHARS || query.trim().is_empty(),
            "a usable query was refused: {why}"
        ),
        outcome => prop_assert!(
            length <= limits::QUERY_MAX_CHARS,
            "a {length}-character query was searched: {outcome:?}"
        ),
    }
    match &response.outcome {
        Outcome::Answer { fact, score } => {
            prop_assert_eq!(fact.command, command);
            prop_assert!(fact.index < engine.base().len(command));
            prop_assert!(score.is_finite());
        }
        Outcome::Suggestions(facts) => {
            prop_assert!(!facts.is_empty() && facts.len() <= limits::SUGGESTIONS_MAX);
            for (f, score) in facts {
                prop_assert_eq!(f.command, command);
                prop_assert!(f.index < engine.base().len(command));
                prop_assert!(score.is_finite());
            }
        }
        Outcome::NotFound { hints } => prop_assert!(hints.len() <= 3),
        Outcome::Invalid(_) => {}
    }
    let reply = &response.reply;
    prop_assert!(reply.buttons.len() <= limits::SUGGESTIONS_MAX);
    let broken = limits::violations(reply);
    prop_assert!(broken.is_empty(), "{:?}", broken);
    prop_assert!(serde_json::to_string(&AskResult::new(engine, &response)).is_ok());
    prop_assert!(!casebot::terminal::render(reply).is_empty());
    Ok(response.outcome)
}

fn check_autocomplete(
    engine: &Engine,
    command: Command,
    partial: &str,
) -> Result<Vec<casebot_core::matching::Choice>, TestCaseError> {
    let choices = engine.autocomplete(command, partial);
    prop_assert!(choices.len() <= limits::AUTOCOMPLETE_CHOICES_MAX);
    for c in &choices {
        let name = c.name.chars().count();
        prop_assert!(
            (1..=limits::CHOICE_NAME_MAX).contains(&name),
            "{:?}",
            c.name
        );
        prop_assert!(c.value.chars().count() <= limits::CHOICE_NAME_MAX);
        prop_assert!(
            engine.base().by_id(command, &c.value).is_some(),
            "{:?} is not a fact id",
            c.value
        );
    }
    Ok(choices)
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_query_gets_an_outcome_the_same_every_time(command in command(), query in query()) {
        let (engine, twin) = &*ENGINES;
        let first = check_ask(engine, command, &query)?;
        prop_assert_eq!(&first, &engine.ask(command, &query));
        prop_assert_eq!(&first, &twin.ask(command, &query));
    }

    #[test]
    fn any_partial_gets_bounded_choices_the_same_every_time(
        command in command(),
        partial in query(),
    ) {
        let (engine, twin) = &*ENGINES;
        let first = check_autocomplete(engine, command, &partial)?;
        prop_assert_eq!(&first, &engine.autocomplete(command, &partial));
        prop_assert_eq!(&first, &twin.autocomplete(command, &partial));
    }

    #[test]
    fn normalize_is_idempotent_and_lower_case(text in text(200)) {
        let once = normalize(&text);
        prop_assert_eq!(&normalize(&once), &once);
        prop_assert_eq!(&once.to_lowercase(), &once);
        prop_assert!(!once.chars().any(char::is_uppercase), "{once:?}");
        prop_assert!(!once.starts_with(' ') && !once.ends_with(' ') && !once.contains("  "));
        let folded = fold(&text);
        prop_assert_eq!(&fold(&folded), &folded);
    }

    #[test]
    fn trim_text_never_exceeds_its_limit(text in text(300), max in 0usize..320) {
        let out = trim_text(&text, max);
        prop_assert!(out.chars().count() <= max, "{} > {max}", out.chars().count());
        if text.chars().count() <= max {
            prop_assert_eq!(out, text);
        }
    }
}

/// Pieces of what members type around a question ([`casebot_core::matching::tidy`]), for
/// [`tidy_never_panics_and_leaves_a_word`] to mix with hostile text.
const AROUND: &[&str] = &[
    "thanks",
    "Thanks!",
    "thank you",
    " in advance",
    ", if anyone knows?",
    " Anyone?",
    "(",
    ")",
    " \u{2013} ",
    "\u{2014}",
    "?",
    "!",
    ".",
    ",",
    "@dana ",
    "<@123> ",
    "<#9>",
    "Hey all, ",
    "Sorry if this is a dumb question, ",
    "Quick q: ",
    "Can you tell me ",
    "btw ",
    "who ",
    "when'd ",
    "\u{2019}",
    "`",
    "WHO",
    "  ",
    "lol",
    " (asking for a friend)",
    "…",
    "Wait, ",
    "ok so ",
    " pls",
    " Just curious.",
    "hmm",
    " who was that ",
    "hwo ",
    " wen ",
    "Waht ",
    "whi'd ",
    "whos ",
    " lambassade ",
    " quand ",
    " snowdens ",
    "can you tell me ",
    "Does anyone know ",
    " on what date ",
    "What did ",
];

fn around() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![3 => prop::sample::select(AROUND).prop_map(str::to_string), 1 => text(6)],
        0..12,
    )
    .prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(config(512))]

    /// Taking off courtesy never panics (slicing text of any script) and never takes every
    /// word off.
    #[test]
    fn tidy_never_panics_and_leaves_a_word(query in around()) {
        let tidied = casebot_core::matching::tidy::tidy(&query);
        let words = |t: &str| t.chars().filter(|c| c.is_alphanumeric()).count();
        prop_assert_eq!(words(&query) > 0, words(&tidied) > 0, "{:?} -> {:?}", query, tidied);
    }

    /// Reading a slipped question word as meant never panics and changes no word count.
    #[test]
    fn question_words_mended_keep_the_words(query in around()) {
        let mended =
            casebot_core::matching::spelling::mend_question_words(&query, "who", |_| false);
        let words = |t: &str| t.split_whitespace().count();
        prop_assert_eq!(words(&query), words(&mended), "{:?} -> {:?}", query, mended);
        // Apostrophes put back only add apostrophes.
        let knows = |w: &str| w.len().is_multiple_of(2);
        for restored in [
            casebot_core::matching::tidy::with_elisions(&query, knows),
            casebot_core::matching::tidy::with_possessives(&query, knows),
        ] {
            prop_assert_eq!(restored.replace('\'', ""), query.replace('\'', ""));
        }
    }
}

proptest! {
    // Long inputs cost more per case: fewer of them.
    #![proptest_config(config(24))]

    #[test]
    fn ten_thousand_characters_are_refused_or_truncated(
        command in command(),
        query in long_text(10_000),
    ) {
        let (engine, twin) = &*ENGINES;
        let outcome = check_ask(engine, command, &query)?;
        prop_assert_eq!(&outcome, &twin.ask(command, &query));
        let choices = check_autocomplete(engine, command, &query)?;
        prop_assert_eq!(&choices, &twin.autocomplete(command, &query));
        let once = normalize(&query);
        prop_assert_eq!(normalize(&once), once);
    }
}
