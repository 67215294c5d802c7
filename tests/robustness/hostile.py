"""A hostile HTTP server on 127.0.0.1: it trickles, lies about charsets and resets connections.

Written on raw sockets so that every byte and its timing is ours to choose (http.server
would buffer and tidy). Each route is a function that writes to the connected socket.
"""

from __future__ import annotations

import base64
import socket
import socketserver
import struct
import threading
import time
from collections.abc import Callable

Route = Callable[[socket.socket, dict[str, str]], None]

TRICKLE_PAUSE = 0.1
"""Seconds between two trickled bytes: far less than any per-read timeout, so only a total deadline helps."""


def head(status: str, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status}", *(f"{key}: {value}" for key, value in headers.items()), "", ""]
    return "\r\n".join(lines).encode("latin-1")


def answer(body: bytes, content_type: str, status: str = "200 OK", **extra: str) -> Route:
    def route(sock: socket.socket, _request: dict[str, str]) -> None:
        sock.sendall(head(status, {"Content-Type": content_type, "Content-Length": str(len(body)),
                                   "Connection": "close", **extra}) + body)
    return route


def trickle(data: bytes, sock: socket.socket, *, stop_after: float = 30.0) -> None:
    """Send ``data`` one byte at a time until the client goes away (or ``stop_after`` seconds)."""
    ends = time.monotonic() + stop_after
    for index in range(len(data)):
        if time.monotonic() > ends:
            return
        try:
            sock.sendall(data[index:index + 1])
        except OSError:
            return
        time.sleep(TRICKLE_PAUSE)


def trickle_body(body: bytes, content_type: str = "text/plain; charset=utf-8", *, length: bool = True) -> Route:
    def route(sock: socket.socket, _request: dict[str, str]) -> None:
        headers = {"Content-Type": content_type, "Connection": "close"}
        if length:
            headers["Content-Length"] = str(len(body))
        sock.sendall(head("200 OK", headers))
        trickle(body, sock)
    return route


def trickle_headers(body: bytes) -> Route:
    def route(sock: socket.socket, _request: dict[str, str]) -> None:
        filler = {f"X-Filler-{n}": "x" * 20 for n in range(20)}
        trickle(head("200 OK", {"Content-Type": "text/plain", "Content-Length": str(len(body)), **filler}) + body,
                sock)
    return route


def reset_after(prefix: bytes) -> Route:
    """Send ``prefix`` then reset the connection (RST, not a clean close)."""
    def route(sock: socket.socket, _request: dict[str, str]) -> None:
        sock.sendall(prefix)
        time.sleep(0.05)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    return route


def needs_auth(user: str, password: str, body: bytes, content_type: str) -> Route:
    """Basic auth: the article for the right credentials, 401 otherwise."""
    expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
    ok, refused = answer(body, content_type), answer(b"who are you?", "text/plain", "401 Unauthorized")

    def route(sock: socket.socket, request: dict[str, str]) -> None:
        (ok if request.get("authorization") == expected else refused)(sock, request)
    return route


def redirect(location: str) -> Route:
    return answer(b"", "text/plain", "302 Found", Location=location)


class HostileServer:
    """``routes`` maps a path to a route; unknown paths get 404. Use as a context manager."""

    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.requests: list[tuple[str, dict[str, str]]] = []
        server = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                sock: socket.socket = self.request
                sock.settimeout(10)
                try:
                    path, headers = _read_request(sock)
                except (OSError, ValueError):
                    return
                server.requests.append((path, headers))
                route = server.routes.get(path.split("?", 1)[0], answer(b"not found", "text/plain", "404 Not Found"))
                try:
                    route(sock, headers)
                except OSError:
                    pass

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def _read_request(sock: socket.socket) -> tuple[str, dict[str, str]]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk:
            raise ValueError("closed before the request ended")
        data += chunk
    lines = data.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    path = lines[0].split(" ")[1]
    headers = {}
    for line in lines[1:]:
        key, _, value = line.partition(":")
        headers[key.strip().lower()] = value.strip()
    return path, headers
