"""Short lines between paragraphs that never head a part of the article, whatever the line model or the shape rules
say of them: they are the article's own text (read as body), never dropped here.

A sub-heading names the part under it. These lines stand between paragraphs as short as one, but say something else:
- a verse of the Quran, the line being the verse in its ornate brackets ("﴿...﴾", alone or after a lead-in closed by
  a colon, "قال تعالى:"): a quotation; a heading that cites a verse inside its own words ("تفسير قوله تعالى ﴿...﴾")
  stays a heading;
- a result after its label, a short row ("النتيجة النهائية: 3-1", "الشوط الأول: 1-1", "النتيجة: NAME 2 - 0 NAME"):
  a match's data, never a year, a range of years or a date ("المرحلة الأولى: 2025-2026" heads its part); the other
  rows of the same box between paragraphs are the data box's (``text.factrows``);
- a short quotation standing alone, wholly in its quote marks ('"لا تراجع عن القرار"'): what someone said (the
  annotation guide: "a quoted line" is body); a quoted name of two words ("«الخط الأحمر»") may head a part;
- a line opening with a verb of the present after a list's mark ("ب- يحق لكل ساكن", "• يعمل المحرك ..."):
  a list's item or a clause of a statute. A part's name is a noun's phrase ("تفاصيل الحادث", "ارتفاع الأسعار"): of
  the 280 sub-headings annotated on the readable pages none opens with a verb of the present. Unmarked, such a line
  may still head a part, told as a headline is ("يأتي الربيع بالبطولات", "يطالب الصيادون بموسم أطول").
"""

from __future__ import annotations

import re

from text.bodytables import TABLE_ROW_WORDS
from text.lineshape import HARAKAT, is_present_verb
from text.names import is_given_name
from text.places import is_country_adjective
from text.rules import MONTHS

VERSE_OPEN, VERSE_CLOSE = "\ufd3f", "\ufd3e"
"""The ornate brackets "﴿" and "﴾" that print a verse of the Quran; no other text uses them."""
MAX_LABEL_WORDS = 3
"""A data row's label is this short ("النتيجة", "النتيجة النهائية", "البطاقات الحمراء"): a longer text before a colon
is a clause or a title's first half ("الموسم المقبل وحساباته: صراع مفتوح على الصدارة")."""
_LABEL_VALUE = re.compile(r"^(?P<label>[^:：\d\u0660-\u0669]+?)\s*[:：]\s*(?P<value>\S.*)$")
_DIGITS = r"[\d\u0660-\u0669]"
_SCORE = re.compile(rf"(?<!{_DIGITS}|[.,/\-–])(?P<home>{_DIGITS}{{1,2}})\s*[-–]\s*(?P<away>{_DIGITS}{{1,2}})"
                    rf"(?!{_DIGITS}|[.,/]|\s*[-–/]\s*{_DIGITS})")
"""A score: two numbers of one or two digits joined by a dash ("3-1", "2 - 0"), not a piece of a date ("2024-05-31",
"25 - 03 - 2021") nor a range of years ("2000 – 2012")."""
_LONG_NUMBER = re.compile(rf"{_DIGITS}{{3,}}")
"""A number of three digits or more: a year ("2025"), a range of years ("2025-2026"), an amount; never in a result."""
_FIGURES_ONLY = re.compile(r"^(?=.*[\d\u0660-\u0669])[\d\u0660-\u0669\s.,٫%٪/+×x]+$")
"""A value made of figures alone, one at least ("1.2", "74%", "3/2"; not "x" nor "..."); a dash pair is a score or a
range, told by ``_SCORE``."""
QUOTE_PAIRS = {'"': '"', "«": "»", "“": "”", "„": "“", "'": "'", "‘": "’"}
MIN_QUOTE_WORDS, MAX_QUOTE_WORDS = 3, 12
"""A short quotation standing as a line of its own: a statement of three words or more (two quoted words are a name,
"«الخط الأحمر»"); a longer quoted line is a paragraph anyway."""
MAX_VERSE_LEAD_WORDS = 4
"""The lead-in before a verse on its line ("قال تعالى:", "وقال الله عز وجل:") is this short."""


def never_heads_a_part(text: str) -> str | None:
    """Why a short line between paragraphs is the article's text and no sub-heading, or None."""
    if quotes_scripture(text):
        return "a verse of the Quran"
    if states_a_result(text):
        return "a result or figure after its label"
    if quoted_alone(text):
        return "a quotation standing alone"
    if states_with_a_verb(text):
        return "a sentence opening with a verb"
    return None


def quotes_scripture(text: str) -> bool:
    """The line is a verse: opened by "﴿" (or by a short lead-in closed by a colon, "قال تعالى:") and closed by "﴾"
    (a reference in brackets or a stop may follow). A heading citing a verse in its own words is no verse."""
    line = text.strip()
    opening, closing = line.find(VERSE_OPEN), line.rfind(VERSE_CLOSE)
    if opening < 0 or closing < opening:
        return False
    lead, tail = line[:opening].strip(), line[closing + 1:].strip()
    lead_ok = not lead or lead.endswith((":", "：")) and len(lead.split()) <= MAX_VERSE_LEAD_WORDS
    tail_ok = not tail.strip(" .،:؛") or tail.startswith(("(", "[")) and tail.endswith((")", "]"))
    return lead_ok and tail_ok


