#!/usr/bin/env python3
"""Squid NTLM helper for the lab: Debian's ntlm_fake_auth, with its challenge repaired.

ntlm_fake_auth (squid 5.7) answers "TT <type 2>" with a malformed challenge: the target-name offset
is 0xAAAAAAAE, far past the end of the message, the version flag is set without a version, and
there is no target information, which NTLMv2 needs. Lenient clients (curl, NTLMv1) cope; strict
implementations such as gss-ntlmssp, which CloudCheck uses, rightly refuse it. This wrapper passes
every line through unchanged except that it rewrites such a challenge into a well-formed one with
the same server challenge and flags, so the rest of the exchange (and ntlm_fake_auth's "any
password is accepted") is the real helper's.

usage: ntlm_fake_auth_fixed.py PATH/TO/ntlm_fake_auth [ARGS...]
"""
import base64
import struct
import subprocess
import sys


NEGOTIATE_UNICODE = 0x00000001
NEGOTIATE_OEM = 0x00000002
TARGET_TYPE_DOMAIN = 0x00010000
NEGOTIATE_TARGET_INFO = 0x00800000
NEGOTIATE_VERSION = 0x02000000


def well_formed(flags: int, challenge: bytes) -> bytes:
    domain = "WORKGROUP".encode("utf-16-le")
    computer = "PROXY".encode("utf-16-le")
    info = (struct.pack("<HH", 2, len(domain)) + domain + struct.pack("<HH", 1, len(computer)) + computer
            + struct.pack("<HH", 0, 0))
    flags = (flags | NEGOTIATE_UNICODE | TARGET_TYPE_DOMAIN | NEGOTIATE_TARGET_INFO | NEGOTIATE_VERSION) \
        & ~NEGOTIATE_OEM
    header = 56
    return (b"NTLMSSP\0" + struct.pack("<I", 2)
            + struct.pack("<HHI", len(domain), len(domain), header)
            + struct.pack("<I", flags) + challenge + b"\0" * 8
            + struct.pack("<HHI", len(info), len(info), header + len(domain))
            + bytes([6, 1, 0xB1, 0x1D, 0, 0, 0, 15]) + domain + info)


def repaired(line: str) -> str:
    if not line.startswith("TT "):
        return line
    token = base64.b64decode(line[3:].strip())
    if len(token) < 32 or token[:8] != b"NTLMSSP\0":
        return line
    length, _, offset = struct.unpack_from("<HHI", token, 12)
    if offset + length <= len(token):
        return line
    (flags,) = struct.unpack_from("<I", token, 20)
    return "TT " + base64.b64encode(well_formed(flags, token[24:32])).decode() + "\n"


def main() -> int:
    helper = subprocess.Popen(sys.argv[1:], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    for request in sys.stdin:
        helper.stdin.write(request)
        helper.stdin.flush()
        answer = helper.stdout.readline()
        if not answer:
            break
        sys.stdout.write(repaired(answer))
        sys.stdout.flush()
    helper.stdin.close()
    return helper.wait()


if __name__ == "__main__":
    sys.exit(main())
