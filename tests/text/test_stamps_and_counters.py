"""The page's stamp with its clock and source, and view counters: furniture wherever they stand."""

import pytest

from text.lineshape import DATE_LINE_REASON, shape_reason
from text.plain import parse_plain
from text.rules import line_reason
from tests.support.article_views import spoken
from tests.support.pages import LEAD, SECOND, THIRD, TITLE


@pytest.mark.parametrize("stamp", [
    "الخميس 3 آب/أغسطس 2023 - 09:45 | الساحل نيوز",
    "الاثنين 14 يوليو-تموز 2025 الساعة 11 صباحاً / مركز الساحل للإعلام",
    "مركز نبض الساحل للإعلام | الأحد 12 مارس 2024 - 10:30",
])
def test_a_stamp_with_its_clock_and_source_is_a_date_line(stamp):
    assert shape_reason(stamp, latin_page=False) == DATE_LINE_REASON
    text = f"{TITLE}\n{stamp}\n{LEAD}\n{SECOND}\n"
    assert stamp not in spoken(parse_plain(text))


@pytest.mark.parametrize("title", ["انتخابات 2024 / النتائج النهائية", "الأحد 12 مارس 2024 الساعة 10:30 / قال الوزير إن"
                                                                        " الخطة جاهزة"])
def test_a_date_and_words_that_are_no_source_are_no_stamp(title):
    assert shape_reason(title, latin_page=False) is None


@pytest.mark.parametrize("counter", ["عدد القراءات (756)", "(980) قراءة", "قراءة 350 مرة", "شوهد 1200 مرة",
                                     "عدد المشاهدات: 1,240 مشاهدة"])
def test_view_counters_are_furniture(counter):
    assert line_reason(counter) == "view counter"
    assert spoken(parse_plain(f"{TITLE}\n{LEAD}\n{counter}\n{SECOND}\n{THIRD}\n")) == [LEAD, SECOND, THIRD]


@pytest.mark.parametrize("line", ["قراءة 350 صفحة", "مشاهدة 3 أفلام", "عدد القراءات في 2024 ارتفع"])
def test_figures_read_or_seen_that_count_no_views_are_no_counter(line):
    assert line_reason(line) is None


@pytest.mark.parametrize("item", ["09:00 / التسجيل والاستقبال", "10:30 | جلسة الافتتاح", "21:00 | الفيصلي والوحدات",
                                  "الساعة 4 عصرا / ندوة الشباب"])
def test_an_agenda_item_with_a_clock_and_no_date_is_no_stamp(item):
    # Review s22/review_datelines.md H1: a clock with no year is an agenda's or a fixture's item.
    assert shape_reason(item, latin_page=False) is None


def test_an_agenda_under_its_announcing_line_is_spoken():
    items = ["09:00 / التسجيل والاستقبال", "10:30 | جلسة الافتتاح", "12:00 | ورشة تحليل البيانات"]
    text = (f"{TITLE}\n{LEAD}\nوجاء برنامج اليوم الأول على النحو الآتي:\n" + "\n".join(items)
            + f"\n{SECOND}\n{THIRD}\n")
    assert all(item in spoken(parse_plain(text)) for item in items)


@pytest.mark.parametrize("item", ["قراءة 3 مرات", "مشاهدة 2 مرات"])
def test_an_instruction_counted_in_times_is_no_view_counter(item):
    assert line_reason(item) is None
