#!/usr/bin/env bash
# Writes docs/screenshots/{en,ja}-<page>.png: the wizard's pages (welcome, services, network,
# run-progress, run, summary) in English and Japanese, from a run of the built-in catalog against
# loopback test servers only (every host is pinned to 127.0.0.1; nothing reaches the internet).
#
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default: build/gui; configured and built if needed)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-${root}/build/gui}"
out="${root}/docs/screenshots"

if [[ ! -f "${build}/build.ninja" && ! -f "${build}/Makefile" ]]; then
    cmake -S "${root}" -B "${build}" -G Ninja -DCMAKE_BUILD_TYPE=Debug
fi
cmake --build "${build}" --target cloudcheck-screenshots

mkdir -p "${out}"
# A fixed locale, no proxy and a throwaway HOME, so the pictures do not depend on this machine.
home="$(mktemp -d)"
trap 'rm -rf "${home}"' EXIT
env -u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY -u all_proxy -u ALL_PROXY \
    HOME="${home}" XDG_CONFIG_HOME="${home}/config" XDG_DATA_HOME="${home}/data" \
    LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1280x1024x24" "${build}/bin/cloudcheck-screenshots" "${out}"
