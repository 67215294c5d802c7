"""The definition of done on the team's real articles: batch the shared folders, serve them, check as a client.

Slow (the long-form article alone is about an hour of audio) but run in CI; skipped only when the shared
folder beside the checkout is absent.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest

from tests.conftest import audio_edition_command

from . import browser
from .test_serve import request

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def shared_site(shared_dir: Path, tmp_path_factory):
    """`audio-edition batch seeds corpus -o out --engine espeak` then `audio-edition serve out`."""
    for folder in ("seeds", "corpus"):
        if not (shared_dir / folder).is_dir():
            pytest.skip(f"{shared_dir / folder} is absent")
    root = tmp_path_factory.mktemp("shared-site")
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "XDG_CACHE_HOME": str(root / "cache")}
    batch = subprocess.run(
        [*audio_edition_command(), "batch", str(shared_dir / "seeds"), str(shared_dir / "corpus"), "-o",
         str(root / "out"), "--engine", "espeak", "--base-url", base, "--quiet"],
        capture_output=True, text=True, env=env, timeout=1800)
    assert batch.returncode == 0, batch.stdout + batch.stderr
    server = subprocess.Popen([*audio_edition_command(), "serve", str(root / "out"), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        first = server.stdout.readline()
        assert first.startswith("serving "), first + server.stderr.read()
        assert server.stdout.readline().strip() == f"subscribe to: {base}feed.xml"
        yield root / "out", base, batch.stdout
    finally:
        server.terminate()
        server.wait(10)


def shared_articles(shared_dir: Path) -> list[Path]:
    return [*sorted((shared_dir / "seeds").glob("*.txt")), *sorted((shared_dir / "corpus").glob("*.txt"))]


def test_feed_has_one_episode_per_article_and_not_the_readme(shared_site, shared_dir):
    _, base, _ = shared_site
    status, headers, body = request(base, "GET", "/feed.xml")
    parsed = feedparser.parse(body)
    assert status == 200 and not parsed.bozo
    assert len(parsed.entries) == len(shared_articles(shared_dir)) == 5
    assert len({entry.id for entry in parsed.entries}) == 5
    assert all(entry.title and entry.summary for entry in parsed.entries)


def test_every_enclosure_answers_head_and_range(shared_site):
    outdir, base, _ = shared_site
    for entry in feedparser.parse(str(outdir / "feed.xml")).entries:
        path = urlsplit(entry.enclosures[0].href).path
        size = int(entry.enclosures[0].length)
        status, headers, _ = request(base, "HEAD", path)
        assert (status, int(headers["Content-Length"]), headers["Content-Type"]) == (200, size, "audio/mpeg")
        status, headers, data = request(base, "GET", path, {"Range": "bytes=1000-1999"})
        assert (status, headers["Content-Range"], len(data)) == (206, f"bytes 1000-1999/{size}", 1000)


def test_every_sidecar_in_the_feed_is_served(shared_site):
    outdir, base, _ = shared_site
    for entry in feedparser.parse(str(outdir / "feed.xml")).entries:
        status, _, body = request(base, "GET", urlsplit(entry.podcast_chapters["url"]).path)
        assert status == 200 and json.loads(body)["chapters"]
        status, _, body = request(base, "GET", urlsplit(entry.podcast_transcript["url"]).path)
        assert status == 200 and body.startswith(b"WEBVTT")


@pytest.mark.browser
@pytest.mark.skipif(browser.missing() is not None, reason=browser.missing() or "")
def test_every_episode_page_passes_the_browser_check(shared_site):
    outdir, base, _ = shared_site
    with browser.chromium() as driver:
        for entry in feedparser.parse(str(outdir / "feed.xml")).entries:
            hours, minutes, seconds = (int(p) for p in entry.itunes_duration.split(":"))
            browser.check_episode_page(driver, entry.link, hours * 3600 + minutes * 60 + seconds)
