#!/usr/bin/env bash
# Throw-away PostgreSQL for perfagent's JDBC integration tests.
#
#   .ci/postgres.sh start   install PostgreSQL from Debian's packages if missing, initdb a fresh data directory in a
#                           temp dir, start it on 127.0.0.1:5432, create user/password perfagent/perfagent and the
#                           database perfagent
#   .ci/postgres.sh stop    stop that server and delete its data directory
#   .ci/postgres.sh status  exit 0 when it is running
#
# Tests find it through PERFAGENT_TEST_PG_URL (default jdbc:postgresql://127.0.0.1:5432/perfagent), PERFAGENT_TEST_PG_USER and
# PERFAGENT_TEST_PG_PASSWORD (both default perfagent).
set -euo pipefail

PORT="${PERFAGENT_TEST_PG_PORT:-5432}"
STATE_FILE="${PERFAGENT_TEST_PG_STATE:-/tmp/perfagent-postgres.dir}"

say() { echo "postgres.sh: $*"; }

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

install_if_missing() {
  if pg_bin >/dev/null; then
    return
  fi
  say "PostgreSQL not found; installing it from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q postgresql
  # The package may have created and started its own "main" cluster on our port: stop it, ours is throw-away.
  if command -v pg_lsclusters >/dev/null; then
    pg_lsclusters -h 2>/dev/null | while read -r version cluster _; do
      pg_ctlcluster "$version" "$cluster" stop 2>/dev/null || true
    done
  fi
}

# Runs a command as the postgres user when we are root (initdb and postgres refuse to run as root).
as_owner() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

running() {
  [ -f "$STATE_FILE" ] || return 1
  local dir
  dir=$(cat "$STATE_FILE")
  [ -d "$dir/data" ] && as_owner "$(pg_bin)/pg_ctl" -D "$dir/data" status >/dev/null 2>&1
}

start() {
  install_if_missing
  if running; then
    say "already running on 127.0.0.1:$PORT (data in $(cat "$STATE_FILE"))"
    return
  fi
  local bin dir
  bin=$(pg_bin)
  dir=$(mktemp -d /tmp/perfagent-pg.XXXXXX)
  chmod 755 "$dir"
  if [ "$(id -u)" = "0" ]; then
    chown postgres:postgres "$dir"
  fi
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --no-locale >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; exit 1; }
  # fsync off: the data is thrown away, and the tests should measure the agent, not the disk.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $dir -c fsync=off -c synchronous_commit=off -c max_connections=50" \
    start >/dev/null || { cat "$dir/server.log"; exit 1; }
  echo "$dir" >"$STATE_FILE"
  as_owner "$bin/psql" -q -h "$dir" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE perfagent LOGIN PASSWORD 'perfagent'" \
    -c "CREATE DATABASE perfagent OWNER perfagent" >/dev/null
  say "running on 127.0.0.1:$PORT (data in $dir)"
}

stop() {
  if [ ! -f "$STATE_FILE" ]; then
    say "not running"
    return
  fi
  local dir bin
  dir=$(cat "$STATE_FILE")
  bin=$(pg_bin || true)
  if [ -n "$bin" ] && [ -d "$dir/data" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir" "$STATE_FILE"
  say "stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then say "running"; else say "not running"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
