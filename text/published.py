"""When an article was published: from a page's metadata, or from a date as a feed writes it.

Only what the publisher states is used: ``<meta property="article:published_time">`` (Open Graph),
``itemprop="datePublished"`` (microdata) and JSON-LD ``datePublished``, in that order. Dates in the
article's text or its address are never guessed at: a wrong date on an episode is worse than none. (A text page's
own date line, which the splitter drops, is read by ``text.pagedate``.)
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

log = logging.getLogger(__name__)

METADATA_SOURCE = "the page's metadata (article:published_time or datePublished)"
"""Where a saved page's or a URL's date comes from, as ``inspect`` says it (``Article.published_from``)."""

_META_XPATHS = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@name='article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//*[@itemprop='datePublished']/@datetime",
    "//*[@itemprop='datePublished']/@content",
)


def parse_date(text: str | None) -> datetime | None:
    """An aware datetime from ISO 8601 (``2026-11-30T09:15:00+03:00``, ``...Z``, a bare date) or RFC 822
    (``Mon, 30 Nov 2026 09:15:00 +0300``, as RSS writes it); None when it is neither. A time without a
    UTC offset is taken as UTC."""
    text = (text or "").strip()
    if not text:
        return None
    value: datetime | None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        from email.utils import parsedate_to_datetime  # here, not at the top: email loads socket and more at start-up

        try:
            value = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if value is None:
        return None
    if not 1900 < value.year < 2200:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def iso(value: datetime) -> str:
    """ISO 8601 to the second, keeping the UTC offset the source gave."""
    return value.replace(microsecond=0).isoformat()


def page_published(html: str) -> str | None:
    """The publication time a page states in its metadata, as ISO 8601; None when it states none."""
    import lxml.html

    try:
        page = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for xpath in _META_XPATHS:
        for text in page.xpath(xpath):
            value = parse_date(str(text))
            if value is not None:
                return iso(value)
    for script in page.xpath("//script[@type='application/ld+json']"):
        value = _json_ld_published(script.text_content())
        if value is not None:
            return iso(value)
    return None


def _json_ld_published(text: str) -> datetime | None:
    try:
        data = json.loads(text)
    except ValueError:
        log.debug("unreadable JSON-LD block")
        return None
    pending = [data]
    while pending:
        node = pending.pop(0)
        if isinstance(node, list):
            pending.extend(node)
        elif isinstance(node, dict):
            value = parse_date(node.get("datePublished")) if isinstance(node.get("datePublished"), str) else None
            if value is not None:
                return value
            pending.extend(child for key, child in node.items() if key in ("@graph", "mainEntity", "mainEntityOfPage"))
    return None
