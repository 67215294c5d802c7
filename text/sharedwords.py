"""The words two lines share, for the body finder (``text.bodyfind``) to tell whether a line speaks of the article:
a line's keys (words of four letters or more without the article or a joined و/ف/ب), its figures, the article's
keys, and the words any page shares with any article by chance."""

from __future__ import annotations

import re
from functools import cache

from text.clean import WESTERN_DIGITS
from text.lineshape import HARAKAT, NUMBER_TOKEN
from text.rules import DATELINE_CITIES, MONTHS, WEEKDAYS
from text.scoredline import LineScore

CUT_LINE_WORDS = 3
CUT_LINE_SHARED = 2
"""A page's last line (cut short) whose first word does not go on from the article joins it with this many
words, this many of them shared with the article (a teaser of another story shares one, the place)."""


_COMMON_WORDS = (
    "اليوم", "أمس", "غدا", "الليلة", "الآن", "الأسبوع", "الشهر", "العام", "مساء", "صباح", *WEEKDAYS, *MONTHS,
    *DATELINE_CITIES, "خلال", "الذي", "التي", "الذين", "اللذين", "هناك", "حيث", "كانت", "يكون", "تكون", "العمل",
    "أكثر", "أخرى", "آخر", "جديد", "جديدة", "عدد", "أول", "الأول", "الأولى", "حتى", "بين", "إلى", "على", "عن")
"""Words a page's widget shares with any article by chance, left out of ``_block_speaks_of_the_article``'s test:
time words ("طقس اليوم", "أسعار العملات اليوم" over a lead that says "اليوم الاثنين"), weekdays and months, the
capitals a dateline and a weather table both name, and the commonest words of four letters ("خلال", "الذي",
"العمل")."""


@cache
def common_keys() -> frozenset[str]:
    """``_COMMON_WORDS`` as ``word_keys`` gives them (the article and a joined و/ف/ب taken off), worked out once."""
    return frozenset(word_keys(" ".join(_COMMON_WORDS)))


def article_keys(article: tuple[LineScore, ...]) -> set[str]:
    return set().union(*(word_keys(line.text) for line in article))


def word_keys(text: str) -> set[str]:
    """Words of four letters or more, without the article or a joined و/ف/ب: enough to tell two lines share a
    word."""
    return word_stems(text, letters=4)


def key_figures(text: str) -> set[str]:
    """The line's figures of ``MIN_KEY_DIGITS`` digits or more, in Western digits ("27", "2024"): a minute, a tally or
    a year a table's row and the article's prose both give; one digit is any count's."""
    return {figure.translate(WESTERN_DIGITS) for figure in NUMBER_TOKEN.findall(text)
            if len(figure) >= MIN_KEY_DIGITS}


MIN_KEY_DIGITS = 2

KEY_PUNCTUATION = ".,،؛:!؟?\"'«»()"


def word_stems(text: str, *, letters: int, strip: str = KEY_PUNCTUATION) -> set[str]:
    """The line's words of ``letters`` letters or more once the article or a joined و/ف/ب is taken off them."""
    stems = set()
    for token in HARAKAT.sub("", text).split():
        word = re.sub(rf"^(?:[وفب]?ال|[وفب])(?=\w{{{letters}}})", "", token.strip(strip))
        if len(word) >= letters:
            stems.add(word)
    return stems
