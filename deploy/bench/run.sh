#!/usr/bin/env bash
# The benchmark suite in one command: builds Release, loads (or reuses) a data set of the chosen size, starts the app
# on it, and measures on loopback with wrk, nginx serving the same bytes as the reference. Prints a Markdown table and
# writes JSON.
#   deploy/bench/run.sh [claims]     full run (default 100000); the data set lives in $BENCH_DATA_ROOT/bench-<claims>
#   deploy/bench/run.sh --smoke      300 claims in a throwaway folder, one-second runs: proves the harness still works
# Environment: BENCH_SECONDS (10), BENCH_JSON (docs/benchmarks/latest.json), BENCH_DATA_ROOT (/var/lib/claimtrack),
# BENCH_CIRCUITS (50), BENCH_DESK_ROUNDS (40), BENCH_RATE (200 requests/s for the fixed-rate runs), BENCH_APP and BENCH_TOOL
# (a built ClaimTrack.Web and ClaimTrack.Bench to use instead of building), BENCH_APP_PORT (5092), BENCH_NGINX_PORT (5093),
# BENCH_PG_PORT (5546). The data set is loaded and the desk grid timed by src/ClaimTrack.Bench, never by the app itself.
# Missing tools are installed up front (deploy/common.sh), unless CLAIMTRACK_NO_INSTALL is set (the smoke test sets it).
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/common.sh
here=deploy/bench

smoke=false
if [[ ${1:-} == --smoke ]]; then smoke=true; shift; fi
work=$(mktemp -d /tmp/claimtrack-bench.XXXXXX)
chmod 755 "$work"   # the cluster runs as the postgres user when we are root
if $smoke; then
  claims=${1:-300} seconds=${BENCH_SECONDS:-1} circuits=${BENCH_CIRCUITS:-3} desk_rounds=5 similar_rounds=5 BENCH_WARMUP=${BENCH_WARMUP:-1}
  data=$work/data json=${BENCH_JSON:-$work/result.json}
else
  claims=${1:-100000} seconds=${BENCH_SECONDS:-10} circuits=${BENCH_CIRCUITS:-50} desk_rounds=${BENCH_DESK_ROUNDS:-40} similar_rounds=${BENCH_SIMILAR_ROUNDS:-100}
  data=${BENCH_DATA_ROOT:-/var/lib/claimtrack}/bench-$claims json=${BENCH_JSON:-docs/benchmarks/latest.json}
fi
app_port=${BENCH_APP_PORT:-5092} nginx_port=${BENCH_NGINX_PORT:-5093} rate=${BENCH_RATE:-200}
base=http://127.0.0.1:$app_port ref=http://127.0.0.1:$nginx_port
admin_email=bench-admin@claimtrack.test admin_password=bench-suite-password

need_dotnet
need_postgres_binaries
need_bench_tools

