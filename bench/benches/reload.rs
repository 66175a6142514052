//! Reload at scale: loading, validating and indexing a synthetic knowledge directory of
//! 100,000 facts (criterion), then the worst latency of queries answered on another thread
//! while `Live::reload` loads and swaps in that directory again (printed).
//!
//! `cargo bench -p casebot-bench --bench reload` (about a minute; writes the directory to a temporary folder).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use casebot_bench::synth;
use casebot_core::knowledge::{Command, FactBase};
use casebot_core::live::Live;
use casebot_core::matching::Engine;
use criterion::Criterion;

const FACTS: usize = 100_000;

fn main() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    synth::write_knowledge(dir.path(), FACTS, 42)
        .unwrap_or_else(|e| panic!("writing the synthetic base: {e}"));

    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(20))
        .configure_from_args();
    c.bench_function("load_validate_index_100k_facts", |b| {
        b.iter(|| {
            let (base, _) = FactBase::load(dir.path()).unwrap_or_else(|e| panic!("{e}"));
            Engine::new(base)
        })
    });
    c.final_summary();

    // Queries on another thread while the main thread reloads three times.
    let live = Arc::new(Live::load(dir.path()).unwrap_or_else(|e| panic!("{e}")));
    let queries: Vec<String> = synth::queries(&synth::facts(20_000, 42), 1000, 7)
        .into_iter()
        .map(|q| q.text)
        .collect();
    let stop = Arc::new(AtomicBool::new(false));
    let worker = {
        let (live, stop) = (Arc::clone(&live), Arc::clone(&stop));
        std::thread::spawn(move || {
            let mut times: Vec<(Instant, Duration)> = Vec::new();
            let mut i = 0;
            while !stop.load(Ordering::Relaxed) {
                let q = &queries[i % queries.len()];
                i += 1;
                let started = Instant::now();
                let snapshot = live.snapshot();
                std::hint::black_box(snapshot.engine.ask(Command::When, q));
                times.push((started, started.elapsed()));
            }
            times
        })
    };
    std::thread::sleep(Duration::from_millis(500));
    let mut reloads = Vec::new();
    for _ in 0..3 {
        let started = Instant::now();
        live.reload().unwrap_or_else(|e| panic!("{e}"));
        reloads.push((started, started.elapsed()));
        std::thread::sleep(Duration::from_millis(300));
    }
    stop.store(true, Ordering::Relaxed);
    let times = worker.join().unwrap_or_default();
    let during: Vec<Duration> = times
        .iter()
        .filter(|(t, d)| {
            reloads
                .iter()
                .any(|(r, rd)| *t + *d >= *r && *t <= *r + *rd)
        })
        .map(|(_, d)| *d)
        .collect();
    let outside: Vec<Duration> = times
        .iter()
        .filter(|(t, d)| {
            !reloads
                .iter()
                .any(|(r, rd)| *t + *d >= *r && *t <= *r + *rd)
        })
        .map(|(_, d)| *d)
        .collect();
    let report = |what: &str, mut d: Vec<Duration>| {
        d.sort_unstable();
        let at = |p: f64| d[((d.len() as f64 * p) as usize).min(d.len().saturating_sub(1))];
        if d.is_empty() {
            println!("{what}: no queries");
            return;
        }
        println!(
            "{what}: {} queries, p50 {:.0} us, p99 {:.0} us, worst {:.0} us",
            d.len(),
            at(0.5).as_secs_f64() * 1e6,
            at(0.99).as_secs_f64() * 1e6,
            at(1.0).as_secs_f64() * 1e6
        );
    };
    for (i, (_, d)) in reloads.iter().enumerate() {
        println!("reload {}: {:.0} ms", i + 1, d.as_secs_f64() * 1e3);
    }
    report("queries during reloads", during);
    report("queries between reloads", outside);
}
