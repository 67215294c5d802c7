"""A lead whose first sentence a line break split after its first words: the page's first line opens with the
sentence's verb of the past and stops inside it, and the line under it goes on with the sentence ("باشرت فرق البلدية،
منذ الصباح، بأعمال" / "صيانة الشبكة ... قبل حلول الشتاء."). ``text.wrappedlead`` asks for three pieces of one even
wrap, ``text.raggedlead`` for a page broken so throughout and a first piece of ten words or more; a sentence broken
once meets neither, so its first piece was read as the page's title: half a sentence for a headline, and the story's
first words spoken as no part of it.

The pair is the lead's, not a title over it, when all of these hold:

- the first piece is the page's first line, a piece's shape (no furniture, no sentence end, no colon, no list's mark,
  ``wrappedlead.may_be_piece``), ``MIN_PIECE_WORDS`` words or more, held by no quote nor bracket, cut by none of a
  title's marks (a bar, a dash, "..", a colon, a question: ``TITLE_MARKS``) and no byline ("كتبت NAME": a byline's
  opener, ``rules.BYLINE_OPENERS``, is a verb that credits, not the story's);
- it opens with a verb of the past (``rules.PAST_VERB``; not the bare أفعل shape of a superlative or a name,
  ``wrappedlead.ELATIVE``). Not a verb of the present: ``lineshape.is_present_verb`` takes a title's nouns and names
  of its shape as often ("توقعات", "تفاصيل", "تعز"), and titles tell their news in the present ("يستعد ...");
- it shows that its sentence goes on: a comma inside it (a clause of the lead's: "باشرت ...، منذ ...،") or a break
  inside a phrase (``wrappedlead.break_mark``: a word that needs what follows ending it, a construct or an adjective
  going on below). A title of the past's verb is a whole clause with no comma ("انطلقت حملة ... في الجنوب");
- the next line is the article's (no furniture, no list's item) and opens nothing of its own: no sentence (a verb of
  the past, a speech word: "وقال ...", "أعلنت ...", ``wrappedlead.opens_sentence``) and no fronted phrase ("بمشاركة
  ...", "في إطار ...", ``wrappedlead.FRONTED_WORDS``, ``lineshape.NEEDS_WHAT_FOLLOWS``), as a lead under its title
  does (a title of the past's verb stands over "بمشاركة ..." on a newsletter);
- the rest of the sentence (down to the line closing it) does not tell the first line again (fewer than
  ``raggedlead.TOLD_KEYS`` words in common): a title's lead restates the title, the rest of a sentence does not
  repeat its first half;
- the article as the body finder found it opens at the first piece or right under the pair (a piece far above the
  article is no evidence of the lead's start).

Evidence, said plainly: on the readable pages (session 30) the shape changes one page (one site; two more sites have
it but other rules read them right already), and no annotated title has it: of 235 annotated titles right over their
lead and closed by no stop, none opens with a verb of the past (the three of the past's shape are superlatives or
joined to و). The pair is taken as ``wrappedlead.wrapped_lead``'s range: the body finder opens the article at the first
piece (its words are the lead's, never "before the article"), the headline rules take neither line as the title (the
page has no title line then: the first-sentence fallback reads it, flagged), and the splitter reads the pair as one
paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from text.lineshape import NEEDS_WHAT_FOLLOWS, ends_sentence
from text.raggedlead import OPENING_MARKS, TOLD_KEYS
from text.rules import BYLINE_OPENERS, PAST_VERB
from text.scoredline import LineScore
from text.sharedwords import word_keys
from text.unwrap import LIST_ITEM
from text.wrappedlead import (ASKING_MARKS, ELATIVE, FRONTED_WORDS, MAX_PIECES, NO_MARK, break_mark, may_be_piece,
                              opens_sentence, piece_words)

MIN_PIECE_WORDS = 3
"""A first piece holds a verb and its subject and more ("باشرت فرق البلدية ..."); two words may be a title ("تجاوز
العقبات")."""
TITLE_MARKS = re.compile(r"[|｜–—]|\s-\s|\.\.|…|[:：؟?!«»“”\"]")
"""Marks a title is cut or framed by ("Place.. News", "Title – Column", "Topic: ...", a quote): the first words of a
sentence hold none of them, though they may hold a comma."""
_COMMA = re.compile(r"[،,]")


def broken_lead(lines: Sequence[LineScore], start: int) -> range | None:
    """The page's first line and the line under it when a line break split the lead's first sentence there (see the
    module docstring); None otherwise. ``start``: the article's first line as the body finder found it."""
    top, below = 0, 1
    if below >= len(lines) or start > below + 1 or not _opens_with_a_verb(lines[top]):
        return None
    following = lines[below]
    words = piece_words(following.text)
    if (following.furniture is not None or not words or opens_sentence(words[0]) or words[0] in FRONTED_WORDS
            or words[0] in NEEDS_WHAT_FOLLOWS or LIST_ITEM.match(following.text)):
        return None
    if not _goes_on(lines[top].text, following.text):
        return None
    return None if _told_below(lines, top) else range(top, below + 1)


def _opens_with_a_verb(line: LineScore) -> bool:
    """Whether the page's first line may be the first words of a sentence: a piece's shape, words enough, no quote or
    bracket opening it, none of a title's marks, no byline's opener, and a verb of the past first (not the أفعل
    shape)."""
    text = line.text.strip()
    words = piece_words(text)
    if (not may_be_piece(line) or len(words) < MIN_PIECE_WORDS or text.startswith(OPENING_MARKS)
            or text.endswith(ASKING_MARKS) or TITLE_MARKS.search(text) is not None
            or words[0] in BYLINE_OPENERS):
        return False
    return bool(PAST_VERB.fullmatch(words[0])) and not ELATIVE.match(words[0])


def _goes_on(piece: str, following: str) -> bool:
    """Whether the first piece shows that its sentence goes on below: a comma in it (a lead's clause) or a break
    inside a phrase (``wrappedlead.break_mark``)."""
    return _COMMA.search(piece) is not None or break_mark(piece, following) != NO_MARK


def _told_below(lines: Sequence[LineScore], top: int) -> bool:
    """Whether the lines under the first piece, down to the one closing its sentence (``wrappedlead.MAX_PIECES`` lines
    at most), share ``raggedlead.TOLD_KEYS`` words or more with it: a title told again by its lead."""
    keys = word_keys(lines[top].text)
    told: set[str] = set()
    for line in lines[top + 1:top + 1 + MAX_PIECES]:
        told |= word_keys(line.text)
        if ends_sentence(line.text):
            break
    return len(keys & told) >= TOLD_KEYS
