#!/usr/bin/env bash
# Backs up and restores ClaimTrack's database with pg_dump and pg_restore (custom format), using the app's own settings:
#   ./deploy/db.sh backup [FILE]   while the app runs; FILE defaults to ./claimtrack-<UTC date and time>.dump
#   ./deploy/db.sh restore FILE    with every app node stopped; replaces everything the dump holds
# The database: ConnectionStrings__ClaimTrack when it is set (Npgsql's "Host=...;Username=...;Password=..." form),
# otherwise the app's own cluster (ClaimTrack__Postgres__DataFolder, __Port, __BinariesFolder, or their defaults), whose
# password is read from its data folder. The service's settings file (/etc/claimtrack/claimtrack.env, or
# CLAIMTRACK_ENV_FILE) is read too when this user can read it; what is already in the environment wins.
# See docs/operations.md.
# A FILE given as a relative path is the caller's, not the repository's.
caller=$PWD
cd "$(dirname "$0")/.."
source deploy/common.sh
in_caller() { [[ $1 == /* ]] && printf '%s\n' "$1" || printf '%s\n' "$caller/$1"; }

# systemd's EnvironmentFile syntax (KEY=value, optionally quoted), not sourced: a connection string's ';' is no command.
read_service_settings() {
  local file=${CLAIMTRACK_ENV_FILE:-/etc/claimtrack/claimtrack.env} line key value
  [[ -r $file ]] || return 0
  while IFS= read -r line || [[ -n $line ]]; do
    [[ $line =~ ^[[:space:]]*([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]] || continue
    key=${BASH_REMATCH[1]}; value=${BASH_REMATCH[2]}
    if [[ $value =~ ^\"(.*)\"$ || $value =~ ^\'(.*)\'$ ]]; then value=${BASH_REMATCH[1]}; fi
    [[ -n ${!key+set} ]] || export "$key=$value"
  done <"$file"
}
read_service_settings

usage() { say "Usage: ./deploy/db.sh backup [FILE] | ./deploy/db.sh restore FILE"; exit 2; }

# The PostgreSQL programs: the app's own choice of server folder first, so pg_dump is never older than the server.
pg_bin() {
  local folder=${ClaimTrack__Postgres__BinariesFolder:-}
  if [[ -z $folder ]]; then
    if command -v initdb >/dev/null 2>&1; then folder=$(dirname "$(command -v initdb)")
    else folder=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    fi
  fi
  if [[ -x $folder/$1 ]]; then printf '%s\n' "$folder/$1"
  elif command -v "$1" >/dev/null 2>&1; then command -v "$1"
  else say "$1 is missing: run 'sudo apt-get install postgresql-client' (or set ClaimTrack__Postgres__BinariesFolder)."; exit 1
  fi
}

# Npgsql's connection string to libpq's environment variables (the keys ClaimTrack's settings use). A value that holds
# ';' or quotes is beyond this simple reading: set that one as PGPASSWORD (or PGHOST, ...) yourself; those win.
connect_to_server() {
  local part key value
  IFS=';' read -ra parts <<<"$ConnectionStrings__ClaimTrack"
  for part in "${parts[@]}"; do
    [[ $part == *=* ]] || continue
    key=$(tr -d ' ' <<<"${part%%=*}" | tr '[:upper:]' '[:lower:]'); value=${part#*=}
    case $key in
      host | server) key=PGHOST ;;
      port) key=PGPORT ;;
      username | userid | user) key=PGUSER ;;
      password | pwd | psw) key=PGPASSWORD ;;
      database | db) key=PGDATABASE ;;
      sslmode) key=PGSSLMODE; value=$(tr '[:upper:]' '[:lower:]' <<<"$value" | sed 's/^verifyca$/verify-ca/; s/^verifyfull$/verify-full/') ;;
      *) continue ;;
    esac
    [[ -n ${!key+set} ]] || export "$key=$value"
  done
}

# The app's own cluster: the same defaults as the app (EmbeddedPostgresOptions), and its passwords from the data folder.
data_folder() {
  if [[ -n ${ClaimTrack__Postgres__DataFolder:-} ]]; then printf '%s\n' "$ClaimTrack__Postgres__DataFolder"
  elif [[ $(id -un) == root ]]; then printf '%s\n' /var/lib/claimtrack/postgres
  else printf '%s\n' "${XDG_DATA_HOME:-$HOME/.local/share}/claimtrack/postgres"
  fi
}

connect_to_own_cluster() {
  data=$(data_folder)
  export PGHOST=127.0.0.1 PGPORT=${ClaimTrack__Postgres__Port:-5544} PGDATABASE=${ClaimTrack__Postgres__Database:-claimtrack}
  # The app's role when the cluster has one (it owns the database); a cluster from before passwords has only postgres.
  local role
  for role in claimtrack postgres; do
    if [[ -r $data/$role.password ]]; then
      export PGUSER=$role PGPASSWORD; PGPASSWORD=$(<"$data/$role.password"); return
    fi
  done
  export PGUSER=postgres
}

connect() {
  if [[ -n ${ConnectionStrings__ClaimTrack:-} ]]; then own_cluster=; connect_to_server
  else own_cluster=1; connect_to_own_cluster
  fi
}

# A running node holds the node channel's connection open (application_name "claimtrack node channel <id>").
running_nodes() {
  "$(pg_bin psql)" -X -w -A -t -q -c \
    "select count(*) from pg_stat_activity where datname = current_database() and application_name like 'claimtrack node channel %'"
}

backup() {
  local file
  file=$(in_caller "${1:-claimtrack-$(date -u +%Y%m%d-%H%M%S).dump}")
  connect
  # The dump holds password hashes and the sign-in key ring: readable by its owner only.
  umask 077
  if ! "$(pg_bin pg_dump)" -w --format=custom --file="$file.partial"; then
    rm -f "$file.partial"
    [[ -n $own_cluster ]] && say "The app's own PostgreSQL answers only while ClaimTrack runs: start it, then run this again."
    exit 1
  fi
  mv "$file.partial" "$file"
  say "Backed up $PGDATABASE on $PGHOST:${PGPORT:-5432} to $file ($(du -h "$file" | cut -f1))."
}

# Starts the app's stopped cluster for the restore, as the app does (loopback only, no Unix socket), and stops it after.
start_own_cluster() {
  [[ -f $data/PG_VERSION ]] || {
    say "There is no cluster in $data yet: start ClaimTrack once with ClaimTrack__DemoNewsroom__Enabled=false (it creates its cluster and database), stop it, then run this again."
    exit 1
  }
  # The app holds this lock for as long as it runs; holding it here also keeps the app out until the restore is done.
  if [[ -f $data/claimtrack.lock ]]; then
    exec 9<"$data/claimtrack.lock"
    flock -n 9 || { say "ClaimTrack is running on $data: stop it first (systemctl stop claimtrack, or Ctrl+C)."; exit 1; }
  fi
  # Global, not local: the EXIT trap runs after this function has returned.
  as=(); pg_ctl=$(pg_bin pg_ctl)
  local owner; owner=$(stat -c %U "$data")
  [[ $(id -un) != "$owner" ]] && as=(runuser -u "$owner" --)
  if "${as[@]}" "$pg_ctl" status -D "$data" >/dev/null 2>&1; then
    say "PostgreSQL in $data is running, so ClaimTrack probably is: stop it first (systemctl stop claimtrack, or Ctrl+C)."; exit 1
  fi
  "${as[@]}" "$pg_ctl" start -w -t 60 -D "$data" -l "$data/server.log" \
    -o "-p $PGPORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c default_toast_compression=lz4" >/dev/null
  trap '"${as[@]}" "$pg_ctl" stop -w -m fast -D "$data" >/dev/null' EXIT
}

restore() {
  [[ -n ${1:-} ]] || usage
  local file; file=$(in_caller "$1")
  [[ -r $file ]] || { say "$file cannot be read."; exit 1; }
  "$(pg_bin pg_restore)" --list "$file" >/dev/null 2>&1 || { say "$file is not a pg_dump archive in custom format (pg_dump -Fc)."; exit 1; }
  connect
  [[ -n $own_cluster ]] && start_own_cluster
  local nodes
  nodes=$(running_nodes) || { say "Cannot reach $PGDATABASE on $PGHOST:${PGPORT:-5432} (see above)."; exit 1; }
  [[ $nodes == 0 ]] || { say "$nodes ClaimTrack node(s) are connected to $PGDATABASE: stop every node first."; exit 1; }
  # One transaction: a restore that fails leaves the database as it was. --clean replaces what the dump holds; the
  # restoring role (the app's) owns everything it creates, whichever role owned it where the dump was taken.
  "$(pg_bin pg_restore)" -w --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
    --dbname="$PGDATABASE" "$file"
  # pg_restore leaves the planner without statistics; the first searches would guess badly without them.
  # (The app's role cannot analyze the shared catalogs, and needs not: those warnings are not shown.)
  "$(pg_bin psql)" -X -w -q -c "set client_min_messages = error" -c "analyze"
  say "Restored $file into $PGDATABASE on $PGHOST:${PGPORT:-5432}. Start ClaimTrack: it brings the schema up to its version."
}

case ${1:-} in
  backup) shift; backup "$@" ;;
  restore) shift; restore "$@" ;;
  *) usage ;;
esac
