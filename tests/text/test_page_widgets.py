"""Page widgets spoken as article lines: a table of contents' label, a meta row of stamps behind icons, a copy notice.

A table of contents' label alone, its items folded away, is told by its contents words; a guide's part so named, its
paragraph using the word, stays. A meta row is a line of two page stamps or more behind icons or bars, one of them
labelled as the page's (a reading time, a view count, an update or posting date); an event's details or dates in the
same shape stay the article's. A share bar's copy notice says something was copied, or its button copies the
article itself; a how-to's copy step stays. All pages are our own.
"""

from __future__ import annotations

import pytest

from text.plain import split_plain
from text.rules import line_reason
from tests.support.article_views import decisions, page, spoken

TITLE = "دليل زراعة الطماطم في الحديقة المنزلية خطوة بخطوة"
LEAD = ("يبحث كثير من الهواة عن طريقة سهلة لزراعة الطماطم في حدائقهم، وقد جمعنا في هذا الدليل أهم الخطوات التي "
        "ينصح بها المهندسون الزراعيون لضمان محصول وفير.")
PARTS = ("اختيار البذور المناسبة", "تجهيز التربة قبل الزراعة", "مواعيد الري والتسميد")
PARAGRAPHS = (
    "تختلف أصناف البذور في مقاومتها للحرارة والآفات، ولذلك ينبغي اختيار صنف يلائم مناخ المنطقة وطول موسمها.",
    "تحتاج الطماطم إلى تربة جيدة الصرف غنية بالمواد العضوية، ويفضل خلط السماد المتحلل بالتربة قبل الزراعة.",
    "يكون الري منتظما في الصباح الباكر مع تجنب تبليل الأوراق، أما التسميد فيكون كل ثلاثة أسابيع بسماد متوازن.",
)
BODY = [line for part, paragraph in zip(PARTS, PARAGRAPHS) for line in (part, paragraph)]


def test_a_label_closed_by_a_colon_over_the_articles_parts_stays_spoken():
    """A list of the parts under a sentence label is read as the article's (s26 review of fix26_widgets H2): no
    structure rule drops a label with its items, only a contents label alone is furniture."""
    label = "ما ستتعلمه في هذا الدليل:"
    items = [f"• {part}" for part in PARTS]
    article = split_plain(page(TITLE, label, *items, LEAD, *BODY)).article
    assert article.headline == TITLE
    assert spoken(article)[:len(items) + 1] == [label, *items]


@pytest.mark.parametrize("line", ["جدول المحتويات", "المحتويات", "- المحتويات:", "فهرس المقال [إخفاء]",
                                  "محتويات الموضوع", "Table of Contents", "قائمة المحتويات", "محتوى المقال"])
def test_a_contents_label_alone_is_furniture(line):
    assert line_reason(line) == "table of contents"


@pytest.mark.parametrize("line", ["المحتويات الرقمية في المدارس", "المحتوى", "فهرس الأسعار", "محتويات العلبة",
                                  "محتوى المقال يعتمد على جودة المصادر"])
def test_a_part_named_after_contents_is_no_label(line):
    assert line_reason(line) is None


def test_a_sub_heading_on_digital_contents_heads_its_part():
    heading = "المحتويات الرقمية في المدارس"
    text = page(TITLE, LEAD, heading, PARAGRAPHS[0], PARAGRAPHS[1])
    article = split_plain(text).article
    assert heading in spoken(article)


@pytest.mark.parametrize("line", [
    "📅 تحديث: 30 يناير 2026 ⏱️ وقت القراءة: 11 دقيقة (أكثر من 1500 كلمة) ✍️ هيئة التحرير - الموقع",
    "🗓 نشر في: 12 مارس 2025 👁 المشاهدات: 1520",
    "⏰ آخر تحديث: 3 فبراير 2024 - 10:15 | ⌛ مدة القراءة: 4 دقائق | بقلم سارة الأحمد",
    "⏱️ 5 دقائق للقراءة 👁️ 320 مشاهدة",
    "Updated: 3 March 2024 | 5 min read",
])
def test_a_meta_row_of_page_stamps_is_furniture(line):
    assert line_reason(line) == "date line"


@pytest.mark.parametrize("line", [
    "📅 الموعد: 12 مايو 2025 ⏰ الساعة: 8 مساء 📍 المكان: مسرح الجمهورية",  # an event's details
    "وقت القراءة: 20 دقيقة يوميا على الأقل قبل النوم مع أحد الوالدين.",  # a sentence on reading time
    "📅 تحديث: 30 يناير 2026 ⏱️ وقت القراءة: 11 دقيقة ✍️ وقال الوزير إن الخطة ستنفذ قريبا",  # a clause, no name
])
def test_lines_shaped_like_a_meta_row_but_the_articles_stay(line):
    assert line_reason(line) is None


