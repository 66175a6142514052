#!/usr/bin/env bash
# Load benchmark of the HTTP endpoint on loopback: signed /who requests over 64 keep-alive
# connections for 10 s (examples/loadgen.rs), first against one replica directly, then against
# three replicas behind nginx (if installed). Prints requests per second and p50/p99. Not a
# test: the figures depend on the machine and on what else runs on it.
#
# Usage: scripts/bench.sh [CONNECTIONS] [SECONDS]     (BASE_PORT=18280 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/nginx-loopback.sh
. scripts/nginx-loopback.sh

CONNECTIONS="${1:-64}"
SECONDS_RUN="${2:-10}"
BASE_PORT="${BASE_PORT:-18280}"
cargo build --release --locked --bin casebot --example loadgen >/dev/null 2>&1
CASEBOT=target/release/casebot
LOADGEN=target/release/examples/loadgen

work="$(mktemp -d)"
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

SEED="bench-$$"
KEY="$("$LOADGEN" key "$SEED")"
for i in 1 2 3; do
  CASEBOT_REPLICA="r$i" DISCORD_PUBLIC_KEY="$KEY" RUST_LOG=warn \
    "$CASEBOT" serve --listen "127.0.0.1:$((BASE_PORT + i))" >"$work/r$i.log" 2>&1 &
  pids+=($!)
done
for i in 1 2 3; do
  for _ in $(seq 1 200); do
    "$CASEBOT" health "http://127.0.0.1:$((BASE_PORT + i))/healthz" >/dev/null 2>&1 && break
    sleep 0.05
  done
done

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== one replica, direct"
"$LOADGEN" load "127.0.0.1:$((BASE_PORT + 1))" "$SEED" "$CONNECTIONS" "$SECONDS_RUN"

NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
if [ ! -x "$NGINX" ]; then
  echo "nginx is not installed: the three-replica run is skipped"
  exit 0
fi
nginx_loopback_conf "$work" 4096 <<EOF
  upstream casebot {
    server 127.0.0.1:$((BASE_PORT + 1));
    server 127.0.0.1:$((BASE_PORT + 2));
    server 127.0.0.1:$((BASE_PORT + 3));
    keepalive 128;
  }
  server {
    listen 127.0.0.1:$BASE_PORT;
    keepalive_requests 1000000;
    location / {
      proxy_pass http://casebot;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
EOF
"$NGINX" -p "$work" -c "$work/nginx.conf" &
pids+=($!)
for _ in $(seq 1 100); do
  "$CASEBOT" health "http://127.0.0.1:$BASE_PORT/healthz" >/dev/null 2>&1 && break
  sleep 0.05
done
echo "== three replicas behind nginx (one worker)"
"$LOADGEN" load "127.0.0.1:$BASE_PORT" "$SEED" "$CONNECTIONS" "$SECONDS_RUN"
