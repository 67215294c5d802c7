"""A line of the article announcing the rows under it without a colon: "ومن المقرر أن تقام المباريات كالتالى.." over a
schedule whose rows ("السبت 5 إبريل الفريق والضيف") bear no mark or punctuation. Cut as what comes after the
article, the lead-in and its rows were the article's last words (s24 b03, a sports site's schedule; the colon form,
``text.scoredline.announces``, is on many sites: metro and tram hours, tides, fees, gold prices).

Without a colon a line announces far less surely than with one ("لا يعرفون ما يأتي." is "what is coming", "في
الترتيب التالي." is "next"), and what it would take in has no end but the next rule-marked line: the teasers, tags
and footer under the article's last line. So such a line announces only rows (``announced_rows``): short lines,
each holding a figure ("الفجر 4:12", "السبت 5 إبريل ...") or all sharing a word ("المركز الأول ..." / "المركز
الثاني ...", "X ضد Y"), up to the first line that is not one. A list of names or of points with neither ("سلمى عبد
الرحيم" / "يوسف الحداد") cannot be told from other stories' short titles: it stays out, as before.

Only words that cannot end a sentence otherwise announce: "كالتالي" / "كالآتي", "(ك)ما يلي", "كما/فيما/بما يأتي"
(a bare "ما يأتي" may be "what is coming"), and "التالي" / "الآتي" after a noun of manner or a table ("على النحو
التالي", "بالشكل الآتي", "بالترتيب الآتي", "في الجدول التالي"; "في الترتيب التالي" and "في البيان التالي" say
"next"). A line shaped as a title (no sentence end, not going on from the line above: "تعرف على أسعار الذهب اليوم
كالتالي") is another story's title, and announces nothing without its colon."""

from __future__ import annotations

import re
from collections.abc import Sequence

from text.lineshape import (AS_FOLLOWS_ALONE, DIGIT, HARAKAT, SHORT_WORDS, Spellings, goes_on_from_above,
                            goes_on_telling, has_sentence_particle, says_as_follows)
from text.sharedwords import KEY_PUNCTUATION

_OPEN_END = re.compile(r"\s*(?:\.{1,3}|…)?\s*$")
"""How a lead-in without a colon may close: nothing, a full stop, two or three dots, an ellipsis."""
_STOPPED = re.compile(r"(?:\.{1,3}|…)\s*$")
_AS_FOLLOWS_ALONE = Spellings(AS_FOLLOWS_ALONE)
WHAT_FOLLOWS = Spellings(("يلي",))
WHAT = Spellings(("ما", "كما", "فيما", "وفيما", "بما", "وكما"))
""""(ك)ما يلي", "فيما يلي": what follows."""
WHAT_COMES = Spellings(("يأتي",))
AS_WHAT = Spellings(("كما", "فيما", "وفيما", "بما", "وكما"))
""""كما يأتي", "فيما يأتي": what follows; a bare "ما يأتي" may be "what is coming"."""
MANNER = Spellings(("النحو", "الشكل", "الوجه", "الجدول", "الجدولة"))
"""Nouns "the following" qualifies as a manner or a table ("على النحو التالي"); after another noun ("الأيام
التالية", "المرحلة التالية") it tells a time or a step."""
JOINED_MANNER = Spellings(("الترتيب",))
"""A noun of manner only with ب joined ("بالترتيب الآتي": in this order); "في الترتيب التالي" is "next in rank"."""
_JOINED = ("وب", "وك", "و", "ب", "ك", "ف")
MAX_ROW_WORDS = 12
"""A row of a flattened table is this short at most (``text.bodytables.TABLE_ROW_WORDS``)."""
MIN_FIGURE_ROWS = 2
MIN_SHARED_ROWS = 3
"""Rows a colon-less lead-in must have under it: two holding figures, or three sharing a word (short titles of
other stories may share one word two by two, seldom three in a row)."""
_PUNCTUATION = KEY_PUNCTUATION + "-–"


def _manner(word: str) -> bool:
    """Whether ``word`` is one of ``MANNER``, maybe with a joined letter ("بالشكل"), or ``JOINED_MANNER`` with ب."""
    if word in MANNER or any(word.startswith(joined) and word[len(joined):] in MANNER for joined in _JOINED):
        return True
    return any(word.startswith(joined) and word[len(joined):] in JOINED_MANNER for joined in ("ب", "وب"))


def announces_without_colon(text: str) -> bool:
    """Whether a line closes on "as follows" (see the module) with no colon: nothing, a full stop or dots after it;
    one closed by nothing must read as a sentence (going on from the line above, "وجاءت الأسعار كالتالي", or built
    with a particle, "ومن المقرر أن ..."), not stand as a title."""
    plain = HARAKAT.sub("", text).strip()
    tokens = _OPEN_END.sub("", plain).split()
    if not tokens:
        return False
    last = tokens[-1]
    joined = last.startswith("و") and last[1:] in _AS_FOLLOWS_ALONE  # "وكالتالي"
    if not (says_as_follows(last) or joined):
        return False  # a colon closing it too: ``announces_what_follows``'s line
    if not _STOPPED.search(plain) and not (goes_on_from_above(plain) or goes_on_telling(plain)
                                           or has_sentence_particle(" ".join(tokens[:-2]))):
        return False  # "كما" of "كما يلي" aside, a particle builds a sentence ("ومن المقرر أن ...")
    if joined or last in _AS_FOLLOWS_ALONE:
        return True
    if len(tokens) < 2:
        return False
    before = tokens[-2]
    if last in WHAT_FOLLOWS:
        return before in WHAT
    if last in WHAT_COMES:
        return before in AS_WHAT
    return _manner(before)


def _words(text: str) -> set[str]:
    """A row's words that may name what the rows share: letters, not a particle ("في", "من")."""
    words = {token.strip(_PUNCTUATION) for token in HARAKAT.sub("", text).split()}
    return {word for word in words if word and not DIGIT.search(word) and word not in SHORT_WORDS}


def announced_rows(texts: Sequence[str]) -> int:
    """How many of ``texts``, the lines under a colon-less lead-in, are the rows it announces: the longest run from
    the first of them of short lines (``MAX_ROW_WORDS``) each holding a figure (``MIN_FIGURE_ROWS`` or more), or all
    sharing a word (``MIN_SHARED_ROWS`` or more); 0 when neither. A line that is not a row ends them: tags, a footer,
    another story's title."""
    short = 0
    while short < len(texts) and 0 < len(texts[short].split()) <= MAX_ROW_WORDS:
        short += 1
    figured = 0
    while figured < short and DIGIT.search(texts[figured]):
        figured += 1
    shared, common = 0, None
    while shared < short:
        common = _words(texts[shared]) if common is None else common & _words(texts[shared])
        if not common:
            break
        shared += 1
    return max(figured if figured >= MIN_FIGURE_ROWS else 0, shared if shared >= MIN_SHARED_ROWS else 0)
