#!/usr/bin/python3
"""Checks the reports test_proxy_squid.sh produced: each squid scenario gives exactly its finding,
with squid's own words quoted, and every report validates against the schema.

usage: check_proxy_reports.py WORKDIR SCHEMA TIMEOUT_MS
"""

import json
import os
import sys

import jsonschema

workdir, schema_path, timeout_ms = sys.argv[1], sys.argv[2], int(sys.argv[3])
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


with open(schema_path, encoding="utf-8") as f:
    validator = jsonschema.Draft202012Validator(json.load(f))


def load(name):
    with open(os.path.join(workdir, name + ".status"), encoding="utf-8") as f:
        status = int(f.read())
    with open(os.path.join(workdir, name + ".json"), encoding="utf-8") as f:
        report = json.load(f)
    with open(os.path.join(workdir, name + ".txt"), encoding="utf-8") as f:
        text = f.read()
    for error in validator.iter_errors(report):
        problems.append(f"{name}: schema: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    targets = {t["host"]: t for t in report["targets"]}
    return status, report, targets, text


def codes(target):
    return [f["code"] for f in target["findings"]]


def step(target, name):
    return next((s for s in target["steps"] if s["step"] == name and not s["details"].get("informational")), None)


def finding(target, code):
    return next((f for f in target["findings"] if f["code"] == code), None)


# Direct: the names resolve only on the proxy, so nothing passes.
status, report, targets, _ = load("direct")
check(status == 2, f"direct: exit {status}, expected 2")
for host, target in targets.items():
    check(target["verdict"] == "fail", f"direct: {host} is {target['verdict']}, expected fail")
    check(target["route"]["kind"] == "direct", f"direct: {host} route {target['route']}")

# The open proxy, given by hand.
status, report, targets, text = load("open")
check(status == 2, f"open: exit {status}, expected 2 (the denied addresses fail)")
for host in ("open.proxy-lab.test", "crl.proxy-lab.test", "bypass.proxy-lab.test"):
    target = targets[host]
    check(target["verdict"] == "pass", f"open: {host} is {target['verdict']} {codes(target)}, expected pass")
    check(target["route"] == {"kind": "proxy", "source": "manual", "proxy": "127.0.0.1:3128", "origin": "--proxy"},
          f"open: {host} route {target['route']}")
    proxy = step(target, "proxy")
    check(proxy and proxy["verdict"] == "pass", f"open: {host} proxy step {proxy}")
open_target = targets["open.proxy-lab.test"]
check(step(open_target, "proxy")["details"].get("status") == 200, "open: CONNECT status is not 200")
check(step(open_target, "proxy")["details"].get("request") == "CONNECT open.proxy-lab.test:443",
      f"open: request {step(open_target, 'proxy')['details'].get('request')}")
check(step(open_target, "tcp") is None, "open: a direct tcp step ran through a proxy")
check(step(targets["crl.proxy-lab.test"], "proxy")["details"].get("request") == "GET http://crl.proxy-lab.test:80/",
      "open: the plain-http request is not the absolute URI")
dns = next(s for s in open_target["steps"] if s["step"] == "dns")
check(dns["details"].get("informational") is True, "open: the target's own DNS is not informational")
check("Path: Through the proxy 127.0.0.1:3128, from the proxy given for this check" in text,
      "open: the text report does not say which proxy was used")

denied = finding(targets["denied.proxy-lab.test"], "PROXY_DENIED")
check(denied is not None, f"open: denied gives {codes(targets['denied.proxy-lab.test'])}, expected PROXY_DENIED")
if denied:
    for quoted in ("403 Forbidden", "X-Squid-Error: ERR_ACCESS_DENIED", "Via:", "127.0.0.1:3128"):
        check(quoted in denied["message"], f"open: PROXY_DENIED does not quote {quoted!r}: {denied['message']}")
check(codes(targets["denied.proxy-lab.test"]) == ["PROXY_DENIED"],
      f"open: denied gives {codes(targets['denied.proxy-lab.test'])}")
page = finding(targets["crl-denied.proxy-lab.test"], "HTTP_UNEXPECTED")
check(page is not None and "ERR_ACCESS_DENIED" in page["message"] and "403" in page["message"],
      f"open: squid's error page on plain http: {targets['crl-denied.proxy-lab.test']['findings']}")

# The same proxy from the environment, with a no_proxy entry.
status, report, targets, text = load("environment")
check(report["environment"]["systemProxy"] == "http://127.0.0.1:3128",
      f"environment: systemProxy {report['environment']['systemProxy']}")
target = targets["open.proxy-lab.test"]
check(target["verdict"] == "pass", f"environment: open is {target['verdict']} {codes(target)}")
check(target["route"] == {"kind": "proxy", "source": "environment", "proxy": "127.0.0.1:3128", "origin": "https_proxy"},
      f"environment: open route {target['route']}")
check(targets["crl.proxy-lab.test"]["route"].get("origin") == "http_proxy",
      f"environment: crl route {targets['crl.proxy-lab.test']['route']}")
bypass = targets["bypass.proxy-lab.test"]
check(bypass["route"] == {"kind": "direct", "source": "environment", "origin": "no_proxy",
                          "bypassRule": ".bypass.proxy-lab.test"},
      f"environment: bypass route {bypass['route']}")
check(bypass["verdict"] == "pass" and step(bypass, "tcp") is not None,
      f"environment: bypass went {bypass['verdict']} {codes(bypass)}")
check("the https_proxy environment variable" in text, "environment: the text report does not name https_proxy")

# The ssl-bump proxy re-signs with its own CA.
status, report, targets, _ = load("bump")
intercepted = finding(targets["open.proxy-lab.test"], "TLS_INTERCEPTED")
check(intercepted is not None and "Corp Inspection" in intercepted["message"],
      f"bump: open gives {targets['open.proxy-lab.test']['findings']}")
check(step(targets["open.proxy-lab.test"], "http")["verdict"] == "not_run",
      "bump: a request was sent over the intercepted channel")

# Nothing listens on the proxy port.
status, report, targets, _ = load("nothing")
check(status == 2, f"nothing: exit {status}")
for host, target in targets.items():
    check(codes(target) == ["PROXY_UNREACHABLE"], f"nothing: {host} gives {codes(target)}")
top = report["summary"]["topProblems"]
check(len(top) == 1 and top[0]["code"] == "PROXY_UNREACHABLE" and "127.0.0.1:3999" in top[0]["message"]
      and f"all {len(targets)}" not in top[0]["message"] and f"{len(targets)} addresses" in top[0]["message"],
      f"nothing: what to fix first: {top}")

# The proxy port silently dropped: one timeout for the whole run, not one per address.
status, report, targets, _ = load("dropped")
for host, target in targets.items():
    unreachable = finding(target, "PROXY_UNREACHABLE")
    check(unreachable is not None and "silently dropped" in unreachable["message"],
          f"dropped: {host} gives {target['findings']}")
check(report["durationMs"] < timeout_ms + 2500,
      f"dropped: the run took {report['durationMs']} ms, more than one timeout ({timeout_ms} ms)")

# --compare-direct: the run went direct; a browser here would use the proxy in https_proxy.
status, report, targets, text = load("compare-direct")
for host in ("open.proxy-lab.test", "crl.proxy-lab.test"):
    other = targets[host].get("alternatePath")
    check(targets[host]["verdict"] == "fail" and other is not None and other["purpose"] == "compare_direct"
          and other["verdict"] == "pass" and other["route"].get("proxy") == "127.0.0.1:3128",
          f"compare-direct: {host} alternatePath {other}")
    check(other is not None and other["note"].startswith("Direct is blocked")
          and "netsh winhttp set proxy 127.0.0.1:3128" in other["note"],
          f"compare-direct: {host} note {other and other['note']}")
check("Other path: Direct is blocked" in text, "compare-direct: the text report has no 'Other path:' line")
top = report["summary"]["topProblems"]
check(any("fail direct and work through the proxy 127.0.0.1:3128" in p["message"]
          and "netsh winhttp set proxy 127.0.0.1:3128" in p["remediation"] for p in top),
      f"compare-direct: what to fix first does not say it once: {top}")

# Through the proxy: the denied address fails there, and direct too (the name resolves only on the proxy).
status, report, targets, _ = load("compare-proxy")
other = targets["denied.proxy-lab.test"].get("alternatePath")
check(other is not None and other["route"]["kind"] == "direct" and other["verdict"] == "fail"
      and other["note"].startswith("Through the proxy it fails (PROXY_DENIED), and direct it fails too"),
      f"compare-proxy: denied alternatePath {other}")
check("alternatePath" not in targets["open.proxy-lab.test"],
      "compare-proxy: a passing address was compared too")

# Direct with no proxy anywhere: said once per address, nothing probed.
status, report, targets, _ = load("compare-nothing")
other = targets["open.proxy-lab.test"].get("alternatePath")
check(other is not None and other["verdict"] == "not_run" and other["note"].startswith("No other path"),
      f"compare-nothing: {other}")

# --hold-tunnel through a squid whose read_timeout cuts idle tunnels after 3 s.
status, report, targets, text = load("hold-cut")
held = targets["open.proxy-lab.test"].get("heldTunnel")
cut = finding(targets["open.proxy-lab.test"], "PROXY_TUNNEL_CUT")
check(held is not None and held["outcome"] == "cut" and 2500 <= held["heldMs"] <= 6500
      and held["requestedSeconds"] == 8, f"hold-cut: heldTunnel {held}")
check(cut is not None and "127.0.0.1:3131" in cut["message"] and "read_timeout" in cut["remediation"],
      f"hold-cut: findings {targets['open.proxy-lab.test']['findings']}")
check(report["durationMs"] < 7500, f"hold-cut: the run took {report['durationMs']} ms; it should end at the cut")
check("Tunnel: cut by 127.0.0.1:3131" in text, "hold-cut: the text report has no Tunnel line")

status, report, targets, _ = load("hold-kept")
held = targets["open.proxy-lab.test"].get("heldTunnel")
check(held is not None and held["outcome"] == "held" and held["heldMs"] >= 2900,
      f"hold-kept: heldTunnel {held}")
check(finding(targets["open.proxy-lab.test"], "PROXY_TUNNEL_CUT") is None, "hold-kept: a held tunnel was reported cut")
check(report["durationMs"] >= 2900, f"hold-kept: the run took only {report['durationMs']} ms")

for problem in problems:
    print("FAIL:", problem, file=sys.stderr)
sys.exit(1 if problems else 0)
