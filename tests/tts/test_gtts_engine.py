"""The gTTS engine: real gtts code over real HTTP to the fake Google on 127.0.0.1."""

from __future__ import annotations

import pytest

from audio_edition.errors import InputError, SynthesisError
from tests.support.fake_google import (
    Delay, DropConnection, FakeGoogle, GarbledBase64, HtmlPage, NoAudio, RateLimited, ServerError, TruncatedMp3,
    dominant_hz, expected_duration_ms, first_tries, on_requests, tone_hz,
)
from tts.base import SynthesisOptions
from tts.gtts_engine import BASE_URL_ENV, GttsConfig, GttsEngine, request_settings
from tts.retry import RetryPolicy

FAST_RETRIES = RetryPolicy(retries=3, base_delay=0.01, max_delay=0.05)
ARABIC = SynthesisOptions(lang="ar")
# Punctuation gtts's own tokenizer would split on or drop: ، ؛ ؟
CHUNK = "قال الوزير، في مؤتمر صحفي؛ هل تتغير الخطة؟"


def engine_for(server: FakeGoogle, **config) -> GttsEngine:
    config.setdefault("retry", FAST_RETRIES)
    return GttsEngine(GttsConfig(base_url=server.base_url, **config))


def test_sends_exactly_our_chunk_as_one_request(google):
    engine_for(google).synthesize(CHUNK, ARABIC)
    assert [(r.text, r.lang, r.slow) for r in google.requests] == [(CHUNK, "ar", False)]


def test_slow_option_reaches_the_endpoint(google):
    engine_for(google).synthesize(CHUNK, SynthesisOptions(slow=True))
    assert google.requests[0].slow is True


def test_returns_the_decoded_speech_as_mono_16_bit_at_24_khz(google):
    audio = engine_for(google).synthesize(CHUNK, ARABIC)
    assert (audio.channels, audio.sample_width, audio.frame_rate) == (1, 2, 24000)
    assert abs(len(audio) - expected_duration_ms(CHUNK)) < 120  # plus the MP3 decoder's priming
    assert abs(dominant_hz(audio.raw_data) - tone_hz(CHUNK)) < 5


def test_endpoint_comes_from_the_environment_variable(google, monkeypatch):
    monkeypatch.setenv(BASE_URL_ENV, google.base_url)
    GttsEngine(GttsConfig(retry=FAST_RETRIES)).synthesize(CHUNK, ARABIC)
    assert len(google.requests) == 1


def test_a_malformed_endpoint_variable_is_a_clear_input_error(monkeypatch):
    monkeypatch.setenv(BASE_URL_ENV, "translate.example.org")
    with pytest.raises(InputError, match=BASE_URL_ENV):
        GttsEngine(GttsConfig()).synthesize(CHUNK, ARABIC)


def test_loopback_endpoint_works_under_an_unreachable_http_proxy(google, monkeypatch):
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")  # the discard port: nothing listens
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    engine_for(google, retry=RetryPolicy(retries=0)).synthesize(CHUNK, ARABIC)
    assert len(google.requests) == 1


def test_remote_endpoints_use_the_proxy_unless_no_proxy_names_them(monkeypatch):
    import requests

    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", "mirror.example")
    with requests.Session() as session:
        proxied = request_settings(session, "https://translate.google.com/_/x")["proxies"]
        direct = request_settings(session, "https://mirror.example/_/x")["proxies"]
    assert proxied.get("https") == "http://proxy.example:3128"
    assert not direct.get("https")


@pytest.mark.parametrize("fault", [
    RateLimited(retry_after="0"), ServerError(500), ServerError(503), DropConnection(), HtmlPage(), NoAudio(),
    TruncatedMp3(), GarbledBase64(),
], ids=lambda fault: type(fault).__name__ + str(getattr(fault, "status", "")))
def test_a_passing_fault_is_retried_until_audio_arrives(google, fault):
    google.faults = [first_tries(fault, tries=2)]
    audio = engine_for(google).synthesize(CHUNK, ARABIC)
    assert [r.outcome for r in google.requests] == [fault.name, fault.name, "audio"]
    assert abs(dominant_hz(audio.raw_data) - tone_hz(CHUNK)) < 5


def test_a_request_without_answer_times_out_and_is_retried(google):
    google.faults = [on_requests(Delay(3.0), 1)]
    audio = engine_for(google, timeout=0.3).synthesize(CHUNK, ARABIC)
    assert [r.outcome for r in google.requests] == ["delay", "audio"]
    assert len(audio) > 0


def test_timeout_is_named_as_the_probable_cause(google):
    google.faults = [first_tries(Delay(3.0), tries=5)]
    with pytest.raises(SynthesisError, match=r"no answer from 127\.0\.0\.1:\d+ within 0\.3s"):
        engine_for(google, timeout=0.3, retry=RetryPolicy(retries=0)).synthesize(CHUNK, ARABIC)


def test_a_permanent_500_fails_after_the_allowed_tries_with_a_probable_cause(google):
    google.faults = [first_tries(ServerError(500), tries=100)]
    with pytest.raises(SynthesisError) as caught:
        engine_for(google).synthesize(CHUNK, ARABIC)
    assert len(google.requests) == FAST_RETRIES.attempts
    message = str(caught.value)
    assert "after 4 tries" in message and "probable cause: 500 (Internal Server Error)" in message


def test_a_wrong_endpoint_path_fails_at_once_naming_the_setting(google):
    engine = GttsEngine(GttsConfig(base_url=google.base_url + "/not-google", retry=FAST_RETRIES))
    with pytest.raises(SynthesisError, match=f"404.*check {BASE_URL_ENV}"):
        engine.synthesize(CHUNK, ARABIC)


def test_a_retry_after_beyond_the_limit_gives_up_instead_of_hanging(google):
    google.faults = [first_tries(RateLimited(retry_after="3600"), tries=10)]
    with pytest.raises(SynthesisError, match="asks to wait 3600s"):
        engine_for(google).synthesize(CHUNK, ARABIC)
    assert len(google.requests) == 1


def test_punctuation_alone_is_a_short_pause_without_a_request(google):
    audio = engine_for(google).synthesize("…", ARABIC)
    assert 0 < len(audio) <= 300 and audio.rms == 0
    assert google.requests == []


def test_identity_names_the_package_version_and_endpoint(google):
    import gtts

    identity = engine_for(google).identity()
    assert gtts.__version__ in identity and google.base_url in identity


def test_invalid_timeout_is_an_input_error():
    with pytest.raises(InputError, match="timeout"):
        GttsConfig(timeout=0)


def test_zero_timeout_error_says_it_must_be_more_than_zero():
    with pytest.raises(InputError, match=r"timeout must be more than 0 and at most 300 seconds, not 0"):
        GttsConfig(timeout=0)
