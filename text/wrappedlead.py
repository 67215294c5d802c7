"""The article's opening paragraph broken by a hard wrap: a lead copied with its line breaks, its first sentence
running over several lines of about the same length, none ending a sentence until the last.

Only the article's opening run is looked at, and only on strong evidence of a wrap, since a title, a kicker or a box
of teasers of the same width may stand right above a lead:

- every piece but the last is *full* at the run's width (the next line's first word would not have fitted on it:
  the classic test of ``fmt``, ``text.unwrap``), the width one of a wrap's (``unwrap.MIN_WIDTH`` to ``MAX_WIDTH``),
  and the line closing the sentence is no longer than a piece;
- every break falls inside a phrase (``_broken_inside``): the piece stops on a word that needs what follows or on a
  comma, the next piece opens with an adjective qualifying the piece's last noun ("... محطة توليد الكهرباء" /
  "الغازية ..."), or, unless the next piece opens like a sentence of its own (a verb, a speech word), with a word
  joined to the one before ("والنفط", "للعمل"), after a particle or preposition one word back ("... بين حكومة" /
  "بلادنا"), or after a count that needs its noun ("... 43 مليون" / "دينار");
- the run's first piece may instead open as a lead does (a verb in the past tense: "استعرض مجلس النواب ...", which
  a news title seldom does) and break anywhere; a short first piece (a dropped capital or a photo floated beside it
  shortened it) only when the next piece opens with the adjective qualifying its last noun;
- no piece is told again by the rest of the sentence under it (half its words or more): a title is, its lead's first
  sentence retells it, while a piece of a sentence is not repeated by the rest of it. The walk up stops at such a line, which stays a title;
- at least ``MIN_PIECES`` pieces, none of them furniture, a list's item or closed by a colon.

The body finder opens the article at the run's first piece (its words are the lead's, never "before the article"),
and the headline rules take no line of the run as the title (the page has no title line then: the first-sentence
fallback reads it, flagged).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from text.lineshape import (HARAKAT, NEEDS_WHAT_FOLLOWS, SENTENCE_OPENERS, ends_sentence, stops_mid_phrase,
                            strip_bullet)
from text.rules import DATELINE_CITIES, DATELINE_HEAD, PAST_VERB
from text.scoredline import LineScore
from text.sharedwords import word_keys
from text.unwrap import MAX_WIDTH, MIN_WIDTH, SLACK

MIN_PIECES = 3
"""A wrapped opening has at least this many pieces before the line closing its first sentence: two lines of the same
length may be a title over a lead's first line."""
MAX_PIECES = 15
"""A first sentence runs over this many lines at most; a longer column of lines is no sentence."""
TOLD_SHARE = 0.5
MIN_TOLD_WORDS = 2
"""A line whose words (``sharedwords.word_keys``) the lines under it repeat, half of them or more and at least this
many, is told again there: a title over its lead, not a piece of the lead's sentence."""
MIN_SHORT_TOP_WORDS = 2
"""A short first piece (not full at the run's width) holds at least this many words."""
COUNT_WORDS = frozenset(("مليون", "ملايين", "مليار", "مليارات", "ألف", "آلاف", "الف", "الاف"))
"""Counting words that need the noun counted after them ("43 مليون" / "دينار"): a piece ending on one was cut."""
CLAUSE_OPENERS = frozenset(("بعدما", "عندما", "حينما", "كلما", "لما", "بينما", "حيث", "كما", "مما"))
"""Words opening a clause ("بعدما نال" / "الفيلم ..."): a piece whose clause opens one word before its end was cut
inside it."""
_NISBA = re.compile(r"^ال[\u0621-\u064a]{2,}ي[ةه]?$")
"""An adjective of relation with the article ("الغازية", "السوداني"): it qualifies the noun before it."""
_JOINED = re.compile(r"^(?:وال|فال|لل|بال|كال)[\u0621-\u064a]{3,}")
"""A word joined to the one before it by و, ف, ل, ب or ك with the article ("والنفط", "للعمل", "بالقرب")."""
_DEFINITE = re.compile(r"^(?:[وفبكل]?ال|لل)[\u0621-\u064a]{2,}")
_LIST_MARK = re.compile(r"^\s*(?:[-•*–—·▪●]|[0-9\u0660-\u0669]{1,3}\s*[.)\-–])")


def wrapped_lead(lines: Sequence[LineScore], start: int) -> range | None:
    """The lines of the article's opening paragraph a hard wrap broke (see the module docstring), from its first piece
    (at or above ``start``, the article's first line) to the line closing its first sentence; None when the article
    does not open so."""
    close = _closing_line(lines, start)
    if close is None or close - start > MAX_PIECES:
        return None
    pieces = [close - 1] if close > 0 and _may_be_piece(lines[close - 1]) else []
    if not pieces:
        return None
    top = _top_piece(lines, pieces[0], close)
    if top is None or top > start or close - top < MIN_PIECES:
        return None
    return range(top, close + 1)


def _closing_line(lines: Sequence[LineScore], start: int) -> int | None:
    """The line closing the article's first sentence: the first at or under ``start`` that ends one, past pieces that
    may be a wrap's only."""
    for index in range(start, min(len(lines), start + MAX_PIECES + 1)):
        line = lines[index]
        if line.furniture is None and ends_sentence(line.text) and not _LIST_MARK.match(line.text):
            return index
        if not _may_be_piece(line):
            return None
    return None


