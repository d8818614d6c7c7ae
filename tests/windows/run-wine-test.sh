#!/usr/bin/env bash
# Runs the Windows layer's test program (tests/windows/WindowsLayerTest.cpp, built with mingw-w64)
# under wine in a throwaway WINEPREFIX, then stops that prefix's wine server and deletes it.
#   run-wine-test.sh path/to/windows_layer_test.exe
# Exit 0: every check passed. 77: wine cannot run here and CI is not set (CTest shows "skipped").
# Under CI=true a wine that cannot run is a failure, never a skip.
set -uo pipefail

exe=${1:?usage: $0 windows_layer_test.exe}

# Wine's WinHttpGetDefaultProxyConfiguration falls back to $http_proxy; the test sets its own.
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY no_proxy NO_PROXY
# Headless: a console program needs no display, and wine must not try to open one.
unset DISPLAY WAYLAND_DISPLAY
export WINEDEBUG=-all
# No Mono or Gecko install prompts while the prefix is created.
export WINEDLLOVERRIDES="mscoree,mshtml="
export WINEARCH=win64

cannot_run() {
    echo "windows_layer_wine: $1" >&2
    if [ "${CI:-}" = "true" ]; then
        echo "windows_layer_wine: CI=true, so this is a failure (scripts/bootstrap.sh installs wine)" >&2
        exit 1
    fi
    exit 77
}

command -v wine >/dev/null || cannot_run "wine is not installed"
command -v wineserver >/dev/null || cannot_run "wineserver is not installed"
# Wine's NTLM (secur32, tested through SspiSession) runs Samba's ntlm_auth in client mode.
command -v ntlm_auth >/dev/null || cannot_run "ntlm_auth is not installed (Debian package winbind); wine's NTLM needs it"
[ -f "$exe" ] || { echo "windows_layer_wine: $exe not built" >&2; exit 1; }

prefix=$(mktemp -d "${TMPDIR:-/tmp}/cloudcheck-wine.XXXXXX")
export WINEPREFIX=$prefix
cleanup() {
    # Only this prefix's server: other wine users on the machine are left alone.
    WINEPREFIX=$prefix wineserver -k 2>/dev/null
    WINEPREFIX=$prefix timeout 30 wineserver -w 2>/dev/null
    rm -rf "$prefix"
}
trap cleanup EXIT

# Creating the prefix takes most of the time (about 15-60 s); bounded so a stuck wine cannot
# hold the suite. The program prints one line per check.
started=$SECONDS
timeout 240 wine "$exe"
status=$?
echo "windows_layer_wine: exit $status after $((SECONDS - started)) s"
case $status in
0) exit 0 ;;
124) cannot_run "wine did not finish within 240 s" ;;
1) exit 1 ;; # a check failed: the lines above say which
*) cannot_run "wine could not run the program (exit $status)" ;;
esac
