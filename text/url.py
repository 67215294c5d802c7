"""Fetch an article from an http(s) URL: a timeout, a size cap and one clear error line."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests

from audio_edition.errors import InputError

log = logging.getLogger(__name__)

def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("audio-edition")
    except PackageNotFoundError:
        return "dev"


DEFAULT_TIMEOUT = 20.0
USER_AGENT = f"audio-edition/{_version()} (+article reader)"
# Content types we can read, and the format each one implies.
CONTENT_FORMATS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/plain": "text",
}


@dataclass(frozen=True)
class Validators:
    """What a server said identifies this version of a page, for a conditional request next time."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        asked = {"If-None-Match": self.etag, "If-Modified-Since": self.last_modified}
        return {name: value for name, value in asked.items() if value}


@dataclass(frozen=True)
class Fetched:
    data: bytes
    url: str
    fmt: str | None
    """The format implied by the Content-Type, when it names one."""
    charset: str | None
    mime: str | None = None
    validators: Validators = Validators()
    not_modified: bool = False
    """The server answered 304 to a conditional request: ``data`` is empty, the copy we have is current."""


def is_url(source: str) -> bool:
    return "://" in source and urlsplit(source).scheme.isalpha()


def fetch(url: str, *, max_bytes: int, timeout: float = DEFAULT_TIMEOUT, validators: Validators | None = None,
          also_accept: frozenset[str] = frozenset()) -> Fetched:
    """GET ``url``; raise InputError for any failure, a wrong content type or a body over ``max_bytes``.

    With ``validators`` the request is conditional (If-None-Match / If-Modified-Since) and a 304 comes back
    as ``not_modified``. ``also_accept`` adds content types to the article types (a feed's, say)."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise InputError(f"{url}: only http:// and https:// addresses can be read, not {scheme}://")
    if not urlsplit(url).hostname:
        raise InputError(f"{url}: no host name in the address")
    try:
        headers = {"User-Agent": USER_AGENT, **(validators.headers() if validators else {})}
        with requests.get(url, stream=True, timeout=timeout, headers=headers) as response:
            if response.status_code == 304 and validators:
                log.info("fetched %s: 304 not modified", url)
                return Fetched(data=b"", url=response.url, fmt=None, charset=None, validators=validators,
                               not_modified=True)
            if response.status_code >= 400:
                raise InputError(f"{url}: the server answered {response.status_code} {response.reason}")
            content_type = response.headers.get("Content-Type", "")
            mime = content_type.split(";")[0].strip().lower()
            if mime and mime not in CONTENT_FORMATS and mime not in also_accept and not mime.startswith("text/"):
                raise InputError(f"{url}: not an article page (content type {mime})")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise InputError(f"{url}: larger than {max_bytes // (1024 * 1024)} MB; not an article")
            data = _read_capped(response, url=url, max_bytes=max_bytes)
            log.info("fetched %s: %d bytes, %s", url, len(data), content_type or "no content type")
            return Fetched(data=data, url=response.url, fmt=CONTENT_FORMATS.get(mime),
                           charset=response.encoding if "charset=" in content_type.lower() else None,
                           mime=mime or None, validators=Validators(response.headers.get("ETag"),
                                                                    response.headers.get("Last-Modified")))
    except requests.Timeout:
        raise InputError(f"{url}: no answer within {timeout:g} s") from None
    except requests.exceptions.InvalidURL as error:
        raise InputError(f"{url}: not a valid address ({error})") from None
    except requests.ConnectionError:
        raise InputError(f"{url}: cannot connect to {urlsplit(url).hostname}") from None
    except requests.RequestException as error:
        raise InputError(f"{url}: download failed ({type(error).__name__})") from None


def _read_capped(response: requests.Response, *, url: str, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(chunk_size=64 * 1024):
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{url}: larger than {max_bytes // (1024 * 1024)} MB; not an article")
        chunks.append(chunk)
    return b"".join(chunks)
