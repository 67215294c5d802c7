"""Cut long unpunctuated runs into breath groups, for an engine that pauses only at punctuation.

espeak-ng reads a run of words with no comma or full stop in one breath: the
real pages hold runs of 30, 90, even 170 words (one page in four has a run of
over 30), and espeak reads 30 words in about 10 s without a pause. A reader
breathes about every 3 s (breath groups of about 18 syllables in read speech),
and almost always at a phrase boundary. So a run of more than ``max_words``
words between marks is cut into the fewest near-equal groups; each group but
the last that ends with a word gets a comma, so the engine gives it the rising
tune of a clause that goes on, and the edition puts a breath (the sentence
pause) between the groups.

Each cut is placed near its even share of the run, at the best boundary within
a quarter of a group either side, best first:

1. a mark the author wrote that the engine reads without a pause: after a dash
   or any other token without a letter, after a closing bracket or quote,
   before an opening one;
2. before a word opening a clause: a relative pronoun or a subordinating
   conjunction (الذي، التي، حيث، بينما، عندما، كما، ثم، لكن ...), bare or
   after و or ف;
3. before a word joined to the conjunction و or ف that opens a clause (وكان، فقد، ويقول; not فعالا, whose ف
   is its root's);
4. before a preposition (في، من، على، خلال ...);
5. before any other word, and last before a word with the article, which most
   often goes on with the word before it (an idafa, an adjective);

never next to a word of a spelled-out number, with or without و or the
article (ألفين وأربعة وعشرين، الثلاثمئة والعشرة are one number each: their و
is no conjunction), never after a title (الشيخ، الرئيس، الدكتور ...: its name
follows), and never after a word that leans on the next one (a preposition, a
particle such as قد، لم، بأن، إلا or بسبب, a clause opener). A cut
with no allowed boundary in reach is not made: that group is longer.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata

from text.diacritise import strip_diacritics
from text.numbers import ACCUSATIVE, FEMININE, MASCULINE, NOMINATIVE, OBLIQUE, cardinal, ordinal
from text.rules import HONORIFICS

_TOKEN = re.compile(r"\S+")
_ENDS_RUN = re.compile(r"[.!?؟…،؛:,;][\"'”»)\]]*$")
"""A token ending with a clause or sentence mark (and maybe a closing quote) ends a run."""
_OPENS = tuple("(«\"“[")
_CLOSES = tuple(")»\"”]")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_ALEFS = str.maketrans("أإآ", "ااا")

CLAUSE_OPENERS = frozenset({
    "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي",
    "حيث", "بينما", "عندما", "حين", "حينما", "كما", "ثم", "لكن", "اذ", "لان", "فيما", "مما", "حتى",
})
"""Relative pronouns and subordinating conjunctions (alef forms folded to ا): a clause starts at them."""
PREPOSITIONS = frozenset({"في", "من", "على", "الى", "عن", "مع", "منذ", "خلال", "عبر", "نحو", "حول", "بين", "لدى",
                          "عند", "ضد", "بعد", "قبل", "دون", "حتى"})
"""Prepositions standing as words: a phrase starts before one, and never ends with one."""
PARTICLES = frozenset({"ان", "قد", "لا", "لم", "لن", "ما", "او", "و", "ف", "يا", "هل", "سوف", "ال",
                       "بان", "الا", "بسبب", "اضافة"})
"""Particles (and words used as one) that lean on the next word: no breath after one."""
TITLES = frozenset(strip_diacritics(title).translate(_ALEFS) for title in (
    *HONORIFICS, "شيخ", "شيخة", "رئيس", "رئيسة", "ملك", "ملكة", "امير", "اميرة", "سيد", "سيدة", "سمو", "فخامة",
    "معالي", "سعادة", "دولة", "نائب", "وزير", "وزيرة", "د."))
"""Titles set before a name (with or without the article): no breath between a title and its name."""
CONJOINED = frozenset({
    "قد", "لم", "لن", "لا", "ما", "ان", "هو", "هي", "هم", "هذا", "هذه", "ذلك", "تلك", "في", "من", "على", "الى",
    "عن", "مع", "بعد", "قبل", "كان", "كانت", "كانوا", "قال", "قالت", "اكد", "اكدت", "اضاف", "اضافت", "اشار",
    "اشارت", "اعلن", "اعلنت", "اوضح", "اوضحت", "تابع", "تابعت", "بين", "تم", "يجب", "كذلك", "ايضا", "اما", "لكن",
})
"""Words that open a clause after و or ف (وكان، فقد، وهو): the و/ف before them is a conjunction."""
_PREFIXES = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال")
"""The article with the prepositions and conjunctions joined to it (longest first)."""

CONTINUES = "،"
"""Ends every group but the last (unless it ends with a mark): the engine reads it as a clause that goes on
(a rising tune, not the fall of a sentence's end)."""


@functools.cache
def _number_words() -> frozenset[str]:
    """The words of spelled-out numbers (units to billions, cardinal and ordinal, every gender and case), as
    :func:`_bare` gives them."""
    words: set[str] = {"فاصلة", "مائة", "مئة", "بالمئة", "بالمائة"}
    numbers = [*range(0, 101), *range(200, 1000, 100), 1000, 2000, 3000, 10**6, 2 * 10**6, 3 * 10**6, 10**9]
    for n in numbers:
        for gender in (MASCULINE, FEMININE):
            for case in (NOMINATIVE, OBLIQUE, ACCUSATIVE):
                spelled = [cardinal(n, gender=gender, case=case)]
                if 0 < n <= 100:
                    spelled.append(ordinal(n, gender=gender, case=case))
                for text in spelled:
                    words.update(_bare(word) for word in text.split())
    return frozenset(words)


def _folded(word: str) -> str:
    """``word`` undiacritised, alef forms folded (أ إ آ to ا), for comparing with the word lists."""
    return strip_diacritics(word).translate(_ALEFS)


def _bare(word: str) -> str:
    """``word`` folded, without a leading و when more than one letter follows (وعشرين as عشرين)."""
    bare = _folded(word)
    return bare[1:] if bare.startswith("و") and len(bare) > 2 else bare


def _without_article(word: str) -> str:
    """Folded ``word`` without a leading article (ال، لل، بال، وال ...) when three letters or more are left."""
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    return word


def _is_number_word(word: str) -> bool:
    """A word of a spelled-out number, bare or with و and/or the article (الثلاثمئة، والعشرة)."""
    bare = _bare(word)
    return bare in _number_words() or _without_article(_folded(word)) in _number_words()


def _is_title(word: str) -> bool:
    folded = _folded(word)
    return folded in TITLES or _without_article(folded) in TITLES


def _conjoined_clause(word: str) -> bool:
    """``word`` is و or ف joined to a word opening a clause: a known one (وكان، فقد، وهو) or an imperfect
    verb (ويقول، وتشير، ونرى); not a word whose root starts with و/ف (فعالا، فائق، وزير)."""
    folded = _folded(word)
    if folded[:1] not in ("و", "ف"):
        return False
    rest = folded[1:]
    imperfect = rest[:1] in ("ي", "ت", "ن") and 3 <= len(rest) <= 7 and not rest.endswith(("ة", "ات", "ا"))
    return rest in CONJOINED or imperfect


def _opens_clause(word: str) -> bool:
    bare = _folded(word)
    return bare in CLAUSE_OPENERS or (bare[:1] in ("و", "ف") and bare[1:] in CLAUSE_OPENERS)


def _leans_on_the_next(word: str) -> bool:
    """A word that cannot end a phrase: a preposition, a particle, a clause opener (with or without و/ف)."""
    bare = _folded(word)
    stem = bare[1:] if bare[:1] in ("و", "ف") and len(bare) > 1 else bare
    return bool({bare, stem} & (PREPOSITIONS | PARTICLES | CLAUSE_OPENERS))


def _rank(words: list[str], cut: int) -> int:
    """How good a breath is between ``words[cut - 1]`` and ``words[cut]``: 1 best, 6 worst, 9 never."""
    before, after = words[cut - 1], words[cut]
    if _is_number_word(before) or _is_number_word(after) or _leans_on_the_next(before) or _is_title(before):
        return 9
    if not _LETTER_OR_DIGIT.search(before) or before.endswith(_CLOSES) or after.startswith(_OPENS):
        return 1
    if _opens_clause(after):
        return 2
    if _conjoined_clause(after):
        return 3
    if _folded(after) in PREPOSITIONS:
        return 4
    return 6 if _folded(after).startswith(("ال", "لل")) else 5


def _cuts_in_run(words: list[str], first: int, end: int, max_words: int) -> list[int]:
    """Word indexes (each starts a new group) cutting ``words[first:end]`` into breath groups."""
    count = end - first
    groups = math.ceil(count / max_words)
    size = count / groups
    reach = max(1, int(size / 4))
    cuts: list[int] = []
    for number in range(1, groups):
        ideal = first + round(number * size)
        lowest = max((cuts[-1] if cuts else first) + 1, ideal - reach)
        candidates = range(lowest, min(end - 1, ideal + reach) + 1)
        best = min(candidates, key=lambda cut: (_rank(words, cut), abs(cut - ideal), cut), default=None)
        if best is not None and _rank(words, best) < 9:
            cuts.append(best)
    return cuts


def breath_cuts(text: str, max_words: int) -> list[int]:
    """Character offsets in ``text`` where a breath group starts (after the first): inside each run of more
    than ``max_words`` words with no clause or sentence mark between them."""
    if max_words < 2:
        raise ValueError("a breath group needs at least two words")
    tokens = list(_TOKEN.finditer(text))
    words = [token.group() for token in tokens]
    cuts: list[int] = []
    first = 0
    for index, word in enumerate(words):
        if _ENDS_RUN.search(word) or index == len(words) - 1:
            end = index + 1
            if end - first > max_words:
                cuts.extend(_cuts_in_run(words, first, end, max_words))
            first = end
    return [tokens[cut].start() for cut in cuts]


def _ends_with_a_word(text: str) -> bool:
    return unicodedata.category(text[-1])[0] in "LMN"


def breath_groups(text: str, max_words: int | None) -> list[str]:
    """``text`` (stripped) as breath groups; every group but the last that ends with a word gets
    :data:`CONTINUES`. One group, ``text`` itself, when no run is longer than ``max_words`` (or it is None)."""
    text = text.strip()
    if not text:
        return []
    if max_words is None:
        return [text]
    starts = [0, *breath_cuts(text, max_words), len(text)]
    groups = [text[start:end].strip() for start, end in zip(starts, starts[1:])]
    return [group + CONTINUES if index < len(groups) - 1 and _ends_with_a_word(group) else group
            for index, group in enumerate(groups)]
