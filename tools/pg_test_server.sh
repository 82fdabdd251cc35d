#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests (issue 11): installs the Debian package if it is
# missing, starts a fresh cluster on 127.0.0.1 and prints the line to export, e.g.
#     eval "$(tools/pg_test_server.sh)"   # SOPDESK_TEST_PG=postgresql://sopdesk_test@127.0.0.1:54329/postgres
# The cluster trusts local TCP logins (tests log in as several roles); it is for tests only.
# Stop it with: tools/pg_test_server.sh stop
set -euo pipefail
PORT=${SOPDESK_PG_PORT:-54329}
DIR=${SOPDESK_PG_DIR:-/tmp/sopdesk-test-pg-$PORT}
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"

if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  echo "installing postgresql" >&2
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
fi
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

as_owner() {  # initdb and the server refuse to run as root: use the postgres account then
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = "stop" ]; then
  as_owner "$BIN/pg_ctl" -D "$DIR" -m fast stop >&2 || true
  exit 0
fi

if ! as_owner "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  rm -rf "$DIR"
  mkdir -p "$DIR"
  [ "$(id -u)" -ne 0 ] || chown postgres:postgres "$DIR"
  as_owner "$BIN/initdb" -D "$DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  as_owner "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c max_connections=200" -w start >&2
  "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -qAt \
    -c "CREATE ROLE sopdesk_test LOGIN SUPERUSER" >&2
fi
echo "export SOPDESK_TEST_PG=postgresql://sopdesk_test@127.0.0.1:$PORT/postgres"
