#!/usr/bin/env bash
# Runs every test (unit, integration against a throwaway PostgreSQL cluster) and ends with "N passed, N failed".
cd "$(dirname "$0")/.."
source deploy/common.sh
need_dotnet
need_postgres_binaries
need_chromium

results=TestResults
rm -rf "$results"
# Failed journeys leave a screenshot and the page's HTML here, beside the TRX files.
export CLAIMTRACK_BROWSER_ARTIFACTS=$PWD/$results/browser
set +e
dotnet test --configuration Release --report-trx --results-directory "$results" "$@"
status=$?
set -e

passed=0 failed=0
for trx in "$results"/*.trx; do
  [[ -f $trx ]] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [[ $status -ne 0 && $failed -eq 0 ]]; then failed=1; say "The test run failed before reporting results (see above)."; fi
echo "$passed passed, $failed failed"
exit $status
