"""Place names a dateline gives (issue 11): the Arab world's countries, capitals, main governorates, provinces and big
cities, with the capitals and countries the Arabic press most often datelines from, in their usual spellings.

Data for ``text.datelines``: a line made only of these and a source's name ("العالم - سوريا", "أربيل") is where and from
whom the story comes. The places whose name is also an everyday word or a person's name ("العين", "صور", "الجزيرة",
"الشرقية", "صلاح الدين") are ``SHARED_NAMES``, a place only beside a source's name: alone on a line they may head a part
of any article. Left out: "كيف", "مالي" (Kyiv, Mali); the places whose name is a word of everyday prose too, a verb, a
noun, an adjective, a person's name ("سرت", "تدمر", "حماة", "حولي", "مطروح", "ينبع", "حائل", "المفرق", "المنصورة",
"المحمدية", "العلا", "أبين", "الضالع", "عتق"), which beside a name would take a heading's words for a source; "قنا"
(Qena), the Qatar News Agency's name ("الدوحة - قنا", ``credits.names_an_outlet``). Ibb is a place only with its
administrative word ("محافظة إب"): folded, "إب" is "آب" (August) and "أب". Names are compared with spelling folded
(``is_place``), so one spelling of each hamza and ta marbuta suffices; other spellings are listed. "الوادي" (El Oued) is
kept though also "the valley": the Algerian press datelines from it daily.
"""

from __future__ import annotations

from text.clean import folded_word
from text.rules import DATELINE_CITIES

COUNTRIES = (
    "مصر", "جمهورية مصر العربية", "السعودية", "المملكة العربية السعودية", "الإمارات", "دولة الإمارات",
    "الإمارات العربية المتحدة", "الكويت", "دولة الكويت", "قطر", "دولة قطر", "البحرين", "مملكة البحرين", "عمان",
    "سلطنة عمان", "اليمن", "العراق", "سوريا", "سورية", "لبنان", "الأردن", "المملكة الأردنية الهاشمية", "فلسطين",
    "دولة فلسطين", "ليبيا", "تونس", "الجزائر", "المغرب", "المملكة المغربية", "موريتانيا", "موريطانيا", "السودان",
    "جنوب السودان", "الصومال", "جيبوتي", "جزر القمر", "تركيا", "إيران", "إسرائيل", "كردستان", "إقليم كردستان",
    "كردستان العراق", "الضفة الغربية", "قطاع غزة", "الولايات المتحدة", "أمريكا", "أميركا", "روسيا", "الصين",
    "فرنسا", "بريطانيا", "ألمانيا", "إيطاليا", "إسبانيا", "أوكرانيا", "الهند", "باكستان", "أفغانستان", "اليابان",
    "كندا", "البرازيل", "إثيوبيا", "أثيوبيا", "إريتريا", "تشاد", "النيجر", "نيجيريا", "السنغال", "كينيا",
)
"""Countries and territories: the Arab world's and the others its press most often datelines from."""

CAPITALS = (
    "أبوظبي", "أبو ظبي", "مقديشو", "مقديشيو", "موروني", "جوبا", "أنقرة", "انقرة", "طهران", "تل أبيب", "روما", "مدريد",
    "فيينا", "طوكيو", "نيودلهي", "إسلام آباد", "اسلام اباد", "كابول", "كييف", "أوتاوا", "أديس أبابا",
    "أسمرة", "نجامينا", "انجامينا", "باماكو", "نيامي", "أبوجا", "داكار", "نيروبي", "الدار البيضاء",
)
"""Capitals (and a few big cities) not in ``rules.DATELINE_CITIES``."""

