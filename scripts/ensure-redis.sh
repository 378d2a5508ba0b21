#!/usr/bin/env bash
# Make sure `redis-server` is on PATH: installs Debian's redis-server package when it is missing.
# Idempotent and quiet when Redis is already installed; needs root (or sudo) and an apt mirror
# only when it has to install. Used by the distributed tests and by docs/distributed.md.
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-redis: redis-server is missing and apt-get is not available; install Redis (>= 6) by hand" >&2
  exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    echo "ensure-redis: redis-server is missing; installing it needs root (run as root or with passwordless sudo)" >&2
    exit 1
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
echo "ensure-redis: installing redis-server with apt-get" >&2
if ! { "${sudo[@]}" apt-get update -q \
    && "${sudo[@]}" apt-get install -y -q --no-install-recommends redis-server; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "ensure-redis: apt-get could not install redis-server (output above)" >&2
  exit 1
fi

# Debian's package starts a system service on install where an init system runs; the project
# starts its own servers on chosen ports, so a service that came up is left to the admin.
command -v redis-server >/dev/null 2>&1 || { echo "ensure-redis: redis-server still not on PATH" >&2; exit 1; }
echo "ensure-redis: $(redis-server --version | head -n 1)" >&2
