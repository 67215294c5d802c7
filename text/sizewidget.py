"""A text-size widget's line: furniture wherever it stands, never a title.

Sites print their font-size buttons as one sample letter shown at several sizes, with signs on or beside it:
"A+ A A-", "ت + ت – الحجم الطبيعي", "حجم الخط: ع+ ع-", "ت ت ت الخط الطبيعي". Told by a narrow shape: two or more
tokens that are one sample letter sites use ("A", "أ", "ا", "ع", "ت"; a blood group "O+ O-", a formula "س - س + س" or
a poem's "ن ن ن" spell others), all the same letter; the widget's two buttons, a bigger "+" and a smaller "-" sign
on the letters or standing right beside them (a "/" or ":" between letters is a ratio, a division); and any other word
on the line is at most a few, one of them a size word ("حجم", "الخط", "الطبيعي"; "فصيلة A+ A-" names a blood type).
Letters with no sign at all are a widget only with a size word. Right under a line announcing what follows with a
colon, such a line is the article's (``text.bodyfind``: a grading scale "A+ A A-" under "... على النحو التالي:").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

BIGGER = "+"
"""The sign of the widget's "bigger" button."""

SMALLER = "-–—−"
"""The signs of its "smaller" button (a hyphen, a dash or the minus sign)."""

SIZE_SIGNS = BIGGER + SMALLER
"""The only signs a size widget prints on or beside its letters."""

SAMPLE_LETTERS = "Aaأاعت"
"""The letters sites show at several sizes (Latin "A", Arabic alif, ain, ta)."""

SIZE_WORDS = frozenset(("حجم", "الحجم", "الخط", "خط", "النص", "تكبير", "تصغير", "الطبيعي", "العادي", "الافتراضي",
                        "ضبط", "font", "size", "text", "reset"))
"""Words naming the text's size or the widget's reset button: the label any other word beside the letters needs."""

SIZE_WIDGET_REASON = "text size widget"
"""The reason the widget's line is dropped."""

MAX_WIDGET_WORDS = 3
"""At most this many words beside the letters: the widget's label or its reset button ("الحجم الطبيعي")."""

MIN_SAMPLE_LETTERS = 2
"""The widget shows its sample letter at least twice (bigger and smaller)."""

_SIGN = f"[{re.escape(SIZE_SIGNS)}]"
_LETTER_TOKEN = re.compile(rf"^({_SIGN}?)([{SAMPLE_LETTERS}])({_SIGN}?)$")
_SIGN_TOKEN = re.compile(rf"^{_SIGN}$")
_WORD_MARKS = ":：.،,"
_DIGIT = re.compile(r"\d")


def _signs_on_letters(tokens: list[str]) -> set[str]:
    """The signs on the sample-letter tokens or standing alone right beside one ("ت + ت –"); a hyphen inside a word
    elsewhere on the line is none of the widget's."""
    letter = [bool(_LETTER_TOKEN.match(token)) for token in tokens]
    signs: set[str] = set()
    for index, token in enumerate(tokens):
        match = _LETTER_TOKEN.match(token)
        if match:
            signs.update(match.group(1) + match.group(3))
        elif _SIGN_TOKEN.match(token) and (index > 0 and letter[index - 1]
                                           or index + 1 < len(tokens) and letter[index + 1]):
            signs.add(token)
    return signs


@dataclass(frozen=True)
class SizeWidgetRule:
    """Matches a text-size widget's line (see the module docstring); same interface as ``text.rules.LineRule``."""

    reason: str = SIZE_WIDGET_REASON

    def matches(self, line: str) -> bool:
        """Whether ``line`` is a size widget: one sample letter repeated, its two buttons' signs (or none beside a
        size word), and a few other words at most, a size word among them."""
        tokens = line.split()
        letters: Counter[str] = Counter()
        words: list[str] = []
        for token in tokens:
            letter = _LETTER_TOKEN.match(token)
            if letter:
                letters[letter.group(2).casefold()] += 1
            elif not _SIGN_TOKEN.match(token):
                if _DIGIT.search(token):
                    return False
                words.append(token.strip(_WORD_MARKS).casefold())
        if len(letters) != 1 or sum(letters.values()) < MIN_SAMPLE_LETTERS or len(words) > MAX_WIDGET_WORDS:
            return False
        labelled = any(word in SIZE_WORDS for word in words)
        if words and not labelled:
            return False
        signs = _signs_on_letters(tokens)
        both = bool(signs & set(BIGGER)) and bool(signs & set(SMALLER))
        return both or not signs and labelled
