#!/usr/bin/env bash
# Builds ClaimTrack's images and runs the production files for real, then removes everything it started:
#   1. the image (deploy/container/Dockerfile), on local base images where no registry is reachable;
#   2. the compose file with podman-compose: PostgreSQL, two nodes, nginx; checks through nginx that a reader page, the
#      readiness probe, the desk's sign-in, a signed-in desk page and the desk's WebSocket work, that sessions stick to
#      one node while readers are spread over both, and that the nodes run read-only as a non-root user;
#   3. the Kubernetes manifests (deploy/kubernetes): an offline schema check, then `podman kube play` with both
#      replicas on a PostgreSQL pod, probed on /health/live and /health/ready;
#   4. the systemd unit (deploy/systemd): systemd-analyze's verify and offline security rating, then its ExecStart
#      line with its environment, as a non-root user, on the image's published app: ready on its own PostgreSQL, and
#      SIGTERM stops the app and that cluster cleanly (no systemd as PID 1 here, so not the sandbox itself).
# Ends with "N checks passed, N failed" and the time each part took. Takes a few minutes (longer on the first run,
# which makes the base images): not part of ./deploy/test.sh. See docs/operations.md, "Containers".
#   CLAIMTRACK_SDK_IMAGE, CLAIMTRACK_RUNTIME_IMAGE, CLAIMTRACK_DEBIAN_IMAGE: base images (default: the local ones,
#     made by local-images/build.sh); CLAIMTRACK_CHECK_PORT: nginx's port on 127.0.0.1 (default 18080).
cd "$(dirname "$0")/../.."
source deploy/common.sh
here=deploy/container

[[ $(id -u) -eq 0 ]] || { say "The container check runs podman as root (rootful networks and local base images): run it as root."; exit 1; }

# --- What it needs: installed up front, here and only here (apt as root, npm into a cache folder). ---
missing=()
for tool in podman:podman runc:runc debootstrap:debootstrap podman-compose:podman-compose curl:curl node:nodejs npm:npm \
  systemd-analyze:systemd setpriv:util-linux; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  if can_install; then apt_install "the container tools" "${missing[@]}"
  else say "The container check needs ${missing[*]}: run 'sudo apt-get install ${missing[*]}' as root, then run this again."; exit 1; fi
fi
need_postgres_binaries # the systemd unit's app runs its own cluster
tools=${XDG_CACHE_HOME:-$HOME/.cache}/claimtrack-deploy
if [[ ! -d $tools/node_modules/kubernetes-models || ! -d $tools/node_modules/yaml ]]; then
  say "Installing the Kubernetes schemas for the offline check (npm: kubernetes-models, yaml)..."
  npm install --prefix "$tools" --no-save --no-audit --no-fund --loglevel=error kubernetes-models@5.1.0 yaml@2.9.1 >/dev/null
fi
export CONTAINERS_CONF=${CONTAINERS_CONF:-$PWD/$here/containers.conf}

port=${CLAIMTRACK_CHECK_PORT:-18080}
base="http://127.0.0.1:$port"
project=claimtrack-check
compose=(podman-compose -p "$project" -f "$here/compose.yaml")
kube_network=claimtrack-check-kube
kube_copy=$(mktemp -d /tmp/claimtrack-kube.XXXXXX)
jar=$kube_copy/cookies
passed=0 failed=0 timings=()

check() { # check NAME COMMAND...: runs one check and counts it.
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); say "  ok    $name"; else failed=$((failed + 1)); say "  FAIL  $name"; fi
}
# wait_for SECONDS COMMAND...: polls every half second until the command succeeds, or fails after SECONDS.
wait_for() {
  local deadline=$((SECONDS + $1)); shift
  until "$@" >/dev/null 2>&1; do ((SECONDS < deadline)) || return 1; sleep 0.5; done
}
timed() { # timed LABEL START: records how long a part took.
  timings+=("$1 $((SECONDS - $2)) s")
}
status_of() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

