"""The spoken text of an edition, for the speaking pace: the USLT tag, else the .vtt sidecar beside the MP3."""

from __future__ import annotations

import re
from pathlib import Path

_TIMING = re.compile(r"^\s*(\d+:)?\d{2}:\d{2}\.\d{3}\s+-->\s+")
_WORD = re.compile(r"\w")


def vtt_text(vtt: str) -> str:
    """The cue text of a WebVTT file (no header, cue ids, timings, NOTE/STYLE blocks or markup)."""
    lines: list[str] = []
    for block in re.split(r"\n\s*\n", vtt.replace("\r\n", "\n").lstrip("\ufeff")):
        rows = block.strip("\n").split("\n")
        timing = next((index for index, row in enumerate(rows) if _TIMING.match(row)), None)
        if timing is None:
            continue  # the WEBVTT header, NOTE, STYLE or REGION blocks
        lines += [re.sub(r"<[^>]+>", "", row) for row in rows[timing + 1:]]
    return "\n".join(lines)


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
