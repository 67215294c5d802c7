"""Units of measure and scale words after a number, with the forms they take when counted.

"50 كم" is read خمسون كيلومترًا, "3 كغ" ثلاثة كيلوغرامات, "2 مليون لاجئ"
مليونا لاجئ: the number and the unit are read together (see ``numbers.counted``).
"""

from __future__ import annotations

import re

from text.numbers import BILLION, FEMININE, MASCULINE, MILLION, THOUSAND, TRILLION, CountedNoun


def noun(singular: str, dual: str, plural: str, accusative: str, gender: str = MASCULINE,
         adjective: tuple[str, str, str, str] | None = None) -> CountedNoun:
    """A counted noun from its stem forms; ``dual`` is the stem before ان/ين; ``adjective`` =
    agreeing (singular, dual stem, plural, accusative) forms of an adjective after it."""
    if adjective is None:
        return CountedNoun(singular, dual + "ان", dual + "ين", plural, accusative, gender)
    sg, du, pl, acc = adjective
    return CountedNoun(f"{singular} {sg}", f"{dual}ان {du}ان", f"{dual}ين {du}ين", f"{plural} {pl}",
                       f"{accusative} {acc}", gender)


KILOMETRE = noun("كيلومتر", "كيلومتر", "كيلومترات", "كيلومترًا")
METRE = noun("متر", "متر", "أمتار", "مترًا")
CENTIMETRE = noun("سنتيمتر", "سنتيمتر", "سنتيمترات", "سنتيمترًا")
MILLIMETRE = noun("مليمتر", "مليمتر", "مليمترات", "مليمترًا")
KILOGRAM = noun("كيلوغرام", "كيلوغرام", "كيلوغرامات", "كيلوغرامًا")
GRAM = noun("غرام", "غرام", "غرامات", "غرامًا")
TONNE = noun("طن", "طن", "أطنان", "طنًا")
LITRE = noun("لتر", "لتر", "لترات", "لترًا")
MILLILITRE = noun("مليلتر", "مليلتر", "مليلترات", "مليلترًا")
MILE = noun("ميل", "ميل", "أميال", "ميلًا")
NAUTICAL_MILE = noun("ميل", "ميل", "أميال", "ميلًا", adjective=("بحري", "بحري", "بحرية", "بحريًا"))
KNOT = noun("عقدة", "عقدت", "عقد", "عقدة", FEMININE)
HECTARE = noun("هكتار", "هكتار", "هكتارات", "هكتارًا")
DUNAM = noun("دونم", "دونم", "دونمات", "دونمًا")
BARREL = noun("برميل", "برميل", "براميل", "برميلًا")
MEGAWATT = noun("ميغاواط", "ميغاواط", "ميغاواطات", "ميغاواط")
GIGAWATT = noun("غيغاواط", "غيغاواط", "غيغاواطات", "غيغاواط")
KILOWATT = noun("كيلوواط", "كيلوواط", "كيلوواطات", "كيلوواط")
KILOWATT_HOUR = CountedNoun("كيلوواط ساعة", "كيلوواط ساعة", "كيلوواط ساعة", "كيلوواط ساعة",
                            "كيلوواط ساعة")
SQUARE_KM = noun("كيلومتر", "كيلومتر", "كيلومترات", "كيلومترًا", adjective=("مربع", "مربع", "مربعة", "مربعًا"))
SQUARE_M = noun("متر", "متر", "أمتار", "مترًا", adjective=("مربع", "مربع", "مربعة", "مربعًا"))
CUBIC_M = noun("متر", "متر", "أمتار", "مترًا", adjective=("مكعب", "مكعب", "مكعبة", "مكعبًا"))
DEGREE = noun("درجة", "درجت", "درجات", "درجة", FEMININE)
CELSIUS = noun("درجة", "درجت", "درجات", "درجة", FEMININE, adjective=("مئوية", "مئويت", "مئوية", "مئوية"))
KM_PER_HOUR = CountedNoun("كيلومتر في الساعة", "كيلومتران في الساعة", "كيلومترين في الساعة",
                          "كيلومترات في الساعة", "كيلومترًا في الساعة")

