"""Polite fetching of feeds and pages for ``batch`` and ``watch``, and what is remembered between runs.

Every request goes through :class:`PoliteFetcher`: one at a time (the caller is one process), at least
``delay`` seconds apart on the same host, with the reader's timeout, size cap, http(s)-only rule and a
User-Agent naming the tool and its version (``text.url``). A page we already made an episode of is asked
for conditionally (its ETag and Last-Modified are kept in the episode's manifest), so an unchanged page
costs a 304. A feed's validators and its items are kept in ``OUTDIR/feeds.json``: a feed that answers
304 is read from there.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from audio.write import write_atomic
from audio_edition.publish.feeds import FEED_TYPES, FeedItem
from text.url import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, fetch, is_article_type, redact_url

log = logging.getLogger(__name__)

FEEDS_FILE = "feeds.json"
DEFAULT_DELAY = 1.0
"""Seconds between two requests to the same host."""


@dataclass(frozen=True)
class Validators:
    """What a server said identifies this version of a page, for a conditional request next time."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        asked = {"If-None-Match": self.etag, "If-Modified-Since": self.last_modified}
        return {name: value for name, value in asked.items() if value}


@dataclass(frozen=True)
class Page:
    """A feed or page as fetched: its bytes, or ``not_modified`` (a 304: the copy we have is current)."""

    url: str
    data: bytes
    fmt: str | None
    charset: str | None
    mime: str
    validators: Validators
    not_modified: bool = False


def _feed_or_article(mime: str) -> bool:
    return is_article_type(mime) or mime in FEED_TYPES


@dataclass(frozen=True)
class Request:
    """One line of the request log: what was asked and how it went."""

    url: str
    conditional: bool
    result: str
    """'200', '304' or the error."""


@dataclass
class PoliteFetcher:
    delay: float = DEFAULT_DELAY
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    requests: list[Request] = field(default_factory=list)
    _last: dict[str, float] = field(default_factory=dict)

    def get(self, url: str, validators: Validators | None = None) -> Page:
        """GET ``url`` (conditionally when ``validators`` say something); raises InputError on failure."""
        from audio_edition.errors import AudioEditionError

        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:
            host = ""  # fetch says what is wrong with the address
        wait = self._last.get(host, float("-inf")) + self.delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        asked = validators.headers() if validators else {}
        try:
            fetched = fetch(url, max_bytes=self.max_bytes, timeout=self.timeout, headers=asked,
                            accept=_feed_or_article)
        except AudioEditionError as error:
            self.requests.append(Request(redact_url(url), bool(asked), str(error)))
            raise
        finally:
            self._last[host] = time.monotonic()
        self.requests.append(Request(redact_url(url), bool(asked), str(fetched.status)))
        if fetched.status == 304:
            return Page(fetched.url, b"", None, None, "", validators or Validators(), not_modified=True)
        mime = fetched.headers.get("content-type", "").split(";")[0].strip().lower()
        return Page(fetched.url, fetched.data, fetched.fmt, fetched.charset, mime,
                    Validators(fetched.headers.get("etag"), fetched.headers.get("last-modified")))


@dataclass(frozen=True)
class FeedState:
    """What the last successful read of a feed gave: its validators and its items."""

    validators: Validators
    items: tuple[FeedItem, ...]

    def to_json(self) -> dict:
        return {"etag": self.validators.etag, "last_modified": self.validators.last_modified,
                "items": [item.to_json() for item in self.items]}

    @classmethod
    def from_json(cls, payload: dict) -> FeedState:
        return cls(Validators(payload.get("etag"), payload.get("last_modified")),
                   tuple(FeedItem.from_json(item) for item in payload.get("items", [])))


def load_feed_states(outdir: Path) -> dict[str, FeedState]:
    path = outdir / FEEDS_FILE
    if not path.is_file():
        return {}
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        return {url: FeedState.from_json(state) for url, state in payload.items()}
    except (OSError, ValueError, TypeError, AttributeError) as error:
        log.warning("ignoring %s (feeds read before; they are read afresh): %s", path, error)
        return {}


def save_feed_states(outdir: Path, states: dict[str, FeedState]) -> None:
    payload = {url: state.to_json() for url, state in sorted(states.items())}
    write_atomic(outdir / FEEDS_FILE, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
