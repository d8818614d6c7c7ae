#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Lab test: the real cloudcheck-cli through squids that require proxy authentication (Debian's
# squid-openssl with its own auth helpers) and, for Negotiate, a throwaway MIT Kerberos KDC, all
# inside a network namespace that has only `lo`. The origin listens on 198.18.0.10:443 and :80;
# the catalog has one https address (open.proxy-lab.test:443) and one plain http address
# (plain.proxy-lab.test:80). The squids (tests/lab/squid-lab.sh, krb5-lab.sh):
#   basic 127.0.0.1:3140   digest 127.0.0.1:3141   ntlm 127.0.0.1:3142 (any password)
#   negotiate localhost:3143 (HTTP/localhost@CLOUDCHECK.LAB)   offers 127.0.0.1:3144 (Digest+Basic)
# The user is alice; the password (random per run) is only ever given in CLOUDCHECK_PROXY_PASSWORD.
# The scenarios and what each address must give:
#   basic, digest, offers: no credentials (connector, browser) -> PROXY_AUTH_REQUIRED, the proxy
#                                          step's proxyAuthenticate (or the message) names the
#                                          offered schemes: Basic / Digest / both
#   basic, digest, offers: alice + password, --profile browser -> pass
#   basic (default profile), digest (--profile connector), alice + password
#                                       -> PROXY_UNSUPPORTED_FOR_CONNECTOR
#   basic, digest: alice + a wrong password, --profile browser
#                                       -> PROXY_AUTH_FAILED, once: the run ends well inside two
#                                          timeouts, and squid logged at most two requests per
#                                          address (one without, one with credentials)
#   ntlm: alice + any password, --profile browser             -> pass (NTLM works)
#   negotiate: alice's ticket (KRB5_CONFIG, KRB5CCNAME), no --proxy-user, proxy
#              http://localhost:3143, --profile browser       -> pass
#   negotiate: the same with --profile connector              -> PROXY_UNSUPPORTED_FOR_CONNECTOR
# Secrecy, for every run given a password: neither the password, nor base64("alice:PASSWORD"),
# nor "Proxy-Authorization", nor an NTLM or SPNEGO token appears in stdout (json), the text and
# HTML reports, stderr (with --verbose) or anything under the run's HOME (the CLI's log file).
# Every report must validate against report-v1.schema.json.
#
# usage: test_proxy_auth.sh PATH/TO/cloudcheck-cli
# Exit status: 0 pass, 1 fail, 77 skip (not root, no namespaces, no nftables, no squid, no
# Kerberos KDC packages); under CI=true a skip is a failure. LAB_KEEP=1 keeps the temporary
# directory. tests/lab/verify_auth_squids.sh checks the same squids and KDC with curl alone.
set -euo pipefail

cli=${1:?usage: test_proxy_auth.sh PATH/TO/cloudcheck-cli}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
schema="$repo/resources/schema/report-v1.schema.json"
python=/usr/bin/python3
timeout_s=3
origin=198.18.0.10
realm=CLOUDCHECK.LAB

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
# shellcheck source=krb5-lab.sh
source "$here/krb5-lab.sh"

workdir=$(mktemp -d "${TMPDIR:-/tmp}/cloudcheck-auth.XXXXXX")
lab_user_cleanup() {
    squid_lab_stop
    krb5_lab_stop
    [[ -n ${LAB_KEEP:-} ]] && { echo "kept $workdir"; return; }
    rm -rf "$workdir"
}
trap lab_user_cleanup EXIT
lab_setup cloudcheck-auth
squid_lab_init "$workdir"
cd "$workdir"

# --- the origin, the KDC and the squids -----------------------------------------------------------
squid_lab_certificates open.proxy-lab.test plain.proxy-lab.test
squid_lab_origin "$origin"
squid_lab_hosts "$origin" open.proxy-lab.test plain.proxy-lab.test
krb5_lab_kdc "$workdir" "$realm"
krb5_lab_kinit
squid_lab_squid basic 3140 basic
squid_lab_squid digest 3141 digest
squid_lab_squid ntlm 3142 ntlm
squid_lab_squid negotiate 3143 negotiate
squid_lab_squid offers 3144 offers
password=$SQUID_LAB_PASSWORD
wrong="Wrong$(openssl rand -hex 6)"

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
    "catalogFormat": 1, "name": "CloudCheck proxy auth lab", "version": "lab-1", "date": "2026-01-01",
    "source": "https://example.invalid/lab",
    "services": [{"id": "lab", "name": text("Lab"), "description": text("Lab targets"),
                  "alwaysIncluded": True}],
    "entries": [entry("open", "https", 443), entry("plain", "http", 80, ())],
}
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump(catalog, f, indent=2)
PY

