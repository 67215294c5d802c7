"""An edition made with edge: each transcript cue starts where its first word starts in the MP3.

The edge double puts a faint breath before each sentence's first word; trimming by level keeps
it (it is louder than the trimming threshold), the word boundaries keep it out of the cue.
"""

from __future__ import annotations

import numpy as np
import pytest

from audio.sidecars import read_webvtt
from audio_edition.pipeline import BuildRequest, build
from tests.support.articles import write_article
from tests.support.fake_edge import FakeEdge
from tests.support.mp3 import decode

RATE = 44100


def rms_db(samples: np.ndarray) -> float:
    return 20 * np.log10(max(1e-9, float(np.sqrt(np.mean(np.square(samples))))))


@pytest.mark.slow
def test_cues_start_at_the_first_word_not_at_the_breath_before_it(tmp_path, monkeypatch):
    with FakeEdge(breath=True) as edge:
        monkeypatch.setenv("AUDIO_EDITION_EDGE_URL", edge.url)
        output = tmp_path / "edge.mp3"
        build(BuildRequest(source=str(write_article(tmp_path)), output=output, engine="edge", use_cache=False))
    audio = decode(output)
    cues = read_webvtt(output.with_suffix(".vtt").read_text(encoding="utf-8"))
    assert len(cues) >= 5

    def level(ms: float) -> float:
        """dB RMS of the 30 ms from ``ms``."""
        start = max(0, round(ms * RATE / 1000))
        return rms_db(audio[start:start + round(0.03 * RATE)])

    for cue in cues:
        loudest = max(level(ms) for ms in range(cue.start_ms, cue.end_ms - 30, 30))
        assert level(cue.start_ms + 5) > loudest - 6, cue  # speech from the cue's start...
        assert level(cue.start_ms - 45) < loudest - 25, cue  # ...not the breath or silence before it
        assert level(cue.end_ms - 35) > loudest - 6, cue  # and up to its end
