#!/usr/bin/env bash
# shellcheck shell=bash
# A throwaway MIT Kerberos realm inside a lab namespace made by netns-lab.sh: its own krb5.conf,
# kdc.conf, database and keytab under WORKDIR, and krb5kdc listening on 127.0.0.1:KRB5_LAB_PORT
# inside the namespace. Nothing here reads or writes /etc/krb5.conf or /etc/krb5kdc: every
# Kerberos command runs with KRB5_CONFIG and KRB5_KDC_PROFILE pointing at the lab's files, and no
# name is ever looked up in DNS (dns_lookup_kdc, dns_lookup_realm, rdns and
# dns_canonicalize_hostname are all off). Sourced after netns-lab.sh and lab_setup.
#
#   krb5_lab_kdc WORKDIR REALM   creates the realm with the principals KRB5_LAB_USER@REALM
#                                (password KRB5_LAB_PASSWORD) and HTTP/localhost@REALM, writes
#                                HTTP/localhost's keytab (readable by squid's `proxy` user),
#                                starts `krb5kdc -n` and waits until it answers; exports
#                                KRB5_CONFIG and KRB5CCNAME for the clients run afterwards
#   krb5_lab_kinit               gets KRB5_LAB_USER's ticket into the lab ticket cache
#   krb5_lab_stop                stops the KDC (call from lab_user_cleanup)
#
# Set after krb5_lab_kdc: KRB5_LAB_DIR, KRB5_LAB_REALM, KRB5_LAB_CONF (the krb5.conf),
# KRB5_LAB_KEYTAB, KRB5_LAB_SPN (HTTP/localhost@REALM), KRB5_LAB_CCACHE (FILE:...), KRB5_LAB_PID.
# KRB5_LAB_USER defaults to SQUID_LAB_USER or alice, KRB5_LAB_PASSWORD to SQUID_LAB_PASSWORD or
# a random one. Missing krb5-kdc/krb5-admin-server/krb5-user is a skip (exit 77), like the lab.
set -euo pipefail

KRB5_LAB_PORT=${KRB5_LAB_PORT:-8888}
KRB5_LAB_USER=${KRB5_LAB_USER:-${SQUID_LAB_USER:-alice}}
KRB5_LAB_PASSWORD=${KRB5_LAB_PASSWORD:-${SQUID_LAB_PASSWORD:-}}
KRB5_LAB_DIR=""
KRB5_LAB_REALM=""
KRB5_LAB_CONF=""
KRB5_LAB_KDC_PROFILE=""
KRB5_LAB_KEYTAB=""
KRB5_LAB_SPN=""
KRB5_LAB_CCACHE=""
KRB5_LAB_PID=""

# A Kerberos administration command, on the lab's files only.
krb5_lab_admin() {
    env KRB5_CONFIG="$KRB5_LAB_CONF" KRB5_KDC_PROFILE="$KRB5_LAB_KDC_PROFILE" "$@"
}

