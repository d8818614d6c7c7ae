#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Benchmark: 40 targets whose TCP port 443 is silently dropped, checked with --timeout 3.
# A serial checker needs 40 x 3 s = 120 s; the requirement is under 5 s. See bench/README.md.
#
# Everything runs inside a throwaway network namespace (tests/lab/netns-lab.sh) whose nftables
# input hook drops TCP 443 to 127.0.0.0/8; the 40 names h01.bench.test ... h40.bench.test are
# pinned with --resolve to 127.0.0.11 ... 127.0.0.50. No packet leaves loopback. Needs root.
#
# usage: bench/silent-drop.sh [--cli PATH] [--runs N] [--concurrency LIST] [--out DIR]
#   --cli PATH          the cloudcheck-cli to measure (default: build one in build/bench, Release)
#   --runs N            runs per configuration (default 5)
#   --concurrency LIST  comma list of settings to measure; "default" passes no --concurrency
#                       (default: default,16,8)
#   --out DIR           keep every run's JSON report there
# Each run must exit 2 with all 40 targets failed by TCP_TIMEOUT, or the benchmark stops.
# Exit status: 0 measured, 1 a run misbehaved, 77 no namespace/nftables here (not root...).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
python=/usr/bin/python3
targets=40
timeout_s=3
runs=5
concurrency_list=default,16,8
cli=""
out=""

while [[ $# -gt 0 ]]; do
    case $1 in
    --cli) cli=${2:?--cli needs a path}; shift 2 ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --concurrency) concurrency_list=${2:?--concurrency needs a list}; shift 2 ;;
    --out) out=${2:?--out needs a directory}; shift 2 ;;
    -h | --help) sed -n '2,17p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "unknown option $1; try --help" >&2; exit 64 ;;
    esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "--runs expects a positive number" >&2; exit 64; }
[[ -x $python ]] || { echo "$python is missing (apt-get install -y python3)" >&2; exit 1; }

# shellcheck source=release-cli.sh
source "$here/release-cli.sh"
cli=$(bench_release_cli "$repo" "$cli")

# shellcheck source=../tests/lab/netns-lab.sh
source "$repo/tests/lab/netns-lab.sh"

workdir=$(mktemp -d "${TMPDIR:-/tmp}/cloudcheck-bench.XXXXXX")
lab_user_cleanup() {
    rm -rf "$workdir"
}
trap lab_user_cleanup EXIT # replaced by lab_setup's trap, which calls lab_user_cleanup too
lab_setup cloudcheck-bench

cat >"$workdir/rules.nft" <<'EOF'
table inet cloudcheck_bench {
    chain input {
        type filter hook input priority 0; policy accept;
        ip daddr 127.0.0.0/8 tcp dport 443 drop
    }
}
EOF
lab_load_rules "$workdir/rules.nft"

"$python" - "$workdir/catalog.json" "$targets" <<'PY'
import json, sys

def text(s):
    return {"en": s, "ja": s}

count = int(sys.argv[2])
entries = [{
    "id": f"bench-h{i:02d}", "services": ["bench"], "pattern": f"https://h{i:02d}.bench.test",
    "hosts": [f"h{i:02d}.bench.test"], "scheme": "https", "port": 443,
    "purpose": text(f"bench target {i}"), "level": "required", "confidence": "documented",
    "source": "https://example.invalid/bench", "expectedIssuers": [], "links": [],
} for i in range(1, count + 1)]
catalog = {
    "catalogFormat": 1, "name": "CloudCheck silent-drop bench", "version": "bench-1",
    "date": "2026-01-01", "source": "https://example.invalid/bench",
    "services": [{"id": "bench", "name": text("Bench"), "description": text("Bench targets"),
                  "alwaysIncluded": True}],
    "entries": entries,
}
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump(catalog, f, indent=1)
PY

base_args=(--catalog "$workdir/catalog.json" --timeout "$timeout_s" --format json --lang en --no-color
    --proxy none)
for i in $(seq 1 "$targets"); do
    base_args+=(--resolve "$(printf 'h%02d.bench.test:127.0.0.%d' "$i" $((10 + i)))")
