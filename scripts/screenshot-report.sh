#!/usr/bin/env bash
# Renders a demo report in headless Chromium and saves a full-page screenshot, to check that the
# page works offline. Not part of the test run. Usage: scripts/screenshot-report.sh [property|hotel|retail] [OUT.png]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
example="${1:-property}"
png="${2:-$here/reports/$example-report.png}"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "installing Debian's chromium..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  browser="$(command -v chromium)"
fi
"$here/motkit" demo "$example" --out "$here/reports" >/dev/null
html="$here/reports/$example-report.html"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# No network: the page must draw from what it carries.
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=1200,4200 \
  --virtual-time-budget=5000 --screenshot="$png" "file://$html" 2>/dev/null
echo "$png"
