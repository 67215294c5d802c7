"""Page widgets spoken as article lines: a table of contents, a meta row of stamps behind icons, a copy notice.

A table of contents is told by its structure (a label over items the article says again below as its sub-headings),
whatever the label's words; its label alone, its items folded away, by its contents words only. A meta row is a line
of two page stamps or more behind icons or bars; an event's details in the same shape stay the article's. A share
bar's copy notice names the page's link or title, or the clipboard. All pages are our own.
"""

from __future__ import annotations

import pytest

from text.contents import contents_lists
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


@pytest.mark.parametrize("label, items", [
    ("في هذا الموضوع", PARTS),
    ("فهرس المقال", tuple(f"{number}. {part}" for number, part in enumerate(PARTS, 1))),
    ("ما ستتعرف عليه في هذا المقال:", tuple(f"- {part}" for part in PARTS)),
    ("أقسام الدليل", PARTS[:2]),
])
def test_a_table_of_contents_is_dropped_and_its_parts_stay_sub_headings(label, items):
    text = page(TITLE, label, *items, LEAD, *BODY)
    article = split_plain(text).article
    assert article.headline == TITLE
    assert spoken(article) == [LEAD, *BODY]
    assert [section.title for section in article.sections if section.title] == list(PARTS)
    said = [line.decision for line in split_plain(text).lines if line.text.strip()]
    assert said[1:2 + len(items)] == ["table of contents"] * (1 + len(items))


def test_an_article_list_not_said_again_below_is_no_table_of_contents():
    points = ("- تأجيل أقساط القروض الزراعية", "- توزيع الأعلاف بأسعار مخفضة")
    lines = [TITLE, "أبرز ما في الخطة", *points, LEAD, *BODY]
    assert contents_lists(lines) == {}
    assert "table of contents" not in decisions(page(*lines)).values()


def test_the_headline_over_its_parts_with_no_label_stays_the_headline():
    lines = [TITLE, *PARTS, LEAD, *BODY]
    assert contents_lists(lines) == {}
    assert split_plain(page(*lines)).article.headline == TITLE


def test_a_menu_said_twice_back_to_back_is_no_table_of_contents():
    menu = ["أخبار", "رياضة", "اقتصاد"]
    assert contents_lists(["الرئيسية", "القائمة", *menu, *menu, TITLE, LEAD]) == {}


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
