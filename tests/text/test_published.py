"""Publication dates: a page's own metadata, and dates as feeds write them."""

from text.html import parse_html
from text.published import page_published, parse_date

BODY = "<article><h1>عنوان الخبر</h1><p>نص الخبر الأول هنا.</p><p>ونص ثان للخبر.</p></article>"


def test_open_graph_published_time():
    page = f"<html><head><meta property='article:published_time' content='2026-11-30T09:15:00+03:00'></head>" \
           f"<body>{BODY}</body></html>"
    assert page_published(page) == "2026-11-30T09:15:00+03:00"


def test_json_ld_date_published_in_a_graph():
    page = ('<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
            '{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2026-11-29T20:00:00Z"}]}</script>'
            f"</head><body>{BODY}</body></html>")
    assert page_published(page) == "2026-11-29T20:00:00+00:00"


def test_no_stated_date_is_none_not_a_guess():
    assert page_published(f"<html><body><p>نشر في 2026-11-30</p>{BODY}</body></html>") is None
    assert page_published('<html><head><script type="application/ld+json">{not json</script></head></html>') is None


def test_parse_html_keeps_the_page_date():
    page = f"<html><head><meta itemprop='datePublished' content='2026-11-28'></head><body>{BODY}</body></html>"
    assert parse_html(page, source="p.html").published == "2026-11-28T00:00:00+00:00"


def test_dates_as_feeds_write_them():
    assert parse_date("Mon, 30 Nov 2026 09:15:00 +0300").isoformat() == "2026-11-30T09:15:00+03:00"
    assert parse_date("2026-11-30T06:15:00Z").isoformat() == "2026-11-30T06:15:00+00:00"
    assert parse_date("yesterday") is None and parse_date("") is None
