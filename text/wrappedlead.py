"""The article's opening paragraph broken by a hard wrap: a lead copied with its line breaks, its first sentence
running over several lines of about the same length, none ending a sentence until the last.

Only the article's opening run is looked at, and only on strong evidence of a wrap, since a title, a kicker, a
caption or a box of teasers of the same width may stand right above a lead:

- every piece but the last is *full* at the run's width (the next line's first word would not have fitted on it:
  the classic test of ``fmt``, ``text.unwrap``), the width one of a wrap's (``unwrap.MIN_WIDTH`` to ``MAX_WIDTH``),
  and the line closing the sentence is no longer than a piece, closes it with a full stop (not "؟" or "!": a
  sub-heading's shape) and the break into it falls inside a phrase; no piece is furniture, a list's item or closed by
  a colon, and there are at least ``MIN_PIECES``;
- no piece is told again by the rest of the sentence under it (half its words or more): a title is, its lead's first
  sentence retells it, while a piece of a sentence is not repeated by the rest of it. The walk up stops at such a
  line, which stays a title;
- at least a third of the breaks (``MARKED_SHARE``), one of them on a sure mark unless the first piece is the page's
  first line and opens as a lead does, fall inside a phrase (``break_mark``): surely when the piece stops on a word that
  needs what follows or on a comma; less surely when the next piece opens with an adjective of relation after a
  definite noun ("... محطة توليد الكهرباء" / "الغازية ...": a club's or a company's name has that shape too, "الأهلي",
  "المصري", and may open a lead under a title ending on a definite noun), or, unless the next piece opens like a
  sentence of its own (a verb, a speech word), with a word joined to the one before ("والنفط", "للعمل"), after a
  particle or preposition one word back ("... بين حكومة" / "بلادنا"), next to a count that needs its noun ("... 43
  مليون" / "دينار"), or a definite word after a noun without the article, which it may complete ("... محطة تحلية" /
  "المياه");
- the run's first piece is the page's first line (a page copied from its lead; lower, a title, a caption, a credit
  or a kicker of the wrap's width over the lead has every shape a first piece has: "مشهد عام ...،", "ترجمة وإعداد
  ...،"), breaks on a sure mark (a comma, or a word that needs what follows into a piece that does not open a
  sentence of its own), and is not told in a title's grammar (a noun, then a verb of the present). With an unmarked
  break it must open as a lead does (a verb in the past tense: "استعرض مجلس النواب ...", not the bare أفعل shape of
  a superlative or a name, "أبرز", "أشرف") over a next line that opens no lead of its own (a fronted phrase "في ...",
  "بعد ...", "بمشاركة ...", or a subject with its own verb, "مئات المواطنين تجمعوا ..."): a page copied from its
  title has the title there. A short first piece (a dropped capital or a photo floated beside it shortened it) is
  the page's first line too, opens with a verb (not a verbal noun of the تفاعل shape, "تعادل") and ends on the noun
  the next piece's first word qualifies ("يوصل الفيلم" / "السوداني ...").

The body finder opens the article at the run's first piece (its words are the lead's, never "before the article"),
and the headline rules take no line of the run as the title (the page has no title line then: the first-sentence
fallback reads it, flagged); the splitter reads the run as one paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from text.lineshape import (HARAKAT, NEEDS_WHAT_FOLLOWS, SENTENCE_OPENERS, WORDS_OF_THEIR_OWN, ends_sentence,
                            is_present_verb, stops_mid_phrase, strip_bullet, tells_in_the_present)
from text.rules import DATELINE_CITIES, MASTHEAD, PAST_VERB, SECTION_LABEL, SITE_NAMES
from text.scoredline import MIN_TITLE_WORDS, LineScore
from text.sharedwords import word_keys
from text.unwrap import LIST_ITEM, MAX_WIDTH, MIN_WIDTH, SLACK, is_full

MIN_PIECES = 3
"""A wrapped opening has at least this many pieces before the line closing its first sentence: two lines of the same
length may be a title over a lead's first line."""
MAX_PIECES = 15
"""A first sentence runs over this many lines at most; a longer column of lines is no sentence."""
TOLD_SHARE = 0.5
MIN_TOLD_WORDS = 2
"""A line whose words (``sharedwords.word_keys``) the lines under it repeat, half of them or more and at least this
many, is told again there: a title over its lead, not a piece of the lead's sentence."""
MIN_NARROW_WIDTH = 25
NARROW_FILL = 0.7
"""A narrow column (a phone's screen, a paper's column copied from a PDF) wraps at ``MIN_NARROW_WIDTH`` characters
to ``unwrap.MIN_WIDTH``, in a proportional font: its pieces are not *full* by the count of characters, but each fills
``NARROW_FILL`` of the longest at least (a title, a kicker or a caption over a lead is as short as it needs)."""
MIN_SHORT_TOP_WORDS = 2
"""A short first piece (not full at the run's width) holds at least this many words."""
COUNT_WORDS = frozenset(("مليون", "ملايين", "مليار", "مليارات", "ألف", "آلاف", "الف", "الاف"))
"""Counting words that need the noun counted after them ("43 مليون" / "دينار"): a piece ending on one was cut."""
CLAUSE_OPENERS = frozenset(("بعدما", "عندما", "حينما", "كلما", "لما", "بينما", "حيث", "كما", "مما"))
"""Words opening a clause ("بعدما نال" / "الفيلم ..."): a piece whose clause opens one word before its end was cut
inside it."""
WRAP_LINE_ENDS = frozenset(("على", "علي"))
"""A preposition (in both spellings ``piece_words`` may give) the line-end test (``lineshape.NEEDS_WHAT_FOLLOWS``)
leaves out, as a name is spelled alike ("كتب أحمد على"): among a wrap's full pieces of one sentence, a piece ending on
it was cut after it."""
NAMED_LIKE_ADJECTIVES = frozenset(("السعودية", "العربية"))
"""Names alone that have an adjective's shape ("السعودية" the country, "العربية" the channel): a lead may open with
one under its title."""
ASKING_MARKS = ("?", "؟", "!")
"""A line closed by one is a question or an exclamation, a sub-heading's or a title's shape more often than a lead's
first sentence's end: the run closes on a full stop."""
FRONTED_WORDS = frozenset(("بعد", "قبل", "على", "بمشاركة", "بحضور", "برعاية", "بمناسبة"))
"""Words fronting a phrase a lead may open with besides ``lineshape.NEEDS_WHAT_FOLLOWS`` ("بعد أسابيع ...،",
"بمشاركة واسعة ..."): a line opening with one opens a lead of its own, so the line over it is no piece of it."""
LEAD_VERB_REACH = 4
"""A line whose subject is followed by its own verb within this many words ("مئات المواطنين تجمعوا ...") opens a
sentence of its own."""
ELATIVE = re.compile(r"^أ[\u0621-\u064a]{3}$")
"""The bare أفعل shape: a superlative ("أبرز", "أكثر", "أكبر") or a name ("أشرف", "أحمد") as often as a verb of the
past; ``rules.PAST_VERB`` takes it, the page's first line may not open the run on it."""
_VERBAL_NOUN = re.compile(r"^ت[\u0621-\u064a]ا[\u0621-\u064a]{2}$")
"""The تفاعل shape ("تعادل", "تراجع"): a verbal noun, a title's first word, as often as a verb of the present."""
MARKED_SHARE = 3
"""A divisor, not a share: at least one break in ``MARKED_SHARE`` (a third) falls inside a phrase on a mark
``break_mark`` sees, one of them a sure one unless the run opens at the page's first line as a lead does: a break
between two nouns of a chain ("نائب" / "رئيس اللجنة") shows none."""
NO_MARK, WEAK_MARK, STRONG_MARK = 0, 1, 2
"""How surely a break falls inside a phrase (``break_mark``)."""
_NISBA = re.compile(r"^ال[\u0621-\u064a]{2,}ي[ةه]?$")
"""An adjective of relation with the article ("الغازية", "السوداني"): it qualifies the noun before it."""
_JOINED = re.compile(r"^(?:وال|فال|لل|بال|كال)[\u0621-\u064a]{3,}")
"""A word joined to the one before it by و, ف, ل, ب or ك with the article ("والنفط", "للعمل", "بالقرب")."""
_DEFINITE = re.compile(r"^(?:[وفبكل]?ال|لل)[\u0621-\u064a]{2,}")
"""A word with the article, maybe joined to و, ف, ب, ك or ل ("المياه", "والنفط", "للعمل"): a noun an adjective of
relation may qualify, or the word completing a construct."""
_INDEFINITE = re.compile(r"^(?!ال|لل|[وفبك]ال)[\u0621-\u064a]{3,}$")
"""A word without the article, of letters only: a noun the definite word after it may complete ("محطة تحلية" /
"المياه": a construct)."""


