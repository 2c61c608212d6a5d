#!/usr/bin/env bash
# The standard benchmark set of docs/BENCHMARKS.md. Builds nothing: run it after a build.
#
#   tests/bench/run-bench.sh [BUILD_DIR]          (default: build)
#
# For each backend (SQLite in a temporary directory; PostgreSQL started with
# tests/scripts/pg-start.sh and restarted with fsync on): start erp-server, measure its idle
# RSS, run erp-bench with the mixes ping, read, write and orders (32 connections, 10 s each;
# orders = create with 3 lines, submit, allocate, one after the other per connection), then
# kill -9 the server, restart it on the same database and check that the number of stored
# writes equals the number erp-bench saw acknowledged.
#
# Environment: BENCH_BACKENDS ("sqlite postgres"), BENCH_MIXES ("ping read write orders"),
# BENCH_SECONDS (10), BENCH_CONNECTIONS (32), BENCH_DEPTH (1), BENCH_WORKERS (server default),
# BENCH_SERVER_ARGS (extra erp-server options, e.g. --quiet).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
server_bin=$build/server/erp-server
bench_bin=$build/tests/bench/erp-bench
for f in "$server_bin" "$bench_bin"; do
  [ -x "$f" ] || { echo "run-bench: $f not found; build first (cmake --build $build)" >&2; exit 1; }
done

backends=${BENCH_BACKENDS:-sqlite postgres}
mixes=${BENCH_MIXES:-ping read write orders}
seconds=${BENCH_SECONDS:-10}
connections=${BENCH_CONNECTIONS:-32}
depth=${BENCH_DEPTH:-1}
extra_args=(${BENCH_SERVER_ARGS:-})
[ -n "${BENCH_WORKERS:-}" ] && extra_args+=(--workers "$BENCH_WORKERS")

work=$(mktemp -d /tmp/erp-bench.XXXXXX)
chmod 711 "$work" # PostgreSQL runs as its own user when we are root
export ERP_ADMIN_PASSWORD=bench-admin-pw1
server_pid=""
pg_dir=""

cleanup() {
  [ -n "$server_pid" ] && kill -9 "$server_pid" 2>/dev/null || true
  [ -n "$pg_dir" ] && "$root/tests/scripts/pg-stop.sh" "$pg_dir" || true
  rm -rf "$work"
}
trap cleanup EXIT

# start_server URL LOGNAME: sets server_pid and server_port.
start_server() {
  local url=$1 log=$work/$2
  : > "$log.out"
  "$server_bin" --db "$url" --listen 127.0.0.1:0 "${extra_args[@]}" > "$log.out" 2> "$log.err" &
  server_pid=$!
  for _ in $(seq 1 600); do
    if grep -q '^listening on ' "$log.out"; then
      server_port=$(sed -n 's/^listening on .*:\([0-9]*\)$/\1/p' "$log.out")
      return 0
    fi
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "run-bench: erp-server did not start:" >&2
  tail -n 20 "$log.err" >&2
  exit 1
}

kill9_server() {
  kill -9 "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

stop_server() {
  kill -TERM "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
hwm_kib() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
field() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<< "$2"; }

summary=$work/summary.md
{
  echo "| backend | mix | calls/s | p50 ms | p99 ms | max ms | errors | server CPU % | client CPU % |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
} > "$summary"
notes=()
failed=0
tick=$(getconf CLK_TCK)

for backend in $backends; do
  case $backend in
    sqlite) url="sqlite:$work/bench.db" ;;
    postgres)
      pg_dir=$work/pg
      "$root/tests/scripts/pg-start.sh" "$pg_dir" > /dev/null
      pg_port=$(cat "$pg_dir/port")
      # pg-start.sh runs with fsync=off for fast tests; a benchmark must pay for durability.
      pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
      as_pg=()
      [ "$(id -u)" = 0 ] && as_pg=(runuser -u postgres --)
      pg_data=$(cat "$pg_dir/datadir")
      "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pg_data/cluster" -l "$pg_data/server.log" -w -t 60 \
        -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $pg_data -c max_connections=300" restart > /dev/null
      "$pgbin/psql" -qAt -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres \
        -c "CREATE DATABASE erp_bench" > /dev/null
      url="postgresql://postgres@127.0.0.1:$pg_port/erp_bench"
      ;;
    *) echo "run-bench: unknown backend $backend" >&2; exit 2 ;;
  esac

  echo "== $backend: $url"
  start_server "$url" "$backend"
  sleep 2
  idle_rss=$(rss_kib "$server_pid")
  echo "idle RSS: $idle_rss KiB"
  notes+=("$backend: idle RSS after start $((idle_rss / 1024)) MiB ($idle_rss KiB)")

  for mix in $mixes; do
    echo "load average before $mix: $(cut -d' ' -f1-3 /proc/loadavg)"
    before=$(cpu_ticks "$server_pid")
    started=$(date +%s.%N)
    line=$("$bench_bin" --port "$server_port" --connections "$connections" --depth "$depth" \
             --seconds "$seconds" --mix "$mix") || failed=1
    ended=$(date +%s.%N)
    after=$(cpu_ticks "$server_pid")
    echo "$line"
    if [ -z "$(field calls_per_s "$line")" ]; then
      echo "| $backend | $mix | erp-bench failed | | | | | | |" >> "$summary"
      failed=1
      continue
    fi
    server_cpu=$(awk -v a="$after" -v b="$before" -v t="$tick" -v s="$started" -v e="$ended" \
                   'BEGIN { print (a - b) / t / (e - s) * 100 }')
    client_cpu=$(awk -v c="$(field client_cpu_s "$line")" -v s="$started" -v e="$ended" \
                   'BEGIN { print c / (e - s) * 100 }')
    printf '| %s | %s | %s | %s | %s | %s | %s | %.0f | %.0f |\n' "$backend" "$mix" \
      "$(field calls_per_s "$line")" "$(field p50_ms "$line")" "$(field p99_ms "$line")" \
      "$(field max_ms "$line")" "$(field errors "$line")" "$server_cpu" "$client_cpu" >> "$summary"
    if [ "$mix" = orders ]; then
      notes+=("$backend: order flow (create 3 lines, submit, allocate): $(field orders_per_s "$line") orders/s")
    fi

    if [ "$mix" = write ]; then
      acked=$(field acked_writes "$line")
      prefix=$(field prefix "$line")
      kill9_server
      start_server "$url" "$backend-restart"
      stored=$("$bench_bin" --port "$server_port" --count-roles "$prefix")
      if [ "$stored" = "$acked" ]; then
        notes+=("$backend: kill -9 after the write run: $acked acknowledged writes, $stored stored after restart: OK")
      else
        notes+=("$backend: kill -9 after the write run: $acked acknowledged writes, but $stored stored after restart: LOST WRITES")
        failed=1
      fi
    fi
  done
  notes+=("$backend: peak RSS (VmHWM) during the runs $(( $(hwm_kib "$server_pid") / 1024 )) MiB")
  stop_server
  if [ "$backend" = postgres ]; then
    "$root/tests/scripts/pg-stop.sh" "$pg_dir"
    pg_dir=""
  fi
done

echo
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
echo "erp-bench: $connections connections, depth $depth, $seconds s per mix"
echo
cat "$summary"
echo
for n in "${notes[@]}"; do echo "* $n"; done
exit $failed
