"""A number's separators read as its writer meant them (text/separators.py), so that espeak hears a number, never its
digits one by one: thousands grouped with commas (also a typo's 1000,000), with dots (1.000.000), with the Arabic ٬;
decimals with a dot, a comma (3,5) or the Arabic ٫. One dot before three digits stays a decimal point unless the
sentence tells it groups thousands. Every sentence is written for the test (no real page's text)."""

import pytest

from text.currencies import HUNDREDTHS, THOUSANDTHS, WHOLE, currency_decimals
from text.separators import normal_separators
from text.verbalise import verbalise


@pytest.mark.parametrize(("written", "heard"), [
    # the grouping a typo makes, the sign glued before or after
    ("رصدت له (2000,000$).", "رصدت له (مليونا دولار)."),
    ("رصدت له (2000,000 دولار)", "رصدت له (مليونا دولار)"),
    ("رصدت له $2000,000 فقط", "رصدت له مليوني دولار فقط"),
    # commas, dots, the Arabic thousands separator, one number each way
    ("رصدت الوزارة 3,000,000 دولار", "رصدت الوزارة ثلاثة ملايين دولار"),
    ("رصدت الوزارة 3.000.000 يورو", "رصدت الوزارة ثلاثة ملايين يورو"),
    ("رصدت الوزارة ٣٬٠٠٠٬٠٠٠ دولار", "رصدت الوزارة ثلاثة ملايين دولار"),
    ("رصدت الوزارة ٣٠٠٠٬٠٠٠ دولار", "رصدت الوزارة ثلاثة ملايين دولار"),
    ("قدرت الخسائر بـ 14.300.000 درهم", "قدرت الخسائر بأربعة عشر مليونًا وثلاثمئة ألف درهم"),
    # a decimal comma, the Arabic decimal point, and a decimal after thousands grouped either way
    ("تراجع الإنتاج بنسبة 6,5 بالمئة", "تراجع الإنتاج بنسبة ستة فاصلة خمسة بالمئة"),
    ("تراجع الإنتاج بنسبة ٦٫٥ بالمئة", "تراجع الإنتاج بنسبة ستة فاصلة خمسة بالمئة"),
    ("بقي في الخزينة 2.000.000,5 يورو", "بقي في الخزينة مليونان فاصلة خمسة يورو"),
    ("بقي في الخزينة ٢٬٠٠٠٫٥ دولار", "بقي في الخزينة ألفان فاصلة خمسة دولار"),
])
def test_a_number_is_read_whatever_its_separators(written: str, heard: str) -> None:
    assert verbalise(written) == heard


@pytest.mark.parametrize(("written", "heard"), [
    # one dot before three digits counts thousands of what the number counts, or is 000
    ("استقبل المتحف 37.250 زائر خلال الربيع", "استقبل المتحف سبعة وثلاثين ألفًا ومئتين وخمسين زائر خلال الربيع"),
    ("وزعت الجمعية 4.000 سلة", "وزعت الجمعية أربعة آلاف سلة"),
    ("تحوي الخزائن 20.000 (معظمها مخطوطات)", "تحوي الخزائن عشرين ألفًا (معظمها مخطوطات)"),
    ("يبلغ حجم الحقل 9.000 كم", "يبلغ حجم الحقل تسعة آلاف كيلومتر"),
    # a number with two dots tells how the sentence writes the others
    ("سجل الميناء 2.418.300 حاوية مقابل 975.140 في العام السابق",
     "سجل الميناء مليونين وأربعمئة وثمانية عشر ألفًا وثلاثمئة حاوية مقابل تسعمئة وخمسة وسبعين ألفًا ومئة وأربعين في "
     "العام السابق"),
    # a currency written whole: the Iraqi and Algerian dinars, the Lebanese pound
    ("ثمن التذكرة 2.500 دينار عراقي", "ثمن التذكرة ألفان وخمسمئة دينار عراقي"),
    ("ثمن التذكرة 2.500 د.ع", "ثمن التذكرة ألفان وخمسمئة دينار عراقي"),
    ("ثمن التذكرة 2.500 دينار جزائري", "ثمن التذكرة ألفان وخمسمئة دينار جزائري"),
    ("رفعت الشركة الرسم إلى 45.072 ل.ل. لكل عداد",
     "رفعت الشركة الرسم إلى خمسة وأربعين ألفًا واثنتين وسبعين ليرة لبنانية لكل عداد"),
])
def test_a_dot_before_three_digits_groups_thousands_where_the_sentence_says_so(written: str, heard: str) -> None:
    assert verbalise(written) == heard


