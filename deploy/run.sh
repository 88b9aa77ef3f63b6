#!/usr/bin/env bash
# Runs ClaimTrack with its own PostgreSQL cluster and the demo newsroom: ./deploy/run.sh [--urls http://127.0.0.1:5080]
cd "$(dirname "$0")/.."
source deploy/common.sh
need_dotnet
[[ -n ${ConnectionStrings__ClaimTrack:-} ]] || need_postgres_binaries
urls=${CLAIMTRACK_URLS:-http://127.0.0.1:5080}
exec dotnet run --project src/ClaimTrack.Web -c Release --no-launch-profile -- --urls "$urls" "$@"
