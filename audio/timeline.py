"""What audio/ is given (spoken parts) and what it gives back (a timed edition).

Times are measured from the assembled audio itself: one source of truth for
chapters, the transcript and the tags.

An :class:`Edition` does not hold one joined copy of the audio: it holds where
each (trimmed) clip sits and renders any stretch on demand. A 60-minute
edition would otherwise need a second full copy of every clip in memory, and
levelling, resampling and encoding all work block by block anyway.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from audio_edition.errors import InputError
from audio.spool import SpooledSamples
from audio_edition.ffmpeg import AudioSegment

PartKind = Literal["headline", "title", "paragraph", "opening", "closing", "music"]
"""``opening``/``closing`` are the optional spoken lines, ``music`` an intro or outro file."""

FULL_SCALE = 32768.0


def to_pcm16(samples: np.ndarray) -> bytes:
    """Float samples (full scale 1.0) as 16-bit little-endian PCM, clipped to the 16-bit range."""
    return np.clip(np.round(samples * FULL_SCALE), -32768, 32767).astype(np.int16).tobytes()


@dataclass(frozen=True)
class Clip:
    """One synthesised chunk and the text it speaks (the sentence's caption)."""

    text: str
    audio: AudioSegment
    ends_sentence: bool = True
    breath_after: bool = False
    """A breath follows inside the sentence (a long unpunctuated run was cut here): the sentence pause,
    not the short pause between pieces cut for an engine's length limit."""
    words_ms: tuple[int, int] | None = None
    """Where the first word starts and the last word ends in ``audio``, when the engine reports
    word timings (edge): cues and chapters then start and end at the words themselves."""


@dataclass(frozen=True)
class SpokenPart:
    """A headline, section title or paragraph; ``chapter`` groups parts into chapters."""

    kind: PartKind
    chapter: int
    chapter_title: str
    clips: tuple[Clip, ...]


PAUSE_NAMES = ("headline", "title", "section", "paragraph", "sentence", "chunk", "music")


@dataclass(frozen=True, kw_only=True)
class Pauses:
    """Silence between stretches of speech, in seconds.

    Speech is trimmed of its own leading and trailing silence first, so these
    are the exact gaps a listener hears.
    """

    headline: float = 1.2
    """After the headline."""
    title: float = 0.6
    """After a section title, before its first paragraph."""
    section: float = 1.5
    """Between the end of one section and the start of the next (or the closing line)."""
    paragraph: float = 0.8
    sentence: float = 0.4
    """Between sentences, and at a breath inside a long unpunctuated run (``Clip.breath_after``)."""
    chunk: float = 0.1
    """Between two chunks of one sentence (the engine's length limit split it)."""
    music: float = 0.6
    """Between an intro or outro file and the speech."""

    def __post_init__(self) -> None:
        for name in PAUSE_NAMES:
            value = getattr(self, name)
            if not 0 <= value <= 10:
                raise InputError(f"pause {name} must be between 0 and 10 seconds, not {value}")


@dataclass(frozen=True)
class Cue:
    """A stretch of speech and its text, for the transcript."""

    start_ms: int
    end_ms: int
    text: str


@dataclass(frozen=True)
class Chapter:
    """One part of the edition; chapters are contiguous, the first starts at 0."""

    title: str
    start_ms: int
    end_ms: int


@dataclass(frozen=True, eq=False)
class Placement:
    """A stretch of one clip's samples placed at ``start`` (frames) in the edition."""

    start: int
    samples: SpooledSamples | np.ndarray
    """Mono int16 samples: in the edition's spool file (:func:`audio.assemble.assemble`), or an array.
    Read them by slices."""
    part: int
    """Index of the SpokenPart it belongs to."""
    gain: float = 1.0

    @property
    def stop(self) -> int:
        return self.start + self.samples.size


@dataclass(frozen=True, eq=False)
class Edition:
    frame_rate: int
    frames: int
    placements: tuple[Placement, ...]
    cues: tuple[Cue, ...]
    chapters: tuple[Chapter, ...]
    _starts: tuple[int, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(p.start for p in self.placements))

    @property
    def duration_ms(self) -> int:
        return round(self.frames * 1000 / self.frame_rate)

    @property
    def spoken_text(self) -> str:
        """Every sentence once, in order (chunks of one sentence share one cue)."""
        return "\n".join(cue.text for cue in self.cues)

    def render(self, start: int, stop: int) -> np.ndarray:
        """Float32 samples (full scale 1.0) for frames ``start`` to ``stop``; silence outside the edition."""
        out = np.zeros(max(0, stop - start), dtype=np.float32)
        first = max(0, bisect.bisect_right(self._starts, start) - 1)
        for placement in self.placements[first:]:
            if placement.start >= stop:
                break
            begin, end = max(start, placement.start), min(stop, placement.stop)
            if begin >= end:
                continue
            piece = placement.samples[begin - placement.start:end - placement.start]
            out[begin - start:end - start] += piece * np.float32(placement.gain / FULL_SCALE)
        return out

    @property
    def audio(self) -> AudioSegment:
        """The whole edition as one AudioSegment (a full copy: for short editions and tests)."""
        return AudioSegment(data=to_pcm16(self.render(0, self.frames)), sample_width=2, frame_rate=self.frame_rate,
                            channels=1)

    def with_part_gains(self, gains: dict[int, float]) -> Edition:
        """The same edition with each part's clips multiplied by its linear gain."""
        placements = tuple(Placement(p.start, p.samples, p.part, p.gain * gains.get(p.part, 1.0))
                           for p in self.placements)
        return Edition(self.frame_rate, self.frames, placements, self.cues, self.chapters)