UNITS: dict[str, CountedNoun] = {
    "كم/س": KM_PER_HOUR, "كم/ساعة": KM_PER_HOUR, "كلم/س": KM_PER_HOUR, "كلم/ساعة": KM_PER_HOUR,
    "km/h": KM_PER_HOUR,
    "كم²": SQUARE_KM, "كم2": SQUARE_KM, "كلم²": SQUARE_KM, "كلم2": SQUARE_KM, "km²": SQUARE_KM,
    "م²": SQUARE_M, "م2": SQUARE_M, "م³": CUBIC_M, "م3": CUBIC_M, "m²": SQUARE_M,
    "كم": KILOMETRE, "كلم": KILOMETRE, "km": KILOMETRE,
    "سم": CENTIMETRE, "cm": CENTIMETRE, "ملم": MILLIMETRE, "مم": MILLIMETRE, "mm": MILLIMETRE,
    "كغ": KILOGRAM, "كلغ": KILOGRAM, "كجم": KILOGRAM, "كغم": KILOGRAM, "kg": KILOGRAM,
    "غ": GRAM, "غم": GRAM, "جم": GRAM, "g": GRAM,
    "مل": MILLILITRE, "ml": MILLILITRE,
    "°م": CELSIUS, "° م": CELSIUS, "°C": CELSIUS, "° C": CELSIUS, "℃": CELSIUS, "°": DEGREE,
    "ميغاواط": MEGAWATT, "ميجاوات": MEGAWATT, "ميغاوات": MEGAWATT, "MW": MEGAWATT,
    "غيغاواط": GIGAWATT, "جيجاوات": GIGAWATT, "GW": GIGAWATT,
    "كيلوواط ساعة": KILOWATT_HOUR, "كيلوواط/ساعة": KILOWATT_HOUR, "kWh": KILOWATT_HOUR,
    "كيلوواط": KILOWATT, "kW": KILOWATT,
    "ميل بحري": NAUTICAL_MILE, "ميلا بحريا": NAUTICAL_MILE, "ميلاً بحرياً": NAUTICAL_MILE,
    "عقدة": KNOT, "ميل": MILE, "ميلا": MILE, "ميلاً": MILE,
    "طن": TONNE, "طنا": TONNE, "طناً": TONNE, "لتر": LITRE, "لترا": LITRE, "لتراً": LITRE,
    "هكتار": HECTARE, "هكتارا": HECTARE, "دونم": DUNAM, "دونما": DUNAM, "برميل": BARREL, "برميلا": BARREL,
    "كيلومتر": KILOMETRE, "كيلومترا": KILOMETRE, "كيلومتراً": KILOMETRE, "متر": METRE, "مترا": METRE,
    "متراً": METRE, "كيلوغرام": KILOGRAM, "كيلوغراما": KILOGRAM, "كيلوجرام": KILOGRAM,
    "درجة مئوية": CELSIUS, "درجات مئوية": CELSIUS, "درجة": DEGREE, "درجات": DEGREE,
}
"""Written unit (abbreviation, or the singular noun a writer put after any number) -> counted noun.
"م" (metre) is apart: after a number it may also be ميلادي or مساءً (see ``verbalise``)."""

UNIT_PATTERN = "(?:" + "|".join(re.escape(unit) for unit in sorted(UNITS, key=len, reverse=True)) + ")"

SCALES: dict[str, CountedNoun] = {}
for _scale in (THOUSAND, MILLION, BILLION, TRILLION):
    _bare_accusative = _scale.accusative.replace("\u064b", "")  # مليونًا -> مليونا
    for _form in (_scale.singular, _scale.plural, _scale.accusative, _bare_accusative,
                  _bare_accusative + "\u064b", _scale.dual, _scale.dual_oblique):
        SCALES[_form] = _scale
SCALES.update({"بليون": BILLION, "مليار": BILLION, "ألوف": THOUSAND})
SCALE_PATTERN = "(?:" + "|".join(sorted(SCALES, key=len, reverse=True)) + ")"
