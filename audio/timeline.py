"""What audio/ is given (spoken parts) and what it gives back (a timed edition).

Times are measured from the assembled audio itself: one source of truth for
chapters, the transcript and the tags.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from audio_edition.errors import InputError
from audio_edition.ffmpeg import AudioSegment

PartKind = Literal["headline", "title", "paragraph"]


@dataclass(frozen=True)
class Clip:
    """One synthesised chunk and the text it speaks."""

    text: str
    audio: AudioSegment
    ends_sentence: bool = True


@dataclass(frozen=True)
class SpokenPart:
    """A headline, section title or paragraph; ``chapter`` groups parts into chapters."""

    kind: PartKind
    chapter: int
    chapter_title: str
    clips: tuple[Clip, ...]


@dataclass(frozen=True, kw_only=True)
class Pauses:
    """Silence inserted between parts, in seconds (speech is trimmed first, so these are exact)."""

    headline: float = 1.2
    section: float = 1.5
    paragraph: float = 0.7
    sentence: float = 0.35
    chunk: float = 0.12

    def __post_init__(self) -> None:
        for name in ("headline", "section", "paragraph", "sentence", "chunk"):
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
    title: str
    start_ms: int
    end_ms: int


@dataclass(frozen=True)
class Edition:
    audio: AudioSegment
    cues: tuple[Cue, ...]
    chapters: tuple[Chapter, ...]

    @property
    def duration_ms(self) -> int:
        return len(self.audio)

    @property
    def spoken_text(self) -> str:
        return "\n".join(cue.text for cue in self.cues)
