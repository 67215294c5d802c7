"""Articles from http(s) URLs, served by a real HTTP server on 127.0.0.1."""

import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from audio_edition.errors import InputError
from text import reader
from text.reader import read_article
from text.url import fetch
from tests.support.network import in_background

TEXT = ("الأمطار تغرق شوارع المدينة\n\n"
        "هطلت أمطار غزيرة على المدينة طوال الليل وأغرقت عددا من الشوارع الرئيسية.\n\n"
        "وقالت البلدية إن فرقها تعمل على سحب المياه.\n")
PARAGRAPH = "هطلت أمطار غزيرة على المدينة طوال الليل وأغرقت عددا من الشوارع الرئيسية. " * 6
PAGE = (f"<html><head><meta charset='windows-1256'><title>الأمطار تغرق شوارع المدينة</title></head>"
        f"<body><article><h1>الأمطار تغرق شوارع المدينة</h1><p>{PARAGRAPH}</p></article></body></html>")

ROUTES = {
    "/article.txt": (200, "text/plain; charset=utf-8", TEXT.encode("utf-8")),
    "/story": (200, "text/html", PAGE.encode("cp1256")),
    "/readme.md": (200, "text/markdown", ("# الأمطار تغرق شوارع المدينة\n\n" + PARAGRAPH).encode()),
    "/logo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
    "/big": (200, "text/plain", TEXT.encode() * 400),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        if self.path == "/slow":
            time.sleep(3)
        status, content_type, body = ROUTES.get(self.path, (404, "text/plain", b"not found"))
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except ConnectionError:  # the client gave up first (the timeout and size-cap tests): nobody to answer
            pass

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    with in_background(httpd, "article-site"):
        yield f"http://127.0.0.1:{httpd.server_address[1]}"


def test_plain_text_article_is_read_from_a_url(server):
    article = read_article(f"{server}/article.txt")
    assert article.headline == "الأمطار تغرق شوارع المدينة"
    assert article.sections[0].paragraphs[1] == "وقالت البلدية إن فرقها تعمل على سحب المياه."


def test_html_page_in_windows_1256_is_read_from_a_url(server):
    article = read_article(f"{server}/story")
    assert article.headline == "الأمطار تغرق شوارع المدينة"
    assert article.sections[0].paragraphs[0].startswith("هطلت أمطار غزيرة")


def test_content_type_chooses_the_format(server):
    assert read_article(f"{server}/readme.md").headline == "الأمطار تغرق شوارع المدينة"


def test_http_error_is_a_clear_error(server):
    with pytest.raises(InputError, match="the server answered 404"):
        read_article(f"{server}/missing")


def test_non_text_content_type_is_refused(server):
    with pytest.raises(InputError, match="not an article page .content type image/png"):
        read_article(f"{server}/logo.png")


def test_body_over_the_size_cap_is_refused(server):
    with pytest.raises(InputError, match="larger than"):
        fetch(f"{server}/big", max_bytes=10_000)


def test_size_cap_applies_to_read_article(server, monkeypatch):
    monkeypatch.setattr(reader, "MAX_INPUT_BYTES", 10_000)
    with pytest.raises(InputError, match="larger than"):
        read_article(f"{server}/big")


def test_slow_server_times_out_with_a_clear_error(server):
    with pytest.raises(InputError, match="no complete answer within 0.5 s"):
        fetch(f"{server}/slow", max_bytes=10_000, timeout=0.5)


def test_a_name_look_up_that_hangs_is_bounded_by_the_fetch_deadline(server, monkeypatch):
    import socket

    real = socket.getaddrinfo
    port = server.rsplit(":", 1)[1]

    def slow_resolver(host, *args, **kwargs):
        if host == "slow-dns.example":
            time.sleep(3)
            return real("127.0.0.1", *args, **kwargs)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", slow_resolver)
    started = time.monotonic()
    with pytest.raises(InputError, match="no complete answer within 0.5 s"):
        fetch(f"http://slow-dns.example:{port}/article.txt", timeout=0.5)
    assert time.monotonic() - started < 2.5


def test_refused_connection_is_a_clear_error():
    with pytest.raises(InputError, match="cannot connect to 127.0.0.1"):
        read_article("http://127.0.0.1:9/article")


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/a.txt", "file:///etc/passwd"])
def test_only_http_and_https_are_accepted(url):
    with pytest.raises(InputError, match="only http:// and https://"):
        read_article(url)