# --- the runs --------------------------------------------------------------------------------------
# Each run NAME leaves NAME.json (stdout), NAME.txt, NAME.html, NAME.err, NAME.status, NAME.wall
# (seconds), NAME.secret (the password it was given, if any) and NAME.access (the lines its
# squid logged during the run). Every run has its own HOME, so its log file is its own.
run_cli() { # NAME SQUID PASSWORD|- [ENV=VALUE...] -- ARGS...
    local name=$1 squid=$2 secret=$3 status=0 before=0 log
    shift 3
    local env=()
    while [[ $1 != -- ]]; do
        env+=("$1")
        shift
    done
    shift
    if [[ $secret != - ]]; then
        env+=("CLOUDCHECK_PROXY_PASSWORD=$secret")
        printf '%s\n' "$secret" >"$name.secret"
    fi
    log="$SQUID_LAB_DIR/logs/$squid-access.log"
    [[ -e $log ]] && before=$(wc -l <"$log")
    mkdir -p "home-$name"
    local started=$SECONDS
    lab_exec env -u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY -u all_proxy -u no_proxy \
        -u CLOUDCHECK_PROXY_PASSWORD -u KRB5_CONFIG -u KRB5CCNAME \
        HOME="$workdir/home-$name" XDG_CONFIG_HOME="$workdir/home-$name/config" \
        XDG_DATA_HOME="$workdir/home-$name/data" XDG_CACHE_HOME="$workdir/home-$name/cache" \
        "${env[@]}" "$cli" --catalog catalog.json --ca-file root.pem --timeout "$timeout_s" \
        --format json --lang en --no-color --verbose --output "$name.txt" --output "$name.html" "$@" \
        >"$name.json" 2>"$name.err" || status=$?
    echo "$name: exit $status in $((SECONDS - started)) s"
    echo "$status" >"$name.status"
    echo "$((SECONDS - started))" >"$name.wall"
    sleep 0.3 # squid writes a transaction's line when its connection closes
    if [[ -e $log ]]; then
        tail -n +"$((before + 1))" "$log" >"$name.access"
    else
        : >"$name.access"
    fi
}
user=(--proxy-user alice)
krb=(KRB5_CONFIG="$KRB5_LAB_CONF" KRB5CCNAME="$KRB5_LAB_CCACHE")

run_cli basic-none basic - -- --proxy http://127.0.0.1:3140
run_cli basic-none-browser basic - -- --proxy http://127.0.0.1:3140 --profile browser
run_cli digest-none digest - -- --proxy http://127.0.0.1:3141 --profile connector
run_cli offers-none offers - -- --proxy http://127.0.0.1:3144 --profile browser

run_cli basic-browser basic "$password" -- --proxy http://127.0.0.1:3140 "${user[@]}" --profile browser
run_cli digest-browser digest "$password" -- --proxy http://127.0.0.1:3141 "${user[@]}" --profile browser
run_cli offers-browser offers "$password" -- --proxy http://127.0.0.1:3144 "${user[@]}" --profile browser
run_cli basic-connector basic "$password" -- --proxy http://127.0.0.1:3140 "${user[@]}"
run_cli digest-connector digest "$password" -- --proxy http://127.0.0.1:3141 "${user[@]}" --profile connector

run_cli basic-wrong basic "$wrong" -- --proxy http://127.0.0.1:3140 "${user[@]}" --profile browser
run_cli digest-wrong digest "$wrong" -- --proxy http://127.0.0.1:3141 "${user[@]}" --profile browser

run_cli ntlm-browser ntlm "$password" -- --proxy http://127.0.0.1:3142 "${user[@]}" --profile browser

run_cli negotiate-browser negotiate - "${krb[@]}" -- --proxy http://localhost:3143 --profile browser
run_cli negotiate-connector negotiate - "${krb[@]}" -- --proxy http://localhost:3143 --profile connector

squid_lab_stop
krb5_lab_stop
"$python" "$here/check_auth_reports.py" "$workdir" "$schema" "$((timeout_s * 1000))" alice
echo "PASS: proxy authentication scenarios"
