#!/usr/bin/env bash
# shellcheck shell=bash
# A real squid (Debian's squid-openssl) and the origin servers behind it, inside a lab namespace
# made by netns-lab.sh. Sourced by the proxy lab test and the proxy benchmark, after lab_setup.
#
# The origin answers on ADDRESS:443 (TLS) and ADDRESS:80, normally in 198.18.0.0/15, which
# squid_lab_init makes local inside the namespace. Squid finds every name through its own
# hosts_file and never asks a DNS server (dns_nameservers points at loopback, pinger is off).
#
#   squid_lab_init WORKDIR              checks squid, prepares WORKDIR and the 198.18/15 route
#   squid_lab_certificates HOST...      root.pem (O=DigiCert Inc stand-in), origin.pem for HOSTs,
#                                       bump.pem (O=Corp Inspection) for ssl-bump
#   squid_lab_origin ADDRESS            starts proxy_origin.py and waits until it serves
#   squid_lab_hosts ADDRESS HOST...     squid's hosts_file
#   squid_lab_squid NAME PORT [bump]    starts squid -N on 127.0.0.1:PORT and waits for it;
#                                       SQUID_LAB_DENIED lists domains its policy denies
#   squid_lab_stop                      stops every squid started here (call from lab_user_cleanup)
set -euo pipefail

SQUID_LAB_SQUID=/usr/sbin/squid
SQUID_LAB_CERTGEN=/usr/lib/squid/security_file_certgen
SQUID_LAB_DIR=""
SQUID_LAB_DENIED=${SQUID_LAB_DENIED:-}
squid_lab_pids=()
squid_lab_here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

squid_lab_init() {
    SQUID_LAB_DIR=$1
    [[ -x $SQUID_LAB_SQUID && -x $SQUID_LAB_CERTGEN ]] ||
        lab_skip "squid-openssl is not installed: apt-get install -y squid-openssl"
    # Squid drops root for the `proxy` user, which must read the configs and write the logs.
    chmod 755 "$SQUID_LAB_DIR"
    mkdir -p "$SQUID_LAB_DIR/logs"
    chown proxy:proxy "$SQUID_LAB_DIR/logs"
    lab_exec ip route add local 198.18.0.0/15 dev lo src 127.0.0.1
}

squid_lab_certificates() {
    local dir=$SQUID_LAB_DIR san="" host
    for host in "$@"; do
        san+="${san:+,}DNS:$host"
    done
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -keyout "$dir/root.key" -out "$dir/root.pem" \
        -subj "/O=DigiCert Inc/CN=CloudCheck Lab Root G2" -addext "basicConstraints=critical,CA:true" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -keyout "$dir/origin.key" -out "$dir/origin.csr" \
        -subj "/O=CloudCheck Lab/CN=$1" 2>/dev/null
    printf 'subjectAltName=%s\n' "$san" >"$dir/origin.ext"
    openssl x509 -req -in "$dir/origin.csr" -CA "$dir/root.pem" -CAkey "$dir/root.key" -CAcreateserial \
        -days 30 -extfile "$dir/origin.ext" -out "$dir/origin.pem" 2>/dev/null
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -keyout "$dir/bump.key" -out "$dir/bump.pem" \
        -subj "/O=Corp Inspection/CN=Corp Inspection CA" -addext "basicConstraints=critical,CA:true" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
    chmod 644 "$dir"/*.pem "$dir"/*.key
}

squid_lab_origin() {
    local address=$1 dir=$SQUID_LAB_DIR pid
    lab_spawn /usr/bin/python3 "$squid_lab_here/proxy_origin.py" "$address" "$dir/origin.pem" "$dir/origin.key" \
        "$dir/origin.ready"
    pid=$LAB_LAST_PID
    for _ in $(seq 50); do
        [[ -e $dir/origin.ready ]] && return 0
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "FAIL: the origin servers did not start on $address" >&2
    exit 1
}

squid_lab_hosts() {
    local address=$1
    shift
    printf '%s %s\n' "$address" "$*" >"$SQUID_LAB_DIR/hosts"
}

squid_lab_squid() {
    local name=$1 port=$2 mode=${3:-} dir=$SQUID_LAB_DIR extra=""
    if [[ $mode == bump ]]; then
        extra="ssl-bump cert=$dir/bump.pem key=$dir/bump.key generate-host-certificates=on dynamic_cert_mem_cache_size=4MB"
        if [[ ! -d $dir/ssl_db ]]; then
            "$SQUID_LAB_CERTGEN" -c -s "$dir/ssl_db" -M 4MB >/dev/null
            chown -R proxy:proxy "$dir/ssl_db"
        fi
    fi
    {
        echo "http_port 127.0.0.1:$port $extra"
        echo "pid_filename $dir/logs/$name.pid"
        echo "access_log stdio:$dir/logs/$name-access.log"
        echo "cache_log $dir/logs/$name-cache.log"
        echo "cache_store_log none"
        echo "cache deny all"
        echo "hosts_file $dir/hosts"
        echo "dns_nameservers 127.0.0.1"
        echo "pinger_enable off"
        echo "shutdown_lifetime 0 seconds"
        echo "visible_hostname cloudcheck-lab-proxy"
        if [[ -n $SQUID_LAB_DENIED ]]; then
            echo "acl denied_domains dstdomain $SQUID_LAB_DENIED"
            echo "http_access deny denied_domains"
        fi
        echo "http_access allow all"
        echo "tls_outgoing_options cafile=$dir/root.pem"
        if [[ $mode == bump ]]; then
            echo "sslcrtd_program $SQUID_LAB_CERTGEN -s $dir/ssl_db -M 4MB"
            echo "sslcrtd_children 2 startup=1 idle=1"
            echo "ssl_bump bump all"
        fi
    } >"$dir/$name.conf"
    lab_spawn "$SQUID_LAB_SQUID" -N -f "$dir/$name.conf"
    squid_lab_pids+=("$LAB_LAST_PID")
    for _ in $(seq 100); do
        lab_exec bash -c "exec 3<>/dev/tcp/127.0.0.1/$port" 2>/dev/null && return 0
        sleep 0.1
    done
    cat "$dir/logs/$name-cache.log" >&2 || true
    echo "FAIL: squid did not listen on 127.0.0.1:$port within 10 s" >&2
    exit 1
}

squid_lab_stop() {
    local pid
    for pid in "${squid_lab_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${squid_lab_pids[@]}"; do
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
    done
    squid_lab_pids=()
}
