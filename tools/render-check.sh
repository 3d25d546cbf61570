#!/usr/bin/env bash
# Renders the sample report in headless Chromium, to PDF (print stylesheet,
# A4, page numbers) and to PNG, so a person can look at what jurors will see:
# every printed page of every PDF, and a screenshot of the whole screen page
# (the window is as tall as the page, not just its top).
# Needs Debian's chromium (apt-get install chromium) and, for PNG pages of the
# PDF, poppler-utils (pdftoppm). Output goes to target/render-check/.
# Usage: bash tools/render-check.sh [REPORT_DIR]   (default: a fresh report of the sample)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "error: Chromium is missing; install it with: apt-get install chromium" >&2
    exit 1
fi

out=target/render-check
rm -rf "$out"
mkdir -p "$out"
report=${1:-}
if [ -z "$report" ]; then
    report=$out/report
    cargo run --quiet --release -- --out "$report" --quiet || [ $? -eq 65 ]
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --user-data-dir="$profile" --hide-scrollbars)

pages=(report.en.html report.sq.html report.sr-Cyrl.html scorecards/mof.en.html scorecards/gracanica.sr-Cyrl.html scorecards/prizren.en.html)
for page in "${pages[@]}"; do
    name=$(echo "$page" | tr '/' '_' | sed 's/\.html$//')
    url="file://$(realpath "$report/$page")"
    "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" "$url" 2>/dev/null
    # The screen page is about as tall as its printed pages laid end to end;
    # Chromium captures at most 16,384 pixels.
    printed=$( (pdfinfo "$out/$name.pdf" 2>/dev/null || true) | awk '/^Pages:/ { print $2 }')
    printed=${printed:-8}
    height=$(( printed * 1500 > 16384 ? 16384 : printed * 1500 ))
    "$browser" "${flags[@]}" --window-size=1200,"$height" --screenshot="$out/$name.png" "$url" 2>/dev/null
    if command -v pdftoppm >/dev/null; then
        pdftoppm -png -r 50 "$out/$name.pdf" "$out/$name.print"
    fi
done
ls -1 "$out"
