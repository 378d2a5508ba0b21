# Sourced by scripts/ensure-*.sh: `apt_ensure NAME COMMAND HINT PACKAGE...` makes sure COMMAND is
# on PATH, installing the Debian PACKAGEs with apt-get when it is missing. Idempotent and quiet when
# COMMAND is already there; needs root (or passwordless sudo) and an apt mirror only when it has to
# install. Messages go to stderr prefixed with NAME; HINT says what to do where apt-get is missing.
apt_ensure() {
  local name=$1 command=$2 hint=$3
  shift 3
  if command -v "$command" >/dev/null 2>&1; then
    return 0
  fi

  if ! command -v apt-get >/dev/null 2>&1; then
    echo "$name: $command is missing and apt-get is not available; $hint" >&2
    return 1
  fi

  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      echo "$name: $command is missing; installing it needs root (run as root or with passwordless sudo)" >&2
      return 1
    fi
  fi

  local log
  log=$(mktemp)
  echo "$name: installing $* with apt-get" >&2
  if ! { DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get update -q \
      && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "$@"; } \
      >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "$name: apt-get could not install $* (output above)" >&2
    return 1
  fi
  rm -f "$log"

  command -v "$command" >/dev/null 2>&1 || { echo "$name: $command still not on PATH" >&2; return 1; }
  echo "$name: $("$command" --version 2>/dev/null | head -n 1)" >&2
}
