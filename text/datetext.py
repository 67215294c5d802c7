"""Calendar dates written out on a news page's date line: "الأحد 14/نوفمبر/2021", "07 فبراير 2011", "2024/05/12 -
10:30", "28 كانون الثاني / يناير 2016", "13 غشت 2019", "April 9, 2024", "12 mai 2024".

Month names in Arabic as Egypt and the Gulf write them, as the Levant and Iraq do ("كانون الثاني", "ك2"), as the
Maghreb does ("جانفي", "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر"), in French and in English; numbers in Western or
Arabic-Indic figures, day first ("04-10-2023", "19.03.2024") unless the year is ("2024/05/12"). A Hijri date is
recognised and passed over (the Gregorian date beside it is the one used); so is a date no calendar has (31 April),
a year outside 1990..2100, and a date whose line names another weekday than the date falls on (a day-month order
misread, or a typing slip): a wrong date on an episode is worse than none.

A small parser of our own rather than ``dateparser``: on the corpus's date lines it read every one that library read,
and the Levantine, Maghreb and Hijri pairs it did not, in about 1/100th of the time and without its start-up cost
(see ``bench/page_dates.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from text.clean import FOLD, WESTERN_DIGITS

_LETTER = "\u0621-\u064a"
_MONTH_NAMES = {
    1: ("يناير", "كانون الثاني", "ك2", "جانفي", "january", "jan", "janvier", "janv"),
    2: ("فبراير", "شباط", "فيفري", "february", "feb", "février", "fevrier", "févr", "fevr"),
    3: ("مارس", "آذار", "اذار", "march", "mar", "mars"),
    4: ("أبريل", "إبريل", "ابريل", "نيسان", "أفريل", "افريل", "april", "apr", "avril", "avr"),
    5: ("مايو", "أيار", "ايار", "ماي", "may", "mai"),
    6: ("يونيو", "يونيه", "حزيران", "جوان", "june", "jun", "juin"),
    7: ("يوليو", "يوليه", "يوليوز", "تموز", "جويلية", "جويليه", "july", "jul", "juillet", "juil"),
    8: ("أغسطس", "اغسطس", "آب", "اب", "أوت", "اوت", "غشت", "august", "aug", "août", "aout"),
    9: ("سبتمبر", "أيلول", "ايلول", "شتنبر", "september", "sept", "sep", "septembre"),
    10: ("أكتوبر", "اكتوبر", "تشرين الأول", "ت1", "october", "oct", "octobre"),
    11: ("نوفمبر", "نونبر", "تشرين الثاني", "ت2", "november", "nov", "novembre"),
    12: ("ديسمبر", "دجنبر", "كانون الأول", "ك1", "december", "dec", "décembre", "decembre", "déc"),
}
_HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع أول", "ربيع الآخر", "ربيع الثاني", "ربيع ثاني", "جمادى الأولى",
                 "جمادى الأول", "جمادي الأول", "جمادي الأولى", "جمادى الآخرة", "جمادى الثانية", "جمادي الآخرة",
                 "جمادي الثاني", "جمادى الثاني", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
_WEEKDAYS = {
    0: ("الاثنين", "الإثنين", "اثنين", "إثنين", "monday", "mon", "lundi"),
    1: ("الثلاثاء", "ثلاثاء", "tuesday", "tue", "mardi"),
    2: ("الأربعاء", "الاربعاء", "أربعاء", "اربعاء", "wednesday", "wed", "mercredi"),
    3: ("الخميس", "خميس", "thursday", "thu", "jeudi"),
    4: ("الجمعة", "جمعة", "friday", "fri", "vendredi"),
    5: ("السبت", "سبت", "saturday", "sat", "samedi"),
    6: ("الأحد", "الاحد", "أحد", "احد", "sunday", "sun", "dimanche"),
}
FIRST_YEAR, LAST_YEAR = 1990, 2100
"""Years a news page's own date may carry; a Hijri year in figures (1447) is none of them."""