krb5_lab_kdc() {
    local dir=$1/krb5 realm=$2 tool master
    for tool in /usr/sbin/krb5kdc /usr/sbin/kdb5_util /usr/sbin/kadmin.local /usr/bin/kinit; do
        [[ -x $tool ]] ||
            lab_skip "$tool is missing: apt-get install -y krb5-kdc krb5-admin-server krb5-user"
    done
    # The same user and password as the lab's squids, unless told otherwise.
    [[ -n $KRB5_LAB_PASSWORD ]] || KRB5_LAB_PASSWORD=${SQUID_LAB_PASSWORD:-Lab$(openssl rand -hex 8)}
    KRB5_LAB_DIR=$dir
    KRB5_LAB_REALM=$realm
    KRB5_LAB_CONF=$dir/krb5.conf
    KRB5_LAB_KDC_PROFILE=$dir/kdc.conf
    KRB5_LAB_KEYTAB=$dir/http.keytab
    KRB5_LAB_SPN="HTTP/localhost@$realm"
    KRB5_LAB_CCACHE="FILE:$dir/ccache"
    mkdir -p "$dir"
    chmod 755 "$dir"

    cat >"$KRB5_LAB_CONF" <<EOF
[libdefaults]
    default_realm = $realm
    dns_lookup_kdc = false
    dns_lookup_realm = false
    dns_canonicalize_hostname = false
    rdns = false
    udp_preference_limit = 1
    ticket_lifetime = 1h
    default_ccache_name = $KRB5_LAB_CCACHE

[realms]
    $realm = {
        kdc = 127.0.0.1:$KRB5_LAB_PORT
        admin_server = 127.0.0.1:$KRB5_LAB_PORT
    }

[domain_realm]
    localhost = $realm

[logging]
    default = FILE:$dir/krb5lib.log
EOF
    cat >"$KRB5_LAB_KDC_PROFILE" <<EOF
[kdcdefaults]
    kdc_listen = 127.0.0.1:$KRB5_LAB_PORT
    kdc_tcp_listen = 127.0.0.1:$KRB5_LAB_PORT

[realms]
    $realm = {
        database_name = $dir/principal
        key_stash_file = $dir/stash
        acl_file = $dir/kadm5.acl
        max_life = 1h
        default_principal_flags = +preauth
    }

[logging]
    kdc = FILE:$dir/kdc.log
    admin_server = FILE:$dir/kadmin.log
    default = FILE:$dir/krb5lib.log
EOF
    : >"$dir/kadm5.acl"
    chmod 644 "$KRB5_LAB_CONF" "$KRB5_LAB_KDC_PROFILE"

    # The master key only protects this throwaway database.
    master=$(openssl rand -hex 16)
    krb5_lab_admin /usr/sbin/kdb5_util -r "$realm" create -s -P "$master" >"$dir/setup.log" 2>&1 || {
        cat "$dir/setup.log" >&2
        echo "FAIL: kdb5_util could not create the lab realm $realm" >&2
        exit 1
    }
    {
        krb5_lab_admin /usr/sbin/kadmin.local -r "$realm" -q "addprinc -pw $KRB5_LAB_PASSWORD $KRB5_LAB_USER@$realm" &&
            krb5_lab_admin /usr/sbin/kadmin.local -r "$realm" -q "addprinc -randkey $KRB5_LAB_SPN" &&
            krb5_lab_admin /usr/sbin/kadmin.local -r "$realm" -q "ktadd -k $KRB5_LAB_KEYTAB $KRB5_LAB_SPN"
    } >>"$dir/setup.log" 2>&1 || {
        cat "$dir/setup.log" >&2
        echo "FAIL: kadmin.local could not add the lab principals" >&2
        exit 1
    }
    # squid's negotiate_kerberos_auth runs as `proxy` and reads the service key.
    chown root:proxy "$KRB5_LAB_KEYTAB"
    chmod 640 "$KRB5_LAB_KEYTAB"

    lab_spawn env KRB5_CONFIG="$KRB5_LAB_CONF" KRB5_KDC_PROFILE="$KRB5_LAB_KDC_PROFILE" \
        /usr/sbin/krb5kdc -n -r "$realm" >>"$dir/kdc.log" 2>&1
    KRB5_LAB_PID=$LAB_LAST_PID
    local ready=0
    for _ in $(seq 100); do
        if lab_exec bash -c "exec 3<>/dev/tcp/127.0.0.1/$KRB5_LAB_PORT" 2>/dev/null; then
            ready=1
            break
        fi
        kill -0 "$KRB5_LAB_PID" 2>/dev/null || break
        sleep 0.1
    done
    if [[ $ready -ne 1 ]]; then
        cat "$dir/kdc.log" >&2 || true
        echo "FAIL: the lab KDC did not listen on 127.0.0.1:$KRB5_LAB_PORT within 10 s" >&2
        exit 1
    fi
    export KRB5_CONFIG=$KRB5_LAB_CONF
    export KRB5CCNAME=$KRB5_LAB_CCACHE
}

krb5_lab_kinit() {
    # kinit reads the password from stdin when stdin is not a terminal.
    if ! lab_exec env KRB5_CONFIG="$KRB5_LAB_CONF" KRB5CCNAME="$KRB5_LAB_CCACHE" \
        /usr/bin/kinit "$KRB5_LAB_USER@$KRB5_LAB_REALM" <<<"$KRB5_LAB_PASSWORD" >"$KRB5_LAB_DIR/kinit.log" 2>&1; then
        cat "$KRB5_LAB_DIR/kinit.log" "$KRB5_LAB_DIR/kdc.log" >&2 || true
        echo "FAIL: kinit $KRB5_LAB_USER@$KRB5_LAB_REALM against the lab KDC failed" >&2
        exit 1
    fi
}

krb5_lab_stop() {
    [[ -n $KRB5_LAB_PID ]] || return 0
    kill "$KRB5_LAB_PID" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$KRB5_LAB_PID" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$KRB5_LAB_PID" 2>/dev/null || true
    KRB5_LAB_PID=""
}
