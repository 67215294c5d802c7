"""A number's separators as its writer meant them, before the verbaliser reads the number.

Writers group thousands and mark decimals in several ways; each number is rewritten in the one form the
verbaliser reads (``1,234,567.89``), so that it is said as a number and never digit by digit:

- the Arabic separators: ٬ (U+066C) groups thousands, ٫ (U+066B) is the decimal point, always;
- commas grouping thousands, also in an odd grouping that only a typo makes: 1000,000 is 1,000,000;
- dots grouping thousands (the European way): 1.000.000, 12.500.000 (two dots or more: no decimal has two
  points), with a decimal comma after them (1.000,5);
- one dot before exactly three digits (37.250, 1.000): a decimal point (3.750 ريال is an exchange rate) unless the
  sentence tells it groups thousands: the three digits are 000 (10.000: no writer gives a decimal so); another
  number of the sentence has two dots or more (1.250.000); the number counts something that is no unit, degree,
  currency or scale (37.250 زائر); or its currency is written whole (1.500 دينار عراقي, ``text.currencies``). It
  stays a decimal point before a percent, a degree or a scale word (12.125%, 41.207 درجة, 1.250 مليار) and in a
  currency of 1000 minor units (2.750 دينار كويتي), whatever the sentence.
A decimal comma with one or two digits (3,5) is left to the verbaliser, which reads it as a decimal.
"""

from __future__ import annotations

import re

from text.currencies import THOUSANDTHS, WHOLE, currency_decimals
from text.grammar import PREPOSITIONS
from text.units import SCALES, UNIT_PATTERN, UNITS

MAX_GROUPED_DIGITS = 30
"""Digits a grouped number may hold and still be regrouped; a longer run is read as it stands."""

_NUMBER = re.compile(r"(?<![\d.,٫٬])\d+(?:[.,٫٬]\d+)+")
"""A run of digits with separators between them."""
_SEPARATOR = re.compile(r"[.,٫٬]")
_NEXT_WORD = re.compile(r"\s*([^\s\d()\[\]«»\"“”'،,؛;:!?؟]+)")
_PREVIOUS_WORD = re.compile(r"(\S+)\s*$")
_PERCENT_OR_DEGREE = re.compile(r"\s*(?:[%‰°℃]|(?:بال|في ال|لل)?(?:مئة|مائة)(?![\u0621-\u064a])|درج)")
"""A percent or a degree after a number: 12.125%, 12.125 بالمئة, 41.207 درجة (an angle's, a temperature's)."""
_UNIT = re.compile(r"\s*" + UNIT_PATTERN + r"(?![\w²³/])")
_UNIT_WORDS = frozenset({form.split()[0] for unit in UNITS.values()
                         for form in (unit.singular, unit.dual, unit.dual_oblique, unit.plural, unit.accusative)}
                        | {"نقطة", "نقاط", "كيلو", "كيلوات"})
"""A unit's words in any form ("كيلوغرامات"), and an index's points: a decimal's usual measures."""
_COUNTS_NOTHING = PREPOSITIONS | {"و", "أو", "او", "ثم", "فقط", "تقريبا", "تقريبًا", "أيضا", "أيضًا", "هو", "هي",
                                  "وهو", "وهي", "كما", "بينما", "مقارنة", "لكل", "لكن", "ما", "أي"}
"""Words after a number that are not what it counts."""
_DIRECTION = re.compile(r"(?:شمال|جنوب|شرق|غرب)(?:ا|اً|ًا)?")
"""A coordinate's direction after it (29.418 شمالا): a decimal's."""
_COORDINATE = re.compile(r"(?:خط|دائرة|خطي)\s+(?:عرض|طول)\s*$")


def normal_separators(text: str) -> str:
    """``text`` (ASCII digits) with each number's separators in the verbaliser's form: 1,234,567.89."""
    numbers = list(_NUMBER.finditer(text))
    if not numbers:
        return text.replace("٬", ",").replace("٫", ".")
    # A number grouped with two dots or more tells how the sentence writes the others (2.418.300 ... 975.140).
    grouped_by_dots = any(_dots_group_thousands(match) for match in numbers)
    pieces, last = [], 0
    for match in numbers:
        pieces += [text[last:match.start()], _rewritten(match, grouped_by_dots)]
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces).replace("٬", ",").replace("٫", ".")


