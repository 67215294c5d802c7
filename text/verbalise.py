"""Spell out numbers, symbols and abbreviations for engines that cannot read them.

espeak-ng reads digits in its own way and "%" or "/" in English, so before it
speaks, every number becomes Arabic words. Rules run in order, most specific
first (a date before a range before a plain number); each one replaces digits
with words, so a later rule never sees what an earlier one handled.

What is read how (see ``tests/data/verbalisation.tsv`` for every case):
- Integers with thousands separators, decimals (1.7 -> واحد فاصلة سبعة),
  percentages (60% -> ستون بالمئة), Arabic-Indic digits and separators.
- Years: a four-digit number after عام/سنة or a month name, before م/هـ, or
  standing alone (1900-2100) is a year, read in the genitive (ألفين وأربعة
  وعشرين) as after an implied عام.
- Dates: "7 أكتوبر 2023" -> السابع من أكتوبر ألفين وثلاثة وعشرين; numeric dates
  day-month-year (22-02-2025, 22/02/2025) and ISO (2025-02-22).
- Times: 12:29 -> الثانية عشرة وتسع وعشرون دقيقة (:15 والربع, :30 والنصف);
  "الساعة 3" -> الساعة الثالثة; ص/م after a time -> صباحًا/مساءً.
- Ranges: 2015-2020 -> من ألفين وخمسة عشر إلى ألفين وعشرين ("بين" keeps بين
  ... و ...); when the first number is not smaller ("3-1") it is a score:
  ثلاثة مقابل واحد.
- Money: $ € £ and ISO codes (USD, EUR, EGP ...) before or after the amount,
  with an optional scale word: "$18.5 مليار" -> ثمانية عشر فاصلة خمسة مليار
  دولار; "$5" -> خمسة دولارات; "€1" -> يورو واحد.
- Ordinals after a definite counting noun, in the case the words before call
  for (في القرن 21 -> في القرن الحادي والعشرين, المرتبة 3 -> المرتبة
  الثالثة) and "الـ20" -> العشرين.
- Phone-like strings (a leading 0, a leading + and seven or more digits and
  separators, 8 digits or more, or three or more dash-separated groups of 2-4
  digits) are read digit by digit.
- Abbreviations: د. -> دكتور, أ.د. -> الأستاذ الدكتور, م. before a name ->
  مهندس, ص.ب -> صندوق بريد, هـ and م after a year -> هجري/ميلادي (also as a
  pair: 333هـ/945م), ق.م -> قبل الميلاد, ت before a year -> المتوفى, ص/م after
  a time -> صباحًا/مساءً; "/" -> a pause (espeak says "slash").

Grammar (context from the words around the number):
- Case: oblique (genitive/accusative: اثنين، عشرين، مئتين) after a preposition
  or a genitive-governing word (في، من، إلى، على، عن، منذ، حتى، بين، نحو، حوالي،
  بنسبة ... and a glued ب/ل/ك: "ب5"), and after أنّ/إنّ (accusative: أن 28 طفلا
  -> أن ثمانية وعشرين طفلا); nominative otherwise. A number that is the
  object of a verb ("بلغ 20") is read nominative: the verb is not recognised.
- Gender: the counted noun right after the number decides 1-2, 3-10 and 11-19
  and the units of 21-99 (28 طفلا -> ثمانية وعشرون; 9,500 امرأة -> تسعة آلاف
  وخمسمئة امرأة; 3 سنوات -> ثلاث سنوات). A noun is feminine when it ends in ة
  or in ات (شاحنات) or is in a short list of feminine words and broken
  plurals (نساء، دول); all else is masculine. Plurals in ات of masculine
  nouns are listed (مليارات، دولارات، قرارات ...); an unlisted one is read as
  feminine, and an unlisted feminine broken plural (غرف) as masculine.
Not handled: 1 and 2 before a noun are read "واحد/اثنان" + noun (Arabic puts
the noun first: "شخص واحد"); negative numbers; fractions like 1/2; a Latin
token glued to a number (G20) is read with the number in Arabic.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from text.numbers import (
    FEMININE, MASCULINE, NOMINATIVE, OBLIQUE, MAX_NUMBER, CountedNoun, cardinal, counted, decimal,
    definite, digits, ordinal,
)

_DIACRITICS = re.compile("[\u064b-\u0652\u0670]")
_INDIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪", "01234567890123456789.,%")

_GLUED_PREFIX = re.compile(r"(?<!\w)([وف]?[بلك])ـ\s?(?=\d)")  # "بـ 5" -> "ب5"
LEFT = r"(?<![\d.,])"
RIGHT = r"(?!\d|[.,]\d)"
NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_WORD_END = r"(?![\w])"

MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر")
OTHER_MONTHS = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
                "تشرين الثاني", "كانون الأول", "إبريل", "ابريل", "اغسطس", "أغسطس", "يونية", "يولية",
                "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة", "ذي القعدة", "ذي الحجة")
_MONTH = "(?:" + "|".join(sorted({re.escape(m) for m in MONTHS + OTHER_MONTHS}, key=len, reverse=True)) + ")"

OBLIQUE_AFTER = frozenset({
    "في", "من", "إلى", "الى", "على", "عن", "منذ", "حتى", "بين", "خلال", "بعد", "قبل", "مع", "لدى", "عند",
    "نحو", "بنحو", "لنحو", "حوالي", "حوالى", "بحوالي", "قرابة", "بقرابة", "زهاء", "بزهاء", "أكثر", "أقل",
    "بنسبة", "نسبة", "بمعدل", "معدل", "بقيمة", "قيمة", "بمبلغ", "مبلغ", "بواقع", "إجمالي", "مجموع",
    "عام", "العام", "سنة", "السنة", "لعام", "بعام", "لسنة", "بسنة", "عامي", "سنتي",
    # أنّ/إنّ and their kin put the noun after them in the accusative (written without shadda).
    "أن", "إن", "لأن", "بأن", "كأن", "لكن",
})
YEAR_WORDS = frozenset({"عام", "العام", "سنة", "السنة", "لعام", "بعام", "لسنة", "بسنة", "عامي", "سنتي",
                        "موسم", "الموسم", "مواليد", "دورة"})
FUNCTION_WORDS = frozenset({"في", "من", "إلى", "على", "عن", "مع", "و", "أو", "ثم", "حتى", "منذ", "بعد", "قبل",
                            "حين", "عندما", "حيث", "التي", "الذي", "كما", "لكن", "إلا", "قد", "لقد", "وفي",
                            "ومن", "وقد", "وهو", "وهي", "هو", "هي", "أن", "إن", "بين", "خلال", "عندما"})
FEMININE_WORDS = frozenset({
    "امرأة", "نساء", "سيدة", "سيدات", "فتاة", "فتيات", "بنت", "بنات", "أم", "أمهات", "سنوات", "ساعات",
    "دقائق", "ثوان", "ثواني", "مرات", "أسر", "عائلات", "دول", "مدن", "قرى", "شركات", "مؤسسات", "منظمات",
    "طائرات", "سيارات", "سفن", "ليرات", "غارات", "قذائف", "دبابات", "حالات", "إصابات", "وفيات", "أشجار",
    "جامعات", "مدارس", "مستشفيات", "ولايات", "محافظات", "لغات", "كلمات", "صفحات", "ليال", "ليالي", "أيادي",
    "نقاط", "درجات", "مراحل", "جولات", "دورات", "مباريات", "أهداف", "ميداليات", "جوائز",
})
# Words that can follow a number without being what it counts.
NOT_COUNTED = FUNCTION_WORDS | {"فقط", "تقريبا", "تقريبًا", "أيضا", "أيضًا", "نحو", "حوالي", "أو", "إلى", "الى",
                                "وحده", "وحدها", "بالمئة", "بالمائة", "في المئة", "مقابل", "ضد"}
# Plurals in ات are feminine (شاحنات، سيارات) except these, whose singular is masculine.
MASCULINE_PLURALS_IN_AT = frozenset({
    "مليارات", "تريليونات", "دولارات", "جنيهات", "ريالات", "فرنكات", "يوروهات", "كيلومترات", "سنتيمترات",
    "مليمترات", "لترات", "اجتماعات", "تصريحات", "قرارات", "مستشفيات", "انتخابات", "امتحانات", "حيوانات",
    "مطارات", "قطارات", "ملفات", "مشروعات", "طلبات", "اتصالات", "مسلسلات", "مهرجانات", "استثمارات",
    "مؤتمرات", "إجراءات", "اختبارات", "حسابات", "تحقيقات", "مقترحات", "مستويات", "معسكرات", "مخيمات",
    "ممرات", "بيانات", "تقارير", "مواقع", "أهداف", "أشجار",
})

ORDINAL_NOUNS = ("القرن", "المرتبة", "المركز", "الدورة", "الطبعة", "الجولة", "الحلقة", "المادة", "البند",
                 "الفقرة", "الفصل", "الباب", "الصف", "الطابق", "الأسبوع", "النسخة", "المرحلة", "الشوط",
                 "الدقيقة", "الجزء", "المجلد", "الفئة", "الموجة", "الذكرى", "المؤتمر", "الدرجة")
_ORDINAL_NOUN = "(?:" + "|".join(ORDINAL_NOUNS) + ")"

SCALE_WORDS = ("ألف", "آلاف", "ألفا", "ألفًا", "مليون", "ملايين", "مليونا", "مليونًا", "مليار", "مليارات",
               "مليارا", "مليارًا", "تريليون", "تريليونات")
_SCALE = "(?:" + "|".join(sorted(SCALE_WORDS, key=len, reverse=True)) + ")"


def _noun(singular: str, dual: str, plural: str, accusative: str, gender: str = MASCULINE,
          adjective: tuple[str, str, str, str] | None = None) -> CountedNoun:
    """A currency noun; ``adjective`` = (singular, dual stem, plural, accusative) agreeing forms."""
    if adjective is None:
        return CountedNoun(singular, dual + "ان", dual + "ين", plural, accusative, gender)
    sg, du, pl, acc = adjective
    return CountedNoun(f"{singular} {sg}", f"{dual}ان {du}ان", f"{dual}ين {du}ين", f"{plural} {pl}",
                       f"{accusative} {acc}", gender)


DOLLAR = _noun("دولار", "دولار", "دولارات", "دولارًا")
EURO = CountedNoun("يورو", "يورو", "يورو", "يورو", "يورو")
POUND = _noun("جنيه", "جنيه", "جنيهات", "جنيهًا", adjective=("إسترليني", "إسترليني", "إسترلينية", "إسترلينيًا"))
CURRENCY_SYMBOLS = {"$": DOLLAR, "€": EURO, "£": POUND}
CURRENCY_CODES = {
    "USD": DOLLAR, "EUR": EURO, "GBP": POUND,
    "EGP": _noun("جنيه", "جنيه", "جنيهات", "جنيهًا", adjective=("مصري", "مصري", "مصرية", "مصريًا")),
    "SAR": _noun("ريال", "ريال", "ريالات", "ريالًا", adjective=("سعودي", "سعودي", "سعودية", "سعوديًا")),
    "QAR": _noun("ريال", "ريال", "ريالات", "ريالًا", adjective=("قطري", "قطري", "قطرية", "قطريًا")),
    "AED": _noun("درهم", "درهم", "دراهم", "درهمًا", adjective=("إماراتي", "إماراتي", "إماراتية", "إماراتيًا")),
    "KWD": _noun("دينار", "دينار", "دنانير", "دينارًا", adjective=("كويتي", "كويتي", "كويتية", "كويتيًا")),
    "JOD": _noun("دينار", "دينار", "دنانير", "دينارًا", adjective=("أردني", "أردني", "أردنية", "أردنيًا")),
    "TRY": _noun("ليرة", "ليرت", "ليرات", "ليرة", FEMININE, adjective=("تركية", "تركيت", "تركية", "تركية")),
    "JPY": _noun("ين", "ين", "ينات", "ينًا"),
    "CNY": _noun("يوان", "يوان", "يوانات", "يوانًا"),
    "CHF": _noun("فرنك", "فرنك", "فرنكات", "فرنكًا", adjective=("سويسري", "سويسري", "سويسرية", "سويسريًا")),
}
_SYMBOL = "[$€£]"
_CODE = "(?:" + "|".join(CURRENCY_CODES) + ")"
MINUTE = CountedNoun("دقيقة", "دقيقتان", "دقيقتين", "دقائق", "دقيقة", FEMININE)

DAYTIME = {"ص": "صباحًا", "م": "مساءً"}
_DAYTIME_WORD = "(?:صباحًا|صباحا|صباحاً|مساءً|مساء|مساءا|ظهرًا|ظهرا|ظهراً|فجرًا|فجرا|ليلًا|ليلا|عصرًا|عصرا)"


# ---------------------------------------------------------------- context

_DIGIT = re.compile(r"\d")
CONTEXT_CHARS = 60
"""How far before and after a number the context rules look (one or two words)."""
_OPENING = "([{\"'«“‘"


def _bare(word: str) -> str:
    return _DIACRITICS.sub("", word)


def _case_before(text: str, position: int) -> str:
    """Oblique after a preposition or genitive-governing word (or a glued ب/ل/ك)."""
    before = text[max(0, position - CONTEXT_CHARS):position]
    glued = re.search(r"([\u0621-\u064a]+)$", _bare(before))
    if glued:
        return OBLIQUE if set(glued.group(1)) & set("بلك") and len(glued.group(1)) <= 3 else NOMINATIVE
    previous = re.search(r"(\S+)\s+$", before)
    if not previous:
        return NOMINATIVE
    word = _bare(previous.group(1)).lstrip(_OPENING)
    if word in OBLIQUE_AFTER or (word[:1] in "وف" and word[1:] in OBLIQUE_AFTER):
        return OBLIQUE
    return NOMINATIVE


def _previous_word(text: str, position: int) -> str:
    previous = re.search(r"(\S+)\s*$", text[max(0, position - CONTEXT_CHARS):position])
    word = _bare(previous.group(1)).lstrip(_OPENING) if previous else ""
    return word[1:] if word[:1] in "وفبل" and word[1:] in YEAR_WORDS else word


def _next_word(text: str, position: int) -> str:
    following = re.match(r"\s*([\u0621-\u064a\u064b-\u0652\u0670]+)", text[position:position + CONTEXT_CHARS])
    return _bare(following.group(1)) if following else ""


def gender_of(word: str) -> str:
    """Grammatical gender of a counted noun (see the module docstring for the rule)."""
    word = _bare(word).rstrip("ا")  # tanween alif: قتيلا
    for candidate in (word, word[1:] if word[:1] in "وفبل" else word):
        if candidate in MASCULINE_PLURALS_IN_AT:
            return MASCULINE
        if candidate in FEMININE_WORDS or candidate.endswith(("ة", "ات")):
            return FEMININE
    return MASCULINE


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
    case = _case_before(match.string, match.start())
    return f"{ordinal(day, case=case)} من {MONTHS[month - 1]} {_year(year)}"


def _day_month(match: re.Match[str]) -> str:
    day = int(match.group("day"))
    if not 1 <= day <= 31:
        return match.group(0)
    case = _case_before(match.string, match.start())
    return f"{ordinal(day, case=case)} من {match.group('month')}"


def _hour(hour: int) -> str:
    return ordinal(hour % 24 or 12, gender=FEMININE) if hour != 1 and hour != 13 else "الواحدة"


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
        words += " و" + counted(minute, MINUTE)
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
    if (a[0], a[1] or "") >= (b[0], b[1] or ""):
        return f"{_amount(first, NOMINATIVE, gender)} مقابل {_amount(second, NOMINATIVE, gender)}"
    previous = _previous_word(match.string, match.start())
    start, end = _amount(first, OBLIQUE, gender), _amount(second, OBLIQUE, gender)
    if previous in ("بين", "وبين"):
        return f"{start} و{end}"
    if previous in ("من", "ومن"):
        return f"{start} إلى {end}"
    return f"من {start} إلى {end}"


def _money(match: re.Match[str]) -> str:
    unit = match.group("unit")
    noun = CURRENCY_SYMBOLS.get(unit) or CURRENCY_CODES[unit]
    amount, scale = match.group("amount"), match.group("scale")
    case = _case_before(match.string, match.start())
    whole, fraction = _number(amount)
    if whole > MAX_NUMBER:
        return f"{digits(amount)} {noun.singular}"
    if scale:
        return f"{_amount(amount, case)} {scale} {noun.singular}"
    if fraction is not None:
        return f"{decimal(whole, fraction, case=case)} {noun.singular}"
    return counted(whole, noun, case=case)


def _percent(match: re.Match[str]) -> str:
    return f"{_amount(match.group('amount'), _case_before(match.string, match.start()))} بالمئة"


def _ordinal_noun(match: re.Match[str]) -> str:
    noun = match.group("noun")
    if int(match.group("n")) == 0:
        return match.group(0)
    gender = FEMININE if noun.endswith("ة") or noun == "الذكرى" else MASCULINE
    case = _case_before(match.string, match.start())
    return f"{noun} {ordinal(int(match.group('n')), gender=gender, case=case)}"


def _definite(match: re.Match[str]) -> str:
    prefix, n = match.group("prefix"), int(match.group("n"))
    words = definite(n)
    if prefix.endswith("لل"):
        return prefix[:-1] + words[1:]  # لل + عشرين: ل + العشرين -> للعشرين
    return prefix[:-2] + words


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
    gender = MASCULINE if latin else gender_of(following)
    case = NOMINATIVE if latin else _case_before(text, start)
    if following and not latin and following not in NOT_COUNTED and number.isdigit():
        # Right before its noun 200 and 2000 take the construct form: مئتا دولار، ألفا شخص.
        words = cardinal(int(number), gender=gender, case=case, construct=True) if int(number) <= MAX_NUMBER \
            else digits(number)
    else:
        words = _amount(number, case, gender)
    return _spaced(text, start, end, words)


def _left_digits(match: re.Match[str]) -> str:
    return _spaced(match.string, match.start(), match.end(), digits(match.group(0)))


def _abbreviation(words: str) -> Callable[[re.Match[str]], str]:
    return lambda match: words


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
    (re.compile(LEFT + r"(?P<day>\d{1,2})\s*(?:من\s+)?(?P<month>" + _MONTH + ")" + _WORD_END), _day_month),
    (re.compile(LEFT + r"(?P<hour>\d{1,2}):(?P<minute>\d{2})" + RIGHT
                + r"(?:\s*(?P<daytime>ص|م|" + _DAYTIME_WORD + ")" + _WORD_END + ")?"), _clock),
    (re.compile(r"(?<![\u0621-\u064a\d.,])(?P<hour>\d{1,2})\s*(?P<daytime>ص|م|" + _DAYTIME_WORD + ")"
                + _WORD_END),
     _hour_daytime),
    (re.compile(r"(?P<word>(?<!\w)[وف]?(?:ال|بال|لل)?ساعة)\s+(?P<hour>\d{1,2})" + RIGHT), _hour_after_word),
    # Era markers: 333هـ/945م, 852/1449م, 1449م, 333 هـ, 500 ق.م
    (re.compile(LEFT + r"(?P<hijri>\d{1,4})\s*/\s*(?P<gregorian>\d{3,4})\s*م" + _WORD_END), _era_pair),
    (re.compile(LEFT + r"(?P<year>\d{1,4})\s*ق\.\s?م(?P<dot>\.)?" + _WORD_END), _era("قبل الميلاد")),
    (re.compile(LEFT + r"(?P<year>\d{1,4})\s*هـ?(?P<dot>\.)?" + _WORD_END), _era("هجري")),
    (re.compile(LEFT + r"(?P<year>\d{1,4})\s*م(?P<dot>\.)?" + _WORD_END), _era("ميلادي")),
    # Phone-like: +country code, leading zero, long runs, three or more dashed groups.
    (re.compile(r"(?<![\w+])\+\d[\d\s-]{5,}\d(?!\d)"), _phone),
    (re.compile(LEFT + r"\d{2,4}(?:-\d{2,4}){2,}" + RIGHT), _phone),
    (re.compile(LEFT + r"0\d+(?:[\s-]\d{2,})*" + RIGHT), _phone),
    (re.compile(LEFT + r"\d{8,}" + RIGHT), _phone),
    # Money and percentages.
    (re.compile(r"(?P<unit>" + _SYMBOL + r")\s?(?P<amount>" + NUMBER + ")" + RIGHT
                + r"(?:\s+(?P<scale>" + _SCALE + ")" + _WORD_END + ")?"), _money),
    (re.compile(r"(?<![A-Za-z])(?P<unit>" + _CODE + r")\s?(?P<amount>" + NUMBER + ")" + RIGHT
                + r"(?:\s+(?P<scale>" + _SCALE + ")" + _WORD_END + ")?"), _money),
    (re.compile(LEFT + r"(?P<amount>" + NUMBER + ")" + RIGHT + r"(?:\s+(?P<scale>" + _SCALE + "))?\\s?"
                r"(?P<unit>" + _SYMBOL + "|" + _CODE + r"(?![A-Za-z]))"), _money),
    (re.compile(LEFT + r"(?P<amount>" + NUMBER + ")" + RIGHT + r"\s?%"), _percent),
    (re.compile(r"%\s?(?P<amount>" + NUMBER + ")" + RIGHT), _percent),
    # Ranges and scores.
    (re.compile(LEFT + r"(?P<first>" + NUMBER + r")\s?[-–—]\s?(?P<second>" + NUMBER + ")" + RIGHT), _range),
    # Ordinals.
    (re.compile(r"(?P<noun>(?<!\w)" + _ORDINAL_NOUN + r")\s+(?P<n>\d{1,3})" + RIGHT), _ordinal_noun),
    (re.compile(r"(?<!\w)(?P<prefix>[وف]?[بك]?ال|[وف]?لل)ـ?\s?(?P<n>\d+)" + RIGHT), _definite),
    # Everything else that is a number; a Latin name joined by a hyphen (COVID-19) gets a space.
    (re.compile(r"(?<=[A-Za-z])-(?=\d)"), lambda match: " "),
    (re.compile(LEFT + NUMBER + RIGHT), _plain),
    (re.compile(r"\d+"), _left_digits),
)

ABBREVIATIONS: tuple[Rule, ...] = (
    (re.compile(r"(?<![\w.])أ\.\s?د\.\s*(?=\w)"), _abbreviation("الأستاذ الدكتور ")),
    (re.compile(r"(?<![\w.])د\.\s*(?=\w)"), _abbreviation("دكتور ")),
    (re.compile(r"(?<![\w.])م\.\s*(?=\w)"), _abbreviation("مهندس ")),
    (re.compile(r"(?<![\w.])ص\.\s?ب\.?(?!\w)"), _abbreviation("صندوق بريد")),
)

SYMBOLS: tuple[Rule, ...] = (
    (re.compile(r"\s*%"), _abbreviation(" بالمئة")),
    (re.compile(r"\$"), _abbreviation(" دولار ")),
    (re.compile(r"€"), _abbreviation(" يورو ")),
    (re.compile(r"£"), _abbreviation(" جنيه إسترليني ")),
    (re.compile(r"\s*/\s*"), _abbreviation("، ")),
)


def verbalise(text: str) -> str:
    """``text`` with numbers, money, dates, times, symbols and abbreviations in Arabic words."""
    text = _GLUED_PREFIX.sub(r"\1", text.translate(_INDIC_DIGITS))
    rules = (*RULES, *ABBREVIATIONS, *SYMBOLS) if _DIGIT.search(text) else (*ABBREVIATIONS, *SYMBOLS)
    for pattern, replace in rules:
        text = pattern.sub(replace, text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()
