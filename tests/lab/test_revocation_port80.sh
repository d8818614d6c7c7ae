#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Lab test: certificate revocation over port 80, the way a customer's network treats it, with the
# real cloudcheck-cli inside a throwaway network namespace:
#   open       a CA (revocation_origin.py) serves the CRLs and its certificate: everything passes,
#              and the CA's own hosts are checked at the URLs the service's chain names
#   revoked    the CA lists the service's leaf on its CRL: CERT_REVOKED, in about a second
#   dropped    nftables drops TCP 80 to the CA: REVOCATION_UNREACHABLE naming the hosts, and the
#              run ends in about one timeout, not one per address
#   proxy      the same through a real squid: passes, each download through the proxy
#   denied     squid's policy denies the CRL host: REVOCATION_INVALID quoting squid's answer
# Every address is in 198.18.0.0/15, local inside the namespace; nothing leaves it.
#
# usage: test_revocation_port80.sh PATH/TO/cloudcheck-cli
# Exit status: 0 pass, 1 fail, 77 skip (not root, no namespaces, no nftables or squid); under
# CI=true a skip is a failure (netns-lab.sh).
set -euo pipefail

cli=${1:?usage: test_revocation_port80.sh PATH/TO/cloudcheck-cli}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
python=/usr/bin/python3
timeout_s=3
authority=198.18.0.10 # the CA's port 80, and the service's 443
revoking=198.18.0.20  # the same CA, with the service's leaf revoked

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

[[ -x $cli ]] || fail "cloudcheck-cli not found or not executable: $cli"
cli=$(readlink -f "$cli") # the runs happen in the work directory
"$python" -c 'import cryptography' 2>/dev/null || fail "python3-cryptography is missing"

# shellcheck source=netns-lab.sh
source "$here/netns-lab.sh"
# shellcheck source=squid-lab.sh
source "$here/squid-lab.sh"

workdir=$(mktemp -d "${TMPDIR:-/tmp}/cloudcheck-revocation.XXXXXX")
lab_user_cleanup() {
    squid_lab_stop
    [[ -n ${LAB_KEEP:-} ]] && { echo "kept $workdir"; return; }
    rm -rf "$workdir"
}
trap lab_user_cleanup EXIT
lab_setup cloudcheck-rev80
squid_lab_init "$workdir"
cd "$workdir"

start_origin() { # ADDRESS [--revoke]
    local address=$1 ready="$workdir/origin-$1.ready"
    shift
    lab_spawn "$python" "$here/revocation_origin.py" "$workdir" "$address" "$ready" "$@"
    for _ in $(seq 100); do
        [[ -e $ready ]] && return 0
        sleep 0.1
    done
    fail "the revocation origin did not start on $1"
}
# Each origin makes its own PKI; the revoking one starts first so root.pem is the serving one's.
start_origin "$revoking" --revoke
mv root.pem root-revoking.pem
start_origin "$authority"

hosts=(service.revocation-lab.test crl.revocation-lab.test certs.revocation-lab.test)
squid_lab_hosts "$authority" "${hosts[@]}"
squid_lab_squid open 3128
SQUID_LAB_DENIED="crl.revocation-lab.test" squid_lab_squid denied 3129

"$python" - catalog.json <<'PY'
import json, sys

def text(s):
    return {"en": s, "ja": s}

def entry(name, scheme, port, **extra):
    host = f"{name}.revocation-lab.test"
    return {"id": "lab-" + name, "services": ["lab"], "pattern": f"{scheme}://{host}", "hosts": [host],
            "scheme": scheme, "port": port, "purpose": text(f"lab target {name}"), "level": "required",
            "confidence": "documented", "source": "https://example.invalid/lab", **extra}

catalog = {
    "catalogFormat": 1, "name": "CloudCheck revocation lab", "version": "lab-1", "date": "2026-11-30",
    "source": "https://example.invalid/lab",
    "services": [{"id": "lab", "name": text("Lab"), "description": text("Lab"), "alwaysIncluded": True}],
    "entries": [
        entry("service", "https", 443, expectedIssuers=["DigiCert Inc"]),
        entry("crl", "http", 80, serves="crl", sampleUrls=["http://crl.revocation-lab.test/root.crl"]),
        entry("certs", "http", 80, serves="ca_issuers", sampleUrls=["http://certs.revocation-lab.test/ca.crt"]),
    ],
}
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump(catalog, f, indent=2)
PY

