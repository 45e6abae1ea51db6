#!/usr/bin/env bash
# Point-in-time restore of the portal's PostgreSQL from the pgBackRest repository.
#
#   scripts/ops/pitr-restore.sh --stanza portal --target "2026-12-04 17:10:00+01" --pg-data /var/lib/postgresql/15/restore \
#     [--config /etc/pgbackrest/pgbackrest.conf] [--port 5433] [--start]
#
# Restores the newest base backup taken before the target into --pg-data (which must be empty or
# absent), replays archived WAL up to the target time and promotes there. With --start it starts
# the restored server on --port with archiving off, so it cannot write into the repository of the
# live cluster; copy the rows you need from it, or follow docs/operations/backup-restore.md to make
# it the new primary. Runs pgBackRest and PostgreSQL as the postgres user.
set -euo pipefail

stanza="" target="" pg_data="" config="/etc/pgbackrest/pgbackrest.conf" port="5433" start=false
pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
while [ $# -gt 0 ]; do
  case "$1" in
    --stanza) stanza="$2"; shift 2 ;;
    --target) target="$2"; shift 2 ;;
    --pg-data) pg_data="$2"; shift 2 ;;
    --config) config="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --start) start=true; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
if [ -z "$stanza" ] || [ -z "$target" ] || [ -z "$pg_data" ]; then
  echo "usage: $0 --stanza NAME --target 'YYYY-MM-DD HH:MM:SS[.ffffff]+TZ' --pg-data DIR [--config FILE] [--port N] [--start]" >&2
  exit 2
fi
if [ -d "$pg_data" ] && [ -n "$(ls -A "$pg_data")" ]; then
  echo "$pg_data is not empty: restore into a fresh directory (or stop the server and use pgbackrest --delta yourself)" >&2
  exit 1
fi

as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi; }

install -d -o postgres -g postgres -m 700 "$pg_data"
as_postgres pgbackrest --config="$config" --stanza="$stanza" --pg1-path="$pg_data" \
  --type=time --target="$target" --target-action=promote --log-level-console=warn restore
echo "restored ${stanza} to ${target} into ${pg_data}"

if $start; then
  socket_dir="$(dirname "$pg_data")"
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/restore.log" -w -t 300 \
    -o "-c port=$port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$socket_dir -c archive_mode=off -c hot_standby=on" start
  # Recovery ends at the target and promotes; wait until the server takes writes.
  for _ in $(seq 1 300); do
    if [ "$(as_postgres "$pg_bin/../bin/psql" -h 127.0.0.1 -p "$port" -U postgres -Atqc 'select pg_is_in_recovery()' 2>/dev/null || true)" = "f" ]; then
      echo "restored server promoted and running on 127.0.0.1:${port}"
      exit 0
    fi
    sleep 1
  done
  echo "the restored server did not finish recovery; see $pg_data/restore.log" >&2
  exit 1
fi
