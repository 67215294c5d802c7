"""Page labels behind a list mark or a bar, and a gallery's numbered photo labels: furniture wherever they stand
(issue 11: "• آخر تحديث", "- كلمات مفتاحية | ...", "صورة-2" were spoken on s25 r02/r03 pages). Headings and list items
that open with the same words and go on stay the article's."""

import pytest

from text.plain import parse_plain
from text.rules import line_reason
from tests.support.article_views import spoken
from tests.support.pages import LEAD, SECOND, THIRD, TITLE


@pytest.mark.parametrize("line", ["• آخر تحديث", "آخر تحديث", "- تاريخ النشر :", "· نشر في", "* تم النشر:"])
def test_a_date_label_alone_is_a_date_line(line):
    assert line_reason(line) == "date line"
    assert spoken(parse_plain(f"{TITLE}\n{LEAD}\n{line}\n{SECOND}\n{THIRD}\n")) == [LEAD, SECOND, THIRD]


@pytest.mark.parametrize("line", ["- كلمات مفتاحية | سياحة, فنادق, سفر", "• الوسوم: اقتصاد، أسواق",
                                  "الكلمات الدلالية | طقس | أمطار", "Tags | weather, rain"])
def test_a_tag_row_behind_a_list_mark_or_a_bar_is_tags(line):
    assert line_reason(line) == "tags"
    assert spoken(parse_plain(f"{TITLE}\n{LEAD}\n{SECOND}\n{THIRD}\n{line}\n")) == [LEAD, SECOND, THIRD]


@pytest.mark.parametrize("line", ["صورة-2", "صورة (3)", "فيديو 2", "لقطة ٣", "الصور - 12"])
def test_a_gallery_numbered_label_is_a_caption(line):
    assert line_reason(line) == "image caption"
    assert spoken(parse_plain(f"{TITLE}\n{LEAD}\n{line}\n{SECOND}\n{THIRD}\n")) == [LEAD, SECOND, THIRD]


@pytest.mark.parametrize("line", ["آخر تحديث للتطبيق يضيف ميزات جديدة", "- تاريخ النشر والتوزيع يحدده العقد",
                                  "- الكلمات المفتاحية في خطاب المدير", "صور 2024", "صورة من الماضي",
                                  "نشر في الجريدة الرسمية قرار جديد"])
def test_lines_opening_so_and_going_on_are_spoken(line):
    assert line_reason(line) is None
    assert line in spoken(parse_plain(f"{TITLE}\n{LEAD}\n{line}\n{SECOND}\n{THIRD}\n"))


@pytest.mark.parametrize("line", ["هجوم على سفينة شحن في البحر الأحمر ( 19/11/2023) AP",
                                  "محتجون يرفعون لافتات أمام البرلمان (3/5/2024) رويترز",
                                  "جنود يتفقدون موقع الانفجار في المدينة (12 مايو 2024) - AFP"])
def test_a_caption_closed_by_its_bracketed_date_and_a_wire_is_a_caption(line):
    assert line_reason(line) == "image caption"
    assert spoken(parse_plain(f"{TITLE}\n{LEAD}\n{line}\n{SECOND}\n{THIRD}\n")) == [LEAD, SECOND, THIRD]


@pytest.mark.parametrize("line", ["وأعلنت الوزارة ذلك في بيان (19/11/2023) AP", "انتخابات الرئاسة (4/11/2024) النتائج",
                                  "نتائج الامتحانات (19/11/2023) الوزارة"])
def test_a_bracketed_date_without_a_wire_or_after_a_sentence_is_no_caption(line):
    assert line_reason(line) is None