def wrapped_lead(lines: Sequence[LineScore], start: int) -> range | None:
    """The lines of the article's opening paragraph a hard wrap broke (see the module docstring), from its first piece
    (at or above ``start``, the article's first line) to the line closing its first sentence; None when the article
    does not open so."""
    close = _closing_line(lines, start)
    top = None if close is None else _block_top(lines, close)
    if top is None:
        return None
    top = _first_piece(lines, top, close)
    if top > start or close - top < MIN_PIECES:
        return None
    marks = [break_mark(lines[index].text, lines[index + 1].text) for index in range(top, close)]
    marked = sum(mark > NO_MARK for mark in marks)
    sure = STRONG_MARK in marks or top == 0 and _opens_page_as_lead(lines[top].text, lines[top + 1].text)
    flows = marks[-1] > NO_MARK and not lines[close].text.rstrip("\"”»)'’ ").endswith(ASKING_MARKS)
    return range(top, close + 1) if sure and flows and marked * MARKED_SHARE >= len(marks) else None


def page_top(lines: Sequence[LineScore]) -> int:
    """The page's first line past its header: the first that no rule or shape takes for furniture (a date, a menu),
    no section's label (``rules.SECTION_LABEL``: "الرئيسية", "أخبار محلية"), no site's name and no "Site | Section"
    masthead. Nothing the page says of its story stands above it, no title either."""
    return next((index for index, line in enumerate(lines)
                 if line.furniture is None and not SECTION_LABEL.matches(line.text.strip())
                 and line.text.strip() not in SITE_NAMES and not MASTHEAD.match(line.text)), len(lines))


