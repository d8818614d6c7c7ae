#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Benchmark: what revocation costs a whole-catalog run. The built-in catalog (every host, with a
# Customer ID) runs against a CA whose certificates name CRL and CA-certificate addresses
# (crl3.digicert.com, cacerts.digicert.com, served on the same lab address), and against the same
# servers with certificates that name none, so revocation is not run. The requirement (revocation
# issue): with revocation the run takes at most 1.3x the run without it. See bench/README.md.
#
# Everything runs inside a throwaway network namespace (tests/lab/netns-lab.sh): the CA
# (tests/lab/revocation_origin.py) answers every catalog host on 198.18.0.10 and .11, ports 443
# and 80, and the CLI pins every host with --resolve, so no DNS query and no packet leaves it.
#
# usage: bench/revocation-overhead.sh [--cli PATH] [--runs N]
#   --cli PATH   the cloudcheck-cli to measure (default: build one in build/bench, Release)
#   --runs N     pairs of runs, alternated with / without (default 7)
# Exit status: 0 measured, 1 a run misbehaved, 77 no namespace here.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
python=/usr/bin/python3
timeout_s=3
runs=7
cli=""
named=198.18.0.10   # certificates that name revocation addresses
unnamed=198.18.0.11 # certificates that name none
customer=benchcustomer

while [[ $# -gt 0 ]]; do
    case $1 in
    --cli) cli=${2:?--cli needs a path}; shift 2 ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    -h | --help) sed -n '2,16p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "unknown option $1; try --help" >&2; exit 64 ;;
    esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "--runs expects a positive number" >&2; exit 64; }

# shellcheck source=release-cli.sh
source "$here/release-cli.sh"
cli=$(bench_release_cli "$repo" "$cli")
# shellcheck source=../tests/lab/netns-lab.sh
source "$repo/tests/lab/netns-lab.sh"

workdir=$(mktemp -d "${TMPDIR:-/tmp}/cloudcheck-revbench.XXXXXX")
lab_user_cleanup() {
    [[ -n ${BENCH_KEEP:-} ]] && { echo "kept $workdir"; return; }
    rm -rf "$workdir"
}
trap lab_user_cleanup EXIT
lab_setup cloudcheck-revbench
lab_exec ip route add local 198.18.0.0/15 dev lo src 127.0.0.1

mapfile -t hosts < <("$python" - "$repo/resources/catalogs/citrix-cloud-japan.json" "$customer" <<'PY'
import json, sys
entries = json.load(open(sys.argv[1], encoding="utf-8"))["entries"]
print("\n".join(sorted({h.replace("{customerId}", sys.argv[2]) for e in entries for h in e["hosts"]})))
PY
)
printf '%s\n' "${hosts[@]}" >"$workdir/names.txt"

start_origin() { # ADDRESS ROOT_NAME [OPTIONS...]
    local address=$1 root=$2 ready="$workdir/$1.ready" dir="$workdir/$1"
    shift 2
    mkdir -p "$dir"
    lab_spawn "$python" "$repo/tests/lab/revocation_origin.py" "$dir" "$address" "$ready" --names "$workdir/names.txt" "$@"
    for _ in $(seq 100); do
        [[ -e $ready ]] && { cp "$dir/root.pem" "$workdir/$root"; return 0; }
        sleep 0.1
    done
    echo "the CA did not start on $address" >&2
    exit 1
}
start_origin "$named" named-root.pem
start_origin "$unnamed" unnamed-root.pem --no-addresses
mkdir -p "$workdir/home"

# One run: prints "wall_ms https_targets revocation_pass downloads"; checks what it must show.
run_once() { # LABEL ADDRESS ROOT EXPECT(checked|unchecked)
    local label=$1 address=$2 root=$3 expect=$4 start end status=0 pins=()
    for host in "${hosts[@]}"; do
        pins+=(--resolve "$host:$address")
    done
    start=$(date +%s%N)
    lab_exec env -u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY -u all_proxy -u no_proxy \
        HOME="$workdir/home" XDG_CONFIG_HOME="$workdir/home/config" XDG_DATA_HOME="$workdir/home/data" \
        "$cli" --ca-file "$workdir/$root" --timeout "$timeout_s" --format json --lang en --no-color \
        --proxy none --customer-id "$customer" "${pins[@]}" >"$workdir/$label.json" 2>/dev/null || status=$?
    end=$(date +%s%N)
    "$python" - "$workdir/$label.json" "$expect" "$(((end - start) / 1000000))" <<'PY'
import json, sys
report, expect, wall = json.load(open(sys.argv[1])), sys.argv[2], int(sys.argv[3])
https = [t for t in report["targets"] if t["scheme"] == "https"]
def revocation(t):
    return next((s for s in t["steps"] if s["step"] == "revocation"), None)
checked = [t for t in https if (revocation(t) or {}).get("verdict") == "pass"]
not_run = [t for t in https if (revocation(t) or {}).get("verdict") == "not_run"]
if expect == "checked" and len(checked) != len(https):
    sys.exit(f"with revocation, every https address must pass it: "
             f"{[(t['id'], (revocation(t) or {}).get('verdict')) for t in https if t not in checked]}")
if expect == "unchecked" and len(not_run) != len(https):
    sys.exit("without revocation addresses, no https address may run the step")
# A loaded 2-core machine may make a step slow (SLOW_RESPONSE); anything else is a broken run.
bad = [(t["id"], codes) for t in https
       if (codes := [f["code"] for f in t["findings"] if f["code"] != "SLOW_RESPONSE"])]
if bad:
    sys.exit(f"every https address must pass: {bad}")
print(wall, len(https), len(checked))
PY
}

with=()
without=()
echo "catalog: ${#hosts[@]} hosts; $runs pairs; timeout ${timeout_s} s"
run_once warmup "$named" named-root.pem checked >/dev/null
for i in $(seq "$runs"); do
    without+=("$(run_once "without-$i" "$unnamed" unnamed-root.pem unchecked)")
    with+=("$(run_once "with-$i" "$named" named-root.pem checked)")
done

"$python" - <<PY
import statistics
def rows(text):
    return [list(map(int, line.split())) for line in text.strip().split("\n")]
without = rows("""$(printf '%s\n' "${without[@]}")""")
with_ = rows("""$(printf '%s\n' "${with[@]}")""")
for name, runs in (("without", without), ("with", with_)):
    wall = [r[0] for r in runs]
    print(f"{name:8} https {runs[0][1]:3} revocation passed {runs[0][2]:3}  wall ms min {min(wall)} "
          f"median {statistics.median(wall)} max {max(wall)}")
ratios = [w[0] / o[0] for o, w in zip(without, with_)]
print(f"with / without, pair by pair: min {min(ratios):.2f} median {statistics.median(ratios):.2f} "
      f"max {max(ratios):.2f} (requirement: at most 1.3)")
PY
