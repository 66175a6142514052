//! Shows how the engine ranks a query: the top facts, their scores and the key that matched.
//! `cargo run -p casebot-bench --example explain -- who "britain foreign minister"`

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
    let prepared = Prepared::new(&query, false);
    println!("words: {:?}", prepared.words);
    for hit in index.search(&prepared).iter().take(8) {
        println!(
            "{:.3} {:<40} key {:?}{}",
            hit.score,
            index.fact(hit.fact).id,
            index.key_text(hit.key),
            if hit.exact { " (exact)" } else { "" }
        );
    }
    println!("outcome: {:?}", engine.ask(command, &query).status());
}
