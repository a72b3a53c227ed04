#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests (and for trying newsbrief on PostgreSQL locally).
#
#   eval "$(scripts/pg-test-server.sh start)"   # prints `export NEWSBRIEF_TEST_PG_URL=... PGTEST_DIR=...`
#   scripts/pg-test-server.sh stop "$PGTEST_DIR"
#
# Uses the server binaries of Debian's `postgresql` package (`pg_config --bindir`, e.g.
# /usr/lib/postgresql/15/bin) and installs the package when they are missing and we are root.
# The cluster lives in a temporary folder, listens on 127.0.0.1 on a free port (and a socket in
# the folder) with trust authentication, and is deleted by `stop`. PostgreSQL refuses to run as
# root, so as root the server runs as the unprivileged user `nobody`.
set -euo pipefail

bindir() {
  local dir=""
  if command -v pg_config >/dev/null 2>&1; then dir="$(pg_config --bindir)"; fi
  if [ ! -x "$dir/postgres" ]; then
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
  fi
  if [ ! -x "$dir/postgres" ] && [ "$(id -u)" = 0 ]; then
    echo "pg-test-server: installing the postgresql package" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
    dir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  fi
  if [ ! -x "$dir/postgres" ]; then
    echo "pg-test-server: no PostgreSQL server binaries (install the Debian package postgresql)" >&2
    exit 1
  fi
  echo "$dir"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

start() {
  local bin dir port
  bin="$(bindir)"
  dir="$(mktemp -d "${TMPDIR:-/tmp}/nb-pg.XXXXXX")"
  chmod 755 "$dir"
  mkdir -p "$dir/data" "$dir/sock"
  if [ "$(id -u)" = 0 ]; then chown -R nobody "$dir/data" "$dir/sock"; fi
  as_owner "$bin/initdb" -D "$dir/data" -U newsbrief --auth=trust --encoding=UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  port="$(free_port)"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/sock/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >&2
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U newsbrief newsbrief_test >&2
  echo "export NEWSBRIEF_TEST_PG_URL=postgres://newsbrief@127.0.0.1:$port/newsbrief_test PGTEST_DIR=$dir"
}

stop() {
  local dir="${1:-${PGTEST_DIR:-}}"
  [ -n "$dir" ] && [ -d "$dir/data" ] || return 0
  as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop <dir>" >&2; exit 2 ;;
esac