@pytest.mark.parametrize(("written", "heard"), [
    # an exchange rate, a price of a currency with cents: the rate's decimals
    ("وبلغ سعر الجنيه 4.615 ريال", "وبلغ سعر الجنيه أربعة فاصلة ستمئة وخمسة عشر ريال"),
    ("وهبط الفرنك إلى 1.094 دولار", "وهبط الفرنك إلى واحد فاصلة صفر أربعة وتسعين دولار"),
    ("وأقفل السهم على 2.315 درهم", "وأقفل السهم على اثنين فاصلة ثلاثمئة وخمسة عشر درهم"),
    # a coordinate, a degree
    ("رصدت الهزة عند خط عرض 29.418 شمالا", "رصدت الهزة عند خط عرض تسعة وعشرين فاصلة أربعمئة وثمانية عشر شمالا"),
    ("وقع المركز على 41.207 درجة شرقا", "وقع المركز على واحد وأربعين فاصلة مئتين وسبعة درجة شرقا"),
    # a weight, a length
    ("ويزن الصندوق 4.120 كغ", "ويزن الصندوق أربعة فاصلة مئة وعشرين كيلوغرام"),
    ("ويمتد النفق 2.345 كيلومتر", "ويمتد النفق اثنين فاصلة ثلاثمئة وخمسة وأربعين كيلومتر"),
    # a dinar of 1000 fils, with its country or without; the Omani rial
    ("سعر العلبة 1.850 دينار كويتي", "سعر العلبة واحد فاصلة ثمانمئة وخمسون دينار كويتي"),
    ("سعر العلبة 1.850 دينار", "سعر العلبة واحد فاصلة ثمانمئة وخمسون دينار"),
    ("سعر العلبة 1.850 ريال عماني", "سعر العلبة واحد فاصلة ثمانمئة وخمسون ريال عماني"),
    # a scale word, a percent, a number counting nothing
    ("وقعت عقود بقيمة 3.125 مليار دولار", "وقعت عقود بقيمة ثلاثة فاصلة مئة وخمسة وعشرين مليار دولار"),
    ("نما القطاع بنسبة 11.375%", "نما القطاع بنسبة أحد عشر فاصلة ثلاثمئة وخمسة وسبعين بالمئة"),
    ("سعر الغرام 0.750 دينار", "سعر الغرام صفر فاصلة سبعمئة وخمسون دينار"),
    ("نما القطاع بنسبة ٣٫٢٥٠ بالمئة", "نما القطاع بنسبة ثلاثة فاصلة مئتين وخمسين بالمئة"),  # ٫ is a decimal point
    ("بلغ المؤشر 7.815 في ختام التداول", "بلغ المؤشر سبعة فاصلة ثمانمئة وخمسة عشر في ختام التداول"),
])
def test_a_dot_before_three_digits_stays_a_decimal_point_before_a_rate_a_unit_or_a_percent(written, heard) -> None:
    assert verbalise(written) == heard


def test_a_percent_stays_a_decimal_next_to_numbers_grouped_with_dots() -> None:
    sentence = "شارك 1.215.000 ناخب بنسبة 48.625% من المسجلين"
    assert verbalise(sentence) == ("شارك مليون ومئتان وخمسة عشر ألفًا ناخب بنسبة ثمانية وأربعين فاصلة ستمئة وخمسة "
                                   "وعشرين بالمئة من المسجلين")
    # A count grouped with one dot tells nothing of the percent after it.
    assert "فاصلة" in verbalise("استقبل المتحف 37.250 زائر بزيادة 12.125%")


@pytest.mark.parametrize(("after", "before", "kind"), [
    (" دينار بحريني", "", THOUSANDTHS), (" دنانير ليبية", "", THOUSANDTHS), (" د.ت في", "", THOUSANDTHS),
    (" دينارا عراقيا", "", WHOLE), (" دج", "", WHOLE), (" ليرة سورية", "", WHOLE), (" IQD", "", WHOLE),
    (" دولارات", "", HUNDREDTHS), (" ليرة تركية", "", HUNDREDTHS), ("", "$", HUNDREDTHS), ("", "KWD", THOUSANDTHS),
    (" زائر", "", None), ("", "بلغ", None),
])
def test_a_currency_tells_how_its_amounts_are_written(after: str, before: str, kind: str | None) -> None:
    assert currency_decimals(after, before) == kind


@pytest.mark.parametrize("text", ["في 14.03.2023", "الإصدار 12.4.1", "عند 18.05.33", "بلغ 3.45 م", "الرقم 1,2,3"])
def test_dates_versions_times_and_short_decimals_keep_their_separators(text: str) -> None:
    assert normal_separators(text) == text


@pytest.mark.parametrize(("written", "heard"), [
    ("بيع كيلو الجوز بـ 5200 ل.س في السوق", "بيع كيلو الجوز بخمسة آلاف ومئتي ليرة سورية في السوق"),
    ("بيع كيلو الجوز بـ 5200 ل.س.", "بيع كيلو الجوز بخمسة آلاف ومئتي ليرة سورية."),
    ("دفع 7 ر.س فقط", "دفع سبعة ريالات سعودية فقط"),
])
def test_an_arabic_currency_abbreviation_after_an_amount_is_read_as_the_currency(written: str, heard: str) -> None:
    assert verbalise(written) == heard


@pytest.mark.parametrize("tail", [",000", ".000.000", "٬000"])
def test_a_run_of_thousands_of_digits_is_read_as_it_stands_not_a_crash(tail: str) -> None:
    text = "قال إن الرقم " + "7" * 5000 + tail + " في الجدول"
    assert "7" * 5000 in normal_separators(text)
