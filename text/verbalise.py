"""Spell out numbers, symbols and abbreviations for engines that cannot read them.

espeak-ng reads digits in its own way and "%" or "/" in English, so before it
speaks, every number becomes Arabic words. Rules run in order, most specific
first (a date before a range before a plain number); each one replaces digits
with words, so a later rule never sees what an earlier one handled.

What is read how (see ``tests/data/verbalisation*.tsv`` for every case):
- Integers with thousands separators, decimals (1.7 -> واحد فاصلة سبعة),
  percentages (60% -> ستون بالمئة), Arabic-Indic digits and separators. Each
  number's separators are first read as its writer meant them
  (``text/separators.py``): 1.000.000 and a typo's 1000,000 are a million,
  1٬000 a thousand, 3,5 and ٣٫٥ three and a half, 37.250 زائر a count of
  visitors, 3.750 ريال an exchange rate.
- Years: a four-digit number after عام/سنة or a month name, before م/هـ, or
  standing alone (1900-2100) is a year, read in the genitive (ألفين وأربعة
  وعشرين) as after an implied عام.
- Dates: "7 أكتوبر 2023" -> السابع من أكتوبر ألفين وثلاثة وعشرين; numeric dates
  day-month-year (22-02-2025, 22/02/2025) and ISO (2025-02-22).
- Times: 12:29 -> الثانية عشرة وتسع وعشرون دقيقة (:15 والربع, :30 والنصف);
  "الساعة 3" -> الساعة الثالثة; ص/م after a time -> صباحًا/مساءً.
- Ranges: 2015-2020 -> من ألفين وخمسة عشر إلى ألفين وعشرين ("بين" keeps بين
  ... و ...), also with a unit (10-15 كم). Scores: when the first number is not
  smaller (3-1), or a word of sport is near (خسر 0-2، بنتيجة): ثلاثة مقابل واحد.
- Money: $ € £ and ISO codes (USD, EUR, EGP ...) before or after the amount,
  with an optional scale word: "$18.5 مليار" -> ثمانية عشر فاصلة خمسة مليار
  دولار; "$5" -> خمسة دولارات; "€1" -> يورو واحد.
- Units (``text/units.py``): كم، كلم، م، سم، ملم، كغ، كلغ، غ، طن، لتر، كم²،
  °م، ميغاواط، كيلوواط ساعة، عقدة، ميل ... read with the counted noun's form:
  50 كم -> خمسون كيلومترًا، 3 كغ -> ثلاثة كيلوغرامات. "م" after a number is
  ميلادي after a year word or for a year-like number, else متر (سباق 100 م).
- Scale words: 3 مليون -> ثلاثة ملايين، 11 ألف -> أحد عشر ألفًا، 2 مليون لاجئ ->
  مليونا لاجئ (a dual before its noun loses its ن).
- Negatives: -5 -> سالب خمسة; a temperature -5 °م / -5 درجات -> خمس درجات
  (مئوية) تحت الصفر. Fractions: ½ ¼ ¾ ⅓ ⅔ ... and 1/3, 2/3, 3/4 (a slash
  between two numbers up to 10): ثلث المقاعد، ثلثا الأعضاء، ثلاثة أرباع.
- 1 and 2 before a noun: 1 شخص -> شخص واحد، 2 سيارة -> سيارتان.
- Ordinals after a definite counting noun, in the case the words before call
  for (في القرن 21 -> في القرن الحادي والعشرين, المرتبة 3 -> المرتبة
  الثالثة) and "الـ20" -> العشرين.
- Phone-like strings (a leading 0, a leading + and seven or more digits and
  separators, 8 digits or more, or three or more dash-separated groups of 2-4
  digits) are read digit by digit.
- Abbreviations: د. -> دكتور, أ.د. (ا.د.) -> الأستاذ الدكتور, أ. inside a sentence before a given
  name -> الأستاذ (its gender is not told: أ. NAME of a woman is read الأستاذ too), م. before a name ->
  مهندس, ص.ب -> صندوق بريد, هـ and م after a year -> هجري/ميلادي (also as a
  pair: 333هـ/945م), ق.م -> قبل الميلاد, a currency after an amount (ل.ل.، ل.س، ر.س، د.ك ...:
  ``text/currencies.py``), ت before a year -> المتوفى, ص/م after
  a time -> صباحًا/مساءً; "/" -> a pause (espeak says "slash").
- Latin acronyms not in the built-in names lexicon are spelled with Arabic
  letter names (FBI -> إف بي آي, ``text/latin.py``); other Latin words are left
  to espeak-ng, whose Arabic voice reads them with its English voice.

Grammar (``text/grammar.py``): the case comes from the words before the
number - genitive after prepositions and in idafa (بنحو، بقيمة، مسافة، مقتل)،
accusative after أنّ/إنّ and as a verb's object (بلغ 20، بلغ العدد 200)، the case
of the number it is joined to after و، nominative otherwise (subject after a
verb, predicate) - and the gender from the counted noun after the number, or
after the second number of a range (من 5 إلى 10 سنوات).

What is still read wrong is listed in the case files (a fourth column) and in
the issue note: a number before a noun with its own genitive (1 سيارة إسعاف),
a mixed number before a unit (1½ كيلومتر), an acronym after the word it
expands to (صندوق IMF).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from text.grammar import (
    CONTEXT_CHARS, NUMBER_WORD, PREPOSITIONS, bare, case_before, gender_of, words_before,
)
from text.currencies import ABBREVIATION_PATTERN, abbreviated_currency
from text.latin import spell_acronyms
from text.names import given_name_words
from text.separators import normal_separators
from text.numbers import (
    FEMININE, MASCULINE, NOMINATIVE, OBLIQUE, MAX_NUMBER, CountedNoun, cardinal, counted, decimal, definite,
    digits, fraction, ordinal,
)
from text.units import DEGREE, CELSIUS, METRE, SCALES, SCALE_PATTERN, UNIT_PATTERN, UNITS, noun

__all__ = ["verbalise", "leftovers", "gender_of"]

_INDIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٪", "01234567890123456789%")
"""Arabic-Indic digits; their separators ٫ and ٬ are read by ``text.separators``."""

_GLUED_PREFIX = re.compile(r"(?<![\w\u064b-\u0652\u0670.])([وف]?[بلك]|و)(?:ـ\s?|\s)(?=\d)")  # "بـ 5", "و 5" -> "ب5"
LEFT = r"(?<![\d.,])"
RIGHT = r"(?!\d|[.,]\d)"
NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_WORD_END = r"(?![\w])"

MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر")
OTHER_MONTHS = ("الشهر الجاري", "الشهر الماضي", "الشهر المقبل", "الشهر الحالي", "الشهر نفسه", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
                "تشرين الثاني", "كانون الأول", "إبريل", "ابريل", "اغسطس", "أغسطس", "يونية", "يولية",
                "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة", "ذي القعدة", "ذي الحجة")
_MONTH = "(?:" + "|".join(sorted({re.escape(m) for m in MONTHS + OTHER_MONTHS}, key=len, reverse=True)) + ")"

YEAR_WORDS = frozenset({"عام", "العام", "سنة", "السنة", "لعام", "بعام", "لسنة", "بسنة", "عامي", "سنتي",
                        "موسم", "الموسم", "مواليد", "دورة"})
FUNCTION_WORDS = frozenset({"في", "من", "إلى", "على", "عن", "مع", "و", "أو", "ثم", "حتى", "منذ", "بعد", "قبل",
                            "حين", "عندما", "حيث", "التي", "الذي", "كما", "لكن", "إلا", "قد", "لقد", "وفي",
                            "ومن", "وقد", "وهو", "وهي", "هو", "هي", "أن", "إن", "بين", "خلال", "عندما"})
# Words that can follow a number without being what it counts.
NOT_COUNTED = FUNCTION_WORDS | {"فقط", "تقريبا", "تقريبًا", "أيضا", "أيضًا", "نحو", "حوالي", "أو", "إلى", "الى",
                                "وحده", "وحدها", "بالمئة", "بالمائة", "في المئة", "مقابل", "ضد", "آخر", "آخران",
                                "آخرين", "آخرون", "أخرى", "أخريان", "أخريين", "منهم", "منها", "منهن"} | PREPOSITIONS
ORDINAL_NOUNS = ("القرن", "المرتبة", "المركز", "الدورة", "الطبعة", "الجولة", "الحلقة", "المادة", "البند",
                 "الفقرة", "الفصل", "الباب", "الصف", "الطابق", "الأسبوع", "النسخة", "المرحلة", "الشوط",
                 "الدقيقة", "الجزء", "المجلد", "الفئة", "الموجة", "الذكرى", "المؤتمر", "الدرجة", "الأسطول", "الفرقة",
                 "الكتيبة", "اللواء", "الدائرة", "المنطقة", "الولاية", "العهدة", "الدوري", "الجلسة", "القمة",
                 "الليلة", "السنة", "الشهر", "الألفية", "المرة", "المحطة")
_ORDINAL_NOUN = "(?:" + "|".join(ORDINAL_NOUNS) + ")"
# After ل the article's alif is dropped: للمرة 36.
_ORDINAL_NOUN_AFTER_L = "(?:" + "|".join("لل" + noun[2:] for noun in ORDINAL_NOUNS) + ")"


DOLLAR = noun("دولار", "دولار", "دولارات", "دولارًا")
EURO = CountedNoun("يورو", "يورو", "يورو", "يورو", "يورو")
POUND = noun("جنيه", "جنيه", "جنيهات", "جنيهًا", adjective=("إسترليني", "إسترليني", "إسترلينية", "إسترلينيًا"))
CURRENCY_SYMBOLS = {"$": DOLLAR, "€": EURO, "£": POUND}
CURRENCY_CODES = {
    "USD": DOLLAR, "EUR": EURO, "GBP": POUND,
    "EGP": noun("جنيه", "جنيه", "جنيهات", "جنيهًا", adjective=("مصري", "مصري", "مصرية", "مصريًا")),
    "SAR": noun("ريال", "ريال", "ريالات", "ريالًا", adjective=("سعودي", "سعودي", "سعودية", "سعوديًا")),
    "QAR": noun("ريال", "ريال", "ريالات", "ريالًا", adjective=("قطري", "قطري", "قطرية", "قطريًا")),
    "AED": noun("درهم", "درهم", "دراهم", "درهمًا", adjective=("إماراتي", "إماراتي", "إماراتية", "إماراتيًا")),
    "KWD": noun("دينار", "دينار", "دنانير", "دينارًا", adjective=("كويتي", "كويتي", "كويتية", "كويتيًا")),
    "JOD": noun("دينار", "دينار", "دنانير", "دينارًا", adjective=("أردني", "أردني", "أردنية", "أردنيًا")),
    "TRY": noun("ليرة", "ليرت", "ليرات", "ليرة", FEMININE, adjective=("تركية", "تركيت", "تركية", "تركية")),
    "JPY": noun("ين", "ين", "ينات", "ينًا"),
    "CNY": noun("يوان", "يوان", "يوانات", "يوانًا"),
    "CHF": noun("فرنك", "فرنك", "فرنكات", "فرنكًا", adjective=("سويسري", "سويسري", "سويسرية", "سويسريًا")),
}
_SYMBOL = "[$€£]"
_CODE = "(?:" + "|".join(CURRENCY_CODES) + ")"
MINUTE = CountedNoun("دقيقة", "دقيقتان", "دقيقتين", "دقائق", "دقيقة", FEMININE)

DAYTIME = {"ص": "صباحًا", "م": "مساءً"}
_DAYTIME_WORD = "(?:صباحًا|صباحا|صباحاً|مساءً|مساء|مساءا|ظهرًا|ظهرا|ظهراً|فجرًا|فجرا|ليلًا|ليلا|عصرًا|عصرا)"


# ---------------------------------------------------------------- context

_NUMERAL = re.compile(r"[\d½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]")


def _previous_word(text: str, position: int) -> str:
    previous = re.search(r"(\S+)\s*$", text[max(0, position - CONTEXT_CHARS):position])
    word = bare(previous.group(1)) if previous else ""
    return word[1:] if word[:1] in "وفبل" and word[1:] in YEAR_WORDS else word


def _next_word(text: str, position: int) -> str:
    following = re.match(r"\s*([\u0621-\u064a\u064b-\u0652\u0670]+)", text[position:position + CONTEXT_CHARS])
    return bare(following.group(1)) if following else ""


def _number(text: str) -> tuple[int, str | None]:
    whole, _, fraction = text.replace(",", "").partition(".")
    return int(whole), fraction or None


def _amount(text: str, case: str, gender: str = MASCULINE) -> str:
    whole, fraction = _number(text)
    if whole > MAX_NUMBER:
        return digits(text)
    if fraction is not None:
        return decimal(whole, fraction, case=case)
    return cardinal(whole, gender=gender, case=case)


def _year(text: str) -> str:
    return cardinal(int(text), case=OBLIQUE)


def _is_year_text(text: str) -> bool:
    return text.isdigit() and len(text) == 4 and 1000 <= int(text) <= 2199


def _spaced(text: str, start: int, end: int, words: str) -> str:
    """Keep words from touching a Latin letter or a following letter (G20 -> G عشرون)."""
    if start > 0 and re.match(r"[A-Za-z]", text[start - 1]):
        words = " " + words
    if end < len(text) and re.match(r"[^\W\d]", text[end]):
        words = words + " "
    return words


# ---------------------------------------------------------------- rules

Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def _century(match: re.Match[str]) -> str:
    n = int(match.group("n"))
    if n == 0:
        return match.group(0)
    era = "الميلادي" if match.group("era") == "م" else "الهجري"
    noun = match.group("noun")
    return f"{noun + ' ' if noun else ''}{ordinal(n)} {era}"


def _numeric_date(match: re.Match[str]) -> str:
    groups = match.groupdict()
    day, month, year = int(groups["day"]), int(groups["month"]), groups["year"]
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group(0)
    case = case_before(match.string, match.start())
    return f"{ordinal(day, case=case)} من {MONTHS[month - 1]} {_year(year)}"


def _day_month(match: re.Match[str]) -> str:
    """7 أكتوبر -> السابع من أكتوبر; بين 1 و15 يناير -> بين الأول والخامس عشر من يناير."""
    day, first = int(match.group("day")), match.group("first")
    if not 1 <= day <= 31 or (first and not 1 <= int(first) <= 31):
        return match.group(0)
    case = case_before(match.string, match.start())
    words = f"{ordinal(day, case=case if not first else OBLIQUE)} من {match.group('month')}"
    if not first:
        return words
    previous = _previous_word(match.string, match.start())
    if match.group("joint") == "و" or previous in ("بين", "وبين"):
        return f"{ordinal(int(first), case=case)} و{words}"
    return f"{'' if previous in ('من', 'ومن') else 'من '}{ordinal(int(first), case=OBLIQUE)} إلى {words}"


def _ratio(match: re.Match[str]) -> str:
    return f"{cardinal(int(match.group('first')))} إلى {cardinal(int(match.group('second')), case=OBLIQUE)}"


def _hour(hour: int) -> str:
    return ordinal(hour % 24 or 12, gender=FEMININE) if hour != 1 and hour != 13 else "الواحدة"


def _case_of_time(text: str, start: int) -> str:
    """The case of a time: that of الساعة before it (حتى الساعة 11:45), else from the words before."""
    hour_word = re.search(r"(?<!\w)(?:[وف]?(?:ال|بال|لل)?ساعة)\s*$", text[max(0, start - 12):start])
    if hour_word:
        return case_before(text, start - len(hour_word.group(0)))
    return case_before(text, start)


def _clock(match: re.Match[str]) -> str:
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    if hour > 24 or minute > 59:
        return match.group(0)
    words = _hour(hour)
    if minute == 15:
        words += " والربع"
    elif minute == 30:
        words += " والنصف"
    elif minute:
        words += " و" + counted(minute, MINUTE, case=_case_of_time(match.string, match.start()))
    suffix = match.group("daytime")
    if suffix:
        words += " " + DAYTIME.get(suffix, suffix)
    return words


def _hour_daytime(match: re.Match[str]) -> str:
    hour = int(match.group("hour"))
    if hour > 24:
        return match.group(0)
    suffix = match.group("daytime")
    return f"{_hour(hour)} {DAYTIME.get(suffix, suffix)}"


def _hour_after_word(match: re.Match[str]) -> str:
    hour = int(match.group("hour"))
    if hour > 24:
        return match.group(0)
    return f"{match.group('word')} {_hour(hour)}"


def _era_pair(match: re.Match[str]) -> str:
    return f"{_year(match.group('hijri'))} هجري، {_year(match.group('gregorian'))} ميلادي"


def _era(label: str) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        tail = match.group("dot") or ""
        # Keep a final full stop; drop one that only marked the abbreviation.
        keep = tail if tail and match.end() >= len(match.string.rstrip()) else ""
        return f"{_year(match.group('year'))} {label}{keep}"

    return replace


def _phone(match: re.Match[str]) -> str:
    text = match.group(0)
    groups = re.split(r"[\s-]+", text.lstrip("+"))
    spoken = "، ".join(digits(group) for group in groups if group)
    return ("زائد " + spoken) if text.startswith("+") else spoken


def _range(match: re.Match[str]) -> str:
    first, second = match.group("first"), match.group("second")
    if _is_year_text(first) and second.isdigit() and len(second) == 2:
        second = first[:2] + second  # 2020-21
    a, b = _number(first), _number(second)
    gender = gender_of(_next_word(match.string, match.end()))
    previous = _previous_word(match.string, match.start())
    around = {*words_before(match.string, match.start(), 3), _next_word(match.string, match.end())}
    if (a[0], a[1] or "") >= (b[0], b[1] or "") or around & SCORE_WORDS:
        # A score: the second number is governed by مقابل; the first is nominative but after a
        # word that governs the genitive (بنتيجة 2-1).
        glued = re.match(r"[وف]?(?:[بك]ال|لل)", previous)  # بالتعادل 2-2: in apposition to a genitive
        case = OBLIQUE if glued or case_before(match.string, match.start()) == OBLIQUE else NOMINATIVE
        return f"{_amount(first, case, gender)} مقابل {_amount(second, OBLIQUE, gender)}"
    unit = match.groupdict().get("unit")
    if unit:
        return _range_with_unit(match, first, second, previous)
    start, end = _amount(first, OBLIQUE, gender), _amount(second, OBLIQUE, gender)
    if previous in ("بين", "وبين"):
        return f"{start} و{end}"
    if previous in ("من", "ومن"):
        return f"{start} إلى {end}"
    return f"من {start} إلى {end}"


def _range_with_unit(match: re.Match[str], first: str, second: str, previous: str) -> str:
    """10-15 كم -> من عشرة إلى خمسة عشر كيلومترًا; 1990-1995 م -> years ميلادي."""
    unit_text = re.sub(r"\s+", " ", match.group("unit"))
    if unit_text == "م" and _is_year_text(first) and _is_year_text(second):
        return f"من {_year(first)} إلى {_year(second)} ميلادي"
    unit = METRE if unit_text == "م" else UNITS[unit_text]
    start, end = _amount(first, OBLIQUE, unit.gender), _with_unit(second, unit, OBLIQUE)
    return f"{start} و{end}" if previous in ("بين", "وبين") else f"من {start} إلى {end}"


SCORE_WORDS = frozenset({"بنتيجة", "نتيجة", "النتيجة", "فاز", "خسر", "هزم", "تعادل", "بالتعادل", "تغلب",
                         "المباراة", "الفريق", "المنتخب", "سحق", "أمام", "مباراة", "الشوط"})
"""Words before "a-b" that make it a score even when the first number is smaller (خسر 0-2)."""


def _money(match: re.Match[str]) -> str:
    unit = match.group("unit")
    noun = CURRENCY_SYMBOLS.get(unit) or CURRENCY_CODES.get(unit) or abbreviated_currency(unit)
    if match.groupdict().get("dot") and not match.string[match.end():].strip():
        return _money_words(match, noun) + "."  # "ل.ل." ending the sentence: its full stop too
    return _money_words(match, noun)


def _money_words(match: re.Match[str], noun: CountedNoun) -> str:
    amount, scale = match.group("amount"), match.group("scale")
    case = case_before(match.string, match.start())
    whole, fraction = _number(amount)
    if whole > MAX_NUMBER:
        return f"{digits(amount)} {noun.singular}"
    if scale:
        return f"{_amount(amount, case)} {scale} {noun.singular}"
    if fraction is not None:
        return f"{decimal(whole, fraction, case=case)} {noun.singular}"
    return counted(whole, noun, case=case)


def _percent(match: re.Match[str]) -> str:
    if match.groupdict().get("sign"):
        return f"سالب {_amount(match.group('amount'), OBLIQUE)} بالمئة"
    return f"{_amount(match.group('amount'), case_before(match.string, match.start()))} بالمئة"


def _counted_after_rank(word: str) -> bool:
    """Whether ``word`` after "الدورة 32" is what 32 counts (منتخبا، دولة), not an adverb (عالميا)
    or a phrase with a preposition (للمهرجان، لمعرض)."""
    if not _counts_a_noun(word) or word.endswith(("يا", "ياً", "يًا")):
        return False
    if word[:1] in "لبك":
        return word.endswith(("ا", "اً", "ًا"))  # لاعبا
    return True


def _ordinal_noun(match: re.Match[str]) -> str:
    noun = match.group("noun")
    if int(match.group("n")) == 0 or _counted_after_rank(_next_word(match.string, match.end())):
        return match.group(0)  # في البطولة 32 منتخبا: a count, not a rank
    gender = FEMININE if noun.endswith(("ة", "الذكرى")) else MASCULINE
    glued = re.match(r"[وف]?(?:[بلك]ال|لل)", noun)  # بالذكرى 75: the noun, so its ordinal, is genitive
    case = OBLIQUE if glued else case_before(match.string, match.start())
    return f"{noun} {ordinal(int(match.group('n')), gender=gender, case=case)}"


def _definite(match: re.Match[str]) -> str:
    prefix, n = match.group("prefix"), int(match.group("n"))
    noun = _previous_word(match.string, match.start())  # السنوات الـ5: agrees with the noun before it
    gender = gender_of(noun) if noun.startswith("ال") else MASCULINE
    rank = re.sub(r"^[وف]?(?:[بك](?=ال)|لل)", lambda m: "ال" if m.group(0).endswith("لل") else "", noun)
    if rank in ORDINAL_NOUNS and n:  # المركز الـ3، بالمرتبة الـ21: a rank
        glued = rank != noun  # the noun itself is genitive after ب/ل/ك, and so is its ordinal
        case = OBLIQUE if glued else case_before(match.string, match.string.rfind(noun, 0, match.start()))
        words = ordinal(n, gender=FEMININE if rank.endswith(("ة", "ى")) else MASCULINE, case=case)
    else:
        words = definite(n, gender=gender)
    if prefix.endswith("لل"):
        return prefix[:-1] + words[1:]  # لل + عشرين: ل + العشرين -> للعشرين
    return prefix[:-2] + words


def _counted_noun_after(text: str, end: int) -> str:
    """The noun a number at ``end`` counts: the next word, or the one after the second number of
    "5 إلى 10 سنوات" and "30 و40 شخصا"; "" when none."""
    following = _next_word(text, end)
    if _counts_a_noun(following):
        return following
    joined = re.match(r"\s*(?:إلى|الى|حتى|و|أو)\s*(?:\d[\d,.]*|" + NUMBER_WORD + r"(?:\s+و" + NUMBER_WORD
                      + r")?)\s+([\u0621-\u064a]+)", text[end:end + CONTEXT_CHARS])
    return joined.group(1) if joined and _counts_a_noun(joined.group(1)) else ""


def _plain(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    number = match.group(0)
    previous = _previous_word(text, start)
    following = _next_word(text, end)
    if _is_year_text(number) and (
        previous in YEAR_WORDS
        or re.search(_MONTH + r"\s*$", text[max(0, start - CONTEXT_CHARS):start])
        or (1900 <= int(number) <= 2100 and (not following or following in FUNCTION_WORDS))
    ):
        return _spaced(text, start, end, _year(number))
    # After a Latin name (COVID-19, F 16) the number is a label, not a count.
    latin = re.search(r"[A-Za-z]\s?$", text[max(0, start - 2):start])
    noun = "" if latin else _counted_noun_after(text, end)
    gender = gender_of(noun) if noun else MASCULINE
    case = NOMINATIVE if latin else case_before(text, start)
    if noun and noun == following and number.replace(",", "").isdigit():
        # Right before its noun 200 and 2000 take the construct form: مئتا دولار، ألفا شخص.
        whole = int(number.replace(",", ""))
        words = cardinal(whole, gender=gender, case=case, construct=True) if whole <= MAX_NUMBER else digits(number)
    else:
        words = _amount(number, case, gender)
    return _spaced(text, start, end, words)


MINUS = "[-−]"
SIGN = r"(?:(?<![^\s(\[«\"'])(?P<sign>" + MINUS + "))?" + LEFT + r"(?<!\d[-–—])(?<!\d\s[-–—])"
"""A minus sign that starts a word (-5, (-3): not the hyphen of كوفيد-19; never the second number of
a range (10-15%), which the range rule reads."""
_TEMPERATURE = (DEGREE, CELSIUS)


def _unit(match: re.Match[str]) -> str:
    """A number with its unit: 50 كم -> خمسون كيلومترًا، -5 °م -> خمس درجات مئوية تحت الصفر."""
    unit = UNITS[re.sub(r"\s+", " ", match.group("unit"))]
    return _measure(match, unit)


def _metre(match: re.Match[str]) -> str:
    """"م" after a number: ميلادي after a year word or for a year-like number, else متر."""
    text, start = match.string, match.start()
    previous = _previous_word(text, start)
    number = match.group("amount")
    after_hijri = re.search(r"(?:هـ|هجري)\s*/\s*$", text[max(0, start - 10):start])
    if match.group("sign") is None and "." not in number and "," not in number and (
        after_hijri or previous in YEAR_WORDS or previous in ("في", "منذ", "حتى", "قبل", "بعد", "عامي", "عاش", "توفي", "ولد")
        or (_is_year_text(number) and previous not in MEASURE_WORDS)
    ):
        dot = match.group("dot") or ""
        # Keep a final full stop; drop one that only marked the abbreviation.
        return f"{_year(number)} ميلادي" + (dot if match.end() >= len(text.rstrip()) else "")
    return _measure(match, METRE) + (match.group("dot") or "")


MEASURE_WORDS = frozenset({"مسافة", "لمسافة", "بمسافة", "ارتفاع", "بارتفاع", "عمق", "بعمق", "طول", "بطول",
                           "عرض", "بعرض", "سباق", "مساحة", "بمساحة", "قطر", "بقطر", "بعد", "مدى", "سماكة"})


def _with_unit(amount: str, unit: CountedNoun, case: str) -> str:
    """An amount and its unit: 50 -> خمسون كيلومترًا، 2.5 -> اثنان فاصلة خمسة كيلومتر."""
    whole, fraction_digits = _number(amount)
    if whole > MAX_NUMBER:
        return f"{digits(amount)} {unit.singular}"
    if fraction_digits is not None:
        return f"{decimal(whole, fraction_digits, case=case)} {unit.singular}"
    return counted(whole, unit, case=case)


def _measure(match: re.Match[str], unit: CountedNoun) -> str:
    text, start = match.string, match.start()
    amount, negative = match.group("amount"), bool(match.group("sign"))
    case = OBLIQUE if negative and unit not in _TEMPERATURE else case_before(text, start)
    words = _with_unit(amount, unit, case)
    if negative:
        return f"{words} تحت الصفر" if unit in _TEMPERATURE else f"سالب {words}"
    return words


def _below_zero(match: re.Match[str]) -> str:
    """"2 تحت الصفر" counts degrees: درجتين تحت الصفر."""
    return counted(int(match.group("amount")), DEGREE, case=case_before(match.string, match.start()))


def _negative(match: re.Match[str]) -> str:
    """-5 -> سالب خمسة (the number after سالب is in the genitive); "بين -3 و8 درجات" -> ثلاث
    درجات تحت الصفر: a temperature counted after the second number is said with the first."""
    whole, fraction_digits = _number(match.group("amount"))
    noun = _counted_noun_after(match.string, match.end())
    if fraction_digits is None and whole <= MAX_NUMBER and UNITS.get(noun) in _TEMPERATURE + (DEGREE,):
        return f"{counted(whole, DEGREE, case=case_before(match.string, match.start()))} تحت الصفر"
    if whole > MAX_NUMBER:
        return "سالب " + digits(match.group("amount"))
    if fraction_digits is not None:
        return "سالب " + decimal(whole, fraction_digits, case=OBLIQUE)
    return "سالب " + cardinal(whole, case=OBLIQUE)


def _counts_a_noun(word: str) -> bool:
    """Whether ``word`` after a number is what it counts (not a function word or a definite noun)."""
    return (bool(word) and word not in NOT_COUNTED and not word.startswith(("ال", "وال", "فال"))
            and not re.fullmatch("و?" + NUMBER_WORD, word))  # "3 وثماني درجات": a second number


def _scale(match: re.Match[str]) -> str:
    """2 مليون لاجئ -> مليونا لاجئ، 3 مليون -> ثلاثة ملايين، 11 ألف -> أحد عشر ألفًا."""
    n = int(match.group("amount"))
    scale = SCALES[match.group("scale")]
    following = _next_word(match.string, match.end())
    case = case_before(match.string, match.start())
    if n == 0:
        return f"صفر {scale.singular}"
    if n == 1:
        return scale.singular
    return counted(n, scale, case=case, construct=_counts_a_noun(following))


FRACTION_CHARS = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5),
                  "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8),
                  "⅞": (7, 8)}


def _fraction_words(match: re.Match[str], numerator: int, denominator: int) -> str:
    text, start, end = match.string, match.start(), match.end()
    case = case_before(text, start)
    following = _next_word(text, end)
    words = fraction(numerator, denominator, case=case, construct=bool(following) and following not in NOT_COUNTED)
    whole = match.groupdict().get("whole")
    if whole:
        return f"{_amount(whole, case)} و{words}"
    return words


def _fraction_char(match: re.Match[str]) -> str:
    return _fraction_words(match, *FRACTION_CHARS[match.group("fraction")])


def _fraction_slash(match: re.Match[str]) -> str:
    numerator, denominator = int(match.group("numerator")), int(match.group("denominator"))
    if not (1 <= numerator < denominator <= 10):
        return match.group(0)
    return _fraction_words(match, numerator, denominator)


_BROKEN_PLURAL = re.compile(r"^(?:أ[\u0621-\u064a]{2}ا[\u0621-\u064a]|[\u0621-\u064a]{2}و[\u0621-\u064a]"
                            r"|[\u0621-\u064a]{3}اء|م[\u0621-\u064a]ا[\u0621-\u064a]{2}|م[\u0621-\u064a]ا[\u0621-\u064a]ي"
                            r"[\u0621-\u064a])$")
"""Broken plurals by shape (أطفال، جنود، وزراء، مناطق، صواريخ): after 2 they keep the number."""


def _one_or_two(match: re.Match[str]) -> str:
    """1 and 2 before a noun: 1 شخص -> شخص واحد، 2 سيارة -> سيارتان."""
    n, word = int(match.group("n")), match.group("noun")
    plain = bare(word)
    if not _counts_a_noun(plain) or plain in SCALES or plain in UNITS:
        return match.group(0)
    gender = gender_of(plain)
    if n == 1:
        return f"{word} {'واحدة' if gender == FEMININE else 'واحد'}"
    if plain.endswith(("ان", "ين")) and len(plain) > 4:
        return word  # already a dual: 2 شخصين
    if plain.endswith(("ات", "ون", "ا", "ى", "ي")) or _BROKEN_PLURAL.match(plain):
        return f"{cardinal(2, gender=gender, case=case_before(match.string, match.start()))} {word}"
    stem = plain[:-1] + "ت" if plain.endswith("ة") else plain
    return stem + ("ان" if case_before(match.string, match.start()) == NOMINATIVE else "ين")


def _left_digits(match: re.Match[str]) -> str:
    return _spaced(match.string, match.start(), match.end(), digits(match.group(0)))


def _abbreviation(words: str) -> Callable[[re.Match[str]], str]:
    return lambda match: words


LABELLED_BY_LETTER = frozenset({"المجموعة", "مجموعة", "الفئة", "فئة", "الفقرة", "فقرة", "البند", "بند", "الخطة",
                                "خطة", "النموذج", "نموذج", "القسم", "قسم", "المادة", "الجدول", "الملحق", "الشكل",
                                "المستوى", "الصنف", "صنف", "الدرجة", "الجناح", "المبنى", "القاعة", "البوابة"})
"""Nouns a letter names one of (المجموعة أ، البند د، المبنى م): the letter and its dot after them are no title."""


def _title(words: str, *, name_only: bool = False) -> Callable[[re.Match[str]], str]:
    """A person's title abbreviated to a letter (د. -> دكتور), before a name: not after a noun the letter labels
    (المجموعة د. وتضم) nor before a preposition (الفقرة أ. من المادة). With ``name_only`` (أ., also a grade, a
    class, a vitamin, a list's mark: "النوع أ. وقالت"), and when "و" is joined to the letter (ود. NAME), only before
    a given name (``text.names``)."""
    def expand(match: re.Match[str]) -> str:
        joined = match.groupdict().get("and") or ""
        if (_previous_word(match.string, match.start()) in LABELLED_BY_LETTER
                or _next_word(match.string, match.end()) in PREPOSITIONS
                or (name_only or joined) and not given_name_words(match.string[match.end():].split()[:2])):
            return match.group(0)
        return joined + words
    return expand


RULES: tuple[Rule, ...] = (
    # "(ت 852هـ)" and "ت بعد 60هـ": ت is the year of death.
    (re.compile(r"(?<=\()ت(?=\s)|(?<!\w)ت(?=\s+(?:بعد\s+|نحو\s+|قبل\s+)?\d)"), lambda match: "المتوفى"),
    # Centuries with an era marker: القرن 6هـ, ال11م -> القرن السادس الهجري, الحادي عشر الميلادي.
    (re.compile(r"(?:(?P<noun>(?<!\w)" + _ORDINAL_NOUN + r")\s+|(?<!\w)ال)(?P<n>\d{1,2})\s*(?P<era>هـ|ه|م)"
                + _WORD_END), _century),
    # Dates and times first: they contain what looks like ranges and plain numbers.
    (re.compile(LEFT + r"(?P<day>\d{1,2})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})" + RIGHT),
     _numeric_date),
    (re.compile(LEFT + r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})" + RIGHT), _numeric_date),
    (re.compile(LEFT + r"(?:(?P<first>\d{1,2})\s*(?P<joint>و|[-–]|إلى)\s*)?(?P<day>\d{1,2})\s*(?:من\s+)?(?P<month>"
                + _MONTH + ")" + _WORD_END), _day_month),
    # A ratio: 1:3 -> واحد إلى ثلاثة (a time has two digits after the colon).
    (re.compile(LEFT + r"(?P<first>\d{1,3}):(?P<second>\d)" + RIGHT), _ratio),
    (re.compile(LEFT + r"(?P<hour>\d{1,2}):(?P<minute>\d{2})" + RIGHT
                + r"(?:\s*(?P<daytime>ص|م|" + _DAYTIME_WORD + ")" + _WORD_END + ")?"), _clock),
    (re.compile(r"(?<![\u0621-\u064a\d.,])(?P<hour>\d{1,2})\s*(?P<daytime>ص|" + _DAYTIME_WORD + ")"
                + _WORD_END),
     _hour_daytime),
    (re.compile(r"(?<=الساعة )(?P<hour>\d{1,2})\s*(?P<daytime>م)" + _WORD_END), _hour_daytime),
    (re.compile(r"(?P<word>(?<!\w)[وف]?(?:ال|بال|لل)?ساعة)\s+(?P<hour>\d{1,2})" + RIGHT), _hour_after_word),
    # Era markers: 333هـ/945م, 852/1449م, 1449م, 333 هـ, 500 ق.م
    (re.compile(LEFT + r"(?P<hijri>\d{1,4})\s*/\s*(?P<gregorian>\d{3,4})\s*م" + _WORD_END), _era_pair),
    (re.compile(LEFT + r"(?P<year>\d{1,4})\s*ق\.\s?م(?P<dot>\.)?" + _WORD_END), _era("قبل الميلاد")),
    (re.compile(LEFT + r"(?P<year>\d{1,4})\s*هـ?(?P<dot>\.)?" + _WORD_END), _era("هجري")),
    # Fractions: ½, 2½, and 1/3 or 2/3 (a slash between two small numbers, not a date).
    # (?<!\d): a whole part starts where its digits start; tried from inside a long digit run, each start
    # scanned the rest of the run for a fraction sign (minutes for a few thousand digits).
    (re.compile(r"(?:(?<!\d)(?P<whole>" + NUMBER + r")\s?)?(?P<fraction>[" + "".join(FRACTION_CHARS) + "])"),
     _fraction_char),
    (re.compile(LEFT + r"(?P<numerator>\d{1,2})/(?P<denominator>\d{1,2})" + RIGHT + r"(?!/)"), _fraction_slash),
    # Phone-like: +country code, leading zero, long runs, three or more dashed groups.
    (re.compile(r"(?<![\w+])\+\d[\d\s-]{5,}\d(?!\d)"), _phone),
    (re.compile(LEFT + r"\d{2,4}(?:-\d{2,4}){2,}" + RIGHT), _phone),
    (re.compile(LEFT + r"0\d+(?:[\s-]\d{2,})*" + RIGHT), _phone),
    (re.compile(LEFT + r"\d{8,}" + RIGHT), _phone),
    # Money and percentages.
    (re.compile(r"(?P<unit>" + _SYMBOL + r")\s?(?P<amount>" + NUMBER + ")" + RIGHT
                + r"(?:\s+(?P<scale>" + SCALE_PATTERN + ")" + _WORD_END + ")?"), _money),
    (re.compile(r"(?<![A-Za-z])(?P<unit>" + _CODE + r")\s?(?P<amount>" + NUMBER + ")" + RIGHT
                + r"(?:\s+(?P<scale>" + SCALE_PATTERN + ")" + _WORD_END + ")?"), _money),
    (re.compile(LEFT + r"(?P<amount>" + NUMBER + ")" + RIGHT + r"(?:\s+(?P<scale>" + SCALE_PATTERN + "))?\\s?"
                r"(?P<unit>" + _SYMBOL + "|" + _CODE + r"(?![A-Za-z]))"), _money),
    (re.compile(LEFT + r"(?P<amount>" + NUMBER + ")" + RIGHT + r"(?:\s+(?P<scale>" + SCALE_PATTERN + "))?\\s?"
                r"(?P<unit>" + ABBREVIATION_PATTERN + ")"), _money),
    (re.compile(SIGN + r"(?P<amount>" + NUMBER + ")" + RIGHT + r"\s?%"),
     _percent),
    (re.compile(r"%\s?(?P<amount>" + NUMBER + ")" + RIGHT), _percent),
    # Units, also of negative amounts (-5 °م); "م" is metres, or ميلادي after a year.
    (re.compile(SIGN + r"(?P<amount>" + NUMBER + ")" + RIGHT + r"\s?(?P<unit>"
                + UNIT_PATTERN + r")(?![\w²³/])"), _unit),
    (re.compile(SIGN + r"(?P<amount>" + NUMBER + ")" + RIGHT
                + r"\s*م(?P<dot>\.)?" + _WORD_END), _metre),
    (re.compile(LEFT + r"(?P<amount>\d+)" + RIGHT + r"(?=\s+تحت\s+الصفر)"), _below_zero),
    (re.compile(r"(?<![^\s(\[«\"'])(?:-|−\s?)(?P<amount>" + NUMBER + ")" + RIGHT), _negative),
    # Ranges and scores.
    (re.compile(LEFT + r"(?P<first>" + NUMBER + r")\s?[-–—]\s?(?P<second>" + NUMBER + ")" + RIGHT
                + r"(?:\s?(?P<unit>" + UNIT_PATTERN + r"|م)(?![\w²³/]))?"), _range),
    # Ordinals.
    (re.compile(r"(?P<noun>(?<!\w)(?:[وف]?[بلك](?=ال))?" + _ORDINAL_NOUN + r"|(?<!\w)[وف]?" + _ORDINAL_NOUN_AFTER_L
                + r")\s+(?P<n>\d{1,3})" + RIGHT),
     _ordinal_noun),
    (re.compile(r"(?<!\w)(?P<prefix>[وف]?[بك]?ال|[وف]?لل)ـ?\s?(?P<n>\d+)" + RIGHT), _definite),
    # A whole number before a scale word (مليون), 1 and 2 before a noun.
    (re.compile(LEFT + r"(?P<amount>\d{1,3})" + RIGHT + r"\s+(?P<scale>" + SCALE_PATTERN + ")" + _WORD_END), _scale),
    (re.compile(LEFT + r"(?P<n>[12])" + RIGHT + r"\s+(?P<noun>[\u0621-\u064a][\u0621-\u064a\u064b-\u0652]+)"),
     _one_or_two),
    # Everything else that is a number; a Latin name joined by a hyphen (COVID-19) gets a space.
    (re.compile(r"(?<=[A-Za-z])-(?=\d)"), lambda match: " "),
    (re.compile(LEFT + NUMBER + RIGHT), _plain),
    (re.compile(r"\d+"), _left_digits),
)

ABBREVIATIONS: tuple[Rule, ...] = (
    # أ.د. (also ا.د., "وا.د." joined to و, and a typo's "أ.د،") before a name.
    (re.compile(r"(?<![\w.])(?P<and>و?)[أا]\.\s?د[.،]\s*(?=\w)"),
     lambda match: match.group("and") + "الأستاذ الدكتور "),
    # أ. before a given name inside a sentence (at a paragraph's start it may be a list's first mark: "أ. ب. ج.");
    # each title also with "و" joined to it (ود. NAME).
    (re.compile(r"(?<=[\s(\[«\"“'‘/])(?P<and>و?)أ\.\s*(?=[\u0621-\u064a]{2})"), _title("الأستاذ ", name_only=True)),
    (re.compile(r"(?<![\w.])(?P<and>و?)د\.\s*(?=\w)"), _title("دكتور ")),
    (re.compile(r"(?<![\w.])(?P<and>و?)م\.\s*(?=\w)"), _title("مهندس ")),
    (re.compile(r"(?<![\w.])ص\.\s?ب\.?(?!\w)"), _abbreviation("صندوق بريد")),
)

SYMBOLS: tuple[Rule, ...] = (
    (re.compile(r"\s*%"), _abbreviation(" بالمئة")),
    (re.compile(r"\$"), _abbreviation(" دولار ")),
    (re.compile(r"€"), _abbreviation(" يورو ")),
    (re.compile(r"£"), _abbreviation(" جنيه إسترليني ")),
    (re.compile(r"\s*/\s*"), _abbreviation("، ")),
)


_MINUS_BEFORE_WORDS = re.compile(r"(?<![^\s(\[«\"'])(?:-|−\s?)(?=" + NUMBER_WORD + ")")


_ABBREVIATIONS = sorted((unit for unit in (*UNITS, "م") if not re.fullmatch(r"[\u0621-\u064a ]{4,}", unit)),
                        key=len, reverse=True)
_ABBREVIATION_AFTER_WORDS = re.compile(
    r"(?<=[\u0621-\u064a] )(?P<unit>" + "|".join(re.escape(unit) for unit in _ABBREVIATIONS) + r")(?![\w²³/])")


def _unit_name(match: re.Match[str]) -> str:
    """The singular name of a unit still abbreviated after a number's words (كم -> كيلومتر)."""
    before = match.string[max(0, match.start() - 12):match.start()]
    if not re.search(NUMBER_WORD + " $", before):
        return match.group(0)
    unit = match.group("unit")
    return METRE.singular if unit == "م" else UNITS[unit].singular


_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d{1,3}),(\d{1,2})(?![\d,])")
"""3,5% is 3.5% (a decimal comma): a thousands separator always has three digits after it."""
_UNIT_THEN_TENS = re.compile(r"(?<=بين )(\d)\s*و\s?(?=[2-9]0(?![\d.,]))")
"""بين 5 و70 would sound like 75 (خمسة وسبعين): a pause after the first number keeps them apart."""


def verbalise(text: str) -> str:
    """``text`` with numbers, money, dates, times, symbols and abbreviations in Arabic words."""
    text = _GLUED_PREFIX.sub(r"\1", normal_separators(text.translate(_INDIC_DIGITS)))
    text = _DECIMAL_COMMA.sub(r"\1.\2", text)
    text = _UNIT_THEN_TENS.sub(r"\1، و", text)
    rules = (*RULES, *ABBREVIATIONS, *SYMBOLS) if _NUMERAL.search(text) else (*ABBREVIATIONS, *SYMBOLS)
    for pattern, replace in rules:
        text = pattern.sub(replace, text)
    text = _MINUS_BEFORE_WORDS.sub("سالب ", text)  # a sign another rule left: -555 هـ
    text = _ABBREVIATION_AFTER_WORDS.sub(_unit_name, text)  # a unit after digits read one by one
    text = spell_acronyms(text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


_UNIT_ABBREVIATION = r"(?:كم|كلم|سم|ملم|مم|كغ|كلغ|كجم|غ|م|°|℃|km|kg|cm|mm)(?![\w])"
LEFTOVERS = re.compile(
    r"[0-9٠-٩۰-۹]"                                         # a digit
    r"|[%٪‰$€£¥₹﷼]"                                         # percent and currency signs
    r"|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]"                                 # a fraction
    r"|/"                                                   # a slash (espeak says "slash")
    r"|(?:^|(?<=\s))(?:-|−\s*)" + NUMBER_WORD +            # a minus before a number
    r"|(?<!\w)" + NUMBER_WORD + r"\s+" + _UNIT_ABBREVIATION  # a unit left abbreviated
)
"""What must never reach an engine that needs spelled-out numbers (espeak, Piper)."""


def leftovers(spoken: str) -> list[str]:
    """The pieces of ``spoken`` (verbalised text) such an engine would misread: digits, %,
    currency signs, fractions, slashes, a minus before a number, an abbreviated unit."""
    return [match.group(0) for match in LEFTOVERS.finditer(spoken)]
