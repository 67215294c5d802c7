#!/usr/bin/env bash
# Install Debian's headless Chromium and its ChromeDriver for the episode-page browser tests.
# Called by .ci/run; safe to run again (apt-get skips what is installed).
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
