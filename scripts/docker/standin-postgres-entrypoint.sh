#!/usr/bin/env bash
# Stand-in for postgres:15-bookworm's docker-entrypoint.sh (see standin-images.sh): test tooling only.
# Keeps the part of the official contract compose.yaml uses: POSTGRES_USER (default postgres),
# POSTGRES_PASSWORD (required unless POSTGRES_HOST_AUTH_METHOD=trust), POSTGRES_DB (default the
# user), POSTGRES_INITDB_ARGS, PGDATA; initdb on first start (UTF8), *.sql and *.sh in
# /docker-entrypoint-initdb.d, then postgres listening on all addresses with password auth over TCP.
set -Eeo pipefail
if [ "${1:0:1}" = '-' ]; then set -- postgres "$@"; fi

if [ "$1" = postgres ] && [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA" /var/run/postgresql
  chown postgres:postgres "$PGDATA" /var/run/postgresql
  chmod 700 "$PGDATA"
  exec setpriv --reuid=postgres --regid=postgres --init-groups "${BASH_SOURCE[0]}" "$@"
fi

if [ "$1" = postgres ] && [ ! -s "$PGDATA/PG_VERSION" ]; then
  auth="${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}"
  if [ -z "${POSTGRES_PASSWORD:-}" ] && [ "$auth" != trust ]; then
    echo 'Error: database is uninitialized and superuser password is not specified (POSTGRES_PASSWORD).' >&2
    exit 1
  fi
  user="${POSTGRES_USER:-postgres}"
  db="${POSTGRES_DB:-$user}"
  # shellcheck disable=SC2086
  initdb --username="$user" --pwfile=<(printf '%s\n' "${POSTGRES_PASSWORD:-}") --encoding=UTF8 \
    --locale=C.UTF-8 -D "$PGDATA" ${POSTGRES_INITDB_ARGS:-}
  printf "\nlisten_addresses = '*'\n" >>"$PGDATA/postgresql.conf"
  printf '\nhost all all all %s\n' "$auth" >>"$PGDATA/pg_hba.conf"
  # A temporary server on the Unix socket only, for the first database and the init scripts.
  pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -p 5432" -w start
  export PGUSER="$user" PGPASSWORD="${POSTGRES_PASSWORD:-}"
  if [ "$db" != postgres ]; then psql -v ON_ERROR_STOP=1 --dbname postgres -qc "CREATE DATABASE \"$db\""; fi
  for f in /docker-entrypoint-initdb.d/*; do
    case "$f" in
      *.sql) psql -v ON_ERROR_STOP=1 --dbname "$db" -f "$f" ;;
      *.sh) . "$f" ;;
    esac
  done
  pg_ctl -D "$PGDATA" -m fast -w stop
  unset PGUSER PGPASSWORD
  echo 'PostgreSQL init process complete; ready for start up.'
fi

exec "$@"
