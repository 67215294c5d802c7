"""Character-level cleaning: what every input goes through before splitting."""

from __future__ import annotations

import html
import re
import unicodedata
from html.entities import html5

TATWEEL = "\u0640"
WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
"""Arabic-Indic and Persian digits as Western ones, where figures are compared or read as numbers."""
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
"""Spelling variants folded before words are compared (hamza seats, alif maqsura, ta marbuta)."""
DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
"""Harakat, the dagger alif and tatweel: off before words are compared."""
# Zero-width characters, bidi marks (LRM, RLM, ALM), embeddings, overrides and
# isolates, word joiner, BOM and soft hyphen: invisible, never spoken; nor is U+FFFD, which stands
# for bytes that could not be decoded (text/decoding.py counts them in a warning).
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff\u00ad\ufffd]")
# Tatweel only stretches a letter, except in the Hijri-year abbreviation "هـ"
# (as in 384هـ), where it is what tells the verbaliser "هـ" is not a letter ha.
_TATWEEL = re.compile(TATWEEL + r"+")
_HIJRI = re.compile(r"(?:(?<=\d)|(?<=\d )|(?<![\w\u064b-\u065f]))ه" + TATWEEL + r"+(?![\w])")
_HIJRI_MARK = "\ue000"
# An entity reference left in the text (a scrape's "&quot;", a page's "&lol9;" that no parser expanded).
# Only with its semicolon and a name of two or more characters: "AT&T;" and "R&D" are words.
_ENTITY = re.compile(r"&(?:#[0-9]{1,10}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Control characters left in a line (a stray \x01 from a damaged file): never text, never spoken.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFE): the shaped glyphs of letters and ligatures that text
# copied from a PDF or an old page can carry instead of the letters. They are folded to the letters (NFKC), so
# "ﺃﻋﻠﻨﺖ" reads, splits and is spoken as "أعلنت"; a mark's isolated form keeps no space before the mark.
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


def _drop_tatweel(line: str) -> str:
    line = _HIJRI.sub("ه" + _HIJRI_MARK, line)
    line = _TATWEEL.sub("", line)
    return line.replace(_HIJRI_MARK, TATWEEL)


def _letters(match: re.Match[str]) -> str:
    return "".join(unicodedata.normalize("NFKC", glyph).lstrip(" ") for glyph in match.group())


def _entity(match: re.Match[str]) -> str:
    """A known entity as its character; an unknown one (a page's own, never expanded) is dropped, not spoken."""
    reference = match.group()
    if reference[1] == "#" or reference[1:] in html5:
        return html.unescape(reference)
    return ""


def clean_line(line: str) -> str:
    """Entities expanded (unknown ones dropped), Arabic presentation forms folded to letters, NFC, drop tatweel
    and invisible controls, fold runs of spaces; diacritics are kept."""
    if "&" in line:
        line = _ENTITY.sub(_entity, line)
    line = _PRESENTATION_FORMS.sub(_letters, line)
    line = unicodedata.normalize("NFC", line)
    line = _INVISIBLE.sub("", line)
    line = _CONTROLS.sub("", line)
    line = _drop_tatweel(line)
    line = _SPACES.sub(" ", line)
    return line.strip()


def raw_lines(text: str) -> list[str]:
    """The text's lines as they are, split at every line break ``clean_text`` splits at (its lines, uncleaned)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.replace("\x0b", "\n").replace("\x0c", "\n").replace("\x85", "\n")
    return text.split("\n")


def clean_text(text: str) -> list[str]:
    """Split into cleaned lines (empty lines kept as '' to mark paragraph breaks)."""
    return [clean_line(line) for line in raw_lines(text)]


def folded_word(word: str) -> str:
    """The word as stems compare it: diacritics off, spelling folded."""
    return DIACRITICS.sub("", word).translate(FOLD).casefold()
