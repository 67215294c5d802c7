"""Character cleaning applied to every input."""

from text.clean import clean_line, clean_text


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
