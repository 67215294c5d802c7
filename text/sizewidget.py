"""A text-size widget's line: furniture wherever it stands, never a title.

Sites print their font-size buttons as one letter shown at several sizes, with signs between or after:
"A+ A A-", "A A", "أ أ أ", "ت + ت – الحجم الطبيعي", "حجم الخط: ع+ ع-". Told by shape, not wording: two or more
tokens that are one letter (a sign may cling to it), all of them the same letter (the widget repeats its sample
letter; an abbreviation "د ب أ" or a quiz's choices "أ ب ج" spell different ones), no sign or both a bigger and a
smaller one (the widget's two buttons; a formula "س + س" or "ص – ص" works one way), the rest at most a few words
with no digit ("الحجم الطبيعي", "حجم الخط"), so a sentence never matches.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

SIZE_SIGNS = "+-–—−±|/:："
"""The signs a size widget prints between or on its letters (bigger, smaller, a bar between buttons)."""

MAX_WIDGET_WORDS = 3
"""At most this many words beside the letters: the widget's label or its reset button ("الحجم الطبيعي")."""

MIN_SAMPLE_LETTERS = 2
"""The widget shows its sample letter at least twice (bigger and smaller)."""

BIGGER = "+±"
"""The sign of the widget's "bigger" button."""

SMALLER = "-–—−±"
"""The signs of its "smaller" button (a hyphen, a dash or the minus sign)."""

_ONE_LETTER = re.compile(r"^[+\-–—−±]?([A-Za-z\u0621-\u063a\u0641-\u064a])[+\-–—−±]?$")
_SIGNS_ONLY = re.compile(rf"^[{re.escape(SIZE_SIGNS)}]+$")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class SizeWidgetRule:
    """Matches a text-size widget's line (see the module docstring); same interface as ``text.rules.LineRule``."""

    reason: str = "text size widget"

    def matches(self, line: str) -> bool:
        """Whether ``line`` is a size widget: one sample letter repeated, its two buttons' signs or none, and a few
        words at most."""
        letters: Counter[str] = Counter()
        words = 0
        for token in line.split():
            letter = _ONE_LETTER.match(token)
            if letter:
                letters[letter.group(1).casefold()] += 1
            elif not _SIGNS_ONLY.match(token):
                if _DIGIT.search(token):
                    return False
                words += 1
        if sum(letters.values()) < MIN_SAMPLE_LETTERS or words > MAX_WIDGET_WORDS:
            return False
        signs = set(line) & set(BIGGER + SMALLER)
        both = not signs or bool(signs & set(BIGGER)) and bool(signs & set(SMALLER))
        return len(letters) == 1 and both
