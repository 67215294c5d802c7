"""The server, over real HTTP on 127.0.0.1: types, HEAD, ranges, and nothing outside OUTDIR."""

import http.client
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from audio_edition.publish.manifest import load_episodes
from audio_edition.publish.serve import BadRangeError, parse_range

from .conftest import serving_folder


def request(base: str, method: str, path: str, headers: dict | None = None):
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request(method, path, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def mp3(published: Path) -> str:
    return load_episodes(published)[0].mp3


@pytest.mark.parametrize(("path", "content_type"), [
    ("/feed.xml", "application/rss+xml; charset=utf-8"),
    ("/index.html", "text/html; charset=utf-8"),
    ("/assets/style.css", "text/css; charset=utf-8"),
    ("/assets/player.js", "text/javascript; charset=utf-8"),
    ("/cover.png", "image/png"),
])
def test_content_types(served, path, content_type):
    status, headers, _ = request(served, "GET", path)
    assert (status, headers["Content-Type"]) == (200, content_type)


def test_mp3_vtt_and_chapters_content_types(served, published, mp3):
    episode = load_episodes(published)[0]
    types = {name: request(served, "HEAD", "/" + name)[1]["Content-Type"]
             for name in (episode.mp3, episode.vtt, episode.chapters_file)}
    assert types == {episode.mp3: "audio/mpeg", episode.vtt: "text/vtt; charset=utf-8",
                     episode.chapters_file: "application/json; charset=utf-8"}


def test_root_serves_the_index(served, published):
    status, _, body = request(served, "GET", "/")
    assert status == 200 and body == (published / "index.html").read_bytes()


def test_head_gives_length_and_no_body(served, published, mp3):
    status, headers, body = request(served, "HEAD", "/" + mp3)
    assert (status, body) == (200, b"")
    assert int(headers["Content-Length"]) == (published / mp3).stat().st_size
    assert headers["Accept-Ranges"] == "bytes"


def test_byte_range_gives_206_with_content_range(served, published, mp3):
    size = (published / mp3).stat().st_size
    status, headers, body = request(served, "GET", "/" + mp3, {"Range": "bytes=100-199"})
    assert status == 206
    assert headers["Content-Range"] == f"bytes 100-199/{size}"
    assert body == (published / mp3).read_bytes()[100:200]


def test_open_ended_and_suffix_ranges(served, published, mp3):
    data = (published / mp3).read_bytes()
    assert request(served, "GET", "/" + mp3, {"Range": f"bytes={len(data) - 10}-"})[2] == data[-10:]
    assert request(served, "GET", "/" + mp3, {"Range": "bytes=-25"})[2] == data[-25:]


def test_range_beyond_the_end_is_416(served, published, mp3):
    size = (published / mp3).stat().st_size
    status, headers, _ = request(served, "GET", "/" + mp3, {"Range": f"bytes={size}-"})
    assert status == 416 and headers["Content-Range"] == f"bytes */{size}"


def test_backwards_range_is_416(served, mp3):
    assert request(served, "GET", "/" + mp3, {"Range": "bytes=50-10"})[0] == 416


@pytest.mark.parametrize("path", ["/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
                                  "/assets/..%5c..%5cetc%5cpasswd", "/%00feed.xml"])
def test_paths_outside_outdir_are_refused(served, path):
    status, _, body = request(served, "GET", path)
    assert status in (403, 404) and b"root:" not in body


def test_symlink_out_of_outdir_is_refused(tmp_path):
    outdir = tmp_path / "out"
    outdir.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("secret", encoding="utf-8")
    os.symlink(secret, outdir / "link.txt")
    with serving_folder(outdir) as base:
        assert request(base, "GET", "/link.txt")[0] == 403


def test_missing_file_is_404(served):
    assert request(served, "GET", "/nothing-here.mp3")[0] == 404


def test_range_parser_ignores_multiple_ranges_and_other_units():
    assert parse_range("bytes=0-1,5-6", 100) is None
    assert parse_range("items=0-1", 100) is None
    with pytest.raises(BadRangeError):
        parse_range("bytes=abc", 100)


def test_serve_command_prints_the_feed_url_and_serves_it(published):
    import subprocess

    from tests.conftest import audio_edition_command

    server = subprocess.Popen([*audio_edition_command(), "serve", str(published), "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stdout.readline().startswith(f"serving {published} at http://127.0.0.1:")
        feed_line = server.stdout.readline().strip()
        assert feed_line.startswith("subscribe to: http://127.0.0.1:") and feed_line.endswith("/feed.xml")
        feed_url = feed_line.removeprefix("subscribe to: ")
        base = feed_url.removesuffix("feed.xml")
        status, headers, _ = request(base, "GET", "/feed.xml")
        assert (status, headers["Content-Type"]) == (200, "application/rss+xml; charset=utf-8")
    finally:
        server.terminate()
        server.wait(10)


def test_serve_command_refuses_a_folder_without_a_feed(tmp_path, capsys):
    from audio_edition.cli import main

    assert main(["serve", str(tmp_path)]) == 2
    assert "no feed.xml here" in capsys.readouterr().err


def test_file_shorter_than_announced_ends_the_connection_instead_of_leaving_the_client_waiting(tmp_path, monkeypatch):
    """A file that shrinks while it is served (rewritten in place): the client gets what there is and an
    early end, not a keep-alive connection it waits on for bytes that never come."""
    (tmp_path / "feed.xml").write_bytes(b"<rss/>")
    real_fstat = os.fstat

    def announced_larger(fd):
        stat = real_fstat(fd)
        return os.stat_result((*stat[:6], stat.st_size + 1000, *stat[7:10]))

    with serving_folder(tmp_path) as base:
        monkeypatch.setattr(os, "fstat", announced_larger)
        try:
            parts = urlsplit(base)
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
            try:
                connection.request("GET", "/feed.xml")
                response = connection.getresponse()
                with pytest.raises(http.client.IncompleteRead) as error:
                    response.read()
                assert error.value.partial == b"<rss/>"
            finally:
                connection.close()
        finally:
            monkeypatch.undo()
