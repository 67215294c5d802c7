"""A photo's caption closed by the day it was taken and its credit ("PLACE، DATE (NAME/AGENCY)", "WHAT. DATE -
AGENCY"), as agencies and newspapers write them, is dropped as an image caption: its comma or its one full stop
made it read as the article's (s17 review_r3.md M4, review_r5.md M4). A paragraph closed by a date and a credit
stays the article's. Our own pages, in the probes' shapes."""

import pytest

from text.plain import parse_plain
from tests.support.article_views import reasons, spoken

TITLE = "المعارضة تعلن مقاطعة الانتخابات البلدية وتتهم الحكومة بالتضييق"
LEAD = ("أعلنت أربعة أحزاب معارضة، اليوم الخميس، مقاطعتها للانتخابات البلدية المقررة الشهر المقبل، معتبرة أن "
        "الظروف الحالية لا تسمح باقتراع نزيه.")
NEXT = ("وقال المتحدث باسم الأحزاب في مؤتمر صحافي إن القرار اتخذ بالإجماع بعد مشاورات استمرت أسبوعين بين "
        "قيادات الأحزاب الأربعة.")
LAST = "ولم تعلق الحكومة على القرار حتى مساء الخميس، فيما دعت الهيئة المستقلة للانتخابات إلى الحوار."

DATED_CAPTIONS = [
    "قادة أحزاب المعارضة خلال مؤتمر صحافي في العاصمة، 2 مايو 2024 (سامي الخطيب/فرانس برس)",
    "أنصار المعارضة يرفعون لافتات أمام مقر الهيئة في وسط المدينة، 30 أبريل 2024 (رويترز)",
    "رئيس الهيئة المستقلة للانتخابات خلال جلسة في البرلمان. 13 مايو 2024 - REUTERS",
    "متظاهرون أمام مبنى البلدية في المدينة القديمة 5 مايو 2024 - AFP",
    "طوابير الناخبين أمام مكتب اقتراع في الضاحية الشمالية، 12/05/2024 (الأناضول)",
]


def _page(*lines: str):
    return parse_plain("\n".join(("الرئيسية", "سياسة", *lines)) + "\n")


@pytest.mark.parametrize("caption", DATED_CAPTIONS)
def test_a_dated_caption_under_the_title_or_between_paragraphs_is_dropped(caption):
    for article in (_page(TITLE, caption, LEAD, NEXT, LAST), _page(TITLE, LEAD, caption, NEXT, LAST)):
        assert caption not in spoken(article) and reasons(article)[caption] == "image caption", reasons(article)
        assert article.headline == TITLE
        assert all(line in spoken(article) for line in (LEAD, NEXT, LAST))


@pytest.mark.parametrize("line", [
    # A paragraph going on with و, one opening with a verb in the past, one of two sentences, a label's colon: each
    # closed by a date and a credit, each the article's.
    "وكانت الأحزاب قد عقدت اجتماعها الأول في العاصمة، 2 مايو 2024 (سامي الخطيب/رويترز)",
    "أكدت الهيئة المستقلة للانتخابات موعد الاقتراع في الضاحية، 12 يونيو 2024 (سامي الخطيب/الأناضول)",
    "تأجل الاقتراع مرتين. وحددت الهيئة موعدا جديدا هو 12 يونيو 2024 - رويترز",
    "زعيم المعارضة: لن نشارك في اقتراع بلا ضمانات، 2 مايو 2024 (NAME/AFP)",
    # s18 review_lead.md H1-H5: a line citing its source after a date is the article's, on pages without full stops
    # too: an attribution, a paper, a site or a channel is no photo's credit.
    "هذا ما كتبته في مقالي السابق عن أزمة المياه في المدينة، 3 مارس 2024 (صحيفة الشرق)",
    "نص البيان الصادر عن الرئاسة، 5 مايو 2024 (وكالة الأنباء الرسمية)",
    "اندلاع الاشتباكات الأولى في أطراف العاصمة، 15 أبريل 2023 (بحسب وسائل إعلام محلية)",
    "بدأت الحكومة تنفيذ الخطة في الأحياء الشمالية، 10 مايو 2024 (بحسب وكالة الأنباء الرسمية)",
    "ترتيب الهدافين في الدوري المحلي للموسم 2023/2024 - موقع الرابطة",
])
def test_a_line_closed_by_a_date_and_its_source_is_kept(line):
    article = _page(TITLE, LEAD, line, NEXT, LAST)
    assert line in spoken(article), reasons(article)


def test_an_archive_photo_story_keeps_its_dated_title():
    # s18 review_lead.md H6: a photo story's title closed by its date and a title tag "(صور أرشيفية)".
    title = "المطربة الكبيرة على مسرح الأوبرا في القاهرة، 13 نوفمبر 1967 (صور أرشيفية)"
    lead = ("في مثل هذا اليوم قبل عقود وقفت المطربة الكبيرة على مسرح الأوبرا في القاهرة أمام جمهور غفير، في حفل ما زال "
            "محبوها يتذكرونه حتى اليوم.")
    article = _page(title, lead, NEXT)
    assert article.headline == title and lead in spoken(article)