def _may_be_piece(line: LineScore) -> bool:
    """A line that may be a wrapped sentence's piece: no furniture, words, no sentence end, no colon closing it (a
    label, a line announcing what follows), no list's mark."""
    text = line.text.strip()
    return (line.furniture is None and bool(text) and not ends_sentence(text) and not text.endswith((":", "："))
            and strip_bullet(text) == text and not _LIST_MARK.match(text))


def _top_piece(lines: Sequence[LineScore], last: int, close: int) -> int | None:
    """The run's first piece, walking up from its last one (``last``, right over the closing line): each line above
    joins while the run stays a wrap's (``_fits``), its break into the piece under it falls inside a phrase and the
    lines under it do not tell it again; a line opening as a lead, or a short one whose next piece qualifies its last
    noun, is the first piece whatever its break. None when even the last piece is none."""
    if _told_below(lines, last, close) or not _broken_inside(lines[last].text, lines[close].text) \
            or not _fits(lines, last, close):
        return None
    top = last
    while top > 0 and top - 1 >= close - 1 - MAX_PIECES:
        above = top - 1
        if not _may_be_piece(lines[above]) or _told_below(lines, above, close):
            break
        broken = _broken_inside(lines[above].text, lines[top].text)
        if _fits(lines, above, close) and (broken or _opens_as_lead(lines[above].text)):
            top = above
            if not broken:
                break  # the lead's first words: nothing above them is the sentence's
            continue
        if _short_first_piece(lines[above].text, lines[top].text):
            top = above
        break
    return top


def _fits(lines: Sequence[LineScore], top: int, close: int) -> bool:
    """Whether ``lines[top:close]`` are the full pieces of one wrap: its width (the longest piece) one of a wrap's,
    each piece full at it, and the closing line no longer."""
    texts = [lines[index].text.strip() for index in range(top, close + 1)]
    width = max(len(text) for text in texts[:-1])
    if not MIN_WIDTH <= width <= MAX_WIDTH or len(texts[-1]) > width + SLACK:
        return False
    return all(_full(text, following, width) for text, following in zip(texts[:-1], texts[1:]))


def _full(text: str, following: str, width: int) -> bool:
    """The next line's first word would not have fitted on this one: the break was the wrap's (``text.unwrap``)."""
    first = following.split()[0] if following.split() else ""
    return len(text) + 1 + len(first) > width - SLACK


def _words(text: str) -> list[str]:
    """The line's words without diacritics and the punctuation around them, ى written ي at a word's end (Egyptian
    spelling: "فى")."""
    tokens = (token.strip(".,،؛:!؟?\"'«»()") for token in HARAKAT.sub("", text).split())
    return [re.sub("ى$", "ي", token) for token in tokens if token]


def _broken_inside(upper: str, lower: str) -> bool:
    """Whether the break between two pieces falls inside a phrase (see the module docstring)."""
    above, below = _words(upper), _words(lower)
    if not above or not below:
        return False
    if upper.rstrip().endswith(("،", ",")) or stops_mid_phrase(" ".join(above), in_a_word=False):
        return True
    if _qualifies(above[-1], below[0]):
        return True
    if _opens_sentence(below[0]):
        return False
    joined = bool(_JOINED.match(below[0])) and below[0] not in ("والي", "والى")
    opened = len(above) >= 2 and (above[-2] in NEEDS_WHAT_FOLLOWS or above[-2] in CLAUSE_OPENERS) \
        and not _DEFINITE.match(above[-1]) and not above[-1].isdigit()
    return joined or opened or above[-1] in COUNT_WORDS


def _qualifies(noun: str, word: str) -> bool:
    """Whether ``word`` is an adjective of relation qualifying ``noun`` (both with the article: "الكهرباء" /
    "الغازية"), not a city or country a dateline names ("السعودية")."""
    return bool(_DEFINITE.match(noun) and _NISBA.match(word)) and word not in DATELINE_CITIES \
        and word not in ("السعودية", "العربية")


def _opens_sentence(word: str) -> bool:
    """A word a sentence opens with: a verb in the past tense or a speech or pointing word (``SENTENCE_OPENERS``)."""
    return bool(PAST_VERB.fullmatch(word)) or word in SENTENCE_OPENERS


def _opens_as_lead(text: str) -> bool:
    """Whether a line opens as a lead does: a verb in the past tense first ("استعرض مجلس النواب ...", 42 % of leads,
    1 % of titles, ``rules.PAST_VERB``) or a dateline ("القاهرة - ...")."""
    words = _words(text)
    return bool(words) and (bool(PAST_VERB.fullmatch(words[0])) or bool(DATELINE_HEAD.match(text)))


def _short_first_piece(upper: str, lower: str) -> bool:
    """Whether a line shorter than the wrap's width is the lead's first piece all the same: a few words whose last
    noun the next piece's first word qualifies ("يوصل الفيلم" / "السوداني ..."): no title or label ends before its
    own adjective."""
    above, below = _words(upper), _words(lower)
    return len(above) >= MIN_SHORT_TOP_WORDS and bool(below) and _qualifies(above[-1], below[0])


def _told_below(lines: Sequence[LineScore], index: int, close: int) -> bool:
    """Whether the lines under ``index`` down to the line closing the first sentence (``close``) repeat half its words
    or more (``TOLD_SHARE``, ``MIN_TOLD_WORDS``): a title the lead's first sentence tells again. (The later paragraphs
    go on telling a piece's words too: "محطة توليد الكهرباء" is the story's.)"""
    keys = word_keys(lines[index].text)
    below = set().union(*(word_keys(line.text) for line in lines[index + 1:close + 1]))
    shared = len(keys & below)
    return shared >= MIN_TOLD_WORDS and shared >= TOLD_SHARE * len(keys)
