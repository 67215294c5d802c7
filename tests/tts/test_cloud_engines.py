"""azure, google-cloud and openai against the loopback REST double: audio, retries, keys."""

from __future__ import annotations

import logging
import time

import pytest

from audio_edition.errors import EngineUnavailable, InputError, SynthesisError
from tests.support.fake_cloud import KEY, FakeCloud
from tests.support.fake_google import (DropConnection, NoAudio, RateLimited, ServerError, TruncatedMp3, dominant_hz,
                                       first_tries, on_requests)
from tests.support.fake_speech import voice_hz
from tts.azure_engine import AzureEngine
from tts.base import SynthesisOptions
from tts.cache import SpeechCache
from tts.cloud import CloudConfig
from tts.google_cloud_engine import GoogleCloudEngine
from tts.openai_engine import OpenAIEngine
from tts.retry import RetryPolicy
from tts.runner import cache_identity, synthesize_all

TEXT = "أعلنت الحكومة اليوم عن خطة جديدة للنقل."
FAST = RetryPolicy(retries=3, base_delay=0.01, max_delay=0.02)
ENGINES = {"azure": AzureEngine, "google-cloud": GoogleCloudEngine, "openai": OpenAIEngine}
KEY_VARIABLES = {"azure": "AZURE_SPEECH_KEY", "google-cloud": "GOOGLE_CLOUD_TTS_API_KEY", "openai": "OPENAI_API_KEY"}
VOICES = {"azure": "ar-EG-SalmaNeural", "google-cloud": "ar-XA-Wavenet-C", "openai": "onyx"}


@pytest.fixture(scope="module")
def server():
    with FakeCloud() as cloud:
        yield cloud


@pytest.fixture
def cloud(server, monkeypatch):
    server.log.reset()
    server.key = KEY
    for variable, value in {"AZURE_SPEECH_KEY": KEY, "AZURE_SPEECH_ENDPOINT": server.base_url,
                            "GOOGLE_CLOUD_TTS_API_KEY": KEY, "GOOGLE_CLOUD_TTS_URL": server.base_url,
                            "OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": server.base_url + "/v1"}.items():
        monkeypatch.setenv(variable, value)
    return server


@pytest.fixture(params=sorted(ENGINES))
def name(request) -> str:
    return request.param


def engine(name: str, **config):
    return ENGINES[name](CloudConfig(retry=FAST, **config))


def test_speech_is_in_the_chosen_voice(cloud, name):
    audio = engine(name, voice=VOICES[name]).synthesize(TEXT, SynthesisOptions(rate=1.2))
    (request,) = cloud.requests
    assert (request.api, request.voice, request.text) == (name, VOICES[name], TEXT)
    assert audio.frame_rate == 24000 and audio.sample_width == 2 and audio.channels == 1
    assert abs(dominant_hz(audio.raw_data) - voice_hz(VOICES[name])) < 10


def test_rate_and_pitch_reach_the_service(cloud):
    engine("azure").synthesize(TEXT, SynthesisOptions(rate=0.8, pitch=60))
    engine("google-cloud").synthesize(TEXT, SynthesisOptions(rate=0.8, pitch=60))
    engine("openai", model="tts-1").synthesize(TEXT, SynthesisOptions(rate=0.8))
    azure, google, openai = (dict(request.settings) for request in cloud.requests)
    assert (azure["rate"], azure["pitch"]) == ("-20%", "+10Hz")
    assert (google["rate"], google["pitch"], google["languageCode"]) == ("0.8", "2.0", "ar-XA")
    assert (openai["speed"], openai["model"], openai["format"]) == ("0.8", "tts-1", "wav")


@pytest.mark.parametrize("fault", [RateLimited(retry_after="0"), ServerError(500), ServerError(503),
                                   DropConnection(), NoAudio(), TruncatedMp3()],
                         ids=["429", "500", "503", "dropped", "no audio", "truncated"])
def test_a_failing_answer_is_asked_again(cloud, name, fault):
    cloud.log.faults = [first_tries(fault, 2)]
    clean = engine(name).synthesize("نص للمقارنة.", SynthesisOptions())
    again = engine(name).synthesize(TEXT, SynthesisOptions())
    assert [request.outcome for request in cloud.requests] == [fault.name, fault.name, "audio"] * 2
    assert len(again) > 0 and len(clean) > 0


