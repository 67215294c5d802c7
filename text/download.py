"""The HTTP side of :func:`text.url.fetch`: requests with one deadline for the whole download.

Kept apart from ``text.url`` so that commands and articles that never fetch do not import requests and
urllib3 (about 45 ms of start-up).
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable, Mapping

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

from audio_edition.errors import InputError
from text.url import CHUNK, CONTENT_FORMATS, Fetched, redact_url

log = logging.getLogger(__name__)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("audio-edition")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "dev"


USER_AGENT = f"audio-edition/{_version()} (+article reader)"
"""Here, not in text.url: finding the version imports importlib.metadata (~15 ms), which an article
read from a file does not need."""


def download(url: str, *, shown: str, host: str, max_bytes: int, timeout: float,
             headers: Mapping[str, str] | None, accept: Callable[[str], bool]) -> Fetched:
    """GET ``url`` (already checked by ``fetch``; ``shown`` is how it may be printed) within ``timeout``."""
    deadline = _Deadline(timeout)
    try:
        with deadline, requests.Session() as session:
            adapter = _DeadlineAdapter(deadline)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            request_headers = {"User-Agent": USER_AGENT, **(headers or {})}
            with session.get(url, stream=True, timeout=timeout, headers=request_headers) as response:
                if response.status_code == 304 and not any(key.lower().startswith("if-") for key in headers or {}):
                    raise InputError(f"{shown}: the server answered 304 Not Modified to a plain request")
                return _receive(response, shown=shown, max_bytes=max_bytes, accept=accept, deadline=deadline)
    except requests.RequestException as error:
        raise InputError(f"{shown}: {_failure(error, deadline, host)}") from None




def _failure(error: requests.RequestException, deadline: _Deadline, host: str) -> str:
    """What went wrong, in words, for one error line."""
    if deadline.expired or isinstance(error, requests.Timeout):
        return f"no complete answer within {deadline.seconds:g} s"
    if isinstance(error, requests.exceptions.SSLError):
        return "the secure (TLS) connection failed: a bad certificate, or not an https server"
    if isinstance(error, requests.exceptions.InvalidSchema):
        return "redirected to an address that is not http:// or https://"
    if isinstance(error, (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema)):
        return "not a valid address"
    if isinstance(error, requests.exceptions.TooManyRedirects):
        return "too many redirects"
    if isinstance(error, requests.ConnectionError) and not _answered(error):
        return f"cannot connect to {host}"
    if isinstance(error, requests.exceptions.ContentDecodingError):
        return "the server's compressed answer cannot be decompressed"
    if isinstance(error, (requests.ConnectionError, requests.exceptions.ChunkedEncodingError)):
        return "the connection broke before the whole answer arrived"
    return f"download failed ({type(error).__name__})"


def _receive(response: requests.Response, *, shown: str, max_bytes: int, accept: Callable[[str], bool],
             deadline: _Deadline) -> Fetched:
    status = response.status_code
    if status >= 400 or (300 <= status < 400 and status != 304):
        raise InputError(f"{shown}: the server answered {status} {response.reason}")
    content_type = response.headers.get("Content-Type", "")
    mime = content_type.split(";")[0].strip().lower()
    found_at = redact_url(response.url)
    headers = {key.lower(): value for key, value in response.headers.items()}
    if status == 304:
        return Fetched(b"", found_at, None, None, status, headers)
    if not accept(mime):
        raise InputError(f"{shown}: not an article page (content type {mime})")
    declared = response.headers.get("Content-Length", "").strip()
    if declared.isdigit() and int(declared) > max_bytes:
        raise InputError(f"{shown}: larger than {_megabytes(max_bytes)}; not an article")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(chunk_size=CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{shown}: larger than {_megabytes(max_bytes)}; not an article")
        chunks.append(chunk)
    if deadline.expired:  # a body without a length just ends when its socket is shut down
        raise requests.Timeout()
    log.info("fetched %s: %d bytes, %s", found_at, size, content_type or "no content type")
    charset = response.encoding if "charset=" in content_type.lower() else None
    return Fetched(b"".join(chunks), found_at, CONTENT_FORMATS.get(mime), charset, status, headers)


def _megabytes(size: int) -> str:
    return f"{size // (1024 * 1024)} MB" if size >= 1024 * 1024 else f"{size:,} bytes"


def _answered(error: requests.ConnectionError) -> bool:
    """Whether the connection was made before it failed (a reset mid-answer, not a refusal)."""
    reason = getattr(error.args[0], "reason", None) if error.args else None
    return not isinstance(reason, NewConnectionError)  # also a failed name look-up


class _Deadline:
    """Shuts down every socket a fetch opened once ``seconds`` have passed since it started."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._started = 0.0

    def __enter__(self) -> _Deadline:
        self._started = time.monotonic()
        self._timer.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._timer.cancel()

    def remaining(self) -> float:
        return max(0.0, self.seconds - (time.monotonic() - self._started))

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            if not any(known is sock for known in self._sockets):
                self._sockets.append(sock)
            expired = self.expired
        if expired:
            _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        log.info("fetch deadline of %g s reached; closing its connections", self.seconds)
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    """Wake a read blocked on ``sock``: shut the connection down (the socket's owner closes it)."""
    try:
        socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the plain socket's, also for a TLS socket
    except (OSError, TypeError):
        pass


