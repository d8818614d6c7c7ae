#!/usr/bin/env bash
# Time-boxed fuzzing of the parsers that read untrusted bytes (tests/fuzz, docs/decisions.md 39):
#   scripts/fuzz.sh [SECONDS_PER_TARGET]    (default 60)
# Builds the fuzz preset (clang, libFuzzer, ASan + UBSan) and runs every fuzz_<name> for that long
# over a copy of tests/fuzz/corpus/<name>, so the committed corpus never grows. Fails when any
# target crashes, leaks, trips a sanitizer or breaks an invariant; the input that did it is kept in
# $FUZZ_ARTIFACTS (default build/fuzz/artifacts) for adding to the corpus once fixed.
# Extra libFuzzer options can be passed in $FUZZ_OPTIONS (e.g. FUZZ_OPTIONS=-jobs=2).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

seconds=${1:-60}
if ! [[ $seconds =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [SECONDS_PER_TARGET]" >&2
    exit 64
fi

targets=(catalog http_response_head certificate crl ocsp proxy_challenge pac_directive ca_file)
artifacts=${FUZZ_ARTIFACTS:-$here/build/fuzz/artifacts}

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$artifacts"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

failed=()
total_start=$SECONDS
for name in "${targets[@]}"; do
    corpus="$work/$name"
    mkdir -p "$corpus"
    cp -r tests/fuzz/corpus/"$name"/. "$corpus"/
    start=$SECONDS
    status=0
    # shellcheck disable=SC2086 # FUZZ_OPTIONS is a list of options
    build/fuzz/tests/fuzz/fuzz_"$name" "$corpus" -max_total_time="$seconds" -rss_limit_mb=2048 \
        -timeout=25 -print_final_stats=1 -artifact_prefix="$artifacts/${name}-" ${FUZZ_OPTIONS:-} \
        >"$work/$name.log" 2>&1 || status=$?
    elapsed=$((SECONDS - start))
    runs=$(grep -o '^stat::number_of_executed_units: *[0-9]*' "$work/$name.log" | grep -o '[0-9]*$' || true)
    if [ "$status" -eq 0 ]; then
        printf '%-20s ok      %4ds  %s runs\n' "$name" "$elapsed" "${runs:-?}"
    else
        printf '%-20s FAILED  %4ds  (exit %d)\n' "$name" "$elapsed" "$status"
        grep -E 'ERROR|runtime error|invariant broken|Test unit written|SUMMARY' "$work/$name.log" | head -20 || true
        cp "$work/$name.log" "$artifacts/$name.log"
        failed+=("$name")
    fi
done
printf 'total %ds for %d targets at %ds each\n' "$((SECONDS - total_start))" "${#targets[@]}" "$seconds"

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing failed: ${failed[*]} (inputs and logs in $artifacts)" >&2
    exit 1
fi
