"""``audio-edition serve``: a small static server for OUTDIR that podcast players are happy with.

GET and HEAD; single byte ranges (``206 Partial Content`` with ``Content-Range``,
``416`` for a range that cannot be satisfied), which Apple Podcasts needs to
seek; the right content type for each file; and nothing outside OUTDIR: the path
is decoded once, resolved with symlinks followed, and must stay inside the
resolved OUTDIR. Hidden files (a name starting with a dot, such as the
``.NAME.mp3.XXXX.part`` of an edition being written) are never served.

Made for bursts and bad networks: a listen backlog of ``BACKLOG`` connections
(a podcast app's refresh plus a page's assets from many phones at once), an idle
connection closed after ``idle_timeout`` seconds, a request whose line and headers
are not all in within ``idle_timeout`` seconds of its first byte cut off (a client
trickling a byte at a time would otherwise hold a thread for ever), and a client
that resets or drops its connection costs one debug line, not a traceback.
"""

from __future__ import annotations

import email.utils
import logging
import os
import posixpath
import re
import socket
import sys
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from audio_edition.errors import InputError

log = logging.getLogger(__name__)

CONTENT_TYPES = {
    ".mp3": "audio/mpeg",
    ".xml": "application/rss+xml; charset=utf-8",
    ".vtt": "text/vtt; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".ttf": "font/ttf",
    ".txt": "text/plain; charset=utf-8",
}
DEFAULT_TYPE = "application/octet-stream"
RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024
BACKLOG = 1024
"""Connections the kernel queues while every thread is busy accepting (the kernel caps it at somaxconn)."""
IDLE_TIMEOUT = 30.0
"""Seconds a connection may sit without sending or taking a byte before it is closed."""


class BadRangeError(Exception):
    """The Range header asks for bytes the file does not have."""


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """(first, last) inclusive for a single ``bytes=`` range; None to send the whole file.

    Multiple ranges and other units are ignored (the whole file is a valid answer);
    a malformed or unsatisfiable byte range raises :class:`BadRangeError`.
    """
    if not header:
        return None
    header = header.strip()
    if not header.lower().startswith("bytes=") or "," in header:
        return None
    match = RANGE.match(header.replace(" ", "").lower())
    if not match or match[1] == match[2] == "":
        raise BadRangeError(header)
    first, last = match[1], match[2]
    if first == "":  # suffix: the last N bytes
        length = int(last)
        if length == 0 or size == 0:
            raise BadRangeError(header)
        return max(0, size - length), size - 1
    start = int(first)
    end = size - 1 if last == "" else min(int(last), size - 1)
    if start >= size or (last != "" and int(last) < start):
        raise BadRangeError(header)
    return start, end


def resolve_inside(root: Path, url_path: str) -> Path | None:
    """The file under ``root`` that ``url_path`` names, or None if it would leave ``root``."""
    path = unquote(urlsplit(url_path).path, errors="strict")
    if "\x00" in path or "\\" in path:
        return None
    parts = [p for p in path.split("/") if p]
    if any(p in (".", "..") for p in parts):
        return None
    normal = posixpath.normpath("/" + "/".join(parts)).lstrip("/")
    candidate = root.joinpath(*normal.split("/")) if normal else root
    resolved = Path(os.path.realpath(candidate))
    if resolved != root and root not in resolved.parents:
        return None
    if resolved.is_dir():
        resolved = resolved / "index.html"
    return resolved


