"""Page labels behind a list mark or a bar, and a gallery's numbered photo labels: furniture wherever they stand
(issue 11: "• آخر تحديث", "- كلمات مفتاحية | ...", "صورة-2" were spoken on s25 r02/r03 pages). Headings and list items
that open with the same words and go on stay the article's."""

import pytest

from text.plain import parse_plain
from text.rules import line_reason
from tests.support.article_views import spoken
from tests.support.pages import LEAD, SECOND, THIRD, TITLE


@pytest.mark.parametrize("line", ["• آخر تحديث", "آخر تحديث :", "- تاريخ النشر :", "· نشر في", "* تم النشر:"])
def test_a_date_label_alone_is_a_date_line(line):
    assert line_reason(line) == "date line"
    assert spoken(parse_plain(f"{TITLE}\n{LEAD}\n{line}\n{SECOND}\n{THIRD}\n")) == [LEAD, SECOND, THIRD]


@pytest.mark.parametrize("line", ["- كلمات مفتاحية | سياحة, فنادق, سفر", "• الوسوم | اقتصاد، أسواق",
                                  "الكلمات الدلالية | طقس | أمطار", "Tags | weather, rain"])
def test_a_tag_row_behind_a_list_mark_or_a_bar_is_tags(line):
    assert line_reason(line) == "tags"
    assert spoken(parse_plain(f"{TITLE}\n{LEAD}\n{SECOND}\n{THIRD}\n{line}\n")) == [LEAD, SECOND, THIRD]


@pytest.mark.parametrize("line", ["صورة-2", "صورة (3)", "فيديو 2", "الصورة ٣", "الفيديو - 12"])
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


# Near misses of the review of fix25_furniture (H1, M1-M3), each in a whole page through the splitter.

def _read(*lines: str) -> str:
    """What is read out of a page holding ``lines`` between the article's paragraphs, as one text."""
    return "\n".join(spoken(parse_plain("\n".join([TITLE, LEAD, *lines, SECOND, THIRD]) + "\n")))


GLOSSARIES = [
    ("ومن أهم عناصر التسويق الرقمي:", "- المحتوى الجيد: يجذب الزوار ويبقيهم",
     "- الكلمات المفتاحية: أهم عنصر في تحسين ظهور الموقع في محركات البحث",
     "- السرعة: تحميل الصفحة في أقل من ثلاث ثوان"),
    ("وهناك مصطلحات يجب أن يعرفها كل مدون:", "• التصنيف: القسم الذي تنشر فيه التدوينة",
     "• الوسوم: كلمات قصيرة يضيفها الكاتب لتصف موضوع التدوينة وتساعد القارئ في الوصول إليها",
     "• الرابط الدائم: عنوان ثابت للتدوينة لا يتغير"),
]


@pytest.mark.parametrize("lines", GLOSSARIES)
def test_a_glossary_item_named_like_the_tags_label_is_read_with_the_items_after_it(lines):
    read = _read(*lines)
    for line in lines[1:]:
        assert line.split(":", 1)[1].strip() in read


@pytest.mark.parametrize("lines", [
    ("وفي القصيدة يقول الشاعر:", "المقطع 1", "يا بحر يا صديق الطفولة", "المقطع 2", "وأنت الذي حملت أحلامنا بعيدا"),
    ("تنقسم الرواية إلى ثلاثة مقاطع:", "مقطع 1", "مقطع 2", "مقطع 3"),
])
def test_a_numbered_stanza_or_part_is_read(lines):
    assert line_reason("مقطع 2") is None
    read = _read(*lines)
    assert all(line in read for line in lines[1:])


def test_a_number_of_photos_is_no_numbered_label():
    assert line_reason("صور 10") is None


@pytest.mark.parametrize("line", ["تاريخ النشر", "آخر تحديث", "- تاريخ النشر", "- آخر تحديث"])
def test_a_date_label_without_a_bullet_and_a_colon_is_read(line):
    assert line_reason(line) is None
    assert line.strip("- ") in _read(line)


@pytest.mark.parametrize("lines", [
    ("ويجب أن يحتوي كل طلب على الحقول التالية:", "- عنوان البحث", "- اسم الكاتب", "- تاريخ النشر", "- رقم المجلة"),
    ("ويجب أن يحتوي كل طلب على الحقول التالية:", "- عنوان البحث:", "- اسم الكاتب:", "- تاريخ النشر:", "- رقم المجلة:"),
    ("وتعرض صفحة كل تطبيق في المتجر المعلومات التالية:", "• اسم المطور", "• الحجم", "• آخر تحديث", "• عدد التنزيلات"),
])
def test_a_date_label_among_items_marked_alike_is_read(lines):
    read = _read(*lines)
    assert lines[3].strip("-•: ") in read


def test_a_bulleted_update_label_under_the_headline_is_still_a_date_line():
    text = "\n".join([TITLE, "  • آخر تحديث", LEAD, SECOND, THIRD]) + "\n"
    assert spoken(parse_plain(text)) == [LEAD, SECOND, THIRD]


@pytest.mark.parametrize("line", [
    "الحكومة تنفي رفع أسعار الخبز بعد تقرير نشرته (3/5/2024) رويترز",
    "الشرطة تعتقل عشرات المحتجين في العاصمة والحكومة تتوعد بالمزيد من الإجراءات الصارمة خلال الأيام المقبلة حسب"
    " (3/5/2024) AP",
    "الرئيس يصافح ضيفه في القصر حسب (3/5/2024) AP",
])
def test_a_sentence_whose_wire_follows_the_bracketed_date_is_read(line):
    assert line_reason(line) is None
    assert line in _read(line)
