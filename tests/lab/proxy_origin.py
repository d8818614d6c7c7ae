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


# socketserver's default backlog of 5 drops SYNs when a whole catalog connects at once, and each
# drop costs the client a 1 s retransmission: that would be measured as a slow service.
http.server.ThreadingHTTPServer.request_queue_size = 256


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


class TlsServer(http.server.ThreadingHTTPServer):
    """Handshakes in each connection's own thread, so that many clients at once are not served
    one handshake after another by the accepting thread."""

    def __init__(self, address, context):
        super().__init__(address, Handler)
        self.context = context

    def finish_request(self, request, client_address):
        try:
            request = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError):
            return  # the client rejected the certificate or hung up: nothing to serve
        super().finish_request(request, client_address)


def main() -> int:
    address, cert, key, ready_file = sys.argv[1:5]
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    https = TlsServer((address, 443), context)
    plain = http.server.ThreadingHTTPServer((address, 80), Handler)
    for server in (https, plain):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    with open(ready_file, "w", encoding="utf-8") as ready:
        ready.write("ready\n")
    threading.Event().wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
