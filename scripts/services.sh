#!/usr/bin/env bash
# Make sure the services the tests use are installed and running (CI may be a fresh machine).
set -uo pipefail

have() { command -v "$1" >/dev/null 2>&1; }
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { apt-get update -qq >/dev/null 2>&1 || true; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 || echo "services: could not install $*" >&2
}

# PostgreSQL on 127.0.0.1:5432 (trust auth, database test)
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  have pg_ctlcluster || apt_install postgresql
  if [ -d /etc/postgresql ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start 2>/dev/null || true
  fi
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi

# Redis on 127.0.0.1:6379
if ! (have redis-cli && redis-cli -h 127.0.0.1 ping >/dev/null 2>&1); then
  have redis-server || apt_install redis-server
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log >/dev/null 2>&1 || true
fi

# Debian's chromium for the browser tests
if [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
fi
exit 0
