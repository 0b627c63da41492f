#!/usr/bin/env bash
# Make sure a Redis answers on 127.0.0.1:6379 for the tests that use a real worker and
# shared rate limits.  Machines of this project's kind start one; a bare machine gets one
# started here if redis-server is installed (it keeps nothing on disk).
set -u
if (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; then
  exit 0
fi
if command -v redis-server >/dev/null 2>&1; then
  echo "starting redis-server on 127.0.0.1:6379 for the tests"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --dir /tmp --logfile /tmp/mndigitalaid-redis.log
  for _ in $(seq 1 50); do
    (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null && exit 0
    sleep 0.1
  done
fi
if [ -z "${ENSURE_REDIS_TRIED_APT:-}" ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "installing redis-server (Debian package) for the tests"
  (apt-get update -qq && apt-get install -y -qq redis-server) >/dev/null 2>&1 || true
  if command -v redis-server >/dev/null 2>&1; then ENSURE_REDIS_TRIED_APT=1 exec bash "$0"; fi
fi
echo "WARNING: no Redis on 127.0.0.1:6379; tests that need it will be skipped" >&2
exit 0
