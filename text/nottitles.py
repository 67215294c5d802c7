"""Short lines between paragraphs that never head a part of the article, whatever the line model or the shape rules
say of them: they are the article's own text (read as body), never dropped here.

A sub-heading names the part under it. These lines stand between paragraphs as short as one, but say something else:
- a verse of the Quran, marked by its ornate brackets ("﴿...﴾", alone or after "قال تعالى:"): a quotation;
- a result or a figure after its label ("النتيجة النهائية: 3-1", "الشوط الأول: 1-1", "النتيجة: NAME 2 - 0 NAME"),
  and the label-and-value rows of the same box ("البطاقات الحمراء: لا شيء" beside it): a match's or a report's data;
- a short quotation standing alone, wholly in its quote marks ('"لا تراجع عن القرار"'): what someone said (the
  annotation guide: "a quoted line" is body);
- a half-verse of a poem written one half a line, under a lead-in closed by a colon ("وكتب الشاعر عن قريته:"), with the
  other half right under it: the first half is what the lead-in announces, not a part's name;
- a photo's caption in the flow of the text, shaped as a scene (``lineshape.shows_a_scene``: "NAME خلال الاجتماع"),
  when the scene word does not tell a span of time ("التعديل الثاني خلال ثلاثة أسابيع" heads its part).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text.lineshape import HARAKAT, ends_sentence, shows_a_scene
from text.rules import TIME_UNITS

VERSE_MARKS = "\ufd3e\ufd3f"
"""The ornate brackets "﴾" and "﴿" that print a verse of the Quran; no other text uses them."""
MAX_LABEL_WORDS = 3
"""A data row's label is this short ("النتيجة", "النتيجة النهائية", "البطاقات الحمراء"): a longer text before a colon
is a clause or a title's first half ("التوقيت ودلالاته: منافسة مباشرة مع أبل")."""
_LABEL_VALUE = re.compile(r"^(?P<label>[^:：\d\u0660-\u0669]+?)\s*[:：]\s*(?P<value>\S.*)$")
_SCORE = re.compile(r"(?<![\d\u0660-\u0669.,/\-–])[\d\u0660-\u0669]{1,2}\s*[-–]\s*[\d\u0660-\u0669]{1,2}"
                    r"(?![\d\u0660-\u0669.,/]|\s*[-–/]\s*[\d\u0660-\u0669])")
"""A score: two numbers of one or two digits joined by a dash ("3-1", "2 - 0"), not a piece of a date ("2024-05-31",
"25 - 03 - 2021") nor a range of years ("2000 – 2012")."""
_FIGURES_ONLY = re.compile(r"^[\d\u0660-\u0669\s.,٫%٪/\-–+×x]+$")
"""A value made of figures alone ("1.2", "74%", "3/2")."""
QUOTE_PAIRS = {'"': '"', "«": "»", "“": "”", "„": "“", "'": "'", "‘": "’"}
MAX_QUOTE_WORDS = 12
"""A short quotation standing as a line of its own; a longer quoted line is a paragraph anyway."""
MAX_HALF_VERSE_WORDS = 8
"""A half-verse of classical Arabic poetry holds a few words (the metre allows about 4-7)."""
_SPAN_AFTER_SCENE = re.compile(rf"(?:خلال|أثناء|اثناء|إبان|ابان|لدى)\s+(?:\S+\s+)?(?:ال)?(?:{TIME_UNITS})(?:\s|$)")
"""A scene word telling a span of time, a number word between ("خلال ثلاثة أسابيع"): when, not a photo's scene."""


@dataclass(frozen=True)
class Neighbours:
    """The lines of text right above and right below a line (None at the article's edges)."""

    above: str | None
    below: str | None


def never_heads_a_part(text: str, around: Neighbours, row_run: tuple[str, ...] = ()) -> str | None:
    """Why a short line between paragraphs is the article's text and no sub-heading, or None. ``row_run``: the label
    and value rows in a row with it, itself among them (``label_value``), which share a box's data."""
    if quotes_scripture(text):
        return "a verse of the Quran"
    if states_a_result(text) or label_value(text) is not None and any(states_a_result(row) for row in row_run):
        return "a result or figure after its label"
    if quoted_alone(text):
        return "a quotation standing alone"
    if first_half_verse(text, around):
        return "a half-verse under its lead-in"
    if shows_a_scene(text) and not _SPAN_AFTER_SCENE.search(HARAKAT.sub("", text)):
        return "a photo's caption (a scene)"
    return None


def quotes_scripture(text: str) -> bool:
    return any(mark in text for mark in VERSE_MARKS)


def label_value(text: str) -> tuple[str, str] | None:
    """The label (``MAX_LABEL_WORDS`` words at most, no figure) and the value of a "LABEL: VALUE" row, or None."""
    match = _LABEL_VALUE.match(text.strip())
    if match is None or not 0 < len(match["label"].split()) <= MAX_LABEL_WORDS:
        return None
    return match["label"], match["value"]


def states_a_result(text: str) -> bool:
    """A label and a value that is a score ("النتيجة: NAME 3 - 1 NAME") or figures alone ("نسبة المشاركة: 64%")."""
    row = label_value(text)
    return row is not None and (bool(_SCORE.search(row[1])) or bool(_FIGURES_ONLY.match(row[1])))


def quoted_alone(text: str) -> bool:
    """A short line wholly inside one pair of quote marks: opened and closed by them, no quote mark between (a line
    quoting two names, '"X" .. "Y"', is a title's)."""
    line = text.strip()
    if len(line) < 3 or len(line.split()) > MAX_QUOTE_WORDS:
        return False
    opening, closing = line[0], line[-1]
    inner = line[1:-1]
    return (QUOTE_PAIRS.get(opening) == closing
            and not any(mark in inner for mark in set(QUOTE_PAIRS) | set(QUOTE_PAIRS.values())))


def first_half_verse(text: str, around: Neighbours) -> bool:
    """The first of two short lines under a lead-in closed by a colon ("وكتب الشاعر عن قريته:" / half / half): a
    poem's verse written one half a line. A part announced by such a lead-in has a paragraph under its name."""
    above, below = around.above, around.below
    return (above is not None and above.rstrip().endswith((":", "：")) and below is not None
            and len(text.split()) <= MAX_HALF_VERSE_WORDS and 0 < len(below.split()) <= MAX_HALF_VERSE_WORDS
            and not ends_sentence(text) and not below.rstrip().endswith((":", "："))
            and not label_value(below))


def never_heads_at(texts: list[str], position: int) -> str | None:
    """``never_heads_a_part`` for the line at ``position`` among the article's lines ``texts``."""
    around = Neighbours(texts[position - 1] if position > 0 else None,
                        texts[position + 1] if position + 1 < len(texts) else None)
    first = last = position
    if label_value(texts[position]) is not None:
        while first > 0 and label_value(texts[first - 1]) is not None:
            first -= 1
        while last + 1 < len(texts) and label_value(texts[last + 1]) is not None:
            last += 1
    return never_heads_a_part(texts[position], around, tuple(texts[first:last + 1]))
