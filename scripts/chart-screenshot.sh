#!/usr/bin/env bash
# Saves one chart of an HTML report as a PNG, as a browser draws it: the page with every other
# element hidden, rendered by headless Chromium. Used for the pictures in docs/examples/.
#   scripts/chart-screenshot.sh REPORT.html CHART-INDEX OUT.png [WIDTH]
set -euo pipefail
report="$1"; index="$2"; out="$3"; width="${4:-960}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome)"
page="$(mktemp --suffix=.html)"
trap 'rm -f "$page"' EXIT
# The chart alone, at the top left of the page.
sed "s|</head>|<style>body>*{display:none!important}body>#chart${index}{display:block!important;margin:0!important}</style></head>|" \
  "$report" > "$page"
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=10000 \
  --window-size="${width},422" --screenshot="$out" "file://$page" 2>/dev/null
echo "$out"
