#!/usr/bin/env bash
# A throwaway network namespace with its own loopback and nftables ruleset, for tests and
# benchmarks that need packets dropped or rejected. Nothing here ever touches a non-loopback
# address: the namespace has only `lo`, so 127.0.0.0/8 and ::1 are all that exist inside it.
#
# As a command:
#   netns-lab.sh [--rules FILE] [--] COMMAND [ARG...]
# creates the namespace `cloudcheck-lab-<pid>`, brings `lo` up, loads FILE with `nft -f`, runs
# COMMAND inside, removes the namespace and exits with COMMAND's status.
#
# As a library (`source netns-lab.sh`):
#   lab_setup [PREFIX]      create and enter-ready the namespace; sets LAB_NS; installs an EXIT trap
#                           that removes it (define lab_user_cleanup to add your own cleanup)
#   lab_load_rules FILE     load an nftables ruleset inside it (a bad ruleset is a hard failure)
#   lab_exec COMMAND...     run a command inside it
#   lab_spawn COMMAND...    start a command inside it in the background; its pid is in LAB_LAST_PID
#
# Exit status 77 (LAB_SKIP) means "this machine cannot host the lab": not root, `ip netns add`
# not permitted, or no nftables support in the kernel. CTest treats it as a skip, except under
# CI=true: CI is where the lab must run, so a skip there fails (exit 1) with the same one line.
set -euo pipefail

LAB_SKIP=77
LAB_NS=""
LAB_NS_CREATED=0
LAB_LAST_PID=""

lab_skip() {
    if [[ "${CI:-}" == "true" ]]; then
        echo "FAIL: lab test skipped under CI=true: $*" >&2
        exit 1
    fi
    echo "SKIP: $*" >&2
    exit "$LAB_SKIP"
}

# Removes a namespace made by this lab, after stopping the processes the lab started in it.
lab_destroy_ns() {
    local ns=$1 pid
    for pid in $(ip netns pids "$ns" 2>/dev/null); do
        kill "$pid" 2>/dev/null || true
    done
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        [[ -z $(ip netns pids "$ns" 2>/dev/null) ]] && break
        sleep 0.1
    done
    for pid in $(ip netns pids "$ns" 2>/dev/null); do
        kill -KILL "$pid" 2>/dev/null || true
    done
    ip netns del "$ns" 2>/dev/null || echo "warning: could not delete namespace $ns" >&2
}

lab_teardown() {
    local status=$?
    if [[ $LAB_NS_CREATED -eq 1 ]]; then
        lab_destroy_ns "$LAB_NS"
        LAB_NS_CREATED=0
    fi
    if declare -F lab_user_cleanup >/dev/null; then
        lab_user_cleanup || true
    fi
    return "$status"
}

# A run killed with SIGKILL (a CTest timeout) cannot clean up; its namespace is named after its
# pid, so a later run removes it once that pid is gone.
lab_sweep_stale() {
    local prefix=$1 ns
    for ns in $(ip netns list 2>/dev/null | awk '{print $1}'); do
        [[ $ns =~ ^${prefix}-([0-9]+)$ ]] || continue
        kill -0 "${BASH_REMATCH[1]}" 2>/dev/null && continue
        echo "removing stale lab namespace $ns" >&2
        lab_destroy_ns "$ns"
    done
}

lab_setup() {
    local prefix=${1:-cloudcheck-lab}
    [[ $(id -u) -eq 0 ]] || lab_skip "lab tests need root (network namespaces and nftables)"
    command -v ip >/dev/null || lab_skip "iproute2 (ip) is not installed: apt-get install -y iproute2"
    command -v nft >/dev/null || lab_skip "nftables (nft) is not installed: apt-get install -y nftables"

    lab_sweep_stale "$prefix"
    LAB_NS="${prefix}-$$"
    trap lab_teardown EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM

    local err
    if ! err=$(ip netns add "$LAB_NS" 2>&1); then
        lab_skip "cannot create a network namespace (ip netns add $LAB_NS): $err"
    fi
    LAB_NS_CREATED=1
    if ! err=$(ip -n "$LAB_NS" link set lo up 2>&1); then
        lab_skip "cannot bring up lo inside $LAB_NS: $err"
    fi
    # Probe nftables with a trivial table first, so that a kernel without nf_tables skips the
    # lab, while a mistake in the caller's own ruleset still fails loudly in lab_load_rules.
    if ! err=$(ip netns exec "$LAB_NS" nft add table inet cloudcheck_probe 2>&1 &&
        ip netns exec "$LAB_NS" nft delete table inet cloudcheck_probe 2>&1); then
        lab_skip "nftables does not work inside a network namespace here (kernel without nf_tables?): $err"
    fi
}

lab_load_rules() {
    local rules=$1
    if ! ip netns exec "$LAB_NS" nft -f "$rules"; then
        echo "FAIL: the nftables ruleset $rules was refused" >&2
        exit 1
    fi
}

lab_exec() {
    ip netns exec "$LAB_NS" "$@"
}

lab_spawn() {
    # `ip netns exec` execs the command in place, so $! is the command's own pid.
    ip netns exec "$LAB_NS" "$@" &
    # shellcheck disable=SC2034 # read by the scripts that source this file
    LAB_LAST_PID=$!
}

lab_main() {
    local rules=""
    while [[ $# -gt 0 ]]; do
        case $1 in
        --rules)
            rules=${2:?--rules needs a file}
            shift 2
            ;;
        --)
            shift
            break
            ;;
        -h | --help)
            sed -n '2,20p' "${BASH_SOURCE[0]}"
            return 0
            ;;
        *) break ;;
        esac
    done
    if [[ $# -eq 0 ]]; then
        echo "usage: netns-lab.sh [--rules FILE] [--] COMMAND [ARG...]" >&2
        return 64
    fi
    lab_setup cloudcheck-lab
    [[ -n $rules ]] && lab_load_rules "$rules"
    local status=0
    lab_exec "$@" || status=$?
    return "$status"
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    lab_main "$@"
fi
