"""A hostile web server against the one fetch core (text/url.py): every fetch ends by its deadline,
every failure is one clear line, credentials never show."""

from __future__ import annotations

import time

import pytest

from audio_edition.errors import InputError
from tests.robustness.conftest import ARABIC_TEXT
from tests.robustness.hostile import (HostileServer, answer, needs_auth, redirect, reset_after, trickle_body,
                                      trickle_headers)
from text.url import fetch, redact_url

BODY = ARABIC_TEXT.encode("utf-8")
DEADLINE = 1.0
# A whole trickled answer takes len(BODY) * 0.1 s (> 20 s): only a total deadline ends it in time.
LATE = DEADLINE + 4.0


@pytest.fixture(scope="module")
def hostile():
    routes = {
        "/trickle-body": trickle_body(BODY),
        "/trickle-unsized": trickle_body(BODY, length=False),
        "/trickle-headers": trickle_headers(BODY),
        "/reset-in-body": reset_after(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5000\r\n\r\n"
                                      + BODY[:40]),
        "/reset-at-once": reset_after(b""),
        "/private": needs_auth("editor", "s3cret", BODY, "text/plain; charset=utf-8"),
        "/loop": redirect("/loop"),
        "/bad-gzip": answer(b"this is not gzip at all", "text/plain", **{"Content-Encoding": "gzip"}),
        "/to-ftp": redirect("ftp://127.0.0.1/file.txt"),
        "/article": answer(BODY, "text/plain; charset=utf-8", ETag='"v1"'),
        "/not-modified": answer(b"", "text/plain", "304 Not Modified", ETag='"v1"'),
    }
    with HostileServer(routes) as server:
        yield server


@pytest.mark.parametrize("path", ["/trickle-body", "/trickle-unsized", "/trickle-headers"])
def test_a_trickling_server_is_cut_off_at_the_total_deadline(hostile, path):
    started = time.monotonic()
    with pytest.raises(InputError, match=f"no complete answer within {DEADLINE:g} s"):
        fetch(hostile.url + path, timeout=DEADLINE)
    assert time.monotonic() - started < LATE


@pytest.mark.parametrize(("path", "expected"), [
    ("/reset-in-body", "connection broke before the whole answer arrived"),
    ("/reset-at-once", "connection broke before the whole answer arrived"),
    ("/loop", "too many redirects"),
    ("/bad-gzip", "compressed answer cannot be decompressed"),
    ("/to-ftp", "redirected to an address that is not http"),
])
def test_broken_answers_are_one_clear_error(hostile, path, expected):
    with pytest.raises(InputError, match=expected):
        fetch(hostile.url + path, timeout=5)


def test_credentials_in_the_url_are_sent_but_never_shown(hostile):
    host = hostile.url.removeprefix("http://")
    fetched = fetch(f"http://editor:s3cret@{host}/private", timeout=5)
    assert fetched.data == BODY
    assert fetched.url == f"http://{host}/private"
    with pytest.raises(InputError) as refused:
        fetch(f"http://editor:wrong-password@{host}/private", timeout=5)
    assert "401" in str(refused.value) and "wrong-password" not in str(refused.value)
    assert "editor" not in str(refused.value)


def test_a_304_to_a_plain_request_is_an_error_not_an_empty_article(hostile):
    with pytest.raises(InputError, match="304 Not Modified to a plain request"):
        fetch(hostile.url + "/not-modified", timeout=5)


def test_https_to_a_server_that_does_not_speak_it_is_one_clear_error():
    import socket
    import threading

    listener = socket.create_server(("127.0.0.1", 0))

    def plain_http() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.recv(4096)
            connection.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")

    thread = threading.Thread(target=plain_http, daemon=True)
    thread.start()
    try:
        with pytest.raises(InputError, match=r"secure \(TLS\) connection failed"):
            fetch(f"https://127.0.0.1:{listener.getsockname()[1]}/story", timeout=5)
    finally:
        listener.close()
        thread.join(5)


def test_conditional_requests_send_their_headers_and_get_304(hostile):
    first = fetch(hostile.url + "/article", timeout=5)
    assert first.status == 200 and first.headers["etag"] == '"v1"'
    again = fetch(hostile.url + "/not-modified", timeout=5, headers={"If-None-Match": first.headers["etag"]})
    assert again.status == 304 and again.data == b""
    assert hostile.requests[-1][1]["if-none-match"] == '"v1"'


@pytest.mark.parametrize(("url", "shown"), [
    ("https://user:pa:ss@example.org/a?b=1#c", "https://example.org/a?b=1#c"),
    ("http://user@example.org", "http://example.org"),
    ("http://[::1", "http://[::1"),
    ("http://u:p@[::1/x", "http://[::1/x"),
    ("article.txt", "article.txt"),
])
def test_redact_url_removes_user_info(url, shown):
    assert redact_url(url) == shown


@pytest.mark.parametrize("url", ["http://[::1/page", "http://exa mple.org:99999/", "http://:80/"])
def test_malformed_addresses_are_one_clear_error(url):
    with pytest.raises(InputError):
        fetch(url, timeout=2)
