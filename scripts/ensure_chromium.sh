#!/usr/bin/env bash
# The admin's browser test drives Debian's Chromium (never a browser downloaded by a test
# tool). Install it from Debian's packages when it is missing and we can; otherwise the
# browser test is skipped with a clear message.
set -u
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "installing Debian's chromium for the browser test (one time)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
    >/tmp/mndigitalaid-chromium-install.log 2>&1 \
    || echo "WARNING: could not install chromium (see /tmp/mndigitalaid-chromium-install.log)" >&2
fi
[ -x /usr/bin/chromium ] || echo "WARNING: no /usr/bin/chromium; the browser test will be skipped" >&2
exit 0
