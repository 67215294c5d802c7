"""A story's facts set out as "label: value" lines between two of its paragraphs are the article's (text.factrows).

Stress test s29 (factlines29): "عدد المستفيدين: ..." was dropped by the line model while its siblings were kept, a
labelled date was dropped as a byline, a fact became a sub-heading, a match's "الحكم: NAME" was dropped between
"الملعب: ..." and "الحضور: ...". Every page here is written for the test (no real page's text); the near-misses check
that the page's own labelled lines (its stamp, source, writer) still fall away wherever they stand.
"""

import pytest

from text.factrows import fact_rows
from text.lineshape import shape_reason
from text.plain import parse_plain
from tests.support.article_views import spoken

TITLE = "البلدية توسع شبكة النقل العام بخطوط حافلات جديدة في الأحياء الشرقية"
LEAD = ("أعلنت بلدية مدينة الواحة توسيع شبكة النقل العام بثلاثة خطوط حافلات جديدة تربط الأحياء الشرقية بوسط المدينة، "
        "على أن يبدأ تشغيلها مطلع الشهر المقبل بعد أشهر من التجارب.")
SECOND = ("وقال رئيس البلدية سليم الرواحي، في مؤتمر صحفي عقده صباح اليوم، إن الخطوط الجديدة ستخدم نحو مئة ألف ساكن، "
          "وإن كلفتها ستغطى من موازنة البلدية دون رفع سعر التذكرة.")
AFTER = ("وأضاف الرواحي أن البلدية ستراجع أداء الخطوط بعد ستة أشهر من تشغيلها، وقد تزيد عدد الحافلات إذا ارتفع "
         "الإقبال عليها في ساعات الذروة.")
LAST = ("من جهتهم، رحب سكان الأحياء الشرقية بالقرار، وقالوا إن الوصول إلى وسط المدينة كان يستغرق أكثر من ساعة في "
        "سيارات الأجرة المشتركة.")
FIGURES = ["عدد الخطوط: 3 خطوط جديدة", "عدد المستفيدين: 100 ألف ساكن", "سعر التذكرة: 2 دينار"]
FACT_BOX = ["تاريخ التشغيل: 1 سبتمبر 2025", "المستفيدون: 100 ألف ساكن", "الجهة المشغلة: شركة النقل البلدية"]
MATCH = ["الملعب: ملعب المدينة الرياضي", "الحكم: سامي الفارس", "الحضور: 18 ألف متفرج"]


def _page(rows):
    return "\n".join([TITLE, LEAD, SECOND, *rows, AFTER, LAST]) + "\n"


@pytest.mark.parametrize("rows", [FIGURES, FACT_BOX, MATCH, FIGURES[:2], MATCH[1:]])
def test_facts_between_two_paragraphs_are_all_spoken_as_body(rows):
    article = parse_plain(_page(rows))
    assert spoken(article) == [LEAD, SECOND, *rows, AFTER, LAST]
    assert [section.title for section in article.sections] == [None]  # no fact heads a part


def test_a_labelled_date_among_the_facts_is_no_byline_but_alone_it_still_is():
    lines = [TITLE, LEAD, SECOND, *FACT_BOX, AFTER, LAST]
    reasons = [shape_reason(line, latin_page=False) for line in lines]
    assert reasons[3] == "byline"  # its shape alone reads as a name with its date
    assert fact_rows(lines, reasons) == frozenset({3, 4, 5})


@pytest.mark.parametrize("rows", [
    ["تاريخ النشر: 12 مارس 2025", "المصدر: وكالة الأنباء الرسمية"],  # the page's stamp and source
    ["الكاتب: سامر الحداد", "تاريخ النشر: 12 مارس 2025"],  # its writer and stamp
    ["تصوير: نادر سليم", "تحرير: هالة يوسف"],  # a credits block
    ["رابط مختصر: https://example.org/a1", "عدد المستفيدين: 100 ألف ساكن"],  # a link is the page's
])
def test_the_pages_own_labelled_lines_are_no_facts(rows):
    lines = [TITLE, LEAD, SECOND, *rows, AFTER, LAST]
    reasons = [shape_reason(line, latin_page=False) for line in lines]
    assert not fact_rows(lines, reasons) & {3, 4}
    if rows[0].startswith(("تاريخ", "الكاتب", "تصوير")):
        assert not set(rows) & set(spoken(parse_plain(_page(rows))))


def test_facts_need_a_paragraph_on_each_side():
    # Over the lead (the page's stamp block) or under the last paragraph (a writer's card), the rows are no fact box.
    for lines in ([TITLE, *FIGURES, LEAD, SECOND], [TITLE, LEAD, SECOND, *FIGURES]):
        assert not fact_rows(lines, [None] * len(lines))
    lines = [TITLE, LEAD, SECOND, FIGURES[0], AFTER, LAST]  # one line alone is left to the model
    assert not fact_rows(lines, [None] * len(lines))


def test_a_row_whose_value_is_a_bare_web_address_is_no_fact():
    from text.factrows import _fact
    assert not _fact("الرابط المختصر: www.example.org/a1", None)
    assert _fact("الجهة المنفذة: وزارة الأشغال", None)
