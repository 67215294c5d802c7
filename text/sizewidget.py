"""A text-size widget's line: furniture wherever it stands, never a title.

Sites print their font-size buttons as one sample letter shown at several sizes, with signs on or beside it, and
a label or a reset button naming the size: "حجم الخط A+ A-", "ت + ت – الحجم الطبيعي", "حجم الخط: ع+ ع-",
"ت ت ت الخط الطبيعي". Told by a narrow shape: two or more tokens that are one sample letter sites use ("A", "أ",
"ا", "ع", "ت"), all the same letter; the widget's two buttons, a bigger "+" and a smaller "-" sign on the letters or
standing right beside them (a "/" or ":" between letters is a ratio, a division), or no sign at all; and a few other
words at most, a size word among them ("حجم", "الخط", "الطبيعي"). Letters and signs alone ("A- A+", "O- O+",
"أ+ أ-") are not enough, wherever they stand: a list of blood groups, a grading scale, a tutorial's buttons print
them too (s20 review2_headfurn H1, M1); a widget with no size word is left to its place on the page.
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
"""Words naming the text's size or the widget's reset button: the label a widget's line always holds."""

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
        """Whether ``line`` is a size widget: one sample letter repeated, its two buttons' signs or none, and a few
        other words at most, a size word always among them."""
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
        if not any(word in SIZE_WORDS for word in words):
            return False
        signs = _signs_on_letters(tokens)
        return not signs or bool(signs & set(BIGGER)) and bool(signs & set(SMALLER))
