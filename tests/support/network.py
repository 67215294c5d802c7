"""Loopback addresses for tests: nothing in the suite may reach another host."""

from __future__ import annotations

import socket


def closed_loopback_url() -> str:
    """An http URL on 127.0.0.1 where nothing listens (connections are refused at once)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
