#!/usr/bin/env bash
# The hostile-request fuzz test of the test command, run longer and with a new seed: ./deploy/fuzz.sh [requests] [seed]
# (defaults 10000 and a random seed). It drives the real app over its own embedded PostgreSQL database and prints the
# count of each status code; any 5xx other than 505, or any error in the app's log, fails it with the request that
# caused it. Repeat a failure by passing the seed it printed.
cd "$(dirname "$0")/.."
source deploy/common.sh

requests=${1:-10000}
seed=${2:-$((RANDOM * 32768 + RANDOM))}
need_dotnet
need_postgres_binaries
export CLAIMTRACK_NO_INSTALL=1 CLAIMTRACK_FUZZ_REQUESTS=$requests CLAIMTRACK_FUZZ_SEED=$seed
export CLAIMTRACK_FUZZ_REPORT=$PWD/TestResults/fuzz/statuses.txt
mkdir -p TestResults/fuzz && rm -f "$CLAIMTRACK_FUZZ_REPORT"

say "== fuzz: $requests requests, seed $seed"
dotnet build tests/ClaimTrack.IntegrationTests --configuration Release -nologo -v q || exit 1
started=$(date +%s)
dotnet test --project tests/ClaimTrack.IntegrationTests --configuration Release --no-build \
  --filter-class '*HostileFuzzTests' --results-directory TestResults/fuzz
status=$?
[[ -f $CLAIMTRACK_FUZZ_REPORT ]] && { say "== statuses (code count), in $(($(date +%s) - started)) s:"; cat "$CLAIMTRACK_FUZZ_REPORT"; }
exit $status
