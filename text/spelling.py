"""One spelling for a whole-line furniture rule to match, whatever the page typed.

Arabic pages write the same widget's words many ways: the hamza on its seat or not ("إنشر" / "انشر", "الإجتماعي" /
"الاجتماعي"), a final ى for ي ("الى"), ه for ة ("مشاركه"), harakat and tatweel, Persian letters from a Persian
keyboard ("ک", "ی"), Eastern digits. A rule written with one spelling misses the others, and a missed widget is read
aloud, or even taken for the title. ``text.rules._words`` builds loose patterns for the word lists it is given, but
many rules name their words as written. Here the line and the rule are both folded to one spelling
(``fold_line``, ``folded_pattern``) and the rule is tried again on the folded line when it missed the line as
written: a rule only ever gains the spellings of what it already names, never other words.

Folding is letter for letter in a pattern (its length and its lookbehinds stay as they are) and never touches case: a
rule that reads Latin letters in one case (a template's "post-title") keeps reading them so. A character range's ends
are folded too: "[آ-ا]" (any alef) becomes "[ا-ا]", which is what a folded line holds; a range from or to another
letter the fold changes would lose the letters between (a "[آ-ي]" folded to "[ا-ي]" loses ء), so no rule writes one
(tests/text/test_any_spelling.py checks every folded pattern).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from text.clean import DIACRITICS, FOLD, WESTERN_DIGITS

PERSIAN_LETTERS = {"ک": "ك", "ڪ": "ك", "ی": "ي", "ې": "ي", "ے": "ي", "ہ": "ه", "ھ": "ه", "ۀ": "ه", "ٱ": "ا"}
"""Letters of a Persian or Urdu keyboard (and the alef wasla) typed for the Arabic ones they look like."""
KEYBOARD_FOLD = {**str.maketrans(PERSIAN_LETTERS), **WESTERN_DIGITS}
"""The characters of another keyboard as the Arabic page's own: Persian letters as Arabic ones, Eastern digits as
Western ones. The Arabic spelling itself (hamza seats, ى, ة) stays."""
LETTER_FOLD = {**FOLD, **KEYBOARD_FOLD}
"""Every letter and digit folded to one form, one character for one: hamza seats to their bare letter, ى to ي, ة to
ه, Persian letters to Arabic ones, Eastern digits to Western ones."""
FOLDED_LINES = 4096
"""Lines whose folded form is kept: every rule asks for the same line in turn."""


@lru_cache(maxsize=FOLDED_LINES)
def fold_line(line: str) -> str:
    """``line`` in one spelling: harakat, the dagger alif and tatweel off, letters and digits folded (``LETTER_FOLD``).
    Case is kept."""
    return DIACRITICS.sub("", line).translate(LETTER_FOLD)


def fold_keyboard(line: str) -> str:
    """``line`` with another keyboard's letters and digits as the Arabic page's own (``KEYBOARD_FOLD``), letter for
    letter: where a rule reads the line's own spelling (a verb's hamza), a Persian "ک" still reads as "ك"."""
    return line.translate(KEYBOARD_FOLD)


def fold_letters(line: str) -> str:
    """``line`` with its letters and digits folded (``LETTER_FOLD``) and nothing taken out: each character stands
    where it stood, so a match's places and groups read the line as written."""
    return line.translate(LETTER_FOLD)


def fold_word(word: str) -> str:
    """A word of a list as a line's folded word is compared with it: ``fold_line`` and case folded."""
    return fold_line(word).casefold()


_FOLDED_PATTERNS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}
"""Each rule's pattern (by identity: hashing a compiled pattern reads all its code) with its folded form. Bounded
because every pattern handed to ``folded_pattern`` is a module's constant, built at import: a pattern compiled per
call would add an entry each time (and its id could be reused), so none may be."""


def folded_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with the letters it names folded as ``fold_line`` folds a line's, the same flags. Harakat written in
    a pattern are left alone (a pattern may hold them as a class's range: "[\u064b-\u0652]*"); the folded line holds
    none, so they match nothing or stand optional. Compiled once per pattern, on its first miss."""
    known = _FOLDED_PATTERNS.get(id(pattern))
    if known is None or known[0] is not pattern:
        source = _simpler(pattern.pattern.translate(LETTER_FOLD))
        known = (pattern, pattern if source == pattern.pattern else re.compile(source, pattern.flags))
        _FOLDED_PATTERNS[id(pattern)] = known
    return known[1]


_NOTHING_ON_A_FOLDED_LINE = (
    ("[\u064b-\u0652]*", ""),  # harakat, which the folded line has none of ("[ً-ْ]*" after each letter, ``_fuzzy``)
    ("(?![وي])[ا-ا]", "ا"),  # any alef but the hamza's other seats ("(?![ؤئ])[آ-ا]", folded), where one alef is left
    ("[هه]", "ه"), ("[يي]", "ي"))  # ta marbuta or ha, alef maqsura or ya, folded
"""Parts of a folded pattern that say, on a folded line, what less says: taken out, the pattern compiles faster
(a rule's words are spelt out letter by letter with each variant, ``text.rules._words``)."""


def _simpler(source: str) -> str:
    """A folded pattern's ``source`` without the parts a folded line makes moot (``_NOTHING_ON_A_FOLDED_LINE``)."""
    for part, simpler in _NOTHING_ON_A_FOLDED_LINE:
        source = source.replace(part, simpler)
    return source


def match_any_spelling(pattern: re.Pattern[str], line: str) -> re.Match[str] | None:
    """``pattern`` searched in ``line`` as written, else folded letter for letter (``fold_letters``): the match's
    places are the written line's (read its groups as ``line[match.start(group):match.end(group)]``). For a rule that
    reads the parts it matched; harakat stay, as the rule's own pattern allows them or not."""
    found = pattern.search(line)
    if found is not None:
        return found
    folded, loose = fold_letters(line), folded_pattern(pattern)
    return loose.search(folded) if folded != line or loose is not pattern else None


def search_any_spelling(pattern: re.Pattern[str], line: str) -> bool:
    """Whether ``pattern`` finds ``line`` as written or, folded, the folded line (see the module docstring)."""
    if pattern.search(line):
        return True
    folded, loose = fold_line(line), folded_pattern(pattern)
    return (folded != line or loose is not pattern) and loose.search(folded) is not None


class AnySpelling(frozenset):
    """A set of names or phrases that knows each of them in any spelling (``fold_word``): "الجزيره", "الجزيرة" and
    "الجزیرة" are one site's name. It holds the phrases as written and folded; asking folds the question."""

    __slots__ = ()

    def __new__(cls, phrases: Iterable[str]) -> AnySpelling:
        phrases = tuple(phrases)
        return super().__new__(cls, (*phrases, *map(fold_word, phrases)))

    def __contains__(self, phrase: object) -> bool:
        return isinstance(phrase, str) and (super().__contains__(phrase) or super().__contains__(fold_word(phrase)))