def fold(text: str) -> str:
    """Figures Western, harakat and tatweel off, hamza seats and final letters folded, lower case: the form every
    pattern here matches."""
    text = re.sub("[\u064b-\u0652\u0670\u0640]", "", text.translate(WESTERN_DIGITS))
    return text.translate(FOLD).casefold()


def _alternatives(names: tuple[str, ...] | list[str]) -> str:
    forms = sorted({fold(name) for name in names}, key=len, reverse=True)
    return "|".join(r"\s*".join(re.escape(word) for word in form.split()) for form in forms)


_MONTH_OF = {fold(name).replace(" ", ""): month for month, names in _MONTH_NAMES.items() for name in names}
WEEKDAY_OF = {fold(name): day for day, names in _WEEKDAYS.items() for name in names}
_MONTH = rf"(?<![{_LETTER}a-z])(?:{_alternatives([n for names in _MONTH_NAMES.values() for n in names])})" \
         rf"(?![{_LETTER}a-z])\.?"
_HIJRI_MONTH = rf"(?<![{_LETTER}])(?:{_alternatives(_HIJRI_MONTHS)})(?![{_LETTER}])"
_DAY = r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er)?(?![\d:])"
_YEAR = r"(?<!\d)\d{4}(?!\d)"
_SEP = r"\s*[-/.,،|–]?\s*"
_HIJRI_MARK = rf"(?:ه(?![{_LETTER}])|هجري\S*)"
_HIJRI = re.compile(rf"(?:(?<!\d)\d{{1,2}}{_SEP})?{_HIJRI_MONTH}(?:{_SEP}\d{{3,4}}(?!\d)\s*{_HIJRI_MARK}?)?"
                    rf"|(?<![\d/.-])\d{{1,2}}\s*[-/.]\s*\d{{1,2}}\s*[-/.]\s*1[34]\d\d(?!\d)\s*ه?(?![{_LETTER}])"
                    rf"|(?<!\d)1[34]\d\d\s*{_HIJRI_MARK}")
"""A Hijri date, or its year marked "هـ": recognised so its figures are not read as a Gregorian date's."""
_PATTERNS = (
    # 28 كانون الثاني / يناير 2016, 11 تشرين الثاني (نوفمبر) 2009, 14/نوفمبر/2021, 27أغسطس2018, 15th July 2023
    ("dmy", re.compile(rf"(?P<d>{_DAY}){_SEP}(?P<m>{_MONTH})(?:\s*[/(]\s*(?P<m2>{_MONTH})\s*\)?)?"
                       rf"{_SEP}(?P<y>{_YEAR})")),
    # April 9, 2024; نوفمبر 6, 2025; الخميس, كانون الثاني 7, 2021
    ("mdy", re.compile(rf"(?P<m>{_MONTH})\s*(?P<d>{_DAY})\s*[,،]?\s*(?P<y>{_YEAR})")),
    # فاتح شتنبر 2023: the first of the month, as Morocco writes it
    ("first", re.compile(rf"(?<![{_LETTER}])(?:فاتح|premier|1er)\s+(?P<m>{_MONTH}){_SEP}(?P<y>{_YEAR})")),
    # 2024/05/12, 2025-01-22T19:16:33, 2025 / 3 / 16
    ("ymd", re.compile(r"(?<![\d/.-])(?P<y>\d{4})\s*(?P<s>[-/.])\s*(?P<m>\d{1,2})\s*(?P=s)\s*(?P<d>\d{1,2})"
                       r"(?![\d/.])")),
    # 06-09-2025, 26.04.2025, 16/04/2020, 20 / 5 / 2024
    ("dmy_numeric", re.compile(r"(?<![\d/.:-])(?P<d>\d{1,2})\s*(?P<s>[-/.])\s*(?P<m>\d{1,2})\s*(?P=s)\s*(?P<y>\d{4})"
                               r"(?![\d/.-]\d)")),
)
_FULL_WEEKDAYS = frozenset(name for name in WEEKDAY_OF if name.startswith("ال") or name.isascii() and len(name) > 3)
_GAP = re.compile(r"[^\w]*(?:[^\W\d]+[^\w]*)?")
_MARKS_GAP = re.compile(r"[^\w]*")
_WEEKDAY = re.compile(rf"(?<![{_LETTER}a-z])(?:{_alternatives(list(WEEKDAY_OF))})(?![{_LETTER}a-z])")


