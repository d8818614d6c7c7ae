#!/usr/bin/python3
"""Checks the reports test_proxy_auth.sh produced: each proxy-authentication scenario gives its
finding on every address, a refused password is tried once, and no output of a run that was given
a password (or a Kerberos ticket) carries a credential. Every report validates against the schema.

usage: check_auth_reports.py WORKDIR SCHEMA TIMEOUT_MS USER

For each run NAME, WORKDIR holds NAME.json (stdout), NAME.txt, NAME.html, NAME.err, NAME.status,
NAME.wall, NAME.access (the squid access-log lines of the run), NAME.secret (the password given, if
any) and home-NAME/ (the run's HOME, with the CLI's log file).
"""

import base64
import json
import os
import re
import sys

import jsonschema

workdir, schema_path, timeout_ms, user = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
problems = []

PROXIES = {"basic": "127.0.0.1:3140", "digest": "127.0.0.1:3141", "ntlm": "127.0.0.1:3142",
           "negotiate": "localhost:3143", "offers": "127.0.0.1:3144"}
# Squid's access log names the address as the request line does.
REQUESTS = {"open.proxy-lab.test": "open.proxy-lab.test:443", "plain.proxy-lab.test": "http://plain.proxy-lab.test/"}

# run -> (squid, expectation, offered schemes for "required")
RUNS = {
    "basic-none": ("basic", "required", ["Basic"]),
    "basic-none-browser": ("basic", "required", ["Basic"]),
    "digest-none": ("digest", "required", ["Digest"]),
    "offers-none": ("offers", "required", ["Digest", "Basic"]),
    "basic-browser": ("basic", "pass", None),
    "digest-browser": ("digest", "pass", None),
    "offers-browser": ("offers", "pass", None),
    "basic-connector": ("basic", "connector", None),
    "digest-connector": ("digest", "connector", None),
    "basic-wrong": ("basic", "failed", None),
    "digest-wrong": ("digest", "failed", None),
    "ntlm-browser": ("ntlm", "pass", None),
    "negotiate-browser": ("negotiate", "pass", None),
    "negotiate-connector": ("negotiate", "connector", None),
}
# Runs that authenticate (a password, or a Kerberos ticket): checked for secrecy.
AUTHENTICATED = [name for name in RUNS if not name.endswith("-none")]


def check(condition, message):
    if not condition:
        problems.append(message)


with open(schema_path, encoding="utf-8") as f:
    validator = jsonschema.Draft202012Validator(json.load(f))


def read(name, suffix):
    with open(os.path.join(workdir, name + suffix), encoding="utf-8", errors="replace") as f:
        return f.read()


