"""The edge engine: the real edge-tts client against the loopback websocket double."""

from __future__ import annotations

import subprocess
import sys

import edge_tts
import pytest
from edge_tts import communicate

from audio_edition.errors import EngineUnavailable, InputError, SynthesisError
from tests.support.fake_edge import FakeEdge
from tests.support.fake_google import DropConnection, NoAudio, RateLimited, ServerError, first_tries, on_requests
from tests.support.fake_speech import LEAD_MS, Forbidden, Unauthorized, voice_hz
from tests.support.fake_google import dominant_hz
from tts.base import SynthesisOptions
from tts.cloud import CloudConfig
from tts.edge_engine import DEFAULT_VOICE, MP3_DELAY_MS, URL_ENV, EdgeEngine, edge_url
from tts.retry import RetryPolicy
from tts.runner import synthesize_speech_all

TEXT = "أعلنت الحكومة اليوم عن خطة جديدة للنقل."
FAST = RetryPolicy(retries=3, base_delay=0.01, max_delay=0.02)


@pytest.fixture(scope="module")
def server():
    with FakeEdge() as edge:
        yield edge


@pytest.fixture
def edge(server, monkeypatch):
    server.log.reset()
    server.handshake_faults = []
    server.latency = 0.0
    server.hold_until_in_flight = 0
    monkeypatch.setenv(URL_ENV, server.url)
    return server


def engine(**config) -> EdgeEngine:
    return EdgeEngine(CloudConfig(retry=FAST, **config))


def test_speech_comes_with_each_word_where_it_is_spoken(edge):
    speech = engine(voice="ar-MA-JamalNeural").synthesize_timed(TEXT, SynthesisOptions())
    assert [word.text for word in speech.words] == TEXT.split()
    assert speech.words[0].start_ms == LEAD_MS + MP3_DELAY_MS
    assert all(a.end_ms < b.start_ms for a, b in zip(speech.words, speech.words[1:]))
    assert speech.audio.frame_rate == 24000 and len(speech.audio) >= speech.words[-1].end_ms
    first = speech.words[0]
    samples = speech.audio[first.start_ms:first.end_ms].raw_data
    assert abs(dominant_hz(samples) - voice_hz("ar-MA-JamalNeural")) < 10


def test_the_request_asks_for_word_boundaries_mp3_and_the_voice_rate_and_pitch(edge):
    engine().synthesize(TEXT, SynthesisOptions(rate=1.25, pitch=40))
    audio = edge.configs[-1]["context"]["synthesis"]["audio"]
    assert audio["metadataoptions"]["wordBoundaryEnabled"] == "true"
    assert audio["outputFormat"] == "audio-24khz-48kbitrate-mono-mp3"
    (request,) = edge.requests
    assert request.voice == DEFAULT_VOICE and request.text == TEXT
    assert dict(request.settings) == {"rate": "+25%", "pitch": "-10Hz"}
    assert edge.queries[-1]["TrustedClientToken"]


@pytest.mark.parametrize("fault", [NoAudio(), DropConnection()], ids=["no audio", "dropped mid-stream"])
def test_an_answer_without_audio_or_cut_short_is_asked_again(edge, fault):
    edge.log.faults = [first_tries(fault)]
    speech = engine().synthesize_timed(TEXT, SynthesisOptions())
    assert [request.outcome for request in edge.requests] == [fault.name, "audio"]
    assert [word.text for word in speech.words] == TEXT.split()


@pytest.mark.parametrize("fault", [RateLimited(retry_after="0"), ServerError(503), Forbidden()],
                         ids=["429", "503", "403"])
def test_a_refused_handshake_is_tried_again(edge, fault):
    edge.handshake_faults = [on_requests(fault, 1)]
    engine().synthesize(TEXT, SynthesisOptions())
    assert [request.outcome for request in edge.requests] == [fault.name, "audio"]


def test_a_lasting_failure_names_the_service_and_the_cause(edge):
    edge.log.faults = [first_tries(NoAudio(), 10)]
    with pytest.raises(SynthesisError, match=r"edge TTS at 127\.0\.0\.1:\d+ failed after 4 tries.*sent no audio"):
        engine().synthesize(TEXT, SynthesisOptions())


def test_401_is_not_retried(edge):
    edge.handshake_faults = [on_requests(Unauthorized(), 1)]
    with pytest.raises(Exception, match="401"):
        engine().synthesize(TEXT, SynthesisOptions())
    assert len(edge.requests) == 1


def test_connections_are_bounded(edge):
    # The first answers wait for the third connection, however slowly a busy machine opens it; the latency
    # after that leaves time for a fourth to show, were the bound not kept.
    edge.hold_until_in_flight = 3
    edge.latency = 0.2
    texts = [f"الجملة رقم {number} من النشرة." for number in range(12)]
    speech, _ = synthesize_speech_all(engine(edge_connections=3), texts, SynthesisOptions(), jobs=8)
    assert len(speech) == 12 and edge.log.max_in_flight == 3


def test_an_unknown_voice_is_refused_before_any_request(edge):
    with pytest.raises(InputError, match="voices --engine edge"):
        engine(voice="ar-XX-NobodyNeural").synthesize(TEXT, SynthesisOptions())
    assert edge.requests == []


def test_punctuation_alone_is_a_short_pause_without_a_request(edge):
    speech = engine().synthesize_timed("،", SynthesisOptions())
    assert len(speech.audio) == 200 and speech.words == () and edge.requests == []


@pytest.mark.parametrize("url", ["http://127.0.0.1:1/edge/v1", "wss://host/edge/v1?x=1", "speech"])
def test_a_malformed_url_is_refused(monkeypatch, url):
    monkeypatch.setenv(URL_ENV, url)
    with pytest.raises(InputError, match=URL_ENV):
        edge_url()
    assert not engine().availability().usable


def test_availability_names_the_installed_version_without_importing_the_client():
    code = ("import sys; from tts.edge_engine import EdgeEngine; a = EdgeEngine().availability(); "
            "print(a.usable, a.reason, 'edge_tts' in sys.modules, 'aiohttp' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split()[:3] == ["True", "edge-tts", f"{edge_tts.__version__},"]
    assert out.split()[-2:] == ["False", "False"]


def test_a_client_without_the_url_this_engine_sets_is_refused_clearly(edge, monkeypatch):
    monkeypatch.delattr(communicate, "WSS_URL")
    with pytest.raises(EngineUnavailable, match="not a version this engine knows"):
        engine().synthesize(TEXT, SynthesisOptions())
    assert edge.requests == []