app_pid='' 
cleanup() {
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [[ -f $work/nginx.pid ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  # An interrupted load or desk-grid run leaves the app's cluster running; stop it as its owner would.
  if [[ -f $data/postmaster.pid ]]; then
    local pg_ctl; pg_ctl=$(command -v pg_ctl || compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' | tail -n 1)
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$pg_ctl" -D "$data" stop -m fast >/dev/null 2>&1 || true
    else "$pg_ctl" -D "$data" stop -m fast >/dev/null 2>&1 || true; fi
  fi
  if $smoke; then rm -rf "$work"; fi
}
trap cleanup EXIT

app=${BENCH_APP:-} tool=${BENCH_TOOL:-}
if [[ -z $app || -z $tool ]]; then
  # The bench tool's build builds the app too.
  dotnet build src/ClaimTrack.Bench -c Release -v q -nologo >"$work/build.log" || { cat "$work/build.log"; exit 1; }
  app=${app:-src/ClaimTrack.Web/bin/Release/net10.0/ClaimTrack.Web} tool=${tool:-src/ClaimTrack.Bench/bin/Release/net10.0/ClaimTrack.Bench}
fi
# The app reads appsettings.json from its content root, which defaults to the current directory (here the repository's
# root, which has none): without it every request was logged at Information, and the cached pages measured 40% slower.
app_root=$(cd "$(dirname "$app")" && pwd)
[[ -f $app_root/appsettings.json ]] || { say "No appsettings.json next to $app: build the app (dotnet build src/ClaimTrack.Web -c Release)."; exit 1; }
export ClaimTrack__Postgres__DataFolder=$data ClaimTrack__Postgres__Port=${BENCH_PG_PORT:-5546} ClaimTrack__DemoNewsroom__Enabled=false
export ClaimTrack__Admin__Email=$admin_email ClaimTrack__Admin__Name="Bench Admin" ClaimTrack__Admin__Password=$admin_password
# wrk sends every request from one address: with the per-address limits on, the search and sign-in figures would
# measure 429 answers. The limits' own cost is a dictionary lookup; what is measured here is the work behind them.
export ClaimTrack__RateLimits__SearchPerAddress=0 ClaimTrack__RateLimits__ApiPerAddress=0 ClaimTrack__RateLimits__SignInPerAddress=0 ClaimTrack__RateLimits__SignInPerAccount=0

# The data set: loaded once per size, reused while its marker says the load finished.
marker=$data/claimtrack-bench.txt
if [[ ! -f $marker ]]; then
  if [[ -e $data ]]; then say "$data exists but holds no finished load ($marker): remove it, then run again."; exit 1; fi
  say "Loading $claims claims into $data..."
  "$tool" seed "$claims" | grep --line-buffered -v '^\(info\|warn\|  \)' | tee "$work/seed.log" >&2
  grep '^Loaded ' "$work/seed.log" >"$marker"
fi
seed=$(cat "$marker")

# The desk grid's own query, timed in-process on the same data (before the server starts: one cluster at a time).
"$tool" desk-grid "$desk_rounds" | grep '^| desk grid' >"$work/desk.txt"
# The similar-claims suggestion of the register form (and of tip triage), timed the same way.
"$tool" similar-claims "$similar_rounds" | grep '^| similar claims' >"$work/similar.txt"

"$app" --contentRoot "$app_root" --urls "$base" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do curl -sf "$base/health/ready" >/dev/null && break; sleep 1; done
curl -sf "$base/health/ready" >/dev/null || { say "The app did not become ready:"; tail -n 20 "$work/app.log" >&2; exit 1; }

# Targets: a published claim from the sitemap, the most frequent claimant, and nginx serving the very same bytes.
# Past 50,000 addresses /sitemap.xml is an index of files: the claims are then in its first claims file.
sitemap=$(curl -sf "$base/sitemap.xml")
grep -q '<sitemapindex' <<<"$sitemap" && sitemap=$(curl -sf "$base/sitemaps/claims-1.xml")
claim_paths=$(grep -o '<loc>[^<]*/claims/[^<]*</loc>' <<<"$sitemap" | sed 's|<loc>https\?://[^/]*||; s|</loc>||')
claim=$(sed -n '50p' <<<"$claim_paths"); claim=${claim:-$(head -n 1 <<<"$claim_paths")}
claimant=/claimants/ana-almagro
mkdir -p "$work/www"
curl -sf "$base$claim" >"$work/www/claim.html"
curl -sf "$base/feeds/verdicts.rss" >"$work/www/verdicts.rss"
# The claim page as the app sends it to a reader asking for Brotli (or gzip): nginx serves these very bytes, precompressed.
for encoding in br:br gzip:gz; do
  curl -sf -H "Accept-Encoding: ${encoding%%:*}" -D "$work/headers" "$base$claim" >"$work/www/claim.html.${encoding##*:}"
  grep -qi "^content-encoding: ${encoding%%:*}" "$work/headers" || { say "The app did not answer ${encoding%%:*} for $claim."; exit 1; }
done
# The reference for the compressed page: Debian's brotli_static module (libnginx-mod-http-brotli-static) serves claim.html.br
# as it is; without it, gzip_static serves the app's gzip bytes; without that, the uncompressed page. The JSON says which.
brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if [[ -f $brotli_module ]]; then compressed_ref=brotli_static ref_encoding=br nginx_load="load_module $brotli_module;" nginx_static='brotli_static on;'
elif nginx -V 2>&1 | grep -q http_gzip_static_module; then compressed_ref=gzip_static ref_encoding=gzip nginx_load='' nginx_static='gzip_static on;'
else compressed_ref=uncompressed ref_encoding=identity nginx_load='' nginx_static=''; fi
for page in / "$claimant" "/search?q=government"; do curl -sf -o /dev/null "$base$page"; done   # warm up and check
# nginx gets a worker per core, as the app gets its thread pool on every core: one worker was 7% slower on the claim page.
cat >"$work/nginx.conf" <<NGINX
$nginx_load
worker_processes auto; pid $work/nginx.pid; error_log $work/nginx-error.log; daemon on;
events { worker_connections 1024; }
http { access_log off; types { text/html html; application/rss+xml rss; }
  server { listen 127.0.0.1:$nginx_port; root $work/www; $nginx_static } }
NGINX
nginx -c "$work/nginx.conf"
sleep 3
# nginx must send what was stored, byte for byte, or the comparison is not of the same page.
curl -sf -H "Accept-Encoding: $ref_encoding" "$ref/claim.html" >"$work/nginx-claim"
reference_bytes=$work/www/claim.html; [[ $ref_encoding == br ]] && reference_bytes=$work/www/claim.html.br
[[ $ref_encoding == gzip ]] && reference_bytes=$work/www/claim.html.gz
cmp -s "$work/nginx-claim" "$reference_bytes" || { say "nginx ($compressed_ref) did not send the app's bytes for claim.html."; exit 1; }
rest_kb=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status")

# Memory per open workspace circuit, measured first, on a heap the load runs have not filled, with a real browser (playwright-core from npm, Chromium from Debian).
circuits_json='{"skipped": "Chromium or playwright-core unavailable"}'
node_dir=$bench_tools_dir
if [[ -x /usr/bin/chromium ]] && command -v node >/dev/null; then
  if [[ -d $node_dir/node_modules/playwright-core ]]; then
    # One sed, no "| head": with pipefail, head closing the pipe early fails the script when sed is still writing.
    # Sorted by id, not in the sitemap's order: that order follows when claims last changed, so an upgrade that
    # rewrote claims once made the suite open other (lighter) claims and report a smaller figure for the same build.
    ids=$(sort <<<"$claim_paths" | sed -n "1,${circuits}{s|^/claims/||; s|/.*||; p}")
    cp $here/circuits.mjs "$node_dir/"
    # dotnet-gcdump (a .NET diagnostics tool from NuGet) gives the live heap after a full collection.
    [[ -x $node_dir/tools/dotnet-gcdump ]] && export BENCH_GCDUMP=$node_dir/tools/dotnet-gcdump
    # shellcheck disable=SC2086
    circuits_json=$(node "$node_dir/circuits.mjs" "$base" "$app_pid" "$admin_email" "$admin_password" $ids 2>"$work/circuits.log" | tail -n 1) ||
      { cat "$work/circuits.log" >&2
        # Node ends a crash with its own version line: the error line above it says what happened.
        circuits_json="{\"failed\": \"$({ grep -m 1 -E 'Error|error' "$work/circuits.log" || tail -n 1 "$work/circuits.log"; } | tr -d '"\\')\"}"; }
  fi
fi
say "circuits: $circuits_json"
# Steady state, not start-up: .NET compiles hot code again, optimised, after its first few thousand calls, while
# nginx needs no warming. Every target gets the same few seconds of load before it is measured.
warm() { wrk -t1 -c16 -d"${BENCH_WARMUP:-5}s" "$@" >/dev/null 2>&1 || true; }
for target in "$base$claim" "$base/feeds/verdicts.rss" "$base/" "$base$claimant" "http://127.0.0.1:$nginx_port/claim.html" "http://127.0.0.1:$nginx_port/verdicts.rss"; do warm "$target"; done
warm -H 'Accept-Encoding: br' "$base$claim"; warm -H "Accept-Encoding: $ref_encoding" "$ref/claim.html"
BENCH_UNIQUE=1 BENCH_CONNECTIONS=16 warm -s $here/bench.lua "$base$claim"

declare -A result
# measure NAME CONNECTIONS URL [VAR=value...]: one wrk run through bench.lua; the same script and thread count for every target.
measure() {
  local name=$1 connections=$2 url=$3; shift 3
  local line
  line=$(env BENCH_CONNECTIONS="$connections" "$@" wrk -t1 -c"$connections" -d"${seconds}s" -s $here/bench.lua "$url" | grep '^RESULT ' || true)
  result[$name]=${line#RESULT }
  say "$name: ${result[$name]:-no result}"
}
measure claim_app 16 "$base$claim"
measure claim_nginx 16 "$ref/claim.html"
measure claim_app_br 16 "$base$claim" BENCH_ENCODING=br
measure claim_nginx_br 16 "$ref/claim.html" BENCH_ENCODING="$ref_encoding"
measure feed_app 16 "$base/feeds/verdicts.rss"
measure feed_nginx 16 "$ref/verdicts.rss"
measure home_app 16 "$base/"
measure claimant_app 16 "$base$claimant"
measure claim_uncached_16 16 "$base$claim" BENCH_UNIQUE=1
measure claim_uncached_1 1 "$base$claim" BENCH_UNIQUE=1
measure claim_app_rate 4 "$base$claim" BENCH_RATE="$rate"
measure claim_nginx_rate 4 "$ref/claim.html" BENCH_RATE="$rate"
measure claim_uncached_rate 4 "$base$claim" BENCH_RATE="$rate" BENCH_UNIQUE=1
# Search at a modest fixed rate: latency as one reader sees it, not a queue behind sixteen.
measure search_rare 2 "$base/search?q=zqhaaite" BENCH_RATE=20 BENCH_UNIQUE=1
measure search_common 2 "$base/search?q=government" BENCH_RATE=20 BENCH_UNIQUE=1
# The read API's claim list, uncached at the same modest rate: the first page; a page deep in the list (where a client
# following 'next' arrives after BENCH_API_DEPTH pages of 100, 100 unless set); the claims changed since that page's
# newest change; one claimant's claims with one rating. Cursors make a deep page an index seek, not a skip.
api_list="$base/api/v1/claims"
api_next="$api_list?size=100"
for _ in $(seq 1 "${BENCH_API_DEPTH:-100}"); do
  page=$(curl -sf "$api_next") || { say "The API list did not answer: $api_next"; exit 1; }
  next=$(grep -o '"next":"[^"]*"' <<<"$page" | sed 's/"next":"//; s/"$//' || true)
  [[ -z $next ]] && break
  api_next=$next   # the app names its own address: here the one it listens on, $base
done
api_cursor=$(sed -n 's/.*[?&]cursor=\([A-Za-z0-9_-]*\).*/\1/p' <<<"$api_next")
api_since=$(curl -sf "$api_list?size=1&cursor=$api_cursor" | grep -o '"updatedAt":"[^"]*"' | head -n 1 | sed 's/"updatedAt":"//; s/"$//; s/+/%2B/')
say "API list targets: deep cursor ${api_cursor:-none}, updated since ${api_since:-none}"
measure api_list_first 2 "$api_list?size=20" BENCH_RATE=20 BENCH_UNIQUE=1
measure api_list_deep 2 "$api_list?size=20${api_cursor:+&cursor=$api_cursor}" BENCH_RATE=20 BENCH_UNIQUE=1
measure api_list_since 2 "$api_list?size=20&updatedSince=${api_since:-2000-01-01}" BENCH_RATE=20 BENCH_UNIQUE=1
measure api_list_filtered 2 "$api_list?size=20&claimant=${claimant#/claimants/}&rating=false" BENCH_RATE=20 BENCH_UNIQUE=1
loaded_kb=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status")

# The bulk CSV export, streamed to curl: time, size and the app's peak memory while it runs. The peak (VmHWM) is reset
# first (clear_refs, when the kernel lets us), so it is the export's own, not the load runs'; a sampler every 0.2 s
# gives a second figure that needs no reset. Rows are lines minus the header (a cell with a line break would add one).
export_before_kb=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status")
hwm_reset=false; { echo 5 >"/proc/$app_pid/clear_refs"; } 2>/dev/null && hwm_reset=true
touch "$work/export.running"
( peak=0; while [[ -e $work/export.running ]]; do
    now_kb=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status"); (( now_kb > peak )) && peak=$now_kb; echo "$peak" >"$work/export.peak"; sleep 0.2
  done ) & sampler=$!
export_start=$(date +%s.%N)
read -r export_lines export_bytes < <(curl -sf "$base/export/claims.csv" | wc -lc)
export_seconds=$(awk -v a="$export_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
rm -f "$work/export.running"; wait "$sampler" 2>/dev/null || true
export_hwm_kb=$(awk '/VmHWM/ {print $2}' "/proc/$app_pid/status")
export_sampled_kb=$(cat "$work/export.peak" 2>/dev/null || echo 0)
export_csv=$(printf '{"seconds": %s, "bytes": %s, "rows": %s, "peak_rss_mb": %s, "peak_rss_is_export_only": %s, "sampled_peak_rss_mb": %s, "rss_before_mb": %s}' \
  "$export_seconds" "$export_bytes" "$((export_lines > 0 ? export_lines - 1 : 0))" "$((export_hwm_kb / 1024))" "$hwm_reset" \
  "$((export_sampled_kb / 1024))" "$((export_before_kb / 1024))")
say "export_csv: $export_csv"


# Reporting: field FIELD NAME reads one number out of a result line.
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"${result[$2]:-}"; }
ratio() { awk -v a="$(field rps "$1")" -v b="$(field rps "$2")" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "null" }'; }
json_result() { local r=${result[$1]:-}; [[ -z $r ]] && { echo null; return; }
  printf '{"rps": %s, "p50_ms": %s, "p95_ms": %s, "p99_ms": %s, "requests": %s, "errors": %s}' \
    "$(field rps "$1")" "$(field p50 "$1")" "$(field p95 "$1")" "$(field p99 "$1")" "$(field requests "$1")" "$(field errors "$1")"; }
desk_json=$(sed 's/^| desk grid, \(.*\) | p50 \([0-9.]*\) ms, p95 \([0-9.]*\) ms |$/"\1": {"p50_ms": \2, "p95_ms": \3}/' "$work/desk.txt" | paste -sd, -)
similar_json=$(sed 's/^| similar claims, \(.*\) | p50 \([0-9.]*\) ms, p95 \([0-9.]*\) ms |$/"\1": {"p50_ms": \2, "p95_ms": \3}/' "$work/similar.txt" | paste -sd, -)
names=(claim_app claim_nginx claim_app_br claim_nginx_br feed_app feed_nginx home_app claimant_app claim_uncached_16 claim_uncached_1 claim_app_rate
  claim_nginx_rate claim_uncached_rate search_rare search_common api_list_first api_list_deep api_list_since api_list_filtered)
mkdir -p "$(dirname "$json")"
{
  printf '{\n  "date": "%s", "commit": "%s", "claims": %s, "cores": %s,\n' "$(date -u +%FT%TZ)" "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" "$claims" "$(nproc)"
  printf '  "wrk": "-t1 -d%ss, 16 clients at saturation, 4 clients at %s req/s for fixed-rate runs, 2 at 20 req/s for search and the API list",\n' "$seconds" "$rate"
  printf '  "seed": "%s",\n  "ratios": {"claim_app_to_nginx": %s, "claim_app_br_to_nginx": %s, "feed_app_to_nginx": %s},\n' "$seed" \
    "$(ratio claim_app claim_nginx)" "$(ratio claim_app_br claim_nginx_br)" "$(ratio feed_app feed_nginx)"
  printf '  "compressed_reference": "%s", "compressed_reference_encoding": "%s",\n' "$compressed_ref" "$ref_encoding"
  printf '  "claim_page_bytes": {"identity": %s, "br": %s, "gzip": %s},\n' \
    "$(stat -c %s "$work/www/claim.html")" "$(stat -c %s "$work/www/claim.html.br")" "$(stat -c %s "$work/www/claim.html.gz")"
  printf '  "results": {\n'
  for i in "${!names[@]}"; do printf '    "%s": %s%s\n' "${names[$i]}" "$(json_result "${names[$i]}")" "$([[ $i -lt $((${#names[@]} - 1)) ]] && echo ,)"; done
  printf '  },\n  "desk_grid": {%s},\n' "$desk_json"
  printf '  "export_csv": %s,\n' "$export_csv"
  printf '  "similar_claims": {%s},\n' "$similar_json"
  printf '  "memory": {"rest_rss_kb": %s, "after_load_rss_kb": %s, "circuits": %s}\n}\n' "$rest_kb" "$loaded_kb" "$circuits_json"
} >"$json"

per_circuit=$(sed -n 's/.*"perCircuitKb":\(-\?[0-9]*\).*/\1/p' <<<"$circuits_json")
live_per_circuit=$(sed -n 's/.*"liveHeapPerCircuitKb":\(-\?[0-9]*\).*/\1/p' <<<"$circuits_json")
echo "| measure ($claims claims, ${seconds}s runs) | result | target |"
echo "| --- | --- | --- |"
echo "| cached claim page: app / nginx req/s | $(field rps claim_app) / $(field rps claim_nginx) ($(ratio claim_app claim_nginx) x) | ≥ 0.5 x |"
echo "| cached claim page, Accept-Encoding: br: app / nginx ($compressed_ref, $ref_encoding) req/s | $(field rps claim_app_br) / $(field rps claim_nginx_br) ($(ratio claim_app_br claim_nginx_br) x) | |"
echo "| cached all-verdicts feed: app / nginx req/s | $(field rps feed_app) / $(field rps feed_nginx) ($(ratio feed_app feed_nginx) x) | ≥ 0.5 x |"
echo "| home page / claimant page, cached, req/s | $(field rps home_app) / $(field rps claimant_app) | |"
echo "| uncached claim page, one client | p50 $(field p50 claim_uncached_1) ms, p99 $(field p99 claim_uncached_1) ms | ≤ 5 ms median |"
echo "| uncached claim page, 16 clients | $(field rps claim_uncached_16) req/s, p50 $(field p50 claim_uncached_16) ms, p99 $(field p99 claim_uncached_16) ms | |"
echo "| at $rate req/s: claim cached / uncached / nginx | p50 $(field p50 claim_app_rate) / $(field p50 claim_uncached_rate) / $(field p50 claim_nginx_rate) ms, p99 $(field p99 claim_app_rate) / $(field p99 claim_uncached_rate) / $(field p99 claim_nginx_rate) ms | |"
echo "| search, rare word, 20 req/s | p50 $(field p50 search_rare) ms, p95 $(field p95 search_rare) ms | p95 ≤ 50 ms (100k), ≤ 150 ms (1M) |"
echo "| search, common word, 20 req/s | p50 $(field p50 search_common) ms, p95 $(field p95 search_common) ms | same |"
echo "| API claim list, uncached, 20 req/s: first / deep / updated since / claimant+rating | p95 $(field p95 api_list_first) / $(field p95 api_list_deep) / $(field p95 api_list_since) / $(field p95 api_list_filtered) ms | |"
sed 's/ |$/ | p95 ≤ 100 ms (100k) |/' "$work/desk.txt"
echo "| CSV export of every claim: time, size, rows | ${export_seconds} s, $(awk -v b="$export_bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MB, $((export_lines > 0 ? export_lines - 1 : 0)) rows | |"
echo "| memory during the CSV export: before / peak (VmHWM$($hwm_reset || echo ', since start')) / sampled peak | $((export_before_kb / 1024)) / $((export_hwm_kb / 1024)) / $((export_sampled_kb / 1024)) MB RSS | flat from 100k to 1M |"
sed 's/ |$/ | p95 ≤ 50 ms |/' "$work/similar.txt"
echo "| memory at rest / after the runs | $((rest_kb / 1024)) MB / $((loaded_kb / 1024)) MB RSS | |"
echo "| memory per workspace circuit: live managed heap after a full GC / RSS growth (upper bound) | ${live_per_circuit:-n/a} kB / ${per_circuit:-n/a} kB ($circuits_json) | ≤ 1 MB |"
echo "| data set | $seed | |"
say "JSON written to $json"

# Every run must have answered, without errors: otherwise the numbers above describe failures.
status=0
for name in "${names[@]}"; do
  [[ -n ${result[$name]:-} && $(field requests "$name") -gt 0 && $(field errors "$name") -eq 0 ]] || { say "$name: no clean result"; status=1; }
done
[[ -s $work/desk.txt ]] || { say "desk grid: no result"; status=1; }
(( export_lines > 1 )) || { say "export_csv: no rows"; status=1; }
[[ -s $work/similar.txt ]] || { say "similar claims: no result"; status=1; }
grep -q '"failed"' <<<"$circuits_json" && status=1
exit $status
