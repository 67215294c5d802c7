"""Loopback addresses and servers for tests: nothing in the suite may reach another host."""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager


def closed_loopback_url() -> str:
    """An http URL on 127.0.0.1 where nothing listens (connections are refused at once)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def start_serving(server: socketserver.BaseServer, name: str) -> threading.Thread:
    """``server`` answers from a daemon thread (named ``name``) until :func:`stop_serving`."""
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=name, daemon=True)
    thread.start()
    return thread


def stop_serving(server: socketserver.BaseServer, thread: threading.Thread) -> None:
    """Stop what :func:`start_serving` started: shut down, close the socket, wait for the thread."""
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@contextmanager
def in_background(server: socketserver.BaseServer, name: str) -> Iterator[socketserver.BaseServer]:
    """``server`` answering from a daemon thread for the length of the block."""
    thread = start_serving(server, name)
    try:
        yield server
    finally:
        stop_serving(server, thread)
