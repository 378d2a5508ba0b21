#!/usr/bin/env bash
# Make sure `redis-server` is on PATH: installs Debian's redis-server package when it is missing.
# Idempotent and quiet when Redis is already installed; needs root (or sudo) and an apt mirror
# only when it has to install. Used by the distributed tests and by docs/distributed.md.
# Debian's package starts a system service on install where an init system runs; the project
# starts its own servers on chosen ports, so a service that came up is left to the admin.
set -euo pipefail
source "${BASH_SOURCE[0]%/*}/apt-ensure.sh"
apt_ensure ensure-redis redis-server "install Redis (>= 6) by hand" redis-server
