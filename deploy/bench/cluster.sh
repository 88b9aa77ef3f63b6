#!/usr/bin/env bash
# The cluster's benchmarks (issue 14), on ./deploy/cluster.sh: one PostgreSQL, two nodes, Debian's nginx in front.
#   ./deploy/bench/cluster.sh            100 approvals, 10-second wrk runs
#   ./deploy/bench/cluster.sh --smoke    3 approvals, one-second runs: proves the harness works
# 1. Approval on node A to the reader page on node B: an editor's browser (Chromium through playwright-core), signed in
#    on node A, approves BENCH_APPROVALS proposals one at a time ("Approve and publish" in the review queue); a reader
#    client reads node B's claim page and home page until each shows the claim. Reported from the save (the
#    ClaimPublished event's timestamp in PostgreSQL) and from the click, p50 and p99.
# 2. The cached claim page through nginx with both nodes behind it, against the same nginx set-up with node A alone,
#    and node A without nginx, in the same run, twice in turn (two, one, direct, two, one, direct).
# Environment: BENCH_APPROVALS (100), BENCH_SECONDS (10), BENCH_WARMUP (5), BENCH_JSON (docs/benchmarks/cluster-latest.json),
# BENCH_APP / BENCH_TOOL (a built app folder's ClaimTrack.Web and bench host), BENCH_CLUSTER_PORTS ("5095 5096 5097 5098 5548":
# nginx, node a, node b, nginx with node a alone, PostgreSQL). The cluster's folder is fresh each run and removed after.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
source deploy/common.sh

smoke=false
[[ ${1:-} == --smoke ]] && smoke=true
approvals=${BENCH_APPROVALS:-$($smoke && echo 3 || echo 100)}
seconds=${BENCH_SECONDS:-$($smoke && echo 1 || echo 10)}
warmup=${BENCH_WARMUP:-$($smoke && echo 1 || echo 5)}
json=${BENCH_JSON:-$($smoke && echo /dev/null || echo docs/benchmarks/cluster-latest.json)}
read -r site_port port_a port_b solo_port pg_port <<<"${BENCH_CLUSTER_PORTS:-5095 5096 5097 5098 5548}"
admin_email=bench-admin@claimtrack.invalid admin_password="bench passphrase $$ $RANDOM"

need_dotnet
need_postgres_binaries
need_nginx
need_chromium
need_bench_tools
command -v node >/dev/null || { say "Node.js is missing for the browser part: run 'sudo apt-get install nodejs npm', then run this again."; exit 1; }
[[ -d $bench_tools_dir/node_modules/playwright-core ]] || { say "playwright-core is missing in $bench_tools_dir (see deploy/common.sh)."; exit 1; }

