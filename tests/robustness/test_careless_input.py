"""What a careless user types: a malformed address, a file name from another system's encoding."""

from __future__ import annotations

import os

import pytest
from mutagen.id3 import ID3

from audio_edition.pipeline import BuildRequest, build
from tests.robustness.conftest import ARABIC_TEXT
from tests.support.fake_engine import register_fake_engine
from text.url import display_source


@pytest.fixture
def fake_engine(monkeypatch):
    register_fake_engine(monkeypatch)


@pytest.mark.parametrize("command", ["build", "inspect"])
def test_a_malformed_address_is_one_error_line(run_cli, command):
    result = run_cli(command, "http://[::1/page")
    assert result.returncode == 2
    assert result.stderr.strip() == "audio-edition: error: http://[::1/page: not a valid address (Invalid IPv6 URL)"


def test_a_file_name_in_another_encoding_still_makes_an_edition(tmp_path, fake_engine):
    """A Latin-1 name on a UTF-8 system: its bytes cannot be decoded, the tags and manifests must still be written."""
    folder = os.fsencode(tmp_path)
    path = os.fsdecode(folder + b"/caf\xe9-article.txt")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(ARABIC_TEXT)
    result = build(BuildRequest(source=path, output=tmp_path / "out.mp3", engine="fake", use_cache=False))
    assert str(ID3(result.output).getall("COMM")[0]) == f"Source: {display_source(path)}"
    assert display_source(path).endswith("caf\ufffd-article.txt")


def test_a_cover_claiming_a_billion_pixels_is_one_error_line(tmp_path, run_cli):
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    cover = tmp_path / "huge.png"
    cover.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 30000, 30000, 8, 2, 0, 0, 0))
                      + chunk(b"IDAT", zlib.compress(b"\0" * 100)) + chunk(b"IEND", b""))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARABIC_TEXT, encoding="utf-8")
    result = run_cli("batch", str(tmp_path / "in"), "-o", str(tmp_path / "site"), "--cover", str(cover))
    assert result.returncode == 2
    assert result.stderr.strip() == f"audio-edition: error: {cover}: far too large an image for a cover " \
                                    "(podcast covers are 1400-3000 px square)"