def _rewritten(match: re.Match[str], grouped_by_dots: bool) -> str:
    number = match.group(0)
    groups, separators = _SEPARATOR.split(number), _SEPARATOR.findall(number)
    if separators[-1] in "٫." and len(separators) > 1 and set(separators[:-1]) <= {",", "٬"}:
        # A decimal point after thousands grouped with commas: 1,000,000.5, a typo's 1000,000.5, 1٬000٫5.
        return _grouped(groups[:-1]) + "." + groups[-1] if _thousands(groups[:-1]) else number
    if separators == ["٫"]:
        return number  # the Arabic decimal point alone: 3٫5, 2٫500
    kinds = set(separators) - {"٬"}
    if kinds <= {","} and _thousands(groups):
        return _grouped(groups)  # 1,000,000 and 1٬000٬000; 1000,000 is a typo's grouping
    if kinds == {"."} and _thousands(groups) and (len(groups) > 2 or _single_dot_groups(match, grouped_by_dots)):
        return _grouped(groups)  # 1.000.000, 37.250 زائر
    if (separators[-1] == "," and set(separators[:-1]) == {"."} and _thousands(groups[:-1])
            and len(groups[-1]) <= 2):
        return _grouped(groups[:-1]) + "." + groups[-1]  # 1.000,5: dots group, the comma is the decimal point
    return number


def _thousands(groups: list[str]) -> bool:
    """Whether the digit groups read as one number grouped in thousands: three digits in every group after the
    first, which holds one to three digits (or more, as in a typo's 1000,000; never a leading zero)."""
    return (len(groups) > 1 and all(len(group) == 3 for group in groups[1:])
            and not (groups[0].startswith("0") and len(groups[0]) > 1) and groups[0] != "0")


def _grouped(groups: list[str]) -> str:
    digits = "".join(groups)
    if len(digits) > MAX_GROUPED_DIGITS:
        return digits  # no amount a listener hears as one number; also past int()'s 4300-digit limit
    return f"{int(digits):,}"


def _dots_group_thousands(match: re.Match[str]) -> bool:
    """Whether the number groups thousands with two dots or more, each group after the first of three digits
    (1.250.000; not a date's 22.09.2024 nor a version's 16.5.1)."""
    groups, separators = _SEPARATOR.split(match.group(0)), _SEPARATOR.findall(match.group(0))
    return set(separators) == {"."} and len(groups) > 2 and _thousands(groups) and len(groups[0]) <= 3


def _single_dot_groups(match: re.Match[str], grouped_by_dots: bool) -> bool:
    """Whether the one dot before three digits (37.250) groups thousands (see the module's docstring);
    ``grouped_by_dots``: another number of the sentence has two dots or more."""
    groups, separators = _SEPARATOR.split(match.group(0)), _SEPARATOR.findall(match.group(0))
    if separators != ["."] or not _thousands(groups) or len(groups[0]) > 3:
        return False
    after = match.string[match.end():]
    following = _next_word(match)
    previous = _PREVIOUS_WORD.search(match.string[max(0, match.start() - 20):match.start()])
    currency = currency_decimals(after, previous.group(1) if previous is not None else "")
    if (following in SCALES or currency == THOUSANDTHS or _PERCENT_OR_DEGREE.match(after)
            or _DIRECTION.fullmatch(following) or _COORDINATE.search(match.string, 0, match.start())):
        return False
    if currency == WHOLE or groups[1] == "000" or grouped_by_dots:
        return True
    return currency is None and _counts_something(following) and not _UNIT.match(after)


def _counts_something(word: str) -> bool:
    """Whether the word after a number may be what it counts: an Arabic word, no unit's, not one that counts nothing,
    nor definite (a counted noun has no article: 37.250 زائر, not 3.750 الشهر الماضي)."""
    return (bool(re.fullmatch(r"[\u0621-\u064a\u064b-\u0652]+", word)) and word not in _COUNTS_NOTHING
            and word not in _UNIT_WORDS and not word.startswith(("ال", "وال", "بال", "لل", "فال", "كال")))


def _next_word(match: re.Match[str]) -> str:
    following = _NEXT_WORD.match(match.string, match.end())
    return following.group(1).rstrip(".") if following is not None else ""
