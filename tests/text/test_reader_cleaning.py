"""Character cleaning applied to every input."""

import unicodedata

from text.clean import clean_line, clean_text
from text.reader import parse_article


def test_text_is_nfc_normalised():
    decomposed = "\u0627\u0653"  # alef + madda above
    assert clean_line(decomposed) == "\u0622"


def test_tatweel_is_removed():
    assert clean_line("مـــاسك") == "ماسك"


def test_tatweel_of_the_hijri_abbreviation_is_kept():
    assert clean_line("(ت 384هـ/995م) سنة 1445 هـ") == "(ت 384هـ/995م) سنة 1445 هـ"


def test_zero_width_and_bidi_controls_are_removed():
    assert clean_line("\u200fمر\u200bحبا\u200e \u202bعالم\u202c \u2067نص\u2069\u061c") == "مرحبا عالم نص"


def test_nbsp_and_runs_of_spaces_become_one_space():
    assert clean_line("كلمة\u00a0\u00a0أخرى   \t ثالثة\u202fرابعة") == "كلمة أخرى ثالثة رابعة"


def test_diacritics_are_kept():
    assert clean_line("الفَرَج كُتُب") == "الفَرَج كُتُب"


def test_line_ends_of_every_kind_split_lines():
    assert clean_text("أ\r\nب\rج\u2028د") == ["أ", "ب", "ج", "د"]


def _as_presentation_forms(text: str) -> str:
    """The same text written with the shaped glyphs a PDF copy or an old page can carry (isolated forms)."""
    glyphs = {}
    for code in range(0xFE70, 0xFEFF):
        name = unicodedata.name(chr(code), "")
        if name.endswith("ISOLATED FORM"):
            glyphs.setdefault(unicodedata.normalize("NFKC", chr(code)).strip(), chr(code))
    return "".join(glyphs.get(char, char) for char in text)


def test_arabic_presentation_forms_become_letters():
    assert clean_line(_as_presentation_forms("أعلنت الوزارة لائحة")) == "أعلنت الوزارة لائحة"
    assert clean_line("\ufefb \ufdf2") == "لا الله"  # lam-alef and the Allah ligature
    assert clean_line("ب\ufe7c") == "بّ"  # a mark's isolated form: no space before the mark


def test_a_page_in_presentation_forms_is_read_as_an_article():
    page = ("افتتاح مكتبة عامة جديدة في المدينة\n\n"
            "افتتحت البلدية صباح اليوم مكتبة عامة جديدة تضم آلاف الكتب وقاعات للقراءة والدراسة، "
            "وقال رئيس البلدية إن المكتبة ستفتح أبوابها للجميع طوال أيام الأسبوع.\n\n"
            "وأضاف أن المشروع استغرق عامين من العمل، وأن قسما خاصا للأطفال سيفتتح الشهر المقبل.\n")
    shaped = parse_article(_as_presentation_forms(page), name="shaped.txt")
    plain = parse_article(page, name="plain.txt")
    assert shaped.headline == plain.headline == "افتتاح مكتبة عامة جديدة في المدينة"
    assert shaped.sections == plain.sections