unit_state=/var/tmp/claimtrack-check-unit
unit_pid=''
tear_down() {
  if [[ -n $unit_pid ]]; then kill -TERM "$unit_pid" 2>/dev/null || true; wait "$unit_pid" 2>/dev/null || true; fi
  if [[ -f $unit_state/lib/postgres/postmaster.pid ]]; then kill -INT "$(head -n 1 "$unit_state/lib/postgres/postmaster.pid")" 2>/dev/null || true; fi
  podman rm -f claimtrack-check-publish >/dev/null 2>&1 || true
  rm -rf "$unit_state"
  "${compose[@]}" down -v >/dev/null 2>&1 || true
  podman kube down deploy/kubernetes/deployment.yaml >/dev/null 2>&1 || true # by name: claimtrack-pod-0, -1
  podman kube down "$here/kube-check/postgres.yaml" >/dev/null 2>&1 || true
  podman secret rm claimtrack-database >/dev/null 2>&1 || true
  podman network rm "$kube_network" >/dev/null 2>&1 || true
  podman network rm "${project}_default" >/dev/null 2>&1 || true
  rm -rf "$kube_copy"
}
trap tear_down EXIT
trap 'exit 130' INT TERM
tear_down_first() { tear_down; mkdir -p "$kube_copy"; }
tear_down_first # what a run stopped half-way left behind

# --- 1. Images ---
started=$SECONDS
if [[ -z ${CLAIMTRACK_SDK_IMAGE:-} || -z ${CLAIMTRACK_RUNTIME_IMAGE:-} || -z ${CLAIMTRACK_DEBIAN_IMAGE:-} ]]; then
  "$here/local-images/build.sh"
fi
export CLAIMTRACK_DEBIAN_IMAGE=${CLAIMTRACK_DEBIAN_IMAGE:-localhost/debian:bookworm}
timed "base images" $started

started=$SECONDS
say "Building localhost/claimtrack:latest..."
if ! podman build -q --format docker -f "$here/Dockerfile" -t localhost/claimtrack:latest \
  --build-arg SDK_IMAGE="${CLAIMTRACK_SDK_IMAGE:-localhost/dotnet-sdk:10.0}" \
  --build-arg RUNTIME_IMAGE="${CLAIMTRACK_RUNTIME_IMAGE:-localhost/dotnet-aspnet:10.0}" . >"$kube_copy/build.log" 2>&1; then
  cat "$kube_copy/build.log" >&2; say "The image did not build."; exit 1
fi
"${compose[@]}" build >"$kube_copy/compose-build.log" 2>&1 || { cat "$kube_copy/compose-build.log" >&2; say "The compose file's images did not build."; exit 1; }
timed "app, PostgreSQL and nginx images" $started
image_size=$(podman image inspect localhost/claimtrack:latest --format '{{.Size}}')
say "  image localhost/claimtrack:latest: $((image_size / 1000000)) MB"
check "the image runs as a non-root user" test "$(podman image inspect localhost/claimtrack:latest --format '{{.Config.User}}')" = 1654
check "the image has a health check on /health/live" \
  grep -q /health/live <<<"$(podman image inspect localhost/claimtrack:latest --format '{{.Config.Healthcheck}}')"

# --- 2. The compose file: PostgreSQL, two nodes, nginx ---
started=$SECONDS
say "Starting the compose file (nginx on $base)..."
CLAIMTRACK_PORT=$port "${compose[@]}" up -d >"$kube_copy/compose-up.log" 2>&1 || { cat "$kube_copy/compose-up.log" >&2; exit 1; }
ready() { [[ $(status_of "$base/health/ready") == 200 ]]; }
check "the app answers ready through nginx within two minutes" wait_for 120 ready
if [[ $failed -gt 0 ]]; then # nothing further can pass: say why, and stop
  for node in app-a app-b; do podman logs --tail 15 "${project}_${node}_1" >&2; done
  echo "$passed checks passed, $failed failed"; exit 1
