"""``serve`` under clients that misbehave: resets, bursts, idle connections; and no hidden file is served."""

from __future__ import annotations

import http.client
import logging
import os
import socket
import struct
import time

import pytest

from audio_edition.publish.serve import ServeOptions, make_server, server_url
from tests.support.network import in_background

BIG = 4 * 1024 * 1024


@pytest.fixture
def site(tmp_path):
    (tmp_path / "feed.xml").write_text("<rss/>", encoding="utf-8")
    (tmp_path / "episode.mp3").write_bytes(os.urandom(BIG))
    (tmp_path / ".episode.mp3.k2j4h5g6.part").write_bytes(b"half an edition")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("[core]", encoding="utf-8")
    (tmp_path / "alias.mp3").symlink_to(tmp_path / ".episode.mp3.k2j4h5g6.part")
    return tmp_path


@pytest.fixture
def serving(site):
    with in_background(make_server(ServeOptions(outdir=site, port=0, idle_timeout=0.5)), "serve") as server:
        yield server


def address(server) -> tuple[str, int]:
    return server.server_address[0], server.server_address[1]


def reset(sock: socket.socket) -> None:
    """Close with a TCP reset, as a phone that loses its network or a killed player does."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def get(server, path: str) -> int:
    connection = http.client.HTTPConnection(*address(server), timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def test_resets_cost_no_traceback_and_the_server_goes_on(serving, capfd, caplog):
    with caplog.at_level(logging.DEBUG, logger="audio_edition.publish.serve"):
        for _ in range(10):  # an idle keep-alive connection reset after its first answer
            sock = socket.create_connection(address(serving))
            sock.sendall(b"GET /feed.xml HTTP/1.1\r\nHost: x\r\n\r\n")
            sock.recv(65536)
            reset(sock)
        for _ in range(10):  # a download reset midway
            sock = socket.create_connection(address(serving))
            sock.sendall(b"GET /episode.mp3 HTTP/1.1\r\nHost: x\r\n\r\n")
            sock.recv(65536)
            reset(sock)
        time.sleep(0.3)
        assert get(serving, "/feed.xml") == 200
    captured = capfd.readouterr()
    assert "Traceback" not in captured.err + captured.out
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_a_burst_of_connections_waits_in_the_listen_queue(site):
    """While every thread is busy, the kernel queues new connections (backlog 5 dropped most of a burst)."""
    server = make_server(ServeOptions(outdir=site, port=0))  # not accepting yet: as busy as can be
    try:
        clients = [socket.socket() for _ in range(100)]
        for client in clients:
            client.setblocking(False)
            client.connect_ex(address(server))
        time.sleep(0.5)
        connected = sum(client.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0
                        and _handshake_done(client) for client in clients)
        assert connected == 100
    finally:
        for client in clients:
            client.close()
        server.server_close()


def _handshake_done(client: socket.socket) -> bool:
    try:
        client.getpeername()
        return True
    except OSError:
        return False


def test_an_idle_connection_is_closed(serving):
    sock = socket.create_connection(address(serving))
    sock.settimeout(5)
    started = time.monotonic()
    assert sock.recv(1) == b""  # the server closed it: no request came within the idle timeout
    assert time.monotonic() - started < 4
    sock.close()


@pytest.mark.parametrize("path", ["/.episode.mp3.k2j4h5g6.part", "/.git/config", "/alias.mp3", "/%2egit/config"])
def test_hidden_files_are_never_served(serving, path):
    assert get(serving, path) == 404


def test_visible_files_still_are(serving):
    assert get(serving, "/episode.mp3") == 200
    assert server_url(serving).startswith("http://127.0.0.1:")


def test_a_client_trickling_its_request_a_byte_at_a_time_is_cut_off_and_others_are_served(serving):
    """A request head that never finishes (one byte now and then, each within the idle timeout) must not
    hold a server thread: it is cut off once the idle timeout has passed since its first byte."""
    slow = socket.create_connection(address(serving))
    slow.settimeout(10)
    started = time.monotonic()
    closed_after = None
    try:
        for byte in b"GET /feed.xml HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 200:
            slow.sendall(bytes([byte]))
            time.sleep(0.1)
            if time.monotonic() - started > 5:
                break
    except OSError:  # the server shut the connection down while we were still sending
        closed_after = time.monotonic() - started
    if closed_after is None:
        assert slow.recv(100) == b""  # closed, with no answer
        closed_after = time.monotonic() - started
    slow.close()
    assert closed_after < 3  # the idle timeout is 0.5 s; without the cut the trickle goes on for 20 s
    assert get(serving, "/feed.xml") == 200
