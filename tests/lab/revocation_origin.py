#!/usr/bin/python3
"""A certificate authority and the service it certified, for the revocation lab (inside the lab's
network namespace only).

Makes a test PKI with the `cryptography` package: a root (O=DigiCert Inc stand-in), an
intermediate whose certificate and whose leaf name the lab's CRL and CA-certificate hosts
(http://crl.revocation-lab.test/..., http://certs.revocation-lab.test/...), and a leaf for
service.revocation-lab.test. Then serves, on ADDRESS:
  443  TLS with the leaf and the intermediate (any request gets "200 OK")
  80   GET /root.crl, /ca.crl (current CRLs; with --revoke the leaf is on /ca.crl),
       GET /ca.crt (the intermediate, DER), anything else 404; POST (OCSP) "unauthorized".
Writes root.pem into WORKDIR, then READY_FILE once both ports listen.

usage: revocation_origin.py WORKDIR ADDRESS READY_FILE [--revoke] [--names FILE] [--no-addresses]
  --names FILE     the leaf also carries every host name in FILE (one per line), for runs of a
                   whole catalog (bench/revocation-overhead.sh): the chain then names
                   crl3.digicert.com and cacerts.digicert.com, any .crl path gets the root's CRL
                   and any .crt path the intermediate, so sample URLs answer too
  --no-addresses   the certificates name no CRL or CA-certificate address (revocation not run)
"""

import datetime
import http.server
import os
import socketserver
import ssl
import sys
import threading

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CRL_HOST = "crl.revocation-lab.test"
CERTS_HOST = "certs.revocation-lab.test"
SERVICE_HOST = "service.revocation-lab.test"


def name(common_name):
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "DigiCert Inc"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def certificate(subject, issuer, key, issuer_key, ca, extensions=()):
    now = datetime.datetime.now(datetime.timezone.utc)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - datetime.timedelta(days=1))
               .not_valid_after(now + datetime.timedelta(days=30))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    for extension in extensions:
        builder = builder.add_extension(extension, critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def addresses(crl_path, named=True):
    if not named:
        return []
    return [x509.CRLDistributionPoints([x509.DistributionPoint(
                [x509.UniformResourceIdentifier(f"http://{CRL_HOST}/{crl_path}")], None, None, None)]),
            x509.AuthorityInformationAccess([x509.AccessDescription(
                x509.oid.AuthorityInformationAccessOID.CA_ISSUERS,
                x509.UniformResourceIdentifier(f"http://{CERTS_HOST}/ca.crt"))])]


def crl(issuer_cert, issuer_key, revoked=()):
    now = datetime.datetime.now(datetime.timezone.utc)
    builder = (x509.CertificateRevocationListBuilder().issuer_name(issuer_cert.subject)
               .last_update(now - datetime.timedelta(minutes=1))
               .next_update(now + datetime.timedelta(days=7)))
    for serial in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(serial)
            .revocation_date(now - datetime.timedelta(hours=1)).build())
    return builder.sign(issuer_key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def main():
    global CRL_HOST, CERTS_HOST  # noqa: PLW0603 (set once, before any certificate is made)
    workdir, address, ready_file = sys.argv[1:4]
    options = sys.argv[4:]
    revoke = "--revoke" in options
    named = "--no-addresses" not in options
    extra_names = []
    if "--names" in options:
        with open(options[options.index("--names") + 1], encoding="utf-8") as f:
            extra_names = [line.strip() for line in f if line.strip()]
        # A whole catalog's run: the chain names DigiCert's hosts, as the real ones do.
        CRL_HOST, CERTS_HOST = "crl3.digicert.com", "cacerts.digicert.com"
    root_key, ca_key = (ec.generate_private_key(ec.SECP256R1()) for _ in range(2))
    # RSA, so the Citrix ingress hosts' TLS 1.2 suites (ECDHE-RSA/DHE-RSA, decision 47) can be chosen.
    leaf_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root = certificate(name("Revocation Lab Root"), name("Revocation Lab Root"), root_key, root_key, True)
    ca = certificate(name("Revocation Lab CA"), root.subject, ca_key, root_key, True,
                     addresses("root.crl", named))
    leaf = certificate(name(SERVICE_HOST), ca.subject, leaf_key, ca_key, False,
                       addresses("ca.crl", named) + [
                           x509.SubjectAlternativeName([x509.DNSName(n) for n in [SERVICE_HOST] + extra_names]),
                           x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH])])
    pem = serialization.Encoding.PEM
    with open(os.path.join(workdir, "root.pem"), "wb") as f:
        f.write(root.public_bytes(pem))
    chain = os.path.join(workdir, f"chain-{address}.pem")
    key = os.path.join(workdir, f"key-{address}.pem")
    with open(chain, "wb") as f:
        f.write(leaf.public_bytes(pem) + ca.public_bytes(pem))
    with open(key, "wb") as f:
        f.write(leaf_key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))

    files = {
        "/root.crl": ("application/pkix-crl", crl(root, root_key)),
        "/ca.crl": ("application/pkix-crl", crl(ca, ca_key, [leaf.serial_number] if revoke else [])),
        "/ca.crt": ("application/pkix-cert", ca.public_bytes(serialization.Encoding.DER)),
    }

    class Files(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the stdlib's name)
            # Through a proxy the request line carries the whole URL.
            path = "/" + self.path.split("://", 1)[-1].split("/", 1)[-1] if "://" in self.path else self.path
            found = files.get(path)
            if not found and extra_names:
                found = files["/root.crl"] if path.endswith(".crl") else files["/ca.crt"] if path.endswith(".crt") else None
            self.send_response(200 if found else 404)
            body = found[1] if found else b"not here"
            self.send_header("Content-Type", found[0] if found else "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self):  # noqa: N802
            # An OCSP responder that is not authoritative for the question: OCSPResponse
            # { responseStatus unauthorized(6) }, what a real one answers a sample question.
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            body = bytes.fromhex("30030a0106")
            self.send_response(200)
            self.send_header("Content-Type", "application/ocsp-response")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    class Service(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
        daemon_threads = True
        allow_reuse_address = True
        request_queue_size = 128  # the default 5 drops SYNs under a run's burst: 1 s retransmits

    plain = Server((address, 80), Files)
    tls = Server((address, 443), Service)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(chain, key)
    tls.socket = context.wrap_socket(tls.socket, server_side=True)
    for server in (plain, tls):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    with open(ready_file, "w", encoding="utf-8") as ready:
        ready.write("ready\n")
    threading.Event().wait()


if __name__ == "__main__":
    main()
