#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Developer tool and proof for the lab's proxy-authentication squids (squid-lab.sh) and its
# Kerberos KDC (krb5-lab.sh): builds them in a throwaway network namespace that has only `lo`
# and checks each with curl run inside it, before any cloudcheck-cli is involved.
#   basic      127.0.0.1:3140  no credentials -> 407 "Basic realm=..."; alice:PW -> 200;
#                              a wrong password -> 407; plain http with alice:PW -> 200
#   digest     127.0.0.1:3141  no credentials -> 407 "Digest ..."; alice:PW -> 200; wrong -> 407
#   ntlm       127.0.0.1:3142  no credentials -> 407 "NTLM"; alice with any password -> 200
#   negotiate  localhost:3143  no credentials -> 407 "Negotiate"; alice's ticket from the lab
#                              KDC (curl --proxy-negotiate -U :) -> 200, squid logs alice@REALM
#   offers     127.0.0.1:3144  no credentials -> 407 offering Digest and Basic; either works
#   shortread  127.0.0.1:3145  an idle CONNECT tunnel is cut after read_timeout (4 s)
#
# usage: verify_auth_squids.sh        (root; LAB_KEEP=1 keeps the temporary directory)
# Exit status: 0 all pass, 1 a check failed, 77 the machine cannot host the lab.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
origin=198.18.0.10
realm=CLOUDCHECK.LAB
failures=0

# shellcheck source=netns-lab.sh
source "$here/netns-lab.sh"
# shellcheck source=squid-lab.sh
source "$here/squid-lab.sh"
# shellcheck source=krb5-lab.sh
source "$here/krb5-lab.sh"

command -v curl >/dev/null || lab_skip "curl is not installed: apt-get install -y curl"
curl -V | grep -q 'SPNEGO' || lab_skip "this curl has no SPNEGO (GSS-API) support"

workdir=$(mktemp -d "${TMPDIR:-/tmp}/cloudcheck-authlab.XXXXXX")
lab_user_cleanup() {
    squid_lab_stop
    krb5_lab_stop
    [[ -n ${LAB_KEEP:-} ]] && { echo "kept $workdir"; return; }
    rm -rf "$workdir"
}
trap lab_user_cleanup EXIT
lab_setup cloudcheck-authlab
squid_lab_init "$workdir"
cd "$workdir"

squid_lab_certificates open.proxy-lab.test
squid_lab_origin "$origin"
squid_lab_hosts "$origin" open.proxy-lab.test
krb5_lab_kdc "$workdir" "$realm"
krb5_lab_kinit
squid_lab_squid basic 3140 basic
squid_lab_squid digest 3141 digest
squid_lab_squid ntlm 3142 ntlm
squid_lab_squid negotiate 3143 negotiate
squid_lab_squid offers 3144 offers
squid_lab_squid shortread 3145 shortread
pw=$SQUID_LAB_PASSWORD