def _closing_line(lines: Sequence[LineScore], start: int) -> int | None:
    """The line closing the article's first sentence: the first at or under ``start`` that ends one, past pieces that
    may be a wrap's only."""
    for index in range(start, min(len(lines), start + MAX_PIECES + 1)):
        line = lines[index]
        if line.furniture is None and ends_sentence(line.text) and not LIST_ITEM.match(line.text):
            return index
        if not may_be_piece(line):
            return None
    return None


def may_be_piece(line: LineScore) -> bool:
    """A line that may be a wrapped sentence's piece: no furniture, words, no sentence end, no colon closing it (a
    label, a line announcing what follows), no list's mark."""
    text = line.text.strip()
    return (line.furniture is None and bool(text) and not ends_sentence(text) and not text.endswith((":", "："))
            and strip_bullet(text) == text and not LIST_ITEM.match(text))


def _block_top(lines: Sequence[LineScore], close: int) -> int | None:
    """The highest line of the block right over ``close`` whose lines may all be full pieces of one wrap
    (``may_be_piece``, ``_fits``) that the rest of the sentence does not tell again (``_told_below``: a title over
    its lead); None when the line right over ``close`` is none."""
    top = close
    while top > 0 and close - top < MAX_PIECES:
        above = top - 1
        if not may_be_piece(lines[above]) or _told_below(lines, above, close) or not _fits(lines, above, close):
            break
        top = above
    return top if top < close else None


def _first_piece(lines: Sequence[LineScore], top: int, close: int) -> int:
    """The sentence's first piece in the block from ``top``: a short line right over the block, the page's first line
    (lower, a short line is a caption's or a label's shape), that its first piece qualifies (``_short_first_piece``;
    told again below only when too short to be a title, ``MIN_TITLE_WORDS``: the sentence's verb and noun), else the
    block's first line that opens the sentence (``_opens_the_run``): a line above it (a title, a caption, a kicker of
    the wrap's width) is left out."""
    above = top - 1
    if above == 0 and may_be_piece(lines[above]) and _short_first_piece(lines[above].text, lines[top].text) \
            and (len(piece_words(lines[above].text)) < MIN_TITLE_WORDS or not _told_below(lines, above, close)):
        return above
    while top < close and not _opens_the_run(lines, top):
        top += 1
    return top


