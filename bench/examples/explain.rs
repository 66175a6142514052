//! Shows how the engine ranks a query: the top facts, their scores and the key that matched.
//! `cargo run -p casebot-bench --example explain -- who "britain foreign minister"`

use std::io::Write;
use std::path::Path;

use casebot_core::knowledge::{Command, FactBase};
use casebot_core::matching::{Engine, Prepared};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [command, query @ ..] = args.as_slice() else {
        eprintln!("usage: explain <when|who|quote> <query...>");
        std::process::exit(2);
    };
    let command: Command = command.parse().unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2)
    });
    let query = query.join(" ");
    let dir = std::env::var("CASEBOT_KNOWLEDGE").unwrap_or_else(|_| "knowledge".into());
    let (base, _) = FactBase::load(Path::new(&dir)).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1)
    });
    let engine = Engine::new(base);
    let index = engine.index_of(command);
    // The query as the engine reads it: through the knowledge directory's lexicon.
    let prepared = Prepared::read(&query, false, engine.base().lexicon());
    let mut out = std::io::stdout().lock();
    let mut lines = vec![format!("words: {:?}", prepared.words)];
    for (word, alternatives) in prepared.words.iter().zip(&prepared.alternatives) {
        if !alternatives.is_empty() {
            lines.push(format!(
                "  {word:?} also matches {alternatives:?} (lexicon)"
            ));
        }
    }
    for hit in index.search(&prepared).iter().take(8) {
        lines.push(format!(
            "{:.3} {:<40} keys/phrases hold {:.2}, everything {:.2}; best key {:?}{}",
            hit.score,
            index.fact(hit.fact).id,
            hit.strong,
            hit.cover,
            index.key_text(hit.key),
            if hit.exact { " (exact)" } else { "" }
        ));
    }
    lines.push(format!(
        "outcome: {:?}",
        engine.ask(command, &query).status()
    ));
    for line in lines {
        // A closed pipe (`| head`) ends the listing, not in a panic.
        if writeln!(out, "{line}").is_err() {
            return;
        }
    }
}
