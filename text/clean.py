"""Character-level cleaning: what every input goes through before splitting."""

from __future__ import annotations

import re
import unicodedata

TATWEEL = "\u0640"
# Zero-width characters, bidi marks (LRM, RLM, ALM), embeddings, overrides and
# isolates, word joiner, BOM and soft hyphen: invisible, never spoken; nor is U+FFFD, which stands
# for bytes that could not be decoded (text/decoding.py counts them in a warning).
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff\u00ad\ufffd]")
# Tatweel only stretches a letter, except in the Hijri-year abbreviation "هـ"
# (as in 384هـ), where it is what tells the verbaliser "هـ" is not a letter ha.
_TATWEEL = re.compile(TATWEEL + r"+")
_HIJRI = re.compile(r"(?:(?<=\d)|(?<=\d )|(?<![\w\u064b-\u065f]))ه" + TATWEEL + r"+(?![\w])")
_HIJRI_MARK = "\ue000"
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


def _drop_tatweel(line: str) -> str:
    line = _HIJRI.sub("ه" + _HIJRI_MARK, line)
    line = _TATWEEL.sub("", line)
    return line.replace(_HIJRI_MARK, TATWEEL)


def clean_line(line: str) -> str:
    """NFC, drop tatweel and invisible controls, fold runs of spaces; diacritics are kept."""
    line = unicodedata.normalize("NFC", line)
    line = _INVISIBLE.sub("", line)
    line = _drop_tatweel(line)
    line = _SPACES.sub(" ", line)
    return line.strip()


def clean_text(text: str) -> list[str]:
    """Split into cleaned lines (empty lines kept as '' to mark paragraph breaks)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.replace("\x0b", "\n").replace("\x0c", "\n").replace("\x85", "\n")
    return [clean_line(line) for line in text.split("\n")]
