#!/usr/bin/env bash
# shellcheck shell=bash
# A real squid (Debian's squid-openssl) and the origin servers behind it, inside a lab namespace
# made by netns-lab.sh. Sourced by the proxy lab tests and the proxy benchmark, after lab_setup.
#
# The origin answers on ADDRESS:443 (TLS) and ADDRESS:80, normally in 198.18.0.0/15, which
# squid_lab_init makes local inside the namespace. Squid finds every name through its own
# hosts_file and never asks a DNS server (dns_nameservers points at loopback, pinger is off).
#
#   squid_lab_init WORKDIR              checks squid, prepares WORKDIR and the 198.18/15 route;
#                                       picks SQUID_LAB_PASSWORD if none was given
#   squid_lab_certificates HOST...      root.pem (O=DigiCert Inc stand-in), origin.pem for HOSTs,
#                                       bump.pem (O=Corp Inspection) for ssl-bump
#   squid_lab_origin ADDRESS            starts proxy_origin.py and waits until it serves
#   squid_lab_hosts ADDRESS HOST...     squid's hosts_file
#   squid_lab_squid NAME PORT [MODE]    starts squid -N on 127.0.0.1:PORT and waits for it;
#                                       SQUID_LAB_DENIED lists domains its policy denies
#   squid_lab_stop                      stops every squid started here (call from lab_user_cleanup)
#
# MODE is one of:
#   (none)      an open proxy
#   bump        ssl-bump: re-signs every https site with bump.pem
#   basic       requires Basic auth (basic_ncsa_auth, an apr1 password file)
#   digest      requires Digest auth (digest_file_auth -c, realm-hashed user:realm:HA1 file)
#   ntlm        requires NTLM (ntlm_fake_auth: any user, any password is accepted)
#   negotiate   requires Negotiate/Kerberos (negotiate_kerberos_auth) against the lab KDC:
#               source krb5-lab.sh and call krb5_lab_kdc first; clients use http://localhost:PORT
#               so that their service principal is HTTP/localhost@REALM
#   offers      requires auth and offers every scheme in SQUID_LAB_OFFERS (default
#               "digest basic"), each as its own Proxy-Authenticate header, in that order
#   shortread   an open proxy with read_timeout SQUID_LAB_READ_TIMEOUT seconds (default 4): an
#               established CONNECT tunnel that stays idle that long is cut
# Auth modes know one user, SQUID_LAB_USER (alice), with the password SQUID_LAB_PASSWORD; the
# Basic and Digest realm is SQUID_LAB_REALM. Each squid's access log is logs/NAME-access.log.
set -euo pipefail

SQUID_LAB_SQUID=/usr/sbin/squid
SQUID_LAB_CERTGEN=/usr/lib/squid/security_file_certgen
SQUID_LAB_DIR=""
SQUID_LAB_DENIED=${SQUID_LAB_DENIED:-}
SQUID_LAB_HELPERS=/usr/lib/squid
SQUID_LAB_USER=${SQUID_LAB_USER:-alice}
SQUID_LAB_PASSWORD=${SQUID_LAB_PASSWORD:-}
SQUID_LAB_REALM=${SQUID_LAB_REALM:-CloudCheck Lab Proxy}
SQUID_LAB_OFFERS=${SQUID_LAB_OFFERS:-digest basic}
SQUID_LAB_READ_TIMEOUT=${SQUID_LAB_READ_TIMEOUT:-4}
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
    # Letters and digits only: the password files are colon-separated. Random, so that a test
    # grepping its outputs for it cannot be fooled by a word that happens to be there.
    [[ -n $SQUID_LAB_PASSWORD ]] || SQUID_LAB_PASSWORD="Lab$(openssl rand -hex 8)"
}

# The password files the auth helpers read, readable by squid's `proxy` user and nobody else.
squid_lab_password_files() {
    local dir=$SQUID_LAB_DIR ha1
    [[ -e $dir/basic.passwd ]] && return 0
    printf '%s:%s\n' "$SQUID_LAB_USER" "$(openssl passwd -apr1 -stdin <<<"$SQUID_LAB_PASSWORD")" >"$dir/basic.passwd"
    ha1=$(printf '%s:%s:%s' "$SQUID_LAB_USER" "$SQUID_LAB_REALM" "$SQUID_LAB_PASSWORD" | openssl md5 -r | cut -d' ' -f1)
    printf '%s:%s:%s\n' "$SQUID_LAB_USER" "$SQUID_LAB_REALM" "$ha1" >"$dir/digest.passwd"
    chown root:proxy "$dir/basic.passwd" "$dir/digest.passwd"
    chmod 640 "$dir/basic.passwd" "$dir/digest.passwd"
}

