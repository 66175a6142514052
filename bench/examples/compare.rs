//! Times casebot's engine on a synthetic base and writes the same keys and queries for
//! `scripts/compare.py`, which runs Python's rapidfuzz on them.
//!
//! `cargo run --release -p casebot-bench --example compare -- KEYS [OUT_DIR] [--check] [--drop P]
//! [--sets N]`
//!
//! Builds a synthetic base of KEYS keys and 1,000 queries (fixed seeds, see `casebot_bench::synth`;
//! `--drop P` makes keys of 3+ words lose a word at rate P instead of `synth::WORD_DROP_RATE`),
//! writes `keys.jsonl` and `queries.jsonl` to OUT_DIR (if given), times `ask` (search and
//! decision) and autocomplete per query on one thread, and prints one JSON object: queries per
//! second, p50/p99 latency, top-1/top-5 accuracy (all, and without the ambiguous queries), how
//! many no-match queries were answered, build time and index size. `--check` also compares
//! every decided outcome, and every list of autocomplete choices, with the brute-force
//! `Index::scan_all`. `--sets N` also measures accuracy over N query sets of 1,000 (seeds 1 to
//! N), since one set of 800 queries from keys moves top-5 by 0.125% a query. KEYS 0 times the
//! shipped `knowledge/` with the evaluation queries
//! (`tests/eval/*.jsonl`) instead.

use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use casebot_bench::synth::{self, QueryKind};
use casebot_bench::typed;
use casebot_core::knowledge::{Command, FactRef};
use casebot_core::limits;
use casebot_core::matching::{AUTOCOMPLETE_MIN, Index, Outcome, Prepared, decide};
use clap::Parser;
use serde_json::json;

/// The command line (see the module docs).
#[derive(Parser)]
struct Args {
    /// Keys in the synthetic base; 0 times the shipped base.
    keys: usize,
    /// Where to write keys.jsonl and queries.jsonl.
    out: Option<PathBuf>,
    /// Compare every outcome and autocomplete list with `Index::scan_all`.
    #[arg(long)]
    check: bool,
    /// The rate at which keys of 3+ words lose a word.
    #[arg(long = "drop", value_name = "P", default_value_t = synth::WORD_DROP_RATE, value_parser = rate)]
    drop_rate: f64,
    /// Also measure accuracy over this many query sets of 1,000 (seeds 1 to N).
    #[arg(long, value_name = "N", default_value_t = 0)]
    sets: u64,
}

fn rate(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(p) if (0.0..=1.0).contains(&p) => Ok(p),
        _ => Err(format!("{text:?} is not a rate from 0 to 1")),
    }
}

