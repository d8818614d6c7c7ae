#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Lab test: the real cloudcheck-cli against ports that nftables drops or rejects, inside a
# throwaway network namespace. Proves end to end that the TCP outcomes are told apart:
#   silently dropped (input drop)          -> TCP_TIMEOUT, after about the timeout
#   reject with tcp reset                  -> TCP_REFUSED, at once
#   reject with icmp host-unreachable      -> TCP_UNREACHABLE, well before the timeout (~2 s on lo)
#   reject with icmp admin-prohibited      -> TCP_UNREACHABLE, likewise
#   UDP 443 dropped                        -> udp step fails, UDP_BLOCKED (a warning)
# and that the run exits 2 with a JSON report valid against report-v1.schema.json.
#
# A listener answers on TCP and UDP 443 on every loopback address inside the namespace, and two
# control targets with no rule pass their tcp / udp step, so each failure above is caused by its
# rule, not by an empty port. All traffic stays on 127.0.0.0/8 inside the namespace.
#
# usage: test_drop_and_reject.sh PATH/TO/cloudcheck-cli
# Exit status: 0 pass, 1 fail, 77 skip (not root, no network namespaces, no nftables).
# LAB_KEEP=1 keeps the temporary directory (catalog, ruleset, reports) for inspection.
set -euo pipefail

cli=${1:?usage: test_drop_and_reject.sh PATH/TO/cloudcheck-cli}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
schema="$repo/resources/schema/report-v1.schema.json"
python=/usr/bin/python3
timeout_s=5 # admin-prohibited ICMP arrives with the third SYN, about 3 s in: keep it clear of the timeout

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

[[ -x $cli ]] || fail "cloudcheck-cli not found or not executable: $cli"
[[ -r $schema ]] || fail "report schema not found: $schema"
[[ -x $python ]] || fail "$python is missing (apt-get install -y python3)"
"$python" -c 'import jsonschema' 2>/dev/null ||
    fail "python3-jsonschema is missing (apt-get install -y python3-jsonschema)"

# shellcheck source=netns-lab.sh
source "$here/netns-lab.sh"

workdir=$(mktemp -d "${TMPDIR:-/tmp}/cloudcheck-lab.XXXXXX")
lab_user_cleanup() {
    [[ -n ${LAB_KEEP:-} ]] && { echo "kept $workdir"; return; }
    rm -rf "$workdir"
}
trap lab_user_cleanup EXIT # replaced by lab_setup's trap, which calls lab_user_cleanup too
lab_setup cloudcheck-lab

# --- the network: one rule per outcome -----------------------------------------------------
cat >"$workdir/rules.nft" <<'EOF'
table inet cloudcheck_lab {
    chain input {
        type filter hook input priority 0; policy accept;
        ip daddr 127.0.0.2 tcp dport 443 drop
        ip daddr 127.0.0.3 tcp dport 443 reject with tcp reset
        ip daddr 127.0.0.4 tcp dport 443 reject with icmp type host-unreachable
        ip daddr 127.0.0.5 tcp dport 443 reject with icmp type admin-prohibited
        ip daddr 127.0.0.7 udp dport 443 drop
    }
}
EOF
lab_load_rules "$workdir/rules.nft"

# host -> pinned address; 127.0.0.6 and 127.0.0.8 have no rule (the controls).
declare -A address=(
    [dropped.lab.test]=127.0.0.2
    [reset.lab.test]=127.0.0.3
    [unreachable.lab.test]=127.0.0.4
    [prohibited.lab.test]=127.0.0.5
    [open.lab.test]=127.0.0.6
    [udp-dropped.lab.test]=127.0.0.7
    [udp-open.lab.test]=127.0.0.8
)

# --- the catalog (docs/catalog-format.md) -----------------------------------------------------
"$python" - "$workdir/catalog.json" <<'PY'
import json, sys

def text(s):
    return {"en": s, "ja": s}

def entry(name, scheme, level):
    return {
        "id": "lab-" + name, "services": ["lab"], "pattern": f"{scheme}://{name}.lab.test",
        "hosts": [f"{name}.lab.test"], "scheme": scheme, "port": 443,
        "purpose": text(f"lab target {name}"), "level": level, "confidence": "documented",
        "source": "https://example.invalid/lab", "expectedIssuers": [], "links": [],
    }

