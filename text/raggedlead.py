"""A page copied from its lead whose every paragraph a ragged wrap broke: lines of about the same length, cut inside
their sentences, as a word processor with a proportional font or a writer pressing Enter at the column's edge leaves
them. ``text.wrappedlead`` asks for an even wrap (each piece *full* at the width) and three pieces of the first
sentence at least; a ragged wrap meets neither ("كشفت دراسة ... ان 40% من اسباب التدخين لدى فئة الشباب" /
"اليافعين في الدولة تعود ... 2009-" / "2024 الصادر عن ... العام."), so its first piece was read as the title, and a
second piece right under it as the title's photo caption: article words lost.

The evidence here is the page's, not the break's alone, since a title of the wrap's length stands above a wrapped
lead as often:

- the article breaks its lines inside sentences throughout (``page_breaks_sentences``): at least ``MIN_BREAKS``
  of its lines (the body finder's run, from the page's second line at the highest) of ``MIN_BREAK_WORDS`` words or
  more end no sentence and run on into the next line, and they are ``MIN_BREAK_SHARE`` of its lines or more (a box
  of other stories' titles over a lead, each line ending no sentence, is no article: it breaks none);
- the run's first piece is the page's first line, as long as the page's broken lines (``LENGTH_SHARE`` of their
  median length at least: a title is shorter than the column it heads), of ``MIN_PIECE_WORDS`` words or more, closed
  by no stop, colon, question or quote, no list's item;
- the rest of its sentence (down to the line closing it) does not tell its words again (``TOLD_KEYS``): a title's
  lead retells the title, while a piece of a sentence is not repeated by the rest of the sentence;
- the next line opens no sentence of its own (a verb of the past, a speech word: "وقال ...", "أعلنت ..."), and
  the first line reads as a lead's piece, not a title: it opens with a verb of the past tense, a lead's first word and
  seldom a title's ("كشفت دراسة ...", ``rules.PAST_VERB``, not the أفعل shape of a superlative or a name), or it
  breaks inside a phrase on a sure mark (``wrappedlead.STRONG_MARK``: a comma, a word that needs what follows; a
  title ends on a preposition and one word as often, "... في غزة", "... منذ سنوات", so the weaker marks count not),
  or the next line opens on a verb of the plural with no subject of its own ("... جلّ الأهالي" / "باتوا يشتكون
  ..."): the subject is in the line above.

The range found is taken as ``wrappedlead.wrapped_lead``'s: the body finder opens the article at its first piece and
the headline rules take none of its lines as the title.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

from text.lineshape import ends_sentence
from text.rules import PAST_VERB
from text.scoredline import LineScore
from text.sharedwords import word_keys
from text.unwrap import LIST_ITEM
from text.wrappedlead import (ASKING_MARKS, ELATIVE, MAX_PIECES, STRONG_MARK, break_mark, may_be_piece, opens_sentence,
                              piece_words)

MIN_BREAKS = 3
MIN_BREAK_SHARE = 0.4
MIN_BREAK_WORDS = 6
"""A page broken by a ragged wrap has at least this many lines (of this many words: a label or a kicker runs on
into its line too) that end no sentence and run on into the next line, and this share of the article's lines."""
MIN_PIECE_WORDS = 10
"""The first piece holds at least this many words: a wrap's line, not a kicker or a label."""
LENGTH_SHARE = 0.8
"""The first piece is at least this share of the median length of the page's broken lines: a title is shorter."""
TOLD_KEYS = 2
"""A first line that shares this many words (``sharedwords.word_keys``) with the rest of its sentence is a title
told again by its lead."""
OPENING_MARKS = ("\"", "“", "«", "'", "(")
"""A line opening with a quote or a bracket is a quoted title's shape, not a wrap's piece."""


def ragged_lead(lines: Sequence[LineScore], start: int, end: int) -> range | None:
    """The lines from the page's first line to the one closing the article's first sentence, on a page whose every
    paragraph a ragged wrap broke (see the module docstring); None otherwise."""
    if start < 0 or start >= end or not _may_be_first_piece(lines[0]):
        return None
    close = next((index for index in range(min(len(lines), MAX_PIECES + 1))
                  if lines[index].furniture is None and ends_sentence(lines[index].text)
                  and not LIST_ITEM.match(lines[index].text)), None)
    if close is None or close == 0 or start > close + 1 \
            or not all(may_be_piece(lines[index]) for index in range(close)):
        return None
    lengths = page_breaks_sentences(lines, max(start, 1), end)
    if not lengths or len(lines[0].text.strip()) < LENGTH_SHARE * median(lengths):
        return None
    told = word_keys(lines[0].text) & set().union(*(word_keys(line.text) for line in lines[1:close + 1]))
    if len(told) >= TOLD_KEYS or not _reads_as_a_piece(lines[0].text, lines[1].text):
        return None
    return range(0, close + 1)


def page_breaks_sentences(lines: Sequence[LineScore], start: int, end: int) -> list[int]:
    """The lengths of the article's lines (``lines[start:end]``, not its last) that end no sentence and run on into
    the next line, when the page has enough of them to show a wrap (``MIN_BREAKS``, ``MIN_BREAK_SHARE``); else []."""
    article = range(start, end - 1)
    broken = [len(lines[index].text.strip()) for index in article if _runs_on(lines[index], lines[index + 1])]
    return broken if len(broken) >= MIN_BREAKS and len(broken) >= MIN_BREAK_SHARE * len(article) else []


def _runs_on(line: LineScore, following: LineScore) -> bool:
    """Whether a line of the article is a wrap's piece running on into the next: words enough, no sentence end, no
    colon, no list's mark, and the next line no furniture nor a list's item."""
    return (may_be_piece(line) and len(line.text.split()) >= MIN_BREAK_WORDS and following.furniture is None
            and not LIST_ITEM.match(following.text))


def _may_be_first_piece(line: LineScore) -> bool:
    """Whether the page's first line may be a wrap's first piece: a piece's shape (``wrappedlead``), words enough,
    closed by no question, exclamation or closing quote and opened by no quote (a quoted title's shape)."""
    text = line.text.strip()
    return (may_be_piece(line) and len(text.split()) >= MIN_PIECE_WORDS and not text.startswith(OPENING_MARKS)
            and not text.endswith(ASKING_MARKS + ("\"", "”", "»", ")", "'", "’")))


def _reads_as_a_piece(upper: str, lower: str) -> bool:
    """Whether the first line reads as a lead's first piece over a next line opening no sentence of its own: a verb
    of the past first (not the أفعل shape), a break inside a phrase on a sure mark, or a next line opening on a plural
    verb whose subject is above ("جلّ الأهالي" / "باتوا ...")."""
    above, below = piece_words(upper), piece_words(lower)
    if not above or not below or opens_sentence(below[0]):
        return False  # a next line opening a sentence of its own ("وقال ...", "أعلنت ...") stands under a title
    past_first = bool(PAST_VERB.fullmatch(above[0])) and not ELATIVE.match(above[0])
    plural_verb_below = below[0].endswith("وا") and len(below[0]) > 4 and not below[0].startswith(("و", "ف"))
    return past_first or plural_verb_below or break_mark(upper, lower) >= STRONG_MARK
