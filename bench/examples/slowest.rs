//! The slowest evaluation queries on the shipped base, for finding what a p99 is made of:
//! each query asked many times, its median time printed, slowest first.
//! `cargo run --release -p casebot-bench --example slowest -- [N]`

use std::time::Instant;

fn main() {
    let shown: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(15);
    let (engine, queries) = casebot_bench::shipped();
    let mut timed: Vec<(f64, String)> = queries
        .iter()
        .map(|(command, q)| {
            let mut runs: Vec<f64> = (0..101)
                .map(|_| {
                    let start = Instant::now();
                    std::hint::black_box(engine.ask(*command, q));
                    start.elapsed().as_secs_f64() * 1e6
                })
                .collect();
            runs.sort_by(f64::total_cmp);
            (runs[runs.len() / 2], format!("{command:?} {q}"))
        })
        .collect();
    timed.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (us, q) in timed.iter().take(shown) {
        println!("{us:8.1} us  {q}");
    }
}