catalog = {
    "catalogFormat": 1, "name": "CloudCheck lab", "version": "lab-1", "date": "2026-01-01",
    "source": "https://example.invalid/lab",
    "services": [{"id": "lab", "name": text("Lab"), "description": text("Lab targets"),
                  "alwaysIncluded": True}],
    "entries": [entry(n, "https", "required")
                for n in ("dropped", "reset", "unreachable", "prohibited", "open")]
             + [entry(n, "udp", "recommended") for n in ("udp-dropped", "udp-open")],
}
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump(catalog, f, indent=2)
PY

# --- listeners inside the namespace -----------------------------------------------------------
lab_spawn "$python" "$here/lab_servers.py" 443 "$workdir/servers.ready"
server_pid=$LAB_LAST_PID
for _ in $(seq 50); do
    [[ -e $workdir/servers.ready ]] && break
    kill -0 "$server_pid" 2>/dev/null || fail "the lab listeners did not start"
    sleep 0.1
done
[[ -e $workdir/servers.ready ]] || fail "the lab listeners were not ready within 5 s"

# --- the run ----------------------------------------------------------------------------------
args=(--catalog "$workdir/catalog.json" --timeout "$timeout_s" --format json --lang en --no-color
    --proxy none --output "$workdir/report-file.json")
for host in "${!address[@]}"; do
    args+=(--resolve "$host:${address[$host]}")
done
mkdir -p "$workdir/home"
echo "running: cloudcheck-cli ${args[*]}"
status=0
# In the background, so that a signal reaches the cleanup trap at once rather than after the run.
lab_spawn env HOME="$workdir/home" XDG_DATA_HOME="$workdir/home/data" \
    XDG_CONFIG_HOME="$workdir/home/config" "$cli" "${args[@]}" \
    >"$workdir/report.json" 2>"$workdir/stderr.txt"
wait "$LAB_LAST_PID" || status=$?
echo "--- cloudcheck-cli stderr ---"
cat "$workdir/stderr.txt"
echo "-----------------------------"
[[ $status -eq 2 ]] || fail "expected exit code 2 (a required check failed), got $status"

# --- the report -------------------------------------------------------------------------------
"$python" - "$workdir/report.json" "$workdir/report-file.json" "$schema" "$((timeout_s * 1000))" <<'PY'
import json, sys
import jsonschema

report_path, file_path, schema_path, timeout_ms = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
problems = []

with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
reports = {}
for label, path in (("stdout", report_path), ("--output", file_path)):
    with open(path, encoding="utf-8") as f:
        reports[label] = json.load(f)
    validator = jsonschema.Draft202012Validator(schema)
    for error in validator.iter_errors(reports[label]):
        problems.append(f"{label} report: schema: {'/'.join(map(str, error.absolute_path))}: {error.message}")
report = reports["stdout"]
if reports["--output"]["targets"] != report["targets"]:
    problems.append("the --output report's targets differ from stdout's")

if report["summary"]["verdict"] != "fail":
    problems.append(f"summary verdict {report['summary']['verdict']!r}, expected 'fail'")
if report["settings"]["timeoutMs"] != timeout_ms:
    problems.append(f"settings.timeoutMs {report['settings']['timeoutMs']}, expected {timeout_ms}")