def _opens_the_run(lines: Sequence[LineScore], index: int) -> bool:
    """Whether a full piece may be the sentence's first (see the module docstring): it is the page's first line, it
    breaks inside a phrase on a sure mark (``STRONG_MARK``: a comma, a word that needs what follows) or opens as a
    lead does over a line opening no lead of its own (``_opens_page_as_lead``); unless it ends on a comma ("في خطوة
    ...،" / "أعلنت الوزارة ..."), the next piece does not open a sentence of its own; and it is not told as a title
    is, a noun then a verb of the present ("الوزارة تعلن ...", ``tells_in_the_present``)."""
    text, following = lines[index].text, piece_words(lines[index + 1].text)
    if tells_in_the_present(text) or not following \
            or opens_sentence(following[0]) and not text.rstrip().endswith(("،", ",")):
        return False
    strong = break_mark(text, lines[index + 1].text) == STRONG_MARK
    if index != 0:  # under the page's header only on a sure mark: a title opening with a verb stands there
        return index == page_top(lines) and strong
    return strong or _opens_page_as_lead(text, lines[index + 1].text)


def _fits(lines: Sequence[LineScore], top: int, close: int) -> bool:
    """Whether ``lines[top:close]`` are the full pieces of one wrap: its width (the longest piece) one of a wrap's,
    each piece full at it, and the closing line no longer."""
    texts = [lines[index].text.strip() for index in range(top, close + 1)]
    width = max(len(text) for text in texts[:-1])
    column = max(width, len(texts[-1]))
    if MIN_NARROW_WIDTH <= column < MIN_WIDTH:  # a narrow column's wrap, its font proportional: nearly full
        return all(len(text) >= NARROW_FILL * column for text in texts[:-1])
    if len(texts[-1]) > width + SLACK or not MIN_WIDTH <= width <= MAX_WIDTH:
        return False
    return all(is_full(text, following, width) for text, following in zip(texts[:-1], texts[1:]))


def piece_words(text: str) -> list[str]:
    """The line's words without diacritics and the punctuation around them."""
    tokens = (token.strip(".,،؛:!؟?\"'«»()") for token in HARAKAT.sub("", text).split())
    return [token for token in tokens if token]


def _spellings(word: str) -> tuple[str, str]:
    """The word as written and with a final ى written ي (Egyptian spelling: "فى", "السودانى")."""
    return word, re.sub("ى$", "ي", word)


def break_mark(upper: str, lower: str) -> int:
    """How surely the break between two pieces falls inside a phrase (see the module docstring): ``STRONG_MARK`` on a
    comma or a word that needs what follows ending the piece; ``WEAK_MARK`` on an adjective of relation opening the
    next piece after a definite noun (a name has its shape: "الأهلي", "المصري", "الوطنية للنفط"), or, unless the next
    piece opens like a sentence of its own, on a word joined to the one before ("والنفط", "للعمل"; not "والي", a word
    of its own), a clause or phrase opened one word before the end, a count that needs its noun, or a definite word
    completing a noun without the article; else ``NO_MARK``."""
    above, below = piece_words(upper), piece_words(lower)
    if not above or not below:
        return NO_MARK
    needs_more = any(word in NEEDS_WHAT_FOLLOWS or word in WRAP_LINE_ENDS for word in _spellings(above[-1]))
    if upper.rstrip().endswith(("،", ",")) or needs_more or stops_mid_phrase(upper, in_a_word=False):
        return STRONG_MARK
    if _qualifies(above[-1], below[0]):
        return WEAK_MARK  # "الكهرباء" / "الغازية", but a name may have the shape: "الممتاز" / "الأهلي عزز ..."
    if opens_sentence(below[0]):
        return NO_MARK
    joined = bool(_JOINED.match(below[0])) and below[0] not in WORDS_OF_THEIR_OWN
    opened = len(above) >= 2 and any(word in NEEDS_WHAT_FOLLOWS or word in CLAUSE_OPENERS or word in WRAP_LINE_ENDS
                                     for word in _spellings(above[-2])) \
        and not _DEFINITE.match(above[-1]) and not above[-1].isdigit()
    counted = above[-1] in COUNT_WORDS or below[0] in COUNT_WORDS
    construct = bool(_INDEFINITE.match(above[-1]) and _DEFINITE.match(below[0]))
    return WEAK_MARK if joined or opened or counted or construct else NO_MARK


