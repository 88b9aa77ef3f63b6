#!/usr/bin/env bash
# First start: a cluster whose one account (POSTGRES_USER, password POSTGRES_PASSWORD) owns POSTGRES_DB, reachable
# from the network with a password only (scram-sha-256). Every start: the server in the foreground, so the container
# stops with it (SIGINT is PostgreSQL's fast shutdown).
set -euo pipefail
: "${POSTGRES_PASSWORD:?Set POSTGRES_PASSWORD: the server accepts network connections with a password only.}"
user=${POSTGRES_USER:-claimtrack} db=${POSTGRES_DB:-claimtrack}
if [[ ! -s $PGDATA/PG_VERSION ]]; then
  initdb --auth-local=peer --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 -U postgres \
    --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") >/dev/null
  printf 'host all all 0.0.0.0/0 scram-sha-256\nhost all all ::/0 scram-sha-256\n' >>"$PGDATA/pg_hba.conf"
  pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -c unix_socket_directories=/tmp" -w start >/dev/null
  psql -h /tmp -U postgres -v ON_ERROR_STOP=1 -q -v user="$user" -v password="$POSTGRES_PASSWORD" -v db="$db" <<'SQL'
CREATE ROLE :"user" LOGIN PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"user";
SQL
  pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
fi
exec postgres -D "$PGDATA" -c listen_addresses='*' -c unix_socket_directories=/tmp
