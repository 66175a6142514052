//! How well any engine could do on the ambiguous queries of the second generator: for each, the
//! number of facts with a key holding every word the query kept, and the top-1 and top-5 hits
//! a uniform pick among them would expect. `cargo run --release -p casebot-bench --example
//! ceiling -- KEYS`
use std::collections::{HashMap, HashSet};

use casebot_bench::synth2;
use casebot_core::text::tokens;

fn main() {
    let keys: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let facts = synth2::facts(keys, 42);
    let mut holders: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    let mut key_words: Vec<Vec<HashSet<String>>> = Vec::new();
    for (f, fact) in facts.iter().enumerate() {
        let mut ks = Vec::new();
        for (k, key) in fact.keys.iter().enumerate() {
            let words: HashSet<String> = tokens(key).into_iter().collect();
            for w in &words {
                holders.entry(w.clone()).or_default().push((f, k));
            }
            ks.push(words);
        }
        key_words.push(ks);
    }
    let (mut from_key, mut amb, mut top1, mut top5) = (0usize, 0usize, 0f64, 0f64);
    let mut hist: HashMap<usize, usize> = HashMap::new();
    // The timed set (seed 7), then the 20 sets of `--sets 20` (seeds 1 to 20).
    for (n, seed) in std::iter::once(7).chain(1..=20).enumerate() {
        for q in synth2::queries(&facts, 1000, seed) {
            let Some(_) = q.expect else { continue };
            from_key += 1;
            if !q.ambiguous {
                continue;
            }
            amb += 1;
            let kept = tokens(&q.words.join(" "));
            let mut lists: Vec<&Vec<(usize, usize)>> =
                kept.iter().filter_map(|w| holders.get(w)).collect();
            lists.sort_by_key(|l| l.len());
            let c: HashSet<usize> = lists
                .first()
                .map(|l| {
                    l.iter()
                        .filter(|&&(f, k)| kept.iter().all(|w| key_words[f][k].contains(w)))
                        .map(|&(f, _)| f)
                        .collect()
                })
                .unwrap_or_default();
            let c = c.len().max(1);
            *hist.entry(c.min(20)).or_default() += 1;
            top1 += 1.0 / c as f64;
            top5 += (5.0 / c as f64).min(1.0);
        }
        if n == 0 {
            println!(
                "seed 7: from_key {from_key} ambiguous {amb} uniform top1 {top1:.1} top5 {top5:.1}"
            );
        }
    }
    let mut h: Vec<_> = hist.into_iter().collect();
    h.sort();
    println!(
        "all 21 sets: from_key {from_key} ambiguous {amb} uniform top1 {top1:.1} top5 {top5:.1} hist {h:?}"
    );
}