def _qualifies(noun: str, word: str) -> bool:
    """Whether ``word`` is an adjective of relation qualifying ``noun`` (both with the article: "الكهرباء" /
    "الغازية"), not a city or country a dateline names ("السعودية")."""
    adjective = _spellings(word)[1]
    return bool(_DEFINITE.match(noun) and _NISBA.match(adjective)) and word not in DATELINE_CITIES \
        and adjective not in NAMED_LIKE_ADJECTIVES


def opens_sentence(word: str) -> bool:
    """A word a sentence opens with: a verb in the past tense or a speech or pointing word (``SENTENCE_OPENERS``)."""
    return bool(PAST_VERB.fullmatch(word)) or word in SENTENCE_OPENERS


def _opens_page_as_lead(text: str, following: str) -> bool:
    """Whether the page's first line opens as a lead does with no mark at its break: a verb in the past tense first
    ("استعرض مجلس النواب ...", 42 % of leads, 1 % of titles, ``rules.PAST_VERB``; not the bare أفعل shape, a
    superlative or a name as often, ``ELATIVE``), and the next line opens no lead of its own (``_opens_a_lead``):
    a page copied from its title has the title there, over its lead. A dateline ("القاهرة - ...") opens the run only
    on a sure mark: a site's line has its shape too ("القاهرة - بوابة ... - قسم ...")."""
    words = piece_words(text)
    return bool(words) and bool(PAST_VERB.fullmatch(words[0])) and not ELATIVE.match(words[0]) \
        and not _opens_a_lead(following)


def _opens_a_lead(text: str) -> bool:
    """Whether a line opens a lead's sentence of its own: a fronted phrase ("في ...", "بعد أسابيع ...", "بمشاركة
    ...", ``NEEDS_WHAT_FOLLOWS``, ``FRONTED_WORDS``), a sentence's opener, or a subject with its own verb within
    ``LEAD_VERB_REACH`` words ("مئات المواطنين تجمعوا ...")."""
    words = piece_words(text)
    if not words:
        return False
    first = words[0]
    return first in NEEDS_WHAT_FOLLOWS or first in FRONTED_WORDS or opens_sentence(first) \
        or any(_is_verb(word) for word in words[1:LEAD_VERB_REACH])


def _is_verb(word: str) -> bool:
    """A word of a verb's shape: of the past (``rules.PAST_VERB``, "...وا" of the plural) or of the present."""
    return bool(PAST_VERB.fullmatch(word)) or word.endswith("وا") and len(word) > 4 or is_present_verb(word)


def _short_first_piece(upper: str, lower: str) -> bool:
    """Whether a line shorter than the wrap's width is the lead's first piece all the same: a few words opening with a
    verb (a label, a kicker or a caption names, it tells nothing) whose last noun the next piece's first word qualifies
    ("يوصل الفيلم" / "السوداني ..."): no title or label ends before its own adjective."""
    above, below = piece_words(upper), piece_words(lower)
    return (len(above) >= MIN_SHORT_TOP_WORDS and bool(below) and _qualifies(above[-1], below[0])
            and not _VERBAL_NOUN.match(above[0]) and not ELATIVE.match(above[0])
            and (bool(PAST_VERB.fullmatch(above[0])) or is_present_verb(above[0])))


def _told_below(lines: Sequence[LineScore], index: int, close: int) -> bool:
    """Whether the lines under ``index`` down to the line closing the first sentence (``close``) repeat half its words
    or more (``TOLD_SHARE``, ``MIN_TOLD_WORDS``): a title the lead's first sentence tells again. (The later paragraphs
    go on telling a piece's words too: "محطة توليد الكهرباء" is the story's.)"""
    keys = word_keys(lines[index].text)
    below = set().union(*(word_keys(line.text) for line in lines[index + 1:close + 1]))
    shared = len(keys & below)
    return shared >= MIN_TOLD_WORDS and shared >= TOLD_SHARE * len(keys)