@dataclass(frozen=True)
class DateFound:
    """A calendar date read from a line, where it stands in the folded line (``fold``), and how it was written."""

    day: date
    start: int
    end: int
    form: str


def dates_in(text: str) -> tuple[DateFound, ...]:
    """Every Gregorian date written in ``text``, in order; Hijri dates, impossible dates and dates beside a weekday
    they do not fall on are left out."""
    line = fold(text)
    taken = [(m.start(), m.end()) for m in _HIJRI.finditer(line)]
    found: list[DateFound] = []
    for form, pattern in _PATTERNS:
        for match in pattern.finditer(line):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            value = _value(form, match)
            if value is not None:
                taken.append((match.start(), match.end()))
                found.append(DateFound(value, match.start(), match.end(), form))
    named = list(_WEEKDAY.finditer(line))
    checked_found = []
    for item in found:
        # A weekday is checked only next to its date, one word between at most; its short form ("جمعة", "أحد": also
        # a given name and "one of"; "sun", "sat") only with nothing but marks between ("سبت, 08/06/2022").
        weekdays = {WEEKDAY_OF[m.group()] for m in named if _next_to(line, m, item)}
        if len(weekdays) == 1:
            item = _with_weekday(item, next(iter(weekdays)))
        if item is not None:
            checked_found.append(item)
    found = checked_found
    return tuple(sorted(found, key=lambda item: item.start))


def spans(text: str) -> list[tuple[int, int]]:
    """Where Hijri dates stand in the folded line, to be passed over with the Gregorian ones."""
    return [(m.start(), m.end()) for m in _HIJRI.finditer(fold(text))]


def _value(form: str, match: re.Match[str]) -> date | None:
    year = int(match.group("y"))
    if form in ("dmy", "mdy", "first"):
        month = _MONTH_OF[re.sub(r"\s|\.", "", match.group("m"))]
        if form == "dmy" and match.group("m2") and _MONTH_OF[re.sub(r"\s|\.", "", match.group("m2"))] != month:
            return None  # two names that are not the same month's
        day = 1 if form == "first" else int(re.sub(r"\D", "", match.group("d")))
    else:
        day, month = int(match.group("d")), int(match.group("m"))
        if form == "dmy_numeric" and month > 12 >= day:
            day, month = month, day  # 04/23/2024: month first, as an English page may write it
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _next_to(line: str, weekday: re.Match[str], item: DateFound) -> bool:
    if weekday.end() <= item.start:
        gap = line[weekday.end():item.start]
    elif weekday.start() >= item.end:
        gap = line[item.end:weekday.start()]
    else:
        return False
    return (_GAP if weekday.group() in _FULL_WEEKDAYS else _MARKS_GAP).fullmatch(gap) is not None


def _with_weekday(item: DateFound, weekday: int) -> DateFound | None:
    """The date as the line's weekday confirms it: a numeric day and month read the other way round when only that
    order falls on the weekday; None when neither does."""
    if item.day.weekday() == weekday:
        return item
    if item.form in ("ymd", "dmy_numeric") and item.day.day <= 12:
        try:
            swapped = item.day.replace(month=item.day.day, day=item.day.month)
        except ValueError:
            return None
        if swapped.weekday() == weekday:
            return DateFound(swapped, item.start, item.end, item.form)
    return None
