#!/usr/bin/env python3
"""casebot's engine side by side with Python's rapidfuzz, on the same keys and queries.

Usage (rapidfuzz is not installed by this script; install it yourself first):

    python3 -m pip install rapidfuzz
    python3 scripts/compare.py 100000          # keys; also 1000, 10000

It builds and runs `cargo run --release -p casebot-bench --example compare -- KEYS DIR` (the
synthetic base and 1,000 queries, casebot's timings and accuracy as JSON), then runs rapidfuzz's
`process.extractOne` with `fuzz.WRatio` and with `fuzz.token_set_ratio` over the same keys and
queries on one thread, and prints queries per second, p50/p99 latency and top-1 accuracy for
each, the ratios, and the ambiguous queries separately (they lost a word, and another fact
holds every word they kept). Environment: CARGO_TARGET_DIR is passed through to cargo.
"""

import json
import os
import subprocess
import sys
import tempfile
import time

try:
    from rapidfuzz import fuzz, process, utils
except ImportError:
    sys.exit("rapidfuzz is not installed: run `python3 -m pip install rapidfuzz` first")


def percentile(sorted_values, p):
    return sorted_values[min(int(len(sorted_values) * p), len(sorted_values) - 1)]


def run_rapidfuzz(scorer, keys, facts, queries):
    times, top1, top1_unamb, n_key, n_unamb = [], 0, 0, 0, 0
    for q in queries:
        started = time.perf_counter()
        best = process.extractOne(q["query"], keys, scorer=scorer, processor=utils.default_process)
        times.append(time.perf_counter() - started)
        if q["expect"] is None:
            continue
        right = best is not None and facts[best[2]] == q["expect"]
        n_key += 1
        top1 += right
        if not q["ambiguous"]:
            n_unamb += 1
            top1_unamb += right
    times.sort()
    return {
        "qps": len(times) / sum(times),
        "p50_us": percentile(times, 0.5) * 1e6,
        "p99_us": percentile(times, 0.99) * 1e6,
        "top1_pct": 100.0 * top1 / max(n_key, 1),
        "top1_unambiguous_pct": 100.0 * top1_unamb / max(n_unamb, 1),
    }


def main():
    keys_n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    with tempfile.TemporaryDirectory() as out:
        cmd = ["cargo", "run", "--quiet", "--release", "-p", "casebot-bench", "--example", "compare",
               "--", str(keys_n), out]
        casebot = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        keys, facts = [], []
        with open(os.path.join(out, "keys.jsonl"), encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                keys.append(row["key"])
                facts.append(row["fact"])
        with open(os.path.join(out, "queries.jsonl"), encoding="utf-8") as f:
            queries = [json.loads(line) for line in f]

    rows = {
        "casebot": {**casebot["ask"], **casebot["accuracy"]},
        "rapidfuzz WRatio": run_rapidfuzz(fuzz.WRatio, keys, facts, queries),
        "rapidfuzz token_set_ratio": run_rapidfuzz(fuzz.token_set_ratio, keys, facts, queries),
    }
    acc = casebot["accuracy"]
    print(f"{len(keys)} keys, {len(queries)} queries ({acc['from_key']} from keys, "
          f"{acc['ambiguous']} of them ambiguous; {acc['no_match']} match nothing), one thread")
    print(f"{'engine':<27} {'q/s':>9} {'p50 us':>9} {'p99 us':>9} {'top-1':>7} {'top-1 unamb.':>13}")
    for name, r in rows.items():
        print(f"{name:<27} {r['qps']:>9.0f} {r['p50_us']:>9.1f} {r['p99_us']:>9.1f} "
              f"{r['top1_pct']:>6.1f}% {r['top1_unambiguous_pct']:>12.1f}%")
    print(f"casebot also: top-5 {acc['top5_pct']:.1f}% (unambiguous {acc['top5_unambiguous_pct']:.1f}%), "
          f"answered right {acc['answered_right_pct']:.1f}%, answered wrong {acc['answered_wrong_pct']:.1f}%, "
          f"no-match queries answered {acc['no_match_answered_pct']:.1f}%; "
          f"autocomplete p50 {casebot['autocomplete']['p50_us']:.1f} us, p99 {casebot['autocomplete']['p99_us']:.1f} us")
    base = rows["casebot"]
    for name in ("rapidfuzz WRatio", "rapidfuzz token_set_ratio"):
        r = rows[name]
        print(f"casebot vs {name}: {base['qps'] / r['qps']:.0f}x the queries per second, "
              f"p99 {r['p99_us'] / base['p99_us']:.0f}x lower, top-1 {base['top1_pct'] - r['top1_pct']:+.1f} points")


if __name__ == "__main__":
    main()
