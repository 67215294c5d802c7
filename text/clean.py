"""Character-level cleaning: what every input goes through before splitting."""

from __future__ import annotations

import re
import unicodedata

TATWEEL = "\u0640"
# Zero-width characters, bidi marks, embeddings, overrides and isolates, BOM.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad" + TATWEEL + "]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def clean_line(line: str) -> str:
    """NFC, drop tatweel and invisible controls, fold runs of spaces; diacritics are kept."""
    line = unicodedata.normalize("NFC", line)
    line = _INVISIBLE.sub("", line)
    line = _SPACES.sub(" ", line)
    return line.strip()


def clean_text(text: str) -> list[str]:
    """Split into cleaned lines (empty lines kept as '' to mark paragraph breaks)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return [clean_line(line) for line in text.split("\n")]
