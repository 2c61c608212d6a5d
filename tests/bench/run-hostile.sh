#!/usr/bin/env bash
# Hostile load against a real erp-server (docs/BENCHMARKS.md "Hostile load"). Builds nothing:
# run it after a build (targets erp-server, erp-bench, erp-datagen).
#
#   tests/bench/run-hostile.sh [BUILD_DIR]          (default: build)
#
# Makes a SQLite store with HOSTILE_CUSTOMERS generated customers (so that one
# crm.customer.list {limit: 1000} answers 1000 rows), starts erp-server with its default limits
# (plus BENCH_SERVER_ARGS), then runs
#
#   erp-bench --mix hostile --server-pid PID --seconds HOSTILE_SECONDS $HOSTILE_ARGS
#
# one measured client (system.ping / admin.user.get, 5 ms apart) while 250 idle and 250 slow
# connections (60 KiB of a line, then a byte a second) from 127.0.0.2-7 and 2 logged-in clients
# sending batches of 1000 x crm.customer.list {limit: 1000} press the server; attackers the
# server closes come back. It prints erp-bench's line (latency, RSS before / peak / end / after
# the attack, closes by message id) and the server's peak RSS (VmHWM).
#
# Environment: HOSTILE_CUSTOMERS (20000), HOSTILE_SECONDS (40: longer than the 30 s login
# timeout), HOSTILE_ARGS (more erp-bench options, e.g. "--idle 500 --slow 0"),
# BENCH_SERVER_ARGS (erp-server options, e.g. "--max-batch-reply 4194304"),
# HOSTILE_SERVER (another erp-server binary, e.g. an older build to compare).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
server_bin=${HOSTILE_SERVER:-$build/server/erp-server}
bench_bin=$build/tests/bench/erp-bench
datagen_bin=$build/tests/bench/crm/erp-datagen
for f in "$server_bin" "$bench_bin" "$datagen_bin"; do
  [ -x "$f" ] || { echo "run-hostile: $f not found; build first" >&2; exit 1; }
done
customers=${HOSTILE_CUSTOMERS:-20000}
seconds=${HOSTILE_SECONDS:-40}
extra_bench=(${HOSTILE_ARGS:-})
extra_server=(${BENCH_SERVER_ARGS:-})

work=$(mktemp -d /tmp/erp-hostile.XXXXXX)
export ERP_ADMIN_PASSWORD=bench-admin-pw1
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill -9 "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== store: $customers customers"
"$datagen_bin" --db "sqlite:$work/hostile.db" --customers "$customers" > "$work/datagen.log" 2>&1 ||
  { cat "$work/datagen.log" >&2; exit 1; }

"$server_bin" --db "sqlite:$work/hostile.db" --listen 127.0.0.1:0 --quiet "${extra_server[@]}" \
  > "$work/server.out" 2> "$work/server.err" &
server_pid=$!
for _ in $(seq 1 600); do
  grep -q '^listening on ' "$work/server.out" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err" >&2; exit 1; }
  sleep 0.1
done
port=$(sed -n 's/^listening on .*:\([0-9]*\)$/\1/p' "$work/server.out")
sleep 2
echo "server idle RSS: $(awk '/^VmRSS:/ {print $2}' "/proc/$server_pid/status") KiB"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

status=0
ERP_BENCH_PASSWORD=$ERP_ADMIN_PASSWORD "$bench_bin" --port "$port" --mix hostile \
  --server-pid "$server_pid" --seconds "$seconds" "${extra_bench[@]}" || status=$?
echo "server peak RSS (VmHWM): $(awk '/^VmHWM:/ {print $2}' "/proc/$server_pid/status") KiB"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
# SIGTERM finishes calls in flight; an older server may still be building a huge batch reply.
kill -TERM "$server_pid"
for _ in $(seq 1 150); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
kill -9 "$server_pid" 2>/dev/null || true
wait "$server_pid" 2>/dev/null || true
server_pid=""
exit $status