def load(name):
    status = int(read(name, ".status"))
    try:
        report = json.loads(read(name, ".json"))
    except ValueError as error:
        err = read(name, ".err").strip().splitlines()
        problems.append(f"{name}: exit {status}, stdout is not a JSON report ({error}); "
                        f"stderr: {' | '.join(err[-3:])}")
        return status, None, {}
    for error in validator.iter_errors(report):
        problems.append(f"{name}: schema: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    targets = {t["host"]: t for t in report["targets"]}
    check(set(targets) == set(REQUESTS), f"{name}: targets {sorted(targets)}, expected {sorted(REQUESTS)}")
    return status, report, targets


def codes(target):
    return [f["code"] for f in target["findings"]]


def finding(target, code):
    return next((f for f in target["findings"] if f["code"] == code), None)


def proxy_step(target):
    return next((s for s in target["steps"] if s["step"] == "proxy"), None)


def offered(target, f):
    """The schemes a report says the proxy offered: the proxy step's proxyAuthenticate fact, and the
    words of the finding's message."""
    found = set()
    step = proxy_step(target)
    fact = step["details"].get("proxyAuthenticate") if step else None
    if isinstance(fact, list):
        found.update(str(s).split(" ")[0].lower() for s in fact)
    elif isinstance(fact, str):
        found.update(w.lower() for w in re.findall(r"[A-Za-z]+", fact))
    text = (f or {}).get("message", "")
    found.update(w.lower() for w in re.findall(r"[A-Za-z]+", text))
    return found


def access_lines(name):
    """The squid access-log lines of a run, per request target (CONNECT host:443 or the URL)."""
    lines = {}
    for line in read(name, ".access").splitlines():
        fields = line.split()
        if len(fields) < 8 or fields[5] == "-" or fields[6].startswith("error:"):
            continue  # the lab's own "is it listening" probes
        lines.setdefault(fields[6], []).append({"status": fields[3], "user": fields[7]})
    return lines


for name, (squid, expected, schemes) in RUNS.items():
    status, report, targets = load(name)
    if report is None:
        continue
    for host, target in targets.items():
        route = target.get("route", {})
        check(route.get("kind") == "proxy" and route.get("proxy") == PROXIES[squid],
              f"{name}: {host} route {route}, expected through {PROXIES[squid]}")
        found = codes(target)
        if expected == "required":
            f = finding(target, "PROXY_AUTH_REQUIRED")
            check(f is not None, f"{name}: {host} gives {found}, expected PROXY_AUTH_REQUIRED")
            check(target["verdict"] == "fail", f"{name}: {host} is {target['verdict']}, expected fail")
            words = offered(target, f)
            for scheme in schemes:
                check(scheme.lower() in words,
                      f"{name}: {host}: the offered scheme {scheme} is not in the proxy step's "
                      f"proxyAuthenticate nor in the finding: {proxy_step(target)}, {f}")
        elif expected == "pass":
            failing = [f["code"] for f in target["findings"] if f["severity"] == "fail"]
            check(target["verdict"] == "pass" and not failing,
                  f"{name}: {host} is {target['verdict']} {found}, expected pass")
            step = proxy_step(target)
            check(step is not None and step["verdict"] == "pass",
                  f"{name}: {host} proxy step {step}, expected pass")
        elif expected == "connector":
            check("PROXY_UNSUPPORTED_FOR_CONNECTOR" in found,
                  f"{name}: {host} gives {found}, expected PROXY_UNSUPPORTED_FOR_CONNECTOR")
            check(target["verdict"] != "pass", f"{name}: {host} passes under the connector profile")
        elif expected == "failed":
            check("PROXY_AUTH_FAILED" in found, f"{name}: {host} gives {found}, expected PROXY_AUTH_FAILED")
            check("PROXY_AUTH_REQUIRED" not in found,
                  f"{name}: {host} says PROXY_AUTH_REQUIRED although credentials were given: {found}")
    if expected == "pass":
        check(status == 0, f"{name}: exit {status}, expected 0")
    elif expected in ("required", "failed"):
        check(status == 2, f"{name}: exit {status}, expected 2")
    else:
        check(status in (1, 2), f"{name}: exit {status}, expected 1 or 2 (not a pass)")

    if expected == "failed":
        # A refused password is tried once: no loop, the run ends well inside two timeouts.
        check(report["durationMs"] < 2 * timeout_ms,
              f"{name}: the run took {report['durationMs']} ms, not inside two timeouts ({2 * timeout_ms} ms)")
        wall = int(read(name, ".wall"))
        check(wall <= 2 * timeout_ms // 1000, f"{name}: the CLI ran {wall} s, more than two timeouts")
        lines = access_lines(name)
        for host, request in REQUESTS.items():
            seen = lines.get(request, [])
            named = [line for line in seen if line["user"] == user]
            check(1 <= len(seen) <= 2 and len(named) <= 1,
                  f"{name}: squid logged {len(seen)} requests for {request} ({len(named)} naming {user}); "
                  "expected at most two, one without and one with credentials")
            check(len(named) >= 1, f"{name}: squid never saw {user}'s credentials for {request}")
            check(all(line["status"].endswith("/407") for line in seen),
                  f"{name}: squid let a wrong password through for {request}: {seen}")

# --- secrecy -----------------------------------------------------------------------------------------
log_files = 0
for name in AUTHENTICATED:
    secret_path = os.path.join(workdir, name + ".secret")
    forbidden = [("Proxy-Authorization", re.compile(r"proxy-authorization", re.I)),
                 ("an NTLM token", re.compile(r"TlRMTVNTUA")),
                 ("a SPNEGO token", re.compile(r"Negotiate\s+YII"))]
    if os.path.exists(secret_path):
        secret = read(name, ".secret").strip()
        basic = base64.b64encode(f"{user}:{secret}".encode()).decode()
        forbidden += [("the password", re.compile(re.escape(secret))),
                      ("base64(user:password)", re.compile(re.escape(basic.rstrip("="))))]
    files = [os.path.join(workdir, name + suffix) for suffix in (".json", ".txt", ".html", ".err")]
    for root, _, names in os.walk(os.path.join(workdir, "home-" + name)):
        for file in names:
            files.append(os.path.join(root, file))
            log_files += file.endswith(".log")
    for path in files:
        if not os.path.exists(path):
            continue
        with open(path, "rb") as f:
            content = f.read().decode("utf-8", errors="replace")
        for what, pattern in forbidden:
            check(not pattern.search(content), f"{name}: {what} appears in {os.path.relpath(path, workdir)}")
check(log_files > 0, "no run left a log file under its HOME: the secrecy check of the log read nothing")

for problem in problems:
    print("FAIL:", problem, file=sys.stderr)
print(f"check_auth_reports: {len(RUNS)} runs, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
