"""Read a news site's feed (RSS 2.0/1.0, Atom or JSON Feed) into items: one article each.

RSS and Atom are read by feedparser (lenient, as feeds in the wild need); JSON Feed is plain JSON
with a published field list (https://jsonfeed.org/version/1.1), read here. Nothing is fetched in
this module: it reads bytes.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from html import escape

from audio_edition.errors import InputError
from text.creditnames import person_name
from text.published import iso, parse_date

log = logging.getLogger(__name__)

FEED_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
    "application/feed+json", "application/json",
})
"""Content types a feed is served with (besides text/*, which any page may use)."""
_XML_ROOT = re.compile(rb"^(?:\s*<\?xml[^>]*>|\s*<!--.*?-->|\s*<!DOCTYPE[^>]*>)*\s*<(?:rss|feed|rdf:RDF)[\s>]",
                       re.S | re.I)
_EMAIL_WITH_NAME = re.compile(r"^\S+@\S+\s*\((.+)\)$")
_EMAIL = re.compile(r"^\S+@\S+\.\S+$")
_TRUNCATED = re.compile(r"(\[(…|\.\.\.)\]|…|\.\.\.|اقرأ المزيد|تابع القراءة|للمزيد|read more|continue reading)\W*$",
                        re.I)
_TAGS = re.compile(r"<[^>]+>")
_BLOCKS = re.compile(r"<(?:p|h[1-6]|li|blockquote)\b", re.I)
FULL_ARTICLE_WORDS = 80
"""A feed's content holds the whole article when it has at least this many words in two or more
paragraphs and does not end in a 'read more' cut; otherwise the item's page is read."""


@dataclass(frozen=True)
class FeedItem:
    guid: str
    """The item's guid (RSS), id (Atom, JSON Feed) or, failing those, its link."""
    link: str | None
    title: str | None
    published: str | None
    """ISO 8601 with the feed's UTC offset."""
    author: str | None
    content: str | None
    """The item's full HTML (content:encoded, Atom content, content_html) when it holds the whole article."""

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, payload: dict) -> FeedItem:
        return cls(**{key: payload.get(key) for key in cls.__dataclass_fields__})

    def published_utc(self) -> datetime | None:
        value = parse_date(self.published)
        return value.astimezone(UTC) if value else None

    def page_html(self) -> str:
        """The item's own content as a page the HTML reader takes, its title as the headline."""
        title = escape(self.title or "")
        return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body><article>"
                f"<h1>{title}</h1>\n{self.content or ''}\n</article></body></html>")


@dataclass(frozen=True)
class Feed:
    title: str | None
    items: tuple[FeedItem, ...]


def looks_like_feed(data: bytes, mime: str | None = None) -> bool:
    """Feed by its first bytes: an <rss>, <feed> or <rdf:RDF> root, or JSON naming jsonfeed.org."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if _XML_ROOT.match(head):
        return True
    stripped = head.lstrip()
    if stripped.startswith(b"{") and b"jsonfeed.org" in head:
        return True
    return mime in ("application/rss+xml", "application/atom+xml", "application/feed+json")


def parse_feed(data: bytes, *, name: str) -> Feed:
    """The feed's items in document order; InputError when ``data`` is not a feed."""
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        return _parse_json_feed(stripped, name=name)
    import feedparser

    parsed = feedparser.parse(data)  # bytes: feedparser never fetches anything itself
    if not parsed.version:
        problem = parsed.get("bozo_exception")
        raise InputError(f"{name}: not an RSS, Atom or JSON feed" + (f" ({problem})" if problem else ""))
    if parsed.bozo:
        log.warning("%s: the feed is malformed (%s); reading what can be read", name, parsed.get("bozo_exception"))
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or None
        guid = entry.get("id") or link
        if not guid:
            log.warning("%s: an item without a guid or link is skipped (%r)", name, entry.get("title"))
            continue
        content = next((c.get("value") for c in entry.get("content", []) if "html" in (c.get("type") or "html")),
                       None)
        items.append(FeedItem(guid=guid, link=link, title=entry.get("title") or None,
                              published=_date(entry.get("published") or entry.get("updated"),
                                              entry.get("published_parsed") or entry.get("updated_parsed")),
                              author=_entry_author(entry),
                              content=content if content and holds_whole_article(content) else None))
    return Feed(title=parsed.feed.get("title"), items=tuple(items))


def _entry_author(entry: dict) -> str | None:
    """The people an RSS or Atom item credits, each told apart: feedparser's ``author`` keeps only the last of
    several, while its ``authors`` split one RSS "email (Name)" badly, so those are read only when there are two."""
    authors = [author for author in entry.get("authors") or [] if isinstance(author, dict)]
    given = ([author.get("name") or author.get("email") for author in authors] if len(authors) > 1
             else [entry.get("author")])
    people = [name for name in map(author_name, given) if name]
    return "، ".join(dict.fromkeys(people)) or None


def _parse_json_feed(data: bytes, *, name: str) -> Feed:
    try:
        payload = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise InputError(f"{name}: not a JSON feed ({error})") from None
    if not isinstance(payload, dict) or "jsonfeed.org" not in str(payload.get("version", "")):
        raise InputError(f"{name}: JSON, but not a JSON Feed (no jsonfeed.org version)")
    items = []
    for entry in payload.get("items") or []:
        if not isinstance(entry, dict):
            continue
        link = entry.get("url") or entry.get("external_url") or None
        guid = str(entry.get("id") or "") or link
        if not guid:
            continue
        authors = entry.get("authors") or ([entry["author"]] if isinstance(entry.get("author"), dict) else [])
        names = [a.get("name") for a in authors if isinstance(a, dict) and a.get("name")]
        content = entry.get("content_html")
        if not content and entry.get("content_text"):
            content = "".join(f"<p>{escape(line)}</p>" for line in str(entry["content_text"]).splitlines() if line)
        items.append(FeedItem(guid=guid, link=link, title=entry.get("title") or None,
                              published=_date(entry.get("date_published") or entry.get("date_modified"), None),
                              author=author_name("; ".join(names)) if names else None,
                              content=content if content and holds_whole_article(content) else None))
    return Feed(title=payload.get("title"), items=tuple(items))


def _date(text: str | None, parsed) -> str | None:
    value = parse_date(text)
    if value is None and parsed:  # a format only feedparser knows: its UTC reading
        value = datetime(*parsed[:6], tzinfo=UTC)
    return iso(value) if value else None


def author_name(text: str | None) -> str | None:
    """A person's name from RSS's 'email (Name)', a plain name; None for a bare address, and for what names no
    person: a user name ("admin"), a desk ("فريق التحرير"), the site itself (``text.creditnames.person_name``, as
    for a page's own author metadata), so the episode's artist tag is a writer or nothing."""
    text = " ".join((text or "").split())
    match = _EMAIL_WITH_NAME.match(text)
    if match:
        text = match.group(1).strip()
    if not text or _EMAIL.match(text):
        return None
    return person_name(text, labelled=True)


def holds_whole_article(html: str) -> bool:
    text = " ".join(_TAGS.sub(" ", html).split())
    return (len(_BLOCKS.findall(html)) >= 2 and len(text.split()) >= FULL_ARTICLE_WORDS
            and not _TRUNCATED.search(text))
