//! The features the decision rule looks at, for every question of a set, as JSON lines: the
//! top facts with their score, how much of the query their keys and phrases hold (`strong`) and
//! how much everything they say holds (`cover`). For fitting and checking the decision on data:
//! `cargo run --release -p casebot-bench --example features -- tests/tuning/tuning.jsonl`

use std::io::{BufRead, Write};

use casebot_core::knowledge::{Command, FactBase};
use casebot_core::matching::Engine;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [file] = args.as_slice() else {
        eprintln!("usage: features <set.jsonl>");
        std::process::exit(2);
    };
    let dir = std::env::var("CASEBOT_KNOWLEDGE")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| casebot_bench::shipped_knowledge());
    let (base, _) = FactBase::load(&dir).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1)
    });
    let engine = Engine::new(base);
    let input = std::fs::File::open(file).unwrap_or_else(|e| {
        eprintln!("{file}: {e}");
        std::process::exit(2)
    });
    let mut out = std::io::stdout().lock();
    for line in std::io::BufReader::new(input).lines().map_while(Result::ok) {
        let Ok(mut case) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let (Some(command), Some(query)) = (
            case["command"]
                .as_str()
                .and_then(|c| c.parse::<Command>().ok()),
            case["query"].as_str().map(str::to_string),
        ) else {
            continue;
        };
        // Labels name facts by the id they had when labelled: a merged one by its former id.
        let base = engine.base();
        let labels: Vec<&mut serde_json::Value> = match case.as_object_mut() {
            Some(fields) => fields
                .iter_mut()
                .filter(|(k, _)| *k == "expect" || *k == "also")
                .flat_map(|(_, v)| match v {
                    serde_json::Value::Array(also) => also.iter_mut().collect::<Vec<_>>(),
                    one => vec![one],
                })
                .collect(),
            None => Vec::new(),
        };
        for label in labels {
            if let Some(fact) = label.as_str().and_then(|id| base.by_id(command, id)) {
                *label = base.id(fact).into();
            }
        }
        let index = engine.index_of(command);
        // The hits the decision weighs (as `ask` reads the query), or none.
        let (words, hits) = engine
            .explain(command, &query)
            .map(|(prepared, hits, _)| (prepared.words, hits))
            .unwrap_or_default();
        let hits: Vec<serde_json::Value> = hits
            .iter()
            .map(|h| {
                serde_json::json!({
                    "id": index.fact(h.fact).id,
                    "score": h.score,
                    "strong": h.strong,
                    "cover": h.cover,
                    "elsewhere": h.elsewhere,
                    "unknown": h.unknown,
                    "holds_key": h.holds_key,
                    "exact": h.exact,
                    "dropped_by": h.dropped_by,
                    "dropped_score": h.dropped_score,
                    "key": index.key_text(h.key),
                })
            })
            .collect();
        case["words"] = serde_json::json!(words);
        case["hits"] = serde_json::json!(hits);
        case["refused"] = serde_json::json!(
            engine
                .refusal_of_best(command, &query)
                .map(|v| format!("{v:?}"))
        );
        case["outcome"] = serde_json::json!(engine.ask(command, &query).status());
        case["verdict"] = serde_json::json!(
            engine
                .explain(command, &query)
                .map(|(_, _, verdict)| format!("{verdict:?}"))
        );
        let _ = writeln!(out, "{case}");
    }
}