def test_an_event_row_between_paragraphs_is_spoken():
    row = "📅 الموعد: 12 مايو 2025 ⏰ الساعة: 8 مساء 📍 المكان: مسرح الجمهورية"
    article = split_plain(page(TITLE, LEAD, row, PARAGRAPHS[0])).article
    assert row in spoken(article)


@pytest.mark.parametrize("line", ["- تم نسخ عنوان المقال إلى الحافظة", "نسخ الرابط للمقال", "تم النسخ إلى الحافظة",
                                  "نسخ رابط الخبر", "Link copied", "Copied to clipboard!"])
def test_a_copy_notice_is_a_share_widget(line):
    assert line_reason(line) == "share widget"


@pytest.mark.parametrize("line", ["تم نسخ الملف إلى الحافظة", "تم نسخ الرابط إلى الحافظة، والآن الصقه في المتصفح",
                                  "نسخ الرابط من المتصفح ثم لصقه في خانة البحث."])
def test_a_tutorials_copy_step_is_no_widget(line):
    assert line_reason(line) is None


def test_a_copy_notice_under_the_headline_is_not_spoken():
    notice = "- تم نسخ رابط الخبر إلى الحافظة"
    article = split_plain(page(TITLE, notice, LEAD, PARAGRAPHS[0])).article
    assert article.headline == TITLE
    assert spoken(article) == [LEAD, PARAGRAPHS[0]]


@pytest.mark.parametrize("line", ["• نسخ إلى الحافظة", "نسخ الرابط إلى الحافظة", "نسخ عنوان الصفحة",
                                  "Copy to clipboard", "نسخ العنوان"])
def test_a_how_tos_copy_step_naming_no_notice_and_no_article_is_no_widget(line):
    """s26 review of fix26_widgets H3: a copy step of a how-to, no notice and not the article copied."""
    assert line_reason(line) is None


def test_copy_steps_of_a_how_to_are_spoken():
    steps = ["الخطوة الأولى", "نسخ الرابط إلى الحافظة", "الخطوة الثانية", "نسخ العنوان"]
    intro = "يشرح هذا الدليل طريقة حفظ الصفحات المهمة في المتصفح لقراءتها لاحقا دون اتصال بالإنترنت."
    text = page(TITLE, intro, steps[0], PARAGRAPHS[0], steps[1], PARAGRAPHS[1], steps[2], PARAGRAPHS[2], steps[3],
                PARAGRAPHS[0])
    said = spoken(split_plain(text).article)
    assert "نسخ الرابط إلى الحافظة" in said and "نسخ العنوان" in said


@pytest.mark.parametrize("line", [
    "🗓️ الأحد 12 مايو 2025 | 🗓️ الاثنين 13 مايو 2025 | 🏟️ استاد القاهرة",
    "📅 1 يونيو 2025 | 📅 30 يونيو 2025 | فترة التقديم",
    "📅 12 مايو 2025 • 📅 19 مايو 2025 • جدة",
])
def test_a_row_of_plain_dates_and_a_place_is_no_meta_row(line):
    """s26 review of fix26_widgets M1: no field labelled as the page's stamp, the row is an event's dates."""
    assert line_reason(line) is None


def test_an_events_dates_between_paragraphs_are_not_ruled_a_date_line():
    """No rule drops the row as the page's stamps (the line model's own doubt on such rows is main's, unchanged)."""
    row = "📅 1 يونيو 2025 | 📅 30 يونيو 2025 | فترة التقديم"
    said = decisions(page(TITLE, LEAD, row, PARAGRAPHS[0], PARAGRAPHS[1]))
    assert said[row] != "date line"


def test_a_guides_part_named_contents_with_its_paragraph_on_it_stays():
    """s26 review of fix26_widgets M2: the paragraph under the label uses its word, a part about writing one."""
    title = "كيف تكتب تقريرا مدرسيا مرتبا: خطوات سهلة للتلاميذ"
    parts = ["صفحة الغلاف", "يحمل الغلاف اسم التلميذ والمدرسة والمادة وتاريخ تسليم التقرير إلى المعلم المسؤول.",
             "جدول المحتويات", "يوضع جدول المحتويات بعد الغلاف مباشرة، ويذكر عناوين الأجزاء وأرقام صفحاتها بالترتيب.",
             "الخاتمة", "تلخص الخاتمة ما تعلمه التلميذ من بحثه، وتذكر المصادر التي رجع إليها في إعداد التقرير."]
    lines = split_plain(page(title, LEAD, *parts)).lines
    said = {line.text: line.decision for line in lines if line.text.strip()}
    assert said["جدول المحتويات"] != "table of contents"
    assert "جدول المحتويات" in spoken(split_plain(page(title, LEAD, *parts)).article)


def test_a_contents_label_alone_over_a_paragraph_on_something_else_is_dropped():
    text = page(TITLE, "جدول المحتويات", LEAD, *BODY)
    assert "جدول المحتويات" not in spoken(split_plain(text).article)