REGIONS_AND_CITIES = (
    # Egypt
    "الجيزة", "الدقهلية", "القليوبية", "كفر الشيخ", "المنوفية", "الإسماعيلية", "بورسعيد", "بور سعيد",
    "السويس", "دمياط", "سيناء", "شمال سيناء", "جنوب سيناء", "الفيوم", "بني سويف", "المنيا", "أسيوط", "سوهاج",
    "الأقصر", "أسوان", "الوادي الجديد", "مرسى مطروح", "الغردقة", "شرم الشيخ", "طنطا",
    "الزقازيق", "بنها", "دمنهور", "المحلة الكبرى", "العريش",
    # Saudi Arabia
    "مكة", "مكة المكرمة", "المدينة المنورة", "الدمام", "الظهران", "الطائف", "تبوك", "أبها", "جازان", "جيزان",
    "نجران", "القصيم", "بريدة", "الأحساء", "الاحساء", "الجبيل", "الباحة", "عرعر", "سكاكا", "القطيف",
    "خميس مشيط", "المنطقة الشرقية", "نيوم",
    # the Gulf
    "الشارقة", "عجمان", "رأس الخيمة", "الفجيرة", "أم القيوين", "الجهراء", "الأحمدي", "الفروانية", "الوكرة",
    "المحرق", "صلالة", "صحار", "نزوى", "ظفار", "الدقم",
    # Yemen
    "تعز", "الحديدة", "محافظة إب", "مدينة إب", "مأرب", "حضرموت", "المكلا", "سيئون", "شبوة", "لحج", "ذمار",
    "صعدة", "المهرة", "سقطرى", "المحويت",
    # Iraq
    "البصرة", "الموصل", "أربيل", "إربيل", "السليمانية", "دهوك", "كركوك", "النجف", "كربلاء", "بابل",
    "الأنبار", "الرمادي", "الفلوجة", "تكريت", "نينوى", "ديالى", "بعقوبة", "الكوت", "واسط", "الناصرية", "ذي قار",
    "ميسان", "الديوانية", "السماوة", "سامراء",
    # Syria
    "ريف دمشق", "حلب", "حمص", "اللاذقية", "طرطوس", "إدلب", "دير الزور", "الرقة", "الحسكة", "القامشلي",
    "درعا", "السويداء", "القنيطرة", "منبج", "عفرين",
    # Lebanon
    "صيدا", "زحلة", "جونية", "بعلبك", "النبطية", "البقاع", "عكار", "جبل لبنان", "الشوف", "جبيل", "الضاحية الجنوبية",
    # Jordan
    "الزرقاء", "إربد", "العقبة", "السلط", "مادبا", "الكرك", "جرش", "عجلون", "الطفيلة",
    # Palestine
    "الخليل", "نابلس", "جنين", "طولكرم", "قلقيلية", "بيت لحم", "أريحا", "سلفيت", "طوباس", "خان يونس", "خانيونس",
    "رفح", "دير البلح", "جباليا", "بيت لاهيا", "بيت حانون", "الناصرة", "حيفا", "يافا", "عكا", "اللد", "بئر السبع",
    "النقب", "أم الفحم", "القدس المحتلة",
    # Sudan
    "أم درمان", "الخرطوم بحري", "بورتسودان", "بور سودان", "ود مدني", "كسلا", "القضارف", "الفاشر", "نيالا", "دارفور",
    "كردفان", "عطبرة", "سنار", "كوستي", "دنقلا",
    # Libya
    "بنغازي", "مصراتة", "سبها", "درنة", "طبرق", "غريان", "زليتن",
    # Tunisia
    "صفاقس", "سوسة", "القيروان", "بنزرت", "قابس", "قفصة", "المنستير", "نابل", "المهدية", "مدنين", "جربة", "تطاوين",
    "القصرين", "سيدي بوزيد", "جندوبة", "توزر", "أريانة", "بن عروس", "منوبة", "سليانة", "زغوان",
    # Algeria
    "الجزائر العاصمة", "وهران", "قسنطينة", "عنابة", "البليدة", "سطيف", "باتنة", "تلمسان", "بجاية", "تيزي وزو",
    "ورقلة", "بسكرة", "الشلف", "سكيكدة", "غرداية", "تمنراست", "الأغواط", "مستغانم", "تيارت",
    "الجلفة", "الوادي",
    # Morocco
    "مراكش", "فاس", "طنجة", "مكناس", "أكادير", "أغادير", "وجدة", "تطوان", "الناظور", "بني ملال", "خريبكة",
    "سلا", "تمارة", "الصويرة", "ورزازات", "الحسيمة", "العرائش", "تازة", "سطات", "كلميم",
    # Mauritania, Somalia
    "نواذيبو", "روصو", "كيفة", "الزويرات", "هرجيسا", "كيسمايو", "بربرة", "بيداوة", "بونتلاند",
    "أرض الصومال",
    # Turkey, Iran
    "إسطنبول", "اسطنبول", "إزمير", "أنطاليا", "غازي عنتاب", "مشهد", "أصفهان", "تبريز",
)
"""Main governorates, provinces and big cities, country by country (Arab world first)."""

