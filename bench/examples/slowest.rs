//! The slowest evaluation queries on the shipped base, for finding what a p99 is made of.
//! `cargo run --release -p casebot-bench --example slowest -- [N] [--interleaved]`
//!
//! By default each query is asked 101 times in a row and its median time printed, slowest
//! first: the work a query costs with warm caches. `--interleaved` times the way `compare 0`
//! does (every query once per round, eleven rounds, the first a warm-up) and prints the
//! queries whose samples make up the slowest 1% (the p99), with how many of their samples
//! are there and their median over the rounds: what the shipped p99 is made of.

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let shown: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(15);
    let (engine, queries) = casebot_bench::shipped();
    let time = |i: usize| {
        let (command, q) = &queries[i];
        let start = Instant::now();
        std::hint::black_box(engine.ask(*command, q));
        start.elapsed().as_secs_f64() * 1e6
    };
    let name = |i: usize| format!("{:?} {}", queries[i].0, queries[i].1);
    if args.iter().any(|a| a == "--interleaved") {
        let mut runs: Vec<Vec<f64>> = vec![Vec::new(); queries.len()];
        for round in 0..11 {
            for (i, times) in runs.iter_mut().enumerate() {
                let t = time(i);
                if round > 0 {
                    times.push(t);
                }
            }
        }
        let mut samples: Vec<(f64, usize)> = runs
            .iter()
            .enumerate()
            .flat_map(|(i, times)| times.iter().map(move |&t| (t, i)))
            .collect();
        samples.sort_by(|a, b| b.0.total_cmp(&a.0));
        let tail = samples.len().div_ceil(100);
        println!(
            "p99 {:.1} us ({} samples above it)",
            samples[tail - 1].0,
            tail
        );
        let mut counts = vec![0usize; queries.len()];
        for &(_, i) in &samples[..tail] {
            counts[i] += 1;
        }
        let mut by: Vec<usize> = (0..queries.len()).filter(|&i| counts[i] > 0).collect();
        by.sort_by_key(|&i| std::cmp::Reverse(counts[i]));
        for i in by.into_iter().take(shown) {
            let mut times = runs[i].clone();
            times.sort_by(f64::total_cmp);
            println!(
                "{:3} in the tail, median {:6.1} us  {}",
                counts[i],
                times[times.len() / 2],
                name(i)
            );
        }
        return;
    }
    let mut timed: Vec<(f64, String)> = (0..queries.len())
        .map(|i| {
            let mut runs: Vec<f64> = (0..101).map(|_| time(i)).collect();
            runs.sort_by(f64::total_cmp);
            (runs[runs.len() / 2], name(i))
        })
        .collect();
    timed.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (us, q) in timed.iter().take(shown) {
        println!("{us:8.1} us  {q}");
    }
}
