#!/usr/bin/env bash
# Stops the throwaway PostgreSQL server started by pg-start.sh and removes its files.
dir=${1:?usage: pg-stop.sh DIR}
[ -d "$dir/data" ] || exit 0
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ "$(id -u)" = 0 ]; then
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
else
  "$pgbin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
fi
rm -rf "$dir"
exit 0
