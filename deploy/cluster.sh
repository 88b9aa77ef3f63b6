#!/usr/bin/env bash
# A loopback cluster in one command: one PostgreSQL, two ClaimTrack nodes over it and Debian's nginx in front, all on
# 127.0.0.1, with the demo newsroom. Runs in the foreground; Ctrl+C (or SIGTERM) stops the nodes, nginx and PostgreSQL.
#   ./deploy/cluster.sh
# Environment (all optional):
#   CLAIMTRACK_CLUSTER_DIR    where the cluster keeps its database, passwords and nginx files
#                             (/var/lib/claimtrack/cluster as root, ~/.local/share/claimtrack/cluster otherwise)
#   CLAIMTRACK_CLUSTER_PORT   nginx's port (5085); the nodes take CLAIMTRACK_CLUSTER_NODE_PORTS ("5086 5087") and
#                             PostgreSQL CLAIMTRACK_CLUSTER_PG_PORT (5547); each node's Prometheus endpoint takes
#                             CLAIMTRACK_CLUSTER_METRICS_PORTS ("9465 9466"; one address per node, or the second fails)
#   CLAIMTRACK_APP            a built ClaimTrack.Web folder to run instead of building one (the tests pass theirs)
# Any ClaimTrack setting in the environment (ClaimTrack__DemoNewsroom__Enabled=false, ClaimTrack__Admin__Email=...)
# reaches both nodes. The database stays between runs, like ./deploy/run.sh's; delete the folder to start afresh.
cd "$(dirname "$0")/.."
source deploy/common.sh

as_root() { [[ $(id -u) -eq 0 ]]; }
dir=${CLAIMTRACK_CLUSTER_DIR:-$(as_root && echo /var/lib/claimtrack/cluster || echo "${XDG_DATA_HOME:-$HOME/.local/share}/claimtrack/cluster")}
nginx_port=${CLAIMTRACK_CLUSTER_PORT:-5085}
read -r port_a port_b <<<"${CLAIMTRACK_CLUSTER_NODE_PORTS:-5086 5087}"
pg_port=${CLAIMTRACK_CLUSTER_PG_PORT:-5547}
read -r metrics_a metrics_b <<<"${CLAIMTRACK_CLUSTER_METRICS_PORTS:-9465 9466}"
site=http://127.0.0.1:$nginx_port

need_dotnet
need_postgres_binaries
need_nginx
# Debian's package starts an nginx of its own on port 80 at install; the cluster runs its own, so that one is left alone.

port_free() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    say "Port $1 on 127.0.0.1 is taken by another program: stop it, or choose other ports (see the top of $0)."; exit 1
  fi
}
for port in "$nginx_port" "$port_a" "$port_b"; do port_free "$port"; done

app=${CLAIMTRACK_APP:-}
if [[ -z $app ]]; then
  say "Building ClaimTrack (about a minute the first time; seconds after that)..."
  dotnet build src/ClaimTrack.Web -c Release -nologo -v q -clp:ErrorsOnly || { say "The build failed (see above)."; exit 1; }
  app=src/ClaimTrack.Web/bin/Release/net10.0
fi
app=$(cd "$app" && pwd)
[[ -x $app/ClaimTrack.Web ]] || { say "No built app in $app: build it (dotnet build src/ClaimTrack.Web -c Release)."; exit 1; }

