"""Fixtures for the engine tests."""

from __future__ import annotations

import pytest

from tests.support.fake_google import FakeGoogle


@pytest.fixture
def google():
    """A fresh fake Google Translate endpoint on 127.0.0.1 for each test (no latency, no faults)."""
    with FakeGoogle() as server:
        yield server
