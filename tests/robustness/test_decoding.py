"""Bytes over labels: a lying charset header or meta, a few invalid bytes, and mojibake that must not be spoken."""

from __future__ import annotations

import json
import logging

import pytest

from audio_edition.errors import InputError
from tests.robustness.conftest import ARABIC_PAGE, ARABIC_TEXT
from tests.robustness.hostile import HostileServer, answer
from text.decoding import decode, mojibake, page_charset
from text.reader import read_article

HEADLINE = "الأمطار تغرق شوارع المدينة"
CP1256_PAGE = ARABIC_PAGE.replace('charset="utf-8"', 'charset="windows-1256"').encode("cp1256")


@pytest.fixture(scope="module")
def liar():
    routes = {
        "/latin1-text": answer(ARABIC_TEXT.encode(), "text/plain; charset=iso-8859-1"),
        "/cp1256-text": answer(ARABIC_TEXT.encode(), "text/plain; charset=windows-1256"),
        "/latin1-page": answer(ARABIC_PAGE.encode(), "text/html; charset=ISO-8859-1"),
        "/utf8-says-cp1256-page": answer(CP1256_PAGE, "text/html; charset=utf-8"),
        "/utf16-label": answer(ARABIC_TEXT.encode(), "text/plain; charset=utf-16"),
        "/unknown-label": answer(ARABIC_TEXT.encode(), "text/plain; charset=klingon"),
    }
    with HostileServer(routes) as server:
        yield server


@pytest.mark.parametrize("path", ["/latin1-text", "/cp1256-text", "/latin1-page", "/utf8-says-cp1256-page",
                                  "/utf16-label", "/unknown-label"])
def test_a_lying_charset_label_does_not_garble_the_article(liar, path):
    article = read_article(liar.url + path)
    assert article.headline == HEADLINE
    assert article.sections[0].paragraphs[0].startswith("هطلت أمطار غزيرة")


def test_the_page_declaration_beats_the_header():
    page = ARABIC_PAGE.replace('charset="utf-8"', 'charset="windows-1256"').encode("cp1256")
    assert decode(page, name="p", declared="iso-8859-6").startswith("<!DOCTYPE html>")
    assert HEADLINE in decode(page, name="p", declared="iso-8859-1")


def test_the_cli_reads_a_lying_server_right(liar, run_cli):
    result = run_cli("inspect", liar.url + "/latin1-page", "--json", timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["headline"] == HEADLINE


@pytest.mark.parametrize(("bad", "count"), [(b"\xff", 1), (b"\xc3", 1), (b"\xed\xa0\x80", 3),
                                            (b"\xf4\x90\x80\x80", 4)])
def test_a_few_invalid_bytes_are_replaced_with_a_warning(tmp_path, caplog, bad, count):
    data = ARABIC_TEXT.encode()
    at = data.index(b" ", 60)
    data = data[:at] + bad + data[at:]
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    with caplog.at_level(logging.WARNING):
        article = read_article(str(path))
    assert article.headline == HEADLINE
    warned = [r.getMessage() for r in caplog.records if "could not be decoded" in r.getMessage()]
    assert warned and f"{count} character{'s' if count > 1 else ''} could not" in warned[0]
    assert "\ufffd" not in json.dumps(article.to_json(), ensure_ascii=False)


def test_the_cli_warns_with_the_count_and_reads_the_rest(tmp_path, run_cli):
    data = ARABIC_TEXT.encode()
    first, second = data.index(b" ", 60), data.index(b" ", 100)
    path = tmp_path / "a.txt"
    path.write_bytes(data[:first] + b"\xfe" + data[first:second] + b"\xff\xfe" + data[second:])
    result = run_cli("inspect", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert "3 characters could not be decoded as UTF-8" in result.stderr
    assert json.loads(result.stdout)["headline"] == HEADLINE


def test_a_bom_file_with_a_bad_byte_is_read_too():
    data = b"\xef\xbb\xbf" + ARABIC_TEXT.encode()
    assert HEADLINE in decode(data[:70] + b"\x80" + data[70:], name="a")


def test_windows_1256_is_still_detected_not_taken_for_broken_utf8():
    assert decode(ARABIC_TEXT.encode("cp1256"), name="a") == ARABIC_TEXT


@pytest.mark.parametrize("codec", ["cp1252", "latin-1", "cp1256"])
def test_mojibake_is_refused_not_spoken(tmp_path, codec):
    garbled = ARABIC_TEXT.encode().decode(codec, errors="ignore" if codec == "cp1252" else "strict")
    path = tmp_path / "garbled.txt"
    path.write_text(garbled, encoding="utf-8")
    with pytest.raises(InputError, match="the text is garbled"):
        read_article(str(path))


def test_the_cli_refuses_mojibake_with_one_line(tmp_path, run_cli):
    path = tmp_path / "garbled.txt"
    path.write_text(ARABIC_TEXT.encode().decode("latin-1"), encoding="utf-8")
    result = run_cli("build", str(path), "--engine", "espeak", "-o", str(tmp_path / "out.mp3"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("audio-edition: error: ")
    assert "garbled" in result.stderr and not (tmp_path / "out.mp3").exists()


@pytest.mark.parametrize("text", [ARABIC_TEXT, "café crème brûlée à la carte, naïve façade", "أ، ب، ج، د، هـ، و، ز"])
def test_real_text_is_not_called_mojibake(text):
    assert mojibake(text) is None


@pytest.mark.parametrize(("head", "charset"), [
    (b'<meta charset="UTF-8">', "utf-8"),
    (b"<meta http-equiv='Content-Type' content='text/html; charset=windows-1256'>", "windows-1256"),
    (b'<?xml version="1.0" encoding="ISO-8859-6"?><html>', "iso-8859-6"),
    (b"<p>no declaration</p>", None),
])
def test_page_charset(head, charset):
    assert page_charset(b"<html><head>" + head if not head.startswith(b"<?xml") else head) == charset
