"""A labelled list of other stories' titles above the article (s29 fixer "teasers29"). Shape: a box's label alone on
its line over a run of titles, seen above the article on s29 r03/08 (beirut24: "Latest News" over ten "- ..." titles)
and below it on s28 b02/38 (egelyom), the shared alqiyady page, s28 r04/08 (usfp.ma) and in the search tool's pages
(walaw.press: "آخر الأخبار" over "- TIME ..." titles). Below the article the "read also" rules dropped such a box;
above it the first title was read as the headline and the others as the lead, and the real title became a section
title. Each drop has its keep-tests: the article's own list under its lead-in, a sub-heading named like a box over
paragraphs, a label with only the title and lead under it, the article's own list under such a label. All pages are
our own words.
"""

from __future__ import annotations

import pytest

from tests.support.article_views import decisions, page, reasons, spoken
from text.othertitles import OTHER_TITLES
from text.plain import split_plain
from text.storylists import names_other_stories

TITLE = "فريق المدينة يتوج بلقب البطولة الإقليمية لكرة السلة"
PARAGRAPHS = (
    "فاز فريق المدينة بلقب البطولة الإقليمية لكرة السلة بعد مباراة نهائية مثيرة أمام منافسه التقليدي أمس في الصالة "
    "الكبرى.",
    "وقال مدرب الفريق إن اللاعبين قدموا أداء استثنائيا طوال البطولة رغم الإصابات التي لحقت بعدد منهم في الأدوار "
    "الأولى.",
    "وكان الفريق قد تأهل إلى النهائي بعد فوزه في نصف النهائي على بطل الموسم الماضي بفارق ثلاث نقاط فقط في مباراة "
    "حبست الأنفاس.",
    "وشهدت المباراة النهائية حضورا جماهيريا كبيرا، إذ امتلأت مدرجات الصالة قبل ساعة من انطلاقها، ورفع المشجعون "
    "أعلام النادي.",
    "ويعد هذا اللقب الثالث للنادي في تاريخه، بعد لقبين حققهما في مطلع العقد الماضي تحت قيادة المدرب نفسه.",
    "ومن المنتظر أن يستقبل رئيس البلدية اللاعبين في حفل تكريم يقام مساء الخميس في الساحة العامة بحضور الأهالي.",
)
TEASERS = (
    "- لماذا يتأخر افتتاح الجسر الجديد في الضاحية؟",
    "- وزارة النقل: إعادة فتح الطريق الساحلي بعد الصيانة",
    "- البلدية تطلق حملة لتنظيف الشواطئ هذا الأسبوع",
    "- المنتخب يستعد لمواجهة ودية أمام ضيفه الشهر المقبل!",
)
PLAIN_TEASERS = tuple(teaser[2:] for teaser in TEASERS[1:])


def _split(*lines: str):
    return split_plain(page(*lines)).article


@pytest.mark.parametrize("label", ["آخر الأخبار", "أحدث الأخبار:", "Latest News", "Trending", "Most Read",
                                   "À lire aussi", "اقرأ أيضا", "أخبار ذات صلة"])
def test_a_labelled_list_over_the_title_is_not_read(label):
    article = _split(label, "", *TEASERS, "", TITLE, "", *PARAGRAPHS)
    assert article.headline == TITLE
    assert spoken(article) == list(PARAGRAPHS)
    assert all(reasons(article)[teaser] == OTHER_TITLES for teaser in TEASERS)


@pytest.mark.parametrize("label", ["آخر الأخبار", "Latest News"])
def test_a_labelled_list_over_a_title_less_article_is_not_read(label):
    article = _split(label, *TEASERS, *PARAGRAPHS)
    assert article.headline not in TEASERS
    heard = [article.headline, *spoken(article)]
    assert not any(teaser in heard for teaser in TEASERS)
    assert all(paragraph in " ".join(heard) for paragraph in PARAGRAPHS)


def test_plain_titles_under_a_label_are_not_read_and_the_title_over_the_lead_stays():
    article = _split("آخر الأخبار", *PLAIN_TEASERS, TITLE, *PARAGRAPHS)
    assert article.headline == TITLE
    assert spoken(article) == list(PARAGRAPHS)
    assert all(reasons(article)[teaser] == OTHER_TITLES for teaser in PLAIN_TEASERS)


def test_a_label_over_only_the_title_and_lead_keeps_them():
    article = _split("آخر الأخبار", TITLE, *PARAGRAPHS)
    assert article.headline == TITLE
    assert spoken(article) == list(PARAGRAPHS)


def test_the_articles_own_list_under_its_lead_in_is_read():
    lead_in = "وحدد المدرب أسباب الفوز في النقاط التالية:"
    points = ("- الدفاع المنظم طوال المباراة", "- التسديد الدقيق من خارج القوس", "- اللياقة العالية في الشوط الأخير")
    lines = (TITLE, *PARAGRAPHS[:3], lead_in, *points, *PARAGRAPHS[3:])
    assert {decisions(page(*lines))[point] for point in points} == {"body"}
    assert spoken(_split(*lines)) == [*PARAGRAPHS[:3], lead_in, *points, *PARAGRAPHS[3:]]


@pytest.mark.parametrize("heading", ["آخر التطورات", "آخر الأخبار"])
def test_a_sub_heading_named_like_a_box_over_paragraphs_stays(heading):
    article = _split(TITLE, *PARAGRAPHS[:3], heading, *PARAGRAPHS[3:])
    assert article.headline == TITLE
    assert spoken(article) == [*PARAGRAPHS[:3], heading, *PARAGRAPHS[3:]]


def test_the_articles_own_list_under_a_box_named_part_is_read():
    points = ("- فريق المدينة يحتفل بلقب البطولة الإقليمية مع الجماهير",
              "- مدرب فريق المدينة يشكر اللاعبين على البطولة",
              "- رئيس البلدية يكرم فريق المدينة بعد البطولة")
    lines = (TITLE, *PARAGRAPHS[:3], "آخر الأخبار", *points, *PARAGRAPHS[3:])
    heard = spoken(_split(*lines))
    assert all(point in heard for point in points)


@pytest.mark.parametrize("line, named", [
    ("آخر الأخبار", True), ("• Latest News", True), ("Les plus lus", True), ("اقرأ أيضا:", True),
    ("آخر الأخبار عن البطولة الإقليمية", False), ("آخر التطورات", False), ("اقرأ أيضا: الفريق يتوج باللقب", False),
    ("وتابع آخر الأخبار على موقعنا.", False),
])
def test_a_box_label_is_named_alone_on_its_line(line, named):
    assert names_other_stories(line) is named