SHARED_NAMES = (
    "الشرقية", "الغربية", "البحيرة", "البحر الأحمر", "العين", "الجزيرة", "البيضاء", "صور", "الداخلية", "الظاهرة",
    "الباطنة", "عمران", "حجة", "الزاوية", "الجديدة", "العيون", "الداخلة", "صلاح الدين", "الأبيض", "الجنينة", "العمارة",
    "الخبر", "الكفرة", "المثنى", "القادسية",
)
"""Places whose name is also an everyday word or a person's name ("the eastern", "the island", "the white"): a place
only beside a source's name on a dateline's line ("الشرقية - NAME NAME:"), never alone."""

ADMIN_WORDS = ("محافظة", "ولاية", "مدينة", "إقليم", "منطقة", "إمارة", "العاصمة")
"""Words a dateline may put before a place ("محافظة حضرموت", "مدينة الموصل", "العاصمة صنعاء")."""


def folded(text: str) -> str:
    """A name compared loosely (``clean.folded_word``: diacritics off, spelling folded), spaces one."""
    return " ".join(folded_word(text).split())


PLACE_NAMES = frozenset(folded(name) for name in (*DATELINE_CITIES, *COUNTRIES, *CAPITALS, *REGIONS_AND_CITIES))
"""Every place, folded."""
COUNTRY_NAMES = frozenset(folded(name) for name in COUNTRIES)
"""The countries and territories, folded."""
SHARED_PLACE_NAMES = frozenset(folded(name) for name in SHARED_NAMES)
"""The places whose name is an everyday word too, folded."""
_ALL_PLACE_NAMES = PLACE_NAMES | SHARED_PLACE_NAMES
_ADMIN = tuple(folded(word) + " " for word in ADMIN_WORDS)


def is_country(part: str) -> bool:
    """Whether ``part`` is a country or a territory (``COUNTRIES``)."""
    return folded(part) in COUNTRY_NAMES


_ADJECTIVE_ENDINGS = ("يه", "ي")
"""The endings of an adjective of relation, folded ("اليمني", "المصرية")."""
_COUNTRY_ENDINGS = ("", "ا", "يا", "يه")
"""What a country's name may add to its adjective's stem: "مصر", "فرنسا", "سوريا", "السعوديه"."""


def is_country_adjective(word: str) -> bool:
    """Whether ``word`` is a country's adjective of relation, with or without its article ("اليمني" of "اليمن",
    "المصرية" of "مصر", "السورية" of "سوريا", "الفرنسي" of "فرنسا", "السعودي" of "السعودية"). A city's is not read
    (an everyday word as often: "الرياضي" is "of sport", "الطائفية" "sectarian"), nor an irregular one ("المقدسي")."""
    name = folded(word)
    stem = next((name[:-len(ending)] for ending in _ADJECTIVE_ENDINGS if name.endswith(ending)), "")
    bare = stem[2:] if stem.startswith("ال") else stem
    if len(bare) < 2:
        return False
    return any(base + ending in COUNTRY_NAMES for base in (bare, "ال" + bare) for ending in _COUNTRY_ENDINGS)


def is_place(part: str, *, shared: bool = False) -> bool:
    """Whether ``part`` is a known place, maybe after an administrative word ("محافظة حضرموت"); ``shared``: one of
    ``SHARED_NAMES`` too."""
    name = folded(part)
    bare = next((name[len(admin):] for admin in _ADMIN if name.startswith(admin)), name)
    names = _ALL_PLACE_NAMES if shared else PLACE_NAMES
    return name in names or bare in names