def _resolved_within(host: str, port: int | None, seconds: float) -> bool:
    """Whether the name look-up of ``host`` finishes (well or not) within ``seconds``.

    The look-up runs in a daemon thread that is left behind if it hangs; the
    connection then looks the name up again, normally from the resolver's cache.
    """
    try:
        socket.inet_pton(socket.AF_INET6 if ":" in host else socket.AF_INET, host.strip("[]"))
        return True  # an address needs no look-up
    except (OSError, ValueError):
        pass
    done = threading.Event()

    def look_up() -> None:
        try:
            socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):
            pass  # the connection reports it, in its own words
        finally:
            done.set()

    threading.Thread(target=look_up, name=f"look-up {host}", daemon=True).start()
    return done.wait(seconds)


def _watched(base: type[HTTPConnection], deadline: _Deadline) -> type[HTTPConnection]:
    class Watched(base):  # type: ignore[misc, valid-type]
        def _new_conn(self) -> socket.socket:
            given = self.timeout if isinstance(self.timeout, (int, float)) else deadline.seconds
            self.timeout = max(0.001, min(given, deadline.remaining()))
            if not _resolved_within(self._dns_host, self.port, deadline.remaining()):
                raise ConnectTimeoutError(self, f"the name look-up of {self._dns_host} did not finish in time")
            sock = super()._new_conn()
            deadline.watch(sock)
            return sock

        def connect(self) -> None:
            super().connect()
            if isinstance(self.sock, socket.socket):
                deadline.watch(self.sock)  # after TLS, the wrapped socket

    return Watched


class _DeadlineAdapter(HTTPAdapter):
    """requests' adapter whose connections (also through a proxy) are watched by ``deadline``."""

    def __init__(self, deadline: _Deadline) -> None:
        self._deadline = deadline
        super().__init__(max_retries=0)

    def _watch_pools(self, manager) -> None:
        manager.pool_classes_by_scheme = {
            "http": type("WatchedHTTPPool", (HTTPConnectionPool,),
                         {"ConnectionCls": _watched(HTTPConnection, self._deadline)}),
            "https": type("WatchedHTTPSPool", (HTTPSConnectionPool,),
                          {"ConnectionCls": _watched(HTTPSConnection, self._deadline)}),
        }

    def init_poolmanager(self, *args, **kwargs) -> None:
        super().init_poolmanager(*args, **kwargs)
        self._watch_pools(self.poolmanager)

    def proxy_manager_for(self, proxy, **proxy_kwargs):
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        self._watch_pools(manager)
        return manager
