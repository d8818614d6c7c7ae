#!/usr/bin/python3
"""Listeners for the lab namespace, so that every failure the lab test sees is caused by its
nftables rules and not by an empty port.

TCP: accepts on 0.0.0.0:PORT and closes each connection at once (the TCP step passes, TLS
then fails: that is the control target). UDP: answers every datagram on 0.0.0.0:PORT with the
same bytes (the UDP step passes). Only ever run inside the lab's network namespace.

usage: lab_servers.py PORT READY_FILE
"""

import selectors
import socket
import sys


def main() -> int:
    port = int(sys.argv[1])
    ready_file = sys.argv[2]

    tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    tcp.bind(("0.0.0.0", port))
    tcp.listen(64)
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind(("0.0.0.0", port))

    selector = selectors.DefaultSelector()
    selector.register(tcp, selectors.EVENT_READ)
    selector.register(udp, selectors.EVENT_READ)
    with open(ready_file, "w", encoding="utf-8") as ready:
        ready.write("ready\n")

    while True:
        for key, _ in selector.select():
            if key.fileobj is tcp:
                connection, _ = tcp.accept()
                connection.close()
            else:
                data, peer = udp.recvfrom(65535)
                udp.sendto(data, peer)


if __name__ == "__main__":
    sys.exit(main())
