#!/usr/bin/env bash
# Runs each cargo-fuzz target for a bounded time, one after the other, with a corpus seeded
# from knowledge/ (the fact files, their keys, the evaluation queries) and tests/fixtures/.
# Not part of CI.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]    default: 60 s each, targets load query
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`). cargo-fuzz passes flags only nightly rustc
# accepts; on a stable toolchain this sets RUSTC_BOOTSTRAP=1, which lets stable accept them.
# FUZZ_SANITIZER=address (default none: faster, and casebot has no unsafe code of its own);
# FUZZ_TARGET_DIR=DIR builds there instead of fuzz/target.
# A crash is saved under fuzz/artifacts/TARGET/; reproduce it with
# `cargo fuzz run -O -a -s none TARGET fuzz/artifacts/TARGET/crash-...` and turn it into a test
# in tests/regression.rs. The corpus grows in fuzz/corpus/TARGET/ from run to run.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(load query)
fi
case "$seconds" in
  '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]" >&2; exit 2 ;;
esac
if ! cargo fuzz --version > /dev/null 2>&1; then
  echo "scripts/fuzz.sh: cargo-fuzz is missing: cargo install cargo-fuzz" >&2
  exit 2
fi
if ! rustc --version | grep -q nightly; then
  export RUSTC_BOOTSTRAP=1
fi
sanitizer=${FUZZ_SANITIZER:-none}
flags=(-O -a -s "$sanitizer")
if [ -n "${FUZZ_TARGET_DIR:-}" ]; then
  flags+=(--target-dir "$FUZZ_TARGET_DIR")
fi

# Seeds: the first byte of a load input picks the base and the file it replaces (see
# fuzz/fuzz_targets/load.rs); the first byte of a query input picks the command.
python3 - <<'PY'
import hashlib, json, pathlib

def put(target, data):
    d = pathlib.Path("fuzz/corpus") / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)

slots = {"sources.json": 0, "events.json": 1, "people.json": 2, "quotes.json": 3}
shipped = pathlib.Path("knowledge")
fixtures = pathlib.Path("tests/fixtures")
for name, slot in slots.items():
    put("load", bytes([0x08 | slot]) + (shipped / name).read_bytes())
    put("load", bytes([slot]) + (fixtures / "valid" / name).read_bytes())
for case in sorted((fixtures / "broken").iterdir()):
    for f in sorted(case.iterdir()):
        if f.name in slots:
            put("load", bytes([slots[f.name]]) + f.read_bytes())
put("load", bytes([4]) + (fixtures / "valid/sources/report.txt").read_bytes())

commands = {"when": 0, "who": 1, "quote": 2}
files = {"when": "events.json", "who": "people.json", "quote": "quotes.json"}
for command, name in files.items():
    for fact in json.loads((shipped / name).read_text(encoding="utf-8")):
        keys = list(fact.get("keys", [])) + list(fact.get("aliases", []))
        keys += [fact[k] for k in ("name", "title", "id") if k in fact]
        for key in keys:
            put("query", bytes([commands[command]]) + key.encode())
for path in sorted(pathlib.Path("tests/eval").glob("*.jsonl")):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            q = json.loads(line)
            put("query", bytes([commands[q["command"]]]) + q["query"].encode())
PY

# `cargo fuzz build` takes one target at a time.
for target in "${targets[@]}"; do
  echo "== building $target (sanitizer: $sanitizer)"
  cargo fuzz build "${flags[@]}" "$target"
done

failed=()
for target in "${targets[@]}"; do
  echo "== fuzzing $target for ${seconds}s"
  log="fuzz/artifacts/$target.log"
  mkdir -p "fuzz/artifacts/$target"
  if cargo fuzz run "${flags[@]}" "$target" "fuzz/corpus/$target" -- \
      -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
      2> "$log"; then
    echo "$target: no crash"
  else
    echo "$target: CRASHED, see $log and fuzz/artifacts/$target/"
    failed+=("$target")
  fi
  grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb)" "$log" || tail -5 "$log"
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "crashed: ${failed[*]}"
  exit 1
fi
