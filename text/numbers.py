"""Arabic number words: cardinals, ordinals, decimals and counted nouns.

Written here because num2words 0.5.14 gets Arabic wrong (3.5 -> "ثلاثة ,
خمسون", 200 -> "مئتا" standing alone, dollars read as riyals).

Grammar handled:
- Case: ``NOMINATIVE`` (اثنان، عشرون، مئتان), ``OBLIQUE`` (the genitive:
  اثنين، عشرين، مئتين) or ``ACCUSATIVE`` (as oblique, and the unit of 21-99 and
  a number standing alone take the tanween alif: خمسًا وعشرين، ألفًا، واحدًا).
- Gender agreement with the counted noun: ``gender`` is the gender of the
  thing counted. 1 and 2 agree (واحد/واحدة، اثنان/اثنتان), 3-10 take the
  opposite form (ثلاثة رجال، ثلاث نساء), 11-19 agree in both parts as
  Arabic requires (ثلاثة عشر رجلا، ثلاث عشرة امرأة). Only the last group
  agrees with the noun: thousands, millions and billions are masculine nouns
  (ثلاثة آلاف، ثلاثة ملايين).
- Scale words take the counted-noun form: ألف، ألفان، ثلاثة آلاف، أحد عشر
  ألفًا، مئة ألف، مئتا ألف؛ 101,000 is read مئة ألف وألف.
- ``construct``: 200 right before its noun is مئتا/مئتي (مئتا دولار),
  standing alone مئتان/مئتين; a counted noun that itself governs a noun loses
  its dual ن and tanween (مليونا لاجئ، أحد عشر مليون دولار).
- Common fractions (ثلث، ثلثا، ثلاثة أرباع) and decimals (فاصلة).

Not handled: short-vowel case endings (left to the diacritiser), and the
classical order for the units before the tens in dates (ثلاث وثلاثين وثلاثمئة).
"""

from __future__ import annotations

from dataclasses import dataclass

NOMINATIVE = "nominative"
OBLIQUE = "oblique"
"""Genitive; also the accusative's form except where ACCUSATIVE adds a tanween alif."""
ACCUSATIVE = "accusative"
"""Like OBLIQUE (اثنين، عشرين) and the unit of 21-99 takes its alif (خمسًا وعشرين)."""
_CASES = (NOMINATIVE, OBLIQUE, ACCUSATIVE)
MASCULINE = "masculine"
FEMININE = "feminine"

DIGIT_WORDS = ("صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة")

