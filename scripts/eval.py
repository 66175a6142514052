#!/usr/bin/env python3
"""Scores a question set through the real binary (`casebot ask --batch --json`), as a member
would meet it: the set need not be in the repository (e.g. a held-out set kept elsewhere).

    python3 scripts/eval.py tests/heldout/heldout.jsonl [--bin target/release/casebot] [--wrong]

Each line: {"command", "query", "expect": id | null, "also": [ids], "category"}. `expect`
null means the documents do not answer it (any answer is wrong); "MISSING" means they do but
no fact holds it (always a miss). Prints, per category and in all: answerable questions
answered with the right fact, the right fact first (answered or first suggestion), and
unanswerable questions answered anyway.
"""
import argparse
import collections
import json
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--bin", default="target/release/casebot")
    ap.add_argument("--knowledge", default=None)
    ap.add_argument("--wrong", action="store_true", help="list every miss")
    args = ap.parse_args()
    cases = [json.loads(l) for l in open(args.file, encoding="utf-8") if l.strip()]
    cmd = [args.bin]
    if args.knowledge:
        cmd += ["--knowledge", args.knowledge]
    cmd += ["ask", "--batch", "--json"]
    stdin = "".join(json.dumps({"command": c["command"], "query": c["query"]}) + "\n" for c in cases)
    out = subprocess.run(cmd, input=stdin, capture_output=True, text=True, check=True).stdout
    results = [json.loads(l) for l in out.splitlines()]
    assert len(results) == len(cases), "one result per question"
    # A label names a fact by the id it had when labelled: a fact merged since is found by its
    # former id (`former_ids`).
    former = {}
    for command, name in (("when", "events.json"), ("who", "people.json"), ("quote", "quotes.json")):
        with open(os.path.join(args.knowledge or "knowledge", name), encoding="utf-8") as f:
            for fact in json.load(f):
                for old in fact.get("former_ids", []):
                    former[command, old] = fact["id"]
    table = collections.defaultdict(lambda: [0, 0, 0, 0, 0])  # right, first, answerable, wrongly answered, unanswerable
    wrong = []
    for case, res in zip(cases, results):
        ok_ids = {former.get((case["command"], i), i) for i in [case["expect"], *case.get("also", [])]} if case["expect"] else set()
        answered = res["answer"]["id"] if res["status"] == "answer" else None
        first = answered or (res["suggestions"][0]["id"] if res["suggestions"] else None)
        row = table[case.get("category", "-")]
        if case["expect"] is None:
            row[4] += 1
            if answered:
                row[3] += 1
                wrong.append(f"ANSWERED /{case['command']} {case['query']!r} -> {answered}")
        else:
            row[2] += 1
            row[0] += answered in ok_ids
            row[1] += first in ok_ids
            if answered not in ok_ids:
                got = answered or (f"suggestions {[s['id'] for s in res['suggestions']]}" if res["suggestions"] else res["status"])
                wrong.append(f"missed   /{case['command']} {case['query']!r} expected {case['expect']} got {got}")
    print(f"{'category':<12} {'answered right':>15} {'right first':>12} {'unanswerable answered':>22}")
    total = [0] * 5
    for cat in sorted(table):
        r = table[cat]
        total = [a + b for a, b in zip(total, r)]
        print(f"{cat:<12} {r[0]:>6}/{r[2]:<3} {pct(r[0], r[2]):>5} {pct(r[1], r[2]):>12} {r[3]:>12}/{r[4]}")
    print(f"{'all':<12} {total[0]:>6}/{total[2]:<3} {pct(total[0], total[2]):>5} {pct(total[1], total[2]):>12} {total[3]:>12}/{total[4]}")
    if args.wrong:
        print("\n".join(sorted(wrong)))


def pct(a, b):
    return f"{100.0 * a / b:.1f}%" if b else "-"


if __name__ == "__main__":
    sys.exit(main())
