//! Lists the queries of the second generator that the engine misses: not first, or answered
//! with another fact. `cargo run --release -p casebot-bench --example misses -- KEYS [SEED]`

use casebot_bench::synth2;
use casebot_core::knowledge::{Command, FactRef};
use casebot_core::limits;
use casebot_core::matching::{Index, Outcome, Prepared, decide, verdict};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let keys: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let seed: u64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(7);
    let facts = synth2::facts(keys, 42);
    let queries = synth2::queries(&facts, 1000, seed);
    let index = Index::build(synth2::index_facts(&facts));
    let fact = |n: u32| FactRef {
        command: Command::When,
        index: n as usize,
    };
    for q in &queries {
        let mut hits = index.search_top(&Prepared::new(&q.text, false), limits::SUGGESTIONS_MAX);
        index.mark_word_dropped(&mut hits);
        let outcome = decide(&hits, fact, |_: &_| true, Vec::new);
        let answered = match &outcome {
            Outcome::Answer { fact, .. } => Some(fact.index),
            _ => None,
        };
        let (miss, what) = match q.expect {
            None => (answered.is_some(), "NOMATCH-ANSWERED"),
            Some(e) => {
                let top1 = hits.first().is_some_and(|h| h.fact as usize == e);
                let top5 = hits.iter().take(5).any(|h| h.fact as usize == e);
                if answered.is_some_and(|a| a != e) {
                    (true, "WRONG")
                } else if !top5 {
                    (true, "NOT-TOP5")
                } else if !top1 {
                    (true, "NOT-TOP1")
                } else if answered.is_none() {
                    (true, "UNANSWERED")
                } else {
                    (false, "")
                }
            }
        };
        if !miss {
            continue;
        }
        println!(
            "{what} {:?} tags={:?} expect={:?} typos={:?}",
            q.text,
            q.tags(),
            q.expect.map(|e| &facts[e].keys),
            q.typos
                .iter()
                .map(|t| format!("{}->{}", t.before, t.after))
                .collect::<Vec<_>>()
        );
        for h in hits.iter().take(5) {
            println!(
                "    {:.3}{} {}{} {:?}",
                h.score,
                if Some(h.fact as usize) == q.expect {
                    "*"
                } else {
                    " "
                },
                if h.exact { "(exact) " } else { "" },
                index.key_text(h.key),
                facts[h.fact as usize].keys
            );
        }
        println!(
            "    -> {} by {:?} (best dropped_by {})",
            outcome.status(),
            verdict(&hits, |_: &_| true),
            hits.first().map_or(0, |h| h.dropped_by)
        );
    }
}
