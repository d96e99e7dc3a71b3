#!/usr/bin/env bash
# Installs Debian's Chromium and its WebDriver (packages chromium and chromium-driver) for the sandbox's browser
# tests when either binary is missing. The build runs it (Maven profile install-chromium of sandbox/pom.xml, active
# when /usr/bin/chromedriver is missing); nothing downloads a browser or a driver of its own. Non-interactive.
#   CHROMIUM_BIN, CHROMEDRIVER_BIN   the binaries to look for (default /usr/bin/chromium, /usr/bin/chromedriver)
#   DANAKIT_DRY_RUN=1                print the commands instead of running them
set -euo pipefail

chromium=${CHROMIUM_BIN:-/usr/bin/chromium}
driver=${CHROMEDRIVER_BIN:-/usr/bin/chromedriver}

fail() {
  echo "chromium-install: $*" >&2
  echo "chromium-install: the browser tests need Debian's chromium and chromium-driver; install them" \
       "(as root: apt-get install chromium chromium-driver) and run the build again" >&2
  exit 1
}

run() {
  if [ "${DANAKIT_DRY_RUN:-}" = 1 ]; then
    echo "chromium-install: would run: $*"
  else
    "$@"
  fi
}

if [ -x "$chromium" ] && [ -x "$driver" ]; then
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo)
  else
    fail "$chromium or $driver is missing, and this user cannot install packages (not root, no password-less sudo)"
  fi
fi
command -v apt-get >/dev/null 2>&1 || fail "$chromium or $driver is missing, and there is no apt-get here"

echo "chromium-install: $chromium or $driver is missing; installing Debian's chromium and chromium-driver"
export DEBIAN_FRONTEND=noninteractive
# waits for another apt or dpkg run (another build, unattended upgrades) instead of failing on its lock
run "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 -qq update || fail "apt-get update failed"
run "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 -qq install -y --no-install-recommends chromium chromium-driver \
  || fail "apt-get install chromium chromium-driver failed"
if [ "${DANAKIT_DRY_RUN:-}" = 1 ]; then
  exit 0
fi
[ -x "$chromium" ] && [ -x "$driver" ] || fail "apt-get succeeded, but $chromium or $driver is still missing"
echo "chromium-install: $("$chromium" --version 2>/dev/null | head -1), $("$driver" --version 2>/dev/null | head -1)"
