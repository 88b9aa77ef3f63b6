#!/usr/bin/env bash
# Makes the local images the Dockerfile and the compose file build on, where no image registry is reachable:
#   localhost/debian:bookworm    debootstrap's minimal Debian (the mirror apt uses on this machine)
#   localhost/dotnet-sdk:10.0    that plus the host's .NET SDK          (stands in for mcr.microsoft.com/dotnet/sdk:10.0)
#   localhost/dotnet-aspnet:10.0 that plus the host's runtimes, user app (stands in for mcr.microsoft.com/dotnet/aspnet:10.0)
# An image already there is kept; CLAIMTRACK_REBUILD_LOCAL_IMAGES=1 makes them again. Needs root, podman, debootstrap.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export CONTAINERS_CONF=${CONTAINERS_CONF:-$here/../containers.conf}
say() { printf '%s\n' "$*" >&2; }
have() { [[ -z ${CLAIMTRACK_REBUILD_LOCAL_IMAGES:-} ]] && podman image exists "$1"; }

work=$(mktemp -d /var/tmp/claimtrack-images.XXXXXX)
trap 'rm -rf "$work"' EXIT

if ! have localhost/debian:bookworm; then
  mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)
  [[ -n $mirror ]] || mirror=$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list 2>/dev/null)
  mirror=${mirror:-http://deb.debian.org/debian}
  say "Making localhost/debian:bookworm with debootstrap from $mirror..."
  debootstrap --variant=minbase bookworm "$work/rootfs" "$mirror" >/dev/null
  rm -rf "$work"/rootfs/var/cache/apt/archives/*.deb "$work"/rootfs/var/cache/apt/*.bin "$work"/rootfs/var/lib/apt/lists/*
  tar -C "$work/rootfs" -c . | podman import -q - localhost/debian:bookworm >/dev/null
  rm -rf "$work/rootfs"
fi

dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
if ! have localhost/dotnet-sdk:10.0; then
  say "Making localhost/dotnet-sdk:10.0 from the host's SDK in $dotnet_root..."
  mkdir -p "$work/sdk"
  cp -al "$dotnet_root" "$work/sdk/dotnet" 2>/dev/null || cp -a "$dotnet_root" "$work/sdk/dotnet"
  cp /etc/ssl/certs/ca-certificates.crt "$work/sdk/"
  podman build -q -f "$here/sdk.Containerfile" -t localhost/dotnet-sdk:10.0 "$work/sdk" >/dev/null
fi
if ! have localhost/dotnet-aspnet:10.0; then
  say "Making localhost/dotnet-aspnet:10.0 from the host's runtimes in $dotnet_root..."
  mkdir -p "$work/aspnet/dotnet/shared"
  for part in dotnet LICENSE.txt ThirdPartyNotices.txt host shared/Microsoft.NETCore.App shared/Microsoft.AspNetCore.App; do
    cp -al "$dotnet_root/$part" "$work/aspnet/dotnet/$part" 2>/dev/null || cp -a "$dotnet_root/$part" "$work/aspnet/dotnet/$part"
  done
  podman build -q -f "$here/aspnet.Containerfile" -t localhost/dotnet-aspnet:10.0 "$work/aspnet" >/dev/null
fi
