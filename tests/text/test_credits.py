"""Credit, source and masthead lines told by what the rest of the page says (``text.credits``)."""

import pytest

from text.bodyfind import find_body
from text.credits import CREDIT_LINE, MARKED_CREDIT, MASTHEAD, PageEvidence, credit_parts
from text.plain import parse_plain, split_plain
from text.rules import line_reason
from tests.support.pages import LEAD, SECOND, THIRD, TITLE
from tests.support.article_views import spoken


def decision(text, line):
    return next(item.decision for item in split_plain(text).lines if item.text == line)


@pytest.mark.parametrize("credit", [
    "نبض الساحل_سامر يوسف",  # site and reporter joined by "_"
    "نبض الساحل الأول/",  # the site's name handing over to the text
])
def test_a_credit_by_its_marks_under_the_title_is_dropped(credit):
    for title in (TITLE, f"{TITLE}."):  # a title closed by a full stop reads as a paragraph over the credit
        article = parse_plain(f"{title}\n{credit}\n{LEAD}\n{SECOND}\n{THIRD}\n")
        assert article.headline == title
        assert spoken(article) == [LEAD, SECOND, THIRD]


def test_a_credit_naming_an_outlet_under_the_title_is_dropped_as_a_credit():
    credit = "سامر يوسف - جريدة نبض الساحل.نت"
    text = f"{TITLE}\n{credit}\n{LEAD}\n{SECOND}\n{THIRD}\n"
    assert decision(text, credit) == CREDIT_LINE
    assert spoken(parse_plain(text)) == [LEAD, SECOND, THIRD]


def test_a_credit_handing_over_with_a_colon_between_two_paragraphs_is_dropped():
    credit = "نبض الساحل نيوز-أخبار البلد-الميناء-سامر يوسف :"
    article = parse_plain(f"{TITLE}\n{LEAD}\n{credit}\n{SECOND}\n{THIRD}\n")
    assert credit not in spoken(article) and spoken(article) == [LEAD, SECOND, THIRD]


def test_a_reporter_and_a_place_the_article_names_under_the_article_are_dropped():
    text = f"{TITLE}\n{LEAD}\n{SECOND}\n{THIRD}\nسامر يوسف – الساحل\n"
    assert decision(text, "سامر يوسف – الساحل") == CREDIT_LINE
    assert spoken(parse_plain(text)) == [LEAD, SECOND, THIRD]


def test_a_masthead_led_by_the_sites_name_the_page_gives_again_is_not_the_headline():
    text = (f"نبض الساحل\nالسبت 21 مارس 2026\nنبض الساحل رئيس التحريرسامر يوسف\nرئيس مجلس الإدارة ورئيس التحريرهدى سالم\n"
            f"{TITLE}\n{LEAD}\n{SECOND}\n")
    article = parse_plain(text)
    assert article.headline == TITLE
    assert decision(text, "نبض الساحل رئيس التحريرسامر يوسف") == MASTHEAD
    assert spoken(article) == [LEAD, SECOND]


def test_masthead_roles_with_a_glued_name_are_the_masthead_a_role_in_a_title_is_not():
    assert line_reason("رئيس مجلس الإدارة ورئيس التحريرهدى سالم") == "masthead"
    assert line_reason("مستشار التحريرسامر يوسف") == "masthead"
    assert line_reason("رئيس التحرير يستقيل من منصبه") is None
    assert line_reason("رئيس التحريرية") is None


def test_a_sites_name_is_known_by_its_recurring_on_the_page():
    lines = [LEAD, "نبض الساحل - سامر يوسف", "جميع الحقوق محفوظة لموقع نبض الساحل"]
    page = PageEvidence.of(lines, [LEAD])
    assert page.credit_reason(lines[1], 1, under_prose=True) == CREDIT_LINE
    alone = PageEvidence.of(lines[:2], [LEAD])
    assert alone.credit_reason(lines[1], 1, under_prose=True) is None  # two names, neither known: no evidence


def test_above_the_article_a_name_the_page_repeats_or_a_place_backs_no_credit():
    # Where the title stands: "الساحل" in the menu, and a place the article gives with words of the title's own.
    lines = ["الرئيسية الساحل رياضة", "الساحل - ليلة لا تنسى", LEAD]
    page = PageEvidence.of(lines, [LEAD])
    assert page.credit_reason(lines[1], 1, under_prose=False) is None
    assert page.credit_reason(lines[1], 1, under_prose=True) == CREDIT_LINE