fi
# Each node on its own address: nginx answers ready as soon as one node does.
node_ready() {
  local address
  address=$(podman inspect "${project}_$1_1" --format '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}')
  [[ $(status_of "http://$address:8080/health/ready") == 200 ]]
}
check "app-a is ready within two minutes" wait_for 120 node_ready app-a
check "app-b is ready within two minutes" wait_for 120 node_ready app-b
timed "compose up until ready" $started

# nginx's log says which node answered each request. A node nginx found down while it started is skipped for ten
# seconds (fail_timeout); until both take requests, a desk visitor could be moved to the other node mid-session, so
# the desk checks below start when readers reach both.
upstreams() { # upstreams PATTERN: how many nodes answered the logged requests that match
  podman logs "${project}_nginx_1" 2>/dev/null | grep -- "$1" | grep -o 'upstream=[0-9.:]* ' | sort -u | wc -l
}
readers_reach_both() {
  for _ in $(seq 10); do curl -s -o /dev/null "$base/methodology"; done
  [[ $(upstreams '"GET /methodology ') == 2 ]]
}
check "readers without the cookie reach both nodes (within thirty seconds)" wait_for 30 readers_reach_both

check "a reader page is 200 with no cookie" test "$(status_of "$base/")" = 200
check "a reader page sets no cookie" bash -c "! curl -s -D - -o /dev/null '$base/' | grep -qi '^set-cookie'"
check "/health/ready says Healthy" test "$(curl -s "$base/health/ready")" = Healthy
check "/health/live says Healthy" test "$(curl -s "$base/health/live")" = Healthy
check "the desk's sign-in page is 200 and sets the route cookie" \
  bash -c "curl -s -c '$jar' -o /dev/null -w '%{http_code}' '$base/account/login' | grep -qx 200 && grep -q claimtrack_route '$jar'"

# Signs in as the demo Editor with the form's antiforgery token, as a browser would.
sign_in() {
  local page token
  page=$(curl -s -b "$jar" -c "$jar" "$base/account/login")
  token=$(grep -o 'name="__RequestVerificationToken" value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//')
  [[ $(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data-urlencode _handler=sign-in --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode Input.Email=editor@demo.claimtrack --data-urlencode Input.Password=newsroom-demo-2015 \
    "$base/account/login") == "302 $base/desk" ]]
}
demo_loaded() { curl -s "$base/" | grep -q 'href="/claims/'; }
check "the demo newsroom is on the front page" wait_for 60 demo_loaded
# Both nodes have it on and started together: they take turns at start-up, so one of them loads it.
demo_loads=$(for node in app-a app-b; do podman logs "${project}_${node}_1" 2>&1; done | grep -c 'Loaded the demo newsroom' || true)
check "the two nodes loaded the demo newsroom once ($demo_loads)" test "$demo_loads" = 1
check "the demo Editor signs in through nginx and is sent to $base/desk" sign_in
check "the signed-in desk page is 200" bash -c "curl -s -b '$jar' '$base/desk' | grep -q '<title>Claims · ClaimTrack desk'"

