#!/usr/bin/env bash
# Runs every test, in lanes, and ends with "N passed, N failed":
#   unit         the formatting check (dotnet format --verify-no-changes) and the tests without I/O (ClaimTrack.Tests,
#                the architecture rules among them)
#   integration  against a throwaway PostgreSQL cluster: ClaimTrack.IntegrationTests and ClaimTrack.Bench.Tests
#   browser      the journeys in Debian's Chromium (ClaimTrack.BrowserTests)
# ./deploy/test.sh runs them all; ./deploy/test.sh unit integration runs only those. Everything the tests need is
# installed before the first one starts (deploy/common.sh); from then on nothing installs anything.
cd "$(dirname "$0")/.."
source deploy/common.sh

lanes=("$@")
[[ ${#lanes[@]} -eq 0 ]] && lanes=(unit integration browser)
for lane in "${lanes[@]}"; do
  case $lane in unit | integration | browser) ;; *) say "No lane is called '$lane': use unit, integration or browser."; exit 2 ;; esac
done
wants() { [[ " ${lanes[*]} " == *" $1 "* ]]; }

need_dotnet
if wants integration || wants browser; then need_postgres_binaries; fi
if wants integration; then need_bench_tools; need_card_fonts; need_smtp_receiver; fi
# The cluster tests in both lanes run ./deploy/cluster.sh, with nginx in front of two nodes.
if wants integration || wants browser; then need_nginx; fi
# The browser journeys, and the benchmark smoke runs of the integration lane (an editor approving in Chromium).
if wants integration || wants browser; then need_chromium; fi
export CLAIMTRACK_NO_INSTALL=1

results=TestResults
rm -rf "$results"
# Failed journeys leave a screenshot and the page's HTML here, beside the TRX files.
export CLAIMTRACK_BROWSER_ARTIFACTS=$PWD/$results/browser
total_passed=0 total_failed=0 status=0 summary=()

# counts DIR: "passed failed" over the test results in DIR's TRX files. Every outcome but Passed and NotExecuted
# (skipped) is a failure: a timed-out or aborted test is one too, though the TRX counters file it apart from "failed".
counts() {
  local passed=0 failed=0 trx
  for trx in "$1"/*.trx; do
    [[ -f $trx ]] || continue
    # (grep -c prints 0 but exits 1 when nothing matches: "|| true" keeps errexit from ending the run there.)
    passed=$((passed + $(grep -o '<UnitTestResult [^>]*outcome="Passed"' "$trx" | grep -c . || true)))
    failed=$((failed + $(grep -o '<UnitTestResult [^>]*>' "$trx" | grep -v -c -E 'outcome="(Passed|NotExecuted)"' || true)))
  done
  echo "$passed $failed"
}

# failures DIR: the name and outcome of every test in DIR's TRX files that did not pass, one per line.
failures() {
  local trx
  for trx in "$1"/*.trx; do
    [[ -f $trx ]] || continue
    grep -o '<UnitTestResult [^>]*>' "$trx" | { grep -v -E 'outcome="(Passed|NotExecuted)"' || true; } |
      sed -n 's/.* testName="\([^"]*\)".* outcome="\([A-Za-z]*\)".*/  \2: \1/p'
  done
}

# lane NAME PROJECT...: runs the projects' tests one after the other and records the lane's counts.
lane() {
  local name=$1 passed failed project ran=0 note='' extra=${lane_problem:-}; shift
  for project in "$@"; do
    say "== $name: $project"
    dotnet test --project "tests/$project" --configuration Release --no-build --report-trx \
      --results-directory "$results/$name" || ran=$?
  done
  read -r passed failed < <(counts "$results/$name")
  # A run that failed without a failed test (a crash, a hung host) or a failed check still counts as a failure.
  if [[ $ran -ne 0 && $failed -eq 0 ]]; then failed=1 note=" (the run broke off before reporting; see above)"; fi
  if [[ -n $extra ]]; then failed=$((failed + 1)) note="$note ($extra)"; fi
  if [[ $ran -ne 0 || -n $extra ]]; then status=1; fi
  total_passed=$((total_passed + passed)) total_failed=$((total_failed + failed))
  summary+=("$name: $passed passed, $failed failed$note")
  while IFS= read -r line; do [[ -n $line ]] && summary+=("$line"); done < <(failures "$results/$name")
}

say "== build"
if ! dotnet build ClaimTrack.sln --configuration Release -nologo -v q; then
  say "The build failed (see above)."
  echo "0 passed, 1 failed"
  exit 1
fi
if wants unit; then
  lane_problem=''
  say "== unit: formatting"
  dotnet format ClaimTrack.sln --verify-no-changes --no-restore -v q ||
    lane_problem="dotnet format found changes to make: run 'dotnet format ClaimTrack.sln'"
  lane unit ClaimTrack.Tests
  lane_problem=''
fi
if wants integration; then lane integration ClaimTrack.IntegrationTests ClaimTrack.Bench.Tests; fi
if wants browser; then lane browser ClaimTrack.BrowserTests; fi

printf '%s\n' "${summary[@]}"
echo "$total_passed passed, $total_failed failed"
exit $status
