#!/usr/bin/env bash
# Three `casebot serve` replicas on loopback behind an nginx upstream, proven the way an
# operator would check them:
#   1. signed interactions through nginx are answered, spread over the replicas;
#   2. one replica is killed (SIGKILL) in the middle of a steady stream: no request fails;
#   3. a fact changes on disk: every replica reloads itself (--watch), the killed one comes
#      back, and all three report the same new fact-base hash on /healthz.
# It installs nothing: it uses nginx if the system has it (apt-get install nginx), and skips
# (exit 0, saying so) if not. Everything listens on 127.0.0.1 and stops when the script does.
#
# Usage: scripts/replicas.sh        (BASE_PORT=18180 by default: nginx on it, replicas above)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/nginx-loopback.sh
. scripts/nginx-loopback.sh

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  echo "replicas: nginx is not installed (e.g. apt-get install nginx): skipped"
  exit 0
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

BASE_PORT="${BASE_PORT:-18180}"
PROXY="127.0.0.1:${BASE_PORT}"
echo "== building casebot and the signing client (release)"
cargo build --release --locked --bin casebot --example loadgen >/dev/null
CASEBOT=target/release/casebot
LOADGEN=target/release/examples/loadgen

work="$(mktemp -d)"
chmod 755 "$work"
pids=()
nginx_pid=""
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

cp -r knowledge "$work/knowledge"
SEED="replicas-$$"
KEY="$("$LOADGEN" key "$SEED")"

start_replica() { # index
  local i="$1" port=$((BASE_PORT + $1))
  CASEBOT_REPLICA="r$i" DISCORD_PUBLIC_KEY="$KEY" RUST_LOG="casebot=info" \
    "$CASEBOT" serve --knowledge "$work/knowledge" --listen "127.0.0.1:$port" --watch \
    >>"$work/r$i.log" 2>&1 &
  pids[$i]=$!
}

wait_ready() { # url
  for _ in $(seq 1 200); do
    if "$CASEBOT" health "$1" >/dev/null 2>&1; then return 0; fi
    sleep 0.05
  done
  echo "replicas: $1 never became ready" >&2
  return 1
}

hash_of() { # port
  "$CASEBOT" health "http://127.0.0.1:$1/healthz" 2>/dev/null |
    sed -n 's/.*"hash":"\([0-9a-f]*\)".*/\1/p'
}

echo "== starting 3 replicas on 127.0.0.1:$((BASE_PORT + 1))-$((BASE_PORT + 3))"
for i in 1 2 3; do start_replica "$i"; done
for i in 1 2 3; do wait_ready "http://127.0.0.1:$((BASE_PORT + i))/healthz"; done

nginx_loopback_conf "$work" 1024 <<EOF
  upstream casebot {
    server 127.0.0.1:$((BASE_PORT + 1)) max_fails=1 fail_timeout=2s;
    server 127.0.0.1:$((BASE_PORT + 2)) max_fails=1 fail_timeout=2s;
    server 127.0.0.1:$((BASE_PORT + 3)) max_fails=1 fail_timeout=2s;
    keepalive 64;
  }
  server {
    listen $PROXY;
    client_max_body_size 256k;
    location / {
      proxy_pass http://casebot;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      # A replica that is down is skipped. Retrying a POST is safe here: an interaction's
      # answer is the HTTP response itself, and the one side effect (/reload) is idempotent.
      proxy_next_upstream error timeout http_502 http_503 non_idempotent;
      proxy_connect_timeout 1s;
    }
  }
EOF
"$NGINX" -p "$work" -c "$work/nginx.conf" &
nginx_pid=$!
wait_ready "http://$PROXY/healthz"

echo "== 1. signed interactions through nginx"
"$LOADGEN" send "$PROXY" "$SEED" ping
"$LOADGEN" send "$PROXY" "$SEED" who hague | cut -c1-120
echo "   /healthz through nginx, six times (round robin):"
for _ in 1 2 3 4 5 6; do
  "$CASEBOT" health "http://$PROXY/healthz" | sed -n 's/.*"replica":"\([^"]*\)".*/     \1/p'
done

echo "== 2. killing replica r2 (SIGKILL) in the middle of 300 signed /who, 10 ms apart"
"$LOADGEN" steady "$PROXY" "$SEED" 300 10 >"$work/steady.out" &
steady=$!
sleep 1.2
kill -KILL "${pids[2]}"
wait "${pids[2]}" 2>/dev/null || true
echo "   killed r2 at ~1.2 s"
if wait "$steady"; then result=ok; else result=FAILED; fi
echo "   through nginx: $(cat "$work/steady.out") -> $result"
[ "$result" = ok ]

echo "== 3. a fact changes on disk; r2 comes back (a rolling restart would do the same)"
before="$(hash_of $((BASE_PORT + 1)))"
echo "   hash before: $before"
sed -i 's/"role": "WikiLeaks founder"/"role": "WikiLeaks founder and publisher"/' \
  "$work/knowledge/people.json"
start_replica 2
wait_ready "http://127.0.0.1:$((BASE_PORT + 2))/healthz"
converged=""
for _ in $(seq 1 100); do
  hashes="$(for i in 1 2 3; do hash_of $((BASE_PORT + i)); done | sort -u)"
  if [ "$(echo "$hashes" | wc -l)" = 1 ] && [ "$hashes" != "$before" ] && [ -n "$hashes" ]; then
    converged="$hashes"
    break
  fi
  sleep 0.1
done
for i in 1 2 3; do echo "   r$i: $(hash_of $((BASE_PORT + i)))"; done
if [ -z "$converged" ]; then
  echo "replicas: the replicas did not converge on a new hash" >&2
  exit 1
fi
echo "   all three serve $converged (was $before)"
"$LOADGEN" send "$PROXY" "$SEED" who assange | grep -o 'WikiLeaks founder and publisher' | head -1 |
  sed 's/^/   the new fact answers through nginx: /'
echo "replicas: ok"
