#!/usr/bin/env bash
# Runs ClaimTrack with its own PostgreSQL cluster and the demo newsroom: ./deploy/run.sh [--urls http://127.0.0.1:5080]
# Builds first, then runs the built app in this process's place (exec): Ctrl+C, SIGINT and SIGTERM reach the app
# itself, which stops its PostgreSQL cluster before it ends. ("dotnet run" would sit in between and not pass them on.)
cd "$(dirname "$0")/.."
source deploy/common.sh
need_dotnet
[[ -n ${ConnectionStrings__ClaimTrack:-} ]] || need_postgres_binaries
need_card_fonts
# The address: CLAIMTRACK_URLS, or --urls on the command line (which then replaces this default).
urls=(--urls "${CLAIMTRACK_URLS:-http://127.0.0.1:5080}")
[[ " $* " == *" --urls "* ]] && urls=()
# Progress lines, so a first start is never a minute of silence: the build here, then the app's own
# "Starting PostgreSQL...", "Loading the demo newsroom..." and the address once it answers.
say "Building the app (first start takes about a minute; seconds after that)..."
dotnet build src/ClaimTrack.Web -c Release -nologo -v q -clp:ErrorsOnly || { say "The build failed (see above)."; exit 1; }
app=$PWD/src/ClaimTrack.Web/bin/Release/net10.0
say "Starting the app (stop it with Ctrl+C; in the background, with kill and the process id it prints)..."
exec "$app/ClaimTrack.Web" --contentRoot "$app" "${urls[@]}" "$@"