# PostgreSQL refuses to run as root: as root, its programs run as the postgres system user, which must reach the folder.
pg_bin=$(dirname "$(readlink -f "$(command -v pg_ctl || compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' | sort -V | tail -n 1)")")
as_postgres() { if as_root; then runuser -u postgres -- "$@"; else "$@"; fi; }
data=$dir/postgres
# Two random passwords, kept beside the data for this user only, as the app's own cluster keeps them: the superuser's,
# used here to set the cluster up, and that of the claimtrack role the nodes work as (it owns the database, no more).
admin_password_file=$dir/postgres.password app_password_file=$dir/claimtrack.password
new_password() { [[ -s $1 ]] || (umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$1"); }
mkdir -p "$dir/nginx/temp" "$dir/logs"
chmod 755 "$dir"

if [[ ! -f $data/PG_VERSION ]]; then
  say "Creating the cluster's PostgreSQL in $data..."
  rm -rf "$data" "$admin_password_file"
  mkdir -p "$data"
  as_root && chown postgres: "$data"
  new_password "$admin_password_file"
  pwfile=$(mktemp "$dir/pwfile.XXXXXX")
  cp "$admin_password_file" "$pwfile"
  as_root && chown postgres: "$pwfile"
  # scram-sha-256 for every connection: no local user gets in without a password.
  as_postgres "$pg_bin/initdb" -D "$data" -U postgres --pwfile="$pwfile" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/logs/initdb.log" 2>&1 ||
    { rm -f "$pwfile"; say "initdb failed: see $dir/logs/initdb.log."; exit 1; }
  rm -f "$pwfile"
fi
[[ -s $admin_password_file ]] || { say "$admin_password_file is missing: delete $dir to create the cluster afresh."; exit 1; }
new_password "$app_password_file"
app_password=$(cat "$app_password_file")

node_pids=() nginx_pid=''
stop_all() {
  trap - INT TERM EXIT
  say "Stopping the nodes, nginx and PostgreSQL..."
  # The nodes first, while the database is still there for their last writes; each stops within seconds on SIGTERM.
  local pid
  for pid in "${node_pids[@]}" $nginx_pid; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${node_pids[@]}" $nginx_pid; do wait "$pid" 2>/dev/null || true; done
  as_postgres "$pg_bin/pg_ctl" stop -D "$data" -m fast -w >/dev/null 2>&1 || true
  say "Stopped."
}
trap 'stop_all; exit 0' INT TERM
trap stop_all EXIT

# Left running by a cluster that was killed: stop it, then start it as ours.
as_postgres "$pg_bin/pg_ctl" status -D "$data" >/dev/null 2>&1 && as_postgres "$pg_bin/pg_ctl" stop -D "$data" -m fast -w >/dev/null 2>&1
port_free "$pg_port"
as_postgres "$pg_bin/pg_ctl" start -w -t 60 -D "$data" -l "$data/server.log" \
  -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" >/dev/null ||
  { say "PostgreSQL did not start: see $data/server.log."; exit 1; }
export PGPASSWORD=$(cat "$admin_password_file")
# The nodes' role and its database (utility statements take no parameters; the password is hex, nothing to escape).
"$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 >/dev/null <<SQL || { say "Could not set up the claimtrack role and database."; exit 1; }
select 'create role claimtrack' where not exists (select from pg_roles where rolname = 'claimtrack') \gexec
set password_encryption = 'scram-sha-256';
alter role claimtrack with login nosuperuser nocreatedb nocreaterole password '$app_password';
select 'create database claimtrack owner claimtrack' where not exists (select from pg_database where datname = 'claimtrack') \gexec
SQL
unset PGPASSWORD

# Both nodes start at once, on purpose: start-up work (schema, demo newsroom, first Admin) runs once, under a lock.
export ClaimTrack__PublicSite__BaseUrl=$site ClaimTrack__Proxy__KnownProxies=127.0.0.1
export ClaimTrack__DemoNewsroom__Enabled=${ClaimTrack__DemoNewsroom__Enabled:-true}
# Backgrounded as a function that execs the app: $! is the app's own pid, and bash reports a crash by the function's name.
# Each part runs in a session of its own (setsid): a terminal's Ctrl+C reaches this script alone, which then stops the
# parts in order, instead of each dying at once and being reported as a part that stopped by itself.
run_node() {
  local name=$1 port=$2 metrics=$3
  # Application Name: which node holds which connection (pg_stat_activity, the daemon's advisory locks) is visible.
  export ConnectionStrings__ClaimTrack="Host=127.0.0.1;Port=$pg_port;Database=claimtrack;Username=claimtrack;Password=$app_password;Application Name=claimtrack node $name"
  export ClaimTrack__Metrics__Urls=http://127.0.0.1:$metrics
  exec setsid "$app/ClaimTrack.Web" --contentRoot "$app" --urls "http://127.0.0.1:$port" > >(trap '' INT; sed -u "s/^/[node $name] /") 2>&1
}
start_node() { run_node "$@" & node_pids+=($!); }
start_node a "$port_a" "$metrics_a"
start_node b "$port_b" "$metrics_b"

sed -e "s/@NGINX_PORT@/$nginx_port/" -e "s/@NODE_A_PORT@/$port_a/" -e "s/@NODE_B_PORT@/$port_b/" deploy/cluster/nginx.conf >"$dir/nginx/nginx.conf"
setsid nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -e "$dir/nginx/error.log" &
nginx_pid=$!

ready() { curl -sf -o /dev/null "$1/health/ready"; }
for _ in $(seq 1 600); do
  ready "http://127.0.0.1:$port_a" && ready "http://127.0.0.1:$port_b" && ready "$site" && break
  for pid in "${node_pids[@]}" $nginx_pid; do kill -0 "$pid" 2>/dev/null || { say "A part of the cluster stopped at start-up (see above, and $dir/nginx/error.log)."; exit 1; }; done
  sleep 0.5
done
ready "$site" || { say "The cluster did not become ready within five minutes (see above)."; exit 1; }

cat <<EOF
The loopback cluster is running (Ctrl+C stops it):
  nginx:  $site  (sticky sessions; the X-ClaimTrack-Node header names the node that answered)
  node a: http://127.0.0.1:$port_a  (pid ${node_pids[0]}; metrics for Prometheus at http://127.0.0.1:$metrics_a/metrics)
  node b: http://127.0.0.1:$port_b  (pid ${node_pids[1]}; metrics at http://127.0.0.1:$metrics_b/metrics)
  PostgreSQL: 127.0.0.1:$pg_port, database claimtrack; passwords in $app_password_file (the nodes' role, claimtrack)
              and $admin_password_file (the superuser, postgres)
Stop a node to watch the other take over: kill ${node_pids[0]} (or kill -KILL ${node_pids[0]} for a crash).
EOF

# In the foreground until told to stop. A node that ends is reported, and the other serves on; the cluster ends
# only when nginx or both nodes have gone.
declare -A names=([${node_pids[0]}]="node a" [${node_pids[1]}]="node b" [$nginx_pid]=nginx)
running=("${node_pids[@]}")
while true; do
  wait -n "${running[@]}" $nginx_pid || true
  kill -0 "$nginx_pid" 2>/dev/null || { say "nginx stopped (see $dir/nginx/error.log)."; exit 1; }
  still=()
  for pid in "${running[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then still+=("$pid"); else say "${names[$pid]} (pid $pid) stopped; nginx sends its visitors to the other node."; fi
  done
  running=("${still[@]}")
  [[ ${#running[@]} -gt 0 ]] || { say "Both nodes stopped."; exit 1; }
done
