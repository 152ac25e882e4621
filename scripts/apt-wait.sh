# Sourced by scripts/browser-setup and scripts/neo4j-dev: apt-get that waits for another apt or
# dpkg run (unattended upgrades, another agent's setup) instead of failing on its lock.
#
#   apt_get [--quiet] ARGS...   # as `apt-get ARGS`, with sudo when not root
#
# apt-get waits for the dpkg lock itself with -o DPkg::Lock::Timeout; the lists and archives
# locks it does not wait for, so a run that fails on any lock is tried again until
# APT_LOCK_TIMEOUT seconds (default 600) have passed, every APT_LOCK_RETRY_SECONDS (default 5).

APT_LOCK_TIMEOUT="${APT_LOCK_TIMEOUT:-600}"
APT_LOCK_RETRY_SECONDS="${APT_LOCK_RETRY_SECONDS:-5}"

apt_get() {
  local quiet="" sudo="" errors status deadline
  if [ "${1:-}" = "--quiet" ]; then quiet=1; shift; fi
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "apt-get $*: needs root (or sudo)" >&2; return 1; }
    sudo="sudo"
  fi
  errors="$(mktemp)"
  deadline=$((SECONDS + APT_LOCK_TIMEOUT))
  while true; do
    status=0
    if [ -n "$quiet" ]; then
      DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout="$APT_LOCK_TIMEOUT" \
        "$@" >/dev/null 2>"$errors" || status=$?
    else
      DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout="$APT_LOCK_TIMEOUT" \
        "$@" 2>"$errors" || status=$?
    fi
    if [ "$status" -eq 0 ]; then
      rm -f "$errors"
      return 0
    fi
    if grep -qiE "could not get lock|unable to (acquire|lock)|is held by process" "$errors" \
      && [ "$SECONDS" -lt "$deadline" ]; then
      echo "apt-get $1: another apt or dpkg run holds its lock; waiting (up to ${APT_LOCK_TIMEOUT} s)" >&2
      sleep "$APT_LOCK_RETRY_SECONDS"
      continue
    fi
    cat "$errors" >&2
    rm -f "$errors"
    return "$status"
  done
}
