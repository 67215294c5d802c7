"""The episode pages and the index: structure, escaping, no outside resources."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from audio_edition.publish.manifest import load_episodes
from audio_edition.publish.pages import parse_vtt

from .conftest import TRICKY_HEADLINE


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def all(self, tag: str) -> list[dict]:
        return [attrs for name, attrs in self.tags if name == tag]


def parse(path: Path) -> Collector:
    collector = Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


@pytest.fixture(scope="module")
def page(published: Path, episode) -> Collector:
    return parse(published / episode.page)


def test_page_is_right_to_left_arabic(page):
    (html,) = page.all("html")
    assert html == {"lang": "ar", "dir": "rtl"}


def test_page_fits_a_phone_screen(page):
    assert {"name": "viewport", "content": "width=device-width, initial-scale=1"} in page.all("meta")


def test_page_has_a_player_for_the_mp3_with_the_transcript_track(page, episode):
    (audio,) = page.all("audio")
    assert audio["src"] == episode.mp3 and "controls" in audio
    (track,) = page.all("track")
    assert track["src"] == episode.vtt and track["srclang"] == "ar"


def test_headline_is_escaped_and_shown_verbatim(page, published, episode):
    assert TRICKY_HEADLINE in "".join(page.text)
    assert "<الطاقة>" not in (published / episode.page).read_text(encoding="utf-8")


def test_chapter_buttons_carry_each_chapter_start(page, published, episode):
    import json

    chapters = json.loads((published / episode.chapters_file).read_text("utf-8"))["chapters"]
    starts = [float(b["data-start"]) for b in page.all("button") if "chapter" in b.get("class", "")]
    assert starts == pytest.approx([c["startTime"] for c in chapters], abs=0.001)


def test_transcript_has_one_span_per_cue_with_its_times(page, published, episode):
    cues = parse_vtt((published / episode.vtt).read_text("utf-8"))
    spans = [s for s in page.all("span") if s.get("class") == "cue"]
    times = [time for s in spans for time in (float(s["data-start"]), float(s["data-end"]))]
    assert times == pytest.approx([time for c in cues for time in (c.start, c.end)], abs=0.001)


def test_pages_load_nothing_from_outside_outdir(published):
    for path in published.glob("*.html"):
        collector = parse(path)
        references = [a.get("src") or a.get("href") for _, a in collector.tags if a.get("src") or a.get("href")]
        assert all(not re.match(r"^(https?:)?//", ref) for ref in references), (path.name, references)
        assert all((published / ref).is_file() for ref in references), (path.name, references)


def test_index_links_every_episode_page(published):
    links = {a["href"] for a in parse(published / "index.html").all("a")}
    assert {episode.page for episode in load_episodes(published)} <= links


def test_vtt_parser_reads_cues_and_skips_notes():
    text = ("WEBVTT\n\nNOTE made by hand\n\n1\n00:00:01.500 --> 00:00:03.000\nأول\nسطر\n\n"
            "00:01:02.000 --> 00:01:04.250\nثان\n")
    cues = parse_vtt(text)
    assert [(c.start, c.end, c.text) for c in cues] == [(1.5, 3.0, "أول سطر"), (62.0, 64.25, "ثان")]
