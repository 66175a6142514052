//! Times casebot's engine on a synthetic base and writes the same keys and queries for
//! `scripts/compare.py`, which runs Python's rapidfuzz on them.
//!
//! `cargo run --release -p casebot-bench --example compare -- KEYS [OUT_DIR] [--check] [--drop P]
//! [--sets N] [--generator 1|2]`
//!
//! Builds a synthetic base of KEYS keys and 1,000 queries (fixed seeds, see `casebot_bench::synth`;
//! `--drop P` makes keys of 3+ words lose a word at rate P instead of `synth::WORD_DROP_RATE`;
//! `--generator 2` takes keys and queries from `casebot_bench::synth2` instead, the generator
//! designed apart from the first, and also reports accuracy by what was done to each query),
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

use std::collections::BTreeMap;

use casebot_bench::synth::{self, QueryKind};
use casebot_bench::{synth2, typed};
use casebot_core::knowledge::{Command, FactRef};
use casebot_core::limits;
use casebot_core::matching::{AUTOCOMPLETE_MIN, Index, IndexFact, Outcome, Prepared, decide};
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
    /// The rate at which keys of 3+ words lose a word (generator 1 only; default
    /// `synth::WORD_DROP_RATE`).
    #[arg(long = "drop", value_name = "P", value_parser = rate)]
    drop_rate: Option<f64>,
    /// Also measure accuracy over this many query sets of 1,000 (seeds 1 to N).
    #[arg(long, value_name = "N", default_value_t = 0)]
    sets: u64,
    /// Which generator makes the keys and queries: 1 (`synth`) or 2 (`synth2`).
    #[arg(long, value_name = "1|2", default_value_t = 1,
          value_parser = clap::value_parser!(u8).range(1..=2))]
    generator: u8,
}

/// A synthetic base from either generator.
enum Base {
    /// `synth`, with its word-drop rate.
    One(Vec<synth::SynthFact>, f64),
    Two(Vec<synth2::Fact>),
}

/// A query from either generator, as the measurements see it.
struct Query {
    text: String,
    expect: Option<usize>,
    /// Made to match nothing.
    no_match: bool,
    ambiguous: bool,
    /// What was done to it, for accuracy by category (generator 2).
    tags: Vec<&'static str>,
}

impl Base {
    fn new(generator: u8, keys: usize, drop_rate: f64) -> Base {
        match generator {
            1 => Base::One(synth::facts(keys, 42), drop_rate),
            _ => Base::Two(synth2::facts(keys, 42)),
        }
    }

    fn index_facts(&self) -> Vec<IndexFact> {
        match self {
            Base::One(facts, _) => synth::index_facts(facts),
            Base::Two(facts) => synth2::index_facts(facts),
        }
    }

    fn keys(&self) -> Vec<&[String]> {
        match self {
            Base::One(facts, _) => facts.iter().map(|f| f.keys.as_slice()).collect(),
            Base::Two(facts) => facts.iter().map(|f| f.keys.as_slice()).collect(),
        }
    }

    fn drop_rate(&self) -> f64 {
        match self {
            Base::One(_, rate) => *rate,
            Base::Two(_) => synth2::DROP_RATE,
        }
    }

