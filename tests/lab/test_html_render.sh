#!/usr/bin/env bash
# Renders the English and Japanese HTML reports (written by tst_htmlreport) in headless Chromium,
# to PNG and to A4 PDF, inside an empty network namespace: only `lo`, no route anywhere, so the
# report cannot load anything, and Chromium's network log must show no request for anything but
# the file itself. Checks that each picture and PDF is non-trivial (size, page count) and keeps
# them as artefacts beside the reports.
#   test_html_render.sh ARTIFACT_DIR
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=netns-lab.sh
source "$here/netns-lab.sh"

dir=${1:?artifact folder}
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || lab_skip "chromium is not installed (scripts/bootstrap.sh installs it)"
command -v pdfinfo >/dev/null || lab_skip "pdfinfo (poppler-utils) is not installed"
lab_setup cc-html

status=0
for lang in en ja; do
    report="$dir/report-$lang.html"
    [ -s "$report" ] || { echo "FAIL: $report is missing (tst_htmlreport writes it)" >&2; exit 1; }
    profile=$(mktemp -d)
    common=(--headless --no-sandbox --disable-gpu --no-first-run --no-default-browser-check
        --disable-extensions --disable-background-networking --disable-component-update
        --disable-sync --user-data-dir="$profile" --lang="$lang")
    rm -f "$dir/report-$lang.png" "$dir/report-$lang.pdf" "$dir/netlog-$lang.json"
    lab_exec timeout 120 "$chromium" "${common[@]}" --hide-scrollbars --window-size=1100,1600 \
        --log-net-log="$dir/netlog-$lang.json" --screenshot="$dir/report-$lang.png" "file://$report" \
        >/dev/null 2>&1 || true
    lab_exec timeout 120 "$chromium" "${common[@]}" --no-pdf-header-footer \
        --print-to-pdf="$dir/report-$lang.pdf" "file://$report" >/dev/null 2>&1 || true
    rm -rf "$profile"

    png_size=$(stat -c %s "$dir/report-$lang.png" 2>/dev/null || echo 0)
    pdf_size=$(stat -c %s "$dir/report-$lang.pdf" 2>/dev/null || echo 0)
    pages=$(pdfinfo "$dir/report-$lang.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
    page_size=$(pdfinfo "$dir/report-$lang.pdf" 2>/dev/null | awk -F': *' '/^Page size:/ {print $2}')
    echo "$lang: png $png_size bytes, pdf $pdf_size bytes, ${pages:-0} pages ($page_size)"
    # A blank or error page is a few kilobytes; the sample report fills several A4 pages.
    if [ "$png_size" -lt 60000 ]; then echo "FAIL: $lang PNG too small" >&2; status=1; fi
    if [ "$pdf_size" -lt 30000 ]; then echo "FAIL: $lang PDF too small" >&2; status=1; fi
    if [ "${pages:-0}" -lt 3 ] || [ "${pages:-0}" -gt 20 ]; then
        echo "FAIL: $lang PDF has ${pages:-0} pages, expected 3 to 20" >&2
        status=1
    fi
    case "$page_size" in 595* | 594* | 596*) ;; *) echo "FAIL: $lang PDF is not A4: $page_size" >&2; status=1 ;; esac
    # Every URL Chromium asked for was the report itself.
    if [ -s "$dir/netlog-$lang.json" ]; then
        # Chromium's own background services (component updates, network time) are not the
        # page's requests; they fail here anyway, as the namespace has no route.
        requested=$(grep -o '"url":"[^"]*"' "$dir/netlog-$lang.json" | sort -u | grep -v '"url":"file://' |
            grep -Ev '"url":"https?://(clients[0-9]*\.google\.com|update\.googleapis\.com|[a-z0-9.-]*\.gvt1\.com|redirector\.gvt1\.com|accounts\.google\.com)/' || true)
        if [ -n "$requested" ]; then
            echo "FAIL: $lang report made requests:" >&2
            echo "$requested" >&2
            status=1
        fi
    else
        echo "FAIL: $lang: no network log written" >&2
        status=1
    fi
done
exit $status
