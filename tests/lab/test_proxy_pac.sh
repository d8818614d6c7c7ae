#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Lab test: the real cloudcheck-cli with PAC scripts (--proxy pac:URL) and a real squid, inside a
# throwaway network namespace that has only `lo`. The origin answers on 198.18.0.10:443; squid
# (127.0.0.1:3128) finds it through its own hosts_file, and direct the name does not resolve, as on
# a site that reaches the internet only through its proxy. Scripts are served over http from
# 127.0.0.1:8081 inside the namespace, or read from file: URLs. The scenarios and what each gives:
#   PAC -> PROXY squid, --profile browser        -> pass; route source "pac", pacReturned quoted
#   the same PAC, --profile connector            -> PROXY_UNSUPPORTED_FOR_CONNECTOR: the Connector's
#                                                   own path (direct) fails, the PAC's path passes
#                                                   (alternatePath pac_for_connector, verdict pass)
#   PROXY dead; PROXY squid (failover), browser  -> pass through squid; triedBefore names the dead one
#   SOCKS5 only, browser                         -> PROXY_UNSUPPORTED_FOR_CONNECTOR (pac_unsupported)
#   broken scripts: syntax error, exception, endless loop, memory bomb, a 10 MB file, a number
#   returned, a 404 for the script            -> PROXY_PAC_FAILED, each run ending within
#                                                   3 x timeout + 5 s, never hanging or crashing
# Every report must validate against report-v1.schema.json.
#
# usage: test_proxy_pac.sh PATH/TO/cloudcheck-cli   (cloudcheck-pac must sit beside it)
# Exit status: 0 pass, 1 fail, 77 skip (not root, no namespaces, no nftables, no squid); under
# CI=true a skip is a failure. LAB_KEEP=1 keeps the temporary directory.
set -euo pipefail

cli=${1:?usage: test_proxy_pac.sh PATH/TO/cloudcheck-cli}
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
[[ -x $(dirname "$cli")/cloudcheck-pac ]] || fail "cloudcheck-pac is not beside $cli"
"$python" -c 'import jsonschema' 2>/dev/null || fail "python3-jsonschema is missing"

# shellcheck source=netns-lab.sh
source "$here/netns-lab.sh"
# shellcheck source=squid-lab.sh
source "$here/squid-lab.sh"

workdir=$(mktemp -d "${TMPDIR:-/tmp}/cloudcheck-pac.XXXXXX")
lab_user_cleanup() {
    squid_lab_stop
    [[ -n ${LAB_KEEP:-} ]] && { echo "kept $workdir"; return; }
    rm -rf "$workdir"
}
trap lab_user_cleanup EXIT
lab_setup cloudcheck-pac
squid_lab_init "$workdir"
cd "$workdir"

squid_lab_certificates open.proxy-lab.test
squid_lab_origin "$origin"
squid_lab_hosts "$origin" open.proxy-lab.test
squid_lab_squid open 3128

# --- the scripts ---------------------------------------------------------------------------------
mkdir -p pac
pac() { # NAME BODY-OF-FindProxyForURL
    printf 'function FindProxyForURL(url, host) {\n%s\n}\n' "$2" >"pac/$1.pac"
}
pac squid 'if (dnsDomainIs(host, ".proxy-lab.test")) return "PROXY 127.0.0.1:3128"; return "DIRECT";'
pac failover 'return "PROXY 127.0.0.1:3999; PROXY 127.0.0.1:3128";'
pac socks 'return "SOCKS5 127.0.0.1:1080";'
pac exception 'throw new Error("pac exploded");'
pac loop 'while (true) {}'
pac bomb 'var a = []; while (true) a.push(new Array(1000000).join("x"));'
pac number 'return 42;'
printf 'function FindProxyForURL(url, host) {\n  return "DIRECT"\n' >pac/syntax.pac
"$python" -c 'import sys; open(sys.argv[1], "w").write("// padding\n" * (10 * 1024 * 1024 // 11) + "function FindProxyForURL(u, h) { return \"DIRECT\"; }\n")' pac/huge.pac
chmod -R a+rX pac
lab_spawn bash -c "exec $python -m http.server 8081 --bind 127.0.0.1 --directory '$workdir/pac' >'$workdir/pac-server.log' 2>&1"
for _ in $(seq 50); do
    lab_exec bash -c 'exec 3<>/dev/tcp/127.0.0.1/8081' 2>/dev/null && break
    sleep 0.1
done

"$python" - catalog.json <<'PY'
import json, sys

def text(s):
    return {"en": s, "ja": s}

catalog = {
    "catalogFormat": 1, "name": "CloudCheck PAC lab", "version": "lab-1", "date": "2026-01-01",
    "source": "https://example.invalid/lab",
    "services": [{"id": "lab", "name": text("Lab"), "description": text("Lab targets"), "alwaysIncluded": True}],
    "entries": [{
        "id": "lab-open", "services": ["lab"], "pattern": "https://open.proxy-lab.test",
        "hosts": ["open.proxy-lab.test"], "scheme": "https", "port": 443, "purpose": text("lab target"),
        "level": "required", "confidence": "documented", "source": "https://example.invalid/lab",
        "expectedIssuers": ["DigiCert Inc"], "links": [],
    }],
}
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump(catalog, f, indent=2)
PY

