#!/usr/bin/env bash
# Makes sure Debian's Chromium + ChromeDriver exist for the Selenium end-to-end tests.
# Installs them when running as root (CI, fresh machine); otherwise fails with the command to run.
# Browser tests are never skipped silently: without a browser this script fails the build.
set -euo pipefail

CHROMIUM=${MARKETPLACE_CHROMIUM:-/usr/bin/chromium}
CHROMEDRIVER=${MARKETPLACE_CHROMEDRIVER:-/usr/bin/chromedriver}

have_browser() { [[ -x "$CHROMIUM" && -x "$CHROMEDRIVER" ]]; }

if ! have_browser; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "[require-chromium] $CHROMIUM or $CHROMEDRIVER missing: installing chromium chromium-driver (apt-get)"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q
        apt-get install -y -q --no-install-recommends chromium chromium-driver
    else
        echo "[require-chromium] ERROR: the end-to-end tests need $CHROMIUM and $CHROMEDRIVER." >&2
        echo "[require-chromium] Install them with:  sudo apt-get install -y chromium chromium-driver" >&2
        echo "[require-chromium] (or skip the end-to-end phase explicitly with -DskipITs)" >&2
        exit 1
    fi
    if ! have_browser; then
        echo "[require-chromium] ERROR: $CHROMIUM / $CHROMEDRIVER still missing after installation." >&2
        exit 1
    fi
fi

# Both must start, and be the same major version (chromedriver refuses a different browser major).
browser_version=$("$CHROMIUM" --version 2>/dev/null || true)
driver_version=$("$CHROMEDRIVER" --version 2>/dev/null || true)
if [[ -z "$browser_version" || -z "$driver_version" ]]; then
    echo "[require-chromium] ERROR: '$CHROMIUM --version' or '$CHROMEDRIVER --version' failed." >&2
    exit 1
fi
browser_major=$(grep -oE '[0-9]+\.' <<<"$browser_version" | head -n1)
driver_major=$(grep -oE '[0-9]+\.' <<<"$driver_version" | head -n1)
if [[ "$browser_major" != "$driver_major" ]]; then
    echo "[require-chromium] ERROR: $browser_version does not match $driver_version." >&2
    echo "[require-chromium] Upgrade both:  sudo apt-get install -y chromium chromium-driver" >&2
    exit 1
fi
echo "[require-chromium] ok: $browser_version / ${driver_version%% (*}"