ok() { echo "ok: $*"; }
bad() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# probe NAME PROXY_URL URL [CURL_ARGS...]: runs curl inside the namespace; leaves the CONNECT (or
# plain) response code in $code, the proxy's Proxy-Authenticate headers in $offers and the body
# in NAME.body. curl's -v output is in NAME.log.
probe() {
    local name=$1 proxy=$2 url=$3
    shift 3
    local codes
    codes=$(lab_exec env -u http_proxy -u https_proxy -u all_proxy -u no_proxy \
        curl -sS -v --max-time 10 --proxy "$proxy" --cacert root.pem -o "$name.body" \
        -w '%{http_connect} %{http_code}' "$@" "$url" 2>"$name.log") || true
    if [[ $url == https:* ]]; then
        # A refused CONNECT is in http_connect; after a successful one, http_code is the origin's.
        code=${codes%% *}
        [[ $code == 200 ]] && code=${codes##* }
    else
        code=${codes##* }
    fi
    offers=$(sed -n 's/^< [Pp]roxy-[Aa]uthenticate: \([A-Za-z]*\).*/\1/p' "$name.log" | tr -d '\r' | sort -u | paste -sd' ')
}

expect() { # NAME EXPECTED_CODE [EXPECTED_OFFERS]
    local name=$1 want=$2 want_offers=${3:-}
    if [[ $code != "$want" ]]; then
        bad "$name: got $code, expected $want (curl log: $workdir/$name.log)"
        sed -n '/^[<>*]/p' "$name.log" | head -40 >&2
        return
    fi
    if [[ $want == 200 ]] && ! grep -qx ok "$name.body" 2>/dev/null; then
        bad "$name: 200 but not the origin's body"
        return
    fi
    if [[ -n $want_offers && $offers != "$want_offers" ]]; then
        bad "$name: Proxy-Authenticate schemes '$offers', expected '$want_offers'"
        return
    fi
    ok "$name: $code${offers:+ (offers: $offers)}"
}

https_url=https://open.proxy-lab.test/
http_url=http://open.proxy-lab.test/

# --- basic -------------------------------------------------------------------------------------
probe basic-none http://127.0.0.1:3140 "$https_url"
expect basic-none 407 Basic
grep -q "^< Proxy-Authenticate: Basic realm=\"$SQUID_LAB_REALM\"" basic-none.log ||
    bad "basic-none: the realm is not \"$SQUID_LAB_REALM\""
probe basic-right http://127.0.0.1:3140 "$https_url" --proxy-basic --proxy-user "alice:$pw"
expect basic-right 200
probe basic-wrong http://127.0.0.1:3140 "$https_url" --proxy-basic --proxy-user "alice:wrong$pw"
expect basic-wrong 407 Basic
probe basic-http http://127.0.0.1:3140 "$http_url" --proxy-basic --proxy-user "alice:$pw"
expect basic-http 200
probe basic-http-none http://127.0.0.1:3140 "$http_url"
expect basic-http-none 407 Basic

# --- digest ------------------------------------------------------------------------------------
probe digest-none http://127.0.0.1:3141 "$https_url"
expect digest-none 407 Digest
probe digest-right http://127.0.0.1:3141 "$https_url" --proxy-digest --proxy-user "alice:$pw"
expect digest-right 200
probe digest-wrong http://127.0.0.1:3141 "$https_url" --proxy-digest --proxy-user "alice:wrong$pw"
expect digest-wrong 407 Digest

# --- ntlm (ntlm_fake_auth accepts any password) --------------------------------------------------
probe ntlm-none http://127.0.0.1:3142 "$https_url"
expect ntlm-none 407 NTLM
probe ntlm-any http://127.0.0.1:3142 "$https_url" --proxy-ntlm --proxy-user "alice:anything-at-all"
expect ntlm-any 200

# --- negotiate (Kerberos, the lab KDC; the proxy host must be localhost for HTTP/localhost) -------
probe negotiate-none http://localhost:3143 "$https_url"
expect negotiate-none 407 Negotiate
probe negotiate-ticket http://localhost:3143 "$https_url" --proxy-negotiate --proxy-user :
expect negotiate-ticket 200
if grep -q " alice@$realm " "$workdir/logs/negotiate-access.log"; then
    ok "negotiate: squid's access log names alice@$realm"
else
    bad "negotiate: squid's access log does not name alice@$realm"
fi
lab_exec klist >klist.log 2>&1 || true
if grep -q "HTTP/localhost@$realm" klist.log; then
    ok "negotiate: the ticket cache holds a ticket for HTTP/localhost@$realm"
else
    bad "negotiate: no service ticket for HTTP/localhost@$realm in the cache ($(tr '\n' ' ' <klist.log))"
fi

# --- offers: Digest and Basic at once -------------------------------------------------------------
probe offers-none http://127.0.0.1:3144 "$https_url"
expect offers-none 407 "Basic Digest"
if [[ $(grep -c '^< Proxy-Authenticate:' offers-none.log) -ge 2 ]]; then
    ok "offers: the 407 carries $(grep -c '^< Proxy-Authenticate:' offers-none.log) Proxy-Authenticate headers"
else
    bad "offers: fewer than two Proxy-Authenticate headers"
fi
probe offers-basic http://127.0.0.1:3144 "$https_url" --proxy-basic --proxy-user "alice:$pw"
expect offers-basic 200
probe offers-digest http://127.0.0.1:3144 "$https_url" --proxy-digest --proxy-user "alice:$pw"
expect offers-digest 200
probe offers-any http://127.0.0.1:3144 "$https_url" --proxy-anyauth --proxy-user "alice:$pw"
expect offers-any 200

# --- access log: what a refused and an accepted basic run leave -----------------------------------
echo "basic access log:"
sed 's/^/    /' "$workdir/logs/basic-access.log"

# --- shortread: an idle tunnel is cut after read_timeout ------------------------------------------
probe shortread-open http://127.0.0.1:3145 "$https_url"
expect shortread-open 200
idle=$(lab_exec /usr/bin/python3 - <<'PY'
import socket, time
s = socket.create_connection(("127.0.0.1", 3145), timeout=30)
s.sendall(b"CONNECT open.proxy-lab.test:443 HTTP/1.1\r\nHost: open.proxy-lab.test:443\r\n\r\n")
head = b""
while b"\r\n\r\n" not in head:
    chunk = s.recv(4096)
    if not chunk:
        break
    head += chunk
if not head.startswith(b"HTTP/1.1 200"):
    print("no-200", head[:40])
    raise SystemExit
start = time.monotonic()
while s.recv(4096):
    pass
print(f"{time.monotonic() - start:.1f}")
PY
)
if [[ $idle =~ ^[0-9.]+$ ]] && awk -v t="$idle" -v r="$SQUID_LAB_READ_TIMEOUT" 'BEGIN { exit !(t >= r - 0.5 && t <= r + 3) }'; then
    ok "shortread: the idle CONNECT tunnel was cut after $idle s (read_timeout $SQUID_LAB_READ_TIMEOUT s)"
else
    bad "shortread: idle tunnel: '$idle' (expected about $SQUID_LAB_READ_TIMEOUT s)"
fi

# Stop squid and the KDC by pid, gracefully, before the namespace goes (which would SIGKILL a squid
# still writing its logs).
squid_lab_stop
krb5_lab_stop
if [[ $failures -ne 0 ]]; then
    echo "FAIL: $failures check(s) failed; logs in $workdir (LAB_KEEP=1 keeps them)" >&2
    exit 1
fi
echo "PASS: every auth squid and the KDC work"
