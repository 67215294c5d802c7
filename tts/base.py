"""The one small interface every speech engine implements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from audio_edition.ffmpeg import AudioSegment
from audio_edition.errors import InputError

PCM_SAMPLE_WIDTH = 2  # every engine's output is converted to mono 16-bit PCM at its boundary


@dataclass(frozen=True, kw_only=True)
class SynthesisOptions:
    """Per-call options. What a voice *is* lives in each engine's own config."""

    lang: str = "ar"
    rate: float = 1.0
    """Speaking speed relative to the engine's news-read default (0.5 to 2.0)."""
    pitch: int = 50
    """Voice pitch where the engine supports it, 0 to 100."""
    slow: bool = False

    def __post_init__(self) -> None:
        if not 0.5 <= self.rate <= 2.0:
            raise InputError(f"speaking rate must be between 0.5 and 2.0, not {self.rate}")
        if not 0 <= self.pitch <= 100:
            raise InputError(f"pitch must be between 0 and 100, not {self.pitch}")


@dataclass(frozen=True)
class Availability:
    usable: bool
    reason: str


@dataclass(frozen=True)
class WordTiming:
    """Where one word is spoken in a clip, as the engine reports it (edge's word boundaries)."""

    text: str
    start_ms: int
    end_ms: int


@dataclass(frozen=True)
class Speech:
    """A clip of speech and, when the engine reports them, where its words are."""

    audio: AudioSegment
    words: tuple[WordTiming, ...] = ()


@runtime_checkable
class Engine(Protocol):
    """A speech engine: text in, mono 16-bit PCM AudioSegment out."""

    name: str
    max_chars: int | None
    """Longest text one request accepts; None when the engine takes any length."""
    sample_rate: int
    needs_verbalised_numbers: bool
    """True when digits, %, currency must be spelled out before synthesis."""
    wants_diacritics: bool
    """True when the text should be diacritised (tashkeel) before synthesis."""
    breath_words: int | None
    """Longest run of words without a comma or full stop to give it in one breath (longer runs are read in
    breath groups, ``text/breath.py``); None when the engine phrases long runs itself."""
    needs_network: bool

    def availability(self) -> Availability: ...

    def identity(self) -> str:
        """Voice, settings and package version: part of every cache key."""
        ...

    def synthesize(self, text: str, options: SynthesisOptions) -> AudioSegment: ...


def reports_word_timings(engine: Engine) -> bool:
    """Engines that know where each word is also have ``synthesize_timed(text, options) -> Speech``."""
    return callable(getattr(engine, "synthesize_timed", None))


def synthesize_speech(engine: Engine, text: str, options: SynthesisOptions) -> Speech:
    """``text`` as Speech, with word timings where the engine reports them."""
    if reports_word_timings(engine):
        return engine.synthesize_timed(text, options)  # type: ignore[attr-defined]
    return Speech(engine.synthesize(text, options))


def pcm_segment(pcm: bytes, sample_rate: int) -> AudioSegment:
    """Wrap raw mono 16-bit little-endian PCM."""
    return AudioSegment(data=pcm, sample_width=PCM_SAMPLE_WIDTH, frame_rate=sample_rate, channels=1)