def label_value(text: str) -> tuple[str, str] | None:
    """The label (``MAX_LABEL_WORDS`` words at most, no figure) and the value of a short "LABEL: VALUE" row
    (``TABLE_ROW_WORDS`` words at most: a paragraph opened by "NAME:" is a quotation, not a row), or None."""
    line = text.strip()
    match = _LABEL_VALUE.match(line)
    if (match is None or not 0 < len(match["label"].split()) <= MAX_LABEL_WORDS
            or len(line.split()) > TABLE_ROW_WORDS):
        return None
    return match["label"], match["value"]


def states_a_result(text: str) -> bool:
    """A short row: a label and a value that is a score ("النتيجة: NAME 3 - 1 NAME") or figures alone ("نسبة
    المشاركة: 64%"); no number of three digits or more in the value (a year, a range of years)."""
    row = label_value(text)
    if row is None or _LONG_NUMBER.search(row[1]):
        return False
    return is_score(row[1]) or bool(_FIGURES_ONLY.match(row[1]))


def is_score(value: str) -> bool:
    """A dash pair of one- or two-digit numbers that reads as a score, not a range or a date: standing between the
    two sides' names ("NAME 2 - 0 NAME"), or alone of single digits ("3-1"; "6-12" is a range of ages, "20-3" a
    day and a month)."""
    match = _SCORE.search(value)
    if match is None:
        return False
    before, after = value[:match.start()].strip(), value[match.end():].strip()
    if before and after:
        return True
    return not before and not after and len(match["home"]) == len(match["away"]) == 1


def quoted_alone(text: str) -> bool:
    """A short line wholly inside one pair of quote marks: opened and closed by them, no quote mark between (a line
    quoting two names, '"X" .. "Y"', is a title's), ``MIN_QUOTE_WORDS`` words or more."""
    line = text.strip()
    if len(line) < 3 or not MIN_QUOTE_WORDS <= len(line.split()) <= MAX_QUOTE_WORDS:
        return False
    opening, closing = line[0], line[-1]
    inner = line[1:-1]
    return (QUOTE_PAIRS.get(opening) == closing
            and not any(mark in inner for mark in set(QUOTE_PAIRS) | set(QUOTE_PAIRS.values())))


_ITEM_MARK = re.compile(r"^[^\w«\"“]*(?:(?:[0-9\u0660-\u0669]{1,2}|[أابجده])\s*[-–—.)]\s*)?")
"""A list's mark before a line's first word: a bullet or dash, a number or a letter of the abjad order ("ب- ", "ج -",
"2) ")."""
_DAY_WORD = re.compile(r"^يوم")
""""يوم" and its kin ("يوما", "يوميات"): a day, a noun spelt as a verb of the present is."""
_BROKEN_PLURAL = re.compile(r"^ي[\u0621-\u064a]ا[\u0621-\u064a]ي[\u0621-\u064a]$")
"""A broken plural of the shape يفاعيل ("ينابيع", "يواقيت"): no verb of the present is spelt so."""
_PEOPLES_PLURAL = re.compile(r"^ي[\u0621-\u064a]{2,}ي(?:ون|ين|و)$")
"""A people's or a faith's name in the plural, an adjective of relation ("يزيديون", "يمنيين", "يونانيو"): a verb
spelt with ي before its plural ending ("يحيون") has fewer letters before it."""
NOUNS_SPELT_AS_VERBS = frozenset(("يهود", "يهودي", "يمين", "يسار", "يقين", "يخت", "يتيم", "ينبوع", "يورو"))
"""Nouns a line may open with that have the shape of a verb of the present ("يهود اليمن ...", "يمين الوسط ...")."""


def states_with_a_verb(text: str) -> bool:
    """Whether a line opening with a verb of the present (``opens_with_present_verb``) stands after a list's mark (a
    bullet, a number or a letter: "ب- يحق ..."): a list's item or a statute's clause."""
    line = text.strip()
    return _ITEM_MARK.match(line).end() > 0 and opens_with_present_verb(line)


def opens_with_present_verb(text: str) -> bool:
    """Whether the line's first word, after a list's mark, is a verb of the present in the third person masculine
    (ي and a verb's letters, ``lineshape.is_present_verb``: "يمكن", "يتم", "يقترع"), not a given name ("يوسف",
    "يحيى"), a month ("يناير", "يونيو"), a day's word ("يوميات") nor a noun of the verb's shape ("ينابيع",
    "يزيديون", "يهود": ``_BROKEN_PLURAL``, ``_PEOPLES_PLURAL``, ``NOUNS_SPELT_AS_VERBS``, a country's adjective
    "يمني"). The feminine ت is left out: the verbal nouns that name parts are spelt so ("تصاعد الهجمات")."""
    words = HARAKAT.sub("", _ITEM_MARK.sub("", text.strip(), count=1)).split()
    if not words:
        return False
    first = words[0].strip("،,.:؛")
    return (first.startswith("ي") and is_present_verb(first) and not is_given_name(first) and first not in MONTHS
            and not _DAY_WORD.match(first) and not _BROKEN_PLURAL.match(first) and not _PEOPLES_PLURAL.match(first)
            and first not in NOUNS_SPELT_AS_VERBS and not is_country_adjective(first))
