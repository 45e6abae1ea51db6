#!/usr/bin/env bash
# A three-site HA lab on one machine, for `npm run test:ha` and for trying runbooks by hand:
# three network namespaces (the sites) on a bridge, each with etcd, Patroni-managed PostgreSQL 15,
# HAProxy (routing to whichever node Patroni's REST API calls /primary), a portal HTTP server and a
# dedicated outbox worker. Needs root, iproute2 and the Debian packages patroni, etcd-server, haproxy.
#
#   ha-lab.sh up ROOT           build the sites, state and logs under ROOT
#   ha-lab.sh portals ROOT      start portal + worker at every site (after `up`, once the app is built)
#   ha-lab.sh kill-site ROOT N  the site's link goes down and every process in it is killed
#   ha-lab.sh down ROOT         stop everything and remove the namespaces (idempotent)
#
# Sites: bpha1 10.217.0.11, bpha2 10.217.0.12, bpha3 10.217.0.13; the host reaches them over
# bridge bpha0 (10.217.0.1). Portal at http://10.217.0.1N:3000, HAProxy at 10.217.0.1N:5000.
set -euo pipefail

cmd="${1:?usage: ha-lab.sh up|portals|kill-site|down ROOT [N]}"
root="${2:?ROOT directory}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
SITES=(1 2 3)
BRIDGE=bpha0
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
LATENCY_MS="${HA_LAB_LATENCY_MS:-5}"

ns() { echo "bpha$1"; }
addr() { echo "10.217.0.1$1"; }

# Runs a command in a site's namespace in the background; its pid goes to ROOT/sN/NAME.pid.
spawn_in() {
  local site="$1" name="$2"
  shift 2
  ip netns exec "$(ns "$site")" "$@" >"$root/s$site/$name.log" 2>&1 &
  echo $! >"$root/s$site/$name.pid"
}

