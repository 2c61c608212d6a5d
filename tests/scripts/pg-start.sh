#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the test run and writes its port to DIR/port
# (argument 1). The cluster itself lives in a fresh directory under /tmp (recorded in
# DIR/datadir), so it works wherever the build tree is — also under a root-only /root. Fails
# loudly when no server can be started: the PostgreSQL half of the suite is never skipped.
set -euo pipefail
dir=${1:?usage: pg-start.sh DIR}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pgbin/initdb" ] || { echo "pg-start: PostgreSQL server binaries not found (apt install postgresql)" >&2; exit 1; }
"$(dirname "$0")/pg-stop.sh" "$dir" || true
mkdir -p "$dir"
data=$(mktemp -d /tmp/erp-pgtest.XXXXXX)
echo "$data" > "$dir/datadir"
as_pg=()
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$data"
  as_pg=(runuser -u postgres --)
fi
"${as_pg[@]}" "$pgbin/initdb" -D "$data/cluster" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
for port in $(seq 55432 55532); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    if "${as_pg[@]}" "$pgbin/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 60 \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $data -c fsync=off -c max_connections=300" start >/dev/null; then
      echo "$port" > "$dir/port"
      echo "PostgreSQL test server on 127.0.0.1:$port (data in $data)"
      exit 0
    fi
  fi
done
cat "$data/server.log" >&2 || true
echo "pg-start: could not start PostgreSQL" >&2
exit 1