def is_hidden(root: Path, path: Path) -> bool:
    """Whether ``path`` (inside ``root``) is, or is inside, a dotfile: never served."""
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def make_handler(root: Path, *, idle_timeout: float = IDLE_TIMEOUT) -> type[BaseHTTPRequestHandler]:
    root = Path(os.path.realpath(root))

    class EditionHandler(BaseHTTPRequestHandler):
        server_version = "audio-edition"
        protocol_version = "HTTP/1.1"
        timeout = idle_timeout  # socketserver sets it on the connection: an idle keep-alive ends

        def handle_one_request(self) -> None:
            """Read and answer one request, cutting it off if its head takes longer than the idle timeout."""
            try:
                started = self.rfile.peek(1)  # waits (up to the idle timeout) for a request to begin
            except OSError:  # the idle timeout, or a reset
                started = b""
            if not started:
                self.close_connection = True
                return
            self._head_timer = threading.Timer(idle_timeout, self._cut_slow_request)
            self._head_timer.daemon = True
            self._head_timer.start()
            try:
                super().handle_one_request()
            finally:
                self._head_timer.cancel()

        def parse_request(self) -> bool:
            parsed = super().parse_request()
            self._head_timer.cancel()  # the head is in: the answer may take as long as the client reads
            return parsed

        def _cut_slow_request(self) -> None:
            log.info("%s: request not complete within %g s of its start; connection closed",
                     self.address_string(), idle_timeout)
            try:
                self.connection.shutdown(socket.SHUT_RDWR)  # wakes the read waiting on the next byte
            except OSError:
                pass

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
            log.info("%s %s", self.address_string(), format % args)

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            self._serve(body=True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._serve(body=False)

        def _refuse(self, status: HTTPStatus, extra: dict[str, str] | None = None) -> None:
            message = f"{status.value} {status.phrase}\n".encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(message)))
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(message)

        def _serve(self, *, body: bool) -> None:
            try:
                path = resolve_inside(root, self.path)
            except UnicodeDecodeError:
                path = None
            if path is None:
                self._refuse(HTTPStatus.FORBIDDEN)
                return
            if is_hidden(root, path) or not path.is_file():
                self._refuse(HTTPStatus.NOT_FOUND)
                return
            try:
                handle = path.open("rb")
            except OSError:
                self._refuse(HTTPStatus.NOT_FOUND)
                return
            with handle:
                size = os.fstat(handle.fileno()).st_size
                try:
                    wanted = parse_range(self.headers.get("Range"), size)
                except BadRangeError:
                    self._refuse(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
                                 {"Content-Range": f"bytes */{size}", "Accept-Ranges": "bytes"})
                    return
                first, last = wanted if wanted else (0, size - 1)
                length = last - first + 1 if size else 0
                self.send_response(HTTPStatus.PARTIAL_CONTENT if wanted else HTTPStatus.OK)
                self.send_header("Content-Type", CONTENT_TYPES.get(path.suffix.lower(), DEFAULT_TYPE))
                self.send_header("Content-Length", str(length))
                self.send_header("Accept-Ranges", "bytes")
                self.send_header("Last-Modified", email.utils.formatdate(path.stat().st_mtime, usegmt=True))
                self.send_header("Cache-Control", "no-cache")
                if wanted:
                    self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
                self.end_headers()
                if body and length:
                    handle.seek(first)
                    self._copy(handle, length)

        def _copy(self, handle, length: int) -> None:
            remaining = length
            try:
                while remaining > 0:
                    data = handle.read(min(CHUNK, remaining))
                    if not data:
                        # The file shrank after its length was sent: end the connection, or a
                        # keep-alive client would wait for bytes that never come.
                        log.warning("%s: %d bytes fewer than announced", handle.name, remaining)
                        self.close_connection = True
                        break
                    self.wfile.write(data)
                    remaining -= len(data)
            except OSError as error:  # reset, gone, or stopped reading for longer than the idle timeout
                self.close_connection = True
                log.debug("%s went away during %s: %s", self.address_string(), self.path, type(error).__name__)

    return EditionHandler


@dataclass(frozen=True, kw_only=True)
class ServeOptions:
    outdir: Path
    host: str = "127.0.0.1"
    port: int = 8000
    idle_timeout: float = IDLE_TIMEOUT

    def __post_init__(self) -> None:
        if not 0 <= self.port <= 65535:
            raise InputError(f"--port {self.port}: must be 0-65535")
        if self.idle_timeout <= 0:
            raise InputError("the idle timeout must be more than 0 seconds")


class EditionServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = BACKLOG

    def handle_error(self, request, client_address) -> None:
        """A client that resets, drops or times out its connection is normal on phones: one debug line."""
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)):
            log.debug("%s: connection ended (%s)", client_address[0], type(error).__name__)
            return
        log.error("error answering %s", client_address[0], exc_info=True)


def make_server(options: ServeOptions) -> EditionServer:
    if not options.outdir.is_dir():
        raise InputError(f"{options.outdir}: no such folder")
    handler = make_handler(options.outdir, idle_timeout=options.idle_timeout)
    try:
        return EditionServer((options.host, options.port), handler)
    except OSError as error:
        raise InputError(f"cannot listen on {options.host}:{options.port}: {error.strerror}") from None


def server_url(server: EditionServer) -> str:
    host, port = server.server_address[:2]
    host = f"[{host}]" if ":" in str(host) else host
    return f"http://{host}:{port}/"

