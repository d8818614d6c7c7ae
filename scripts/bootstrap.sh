#!/usr/bin/env bash
# The two commands the README promises, on a fresh Debian 12 machine:
#   scripts/bootstrap.sh run    install what is missing, build, start the app
#   scripts/bootstrap.sh test   install what is missing, build, run every test
#   scripts/bootstrap.sh sanitize   the same suite under ASan/UBSan (CI runs it too)
#   scripts/bootstrap.sh tsan       the threaded engine tests under ThreadSanitizer (CI runs it too)
# Extra arguments after `run` go to the program.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev libqt6svg6 qt6-qpa-plugins libgl-dev
    libspdlog-dev libfmt-dev libssl-dev
    # Proxy sign-in: GSSAPI for Negotiate (Kerberos) and its NTLM mechanism
    libkrb5-dev gss-ntlmssp
    qt6-declarative-dev  # QJSEngine for the PAC helper, app/pac
    clang-format python3 python3-jsonschema python3-cryptography
    clang libclang-rt-14-dev  # the fuzz preset: clang++ and libFuzzer's runtime (scripts/fuzz.sh)
    xvfb xauth imagemagick fonts-noto-cjk
    iproute2 nftables
    squid-openssl openssl curl
    # The proxy-auth lab's throwaway KDC (tests/lab/krb5-lab.sh) runs on its own files only. The
    # packages enable krb5-kdc/krb5-admin-server units that fail harmlessly without a database and
    # write a stock /etc/krb5.conf (realm ATHENA.MIT.EDU) if there is none; the lab never reads it.
    krb5-kdc krb5-admin-server krb5-user
    chromium poppler-utils
    # The Windows layer: cross-compiled with mingw-w64 and tested under wine (windows_layer_wine,
    # tests/windows/run-wine-test.sh); wine64 runs the 64-bit test program without a 32-bit wine.
    g++-mingw-w64-x86-64-posix wine wine64
    # Wine's NTLM runs Samba's ntlm_auth in client mode (the SSPI checks of windows_layer_wine);
    # only that program is used: winbindd is never started or configured.
    winbind
)

install_dependencies() {
    local missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

preset_for_tests() {
    # Lab tests build network namespaces and nftables rules, which needs root.
    if [ "$(id -u)" -eq 0 ] && command -v ip >/dev/null && command -v nft >/dev/null; then
        echo ci
    else
        echo dev
    fi
}

# Prints how long a step took (CI reads these to keep within its budget).
timed() {
    local started=$SECONDS
    "$@"
    echo "--- $* took $((SECONDS - started)) s"
}

command=${1:-}
shift || true
case "$command" in
run)
    install_dependencies
    cmake --preset release >/dev/null
    cmake --build --preset release
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x build/release/bin/cloudcheck ]; then
        exec build/release/bin/cloudcheck "$@"
    fi
    exec build/release/bin/cloudcheck-cli "$@"
    ;;
test)
    install_dependencies
    preset=$(preset_for_tests)
    cmake --preset "$preset" >/dev/null
    timed cmake --build --preset "$preset"
    timed cmake --build --preset "$preset" --target format-check
    timed ctest --preset "$preset" --output-on-failure
    ;;
sanitize)
    # The whole suite again under AddressSanitizer, LeakSanitizer and UBSan; CI runs it after `test`.
    install_dependencies
    cmake --preset asan >/dev/null
    timed cmake --build --preset asan
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
        timed ctest --preset asan --output-on-failure
    ;;
tsan)
    # The engine tests whose code crosses threads (the worker and its relays, a translator swapped
    # mid-run, the proxy step's lookups, revocation) under ThreadSanitizer with tests/tsan.supp (the
    # test preset sets TSAN_OPTIONS). Which tests and why: docs/decisions.md, ThreadSanitizer.
    install_dependencies
    cmake --preset tsan >/dev/null
    timed cmake --build --preset tsan
    timed ctest --preset tsan --output-on-failure
    ;;
*)
    echo "usage: $0 run [program arguments...] | test | sanitize | tsan" >&2
    exit 64
    ;;
esac