fn main() {
    let Args {
        keys,
        out,
        check,
        drop_rate,
        sets,
    } = Args::parse();
    if keys == 0 {
        shipped();
        return;
    }

    let facts = synth::facts(keys, 42);
    let queries = synth::queries_with(&facts, 1000, 7, drop_rate);
    if let Some(dir) = &out
        && let Err(e) = write_files(dir, &facts, &queries)
    {
        eprintln!("cannot write to {}: {e}", dir.display());
        std::process::exit(2);
    }

    let started = Instant::now();
    let index = Index::build(synth::index_facts(&facts));
    let build = started.elapsed();
    let (index_bytes, text_bytes) = index.memory();

    let fact = |n: u32| FactRef {
        command: Command::When,
        index: n as usize,
    };
    let ask = |q: &str| -> (Vec<u32>, Outcome) {
        let hits = index.search_top(&Prepared::new(q, false), limits::SUGGESTIONS_MAX);
        let outcome = decide(&hits, fact, |_: &_| true, Vec::new);
        (hits.iter().map(|h| h.fact).collect(), outcome)
    };
    // Warm up once, then time every query.
    for q in &queries {
        let _ = ask(&q.text);
    }
    let mut ask_times = Vec::with_capacity(queries.len());
    let mut results = Vec::with_capacity(queries.len());
    for q in &queries {
        let t = Instant::now();
        let r = ask(&q.text);
        ask_times.push(t.elapsed());
        results.push(r);
    }
    let mut complete_times = Vec::with_capacity(queries.len());
    for q in &queries {
        let partial = typed(&q.text);
        let t = Instant::now();
        let choices: Vec<u32> = index
            .search_top(
                &Prepared::new(&partial, true),
                limits::AUTOCOMPLETE_CHOICES_MAX,
            )
            .into_iter()
            .filter(|h| h.score >= AUTOCOMPLETE_MIN)
            .map(|h| h.fact)
            .collect();
        complete_times.push(t.elapsed());
        std::hint::black_box(choices);
    }

    let mut slowest: Vec<(Duration, &str)> = ask_times
        .iter()
        .zip(&queries)
        .map(|(t, q)| (*t, q.text.as_str()))
        .collect();
    slowest.sort_unstable_by_key(|s| std::cmp::Reverse(s.0));
    let slowest: Vec<String> = slowest
        .iter()
        .take(5)
        .map(|(t, q)| format!("{:.0} us: {q}", t.as_secs_f64() * 1e6))
        .collect();
    let mut stats = Stats::default();
    for (q, (top, outcome)) in queries.iter().zip(&results) {
        stats.add(q, top, outcome);
    }
    let mut over_sets = Stats::default();
    for seed in 1..=sets {
        for q in synth::queries_with(&facts, 1000, seed, drop_rate) {
            let (top, outcome) = ask(&q.text);
            over_sets.add(&q, &top, &outcome);
        }
    }
    let mut disagreements = Vec::new();
    if check {
        for (q, (_, outcome)) in queries.iter().zip(&results) {
            let all = index.scan_all(&Prepared::new(&q.text, false));
            if decide(&all, fact, |_: &_| true, Vec::new) != *outcome {
                disagreements.push(q.text.clone());
            }
            // Autocomplete: the same choices in the same order.
            let partial = Prepared::new(&typed(&q.text), true);
            let mut all = index.scan_all(&partial);
            all.truncate(limits::AUTOCOMPLETE_CHOICES_MAX);
            if index.search_top(&partial, limits::AUTOCOMPLETE_CHOICES_MAX) != all {
                disagreements.push(format!("autocomplete {:?}", typed(&q.text)));
            }
        }
    }
    let report = json!({
        "keys": index.key_count(),
        "facts": index.fact_count(),
        "queries": queries.len(),
        "build_ms": ms(build),
        "index_bytes": index_bytes,
        "text_bytes": text_bytes,
        "index_bytes_per_key": index_bytes as f64 / index.key_count().max(1) as f64,
        "ask": timing(&mut ask_times),
        "autocomplete": timing(&mut complete_times),
        "word_drop_rate": drop_rate,
        "accuracy": stats.json(),
        "accuracy_over_sets": (sets > 0).then(|| json!({"sets": sets, "accuracy": over_sets.json()})),
        "slowest_ask": slowest,
        "checked_against_scan": check,
        "disagreements_with_scan": disagreements,
    });
    println!("{report:#}");
}

/// Times `Engine::ask` and autocomplete on the shipped base with the evaluation queries.
fn shipped() {
    let (engine, queries) = casebot_bench::shipped();
    let mut ask = Vec::new();
    let mut complete = Vec::new();
    for round in 0..11 {
        for (command, q) in &queries {
            let t = Instant::now();
            std::hint::black_box(engine.ask(*command, q));
            let asked = t.elapsed();
            let t = Instant::now();
            std::hint::black_box(engine.autocomplete(*command, q));
            // The first round warms up.
            if round > 0 {
                ask.push(asked);
                complete.push(t.elapsed());
            }
        }
    }
    let report = json!({
        "base": "shipped",
        "queries": queries.len(),
        "ask": timing(&mut ask),
        "autocomplete": timing(&mut complete),
    });
    println!("{report:#}");
}