# The auth_param lines of one scheme.
squid_lab_auth_param() {
    local scheme=$1 dir=$SQUID_LAB_DIR helpers=$SQUID_LAB_HELPERS
    case $scheme in
    basic)
        echo "auth_param basic program $helpers/basic_ncsa_auth $dir/basic.passwd"
        echo "auth_param basic children 3 startup=1 idle=1"
        echo "auth_param basic realm $SQUID_LAB_REALM"
        echo "auth_param basic credentialsttl 1 minute"
        ;;
    digest)
        echo "auth_param digest program $helpers/digest_file_auth -c $dir/digest.passwd"
        echo "auth_param digest children 3 startup=1 idle=1"
        echo "auth_param digest realm $SQUID_LAB_REALM"
        ;;
    ntlm)
        # Wrapped: the fake helper's challenge has a bad offset that strict clients refuse.
        echo "auth_param ntlm program /usr/bin/python3 $squid_lab_here/ntlm_fake_auth_fixed.py $helpers/ntlm_fake_auth"
        echo "auth_param ntlm children 3 startup=1 idle=1"
        ;;
    negotiate)
        [[ -n ${KRB5_LAB_KEYTAB:-} && -n ${KRB5_LAB_SPN:-} ]] || {
            echo "FAIL: the negotiate squid needs the lab KDC: source krb5-lab.sh, call krb5_lab_kdc" >&2
            exit 1
        }
        echo "auth_param negotiate program $helpers/negotiate_kerberos_auth -k $KRB5_LAB_KEYTAB -s $KRB5_LAB_SPN"
        echo "auth_param negotiate children 3 startup=1 idle=1"
        echo "auth_param negotiate keep_alive on"
        ;;
    *)
        echo "FAIL: squid_lab_squid: unknown auth scheme '$scheme'" >&2
        exit 1
        ;;
    esac
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
    local name=$1 port=$2 mode=${3:-} dir=$SQUID_LAB_DIR extra="" schemes=() scheme
    local env=()
    case $mode in
    "" | bump | shortread) ;;
    basic | digest | ntlm | negotiate) schemes=("$mode") ;;
    offers) read -r -a schemes <<<"$SQUID_LAB_OFFERS" ;;
    *)
        echo "FAIL: squid_lab_squid: unknown mode '$mode'" >&2
        exit 1
        ;;
    esac
    if [[ $mode == bump ]]; then
        extra="ssl-bump cert=$dir/bump.pem key=$dir/bump.key generate-host-certificates=on dynamic_cert_mem_cache_size=4MB"
        if [[ ! -d $dir/ssl_db ]]; then
            "$SQUID_LAB_CERTGEN" -c -s "$dir/ssl_db" -M 4MB >/dev/null
            chown -R proxy:proxy "$dir/ssl_db"
        fi
    fi
    if [[ ${#schemes[@]} -gt 0 ]]; then
        squid_lab_password_files
    fi
    if [[ " ${schemes[*]} " == *" negotiate "* ]]; then
        # The Kerberos helper reads the lab's krb5.conf, never /etc/krb5.conf, and keeps no
        # replay cache on disk; squid passes its environment on to its helpers.
        env=(env "KRB5_CONFIG=${KRB5_LAB_CONF:-/nonexistent}" KRB5RCACHETYPE=none)
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
        if [[ $mode == shortread ]]; then
            echo "read_timeout $SQUID_LAB_READ_TIMEOUT seconds"
        fi
        for scheme in "${schemes[@]}"; do
            squid_lab_auth_param "$scheme"
        done
        if [[ -n $SQUID_LAB_DENIED ]]; then
            echo "acl denied_domains dstdomain $SQUID_LAB_DENIED"
            echo "http_access deny denied_domains"
        fi
        if [[ ${#schemes[@]} -gt 0 ]]; then
            echo "acl authed proxy_auth REQUIRED"
            echo "http_access allow authed"
            echo "http_access deny all"
        else
            echo "http_access allow all"
        fi
        echo "tls_outgoing_options cafile=$dir/root.pem"
        if [[ $mode == bump ]]; then
            echo "sslcrtd_program $SQUID_LAB_CERTGEN -s $dir/ssl_db -M 4MB"
            echo "sslcrtd_children 2 startup=1 idle=1"
            echo "ssl_bump bump all"
        fi
    } >"$dir/$name.conf"
    lab_spawn "${env[@]}" "$SQUID_LAB_SQUID" -N -f "$dir/$name.conf"
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
