# Shared by run.sh and test.sh: make sure what ClaimTrack needs is on the machine, or say exactly what is missing.
set -euo pipefail

say() { printf '%s\n' "$*" >&2; }

need_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    say "The .NET 10 SDK is missing: install it (https://learn.microsoft.com/dotnet/core/install/linux-debian), then run this again."
    exit 1
  fi
}

pg_binaries_present() {
  command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 && return 0
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
}

# The app runs its own PostgreSQL cluster from the machine's server binaries; install them when we can.
need_postgres_binaries() {
  pg_binaries_present && return 0
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    say "Installing the PostgreSQL server (apt-get install postgresql)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    # Debian starts a cluster of its own on 5432; ClaimTrack does not need it.
    (command -v service >/dev/null && service postgresql stop >/dev/null 2>&1) || true
  else
    say "PostgreSQL server binaries are missing: run 'sudo apt-get install postgresql' (or set ConnectionStrings__ClaimTrack to an existing server), then run this again."
    exit 1
  fi
}

# The browser journeys drive Debian's Chromium (Playwright never downloads a browser here).
need_chromium() {
  local chromium=${CLAIMTRACK_CHROMIUM:-/usr/bin/chromium}
  [[ -x $chromium ]] && return 0
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    say "Installing Chromium for the browser tests (apt-get install chromium)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    say "Chromium is missing for the browser tests: run 'sudo apt-get install chromium' (or set CLAIMTRACK_CHROMIUM to a Chromium binary), then run this again."
    exit 1
  fi
}
