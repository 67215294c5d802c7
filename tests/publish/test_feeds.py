"""Reading news feeds: RSS 2.0, Atom and JSON Feed into items (our own small synthetic feeds)."""

import json

import pytest

from audio_edition.errors import InputError
from audio_edition.publish.feeds import author_name, holds_whole_article, looks_like_feed, parse_feed

FULL = "".join(f"<p>{'جملة كاملة من نص الخبر تتكرر هنا للاختبار ' * 4}{n}.</p>" for n in range(3))

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>أخبار</title><link>https://news.example/</link><description>d</description>
<item><title>خبر أول</title><link>https://news.example/a.html</link><guid isPermaLink="false">id-1</guid>
  <pubDate>Mon, 30 Nov 2026 09:15:00 +0300</pubDate><dc:creator>سامي علي</dc:creator>
  <description>مقتطف</description><content:encoded><![CDATA[{FULL}]]></content:encoded></item>
<item><title>خبر ثان</title><link>https://news.example/b.html</link>
  <author>desk@news.example (هدى سالم)</author><description>مقتطف فقط...</description></item>
</channel></rss>""".encode()

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>أخبار</title><id>urn:x</id><updated>2026-11-30T10:00:00Z</updated>
<entry><title>خبر</title><id>tag:news.example,2026:7</id><link href="https://news.example/c.html"/>
  <published>2026-11-29T22:00:00+02:00</published><updated>2026-11-30T08:00:00Z</updated>
  <author><name>ريم</name></author><summary>ملخص</summary></entry>
</feed>""".encode()


def test_rss_items_carry_guid_link_date_author_and_full_content_only_when_whole():
    feed = parse_feed(RSS, name="rss")
    first, second = feed.items
    assert (first.guid, first.link, first.published, first.author) == (
        "id-1", "https://news.example/a.html", "2026-11-30T09:15:00+03:00", "سامي علي")
    assert first.content and "جملة كاملة" in first.content
    assert second.guid == second.link == "https://news.example/b.html"  # no guid: its link
    assert second.author == "هدى سالم" and second.published is None and second.content is None


def test_atom_entry_uses_its_id_published_date_and_author():
    (entry,) = parse_feed(ATOM, name="atom").items
    assert (entry.guid, entry.link, entry.published, entry.author) == (
        "tag:news.example,2026:7", "https://news.example/c.html", "2026-11-29T22:00:00+02:00", "ريم")


def test_json_feed_items():
    payload = {"version": "https://jsonfeed.org/version/1.1", "title": "أخبار", "items": [
        {"id": "42", "url": "https://news.example/d.html", "title": "خبر", "date_published": "2026-11-28T06:00:00Z",
         "authors": [{"name": "نادر"}], "content_html": FULL},
        {"id": "43", "url": "https://news.example/e.html", "author": {"name": "منى"}, "summary": "قصير"}]}
    data = json.dumps(payload, ensure_ascii=False).encode()
    assert looks_like_feed(data)
    first, second = parse_feed(data, name="json").items
    assert (first.guid, first.published, first.author) == ("42", "2026-11-28T06:00:00+00:00", "نادر")
    assert first.content == FULL and second.author == "منى" and second.content is None


@pytest.mark.parametrize("data", [b"<html><body><p>not a feed</p></body></html>", b"plain words, no markup",
                                  b'{"version": "1", "items": []}', b"<rss><channel><item><title>broken"])
def test_what_is_not_a_feed_is_a_clear_error(data):
    if data.startswith(b"<rss"):  # malformed but a feed: feedparser reads what it can
        assert parse_feed(data, name="x").items == ()
        return
    with pytest.raises(InputError, match="x: (not an RSS, Atom or JSON feed|JSON, but not a JSON Feed)"):
        parse_feed(data, name="x")


def test_feed_sniffing_by_the_first_bytes():
    assert looks_like_feed(RSS) and looks_like_feed(ATOM) and looks_like_feed(b"\xef\xbb\xbf<rss version='2.0'>")
    assert not looks_like_feed(b"<!DOCTYPE html><html></html>") and not looks_like_feed(b'{"a": 1}')


def test_author_names():
    assert author_name("desk@news.example (هدى سالم)") == "هدى سالم"
    assert author_name("desk@news.example") is None
    assert author_name("  سامي   علي ") == "سامي علي"


@pytest.mark.parametrize("author", ["admin", "فريق التحرير", "desk@news.example (هيئة التحرير)", "محرر الموقع",
                                    "مراسلنا في المدينة"])
def test_a_feed_author_that_names_no_person_gives_no_artist(author):
    assert author_name(author) is None


def test_an_atom_entrys_authors_are_each_told_apart():
    atom = ("<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>t</title><entry><title>خبر</title>"
            "<id>urn:x:1</id><updated>2026-11-20T08:00:00Z</updated><author><name>هدى سالم</name></author>"
            "<author><name>فريق التحرير</name></author><content type='html'>&lt;p&gt;نص&lt;/p&gt;</content></entry>"
            "</feed>").encode("utf-8")
    assert parse_feed(atom, name="x").items[0].author == "هدى سالم"


def test_a_teaser_is_not_the_whole_article():
    assert holds_whole_article(FULL)
    assert not holds_whole_article("<p>مقدمة الخبر</p><p>تابع القراءة</p>")
    assert not holds_whole_article(FULL + "<p>[…]</p>")


def test_since_leaves_out_older_items_and_max_new_defers_the_oldest_new_ones(tmp_path):
    from datetime import UTC, datetime

    from audio_edition.publish.batch import BatchOptions
    from audio_edition.publish.fetching import PoliteFetcher
    from audio_edition.publish.plan import Planner

    items = "".join(f"<item><title>خبر {n}</title><guid>story-{n}</guid><pubDate>{day} Nov 2026 08:00:00 +0000"
                    f"</pubDate><content:encoded><![CDATA[{FULL}<p>{n}</p>]]></content:encoded></item>"
                    for n, day in enumerate(("Fri, 20", "Sat, 21", "Sun, 22", "Mon, 23")))
    feed = tmp_path / "feed.xml"
    feed.write_text(f"<?xml version='1.0'?><rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/"
                    f"content/'><channel><title>t</title>{items}</channel></rss>", encoding="utf-8")
    options = BatchOptions(outdir=tmp_path / "out", since=datetime(2026, 11, 21, tzinfo=UTC), max_new=2)
    fetcher = PoliteFetcher(delay=0)
    planner = Planner(options, {}, "fingerprint", fetcher)
    planner.add(str(feed))
    assert [job.source.rsplit("#", 1)[-1] for job in planner.jobs] == ["story-3", "story-2"]  # the newest
    assert [(o.source.rsplit("#", 1)[-1], o.status) for o in planner.decided] == [("story-1", "deferred")]
    assert fetcher.requests == []  # whole articles in the feed: no page fetched
    assert planner.jobs[0].article.published == "2026-11-23T08:00:00+00:00"


def test_a_one_line_json_feed_file_is_a_feed_not_a_list_of_paths(tmp_path):
    from audio_edition.publish.batch import collect_sources

    feed = tmp_path / "feed.json"
    feed.write_text('{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[]}', encoding="utf-8")
    assert collect_sources([str(feed)]) == [str(feed)]
