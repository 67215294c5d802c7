"""The spoken text of an edition, for the speaking pace: the USLT tag, else the .vtt sidecar beside the MP3."""

from __future__ import annotations

import re
from pathlib import Path

from audio.sidecars import read_webvtt

_WORD = re.compile(r"\w")


def vtt_text(vtt: str) -> str:
    """The spoken text of a WebVTT file, a line per cue."""
    return "\n".join(cue.text for cue in read_webvtt(vtt))


def count_words(text: str) -> int:
    """Whitespace-separated tokens holding at least one letter or digit (punctuation alone is no word)."""
    return sum(1 for token in text.split() if _WORD.search(token))


def spoken_text(mp3: Path, lyrics: str | None) -> tuple[str | None, str | None]:
    """(text, where it came from: "USLT", "vtt" or None)."""
    if lyrics and lyrics.strip():
        return lyrics, "USLT"
    sidecar = mp3.with_suffix(".vtt")
    try:
        text = vtt_text(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None, None
    return (text, "vtt") if text.strip() else (None, None)