work=$(mktemp -d /tmp/claimtrack-cluster-bench.XXXXXX)
chmod 755 "$work"   # as root, PostgreSQL runs as the postgres user, which must reach its folder inside
cluster_pid='' solo_pid=''
cleanup() {
  [[ -n $solo_pid ]] && kill "$solo_pid" 2>/dev/null || true
  # cluster.sh stops its nodes, nginx and PostgreSQL on SIGTERM.
  if [[ -n $cluster_pid ]]; then kill -TERM "$cluster_pid" 2>/dev/null || true; wait "$cluster_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

app=${BENCH_APP:-} tool=${BENCH_TOOL:-}
if [[ -z $app || -z $tool ]]; then
  dotnet build src/ClaimTrack.Bench -c Release -v q -nologo >"$work/build.log" || { cat "$work/build.log"; exit 1; }
  app=${app:-src/ClaimTrack.Web/bin/Release/net10.0/ClaimTrack.Web} tool=${tool:-src/ClaimTrack.Bench/bin/Release/net10.0/ClaimTrack.Bench}
fi
app_dir=$(cd "$(dirname "$app")" && pwd)

say "Starting the loopback cluster in $work/cluster..."
# The demo newsroom gives the home page and feeds their usual size; the suite's own Admin approves. Per-address limits
# off: every request of this benchmark comes from 127.0.0.1.
ClaimTrack__DemoNewsroom__Enabled=true ClaimTrack__Admin__Email=$admin_email ClaimTrack__Admin__Name="Bench Admin" \
  ClaimTrack__Admin__Password=$admin_password ClaimTrack__RateLimits__SearchPerAddress=0 ClaimTrack__RateLimits__SignInPerAddress=0 \
  ClaimTrack__RateLimits__SignInPerAccount=0 Logging__LogLevel__Default=Warning \
  CLAIMTRACK_NO_INSTALL=1 CLAIMTRACK_APP=$app_dir CLAIMTRACK_CLUSTER_DIR=$work/cluster CLAIMTRACK_CLUSTER_PORT=$site_port \
  CLAIMTRACK_CLUSTER_NODE_PORTS="$port_a $port_b" CLAIMTRACK_CLUSTER_PG_PORT=$pg_port CLAIMTRACK_CLUSTER_METRICS_PORTS="0 0" \
  setsid bash deploy/cluster.sh >"$work/cluster.log" 2>&1 &
cluster_pid=$!
site=http://127.0.0.1:$site_port node_a=http://127.0.0.1:$port_a node_b=http://127.0.0.1:$port_b
for _ in $(seq 1 600); do
  grep -q 'The loopback cluster is running' "$work/cluster.log" && break
  kill -0 "$cluster_pid" 2>/dev/null || { cat "$work/cluster.log" >&2; say "The cluster did not start."; exit 1; }
  sleep 0.5
done
grep -q 'The loopback cluster is running' "$work/cluster.log" || { tail -n 30 "$work/cluster.log" >&2; say "The cluster did not start in five minutes."; exit 1; }

# The proposals, written straight into the cluster's database by the bench host, as the nodes' role.
connection="Host=127.0.0.1;Port=$pg_port;Database=claimtrack;Username=claimtrack;Password=$(cat "$work/cluster/claimtrack.password")"
ConnectionStrings__ClaimTrack=$connection Logging__LogLevel__Default=Warning "$tool" proposals "$approvals" >"$work/proposals.tsv"
[[ $(wc -l <"$work/proposals.tsv") -eq $approvals ]] || { say "The bench host wrote $(wc -l <"$work/proposals.tsv") proposals, not $approvals."; exit 1; }

say "Approving $approvals proposals on node A and reading them on node B..."
cp "$here/approvals.mjs" "$bench_tools_dir/"
node "$bench_tools_dir/approvals.mjs" "$node_a" "$node_b" "$admin_email" "$admin_password" "$work/proposals.tsv" >"$work/approvals.jsonl" 2>"$work/approvals.log" ||
  { status=$?; cat "$work/approvals.log" "$work/approvals.jsonl" >&2; say "The approvals did not all reach node B (approvals.mjs exited with $status)."; exit 1; }
# Each approval's save, as PostgreSQL stamped it (the transaction's time, the same clock as the script's).
PGPASSWORD=$(cat "$work/cluster/claimtrack.password") psql -h 127.0.0.1 -p "$pg_port" -U claimtrack -d claimtrack -qAt -F $'\t' \
  -c "select stream_id, (extract(epoch from timestamp) * 1000)::bigint from mt_events where type = 'claim_published'" >"$work/saved.tsv"
delays=$(node - "$work/approvals.jsonl" "$work/saved.tsv" <<'JS'
const fs = require('node:fs');
const [rows, savedFile] = process.argv.slice(2);
const saved = new Map(fs.readFileSync(savedFile, 'utf8').trim().split('\n').map(l => l.split('\t')).map(([id, ms]) => [id, Number(ms)]));
const runs = fs.readFileSync(rows, 'utf8').trim().split('\n').map(l => JSON.parse(l));
const pick = (values, p) => { const s = [...values].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)]; };
const stats = values => ({ p50_ms: pick(values, 50), p99_ms: pick(values, 99), max_ms: Math.max(...values), n: values.length });
const missing = runs.filter(r => !saved.has(r.id));
if (missing.length) throw new Error(`no ClaimPublished event for ${missing.length} claims`);
console.log(JSON.stringify({
  save_to_claim_page_b: stats(runs.map(r => r.claimPage - saved.get(r.id))),
  save_to_home_page_b: stats(runs.map(r => r.home - saved.get(r.id))),
  click_to_claim_page_b: stats(runs.map(r => r.claimPage - r.click)),
  click_to_save: stats(runs.map(r => saved.get(r.id) - r.click)),
}));
JS
)
say "delays: $delays"

