"""Whether a line is shaped like a title or like a paragraph: sized as a title (three words or more, or two closed by
"!" or "?"; not a ticker's time nor a marked breadcrumb), stopping short on a particle, or reading as prose."""

from __future__ import annotations

import re

from text.bodyfind import LineScore
from text.headings import CLOSING_PARTICLES
from text.lineshape import BARE_ARTICLES, continues_paragraph, ends_sentence
from text.scoredline import MIN_TITLE_WORDS
from text.titlewords import WORD_TOKEN

_EXCLAIMED = ("!", "?", "؟")
CLOSING_MARKS = (*_EXCLAIMED, ")", "»", '"', "”")
"""Marks a writer closes a phrase with: a line ending with one did not stop on its last word."""
CLOCK_DIGITS = r"[0-9\u0660-\u0669]{1,2}:[0-9\u0660-\u0669]{2}"
"""A time of day written with its colon ("10:42", "١٠:٤٢")."""
_CLOCK = re.compile(rf"^{CLOCK_DIGITS}")
_MARKED = re.compile(r"^[>»›]")
GOES_ON = re.compile(r"^[وف][أإ]\S{2,}")
"""و or ف joined to a word opening with hamza: "وأشار", "فإن" (no title begins so; "وزير" merely begins with و)."""
PARAGRAPH = 1.0
"""An opening line scoring this much as prose is the lead: no title is looked for below it."""


def title_sized(text: str) -> bool:
    """Three words or more ("آيفون", "جرائم", "رووداو ديجيتال" are tags, categories, site names and share words
    with any lead), or two closed by "!" or "?" (no tag, category or site name is: "مياه عذبة!"); not an item
    of a news ticker opening with a time ("12:15حادثة سير..."), nor a line
    marked as a breadcrumb ("> الحوطة «الأيام» ..."), nor one that stops on a preposition or particle (a
    sentence broken across lines: "... خلال الأشهر الخمسة الأولى من العام الحالي، نحو")."""
    tokens = WORD_TOKEN.findall(text)
    return ((len(tokens) >= MIN_TITLE_WORDS or two_words_exclaimed(text)) and not _CLOCK.match(text)
            and not _MARKED.match(text) and not stops_short(text))


def two_words_exclaimed(text: str) -> bool:
    return len(WORD_TOKEN.findall(text)) == MIN_TITLE_WORDS - 1 and text.endswith(_EXCLAIMED)


def stops_short(text: str) -> bool:
    """Whether a line stops where no sentence or title can: on a preposition or particle, or on a word cut
    after its article ("... توسيع بعض ال": text wrapped in the middle of a word). Not a line its writer closed with a
    bracket, a quotation mark, "!" or "?" ("... (رأسا على عقب!)": the particle's phrase ends inside it)."""
    tokens = WORD_TOKEN.findall(text)
    return (bool(tokens) and not text.rstrip().endswith(CLOSING_MARKS)
            and (tokens[-1] in CLOSING_PARTICLES or tokens[-1] in BARE_ARTICLES))


def is_paragraph(line: LineScore) -> bool:
    """A finished sentence, a line that reads clearly as prose, or one that goes on from a paragraph before
    it ("وأشار التجار إلى أن سوق", a text copied from the middle of an article, cut into short lines)."""
    return (ends_sentence(line.text) or line.score >= PARAGRAPH or continues_paragraph(line.text, strict=True)
            or bool(GOES_ON.match(line.text)))