# --- the runs --------------------------------------------------------------------------------------
mkdir -p home
run_cli() { # NAME PAC-URL PROFILE
    local name=$1 url=$2 profile=$3 status=0 started=$SECONDS
    lab_exec env -u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY -u all_proxy -u no_proxy \
        HOME="$workdir/home" XDG_CONFIG_HOME="$workdir/home/config" XDG_DATA_HOME="$workdir/home/data" \
        "$cli" --catalog catalog.json --ca-file root.pem --timeout "$timeout_s" --format json --lang en \
        --no-color --output "$name.txt" --proxy "pac:$url" --profile "$profile" >"$name.json" \
        2>"$name.err" || status=$?
    echo "$name: exit $status in $((SECONDS - started)) s"
    echo "$status $((SECONDS - started))" >"$name.status"
}
http=http://127.0.0.1:8081
run_cli squid-browser "$http/squid.pac" browser
run_cli squid-connector "$http/squid.pac" connector
run_cli failover-browser "file://$workdir/pac/failover.pac" browser
run_cli socks-browser "file://$workdir/pac/socks.pac" browser
for broken in syntax exception loop bomb number; do
    run_cli "$broken" "file://$workdir/pac/$broken.pac" browser
done
run_cli huge "$http/huge.pac" browser
run_cli missing "$http/missing.pac" browser

"$python" - "$workdir" "$schema" "$timeout_s" <<'PY'
import json, os, sys
import jsonschema

workdir, schema_path, timeout_s = sys.argv[1], sys.argv[2], int(sys.argv[3])
schema = json.load(open(schema_path))
problems = []

def load(name):
    status, seconds = open(os.path.join(workdir, name + ".status")).read().split()
    try:
        report = json.load(open(os.path.join(workdir, name + ".json")))
    except ValueError as error:
        problems.append(f"{name}: exit {status}, stdout is not JSON ({error}); stderr: "
                        + open(os.path.join(workdir, name + ".err")).read()[-600:])
        return None, int(status), int(seconds)
    try:
        jsonschema.validate(report, schema)
    except jsonschema.ValidationError as error:
        problems.append(f"{name}: the report does not match the schema: {error.message}")
    return report["targets"][0], int(status), int(seconds)

def codes(target):
    return [f["code"] for f in target["findings"]]

target, status, _ = load("squid-browser")
if target:
    if target["verdict"] != "pass" or status != 0:
        problems.append(f"squid-browser: {target['verdict']} {codes(target)}, exit {status}, expected a pass")
    route = target["route"]
    if route.get("source") != "pac" or route.get("proxy") != "127.0.0.1:3128" \
            or route.get("pacReturned") != "PROXY 127.0.0.1:3128":
        problems.append(f"squid-browser: route {route}, expected the PAC's squid and its answer quoted")

target, status, _ = load("squid-connector")
if target:
    if codes(target).count("PROXY_UNSUPPORTED_FOR_CONNECTOR") != 1 or target["verdict"] != "fail":
        problems.append(f"squid-connector: {target['verdict']} {codes(target)}, expected PROXY_UNSUPPORTED_FOR_CONNECTOR")
    other = target.get("alternatePath")
    if not other or other["purpose"] != "pac_for_connector" or other["verdict"] != "pass" \
            or other["route"].get("source") != "pac":
        problems.append(f"squid-connector: alternatePath {other}, expected the PAC's path passing")
    if target["route"].get("kind") != "direct":
        problems.append(f"squid-connector: the Connector's own path should be direct, got {target['route']}")
    if "only the path that the pac script" not in " ".join(f["message"].lower() for f in target["findings"]):
        problems.append(f"squid-connector: the finding does not say only the PAC's path works: {target['findings']}")

target, status, _ = load("failover-browser")
if target:
    route = target["route"]
    if target["verdict"] != "pass":
        problems.append(f"failover-browser: {target['verdict']} {codes(target)}, expected a pass through the second proxy")
    if route.get("proxy") != "127.0.0.1:3128" or not route.get("triedBefore", [""])[0].startswith("127.0.0.1:3999"):
        problems.append(f"failover-browser: route {route}, expected 127.0.0.1:3128 after 127.0.0.1:3999")

target, status, _ = load("socks-browser")
if target:
    if codes(target) != ["PROXY_UNSUPPORTED_FOR_CONNECTOR"] or not target["route"].get("problem", "").startswith("pac_unsupported"):
        problems.append(f"socks-browser: {codes(target)} route {target['route']}, expected SOCKS reported unsupported")

for name in ("syntax", "exception", "loop", "bomb", "number", "huge", "missing"):
    target, status, seconds = load(name)
    if not target:
        continue
    if codes(target) != ["PROXY_PAC_FAILED"] or status != 2:
        problems.append(f"{name}: {codes(target)} exit {status}, expected PROXY_PAC_FAILED and exit 2")
    if seconds > 3 * timeout_s + 5:
        problems.append(f"{name}: took {seconds} s, more than 3 x timeout + 5 s")

for problem in problems:
    print("FAIL:", problem)
print(f"check_pac_reports: {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
PY
echo "PASS: PAC scenarios"
