#!/usr/bin/env bash
# Makes PostgreSQL server binaries available to the ledger tests of server-stubs (they start a throwaway
# cluster under server-stubs/target/postgres themselves, on a free 127.0.0.1 port, and stop it).
# Installs Debian's postgresql package only when no initdb is found. Non-interactive: CI runs as root, no stdin.
set -euo pipefail

if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "postgres-install: initdb not found; run as root or install the postgresql package" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends postgresql
# The package starts a system cluster on 5432; the tests do not use it, so leave it as the package set it up.
ls /usr/lib/postgresql/*/bin/initdb
