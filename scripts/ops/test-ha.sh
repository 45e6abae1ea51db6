#!/usr/bin/env bash
# npm run test:ha — the high-availability tests on clusters of their own (never the PostgreSQL on
# 5432): pgBackRest point-in-time restore, and the three-site Patroni lab with a failover and a
# switchover under load. Installs what it needs from Debian's packages; needs root (network
# namespaces). Bounded: the whole run is killed after 15 minutes, and the lab is always torn down.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "$(id -u)" -ne 0 ]; then
  echo "test:ha needs root (network namespaces, PostgreSQL clusters run as the postgres user)" >&2
  exit 1
fi

missing=()
for pair in patroni:patroni etcd:etcd-server etcdctl:etcd-client haproxy:haproxy pgbackrest:pgbackrest ip:iproute2 curl:curl; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
done
[ -x /usr/lib/postgresql/15/bin/postgres ] || missing+=(postgresql-15)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update
  # No service may start on its own (the lab starts its own), even without a policy-rc.d.
  DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y "${missing[@]}"
fi

cleanup() { bash scripts/ops/ha-lab.sh down /nonexistent >/dev/null 2>&1 || true; }
trap cleanup EXIT INT TERM

[ -f build/index.js ] || npm run build
started=$(date +%s)
timeout --kill-after=30 900 npx vitest run --config vitest.ha.config.ts "$@"
echo "test:ha took $(($(date +%s) - started)) s"
