"""A word the page's end cut in two. A page copied or excerpted at a fixed length stops inside a word of any length
("... وفق التقدي", "وقد استن", "سيارات هجي"), where ``lineshape.ends_mid_word`` tells only a stub of one or two
letters. The page itself tells a longer stub: its last word is no word the page uses anywhere, but the start of one
it does ("التقدي" of "التقديرات", "استن" of "استندت", "هجي" of "الهجينة"). A whole word closing a line is one the
page has used, or one no other word of the page opens with, or one the page's word only inflects ("المسرحي" of
"المسرحية": ``_ENDINGS``); a common word (the stop list) is never a stub. A cut copy of a short line the page already
holds (its headline, a byline: "ريف دمشق – مجم") is no cut inside the article either (``cuts_a_short_page_line``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from text.cutcopy import MAX_HEADING_WORDS, MIN_COPY_WORDS
from text.lineshape import HARAKAT, fold, stop_words

MIN_STUB_LETTERS = 3
"""A stub of fewer letters is ``ends_mid_word``'s to tell: two letters open too many of a page's words."""
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
_CLITICS = re.compile(r"^(?:[وف]?(?:[بكل]?ال|لل)|[وف][بكل]?|[بكل])(?=\w{2})")
"""A joined و/ف, ب/ك/ل and the article ال opening a word ("وبالتقديرات", "للهجينة")."""
_ENDINGS = frozenset("ه ي يه ات ان ين ون ها هم هما هن ك كم نا ت تا وا ا".split())
"""Inflection and pronoun endings, folded (ة is ه): a page word going on from the last word with one only ("الحدودي"
and "الحدودية", "الإنجاز" and "الإنجازات") uses the last word whole, as a title or a tag row ends on it, and tells
no cut. A real cut right before such an ending ("المسرحي|ة") is missed; speaking another story's title costs more."""


def _forms(word: str) -> set[str]:
    """The word and the word without what is joined to its front, as the page spells them."""
    folded = fold(word)
    return {folded, _CLITICS.sub("", folded)}


def stops_in_a_page_word(text: str, page: Iterable[str]) -> bool:
    """Whether ``text`` (the page's last line) ends on a stub of a word the ``page``'s other lines use: its last
    character is a letter, its last word of ``MIN_STUB_LETTERS`` letters or more is neither a common word nor a word
    of the page (with or without what is joined to its front), and some word of the page, stripped so or not, opens
    with it and goes on."""
    stripped = text.rstrip()
    tokens = stripped.split()
    if not tokens or not _ARABIC_WORD.fullmatch(HARAKAT.sub("", tokens[-1])):
        return False
    stub = fold(tokens[-1])
    if len(stub) < MIN_STUB_LETTERS or stub in _folded_stop_words():
        return False
    used: set[str] = set()
    for line in (*page, " ".join(tokens[:-1])):
        for word in _ARABIC_WORD.findall(HARAKAT.sub("", line)):
            used |= _forms(word)
    if _forms(tokens[-1]) & used:
        return False
    return any(len(word) > len(stub) and word.startswith(stub) and word[len(stub):] not in _ENDINGS for word in used)


def cuts_a_short_page_line(text: str, page: Iterable[str]) -> bool:
    """Whether ``text`` (the page's last line), without its last word, is the opening of another line of the
    ``page`` of ``MAX_HEADING_WORDS`` words at most (a headline, a title, a byline said again at the page's end, not
    a paragraph of the article: a paragraph printed twice and cut is the article's text) whose next word goes on
    from that last word: a copy of the line cut short, not the article's next words."""
    words = [fold(token) for token in text.split()]
    if len(words) < MIN_COPY_WORDS:
        return False
    head, stub = words[:-1], words[-1]
    for line in page:
        other = [fold(token) for token in line.split()]
        if (len(head) < len(other) <= MAX_HEADING_WORDS and other[:len(head)] == head
                and len(other[len(head)]) > len(stub) and other[len(head)].startswith(stub)):
            return True
    return False


@cache
def _folded_stop_words() -> frozenset[str]:
    return frozenset(fold(word) for word in stop_words())
