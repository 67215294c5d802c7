"""A deterministic speech engine for tests: a tone whose length follows the text.

Each text becomes ``padding_ms`` of silence, then a sine tone of
``ms_per_char`` per character, then ``tail_ms`` of silence, like real engines
that pad their output. The tone's pitch is derived from the text, so a test
can tell parts apart. Implements :class:`tts.base.Engine`.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

import numpy as np

from audio_edition.ffmpeg import AudioSegment
from tts.base import Availability, SynthesisOptions, pcm_segment


def register_fake_engine(monkeypatch) -> None:
    """For one test (``monkeypatch``'s), ``FakeEngine`` is the engine named "fake" (``--engine fake``)."""
    import tts.registry

    monkeypatch.setitem(tts.registry.ENGINES, "fake", lambda settings: FakeEngine())
    monkeypatch.setattr(tts.registry, "ENGINE_CHOICES", (*tts.registry.ENGINE_CHOICES, "fake"))


@dataclass(frozen=True, kw_only=True)
class FakeEngine:
    name: str = "fake"
    max_chars: int | None = 100
    sample_rate: int = 24000
    needs_verbalised_numbers: bool = False
    wants_diacritics: bool = False
    breath_words: int | None = None
    needs_network: bool = False
    ms_per_char: int = 20
    padding_ms: int = 150
    tail_ms: int = 200
    amplitude: float = 0.3
    """Peak amplitude of the tone, full scale 1.0."""

    def availability(self) -> Availability:
        return Availability(True, "test engine")

    def identity(self) -> str:
        return (f"fake:{self.sample_rate}:{self.ms_per_char}:{self.padding_ms}:{self.tail_ms}:"
                f"{self.amplitude}")

    def speech_ms(self, text: str) -> int:
        """How long the tone for ``text`` lasts (the audio after trimming)."""
        return len(text) * self.ms_per_char

    def frequency(self, text: str) -> float:
        return 200.0 + (zlib.crc32(text.encode("utf-8")) % 40) * 20.0

    def synthesize(self, text: str, options: SynthesisOptions) -> AudioSegment:
        rate = self.sample_rate
        tone_frames = self.speech_ms(text) * rate // 1000
        time = np.arange(tone_frames) / rate
        tone = self.amplitude * np.sin(2 * np.pi * self.frequency(text) * time)
        samples = np.concatenate([np.zeros(self.padding_ms * rate // 1000), tone,
                                  np.zeros(self.tail_ms * rate // 1000)])
        pcm = np.round(samples * 32767).astype(np.int16)
        return pcm_segment(pcm.tobytes(), rate)
