"""A password in an article's URL is sent to its server and nowhere else: not in tags, manifests, the feed,
the pages, the summary or an error line."""

from __future__ import annotations

import json

import pytest
from mutagen.id3 import ID3

from tests.robustness.conftest import ARABIC_PAGE
from tests.robustness.hostile import HostileServer, needs_auth

USER, PASSWORD = "editor", "s3cret-Pa55"


@pytest.fixture(scope="module")
def private_site():
    routes = {"/private/story.html": needs_auth(USER, PASSWORD, ARABIC_PAGE.encode(), "text/html; charset=utf-8")}
    with HostileServer(routes) as server:
        yield server


def secrets_in(data: bytes) -> list[str]:
    return [secret for secret in (PASSWORD, f"{USER}:")
            if secret.encode() in data or secret.encode("utf-16-le") in data]


def test_batch_never_stores_prints_or_publishes_the_password(private_site, run_cli, tmp_path):
    host = private_site.url.removeprefix("http://")
    listing = tmp_path / "today.list"
    listing.write_text(f"http://{USER}:{PASSWORD}@{host}/private/story.html\n"
                       f"http://{USER}:{PASSWORD}@{host}/private/missing.html\n", encoding="utf-8")
    site = tmp_path / "site"
    result = run_cli("batch", str(listing), "-o", str(site), "--engine", "espeak", "--jobs", "1", "--quiet")
    assert result.returncode == 1, result.stderr  # the missing page failed, the story was made
    assert f"http://{host}/private/missing.html: the server answered 404" in result.stdout
    assert secrets_in((result.stdout + result.stderr).encode()) == []
    for path in site.rglob("*"):
        if path.is_file():
            assert secrets_in(path.read_bytes()) == [], path.name
    (mp3,) = site.glob("story-*.mp3")
    assert str(ID3(mp3).getall("COMM")[0]) == f"Source: http://{host}/private/story.html"

    # A manifest written before URLs were redacted is cleaned, and its episode is not made twice.
    (manifest,) = site.glob("story-*.episode.json")
    old = json.loads(manifest.read_text(encoding="utf-8"))
    for key in ("source", "identity"):
        old[key] = old[key].replace("http://", f"http://{USER}:{PASSWORD}@")
    manifest.write_text(json.dumps(old), encoding="utf-8")
    again = run_cli("batch", str(listing), "-o", str(site), "--engine", "espeak", "--jobs", "1", "--quiet")
    assert "skipped" in again.stdout.splitlines()[1]
    assert secrets_in(manifest.read_bytes()) == [] and len(list(site.glob("*.episode.json"))) == 1


def test_an_error_line_never_shows_the_password(private_site, run_cli, tmp_path):
    host = private_site.url.removeprefix("http://")
    wrong = run_cli("inspect", f"http://{USER}:wrong-{PASSWORD}@{host}/private/story.html")
    assert wrong.returncode == 2
    assert wrong.stderr.strip() == (f"audio-edition: error: http://{host}/private/story.html: "
                                    "the server answered 401 Unauthorized")