# "slow": the step waited for the timeout (Qt's coarse step timer may fire up to 5 % early).
# "fast": a TCP reset answers at once. "icmp": well before the timeout. On loopback the ICMP
# error reaches the kernel while connect() still holds the socket, so it is only a soft error;
# the hard EHOSTUNREACH comes with the SYN retransmission after 1 s, and Qt tries the connect
# once more, so the outcome lands after about 2 s (measured 2030-2050 ms). A remote firewall's
# ICMP arrives asynchronously and fails the connect at once.
SLOW_MIN, SLOW_MAX = int(timeout_ms * 0.9), timeout_ms + 1500
FAST_MS = 1000
ICMP_MS = timeout_ms - 1000
# host: (address, target verdict, step, step verdict, step error/outcome, finding, severity, timing)
EXPECT = {
    "dropped.lab.test":     ("127.0.0.2", "fail", "tcp", "fail", "timeout",     "TCP_TIMEOUT",     "fail", "slow"),
    "reset.lab.test":       ("127.0.0.3", "fail", "tcp", "fail", "refused",     "TCP_REFUSED",     "fail", "fast"),
    "unreachable.lab.test": ("127.0.0.4", "fail", "tcp", "fail", "unreachable", "TCP_UNREACHABLE", "fail", "icmp"),
    "prohibited.lab.test":  ("127.0.0.5", "fail", "tcp", "fail", "unreachable", "TCP_UNREACHABLE", "fail", "icmp"),
    "open.lab.test":        ("127.0.0.6", None,   "tcp", "pass", None,          None,              None,   "fast"),
    "udp-dropped.lab.test": ("127.0.0.7", "warn", "udp", "fail", "no_answer",   "UDP_BLOCKED",     "warn", "slow"),
    "udp-open.lab.test":    ("127.0.0.8", "pass", "udp", "pass", "answered",    None,              None,   "fast"),
}

targets = {t["host"]: t for t in report["targets"]}
if set(targets) != set(EXPECT):
    problems.append(f"targets {sorted(targets)}, expected {sorted(EXPECT)}")

for host, (addr, verdict, step_name, step_verdict, outcome, code, severity, timing) in EXPECT.items():
    target = targets.get(host)
    if target is None:
        continue
    where = host
    steps = {s["step"]: s for s in target["steps"]}
    step = steps.get(step_name)
    codes = [(f["code"], f["severity"]) for f in target["findings"]]
    if step is None:
        problems.append(f"{where}: no {step_name} step")
        continue
    details = step["details"]
    observed = details.get("error") if step_name == "tcp" else details.get("outcome")
    print(f"{host:22} {addr:10} {step_name} {step['verdict']:4} {str(observed):12} "
          f"{step['durationMs']:5} ms  target {target['verdict']:4}  findings {codes}")

    if verdict is not None and target["verdict"] != verdict:
        problems.append(f"{where}: target verdict {target['verdict']!r}, expected {verdict!r}")
    if step["verdict"] != step_verdict:
        problems.append(f"{where}: {step_name} verdict {step['verdict']!r}, expected {step_verdict!r}")
    if step_name == "tcp":
        if observed != outcome:
            problems.append(f"{where}: tcp error {observed!r}, expected {outcome!r}")
        tried = [a.get("address") for a in details.get("attempts", [])]
        if tried != [addr]:
            problems.append(f"{where}: tcp attempts went to {tried}, expected only {addr}")
    elif observed != outcome:
        problems.append(f"{where}: udp outcome {observed!r}, expected {outcome!r}")
    if steps.get("dns", {}).get("details", {}).get("source") != "override":
        problems.append(f"{where}: the dns step did not use the --resolve pin")

    if code is None:
        bad = [c for c, _ in codes if c.startswith(("TCP_", "UDP_"))]
        if bad:
            problems.append(f"{where}: control target has findings {bad}")
    elif (code, severity) not in codes:
        problems.append(f"{where}: expected finding {code} ({severity}), got {codes}")
    elif len([c for c, _ in codes if c.startswith(("TCP_", "UDP_"))]) != 1:
        problems.append(f"{where}: expected exactly one TCP_/UDP_ finding, got {codes}")

    ms = step["durationMs"]
    if timing == "slow" and not SLOW_MIN <= ms <= SLOW_MAX:
        problems.append(f"{where}: {step_name} took {ms} ms, expected about the timeout "
                        f"({SLOW_MIN}..{SLOW_MAX} ms)")
    if timing == "fast" and ms >= FAST_MS:
        problems.append(f"{where}: {step_name} took {ms} ms, expected an answer within {FAST_MS} ms")
    if timing == "icmp" and ms >= ICMP_MS:
        problems.append(f"{where}: {step_name} took {ms} ms, expected the ICMP error within {ICMP_MS} ms")

if problems:
    print("\n".join("FAIL: " + p for p in problems), file=sys.stderr)
    sys.exit(1)
print("PASS: drop -> TCP_TIMEOUT, reset -> TCP_REFUSED, icmp -> TCP_UNREACHABLE, udp drop -> UDP_BLOCKED; "
      "report valid against report-v1.schema.json")
PY
