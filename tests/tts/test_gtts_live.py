"""Against the real Google Translate endpoint: run with AUDIO_EDITION_LIVE=1."""

from __future__ import annotations

import os

import pytest

from tts.base import SynthesisOptions
from tts.gtts_engine import BASE_URL_ENV, GttsConfig, GttsEngine

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(os.environ.get("AUDIO_EDITION_LIVE") != "1",
                       reason="talks to Google; set AUDIO_EDITION_LIVE=1 to run"),
]


def test_google_speaks_an_arabic_chunk_with_its_punctuation(monkeypatch):
    monkeypatch.delenv(BASE_URL_ENV, raising=False)
    audio = GttsEngine(GttsConfig()).synthesize("قال الوزير، في مؤتمر صحفي؛ هل تتغير الخطة؟", SynthesisOptions())
    assert audio.frame_rate == 24000 and audio.channels == 1
    assert 1500 < len(audio) < 10000
    assert audio.rms > 100
