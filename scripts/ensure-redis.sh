#!/usr/bin/env bash
# The scale-out tests start a real Redis on a free loopback port. Use REDIS_SERVER if set;
# otherwise Debian's redis-server, installing it when we can (root with apt-get), as on CI.
set -euo pipefail
if [ -n "${REDIS_SERVER:-}" ]; then
  [ -x "$REDIS_SERVER" ] && exit 0
  echo "REDIS_SERVER=$REDIS_SERVER is not an executable" >&2
  exit 1
fi
command -v redis-server >/dev/null && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's redis-server for the class-server tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  exit 0
fi
echo "The class-server tests need Redis: install it (Debian: sudo apt-get install redis-server) or set REDIS_SERVER." >&2
exit 1
