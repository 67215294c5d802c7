"""A news site's feed to a podcast, through the real command line and a loopback news site
(RSS + HTML pages on 127.0.0.1 answering ETag/Last-Modified with 304s)."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import threading
import time
from pathlib import Path

import feedparser
import pytest
from mutagen.id3 import ID3

from audio_edition import __version__
from tests.conftest import audio_edition_command
from tests.support.news_site import NewsSite, serving_news_site

pytestmark = pytest.mark.slow


@pytest.fixture
def site():
    with serving_news_site(NewsSite()) as news:
        yield news


@pytest.fixture
def batch(run_cli, tmp_path, speech_cache):
    outdir = tmp_path / "site"

    def run(site: NewsSite, *extra: str):
        start = len(site.log)
        result = run_cli("batch", f"{site.base_url}/feed.xml", "-o", str(outdir), "--engine", "espeak",
                         "--cache-dir", str(speech_cache), "--fetch-delay", "0", "--quiet", *extra)
        return result, site.requests_since(start)

    run.outdir = outdir
    return run


def entries(outdir: Path) -> dict[str, feedparser.FeedParserDict]:
    parsed = feedparser.parse((outdir / "feed.xml").read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    return {entry.link.rsplit("/", 1)[-1].split("-")[0]: entry for entry in parsed.entries}


def snapshot(outdir: Path) -> dict[str, int]:
    return {path.name: path.stat().st_mtime_ns for path in outdir.glob("*.mp3")}


def test_feed_makes_an_episode_per_item_and_a_corrected_page_remakes_only_its_episode(site, batch):
    for index in range(3):
        site.add_story(index)
    first, requests = batch(site)
    assert first.returncode == 0, first.stderr + first.stdout
    assert [(path, conditional) for path, conditional, _ in requests] == [
        ("/feed.xml", False), ("/news/school.html", False), ("/news/market.html", False),
        ("/news/council.html", False)]
    assert site.user_agents == {f"audio-edition/{__version__} (+article reader)"}  # the tool and its version
    made = entries(batch.outdir)
    assert sorted(made) == ["council", "market", "school"]
    for slug, entry in made.items():  # the item's date and author, in the feed and in the MP3's tags
        page = site.pages[slug]
        assert entry.published_parsed[:6] == page.published.utctimetuple()[:6]
        assert entry.author == page.author
    raw = (batch.outdir / "feed.xml").read_text(encoding="utf-8")
    assert raw.count("<podcast:person") == 3 and '>سلمى حداد</podcast:person>' in raw
    tags = ID3(batch.outdir / made["council"].enclosures[0].href.rsplit("/", 1)[-1])
    assert str(tags["TDRC"]) == "2026-11-20" and str(tags["TPE1"]) == "سلمى حداد"

    before = snapshot(batch.outdir)
    site.edit("market", ["افتتحت البلدية سوقا جديدا للمزارعين في الساحة.", "ويبيع المزارعون الخضار كل سبت."])
    second, requests = batch(site)
    assert second.returncode == 0, second.stderr + second.stdout
    assert all(conditional for _, conditional, _ in requests)  # every page (and the feed) asked conditionally
    assert [status for path, _, status in requests if path.startswith("/news/")] == [304, 200, 304]
    assert "1 made, 2 skipped, 0 failed" in second.stdout
    remade = entries(batch.outdir)
    assert remade["market"].id == made["market"].id and remade["market"].published == made["market"].published
    assert remade["market"].enclosures[0].href != made["market"].enclosures[0].href
    after = snapshot(batch.outdir)
    old_market = made["market"].enclosures[0].href.rsplit("/", 1)[-1]
    assert old_market not in after  # the old audio is gone with its episode
    assert {name: mtime for name, mtime in after.items() if not name.startswith("market")} == \
           {name: mtime for name, mtime in before.items() if not name.startswith("market")}

    third, requests = batch(site)
    assert third.returncode == 0 and "0 made, 3 skipped" in third.stdout
    assert [status for _, _, status in requests] == [304, 304, 304, 304]
    assert "4 requests to read feeds and pages: 4 conditional, 4 not modified (304)" in third.stdout


def test_a_failing_page_and_a_slow_page_are_reported_and_retried_while_the_rest_are_made(site, batch):
    for index in range(3):
        site.add_story(index)
    site.pages["market"].status = 500
    site.pages["school"].delay = 3.0
    first, _ = batch(site, "--fetch-timeout", "1")
    assert first.returncode == 1
    assert "server answered 500" in first.stdout and "no complete answer within 1 s" in first.stdout
    assert sorted(entries(batch.outdir)) == ["council"]

    site.pages["market"].status = 200
    site.pages["school"].delay = 0.0
    second, requests = batch(site, "--fetch-timeout", "1")
    assert second.returncode == 0, second.stdout
    assert "2 made, 1 skipped, 0 failed" in second.stdout
    assert sorted(entries(batch.outdir)) == ["council", "market", "school"]
    assert ("/news/council.html", True, 304) in requests


def test_a_feed_that_is_not_xml_is_a_clear_failure_and_the_podcast_stays_as_it_was(site, batch):
    site.feed_override = (b"Service unavailable, try later", "application/rss+xml")
    never, _ = batch(site)
    assert never.returncode == 1 and "not an RSS, Atom or JSON feed" in never.stdout

    site.feed_override = None
    site.add_story(0)
    assert batch(site)[0].returncode == 0
    site.feed_override = (b"<html><body><h1>Maintenance</h1><p>Back soon.</p></body></html>", "text/html")
    broken, _ = batch(site)  # known as a feed: an HTML page there now is not read as an article
    assert broken.returncode == 1 and "not an RSS, Atom or JSON feed" in broken.stdout
    assert sorted(entries(batch.outdir)) == ["council"]


class Lines:
    """A process's stdout lines, read on a thread so a test can wait for one with a deadline."""

    def __init__(self, stream) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        try:
            for line in stream:
                self.lines.put(line)
        except ValueError:  # the test closed the pipe (communicate() at its end) while this thread read it
            pass

    def wait_for(self, predicate, timeout: float = 120) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                continue
            self.seen.append(line)
            if predicate(line):
                return line
        raise AssertionError(f"no such line within {timeout} s; saw: {self.seen}")