def test_a_title_over_its_topic_with_the_sites_name_is_no_credit():
    title = "تحلية المياه - نبض الساحل نيوز"
    article = parse_plain(f"{title}\n{LEAD}\n{SECOND}\n")
    assert article.headline == title
    lines = [title, LEAD]
    assert PageEvidence.of(lines, [LEAD]).credit_reason(title, 0, under_prose=False) is None


def test_shapes_that_are_no_credit():
    assert credit_parts("الأهلي 2 - 1 الزمالك") is None  # a score
    assert credit_parts("من يفوز بالكأس - الأهلي أم الزمالك؟") is None  # a question
    assert credit_parts("نبض الساحل") is None  # one name, no joining mark
    assert credit_parts("أسعار الذهب اليوم |") is None  # a title the page cut the site's name off
    assert credit_parts("الحكومة تعلن خطة جديدة لتحلية المياه - تفاصيل") is None  # a title's clause
    assert credit_parts("نبض الساحل_سامر يوسف") == (("نبض الساحل", "سامر يوسف"), False)


def test_names_joined_by_an_underscore_are_a_credit_wherever_they_stand():
    lines = [LEAD, "نبض الساحل_سامر يوسف", SECOND]
    assert PageEvidence.of(lines, [LEAD, SECOND]).credit_reason(lines[1], 1, under_prose=True) == MARKED_CREDIT


def test_a_pair_of_teams_in_a_list_of_fixtures_stays():
    text = (f"{TITLE}\n{LEAD}\nوجاءت مباريات الجولة على النحو التالي:\nالوحدة - العين\nالشارقة - النصر\n"
            f"{SECOND}\n")
    assert "الوحدة - العين" in spoken(parse_plain(text))


def test_a_credit_line_bounds_the_article_the_line_above_it_is_not_between_article_lines():
    # The title block over a credit: the short line between the title and the credit is not read as a sub-heading
    # between two of the article's lines (which would pull the title block into the article).
    long_title = f"جريدة نبض الساحل.نت / بالصور: {TITLE} | البلدية تتابع الأشغال في المحطة الجديدة"
    lines = [long_title, "NabdSahil.net", "-----------", "سامر يوسف - جريدة نبض الساحل.نت", LEAD, SECOND, THIRD]
    body = find_body(lines)
    assert body.lines[3].furniture == CREDIT_LINE
    assert "between article lines" not in body.lines[1].why


def test_a_line_the_edge_shapes_name_keeps_their_reason():
    # A dateline alone is the edge rule's (with its own score); the page's evidence only names what nothing else does.
    body = find_body([TITLE, "القاهرة - سامر يوسف", LEAD, SECOND])
    assert body.lines[1].furniture == "dateline" and body.lines[1].by_rule is False


@pytest.mark.parametrize("title", [
    "قناة السويس – أرباح قياسية",  # a canal, not an outlet, without an outlet's word after it
    "موقع الحادث - صور",
    "غزة – ليلة بلا كهرباء",  # a city, then words of the title's own
])
def test_a_title_naming_a_place_or_a_canal_is_no_credit(title):
    lines = [title, LEAD, SECOND]
    page = PageEvidence.of(lines, [LEAD, SECOND])
    assert page.credit_reason(title, 0, under_prose=False) is None


@pytest.mark.parametrize("credit", [
    "الساحل – سامر يوسف",  # the place the article reports from, then the reporter
    "الساحل/ سامر يوسف علي:",
    "الساحل/ نبض/ سامر يوسف",  # place, site, reporter
])
def test_above_the_article_a_place_it_names_and_a_name_it_never_gives_are_a_credit(credit):
    lines = [credit, LEAD, SECOND]
    assert PageEvidence.of(lines, [LEAD, SECOND]).credit_reason(credit, 0, under_prose=False) == CREDIT_LINE
    # the first line of a page without a title is no headline ...
    assert parse_plain(f"{credit}\n{LEAD}\n{SECOND}\n").headline_from_body
    # ... nor spoken under the title
    article = parse_plain(f"{TITLE}\n{credit}\n{LEAD}\n{SECOND}\n")
    assert article.headline == TITLE and spoken(article) == [LEAD, SECOND]


@pytest.mark.parametrize("title", [
    "الساحل – محطة تحلية جديدة",  # words the article gives
    "الساحل – ليلة بلا كهرباء",  # a phrase: no name holds "بلا"
])
def test_above_the_article_a_place_with_words_of_a_title_is_no_credit(title):
    lines = [title, LEAD, SECOND]
    page = PageEvidence.of(lines, [LEAD, SECOND])
    assert page.credit_reason(title, 0, under_prose=False) is None
    assert parse_plain(f"{title}\n{LEAD}\n{SECOND}\n").headline == title
