#!/usr/bin/env python3
"""Wrong-actor and wrong-speaker probes, built from the fact files themselves.

For every event: "when did <someone else> <the title after its first word>", with someone
drawn from people.json who is not among the event's people and not named in its title or
summary. For every quotation: "what did <someone else> say about <one of its keys>", and the
same with the real speaker as a control (and for events, each of its people but Assange).
None of the wrong ones should be answered with the
fact; the controls should. Prints what the binary answers, by the kind of the one named.

    python3 scripts/wrong_actor_probe.py --bin target/release/casebot [--knowledge DIR] [--list]
"""
import argparse
import collections
import json
import os
import random
import subprocess

ap = argparse.ArgumentParser()
ap.add_argument("--bin", default="target/release/casebot")
ap.add_argument("--knowledge", default="knowledge")
ap.add_argument("--list", action="store_true", help="print the wrong ones answered")
a = ap.parse_args()
K = a.knowledge
events = json.load(open(os.path.join(K, "events.json")))
quotes = json.load(open(os.path.join(K, "quotes.json")))
people = json.load(open(os.path.join(K, "people.json")))
by_id = {p["id"]: p for p in people}
others = [p for p in people if p["id"] != "julian-assange"]


def pick_name(p, rng):
    return rng.choice([p["name"]] + p.get("aliases", []))


probes = []
rng = random.Random(7)
for e in events:
    rest = " ".join(e["title"].split()[1:]) or e["title"]
    for _ in range(3):
        o = rng.choice(others)
        name = pick_name(o, rng)
        if o["id"] in e["who"] or name.lower() in (e["title"] + e["summary"]).lower():
            continue
        probes.append(("when", f"when did {name} {rest}", e["id"], o["kind"]))
    for who in e["who"]:
        if who != "julian-assange" and who in by_id:
            probes.append(("when", f"when did {by_id[who]['name']} {rest}", e["id"], "control"))
rng = random.Random(11)
for q in quotes:
    for _ in range(3):
        o = rng.choice(others)
        name = pick_name(o, rng)
        key = rng.choice(q["keys"])
        if o["id"] == q["speaker"] or name.lower() in (q["text"] + " " + key).lower():
            continue
        probes.append(("quote", f"what did {name} say about {key}", q["id"], o["kind"]))
        probes.append(("quote", f"what did {by_id[q['speaker']]['name']} say about {key}", q["id"], "control"))
inp = "".join(json.dumps({"command": c, "query": t}) + "\n" for c, t, _, _ in probes)
out = subprocess.run(
    [a.bin, "--knowledge", K, "ask", "--batch", "--json"],
    input=inp, capture_output=True, text=True, check=True,
).stdout.splitlines()
asked = collections.Counter()
answered = collections.Counter()
for (command, text, fact, kind), line in zip(probes, out):
    r = json.loads(line)
    asked[(command, kind)] += 1
    got = r["answer"]["id"] if r["status"] == "answer" else None
    if got == fact:
        answered[(command, kind)] += 1
        if a.list and kind != "control":
            print(f"/{command} {text!r} -> {got}")
for key in sorted(asked):
    command, kind = key
    what = "answered with the fact" if kind != "control" else "controls answered right"
    print(f"/{command:<5} named {kind:<12} {answered[key]:>3} of {asked[key]:>3} {what}")