# Units for a masculine counted noun (3-10 in the "feminine-looking" form) and a feminine one.
_UNITS_M = ("", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة")
_UNITS_F = ("", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر")
_TENS = ("", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون")
_TENS_OBLIQUE = ("", "", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين")
_HUNDREDS = ("", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة")

ORDINALS_M = ("", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
              "العاشر")
"""The masculine ordinals "first" to "tenth" (index 1-10), with the definite article."""
ORDINALS_F = ("", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
              "التاسعة", "العاشرة")
"""The feminine ordinals "first" to "tenth" (index 1-10), with the definite article."""


@dataclass(frozen=True)
class CountedNoun:
    """The forms a noun takes after a number: 1, 2 (two cases), 3-10, 11-99, and 100s/1000s."""

    singular: str
    dual: str
    dual_oblique: str
    plural: str
    accusative: str
    gender: str = MASCULINE


THOUSAND = CountedNoun("ألف", "ألفان", "ألفين", "آلاف", "ألفًا")
MILLION = CountedNoun("مليون", "مليونان", "مليونين", "ملايين", "مليونًا")
BILLION = CountedNoun("مليار", "ملياران", "مليارين", "مليارات", "مليارًا")
TRILLION = CountedNoun("تريليون", "تريليونان", "تريليونين", "تريليونات", "تريليونًا")
_SCALES = ((10**12, TRILLION), (10**9, BILLION), (10**6, MILLION), (10**3, THOUSAND))
MAX_NUMBER = 10**15 - 1


def _check(case: str, gender: str) -> None:
    if case not in _CASES:
        raise ValueError(f"unknown case {case!r}")
    if gender not in (MASCULINE, FEMININE):
        raise ValueError(f"unknown gender {gender!r}")


def _unit(n: int, gender: str, case: str) -> str:
    """1-10 agreeing with a noun of ``gender``."""
    if n == 2:
        if gender == FEMININE:
            return "اثنتان" if case == NOMINATIVE else "اثنتين"
        return "اثنان" if case == NOMINATIVE else "اثنين"
    return (_UNITS_F if gender == FEMININE else _UNITS_M)[n]


def _teen(n: int, gender: str, case: str) -> str:
    """11-19: both parts agree with the noun (12 also takes case)."""
    unit = n - 10
    if gender == FEMININE:
        if unit == 1:
            return "إحدى عشرة"
        if unit == 2:
            return "اثنتا عشرة" if case == NOMINATIVE else "اثنتي عشرة"
        return f"{_UNITS_F[unit]} عشرة"
    if unit == 1:
        return "أحد عشر"
    if unit == 2:
        return "اثنا عشر" if case == NOMINATIVE else "اثني عشر"
    return f"{_UNITS_M[unit]} عشر"


def _below_hundred(n: int, gender: str, case: str) -> str:
    if n <= 10:
        return _unit(n, gender, case)
    if n < 20:
        return _teen(n, gender, case)
    tens = (_TENS if case == NOMINATIVE else _TENS_OBLIQUE)[n // 10]
    unit = n % 10
    if not unit:
        return tens
    first = "إحدى" if unit == 1 and gender == FEMININE else _unit(unit, gender, case)
    if case == ACCUSATIVE and not first.endswith(("ة", "ى", "ين")):
        first += "\u064bا"  # خمسًا وعشرين، واحدًا وثلاثين
    return f"{first} و{tens}"


def _below_thousand(n: int, gender: str, case: str, construct: bool) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds == 2:
        if rest == 0 and construct:
            words.append("مئتا" if case == NOMINATIVE else "مئتي")
        else:
            words.append("مئتان" if case == NOMINATIVE else "مئتين")
    elif hundreds:
        words.append(_HUNDREDS[hundreds])
    if rest:
        words.append(_below_hundred(rest, gender, case))
    return " و".join(words)


def counted(n: int, noun: CountedNoun, *, case: str = NOMINATIVE, construct: bool = False) -> str:
    """``n`` followed by ``noun`` in the form Arabic requires: دولار واحد، دولاران،
    ثلاثة دولارات، أحد عشر دولارًا، مئة دولار، مئتا دولار.

    ``construct``: the noun is itself followed by what it counts (مليون دولار), so the dual
    loses its ن (مليونا دولار) and after 11-99 the noun has no tanween (أحد عشر مليون دولار)."""
    _check(case, noun.gender)
    if n < 0 or n > MAX_NUMBER:
        raise ValueError(f"{n} is out of range")
    if n == 0:
        return f"صفر {noun.singular}"
    if n == 1:
        one = "واحدة" if noun.gender == FEMININE else "واحد"
        return f"{noun.singular} {one}"
    if n == 2:
        dual = noun.dual if case == NOMINATIVE else noun.dual_oblique
        return _construct_dual(dual) if construct else dual
    last_two = n % 100
    if n >= 100 and last_two in (1, 2):
        # 101 dollars: "مئة دولار ودولار"; 102: "مئة دولار ودولاران".
        tail = noun.singular if last_two == 1 else counted(2, noun, case=case, construct=construct)
        return f"{counted(n - last_two, noun, case=case)} و{tail}"
    words = cardinal(n, gender=noun.gender, case=case, construct=last_two == 0)
    if 3 <= last_two <= 10:
        return f"{words} {noun.plural}"
    if last_two >= 11:
        return f"{words} {noun.singular if construct else noun.accusative}"
    return f"{words} {noun.singular}"


def _construct_dual(dual: str) -> str:
    """مليونان -> مليونا، درجتين مئويتين -> درجتي مئويتين: only the noun itself loses its ن."""
    head, _, tail = dual.partition(" ")
    return (head[:-1] + (" " + tail if tail else "")) if head.endswith("ن") else dual


_ACCUSATIVE_ALONE = {1: "واحدًا", 1000: "ألفًا", 10**6: "مليونًا", 10**9: "مليارًا", 10**12: "تريليونًا"}
"""Numbers standing alone in the accusative that take the tanween alif."""


def cardinal(n: int, *, gender: str = MASCULINE, case: str = NOMINATIVE, construct: bool = False) -> str:
    """The cardinal number ``n`` (0 to 10**15 - 1) in words."""
    _check(case, gender)
    if n < 0 or n > MAX_NUMBER:
        raise ValueError(f"{n} is out of range")
    if n == 0:
        return "صفر"
    if case == ACCUSATIVE and not construct and n in _ACCUSATIVE_ALONE:
        return _ACCUSATIVE_ALONE[n]  # بلغ 1000 -> بلغ ألفًا
    words = []
    rest = n
    for size, noun in _SCALES:
        count, rest = divmod(rest, size)
        if count == 1:
            words.append(noun.accusative if case == ACCUSATIVE and rest else noun.singular)  # ألفًا ومئتين
        elif count == 2 and construct and rest == 0:
            words.append((noun.dual if case == NOMINATIVE else noun.dual_oblique)[:-1])  # ألفا دولار
        elif count:
            words.append(counted(count, noun, case=case))
    if rest:
        words.append(_below_thousand(rest, gender, case, construct))
    return " و".join(words)


def ordinal(n: int, *, gender: str = MASCULINE, case: str = NOMINATIVE) -> str:
    """Definite ordinal: الأول، الثالثة، الحادي عشر، الحادية والعشرون; from 100 on the
    definite cardinal (المئة، المئة والخامس is not used in news)."""
    _check(case, gender)
    if n < 1:
        raise ValueError(f"no ordinal for {n}")
    if n >= 100:
        return definite(n, case=case)
    table = ORDINALS_F if gender == FEMININE else ORDINALS_M
    if n <= 10:
        return table[n]
    unit, tens = n % 10, n // 10
    first = ("الحادية" if gender == FEMININE else "الحادي") if unit == 1 else table[unit]
    if tens == 1:
        return f"{first} {'عشرة' if gender == FEMININE else 'عشر'}"
    tens_word = "ال" + (_TENS if case == NOMINATIVE else _TENS_OBLIQUE)[tens]
    return f"{first} و{tens_word}" if unit else tens_word


def definite(n: int, *, gender: str = MASCULINE, case: str = OBLIQUE) -> str:
    """The cardinal with the article on each part: الخمسة والعشرين (for "الـ25")."""
    parts = cardinal(n, gender=gender, case=case).split(" و")
    result = []
    for part in parts:
        head, _, tail = part.partition(" ")
        if not head.startswith("ال"):
            head = "ال" + head
        result.append(f"{head} {tail}".strip())
    return " و".join(result)


def digits(text: str) -> str:
    """Each digit of ``text`` as a word: "010" -> "صفر واحد صفر"."""
    return " ".join(DIGIT_WORDS[int(char)] for char in text if char.isdigit())


MAX_FRACTION_DIGITS = 3


def decimal(whole: int, fraction: str, *, case: str = NOMINATIVE) -> str:
    """1.7 -> واحد فاصلة سبعة; 0.05 -> صفر فاصلة صفر خمسة; 2.25 -> اثنان فاصلة خمسة وعشرون;
    more than three decimals are read digit by digit."""
    if not fraction.isdigit():
        raise ValueError(f"bad decimal fraction {fraction!r}")
    if len(fraction) > MAX_FRACTION_DIGITS:
        return f"{cardinal(whole, case=_spoken_case(case))} فاصلة {digits(fraction)}"  # 3.14159: digit by digit
    zeros = len(fraction) - len(fraction.lstrip("0"))
    rest = fraction.lstrip("0")
    spoken = ["صفر"] * zeros
    if rest:
        spoken.append(cardinal(int(rest), case=_spoken_case(case)))
    return f"{cardinal(whole, case=_spoken_case(case))} فاصلة {' '.join(spoken)}"


def _spoken_case(case: str) -> str:
    """A decimal is said with the case of its duals and tens (اثنين فاصلة خمسة) but without the
    accusative's tanween alif on its whole part: newsreaders say واحد فاصلة خمسة."""
    return OBLIQUE if case == ACCUSATIVE else case


_FRACTIONS = {
    2: ("نصف", "نصفان", "نصفين", "أنصاف"), 3: ("ثلث", "ثلثان", "ثلثين", "أثلاث"),
    4: ("ربع", "ربعان", "ربعين", "أرباع"), 5: ("خمس", "خمسان", "خمسين", "أخماس"),
    6: ("سدس", "سدسان", "سدسين", "أسداس"), 7: ("سبع", "سبعان", "سبعين", "أسباع"),
    8: ("ثمن", "ثمنان", "ثمنين", "أثمان"), 9: ("تسع", "تسعان", "تسعين", "أتساع"),
    10: ("عشر", "عشران", "عشرين", "أعشار"),
}


def fraction(numerator: int, denominator: int, *, case: str = NOMINATIVE, construct: bool = False) -> str:
    """A common fraction: 1/3 ثلث، 2/3 ثلثان (ثلثا before a noun), 3/4 ثلاثة أرباع; other
    denominators are read "خمسة من اثني عشر"."""
    _check(case, MASCULINE)
    if numerator < 1 or denominator < 2:
        raise ValueError(f"no fraction {numerator}/{denominator}")
    if denominator not in _FRACTIONS or numerator >= denominator:
        return f"{cardinal(numerator, case=case)} من {cardinal(denominator, case=OBLIQUE)}"
    one, dual, dual_oblique, plural = _FRACTIONS[denominator]
    if numerator == 1:
        return one
    if numerator == 2:
        form = dual if case == NOMINATIVE else dual_oblique
        return form[:-1] if construct else form
    return f"{cardinal(numerator, case=case)} {plural}"