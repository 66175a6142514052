#!/usr/bin/env python3
"""The decision rule's thresholds, justified on data.

Runs the `features` example over question sets (what the decision saw for each question: the
best facts with their scores, how much of the query their keys and text hold, what the rule
refused), re-decides every question in Python with a mirror of `matching::verdict`, checks
that the mirror agrees with the engine on every question at the shipped thresholds, then moves
one threshold at a time and prints what each value would answer: right, with the wrong fact,
and unanswerable questions answered.

    cargo build --release -p casebot-bench --examples
    python3 scripts/decision_sweep.py tests/eval/*.jsonl tests/tuning/*.jsonl

Never pass the held-out set: it measures, it is not tuned on (tests/heldout/README.md).
The thresholds are read from core/src/matching/mod.rs, so the mirror follows the code.
"""

import argparse
import json
import re
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAMES = [
    "ANSWER_MIN", "ANSWER_MARGIN", "LONE_MIN", "LONE_MARGIN", "ACCOUNTED_MIN",
    "ACCOUNTED_RATIO", "ACCOUNTED_ELSEWHERE_MAX", "ACCOUNTED_UNKNOWN_MAX",
    "ACCOUNTED_STRONG_MIN", "NAMED_MIN", "NAMED_ELSEWHERE_MAX", "NAMED_UNKNOWN_MAX",
    "NAMED_MARGIN", "NAMED_LEAD_RATIO", "WORD_DROPPED_MARGIN",
]


def f32(x):
    """Rounds to the engine's f32, so that edge cases compare as they do in Rust."""
    return struct.unpack("f", struct.pack("f", x))[0]


def constants():
    text = (ROOT / "core/src/matching/mod.rs").read_text()
    found = {}
    for name, value in re.findall(r"pub const (\w+): (?:f32|u32) = ([0-9.]+);", text):
        found[name] = float(value) if "." in value else int(value)
    missing = [n for n in NAMES + ["WORD_DROPPED_FACTS"] if n not in found]
    if missing:
        sys.exit(f"thresholds not found in mod.rs: {missing}")
    return {n: (f32(v) if isinstance(v, float) else v) for n, v in found.items()}


def verdict(row, c):
    """Mirror of `matching::verdict_refusing`."""
    hits = row["hits"]
    if not hits:
        return "Nothing"
    if row["verdict"] in ("Subject", "Quoted", "Theirs", "Sentence", "Message"):
        # Read from the question's wording, not from thresholds (matching::subject), from
        # the /quote decision, from the message's question sentence read alone, or from the
        # whole message against its question sentence (`Engine::message_answers`, whose own
        # constants, MESSAGE_*, this mirror does not sweep).
        return row["verdict"]
    best = hits[0]
    if best["dropped_by"] >= c["WORD_DROPPED_FACTS"] and f32(
        best["score"] - best["dropped_score"]
    ) < c["WORD_DROPPED_MARGIN"]:
        return "WordDropped"
    if best["exact"]:
        return "Exact"
    score = best["score"]
    runner_up = max((h["score"] for h in hits[1:]), default=0.0)
    lead = f32(score - runner_up)
    if score >= c["ANSWER_MIN"] and lead >= c["ANSWER_MARGIN"]:
        rule = "Clear"
    elif score >= c["LONE_MIN"] and lead >= c["LONE_MARGIN"]:
        rule = "Lone"
    elif (
        score >= c["ACCOUNTED_MIN"]
        and runner_up <= f32(c["ACCOUNTED_RATIO"] * score)
        and best["elsewhere"] <= c["ACCOUNTED_ELSEWHERE_MAX"]
        and best["unknown"] <= c["ACCOUNTED_UNKNOWN_MAX"]
        and best["strong"] >= c["ACCOUNTED_STRONG_MIN"]
    ):
        rule = "Accounted"
    elif (
        best["holds_key"]
        and best["dropped_by"] == 0
        and score >= c["NAMED_MIN"]
        and best["unknown"] <= c["NAMED_UNKNOWN_MAX"]
        and not any(h["holds_key"] and h["strong"] > best["strong"] for h in hits[1:])
        and (
            lead >= c["NAMED_MARGIN"] and best["elsewhere"] <= c["NAMED_ELSEWHERE_MAX"]
            or runner_up <= f32(c["NAMED_LEAD_RATIO"] * score)
        )
    ):
        rule = "Named"
    else:
        return "Unsure"
    return row["refused"] or rule


ANSWERS = {
    "Exact", "Clear", "Lone", "Accounted", "Named", "Subject", "Quoted", "Theirs", "Sentence",
    "Message",
}


def tally(rows, c):
    right = wrong = anyway = 0
    for row in rows:
        if verdict(row, c) not in ANSWERS:
            continue
        best = row["hits"][0]["id"]
        if row.get("expect") is None:
            anyway += 1
        elif best == row["expect"] or best in row.get("also", []):
            right += 1
        else:
            wrong += 1
    return right, wrong, anyway


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--features", default=str(ROOT / "target/release/examples/features"))
    parser.add_argument(
        "--set", action="append", default=[], metavar="NAME=VALUE",
        help="try thresholds together: what they change against the shipped ones",
    )
    args = parser.parse_args()
    if any("heldout" in s for s in args.sets):
        sys.exit("the held-out set is never tuned on (tests/heldout/README.md)")
    if any("sealed" in s for s in args.sets):
        sys.exit("a sealed set is scored once before it is opened (tests/sealed/README.md)")
    rows = []
    for path in args.sets:
        out = subprocess.run(
            [args.features, path], capture_output=True, text=True, check=True
        ).stdout
        rows += [json.loads(line) for line in out.splitlines()]
    c = constants()
    disagree = [r["query"] for r in rows if verdict(r, c) != (r["verdict"] or "Nothing")]
    if disagree:
        sys.exit(f"the mirror disagrees with the engine on {len(disagree)}: {disagree[:5]}")
    answerable = sum(1 for r in rows if r.get("expect") is not None)
    print(f"{len(rows)} questions ({answerable} answerable); the mirror agrees on every one")
    base = tally(rows, c)
    print(f"shipped thresholds: right {base[0]}, wrong fact {base[1]}, unanswerable answered {base[2]}")
    if args.set:
        tried = dict(c)
        for item in args.set:
            name, _, value = item.partition("=")
            if name not in NAMES:
                sys.exit(f"unknown threshold {name}: one of {NAMES}")
            tried[name] = f32(float(value))
        r, w, a = tally(rows, tried)
        print(f"with {' '.join(args.set)}: right {r - base[0]:+d}, wrong fact {w - base[1]:+d}, "
              f"unanswerable answered {a - base[2]:+d}")
        return
    print(f"{'threshold':26} {'value':>6}  right  wrong  unanswerable answered")
    for name in NAMES:
        shipped = c[name]
        for step in (-0.10, -0.05, -0.02, 0.0, 0.02, 0.05, 0.10):
            value = f32(shipped + step)
            if value < 0:
                continue
            moved = dict(c, **{name: value})
            r, w, a = tally(rows, moved)
            mark = "  <- shipped" if step == 0 else ""
            print(f"{name:26} {value:6.2f}  {r - base[0]:+5d}  {w - base[1]:+5d}  {a - base[2]:+5d}{mark}")
        print()


if __name__ == "__main__":
    main()
