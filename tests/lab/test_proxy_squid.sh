#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Lab test: the real cloudcheck-cli through a real squid (Debian's squid-openssl), inside a
# throwaway network namespace that has only `lo`. The origin servers listen on 198.18.0.10:443 and
# :80 (the benchmarking range, made local inside the namespace); squid finds them through its own
# hosts_file and never asks a DNS server. The scenarios and what each must give:
#   direct, no proxy                      -> fails (the names resolve only on the proxy)
#   open proxy (manual)                   -> passes; route "proxy", source "manual"
#   the same proxy from https_proxy       -> passes; source "environment", origin "https_proxy"
#   a no_proxy entry                      -> that address goes direct ("bypassRule")
#   the proxy denies one domain by policy -> PROXY_DENIED quoting "403" and X-Squid-Error
#   plain http denied by policy           -> HTTP_UNEXPECTED quoting squid's error page headers
#   an ssl-bump proxy re-signing          -> TLS_INTERCEPTED naming the inspection CA
#   a port where nothing listens          -> PROXY_UNREACHABLE, named once in "what to fix first"
#   the proxy port silently dropped       -> PROXY_UNREACHABLE (timeout), the run ends in ~1 timeout
#   --compare-direct, run direct with a browser proxy in https_proxy
#                                         -> each failing address says direct is blocked and the
#                                            proxy works (alternatePath compare_direct, pass)
#   --compare-direct through the proxy    -> the denied address: the proxy fails, direct fails too
#   --compare-direct direct, no proxy set -> "No other path to compare"
#   --hold-tunnel 8 through a squid with read_timeout 3 s
#                                         -> PROXY_TUNNEL_CUT on open.proxy-lab.test, cut after ~3-5 s;
#                                            the run ends when the tunnel is cut, not after 8 s
#   --hold-tunnel 3 through the open squid -> held 3 s, no finding; the run lasts about 3 s
# Every report must validate against report-v1.schema.json.
#
# usage: test_proxy_squid.sh PATH/TO/cloudcheck-cli
# Exit status: 0 pass, 1 fail, 77 skip (not root, no namespaces, no nftables, no squid); under
# CI=true a skip is a failure. LAB_KEEP=1 keeps the temporary directory.
set -euo pipefail

cli=${1:?usage: test_proxy_squid.sh PATH/TO/cloudcheck-cli}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
schema="$repo/resources/schema/report-v1.schema.json"
python=/usr/bin/python3
timeout_s=3
origin=198.18.0.10

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

[[ -x $cli ]] || fail "cloudcheck-cli not found or not executable: $cli"
"$python" -c 'import jsonschema' 2>/dev/null || fail "python3-jsonschema is missing"

# shellcheck source=netns-lab.sh
source "$here/netns-lab.sh"
# shellcheck source=squid-lab.sh
source "$here/squid-lab.sh"

workdir=$(mktemp -d "${TMPDIR:-/tmp}/cloudcheck-squid.XXXXXX")
lab_user_cleanup() {
    squid_lab_stop
    [[ -n ${LAB_KEEP:-} ]] && { echo "kept $workdir"; return; }
    rm -rf "$workdir"
}
trap lab_user_cleanup EXIT
lab_setup cloudcheck-squid
squid_lab_init "$workdir"
cd "$workdir"

# --- the origin, and squid: an open proxy with two domains denied, and an ssl-bump proxy ------
squid_lab_certificates open.proxy-lab.test denied.proxy-lab.test bypass.proxy-lab.test
squid_lab_origin "$origin"
squid_lab_hosts "$origin" open.proxy-lab.test denied.proxy-lab.test bypass.proxy-lab.test \
    crl.proxy-lab.test crl-denied.proxy-lab.test
SQUID_LAB_DENIED="denied.proxy-lab.test crl-denied.proxy-lab.test"
squid_lab_squid open 3128
squid_lab_squid bump 3129 bump
SQUID_LAB_READ_TIMEOUT=3 squid_lab_squid shortread 3131 shortread

# The silently dropped proxy port.
cat >rules.nft <<'EOF2'
table inet cloudcheck_squid {
    chain input {
        type filter hook input priority 0; policy accept;
        ip daddr 127.0.0.1 tcp dport 3130 drop
    }
}
EOF2
lab_load_rules rules.nft

# --- the catalog ---------------------------------------------------------------------------------
"$python" - catalog.json <<'PY'
import json, sys

def text(s):
    return {"en": s, "ja": s}

def entry(name, scheme, port, issuers=("DigiCert Inc",)):
    return {
        "id": "lab-" + name, "services": ["lab"], "pattern": f"{scheme}://{name}.proxy-lab.test",
        "hosts": [f"{name}.proxy-lab.test"], "scheme": scheme, "port": port,
        "purpose": text(f"lab target {name}"), "level": "required", "confidence": "documented",
        "source": "https://example.invalid/lab", "expectedIssuers": list(issuers), "links": [],
    }

catalog = {
    "catalogFormat": 1, "name": "CloudCheck proxy lab", "version": "lab-1", "date": "2026-01-01",
    "source": "https://example.invalid/lab",
    "services": [{"id": "lab", "name": text("Lab"), "description": text("Lab targets"),
                  "alwaysIncluded": True}],
    "entries": [entry("open", "https", 443), entry("denied", "https", 443), entry("bypass", "https", 443),
                entry("crl", "http", 80, ()), entry("crl-denied", "http", 80, ())],
}
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump(catalog, f, indent=2)
PY

# --- the runs --------------------------------------------------------------------------------------
mkdir -p home
run_cli() { # NAME [ENV=VALUE...] -- ARGS...
    local name=$1 status=0
    shift
    local env=()
    while [[ $1 != -- ]]; do
        env+=("$1")
        shift
    done
    shift
    local started=$SECONDS
    lab_exec env -u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY -u all_proxy -u no_proxy \
        HOME="$workdir/home" XDG_CONFIG_HOME="$workdir/home/config" XDG_DATA_HOME="$workdir/home/data" \
        "${env[@]}" "$cli" --catalog catalog.json --ca-file root.pem --timeout "$timeout_s" \
        --format json --lang en --no-color --output "$name.txt" "$@" >"$name.json" 2>"$name.err" || status=$?
    echo "$name: exit $status in $((SECONDS - started)) s"
    echo "$status" >"$name.status"
}
run_cli direct -- --proxy none
run_cli open -- --proxy http://127.0.0.1:3128
run_cli environment https_proxy=http://127.0.0.1:3128 http_proxy=http://127.0.0.1:3128 \
    no_proxy=.bypass.proxy-lab.test,localhost -- --proxy system --resolve bypass.proxy-lab.test:$origin
run_cli bump -- --proxy http://127.0.0.1:3129
run_cli nothing -- --proxy http://127.0.0.1:3999
run_cli dropped -- --proxy http://127.0.0.1:3130
run_cli compare-direct https_proxy=http://127.0.0.1:3128 http_proxy=http://127.0.0.1:3128 -- \
    --proxy none --compare-direct
run_cli compare-proxy -- --proxy http://127.0.0.1:3128 --compare-direct
run_cli compare-nothing -- --proxy none --compare-direct
run_cli hold-cut -- --proxy http://127.0.0.1:3131 --hold-tunnel 8
run_cli hold-kept -- --proxy http://127.0.0.1:3128 --hold-tunnel 3

"$python" "$here/check_proxy_reports.py" "$workdir" "$schema" "$((timeout_s * 1000))"
echo "PASS: squid proxy scenarios"