# The desk's circuit: SignalR's negotiation, then the WebSocket upgrade on the same node (the token is node-local).
websocket() {
  local token
  token=$(curl -s -b "$jar" -X POST -H 'Content-Length: 0' "$base/_blazor/negotiate?negotiateVersion=1" |
    sed -n 's/.*"connectionToken":"\([^"]*\)".*/\1/p')
  [[ -n $token ]] || return 1
  # The upgraded connection stays open: curl gives up after a second, with the status line already read.
  local answer
  answer=$(curl -s -i -N --max-time 1 -b "$jar" -H 'Connection: Upgrade' -H 'Upgrade: websocket' \
    -H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: Y2xhaW10cmFjay1jaGVjaw==' "$base/_blazor?id=$token" || true)
  [[ ${answer%%$'\r'*} == "HTTP/1.1 101 Switching Protocols" ]]
}
check "the desk's WebSocket upgrades through nginx (101)" websocket

# Stickiness: every request with the route cookie (sign-in, desk, circuit, and twenty more) reached one node.
route=$(awk '$6 == "claimtrack_route" { print $7 }' "$jar")
for _ in $(seq 20); do curl -s -o /dev/null -b "$jar" "$base/desk/review"; done
check "a desk visitor's requests all reach one node" test "$(upstreams "route=$route")" = 1
for node in app-a app-b; do
  container=${project}_${node}_1
  check "$node runs with a read-only root filesystem" test "$(podman inspect "$container" --format '{{.HostConfig.ReadonlyRootfs}}')" = true
  check "$node runs as uid 1654" test "$(podman exec "$container" id -u)" = 1654
  check "$node's image health check passes" podman healthcheck run "$container"
done
started=$SECONDS
"${compose[@]}" down -v >/dev/null 2>&1 || true
timed "compose down" $started

# --- 3. Kubernetes: the schema check, then podman kube play ---
started=$SECONDS
manifests=(deploy/kubernetes/{configmap,deployment,service,ingress,poddisruptionbudget,secret.example}.yaml)
check "the Kubernetes manifests pass the schema check" node "$here/kube-schema.mjs" "$tools/node_modules" "${manifests[@]}"
check "kustomization.yaml lists every manifest but the example secret" bash -c \
  "for f in ${manifests[*]}; do [[ \$f == *secret.example* ]] || grep -q \"  - \$(basename \$f)\" deploy/kubernetes/kustomization.yaml || exit 1; done"

# podman 4.3 publishes every containerPort on the host (two replicas would collide on 8080) and turns httpGet probes
# into curl commands: the copy it plays drops the port list, names the probes' port by number, and runs the local
# image. The probes themselves are checked from here, against each pod's address.
sed -e 's#registry.example.org/newsroom/claimtrack:latest#localhost/claimtrack:latest#' -e 's#port: http$#port: 8080#' \
  -e '/^ *ports:$/,/containerPort: 8080$/d' deploy/kubernetes/deployment.yaml >"$kube_copy/deployment.yaml"
podman network create "$kube_network" >/dev/null
podman kube play --network "$kube_network" "$here/kube-check/postgres.yaml" >"$kube_copy/kube-play.log" 2>&1 ||
  { cat "$kube_copy/kube-play.log" >&2; say "The PostgreSQL pod did not start."; exit 1; }
# podman reads a Secret's keys from a podman secret holding them as JSON, base64 values (the Secret's `data`).
connection=$(printf 'Host=postgres;Port=5432;Database=claimtrack;Username=claimtrack;Password=kube-check-only' | base64 -w0)
printf '{"ConnectionStrings__ClaimTrack":"%s"}' "$connection" | podman secret create claimtrack-database - >/dev/null
podman kube play --network "$kube_network" --configmap deploy/kubernetes/configmap.yaml "$kube_copy/deployment.yaml" \
  >"$kube_copy/kube-play.log" 2>&1 || cat "$kube_copy/kube-play.log" >&2
pods=$(podman pod ps --filter name=claimtrack-pod --format '{{.Name}}' | sort)
check "the Deployment runs as two pods" test "$(wc -w <<<"$pods")" = 2
pod_address() { podman inspect "$(podman pod inspect "$1" --format '{{.InfraContainerID}}')" \
  --format '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}'; }
for pod in $pods; do
  address=$(pod_address "$pod")
  pod_ready() { [[ $(status_of "http://$address:8080/health/ready") == 200 ]]; }
  check "$pod is ready (/health/ready) within two minutes" wait_for 120 pod_ready
  check "$pod is live (/health/live)" test "$(status_of "http://$address:8080/health/live")" = 200
  check "$pod serves a reader page for the Ingress's host" \
    test "$(status_of -H 'Host: claims.example.org' "http://$address:8080/methodology")" = 200
  check "$pod refuses another host (400)" test "$(status_of "http://$address:8080/methodology")" = 400
  check "$pod runs read-only as uid 1654" test "$(podman inspect "$pod-claimtrack" --format '{{.HostConfig.ReadonlyRootfs}} {{.Config.User}}')" = "true 1654:1654"
done
timed "Kubernetes schema check and kube play" $started

# --- 4. The systemd unit ---
started=$SECONDS
unit=deploy/systemd/claimtrack.service
check "systemd-analyze verify finds nothing in the unit" bash -c "[[ -z \$(systemd-analyze verify '$unit' 2>&1) ]]"
exposure=$(systemd-analyze security --offline=yes "$unit" 2>/dev/null | sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')
check "the unit's sandbox is rated 2.0 or lower by systemd-analyze security (${exposure:-no rating})" \
  awk -v e="$exposure" 'BEGIN { exit !(e != "" && e <= 2.0) }'
# The unit's own lines, with /opt/claimtrack and /var/lib/claimtrack moved into a scratch folder, run as nobody (the
# unit's user, claimtrack, is not created by a check) with no other environment, like systemd. Ports of its own, so
# that it meets no other ClaimTrack on this machine.
install -d -m 755 "$unit_state"
install -d -o nobody -g nogroup -m 700 "$unit_state/lib"
podman create --no-healthcheck --name claimtrack-check-publish localhost/claimtrack:latest >/dev/null
podman cp claimtrack-check-publish:/app "$unit_state/app" && podman rm claimtrack-check-publish >/dev/null
unit_port=$((port + 1))
mapfile -t unit_env < <(sed -n 's/^Environment=//p' "$unit" |
  sed -e "s#/var/lib/claimtrack#$unit_state/lib#g" -e "s#127.0.0.1:5080#127.0.0.1:$unit_port#")
read -r -a exec_start <<<"$(sed -n 's/^ExecStart=//p' "$unit" | sed "s#/opt/claimtrack#$unit_state/app#g")"
(cd "$unit_state/app" && exec setpriv --reuid=nobody --regid=nogroup --clear-groups -- env -i PATH=/usr/bin:/bin \
  "${unit_env[@]}" ClaimTrack__Postgres__Port=$((port + 2)) ClaimTrack__DemoNewsroom__Enabled=false "${exec_start[@]}") \
  >"$unit_state/app.log" 2>&1 &
unit_pid=$!
unit_ready() { [[ $(status_of "http://127.0.0.1:$unit_port/health/ready") == 200 ]]; }
check "the unit's command is ready on its own PostgreSQL within two minutes" wait_for 120 unit_ready
check "it serves a reader page" test "$(status_of "http://127.0.0.1:$unit_port/methodology")" = 200
check "its cluster is in the state folder, and nothing else is written there" \
  test -f "$unit_state/lib/postgres/PG_VERSION" -a "$(ls -A "$unit_state/lib")" = postgres
kill -TERM "$unit_pid"
stopped() { ! kill -0 "$unit_pid" 2>/dev/null; }
check "SIGTERM (systemctl stop) stops the app within 30 seconds" wait_for 30 stopped
wait "$unit_pid" && unit_exit=0 || unit_exit=$?
unit_pid=''
check "the app exited 0 and stopped its cluster (no postmaster.pid left)" \
  test "$unit_exit" = 0 -a ! -e "$unit_state/lib/postgres/postmaster.pid"
[[ $failed -eq 0 ]] || tail -n 20 "$unit_state/app.log" >&2
timed "systemd unit" $started

say "Times: $(IFS=';'; echo "${timings[*]}" | sed 's/;/, /g')"
echo "$passed checks passed, $failed failed"
[[ $failed -eq 0 ]]
