"""A small news site on 127.0.0.1 for the feed tests: an RSS feed and one HTML page per article.

Like a real site behind a cache, it sends ETag and Last-Modified with every page and answers a
conditional request for an unchanged page with 304. Articles can be added or edited while it runs, a
page can be made to fail (any status) or to answer slowly, and the feed can be replaced by something
that is not XML. Every request is logged as (path, conditional, status).
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.support.network import in_background

# Our own short synthetic articles (the tests speak them with espeak: keep them short).
STORIES = [
    ("council", "المجلس البلدي يقر ميزانية الحدائق", "سلمى حداد",
     ["أقر المجلس البلدي اليوم ميزانية جديدة للحدائق العامة.", "وقال رئيس المجلس إن العمل يبدأ الشهر المقبل."]),
    ("market", "افتتاح سوق للمزارعين في الساحة", "خالد منصور",
     ["افتتحت البلدية سوقا أسبوعيا للمزارعين في الساحة الكبيرة.", "ويبيع المزارعون الخضار والفاكهة كل جمعة."]),
    ("school", "مدرسة جديدة في الحي الشمالي", "ليلى عيسى",
     ["تستقبل المدرسة الجديدة في الحي الشمالي طلابها هذا الأسبوع.", "وتضم المدرسة مكتبة وملعبا صغيرا."]),
    ("bridge", "إصلاح الجسر القديم قبل الشتاء", "يوسف نصر",
     ["بدأ العمال إصلاح الجسر القديم فوق النهر.", "ويتوقع المهندسون أن ينتهي العمل قبل الشتاء."]),
]
FIRST_DATE = datetime(2026, 11, 20, 7, 30, tzinfo=UTC)


@dataclass
class Page:
    slug: str
    headline: str
    author: str
    paragraphs: list[str]
    published: datetime
    modified: datetime
    status: int = 200
    delay: float = 0.0

    def html(self) -> bytes:
        body = "".join(f"<p>{escape(p)}</p>" for p in self.paragraphs)
        return (f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
                f"<title>{escape(self.headline)}</title></head><body><header><nav><a href='/'>الرئيسية</a>"
                f"</nav></header><article><h1>{escape(self.headline)}</h1>{body}</article>"
                f"<footer>جميع الحقوق محفوظة</footer></body></html>").encode("utf-8")


@dataclass
class NewsSite:
    pages: dict[str, Page] = field(default_factory=dict)
    feed_override: tuple[bytes, str] | None = None
    """(body, content type) served at /feed.xml instead of the feed."""
    log: list[tuple[str, bool, int]] = field(default_factory=list)
    user_agents: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)
    base_url: str = ""

    def add(self, slug: str, headline: str, author: str, paragraphs: list[str], published: datetime) -> Page:
        with self.lock:
            page = Page(slug, headline, author, list(paragraphs), published, published)
            self.pages[slug] = page
            return page

    def add_story(self, index: int) -> Page:
        slug, headline, author, paragraphs = STORIES[index]
        return self.add(slug, headline, author, paragraphs, FIRST_DATE + timedelta(hours=index))

    def edit(self, slug: str, paragraphs: list[str]) -> None:
        with self.lock:
            page = self.pages[slug]
            page.paragraphs = list(paragraphs)
            page.modified = page.modified + timedelta(minutes=5)

    def rss(self) -> bytes:
        items = []
        for page in sorted(self.pages.values(), key=lambda p: p.published, reverse=True):
            url = f"{self.base_url}/news/{page.slug}.html"
            items.append(
                f"<item><title>{escape(page.headline)}</title><link>{url}</link>"
                f"<guid isPermaLink='true'>{url}</guid><pubDate>{format_datetime(page.published)}</pubDate>"
                f"<dc:creator>{escape(page.author)}</dc:creator>"
                f"<description>{escape(page.paragraphs[0])}</description></item>")
        return ("<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' "
                "xmlns:dc='http://purl.org/dc/elements/1.1/'><channel><title>أخبار المدينة</title>"
                f"<link>{self.base_url}/</link><description>أخبار محلية</description>{''.join(items)}"
                "</channel></rss>").encode("utf-8")

    def requests_since(self, start: int) -> list[tuple[str, bool, int]]:
        with self.lock:
            return list(self.log[start:])


def _handler(site: NewsSite):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            conditional = bool(self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"))
            with site.lock:
                if self.path == "/feed.xml":
                    if site.feed_override is not None:
                        body, content_type = site.feed_override
                    else:
                        body, content_type = site.rss(), "application/rss+xml; charset=utf-8"
                    modified, status, delay = None, 200, 0.0
                elif self.path.startswith("/news/") and self.path.endswith(".html") and \
                        self.path[6:-5] in site.pages:
                    page = site.pages[self.path[6:-5]]
                    body, content_type = page.html(), "text/html; charset=utf-8"
                    modified, status, delay = page.modified, page.status, page.delay
                else:
                    body, content_type, modified, status, delay = b"not found", "text/plain", None, 404, 0.0
            if delay:
                time.sleep(delay)
            etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"'
            if status == 200 and self._not_modified(etag, modified):
                status = 304
            with site.lock:
                site.log.append((self.path, conditional, status))
                site.user_agents.add(self.headers.get("User-Agent", ""))
            try:
                self._answer(status, etag, modified, body, content_type)
            except ConnectionError:  # the client gave up first (a page slower than its timeout): nobody to answer
                pass

        def _answer(self, status: int, etag: str, modified: datetime | None, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("ETag", etag)
            if modified is not None:
                self.send_header("Last-Modified", format_datetime(modified, usegmt=True))
            if status == 304:
                self.end_headers()
                return
            if status != 200:
                body, content_type = b"server error", "text/plain"
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _not_modified(self, etag: str, modified: datetime | None) -> bool:
            if self.headers.get("If-None-Match"):
                return etag in [tag.strip() for tag in self.headers["If-None-Match"].split(",")]
            since = self.headers.get("If-Modified-Since")
            if since and modified is not None:
                try:
                    return modified <= parsedate_to_datetime(since)
                except (TypeError, ValueError):
                    return False
            return False

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet in tests
            pass

    return Handler


@contextmanager
def serving_news_site(site: NewsSite) -> Iterator[NewsSite]:
    """``site`` on 127.0.0.1 (a free port; ``site.base_url`` says where) for the length of the block."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    site.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    with in_background(server, "news-site"):
        yield site
