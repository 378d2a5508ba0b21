#!/usr/bin/env bash
# Make sure a headless-capable Chromium is on PATH: installs Debian's chromium package when it is
# missing. Idempotent and quiet when Chromium is already installed; needs root (or sudo) and an apt
# mirror only when it has to install. Used by the report test (tests/facts) and .ci/run.
# Prints nothing on success; the browser's path is `command -v chromium`.
# fonts-noto-cjk: Hangul in the report renders as text, not boxes, in screenshots.
set -euo pipefail
source "${BASH_SOURCE[0]%/*}/apt-ensure.sh"
apt_ensure ensure-chromium chromium "install Chromium by hand" chromium fonts-noto-cjk
