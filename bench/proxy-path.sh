#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Benchmark: the whole built-in catalog through a real squid against the same run direct, and the
# same catalog with the proxy port silently dropped. The requirements (proxy-path issue): through an
# open loopback squid the run takes at most 1.5x the direct run; with the proxy dropped the run ends
# in about one timeout, not one per address. See bench/README.md.
#
# Everything runs inside a throwaway network namespace (tests/lab/netns-lab.sh, squid-lab.sh): the
# origin servers answer every catalog host on 198.18.0.10:443 and :80, squid resolves the hosts
# through its hosts_file, and the CLI pins every host with --resolve, so no DNS query and no packet
# leaves the namespace. Needs root and squid-openssl.
#
# usage: bench/proxy-path.sh [--cli PATH] [--runs N]
#   --cli PATH   the cloudcheck-cli to measure (default: build one in build/bench, Release)
#   --runs N     pairs of direct/proxied runs, alternated A B A B (default 7), and dropped runs
# Exit status: 0 measured, 1 a run misbehaved, 77 no namespace/nftables/squid here.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
python=/usr/bin/python3
timeout_s=3
runs=7
cli=""
origin=198.18.0.10

while [[ $# -gt 0 ]]; do
    case $1 in
    --cli) cli=${2:?--cli needs a path}; shift 2 ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    -h | --help) sed -n '2,17p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "unknown option $1; try --help" >&2; exit 64 ;;
    esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "--runs expects a positive number" >&2; exit 64; }

# shellcheck source=release-cli.sh
source "$here/release-cli.sh"
cli=$(bench_release_cli "$repo" "$cli")

# shellcheck source=../tests/lab/netns-lab.sh
source "$repo/tests/lab/netns-lab.sh"
# shellcheck source=../tests/lab/squid-lab.sh
source "$repo/tests/lab/squid-lab.sh"

workdir=$(mktemp -d "${TMPDIR:-/tmp}/cloudcheck-proxybench.XXXXXX")
lab_user_cleanup() {
    squid_lab_stop
    [[ -n ${BENCH_KEEP:-} ]] && { echo "kept $workdir"; return; }
    rm -rf "$workdir"
}
trap lab_user_cleanup EXIT
lab_setup cloudcheck-proxybench
squid_lab_init "$workdir"

# Every host of the built-in catalog, except those that need a Customer ID (never probed).
mapfile -t hosts < <("$python" - "$repo/resources/catalogs/citrix-cloud-japan.json" <<'PY'
import json, sys
hosts = sorted({h for e in json.load(open(sys.argv[1], encoding="utf-8"))["entries"] for h in e["hosts"]
                if "{" not in h})
print("\n".join(hosts))
PY
)
squid_lab_certificates "${hosts[@]}"
squid_lab_origin "$origin"
squid_lab_hosts "$origin" "${hosts[@]}"
squid_lab_squid open 3128
cat >"$workdir/rules.nft" <<'EOF2'
table inet cloudcheck_proxybench {
    chain input {
        type filter hook input priority 0; policy accept;
        ip daddr 127.0.0.1 tcp dport 3130 drop
    }
}
EOF2
lab_load_rules "$workdir/rules.nft"

pins=()
for host in "${hosts[@]}"; do
    pins+=(--resolve "$host:$origin")
done
mkdir -p "$workdir/home"

# One run: prints "wall_ms engine_ms targets passed proxied"; checks the outcome it must have.
run_once() { # LABEL EXPECT(pass|dropped) ARGS...
    local label=$1 expect=$2 start end status=0
    shift 2
    start=$(date +%s%N)
    lab_exec env -u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY -u all_proxy -u no_proxy \
        HOME="$workdir/home" XDG_CONFIG_HOME="$workdir/home/config" XDG_DATA_HOME="$workdir/home/data" \
        "$cli" --ca-file "$workdir/root.pem" --timeout "$timeout_s" --format json --lang en --no-color \
        "${pins[@]}" "$@" >"$workdir/$label.json" 2>/dev/null || status=$?
    end=$(date +%s%N)
    "$python" - "$workdir/$label.json" "$expect" "$(((end - start) / 1000000))" "$status" <<'PY'
import json, sys
report, expect, wall, status = json.load(open(sys.argv[1])), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
probed = [t for t in report["targets"] if t["verdict"] != "not_run"]
passed = [t for t in probed if t["verdict"] == "pass"]
proxied = [t for t in probed if t["route"]["kind"] == "proxy"]
codes = {f["code"] for t in probed for f in t["findings"]}
# The certificate authorities' hosts ask their sample URLs here (the lab's chains name none), and
# the lab origin answers every GET with an empty page: a warning that says nothing about the path.
def sample_warning(t):
    return t["scheme"] == "http" and t["verdict"] == "warn" and {f["code"] for f in t["findings"]} == {"REVOCATION_INVALID"}
passed += [t for t in probed if sample_warning(t)]
if expect == "pass" and len(passed) != len(probed):
    sys.exit(f"a run that must pass did not: {[(t['id'], [f['code'] for f in t['findings']]) for t in probed if t not in passed]}")
if expect == "dropped" and (passed or codes != {"PROXY_UNREACHABLE"}):
    sys.exit(f"a dropped-proxy run must fail every address with PROXY_UNREACHABLE, got {codes}")
print(wall, report["durationMs"], len(probed), len(passed), len(proxied))
PY
}

direct=()
proxied=()
dropped=()
echo "catalog: ${#hosts[@]} hosts; $runs runs each; timeout ${timeout_s} s"
run_once warmup pass --proxy none >/dev/null
for i in $(seq "$runs"); do
    direct+=("$(run_once "direct-$i" pass --proxy none)")
    proxied+=("$(run_once "proxied-$i" pass --proxy http://127.0.0.1:3128)")
done
for i in $(seq "$runs"); do
    dropped+=("$(run_once "dropped-$i" dropped --proxy http://127.0.0.1:3130)")
done

"$python" - "$timeout_s" <<PY
import statistics, sys
timeout = int(sys.argv[1]) * 1000
def rows(lines):
    return [list(map(int, line.split())) for line in lines]
direct, proxied, dropped = rows("""$(printf '%s\n' "${direct[@]}")""".split("\n")), \
    rows("""$(printf '%s\n' "${proxied[@]}")""".split("\n")), rows("""$(printf '%s\n' "${dropped[@]}")""".split("\n"))
def figures(name, runs):
    wall = [r[0] for r in runs]
    print(f"{name:10} targets {runs[0][2]:3} passed {runs[0][3]:3} proxied {runs[0][4]:3}  wall ms min {min(wall)} "
          f"median {statistics.median(wall)} max {max(wall)}  engine ms median {statistics.median(r[1] for r in runs)}")
figures("direct", direct)
figures("proxied", proxied)
figures("dropped", dropped)
ratios = [p[0] / d[0] for d, p in zip(direct, proxied)]
print(f"proxied / direct, pair by pair: min {min(ratios):.2f} median {statistics.median(ratios):.2f} "
      f"max {max(ratios):.2f} (requirement: at most 1.5)")
print(f"dropped proxy: median wall {statistics.median(r[0] for r in dropped)} ms for {dropped[0][2]} addresses, "
      f"one timeout is {timeout} ms; serially it would be {dropped[0][2] * timeout} ms")
PY
