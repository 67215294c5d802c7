"""Fetch a document over http(s): one total deadline, a size cap and one clear error line.

``fetch`` is the one way the project downloads a page (an article URL, a feed).
Its ``timeout`` bounds the *whole* fetch (connecting, the headers, every
redirect and the body), not each read: a server that sends one byte a second
is cut off when the time is up. ``requests``' own timeout restarts with every
byte, so a watchdog shuts down the fetch's sockets at the deadline, which wakes
whatever read is waiting on them; a name look-up, which no socket timeout bounds, is
waited for only until the deadline.

URLs may carry user info (``http://user:password@host/``): it is sent to the
server, and ``redact_url`` removes it everywhere a URL is shown or kept.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from audio_edition.errors import InputError

DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


CHUNK = 64 * 1024
# Content types we can read, and the format each one implies.
CONTENT_FORMATS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/plain": "text",
}


@dataclass(frozen=True)
class Fetched:
    data: bytes
    url: str
    """Where the document was found (after redirects), without user info."""
    fmt: str | None
    """The format implied by the Content-Type, when it names one."""
    charset: str | None
    """The charset the Content-Type declares, if any (a claim: the reader checks it against the bytes)."""
    status: int = 200
    """200-299, or 304 (Not Modified: ``data`` is empty) when the request was conditional."""
    headers: Mapping[str, str] = field(default_factory=dict)
    """The response's headers (ETag, Last-Modified... for the next conditional request), lower-case keys."""


def is_url(source: str) -> bool:
    if "://" not in source:
        return False
    try:
        return urlsplit(source).scheme.isalpha()
    except ValueError:  # e.g. an unclosed IPv6 bracket: still meant as an address, refused by fetch
        return source.split("://", 1)[0].isalpha()


def redact_url(url: str) -> str:
    """``url`` without its user info (``user:password@``): what may be shown, logged, tagged or stored.

    Anything that is not a URL is returned unchanged.
    """
    if not is_url(url):
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        scheme, _, rest = url.partition("://")
        authority, slash, path = rest.partition("/")
        return f"{scheme}://{authority.rpartition('@')[2]}{slash}{path}"
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def display_source(source: str) -> str:
    """A path or URL as it may be printed, tagged or stored: a URL without its user info, and a file name's
    undecodable bytes (a name from a Latin-1 disk) as U+FFFD, which every terminal, tag and JSON file takes."""
    shown = redact_url(source)
    return "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char for char in shown)


def is_article_type(mime: str) -> bool:
    """A content type an article can come in (an empty one is given the benefit of the doubt)."""
    return not mime or mime in CONTENT_FORMATS or mime.startswith("text/")


def fetch(url: str, *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT,
          headers: Mapping[str, str] | None = None,
          accept: Callable[[str], bool] = is_article_type) -> Fetched:
    """GET ``url`` within ``timeout`` seconds in all; raise InputError for any failure.

    ``headers`` are added to the request (If-None-Match, say); a 304 answer is returned with
    no data. ``accept`` judges the Content-Type's MIME type (lower case, no parameters); a body
    over ``max_bytes`` is refused.
    """
    shown = redact_url(url)
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as error:
        raise InputError(f"{shown}: not a valid address ({error})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise InputError(f"{shown}: only http:// and https:// addresses can be read, not {scheme}://")
    if not host:
        raise InputError(f"{shown}: no host name in the address")
    from text.download import download  # requests and urllib3: imported only by a command that fetches

    return download(url, shown=shown, host=host, max_bytes=max_bytes, timeout=timeout, headers=headers,
                    accept=accept)