def test_watch_picks_up_new_items_survives_a_broken_feed_and_stops_on_sigterm_with_a_valid_feed(
        site, tmp_path, cli_env, speech_cache):
    site.add_story(0)
    outdir = tmp_path / "site"
    process = subprocess.Popen(
        [*audio_edition_command(), "watch", f"{site.base_url}/feed.xml", "-o", str(outdir), "--every", "1s",
         "--engine", "espeak", "--cache-dir", str(speech_cache), "--fetch-delay", "0", "--quiet"],
        env=cli_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        lines = Lines(process.stdout)
        lines.wait_for(lambda line: "poll 1: 1 new" in line)
        site.add_story(1)  # published while watch runs
        lines.wait_for(lambda line: " 1 new, 0 updated, 1 unchanged, 0 failed" in line)
        assert sorted(entries(outdir)) == ["council", "market"]

        site.feed_override = (b"<<< not xml >>>", "application/rss+xml")
        lines.wait_for(lambda line: "1 failed" in line)
        lines.wait_for(lambda line: line.startswith("  failed:") and "not an RSS, Atom or JSON feed" in line)
        site.feed_override = None
        lines.wait_for(lambda line: "0 new, 0 updated, 2 unchanged, 0 failed" in line)

        site.add_story(2)
        deadline = time.monotonic() + 60
        while not list(outdir.glob("school-*.png")) and time.monotonic() < deadline:
            time.sleep(0.02)  # its cover is written just before its speech is made
        os.kill(process.pid, signal.SIGTERM)
        process.wait(timeout=120)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 0, process.stderr.read()
    lines.wait_for(lambda line: line.startswith("stopped after"), timeout=10)  # stdout is read by `lines` only
    made = entries(outdir)  # parses without error
    for entry in made.values():
        assert (outdir / entry.enclosures[0].href.rsplit("/", 1)[-1]).is_file()
    school = list(outdir.glob("school-*"))
    assert "school" in made or school == []  # finished, or abandoned without a file left behind
    assert not list(outdir.glob(".*.part"))