mkdir -p home
run_cli() { # NAME ROOT ADDRESS ARGS...
    local name=$1 root=$2 address=$3 status=0 pins=()
    shift 3
    for host in "${hosts[@]}"; do
        pins+=(--resolve "$host:$address")
    done
    local started
    started=$(date +%s%N)
    lab_exec env -u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY -u all_proxy -u no_proxy \
        HOME="$workdir/home" XDG_CONFIG_HOME="$workdir/home/config" "$cli" --catalog catalog.json \
        --ca-file "$root" --timeout "$timeout_s" --format json --lang en --no-color "${pins[@]}" "$@" \
        >"$name.json" 2>"$name.err" || status=$?
    echo $((($(date +%s%N) - started) / 1000000)) >"$name.ms"
    echo "$status" >"$name.status"
    echo "$name: exit $status in $(cat "$name.ms") ms"
}
run_cli open root.pem "$authority" --proxy none
run_cli revoked root-revoking.pem "$revoking" --proxy none
run_cli proxy root.pem "$authority" --proxy http://127.0.0.1:3128
run_cli denied root.pem "$authority" --proxy http://127.0.0.1:3129
cat >rules.nft <<EOF2
table inet cloudcheck_rev80 {
    chain input {
        type filter hook input priority 0; policy accept;
        ip daddr $authority tcp dport 80 drop
    }
}
EOF2
lab_load_rules rules.nft
run_cli dropped root.pem "$authority" --proxy none

"$python" - "$timeout_s" <<'PY'
import json, sys

timeout_ms = int(sys.argv[1]) * 1000
failures = []

def check(condition, message):
    if not condition:
        failures.append(message)

def load(name):
    with open(f"{name}.json", encoding="utf-8") as f:
        report = json.load(f)
    return report, int(open(f"{name}.status").read()), int(open(f"{name}.ms").read())

def target(report, host):
    return next(t for t in report["targets"] if t["host"] == host)

def step(t, name):
    return next((s for s in t["steps"] if s["step"] == name), None)

def codes(t):
    return [f["code"] for f in t["findings"]]

SERVICE, CRL, CERTS = (f"{n}.revocation-lab.test" for n in ("service", "crl", "certs"))

report, status, ms = load("open")
check(status == 0, f"open: exit {status}")
for host in (SERVICE, CRL, CERTS):
    check(target(report, host)["verdict"] == "pass", f"open: {host} {target(report, host)['verdict']} {codes(target(report, host))}")
crl_check = step(target(report, CRL), "revocation")["details"]["checks"][0]
check(crl_check["url"] == "http://crl.revocation-lab.test/ca.crl" and not crl_check["sample"],
      f"open: the CRL host asked {crl_check['url']} (sample {crl_check['sample']})")
check(crl_check.get("shared") is True, "open: the CRL download was not shared with the service's check")

report, status, ms = load("revoked")
service = target(report, SERVICE)
check(status == 2 and "CERT_REVOKED" in codes(service), f"revoked: exit {status}, {codes(service)}")
check(ms < 2000, f"revoked: took {ms} ms")

report, status, ms = load("proxy")
check(status == 0, f"proxy: exit {status}")
for host in (SERVICE, CRL, CERTS):
    t = target(report, host)
    check(t["verdict"] == "pass", f"proxy: {host} {t['verdict']} {codes(t)}")
    checks = step(t, "revocation")["details"]["checks"]
    check(all(c.get("viaProxy") == "127.0.0.1:3128" for c in checks), f"proxy: {host} not through squid: {checks}")

report, status, ms = load("denied")
check(status == 2, f"denied: exit {status}")
for host in (SERVICE, CRL):
    t = target(report, host)
    check("REVOCATION_INVALID" in codes(t), f"denied: {host} {codes(t)}")
    message = next(f["message"] for f in t["findings"] if f["code"] == "REVOCATION_INVALID") if "REVOCATION_INVALID" in codes(t) else ""
    check("ERR_ACCESS_DENIED" in message or "403" in message, f"denied: {host} does not quote squid: {message}")
check(target(report, CERTS)["verdict"] == "pass", f"denied: certs {codes(target(report, CERTS))}")

report, status, ms = load("dropped")
check(status == 2, f"dropped: exit {status}")
for host in (SERVICE, CRL, CERTS):
    t = target(report, host)
    check("REVOCATION_UNREACHABLE" in codes(t), f"dropped: {host} {codes(t)}")
service = target(report, SERVICE)
fix = next((f["remediation"] for f in service["findings"] if f["code"] == "REVOCATION_UNREACHABLE"), "")
check("crl.revocation-lab.test" in fix, f"dropped: the fix does not name the CRL host: {fix}")
# One timeout for the run: the CA hosts share the service's downloads, the CA certificate was
# fetched as soon as the chain named it (decision 40).
check(ms < timeout_ms + 1500, f"dropped: took {ms} ms with a {timeout_ms} ms timeout")

if failures:
    print("\n".join("FAIL: " + f for f in failures), file=sys.stderr)
    sys.exit(1)
print("revocation lab: all scenarios as expected")
PY
