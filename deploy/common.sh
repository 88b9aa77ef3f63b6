# Shared by run.sh, test.sh and bench/run.sh: make sure what ClaimTrack needs is on the machine, or say exactly what is
# missing. Installs happen here and only here, up front: never from inside a test (tests set CLAIMTRACK_NO_INSTALL=1).
set -euo pipefail

say() { printf '%s\n' "$*" >&2; }

can_install() { [[ -z ${CLAIMTRACK_NO_INSTALL:-} && $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; }

# apt_install WHY PACKAGE...: waits for another install's package lock (up to ten minutes) instead of failing on it.
apt_install() {
  local why=$1; shift
  say "Installing $why (apt-get install $*)..."
  local wait=(-o DPkg::Lock::Timeout=600)
  apt-get "${wait[@]}" update -qq && DEBIAN_FRONTEND=noninteractive apt-get "${wait[@]}" install -y -qq "$@" >/dev/null
}

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
  if can_install; then
    apt_install "the PostgreSQL server" postgresql
    # Debian starts a cluster of its own on 5432; ClaimTrack does not need it.
    (command -v service >/dev/null && service postgresql stop >/dev/null 2>&1) || true
  else
    say "PostgreSQL server binaries are missing: run 'sudo apt-get install postgresql' (or set ConnectionStrings__ClaimTrack to an existing server), then run this again."
    exit 1
  fi
}

# Claim pages' share images (verdict cards) are drawn with DejaVu Sans from Debian's fonts-dejavu-core. Without it the
# app still runs, with no cards; the card tests need it, so the tests install it.
need_card_fonts() {
  [[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf && -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] && return 0
  if can_install; then apt_install "the share images' font" fonts-dejavu-core
  else say "fonts-dejavu-core is missing: claim pages will have no share image (run 'sudo apt-get install fonts-dejavu-core' for them)."; fi
}

# The browser journeys drive Debian's Chromium (Playwright never downloads a browser here).
need_chromium() {
  local chromium=${CLAIMTRACK_CHROMIUM:-/usr/bin/chromium}
  [[ -x $chromium ]] && return 0
  if can_install; then
    apt_install "Chromium for the browser tests" chromium
  else
    say "Chromium is missing for the browser tests: run 'sudo apt-get install chromium' (or set CLAIMTRACK_CHROMIUM to a Chromium binary), then run this again."
    exit 1
  fi
}

# The email tests send to a local SMTP receiver they start: Debian's aiosmtpd (python3 -m aiosmtpd), never the internet.
need_smtp_receiver() {
  /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 && return 0
  if can_install; then apt_install "a local SMTP receiver for the email tests" python3-aiosmtpd
  else say "python3-aiosmtpd is missing: the email tests will fail (run 'sudo apt-get install python3-aiosmtpd')."; fi
}

# The loopback cluster (deploy/cluster.sh) and its tests put Debian's nginx in front of two nodes.
need_nginx() {
  command -v nginx >/dev/null 2>&1 && return 0
  if can_install; then
    apt_install "nginx for the loopback cluster" nginx
  else
    say "nginx is missing for the loopback cluster: run 'sudo apt-get install nginx', then run this again."
    exit 1
  fi
}

# Where the benchmark suite keeps its Node and .NET tools (playwright-core, dotnet-gcdump).
bench_tools_dir=${XDG_CACHE_HOME:-$HOME/.cache}/claimtrack-bench

# The benchmark suite's load tools (wrk, nginx, curl, nginx's brotli_static module when apt has it), and for its memory measure playwright-core (npm) and dotnet-gcdump
# (NuGet). The load tools are required; without the memory tools that one measure says it was skipped.
need_bench_tools() {
  local missing=()
  for tool in wrk nginx curl; do command -v $tool >/dev/null 2>&1 || missing+=("$tool"); done
  if [[ ${#missing[@]} -gt 0 ]]; then
    if can_install; then apt_install "the benchmark's load tools" "${missing[@]}"
    else say "The benchmark needs ${missing[*]}: run 'sudo apt-get install ${missing[*]}', then run this again."; exit 1; fi
  fi
  # nginx's brotli_static module, the reference for the Brotli claim page; without it the suite says it used gzip_static.
  if [[ ! -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]] && can_install; then
    apt_install "nginx's brotli_static module for the benchmark" libnginx-mod-http-brotli-static ||
      say "Could not install libnginx-mod-http-brotli-static: the benchmark will compare the Brotli page with gzip_static."
  fi
  [[ -n ${CLAIMTRACK_NO_INSTALL:-} ]] && return 0
  if [[ ! -d $bench_tools_dir/node_modules/playwright-core ]] && command -v npm >/dev/null 2>&1; then
    say "Installing playwright-core for the benchmark's memory measure (npm)..."
    npm install --prefix "$bench_tools_dir" --no-save --no-audit --no-fund playwright-core@1.56.1 >/dev/null 2>&1 ||
      say "Could not install playwright-core: the benchmark will skip its memory-per-circuit measure."
  fi
  if [[ ! -x $bench_tools_dir/tools/dotnet-gcdump ]]; then
    dotnet tool install --tool-path "$bench_tools_dir/tools" dotnet-gcdump --version 10.0.750501 >/dev/null 2>&1 ||
      say "Could not install dotnet-gcdump: the benchmark will report memory per circuit as RSS growth only."
  fi
}
