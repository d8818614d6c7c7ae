#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources, or with --check fails when a .ts file is stale or
# has unfinished Japanese. One command for both, so CI checks exactly what developers generate.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        [ -n "$candidate" ] && [ -x "$candidate" ] && lupdate=$candidate && break
    done
fi
[ -n "$lupdate" ] || { echo "lupdate (qt6-l10n-tools) not found" >&2; exit 2; }

run_lupdate() { # $1: .ts file to update in place
    "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h "$root/core" "$root/app" -ts "$1"
}

if [ "${1:-}" != "--check" ]; then
    for ts in "$root"/translations/*.ts; do run_lupdate "$ts"; done
    exit 0
fi

status=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for ts in "$root"/translations/*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$work/$name"
    run_lupdate "$work/$name"
    if ! cmp -s "$ts" "$work/$name"; then
        echo "$name is stale: run scripts/update-translations.sh and translate the new strings" >&2
        diff -u "$ts" "$work/$name" | head -40 >&2 || true
        status=1
    fi
    if [[ "$name" == *_ja.ts ]]; then
        unfinished=$(grep -c 'type="unfinished"' "$work/$name" || true)
        total=$(grep -c '<message' "$work/$name" || true)
        if [ "$unfinished" != "0" ]; then
            echo "$name: $unfinished of $total messages have no Japanese translation" >&2
            status=1
        fi
    fi
done
exit $status
