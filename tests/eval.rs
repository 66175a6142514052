//! The evaluation set: queries written from the documents, each with the fact it must find
//! (or `null`: the documents do not cover it, and the bot must not answer). Asserts at least
//! 95% right overall and that no out-of-scope query is answered, and prints the table by
//! category (`cargo test --test tests eval:: -- --nocapture`).

use std::collections::BTreeMap;
use std::path::Path;

use casebot_core::knowledge::Command;
use casebot_core::matching::{Engine, Outcome};
use serde::Deserialize;

use crate::util::shipped_engine;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    command: String,
    query: String,
    expect: Option<String>,
    category: String,
    #[serde(default)]
    outcome: Option<String>,
}

fn cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval");
    let mut cases = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/eval exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable eval file");
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let case: Case = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", file.display(), n + 1));
            cases.push(case);
        }
    }
    cases
}

/// Whether the engine's outcome is right for the case, and what it was.
fn judge(engine: &Engine, case: &Case) -> (bool, String) {
    let command: Command = case.command.parse().expect("valid command in eval set");
    let outcome = engine.ask(command, &case.query);
    let base = engine.base();
    let shown = match &outcome {
        Outcome::Answer { fact, score } => format!("answer {} ({score:.2})", base.id(*fact)),
        Outcome::Suggestions(s) => format!(
            "suggestions [{}]",
            s.iter()
                .map(|(f, sc)| format!("{} {sc:.2}", base.id(*f)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Outcome::NotFound { .. } => "not_found".to_string(),
        Outcome::Invalid(e) => format!("invalid: {e}"),
    };
    let right = match (&case.expect, case.outcome.as_deref(), &outcome) {
        (None, _, Outcome::Answer { .. }) => false,
        (None, _, _) => true,
        (Some(id), Some("suggestions"), Outcome::Suggestions(s)) => {
            s.iter().any(|(f, _)| base.id(*f) == id)
        }
        (Some(id), Some("suggestions"), Outcome::Answer { fact, .. }) => base.id(*fact) == id,
        (Some(id), None, Outcome::Answer { fact, .. }) => base.id(*fact) == id,
        _ => false,
    };
    (right, shown)
}

#[test]
fn evaluation_set_is_answered_right() {
    let engine = shipped_engine();
    let cases = cases();
    assert!(
        cases.len() >= 150,
        "the evaluation set has only {} queries",
        cases.len()
    );
    let out_of_scope = cases.iter().filter(|c| c.expect.is_none()).count();
    assert!(
        out_of_scope >= 20,
        "only {out_of_scope} out-of-scope queries"
    );

    // Every expected id exists, so a renamed fact cannot silently make a case unwinnable.
    for case in &cases {
        if let Some(id) = &case.expect {
            let command: Command = case.command.parse().expect("valid command");
            assert!(
                engine.base().by_id(command, id).is_some(),
                "eval case {:?} expects unknown {command} id {id:?}",
                case.query
            );
        }
    }

    let mut table: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut answered_out_of_scope = Vec::new();
    for case in &cases {
        let (right, shown) = judge(&engine, case);
        let entry = table
            .entry((case.category.clone(), case.command.clone()))
            .or_default();
        entry.1 += 1;
        if right {
            entry.0 += 1;
        } else {
            failures.push(format!(
                "  /{} {:?}: expected {} {}, got {shown}",
                case.command,
                case.query,
                case.outcome.as_deref().unwrap_or("answer"),
                case.expect.as_deref().unwrap_or("(nothing)")
            ));
            if case.expect.is_none() {
                answered_out_of_scope.push(case.query.clone());
            }
        }
    }

    let mut by_category: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for ((category, _), (right, total)) in &table {
        let e = by_category.entry(category).or_default();
        e.0 += right;
        e.1 += total;
    }
    println!(
        "\n{:<14} {:>5} {:>5} {:>5} {:>7}",
        "category", "when", "who", "quote", "right"
    );
    for (category, (right, total)) in &by_category {
        let cell = |command: &str| {
            table
                .get(&(category.to_string(), command.to_string()))
                .map_or("-".to_string(), |(r, t)| format!("{r}/{t}"))
        };
        println!(
            "{category:<14} {:>5} {:>5} {:>5} {:>6.1}%",
            cell("when"),
            cell("who"),
            cell("quote"),
            100.0 * *right as f64 / *total as f64
        );
    }
    let right: usize = by_category.values().map(|v| v.0).sum();
    let total = cases.len();
    let share = right as f64 / total as f64;
    println!("{:<14} {right}/{total} = {:.1}%", "all", 100.0 * share);
    if !failures.is_empty() {
        println!("wrong:\n{}", failures.join("\n"));
    }
    assert!(
        answered_out_of_scope.is_empty(),
        "out-of-scope queries were answered: {answered_out_of_scope:?}"
    );
    assert!(share >= 0.95, "only {:.1}% right (need 95%)", 100.0 * share);
}
