#!/usr/bin/env bash
# Benchmarks the reader's site against nginx serving the same bytes, on loopback, with the same wrk settings.
#   deploy/bench/public-pages.sh [claims]   (default 100000; the data set is loaded once and reused)
# Needs wrk and nginx (installed with apt-get when missing and run as root). Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/../.."
claims=${1:-100000}
data=${BENCH_DATA:-/var/lib/claimtrack/bench-$claims}
app_port=5090 nginx_port=5091 pg_port=5545
work=$(mktemp -d /tmp/claimtrack-bench.XXXX)
wrk_args=(-t1 -c16 -d${BENCH_SECONDS:-15}s)

for tool in wrk nginx; do
  command -v $tool >/dev/null || { [[ $(id -u) -eq 0 ]] && apt-get install -y -qq $tool >/dev/null; } || { echo "Install $tool (apt-get install $tool)"; exit 1; }
done
export ClaimTrack__Postgres__DataFolder=$data ClaimTrack__Postgres__Port=$pg_port ClaimTrack__DemoNewsroom__Enabled=false
dotnet build src/ClaimTrack.Web -c Release -v q -nologo >/dev/null
app=src/ClaimTrack.Web/bin/Release/net10.0/ClaimTrack.Web
[[ -f $data/PG_VERSION ]] || "$app" --seed-bench "$claims" | tail -n 1

"$app" --urls "http://127.0.0.1:$app_port" >"$work/app.log" 2>&1 &
app_pid=$!
trap 'kill $app_pid 2>/dev/null; [[ -f $work/nginx.pid ]] && kill $(cat $work/nginx.pid) 2>/dev/null; wait $app_pid 2>/dev/null' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$app_port/health/ready" >/dev/null && break; sleep 1; done

base=http://127.0.0.1:$app_port
claim=$(curl -s "$base/sitemap.xml" | grep -o "<loc>[^<]*/claims/[^<]*</loc>" | sed -n '50p' | sed 's|<loc>http://[^/]*||; s|</loc>||')
mkdir -p "$work/www/claims" "$work/www/feeds"
curl -s "$base$claim" >"$work/www/claim.html"
curl -s "$base/feeds/verdicts.rss" >"$work/www/verdicts.rss"
cat >"$work/nginx.conf" <<NGINX
worker_processes 1; pid $work/nginx.pid; error_log $work/nginx-error.log; daemon on;
events { worker_connections 1024; }
http { access_log off; types { text/html html; application/rss+xml rss; }
  server { listen 127.0.0.1:$nginx_port; root $work/www; } }
NGINX
nginx -c "$work/nginx.conf"

rps() { wrk "${wrk_args[@]}" "$@" | awk '/Requests\/sec/ {print $2}'; }
latency() { wrk "${wrk_args[@]}" "$@" | grep '^LATENCY' | sed 's/^LATENCY //'; }
rare=$(curl -s "$base$claim" | grep -o 'zq[a-z]*ite' | head -n 1 || true)

curl -s "$base$claim" >/dev/null; curl -s "$base/feeds/verdicts.rss" >/dev/null   # warm the caches
app_claim=$(rps "$base$claim"); nginx_claim=$(rps "http://127.0.0.1:$nginx_port/claim.html")
app_feed=$(rps "$base/feeds/verdicts.rss"); nginx_feed=$(rps "http://127.0.0.1:$nginx_port/verdicts.rss")
uncached=$(latency -s deploy/bench/unique.lua "$base$claim")
single=$(wrk -t1 -c1 -d${BENCH_SECONDS:-15}s -s deploy/bench/unique.lua "$base$claim" | grep '^LATENCY' | sed 's/^LATENCY //')
search_common=$(latency -s deploy/bench/unique.lua "$base/search?q=government")
search_rare=$(latency -s deploy/bench/unique.lua "$base/search?q=${rare:-zqaaaite}")

echo "| measure ($claims claims, wrk ${wrk_args[*]}) | result |"
echo "| --- | --- |"
echo "| cached claim page: app / nginx req/s | $app_claim / $nginx_claim ($(awk "BEGIN {printf \"%.2f\", $app_claim/$nginx_claim}") x) |"
echo "| cached all-verdicts feed: app / nginx req/s | $app_feed / $nginx_feed ($(awk "BEGIN {printf \"%.2f\", $app_feed/$nginx_feed}") x) |"
echo "| uncached claim page, one client at a time | $single |"
echo "| uncached claim page, 16 clients | $uncached |"
echo "| search, common word (government), uncached | $search_common |"
echo "| search, rare word (${rare:-zqaaaite}), uncached | $search_rare |"
