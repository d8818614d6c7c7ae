#!/usr/bin/env bash
# shellcheck shell=bash
# Sourced by the benchmarks: bench_release_cli REPO [CLI] prints the absolute path of the
# cloudcheck-cli to measure. Without CLI it builds a Release one in REPO/build/bench (no GUI, no
# tests) and exits 1 with the build log's tail when that fails.
bench_release_cli() {
    local repo=$1 cli=${2:-}
    if [[ -z $cli ]]; then
        local build="$repo/build/bench"
        echo "building cloudcheck-cli in $build (Release)..." >&2
        mkdir -p "$build"
        if ! { cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCLOUDCHECK_BUILD_GUI=OFF \
            -DCLOUDCHECK_BUILD_TESTS=OFF && cmake --build "$build" --target cloudcheck-cli; } >"$build/bench-build.log" 2>&1; then
            tail -n 30 "$build/bench-build.log" >&2
            echo "the build failed; full log: $build/bench-build.log" >&2
            exit 1
        fi
        cli="$build/bin/cloudcheck-cli"
    fi
    [[ -x $cli ]] || { echo "cloudcheck-cli not found or not executable: $cli" >&2; exit 1; }
    echo "$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")"
}