fn write_files(
    dir: &std::path::Path,
    facts: &[synth::SynthFact],
    queries: &[synth::SynthQuery],
) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    let mut keys = std::io::BufWriter::new(fs::File::create(dir.join("keys.jsonl"))?);
    for (f, fact) in facts.iter().enumerate() {
        for key in &fact.keys {
            writeln!(keys, "{}", json!({"fact": f, "key": key}))?;
        }
    }
    keys.flush()?;
    let mut out = std::io::BufWriter::new(fs::File::create(dir.join("queries.jsonl"))?);
    for q in queries {
        writeln!(
            out,
            "{}",
            json!({"query": q.text, "expect": q.expect, "ambiguous": q.ambiguous})
        )?;
    }
    out.flush()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn timing(times: &mut [Duration]) -> serde_json::Value {
    times.sort_unstable();
    let total: Duration = times.iter().sum();
    let at = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
    json!({
        "qps": times.len() as f64 / total.as_secs_f64(),
        "mean_us": total.as_secs_f64() * 1e6 / times.len() as f64,
        "p50_us": at(0.50).as_secs_f64() * 1e6,
        "p99_us": at(0.99).as_secs_f64() * 1e6,
        "max_us": at(1.0).as_secs_f64() * 1e6,
    })
}

/// Accuracy counts: over queries made from a key (all, and the unambiguous ones), and the
/// no-match queries that were answered anyway.
#[derive(Default)]
struct Stats {
    from_key: usize,
    unambiguous: usize,
    top1: usize,
    top5: usize,
    top1_unambiguous: usize,
    top5_unambiguous: usize,
    answered_right: usize,
    answered_wrong: usize,
    suggested: usize,
    no_match: usize,
    no_match_answered: usize,
}

impl Stats {
    fn add(&mut self, q: &synth::SynthQuery, top: &[u32], outcome: &Outcome) {
        let Some(expect) = q.expect else {
            self.no_match += 1;
            if q.kind == QueryKind::NoMatch && matches!(outcome, Outcome::Answer { .. }) {
                self.no_match_answered += 1;
            }
            return;
        };
        let is = |f: &u32| *f as usize == expect;
        let top1 = top.first().is_some_and(is);
        let top5 = top.iter().take(5).any(is);
        self.from_key += 1;
        self.top1 += usize::from(top1);
        self.top5 += usize::from(top5);
        if !q.ambiguous {
            self.unambiguous += 1;
            self.top1_unambiguous += usize::from(top1);
            self.top5_unambiguous += usize::from(top5);
        }
        match outcome {
            Outcome::Answer { fact, .. } if fact.index == expect => self.answered_right += 1,
            Outcome::Answer { .. } => self.answered_wrong += 1,
            Outcome::Suggestions(s) if s.iter().any(|(f, _)| f.index == expect) => {
                self.suggested += 1
            }
            _ => {}
        }
    }

    fn json(&self) -> serde_json::Value {
        let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
        json!({
            "from_key": self.from_key,
            "ambiguous": self.from_key - self.unambiguous,
            "ambiguous_pct": pct(self.from_key - self.unambiguous, self.from_key),
            "top1_pct": pct(self.top1, self.from_key),
            "top5_pct": pct(self.top5, self.from_key),
            "top1_unambiguous_pct": pct(self.top1_unambiguous, self.unambiguous),
            "top5_unambiguous_pct": pct(self.top5_unambiguous, self.unambiguous),
            "answered_right_pct": pct(self.answered_right, self.from_key),
            "answered_wrong_pct": pct(self.answered_wrong, self.from_key),
            "suggested_right_pct": pct(self.suggested, self.from_key),
            "no_match": self.no_match,
            "no_match_answered_pct": pct(self.no_match_answered, self.no_match),
        })
    }
}
