//! Writes a synthetic, valid knowledge directory for load and reload benchmarks.
//!
//! `cargo run --release -p casebot-bench --example synth -- DIR 100000` writes about 100,000 facts (events,
//! people and quotes with verbatim evidence, one source document per hundred facts) to DIR,
//! then loads it back and prints how long loading, validating and indexing took, and how many
//! bytes the index takes per key. `synth DIR 0` only loads DIR (e.g. `knowledge`).

use std::path::PathBuf;
use std::time::Instant;

use casebot_core::knowledge::FactBase;
use casebot_core::matching::Engine;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(n)) = (args.first(), args.get(1).and_then(|n| n.parse().ok())) else {
        eprintln!("usage: synth DIR FACTS");
        std::process::exit(2);
    };
    let dir = PathBuf::from(dir);
    // 0 facts: only load what DIR holds (the shipped `knowledge/`, or a base written before).
    if n > 0
        && let Err(e) = casebot_bench::synth::write_knowledge(&dir, n, 42)
    {
        eprintln!("cannot write {}: {e}", dir.display());
        std::process::exit(2);
    }
    let started = Instant::now();
    let (base, _) = FactBase::load(&dir).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1)
    });
    let loaded = started.elapsed();
    let engine = Engine::new(base);
    let total = started.elapsed();
    let facts: usize = casebot_core::knowledge::Command::ALL
        .iter()
        .map(|&c| engine.base().len(c))
        .sum();
    let keys: usize = casebot_core::knowledge::Command::ALL
        .iter()
        .map(|&c| engine.index_of(c).key_count())
        .sum();
    let (index_bytes, text_bytes) = casebot_core::knowledge::Command::ALL
        .iter()
        .map(|&c| engine.index_of(c).memory())
        .fold((0, 0), |(a, b), (x, y)| (a + x, b + y));
    println!(
        "{facts} facts, {keys} keys and phrases in {}: load+validate {:.0} ms, index {:.0} ms, total {:.0} ms; index {:.1} bytes per key and phrase beyond their text ({:.1} bytes of text)",
        dir.display(),
        loaded.as_secs_f64() * 1e3,
        (total - loaded).as_secs_f64() * 1e3,
        total.as_secs_f64() * 1e3,
        index_bytes as f64 / keys.max(1) as f64,
        text_bytes as f64 / keys.max(1) as f64,
    );
}
