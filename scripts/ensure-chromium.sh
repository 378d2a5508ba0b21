#!/usr/bin/env bash
# Make sure a headless-capable Chromium is on PATH: installs Debian's chromium package when it is
# missing. Idempotent and quiet when Chromium is already installed; needs root (or sudo) and an apt
# mirror only when it has to install. Used by the report test (tests/facts) and .ci/run.
# Prints nothing on success; the browser's path is `command -v chromium`.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: chromium is missing and apt-get is not available; install Chromium by hand" >&2
  exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    echo "ensure-chromium: chromium is missing; installing it needs root (run as root or with passwordless sudo)" >&2
    exit 1
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
echo "ensure-chromium: installing chromium with apt-get" >&2
# fonts-noto-cjk: Hangul in the report renders as text, not boxes, in screenshots.
if ! { "${sudo[@]}" apt-get update -q \
    && "${sudo[@]}" apt-get install -y -q --no-install-recommends chromium fonts-noto-cjk; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "ensure-chromium: apt-get could not install chromium (output above)" >&2
  exit 1
fi

command -v chromium >/dev/null 2>&1 || { echo "ensure-chromium: chromium still not on PATH" >&2; exit 1; }
echo "ensure-chromium: $(chromium --version 2>/dev/null | head -n 1)" >&2