# The cached claim page: the same nginx set-up with node A alone, beside the cluster's.
claim=$(cut -f2 "$work/proposals.tsv" | head -n 1)
mkdir -p "$work/solo/temp"
sed -e "s/@NGINX_PORT@/$solo_port/" -e "s/@NODE_A_PORT@/$port_a/" -e "/@NODE_B_PORT@/d" deploy/cluster/nginx.conf >"$work/solo/nginx.conf"
setsid nginx -p "$work/solo" -c "$work/solo/nginx.conf" -e "$work/solo/error.log" &
solo_pid=$!
solo=http://127.0.0.1:$solo_port
for _ in $(seq 1 50); do curl -sf -o /dev/null "$solo$claim" && break; sleep 0.2; done
# Readers get no route cookie, so nginx spreads them over both nodes: both must answer and cache the page.
declare -A served=()
for _ in $(seq 1 20); do served[$(curl -sf -D - -o /dev/null "$site$claim" | sed -n 's/^X-ClaimTrack-Node: *\([^[:space:]]*\).*/\1/Ip')]=1; done
say "nginx sent 20 readers to: ${!served[*]}"

declare -A result
measure() {
  local name=$1 url=$2 line
  wrk -t1 -c16 -d"${warmup}s" "$url" >/dev/null 2>&1 || true
  line=$(BENCH_CONNECTIONS=16 wrk -t1 -c16 -d"${seconds}s" -s "$here/bench.lua" "$url" | grep '^RESULT ' || true)
  result[$name]=${line#RESULT }
  say "$name: ${result[$name]:-no result}"
}
for round in 1 2; do
  measure "two_nodes_$round" "$site$claim"
  measure "one_node_$round" "$solo$claim"
  measure "node_direct_$round" "$node_a$claim"
done

field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"${result[$2]:-}"; }
json_result() { printf '{"rps": %s, "p50_ms": %s, "p99_ms": %s, "requests": %s, "errors": %s}' \
  "$(field rps "$1")" "$(field p50 "$1")" "$(field p99 "$1")" "$(field requests "$1")" "$(field errors "$1")"; }
names=(two_nodes_1 one_node_1 node_direct_1 two_nodes_2 one_node_2 node_direct_2)
{
  printf '{\n  "date": "%s", "commit": "%s", "cores": %s, "approvals": %s,\n' "$(date -u +%FT%TZ)" "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" "$(nproc)" "$approvals"
  printf '  "delays": %s,\n  "wrk": "-t1 -c16 -d%ss after %ss of warm-up, cached claim page %s",\n  "results": {\n' "$delays" "$seconds" "$warmup" "$claim"
  for i in "${!names[@]}"; do printf '    "%s": %s%s\n' "${names[$i]}" "$(json_result "${names[$i]}")" "$([[ $i -lt $((${#names[@]} - 1)) ]] && echo ,)"; done
  printf '  }\n}\n'
} >"$json"

d() { node -e "const d = JSON.parse(process.argv[1]).$1; console.log(\`p50 \${d.p50_ms} ms, p99 \${d.p99_ms} ms (max \${d.max_ms}, n \${d.n})\`)" "$delays"; }
echo "| measure ($approvals approvals, ${seconds}s wrk runs) | result |"
echo "| --- | --- |"
echo "| approval saved on node A to the claim page on node B | $(d save_to_claim_page_b) |"
echo "| approval saved on node A to node B's cached home page listing it | $(d save_to_home_page_b) |"
echo "| approval click on node A to the claim page on node B | $(d click_to_claim_page_b) |"
for round in 1 2; do
  echo "| cached claim page, round $round: nginx + two nodes / nginx + node A / node A alone, req/s | $(field rps two_nodes_$round) / $(field rps one_node_$round) / $(field rps node_direct_$round) |"
  echo "| same, p50 / p99 ms | $(field p50 two_nodes_$round) / $(field p50 one_node_$round) / $(field p50 node_direct_$round), $(field p99 two_nodes_$round) / $(field p99 one_node_$round) / $(field p99 node_direct_$round) |"
done
[[ $json == /dev/null ]] || say "JSON written to $json"

status=0
for name in "${names[@]}"; do
  [[ -n ${result[$name]:-} && $(field requests "$name") -gt 0 && $(field errors "$name") -eq 0 ]] || { say "$name: no clean result"; status=1; }
done
exit $status
