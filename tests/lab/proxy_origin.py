#!/usr/bin/python3
"""The origin servers behind the lab's squid: HTTPS on ADDRESS:443 with the given certificate, and
plain HTTP on ADDRESS:80. Every GET gets "200 OK" with a Date header, as a real service would.
Only ever run inside the lab's network namespace.

usage: proxy_origin.py ADDRESS CERT_PEM KEY_PEM READY_FILE
"""

import http.server
import ssl
import sys
import threading


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "lab-origin"

    def do_GET(self):  # noqa: N802 (the name http.server expects)
        body = b"ok\n"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def main() -> int:
    address, cert, key, ready_file = sys.argv[1:5]
    https = http.server.ThreadingHTTPServer((address, 443), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    https.socket = context.wrap_socket(https.socket, server_side=True)
    plain = http.server.ThreadingHTTPServer((address, 80), Handler)
    for server in (https, plain):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    with open(ready_file, "w", encoding="utf-8") as ready:
        ready.write("ready\n")
    threading.Event().wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
