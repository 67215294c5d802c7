"""`--engine auto` probes the configured gTTS endpoint (never Google itself in tests)."""

from __future__ import annotations

from tests.support.fake_google import FakeGoogle
from tests.support.network import closed_loopback_url
from tts.gtts_engine import BASE_URL_ENV
from tts.registry import EngineSettings, choose_engine


def test_auto_chooses_gtts_when_the_configured_endpoint_answers(monkeypatch):
    with FakeGoogle() as google:
        monkeypatch.setenv(BASE_URL_ENV, google.base_url)
        engine, reason = choose_engine("auto", EngineSettings())
        assert engine.name == "gtts" and google.base_url.removeprefix("http://") in reason
        assert google.probes == 1


def test_auto_falls_back_to_the_offline_engine_saying_why(monkeypatch):
    monkeypatch.setenv(BASE_URL_ENV, closed_loopback_url())
    engine, reason = choose_engine("auto", EngineSettings())
    assert engine.name != "gtts" and "cannot be reached" in reason


def test_the_fallback_reason_is_words_not_a_urllib3_repr(monkeypatch):
    port = int(closed_loopback_url().rsplit(":", 1)[1])
    monkeypatch.setenv(BASE_URL_ENV, f"http://127.0.0.1:{port}")
    _, reason = choose_engine("auto", EngineSettings())
    assert reason == f"offline engine: 127.0.0.1:{port} cannot be reached (the connection was refused or cannot be made)"


def test_the_probe_reaches_a_loopback_endpoint_under_an_http_proxy(monkeypatch):
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    with FakeGoogle() as google:
        monkeypatch.setenv(BASE_URL_ENV, google.base_url)
        engine, _ = choose_engine("auto", EngineSettings())
        assert engine.name == "gtts"
