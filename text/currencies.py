"""Currencies written next to an amount: their Arabic abbreviations, and how their amounts are written.

An abbreviation after an amount ("45,072 ل.ل." is خمسة وأربعون ألفًا واثنتان وسبعون ليرة لبنانية) is two letters
with a dot between (the last dot may be left out): the currency's initial and the country's. It is read only right
after a number (``text.verbalise``), where no other abbreviation stands so; the dot it ends on is no sentence end
(``text.chunk``).

How a currency's amounts are written tells what one dot before three digits is (``currency_decimals``, used by
``text.separators``): the dinars of 1000 fils or millimes (Kuwaiti, Bahraini, Jordanian, Tunisian, Libyan) and the
Omani rial of 1000 baisa are written with three decimals (2.750 دينار كويتي); the Iraqi and Algerian dinars and the
Lebanese and Syrian pounds are written whole, their thousands grouped (1.500 دينار عراقي); other currencies have
cents, so three digits after a dot are an exchange rate's decimals (3.750 ريال، 1.085 دولار).
"""

from __future__ import annotations

import re

from text.numbers import FEMININE, CountedNoun
from text.units import noun


def _masculine(singular: str, plural: str, country: str) -> CountedNoun:
    """A masculine currency and its country's adjective: ريال سعودي، ريالان سعوديان، ثلاثة ريالات سعودية."""
    return noun(singular, singular, plural, singular + "ًا",
                adjective=(country, country, country + "ة", country + "ًا"))


def _lira(country: str) -> CountedNoun:
    return noun("ليرة", "ليرت", "ليرات", "ليرة", FEMININE, adjective=(country + "ة", country + "ت", country + "ة",
                                                                      country + "ة"))


def _dinar(country: str) -> CountedNoun:
    return _masculine("دينار", "دنانير", country)


def _riyal(country: str) -> CountedNoun:
    return _masculine("ريال", "ريالات", country)


def _dirham(country: str) -> CountedNoun:
    return _masculine("درهم", "دراهم", country)


CURRENCY_ABBREVIATIONS: dict[str, CountedNoun] = {
    "ل.ل": _lira("لبناني"), "ل.س": _lira("سوري"), "ج.م": _masculine("جنيه", "جنيهات", "مصري"),
    "ر.س": _riyal("سعودي"), "ر.ق": _riyal("قطري"), "ر.ع": _riyal("عماني"), "ر.ي": _riyal("يمني"),
    "د.إ": _dirham("إماراتي"), "د.م": _dirham("مغربي"),
    "د.ك": _dinar("كويتي"), "د.أ": _dinar("أردني"), "د.ب": _dinar("بحريني"), "د.ع": _dinar("عراقي"),
    "د.ج": _dinar("جزائري"), "د.ت": _dinar("تونسي"), "د.ل": _dinar("ليبي"),
}
"""The abbreviation, its dot in the middle and no space, -> the currency as counted."""

ABBREVIATION_PATTERN = ("(?:" + "|".join(re.escape(key).replace(r"\.", r"\.\s?") for key in CURRENCY_ABBREVIATIONS)
                        + r")(?P<dot>\.)?(?![\w.])")
"""An abbreviation as written: "ل.ل.", "ل. س", "ر.س"; ``dot`` is its last dot, when written."""


def abbreviated_currency(written: str) -> CountedNoun:
    """The currency an abbreviation matched by ``ABBREVIATION_PATTERN`` names."""
    return CURRENCY_ABBREVIATIONS[re.sub(r"\s+", "", written).rstrip(".")]


THOUSANDTHS, WHOLE, HUNDREDTHS = "thousandths", "whole", "hundredths"
"""How a currency's amounts are written: three decimals, whole units, or two decimals (cents)."""
_THOUSANDTHS_COUNTRIES = ("كويتي", "بحريني", "أردني", "تونسي", "ليبي", "عماني")
_WHOLE_COUNTRIES = ("عراقي", "جزائري", "لبناني", "سوري")
_CODES = {**dict.fromkeys(("KWD", "BHD", "JOD", "TND", "LYD", "OMR", "د.ك", "د.ب", "د.أ", "د.ت", "د.ل", "ر.ع"),
                          THOUSANDTHS),
          **dict.fromkeys(("IQD", "DZD", "LBP", "SYP", "د.ع", "د.ج", "دج", "ل.ل", "ل.س"), WHOLE)}
_CURRENCY_WORD = re.compile(r"(?:دولار|ريال|درهم|جنيه|دينار|فرنك|يوان|روبي|شيكل|شيقل|تومان|لير)(?:ات|ًا|اً|ا|ة)?"
                            r"|يورو|ين|دراهم|دنانير")
_ARABIC_WORD = re.compile(r"\s*([\u0621-\u064a\u064b\u064c]+)")
_CODE = re.compile(r"\s*(" + "|".join(re.escape(code).replace(r"\.", r"\.\s?") for code in _CODES)
                   + r")\.?(?![\w.])|\s*(?:[$€£¥]|[A-Z]{3}(?![A-Za-z]))")
"""A currency's code or sign; the codes of other currencies than ``_CODES``' have cents (USD, SAR)."""


def currency_decimals(after: str, word_before: str = "") -> str | None:
    """How the amounts of the currency written right after an amount (``after``: the text that follows it) or right
    before it (``word_before``: a sign or a code, "$1.500", "KWD 2.750") are written: ``THOUSANDTHS``, ``WHOLE`` or
    ``HUNDREDTHS``; None when no currency is named there. A dinar without its country stays ``THOUSANDTHS``: the
    amount keeps its decimal point, as it always has."""
    code = _CODE.match(after) or (_CODE.fullmatch(word_before) if word_before else None)
    if code is not None:
        return _CODES.get(re.sub(r"\s+", "", code.group(1) or ""), HUNDREDTHS)
    word = _ARABIC_WORD.match(after)
    if word is None or not _CURRENCY_WORD.fullmatch(word.group(1)):
        return None
    country = _ARABIC_WORD.match(after, word.end())
    named = country.group(1) if country is not None else ""
    if named.startswith(_WHOLE_COUNTRIES):
        return WHOLE
    if named.startswith(_THOUSANDTHS_COUNTRIES) or word.group(1).startswith(("دينار", "دنانير")):
        return THOUSANDTHS
    return HUNDREDTHS