done
mkdir -p "$workdir/home"
[[ -n $out ]] && mkdir -p "$out"

seconds() {
    printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000))
}

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), kernel $(uname -r)"
echo "cli:     $cli ($("$cli" --version 2>/dev/null | head -1))"
echo "command: ip netns exec NS cloudcheck-cli --catalog bench.json --timeout $timeout_s --format json" \
    "--lang en --no-color --proxy none --resolve hNN.bench.test:127.0.0.(10+NN) x$targets [--concurrency N]"
echo

: >"$workdir/results.tsv"
IFS=, read -r -a settings <<<"$concurrency_list"
for setting in "${settings[@]}"; do
    args=("${base_args[@]}")
    [[ $setting != default ]] && args+=(--concurrency "$setting")
    for run in $(seq 1 "$runs"); do
        report="$workdir/report.json"
        status=0
        start=$(date +%s%N)
        lab_spawn env HOME="$workdir/home" XDG_DATA_HOME="$workdir/home/data" \
            XDG_CONFIG_HOME="$workdir/home/config" "$cli" "${args[@]}" >"$report" 2>"$workdir/stderr.txt"
        wait "$LAB_LAST_PID" || status=$?
        end=$(date +%s%N)
        [[ -n $out ]] && cp "$report" "$out/report-$setting-$run.json"
        if [[ $status -ne 2 ]]; then
            echo "run $setting/$run: expected exit code 2, got $status" >&2
            cat "$workdir/stderr.txt" >&2
            exit 1
        fi
        # Prints "concurrency engineDurationMs maxTcpStepMs"; fails unless all targets are TCP_TIMEOUT.
        facts=$("$python" - "$report" "$targets" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
expected = int(sys.argv[2])
targets = report["targets"]
bad = [t["host"] for t in targets
       if t["verdict"] != "fail" or [f["code"] for f in t["findings"]] != ["TCP_TIMEOUT"]]
if len(targets) != expected or bad:
    sys.exit(f"expected {expected} targets all failed with TCP_TIMEOUT; got {len(targets)}, wrong: {bad}")
tcp = [s["durationMs"] for t in targets for s in t["steps"] if s["step"] == "tcp"]
print(report["settings"]["concurrency"], report["durationMs"], max(tcp))
PY
        )
        read -r used engine_ms tcp_ms <<<"$facts"
        wall_ms=$(((end - start) / 1000000))
        printf '%s\t%s\t%s\t%s\t%s\n' "$setting" "$used" "$wall_ms" "$engine_ms" "$tcp_ms" >>"$workdir/results.tsv"
        printf 'concurrency %-7s (used %3s) run %d: wall %s s, engine %s s, %d/%d TCP_TIMEOUT, longest tcp step %d ms\n' \
            "$setting" "$used" "$run" "$(seconds "$wall_ms")" "$(seconds "$engine_ms")" "$targets" "$targets" "$tcp_ms"
    done
done

echo
"$python" - "$workdir/results.tsv" "$targets" "$timeout_s" <<'PY'
import math, statistics, sys
rows = [line.split("\t") for line in open(sys.argv[1], encoding="utf-8").read().splitlines()]
targets, timeout = int(sys.argv[2]), float(sys.argv[3])
serial = targets * timeout
print(f"serial worst case: {targets} x {timeout:g} s = {serial:g} s; requirement: under 5 s")
print()
print("| --concurrency | used | runs | min s | median s | max s | expected ceil(40/c) x 3 s | vs serial 120 s | under 5 s |")
print("|---|---|---|---|---|---|---|---|---|")
for setting in dict.fromkeys(r[0] for r in rows):
    mine = [r for r in rows if r[0] == setting]
    used = int(mine[0][1])
    wall = [int(r[2]) / 1000 for r in mine]
    median = statistics.median(wall)
    expected = math.ceil(targets / used) * timeout
    print(f"| {setting} | {used} | {len(wall)} | {min(wall):.2f} | {median:.2f} | {max(wall):.2f} "
          f"| {expected:g} | {serial / median:.1f}x faster | {'yes' if max(wall) < 5 else 'NO'} |")
PY
