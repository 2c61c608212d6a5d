#!/usr/bin/env bash
# Stops the throwaway PostgreSQL server started by pg-start.sh DIR and removes its files.
dir=${1:?usage: pg-stop.sh DIR}
[ -f "$dir/datadir" ] || exit 0
data=$(cat "$dir/datadir")
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -d "$data/cluster" ]; then
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$pgbin/pg_ctl" -D "$data/cluster" -m immediate stop >/dev/null 2>&1 || true
  else
    "$pgbin/pg_ctl" -D "$data/cluster" -m immediate stop >/dev/null 2>&1 || true
  fi
fi
case "$data" in /tmp/erp-pgtest.*) rm -rf "$data" ;; esac
rm -f "$dir/datadir" "$dir/port"
exit 0
