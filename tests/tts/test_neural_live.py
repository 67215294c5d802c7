"""Against the real services: run with AUDIO_EDITION_LIVE=1 (and each licensed service's key set).

These are the only tests that show the engines agree with Microsoft's, Google's and OpenAI's
servers rather than with our loopback doubles of them.
"""

from __future__ import annotations

import os

import pytest

from tts.azure_engine import AzureEngine
from tts.base import SynthesisOptions
from tts.edge_engine import URL_ENV, EdgeEngine
from tts.google_cloud_engine import GoogleCloudEngine
from tts.openai_engine import OpenAIEngine

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(os.environ.get("AUDIO_EDITION_LIVE") != "1",
                       reason="talks to the real services; set AUDIO_EDITION_LIVE=1 to run"),
]
TEXT = "قال الوزير في مؤتمر صحفي إن الخطة تبدأ في الربيع."


def test_edge_speaks_with_a_word_boundary_for_each_word(monkeypatch):
    monkeypatch.delenv(URL_ENV, raising=False)
    speech = EdgeEngine().synthesize_timed(TEXT, SynthesisOptions())
    assert speech.audio.frame_rate == 24000 and 2000 < len(speech.audio) < 10000 and speech.audio.rms > 100
    assert len(speech.words) >= len(TEXT.split()) - 1
    assert speech.words[-1].end_ms <= len(speech.audio)


@pytest.mark.parametrize("engine", [AzureEngine, GoogleCloudEngine, OpenAIEngine], ids=lambda e: e.name)
def test_a_licensed_service_speaks_when_its_key_is_set(engine):
    if not engine().availability().usable:
        pytest.skip(f"{engine.name}: {engine().availability().reason}")
    audio = engine().synthesize(TEXT, SynthesisOptions())
    assert audio.frame_rate == 24000 and 2000 < len(audio) < 12000 and audio.rms > 100