up() {
  mkdir -p "$root"
  # PostgreSQL and Patroni run as postgres under ROOT (mktemp makes it 0700).
  chmod 755 "$root"
  ip link add "$BRIDGE" type bridge
  ip addr add 10.217.0.1/24 dev "$BRIDGE"
  ip link set "$BRIDGE" up
  local netem=true
  for s in "${SITES[@]}"; do
    local n; n="$(ns "$s")"
    ip netns add "$n"
    ip link add "bpha${s}h" type veth peer name "bpha${s}s"
    ip link set "bpha${s}s" netns "$n"
    ip link set "bpha${s}h" master "$BRIDGE" up
    ip netns exec "$n" ip addr add "$(addr "$s")/24" dev "bpha${s}s"
    ip netns exec "$n" ip link set "bpha${s}s" up
    ip netns exec "$n" ip link set lo up
    # Latency between sites (each crossing adds it once per direction) where the kernel has netem.
    if $netem && ! ip netns exec "$n" tc qdisc add dev "bpha${s}s" root netem delay "${LATENCY_MS}ms" 2>/dev/null; then
      netem=false
      echo "ha-lab: tc netem is not available in this kernel; the sites are linked without added latency" >&2
    fi
    mkdir -p "$root/s$s"
  done
  $netem && echo "ha-lab: ${LATENCY_MS} ms added per site link and direction (netem)"

  local cluster="" endpoints=""
  for s in "${SITES[@]}"; do
    cluster+="${cluster:+,}s$s=http://$(addr "$s"):2380"
    endpoints+="${endpoints:+, }'$(addr "$s"):2379'"
  done
  for s in "${SITES[@]}"; do
    local a; a="$(addr "$s")"
    spawn_in "$s" etcd etcd --name "s$s" --data-dir "$root/s$s/etcd" \
      --listen-client-urls "http://$a:2379" --advertise-client-urls "http://$a:2379" \
      --listen-peer-urls "http://$a:2380" --initial-advertise-peer-urls "http://$a:2380" \
      --initial-cluster "$cluster" --initial-cluster-state new --initial-cluster-token bp-ha-lab \
      --heartbeat-interval 100 --election-timeout 1000
  done
  for _ in $(seq 1 60); do
    ETCDCTL_API=3 etcdctl --endpoints "http://$(addr 1):2379" endpoint health >/dev/null 2>&1 && break
    sleep 0.5
  done

  for s in "${SITES[@]}"; do
    local a; a="$(addr "$s")"
    install -d -o postgres -g postgres -m 700 "$root/s$s/pg"
    cat >"$root/s$s/patroni.yml" <<YAML
scope: bp-ha-lab
name: s$s
restapi:
  listen: $a:8008
  connect_address: $a:8008
etcd3:
  hosts: [$endpoints]
bootstrap:
  dcs:
    # Failover within ttl (12 s) of the leader's last renewal; ttl >= loop_wait + 2 * retry_timeout.
    ttl: 12
    loop_wait: 2
    retry_timeout: 4
    maximum_lag_on_failover: 1048576
    # Commit waits for a standby at another site; only that standby may be promoted.
    synchronous_mode: true
    postgresql:
      use_pg_rewind: true
      use_slots: true
      parameters:
        wal_level: replica
        hot_standby: "on"
        max_wal_senders: 10
        max_replication_slots: 10
        wal_keep_size: 256MB
        wal_log_hints: "on"
        max_connections: 200
  initdb:
    - encoding: UTF8
    - locale: C.UTF-8
  pg_hba:
    - local all all trust
    - host replication replicator 10.217.0.0/24 trust
    - host all all 10.217.0.0/24 trust
postgresql:
  listen: $a:5432
  connect_address: $a:5432
  data_dir: $root/s$s/pg/data
  bin_dir: $PG_BIN
  pgpass: $root/s$s/pg/pgpass
  authentication:
    superuser: { username: postgres, password: lab-only }
    replication: { username: replicator, password: lab-only }
    rewind: { username: rewinder, password: lab-only }
  parameters:
    unix_socket_directories: $root/s$s/pg
    shared_buffers: 64MB
YAML
    chown postgres:postgres "$root/s$s/patroni.yml"
    cat >"$root/s$s/haproxy.cfg" <<CFG
global
    maxconn 1000
defaults
    mode tcp
    timeout connect 2s
    timeout client 30m
    timeout server 30m
    timeout check 1s
listen postgres_primary
    bind $a:5000
    option httpchk GET /primary
    http-check expect status 200
    default-server inter 1s fall 2 rise 1 on-marked-down shutdown-sessions
$(for t in "${SITES[@]}"; do echo "    server s$t $(addr "$t"):5432 check port 8008"; done)
CFG
    spawn_in "$s" haproxy haproxy -db -f "$root/s$s/haproxy.cfg"
  done
  # Site 1 bootstraps the cluster; the others join as its standbys.
  spawn_in 1 patroni runuser -u postgres -- patroni "$root/s1/patroni.yml"
  wait_primary 120
  for s in 2 3; do spawn_in "$s" patroni runuser -u postgres -- patroni "$root/s$s/patroni.yml"; done
  for _ in $(seq 1 180); do
    [ "$(curl -s "http://$(addr 1):8008/cluster" | grep -o '"state": *"\(streaming\|running\)"' | wc -l)" -ge 3 ] \
      && curl -s "http://$(addr 1):8008/cluster" | grep -q sync_standby && { echo "ha-lab: three nodes up, synchronous standby in place"; return 0; }
    sleep 1
  done
  echo "ha-lab: the standbys did not come up" >&2
  return 1
}

wait_primary() {
  for _ in $(seq 1 "$1"); do
    for s in "${SITES[@]}"; do
      curl -sf -o /dev/null "http://$(addr "$s"):8008/primary" && return 0
    done
    sleep 1
  done
  echo "ha-lab: no primary" >&2
  return 1
}

portals() {
  for s in "${SITES[@]}"; do
    local a; a="$(addr "$s")"
    local common=(env NODE_ENV=production "DATABASE_URL=postgres://postgres@$a:5000/postgres" "MAIL_DIR=$root/s$s/mail"
      "PGLITE_DIR=$root/s$s/unused" LOG_LEVEL=warn SUBMISSION_RATE_LIMIT=1000000 OUTBOX_LEASE_SECONDS=15
      "ACCESS_CODE_SECRET=ha-lab-access-code-secret-0123456789abcdef" "PUBLIC_URL=http://$a:3000")
    (cd "$repo" && spawn_in "$s" portal "${common[@]}" OUTBOX_WORKER=off PORT=3000 "HOST=$a" node server/index.js)
    # The first server migrates and seeds; the others find the work done (they wait on its lock).
    for _ in $(seq 1 120); do curl -sf -o /dev/null "http://$a:3000/healthz/ready" && break; sleep 0.5; done
    (cd "$repo" && spawn_in "$s" worker "${common[@]}" node server/worker.js)
  done
  echo "ha-lab: portals and workers running at every site"
}

kill_site() {
  local s="$1"
  ip link set "bpha${s}h" down
  ip netns exec "$(ns "$s")" ip link set "bpha${s}s" down
  local pids; pids="$(ip netns pids "$(ns "$s")" || true)"
  [ -n "$pids" ] && kill -9 $pids 2>/dev/null || true
}

down() {
  for s in "${SITES[@]}"; do
    if ip netns list 2>/dev/null | grep -qw "$(ns "$s")"; then
      local pids; pids="$(ip netns pids "$(ns "$s")" 2>/dev/null || true)"
      [ -n "$pids" ] && kill -9 $pids 2>/dev/null || true
      ip netns del "$(ns "$s")" 2>/dev/null || true
    fi
    ip link del "bpha${s}h" 2>/dev/null || true
  done
  ip link del "$BRIDGE" 2>/dev/null || true
}

case "$cmd" in
  up) up ;;
  portals) portals ;;
  kill-site) kill_site "${3:?site number}" ;;
  down) down ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac
