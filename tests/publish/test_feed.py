"""The feed as a podcast client sees it: parsed with feedparser."""

import html
import json
from pathlib import Path

import feedparser
import pytest

from audio_edition.publish.feed import Channel, build_feed
from audio_edition.publish.manifest import load_episodes

from .conftest import TRICKY_HEADLINE, TRICKY_LEAD

BASE = "http://127.0.0.1:8000/"


@pytest.fixture(scope="module")
def feed(published: Path):
    parsed = feedparser.parse(str(published / "feed.xml"))
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def entry_titled(feed, title: str):
    matches = [entry for entry in feed.entries if entry.title == title]
    assert len(matches) == 1, [entry.title for entry in feed.entries]
    return matches[0]


def test_feed_is_rss_2(feed):
    assert feed.version == "rss20"


def test_feed_declares_itunes_and_podcasting_2_namespaces(feed):
    assert feed.namespaces["itunes"] == "http://www.itunes.com/dtds/podcast-1.0.dtd"
    assert feed.namespaces["podcast"] == "https://podcastindex.org/namespace/1.0"


def test_channel_title_keeps_arabic_and_special_characters(feed):
    assert feed.feed.title == "نشرة الاختبار & <الأخبار>"


def test_channel_language_is_arabic(feed):
    assert feed.feed.language == "ar"


def test_channel_has_description_author_category_and_image(feed):
    assert feed.feed.subtitle
    assert feed.feed.author == "audio-edition"
    assert [tag.term for tag in feed.feed.tags] == ["News"]
    assert feed.feed.image.href == BASE + "cover.png"


def test_channel_links_its_own_address_and_the_episode_list(feed):
    links = {link.rel: link.href for link in feed.feed.links}
    assert links == {"self": BASE + "feed.xml", "alternate": BASE + "index.html"}


def test_one_episode_per_article(feed):
    assert len(feed.entries) == 2


def test_episode_title_keeps_arabic_quotes_ampersand_and_angle_brackets(feed):
    assert entry_titled(feed, TRICKY_HEADLINE)


def test_episode_description_is_the_lead(feed):
    entry = entry_titled(feed, TRICKY_HEADLINE)
    assert html.unescape(entry.summary) == TRICKY_LEAD


def test_enclosure_is_audio_mpeg_with_exact_byte_length(feed, published: Path):
    entry = entry_titled(feed, TRICKY_HEADLINE)
    (enclosure,) = entry.enclosures
    assert enclosure.type == "audio/mpeg"
    assert enclosure.href.startswith(BASE) and enclosure.href.endswith(".mp3")
    assert int(enclosure.length) == (published / enclosure.href.removeprefix(BASE)).stat().st_size


def test_guid_is_not_a_permalink_and_matches_the_manifest(feed, published: Path):
    entry = entry_titled(feed, TRICKY_HEADLINE)
    assert entry.guidislink is False
    assert entry.id in {episode.guid for episode in load_episodes(published)}


def test_episode_has_pub_date(feed):
    assert all(entry.published_parsed for entry in feed.entries)


def test_itunes_duration_matches_the_manifest(feed, published: Path):
    entry = entry_titled(feed, TRICKY_HEADLINE)
    episode = next(e for e in load_episodes(published) if e.headline == TRICKY_HEADLINE)
    hours, minutes, seconds = (int(part) for part in entry.itunes_duration.split(":"))
    assert hours * 3600 + minutes * 60 + seconds == round(episode.duration_ms / 1000)


def test_podcast_chapters_points_at_the_chapters_json(feed, published: Path):
    entry = entry_titled(feed, TRICKY_HEADLINE)
    assert entry.podcast_chapters["type"] == "application/json+chapters"
    chapters = json.loads((published / entry.podcast_chapters["url"].removeprefix(BASE)).read_text("utf-8"))
    assert chapters["chapters"][0]["startTime"] == 0


def test_podcast_transcript_is_the_webvtt_as_captions(feed, published: Path):
    entry = entry_titled(feed, TRICKY_HEADLINE)
    transcript = entry.podcast_transcript
    assert (transcript["type"], transcript["rel"], transcript["language"]) == ("text/vtt", "captions", "ar")
    assert (published / transcript["url"].removeprefix(BASE)).read_text("utf-8").startswith("WEBVTT")


def test_episode_image_is_its_own_cover(feed, published: Path):
    entry = entry_titled(feed, TRICKY_HEADLINE)
    assert (published / entry.image.href.removeprefix(BASE)).is_file()


def test_base_url_prefixes_every_link(published: Path):
    channel = Channel(base_url="https://news.example/podcast")
    parsed = feedparser.parse(build_feed(channel, load_episodes(published)))
    links = [parsed.feed.image.href] + [e.enclosures[0].href for e in parsed.entries] + \
            [e.podcast_chapters["url"] for e in parsed.entries] + [e.podcast_transcript["url"] for e in parsed.entries]
    assert all(link.startswith("https://news.example/podcast/") for link in links)


def test_base_url_must_be_http():
    from audio_edition.errors import InputError

    with pytest.raises(InputError, match="base-url"):
        Channel(base_url="ftp://example.org/")


@pytest.mark.parametrize("saved", ["{not json", "[1, 2]", '{"base_url": "ftp://example.org/"}'])
def test_unreadable_saved_settings_are_ignored_with_a_warning(tmp_path, caplog, saved):
    from audio_edition.publish.feed import CHANNEL_FILE, load_channel

    (tmp_path / CHANNEL_FILE).write_text(saved, encoding="utf-8")
    assert load_channel(tmp_path) is None
    assert CHANNEL_FILE in caplog.text


def test_itunes_owner_has_name_and_email(published: Path):
    channel = Channel(owner_name="غرفة الأخبار & <التحرير>", owner_email="desk@news.example")
    parsed = feedparser.parse(build_feed(channel, load_episodes(published)))
    assert not parsed.bozo
    assert parsed.feed.publisher_detail == {"name": "غرفة الأخبار & <التحرير>", "email": "desk@news.example"}


def test_podcast_locked_names_the_owner_email(published: Path):
    channel = Channel(owner_name="Desk", owner_email="desk@news.example")
    parsed = feedparser.parse(build_feed(channel, load_episodes(published)))
    assert parsed.feed.podcast_locked["owner"] == "desk@news.example"


def test_no_itunes_owner_without_one(feed):
    assert "publisher_detail" not in feed.feed