def test_retry_after_is_honoured(cloud, name):
    cloud.log.faults = [on_requests(RateLimited(retry_after="1"), 1)]
    started = time.monotonic()
    engine(name).synthesize(TEXT, SynthesisOptions())
    assert time.monotonic() - started >= 1.0  # FAST backoff alone would wait 20 ms
    assert [request.outcome for request in cloud.requests] == ["429", "audio"]


def test_a_retry_after_beyond_our_patience_fails_at_once(cloud, name):
    cloud.log.faults = [on_requests(RateLimited(retry_after="3600"), 1)]
    with pytest.raises(SynthesisError, match="asks to wait 3600s"):
        engine(name).synthesize(TEXT, SynthesisOptions())
    assert len(cloud.requests) == 1


def test_a_refused_key_stops_at_once_naming_the_variable_never_the_key(cloud, name, caplog):
    cloud.key = "another"
    caplog.set_level(logging.DEBUG)
    with pytest.raises(EngineUnavailable) as raised:
        synthesize_all(engine(name), [TEXT, "جملة ثانية.", "جملة ثالثة."], SynthesisOptions(), jobs=1)
    message = str(raised.value)
    assert KEY_VARIABLES[name] in message and "\n" not in message
    assert KEY not in message and KEY not in caplog.text
    assert len(cloud.requests) == 1


def test_a_missing_key_makes_the_engine_unusable_naming_the_variable(cloud, name, monkeypatch):
    monkeypatch.delenv(KEY_VARIABLES[name])
    availability = engine(name).availability()
    assert not availability.usable and KEY_VARIABLES[name] in availability.reason


def test_azure_needs_a_region_or_an_endpoint(cloud, monkeypatch):
    monkeypatch.delenv("AZURE_SPEECH_ENDPOINT")
    assert "AZURE_SPEECH_REGION" in engine("azure").availability().reason
    monkeypatch.setenv("AZURE_SPEECH_REGION", "westeurope")
    assert engine("azure").endpoint() == "https://westeurope.tts.speech.microsoft.com/cognitiveservices/v1"


def test_the_key_is_not_in_the_cache_key_but_voice_and_model_are(cloud, name, tmp_path):
    identity = cache_identity(engine(name))
    assert KEY not in identity
    assert cache_identity(engine(name, voice=VOICES[name])) != identity
    if name == "openai":
        assert cache_identity(engine(name, model="tts-1-hd")) != identity
    synthesize_all(engine(name), [TEXT], SynthesisOptions(), cache=SpeechCache(tmp_path))
    assert not [path for path in tmp_path.rglob("*") if path.is_file() and KEY.encode() in path.read_bytes()]


def test_a_rerun_is_served_from_the_cache(cloud, name, tmp_path):
    cache = SpeechCache(tmp_path)
    first, _ = synthesize_all(engine(name), [TEXT, "جملة ثانية."], SynthesisOptions(), cache=cache, jobs=2)
    again, stats = synthesize_all(engine(name), [TEXT, "جملة ثانية."], SynthesisOptions(), cache=cache, jobs=2)
    assert stats.from_cache == 2 and len(cloud.requests) == 2
    assert [clip.raw_data for clip in again] == [clip.raw_data for clip in first]


def test_voices_are_checked_against_the_shipped_list_except_openai(cloud):
    with pytest.raises(InputError, match="voices --engine azure"):
        engine("azure", voice="ar-XX-NobodyNeural").synthesize(TEXT, SynthesisOptions())
    engine("openai", voice="a-self-hosted-voice").synthesize(TEXT, SynthesisOptions())
    assert [request.voice for request in cloud.requests] == ["a-self-hosted-voice"]


def test_chunks_stay_within_each_service_limit():
    assert AzureEngine.max_chars <= 1000
    assert GoogleCloudEngine.max_chars * 3 <= 5000  # bytes: even 3-byte characters fit
    assert OpenAIEngine.max_chars <= 4096