    /// 1,000 queries made with `seed`.
    fn queries(&self, seed: u64) -> Vec<Query> {
        match self {
            Base::One(facts, rate) => synth::queries_with(facts, 1000, seed, *rate)
                .into_iter()
                .map(|q| Query {
                    no_match: q.kind == QueryKind::NoMatch,
                    text: q.text,
                    expect: q.expect,
                    ambiguous: q.ambiguous,
                    tags: Vec::new(),
                })
                .collect(),
            Base::Two(facts) => synth2::queries(facts, 1000, seed)
                .into_iter()
                .map(|q| Query {
                    tags: q.tags(),
                    no_match: q.expect.is_none(),
                    text: q.text,
                    expect: q.expect,
                    ambiguous: q.ambiguous,
                })
                .collect(),
        }
    }
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
        generator,
    } = Args::parse();
    if keys == 0 {
        shipped();
        return;
    }
    if generator == 2 && drop_rate.is_some() {
        eprintln!("--drop applies to generator 1 only");
        std::process::exit(2);
    }

    let base = Base::new(generator, keys, drop_rate.unwrap_or(synth::WORD_DROP_RATE));
    let queries = base.queries(7);
    if let Some(dir) = &out
        && let Err(e) = write_files(dir, &base.keys(), &queries)
    {
        eprintln!("cannot write to {}: {e}", dir.display());
        std::process::exit(2);
    }

    let started = Instant::now();
    let index = Index::build(base.index_facts());
    let build = started.elapsed();
    let (index_bytes, text_bytes) = index.memory();

    let fact = |n: u32| FactRef {
        command: Command::When,
        index: n as usize,
    };
    let ask = |q: &str| -> (Vec<u32>, Outcome) {
        let mut hits = index.search_top(&Prepared::new(q, false), limits::SUGGESTIONS_MAX);
        index.mark_word_dropped(&mut hits);
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
        // (As `Engine::autocomplete` does.)
        let choices: Vec<u32> = index
            .search_top_from(
                &Prepared::new(&partial, true),
                limits::AUTOCOMPLETE_CHOICES_MAX,
                AUTOCOMPLETE_MIN,
            )
            .into_iter()
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
    let mut by_tag: BTreeMap<&str, Stats> = BTreeMap::new();
    for (q, (top, outcome)) in queries.iter().zip(&results) {
        stats.add(q, top, outcome);
        for tag in &q.tags {
            by_tag.entry(tag).or_default().add(q, top, outcome);
        }
    }
    let mut over_sets = Stats::default();
    for seed in 1..=sets {
        for q in base.queries(seed) {
            let (top, outcome) = ask(&q.text);
            over_sets.add(&q, &top, &outcome);
        }
    }
    let mut disagreements = Vec::new();
    if check {
        for (q, (_, outcome)) in queries.iter().zip(&results) {
            let mut all = index.scan_all(&Prepared::new(&q.text, false));
            index.mark_word_dropped(&mut all);
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
            all.retain(|h| h.score >= AUTOCOMPLETE_MIN);
            let from =
                index.search_top_from(&partial, limits::AUTOCOMPLETE_CHOICES_MAX, AUTOCOMPLETE_MIN);
            if from != all {
                disagreements.push(format!("autocomplete choices {:?}", typed(&q.text)));
            }
        }
    }
    let by_tag: serde_json::Map<String, serde_json::Value> = by_tag
        .iter()
        .map(|(tag, s)| (tag.to_string(), s.brief()))
        .collect();
    let report = json!({
        "generator": generator,
        "keys": index.key_count(),
        "facts": index.fact_count(),
        "queries": queries.len(),
        "build_ms": ms(build),
        "index_bytes": index_bytes,
        "text_bytes": text_bytes,
        "index_bytes_per_key": index_bytes as f64 / index.key_count().max(1) as f64,
        "ask": timing(&mut ask_times),
        "autocomplete": timing(&mut complete_times),
        "word_drop_rate": base.drop_rate(),
        "accuracy": stats.json(),
        "accuracy_by_kind": (!by_tag.is_empty()).then_some(by_tag),
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
    facts: &[&[String]],
    queries: &[Query],
) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    let mut keys = std::io::BufWriter::new(fs::File::create(dir.join("keys.jsonl"))?);
    for (f, fact_keys) in facts.iter().enumerate() {
        for key in fact_keys.iter() {
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
    fn add(&mut self, q: &Query, top: &[u32], outcome: &Outcome) {
        let Some(expect) = q.expect else {
            self.no_match += 1;
            if q.no_match && matches!(outcome, Outcome::Answer { .. }) {
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
            "answered_wrong": self.answered_wrong,
            "answered_wrong_pct": pct(self.answered_wrong, self.from_key),
            "suggested_right_pct": pct(self.suggested, self.from_key),
            "no_match": self.no_match,
            "no_match_answered": self.no_match_answered,
            "no_match_answered_pct": pct(self.no_match_answered, self.no_match),
        })
    }

    /// The main figures, for one kind of query.
    fn brief(&self) -> serde_json::Value {
        let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
        if self.from_key == 0 {
            return json!({
                "queries": self.no_match,
                "no_match_answered": self.no_match_answered,
            });
        }
        json!({
            "queries": self.from_key,
            "top1_pct": pct(self.top1, self.from_key),
            "top5_pct": pct(self.top5, self.from_key),
            "answered_right_pct": pct(self.answered_right, self.from_key),
            "answered_wrong": self.answered_wrong,
        })
    }
}
