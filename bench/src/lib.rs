//! casebot-bench: tooling to measure casebot-core, kept out of the shipped crates.
//!
//! - [`synth`]: deterministic synthetic fact bases and queries (no real facts), written
//!   through the core's schema types so the generator cannot drift from the schema.
//! - [`synth2`]: a second generator of keys and queries, designed apart from the first (its
//!   own vocabulary and typo model: one or two typos at any position, mistyped filler words).
//! - `benches/`: criterion benchmarks of `ask`, autocomplete (`engine`) and reloading at
//!   scale (`reload`).
//! - `examples/`: `compare` (timings and accuracy, and the files `scripts/compare.py` reads),
//!   `synth` (write and load a synthetic knowledge directory), `explain` (how a query ranks).

pub mod synth;
pub mod synth2;

use std::path::{Path, PathBuf};

use casebot_core::knowledge::{Command, FactBase};
use casebot_core::matching::Engine;

/// The workspace root, where `knowledge/` and `tests/eval/` live.
pub fn workspace_root() -> &'static Path {
    let bench = Path::new(env!("CARGO_MANIFEST_DIR"));
    bench.parent().unwrap_or(bench)
}

/// The shipped knowledge directory.
pub fn shipped_knowledge() -> PathBuf {
    workspace_root().join("knowledge")
}

/// An engine over the shipped knowledge, and the evaluation queries (`tests/eval/*.jsonl`)
/// with their commands.
pub fn shipped() -> (Engine, Vec<(Command, String)>) {
    let (base, _) = FactBase::load(&shipped_knowledge()).unwrap_or_else(|e| panic!("{e}"));
    let mut queries = Vec::new();
    for command in Command::ALL {
        let file = workspace_root().join(format!("tests/eval/{command}.jsonl"));
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for line in text.lines() {
            if let Ok(case) = serde_json::from_str::<serde_json::Value>(line)
                && let Some(q) = case["query"].as_str()
            {
                queries.push((command, q.to_string()));
            }
        }
    }
    (Engine::new(base), queries)
}

/// What autocomplete is timed on: the first 60% of a query, as if still typing.
pub fn typed(query: &str) -> String {
    let n = query.chars().count();
    query.chars().take((n * 3).div_ceil(5)).collect()
}

// The same allocator as the bot (see the root crate's `src/lib.rs` for why): the loader and the
// index allocate many small strings and vectors, and the figures in README.md's Performance
// section are measured with mimalloc. Declared in this library so that every benchmark and
// example that links it runs on it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
