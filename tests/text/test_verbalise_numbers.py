"""Arabic number words (text/numbers.py): the forms num2words gets wrong, case and gender."""

import pytest

from text.numbers import (
    ACCUSATIVE, FEMININE, OBLIQUE, CountedNoun, cardinal, counted, decimal, definite, digits, fraction, ordinal,
)

DOLLAR = CountedNoun("دولار", "دولاران", "دولارين", "دولارات", "دولارًا")


@pytest.mark.parametrize(("number", "words"), [
    (0, "صفر"), (7, "سبعة"), (11, "أحد عشر"), (12, "اثنا عشر"), (20, "عشرون"), (21, "واحد وعشرون"),
    (100, "مئة"), (200, "مئتان"), (305, "ثلاثمئة وخمسة"), (1000, "ألف"), (2000, "ألفان"),
    (3000, "ثلاثة آلاف"), (11000, "أحد عشر ألفًا"), (100000, "مئة ألف"), (101000, "مئة ألف وألف"),
    (200000, "مئتا ألف"), (33175, "ثلاثة وثلاثون ألفًا ومئة وخمسة وسبعون"),
    (1700000, "مليون وسبعمئة ألف"), (3000000000, "ثلاثة مليارات"),
])
def test_cardinal_in_the_nominative(number: int, words: str) -> None:
    assert cardinal(number) == words


def test_200_standing_alone_is_not_the_construct_form() -> None:
    assert cardinal(200) == "مئتان" and cardinal(200, case=OBLIQUE) == "مئتين"


def test_oblique_case_changes_duals_and_tens_only() -> None:
    assert cardinal(2022, case=OBLIQUE) == "ألفين واثنين وعشرين"
    assert cardinal(305, case=OBLIQUE) == "ثلاثمئة وخمسة"


def test_units_take_the_opposite_gender_of_the_counted_noun() -> None:
    assert cardinal(3) == "ثلاثة" and cardinal(3, gender=FEMININE) == "ثلاث"


def test_teens_agree_in_both_parts_with_a_feminine_noun() -> None:
    assert cardinal(13, gender=FEMININE) == "ثلاث عشرة"
    assert cardinal(11, gender=FEMININE) == "إحدى عشرة"
    assert cardinal(21, gender=FEMININE) == "إحدى وعشرون"


def test_only_the_last_group_agrees_with_the_noun() -> None:
    assert cardinal(3003, gender=FEMININE) == "ثلاثة آلاف وثلاث"


@pytest.mark.parametrize(("number", "words"), [
    (1, "دولار واحد"), (2, "دولاران"), (5, "خمسة دولارات"), (25, "خمسة وعشرون دولارًا"),
    (100, "مئة دولار"), (200, "مئتا دولار"), (2000, "ألفا دولار"), (101, "مئة دولار ودولار"),
])
def test_counted_noun_takes_the_form_its_number_requires(number: int, words: str) -> None:
    assert counted(number, DOLLAR) == words


def test_decimals_read_the_point_as_fasila() -> None:
    assert decimal(3, "5") == "ثلاثة فاصلة خمسة"
    assert decimal(0, "05") == "صفر فاصلة صفر خمسة"


def test_long_decimals_are_read_digit_by_digit_after_the_point() -> None:
    assert decimal(3, "14159") == "ثلاثة فاصلة واحد أربعة واحد خمسة تسعة"


def test_ordinals_in_both_genders() -> None:
    assert ordinal(1) == "الأول" and ordinal(1, gender=FEMININE) == "الأولى"
    assert ordinal(21, case=OBLIQUE) == "الحادي والعشرين"
    assert ordinal(12, gender=FEMININE) == "الثانية عشرة"


def test_definite_cardinal_puts_the_article_on_each_part() -> None:
    assert definite(25) == "الخمسة والعشرين"


def test_digits_are_read_one_by_one() -> None:
    assert digits("0107") == "صفر واحد صفر سبعة"


def test_numbers_beyond_the_range_are_refused() -> None:
    with pytest.raises(ValueError):
        cardinal(10**15)


def test_fractions_in_both_cases_and_before_a_noun() -> None:
    assert [fraction(1, 3), fraction(2, 3), fraction(2, 3, case=OBLIQUE), fraction(2, 3, construct=True),
            fraction(3, 4)] == ["ثلث", "ثلثان", "ثلثين", "ثلثا", "ثلاثة أرباع"]
    assert fraction(5, 12) == "خمسة من اثني عشر"


def test_the_accusative_adds_the_alif_where_arabic_writes_it() -> None:
    assert cardinal(25, gender=FEMININE, case=ACCUSATIVE) == "خمسًا وعشرين"
    assert cardinal(1200, case=ACCUSATIVE) == "ألفًا ومئتين"
    assert cardinal(1000, case=ACCUSATIVE) == "ألفًا" and cardinal(1000, case=ACCUSATIVE, construct=True) == "ألف"
    assert decimal(1, "5", case=ACCUSATIVE) == "واحد فاصلة خمسة"


def test_a_counted_noun_before_its_own_noun_takes_the_construct_form() -> None:
    million = CountedNoun("مليون", "مليونان", "مليونين", "ملايين", "مليونًا")
    assert counted(2, million, construct=True) == "مليونا"
    assert counted(2, million, case=OBLIQUE, construct=True) == "مليوني"
    assert counted(11, million) == "أحد عشر مليونًا" and counted(11, million, construct=True) == "أحد عشر مليون"
