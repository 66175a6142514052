//! Latency of `ask` and autocomplete, per query, on the shipped fact base (the evaluation
//! queries) and on synthetic bases of 1k, 10k and 100k keys (1,000 queries each, made from
//! keys with typos, dropped and reordered words, stripped diacritics, 20% matching nothing;
//! see `casebot_bench::synth`). Autocomplete gets the first 60% of each query, as if still typing.
//!
//! `cargo bench -p casebot-bench --bench engine` (about a minute). Percentiles and accuracy are printed by
//! `cargo run --release -p casebot-bench --example compare -- KEYS` instead; criterion reports the mean.

use std::time::Duration;

use casebot_bench::{shipped, synth, typed};
use casebot_core::knowledge::{Command, FactRef};
use casebot_core::limits;
use casebot_core::matching::{AUTOCOMPLETE_MIN, Index, Prepared, decide};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let mut ask = c.benchmark_group("ask");
    ask.warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    let (engine, eval) = shipped();
    let mut i = 0;
    ask.bench_function("shipped", |b| {
        b.iter(|| {
            let (command, q) = &eval[i % eval.len()];
            i += 1;
            engine.ask(*command, q)
        })
    });
    let sizes = [1_000, 10_000, 100_000];
    let bases: Vec<(usize, Index, Vec<String>)> = sizes
        .iter()
        .map(|&keys| {
            let facts = synth::facts(keys, 42);
            let queries = synth::queries(&facts, 1000, 7)
                .into_iter()
                .map(|q| q.text)
                .collect();
            (keys, Index::build(synth::index_facts(&facts)), queries)
        })
        .collect();
    let fact = |n: u32| FactRef {
        command: Command::When,
        index: n as usize,
    };
    for (keys, index, queries) in &bases {
        let mut i = 0;
        ask.bench_with_input(BenchmarkId::new("synthetic", keys), index, |b, index| {
            b.iter(|| {
                let q = &queries[i % queries.len()];
                i += 1;
                let mut hits = index.search_top(&Prepared::new(q, false), limits::SUGGESTIONS_MAX);
                index.mark_word_dropped(&mut hits);
                decide(&hits, fact, |_: &_| true, Vec::new)
            })
        });
    }
    ask.finish();

    let mut complete = c.benchmark_group("autocomplete");
    complete
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    let typed_eval: Vec<(Command, String)> = eval.iter().map(|(c, q)| (*c, typed(q))).collect();
    let mut i = 0;
    complete.bench_function("shipped", |b| {
        b.iter(|| {
            let (command, q) = &typed_eval[i % typed_eval.len()];
            i += 1;
            engine.autocomplete(*command, q)
        })
    });
    for (keys, index, queries) in &bases {
        let partial: Vec<String> = queries.iter().map(|q| typed(q)).collect();
        let mut i = 0;
        complete.bench_with_input(BenchmarkId::new("synthetic", keys), index, |b, index| {
            b.iter(|| {
                let q = &partial[i % partial.len()];
                i += 1;
                index
                    .search_top(&Prepared::new(q, true), limits::AUTOCOMPLETE_CHOICES_MAX)
                    .into_iter()
                    .filter(|h| h.score >= AUTOCOMPLETE_MIN)
                    .count()
            })
        });
    }
    complete.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
