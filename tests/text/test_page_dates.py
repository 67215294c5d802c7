"""A text page's own date line dates the article (``text.datetext``, ``text.pagedate``): pages of our own making."""

from __future__ import annotations

from datetime import date

import pytest

from text.datetext import dates_in
from text.pagedate import PUBLISHED, STAMP, UPDATED, page_date
from text.plain import parse_plain, split_plain

TITLE = "البلدية تفتتح محطة جديدة لتحلية المياه في الحي الشمالي"
LEAD = ("افتتحت البلدية صباح اليوم محطة جديدة لتحلية المياه في الحي الشمالي، بطاقة تكفي عشرة آلاف أسرة، "
        "وقال رئيس البلدية إن المحطة ستعمل بالطاقة الشمسية طوال العام.")
SECOND = ("وأضاف أن المرحلة الثانية من المشروع ستبدأ في الربيع المقبل، وتشمل مد أنابيب جديدة إلى الأحياء "
          "الجنوبية التي تعاني من انقطاع المياه منذ سنوات.")
THIRD = "وأشار إلى أن تكلفة المشروع بلغت نحو مليوني دولار، موّلتها منحة دولية وميزانية البلدية."


def page(*above: str, under: tuple[str, ...] = (), body: tuple[str, ...] = (LEAD, SECOND, THIRD)) -> str:
    return "\n\n".join([*above, TITLE, *under, *body]) + "\n"


@pytest.mark.parametrize(("line", "day"), [
    ("الأحد 14/نوفمبر/2021 - الساعة: 5:12 م", date(2021, 11, 14)),
    ("07 فبراير 2011", date(2011, 2, 7)),
    ("2024/05/12 - 10:30", date(2024, 5, 12)),
    ("04-10-2023 | 02:45", date(2023, 10, 4)),
    ("19.03.2024 08:27", date(2024, 3, 19)),
    ("2024-02-13T07:41:09+00:00", date(2024, 2, 13)),
    ("28 كانون الثاني / يناير 2016", date(2016, 1, 28)),
    ("الأربعاء ١٤ تشرين الثاني (نوفمبر) ٢٠١٢", date(2012, 11, 14)),
    ("الخميس, كانون الثاني 7, 2021", date(2021, 1, 7)),
    ("١٣ ك٢ ٢٠٢٣", date(2023, 1, 13)),
    ("أضيف في 13 غشت 2019 الساعة 11:48", date(2019, 8, 13)),
    ("اخر تحديث الأربعاء 19 جانفي 2022 - 15:37", date(2022, 1, 19)),
    ("الأحد 14 نونبر 2021", date(2021, 11, 14)),
    ("الأربعاء، 05 يوليوز 2023 09:41", date(2023, 7, 5)),
    ("وادي الزين – فاتح شتنبر 2020", date(2020, 9, 1)),
    ("نوفمبر 9, 2022 - 18:20", date(2022, 11, 9)),
    ("April 9, 2024", date(2024, 4, 9)),
    ("Wed Dec 16, 2015 9:37am GMT", date(2015, 12, 16)),
    ("publié le 12 mai 2024", date(2024, 5, 12)),
    ("العدد 318 صدر بتاريخ 23أغسطس2017", date(2017, 8, 23)),
])
def test_a_date_line_is_read_in_every_calendar_spelling(line, day):
    assert [found.day for found in dates_in(line)] == [day]


@pytest.mark.parametrize(("line", "day"), [
    ("الأحد 3 رجب 1437هـ 10 أبريل 2016م", date(2016, 4, 10)),
    ("الأحد, 3 شعبان 1439 هجريا, الموافق 29 أبريل 2018 ميلاديا", date(2018, 4, 29)),
    ("04:17 مساءً , الجمعة 16 جمادى الأولى 1447 / 7 نوفمبر 2025", date(2025, 11, 7)),
])
def test_of_a_hijri_and_gregorian_pair_the_gregorian_date_is_read(line, day):
    assert [found.day for found in dates_in(line)] == [day]


@pytest.mark.parametrize("line", [
    "22/07/1444 هـ",  # Hijri only
    "5 رمضان 1446",
    "31/04/2024",  # no such day
    "30 فبراير 2024",
    "الخميس 12 مايو 2024",  # 12 May 2024 was a Sunday: a slip, or a misreading
    "منذ 17 ساعة",  # relative to a day no one knows
    "4 Min Read",
])
def test_no_date_rather_than_a_wrong_one(line):
    assert dates_in(line) == ()


def test_the_weekday_settles_a_month_first_numeric_date():
    # 07/05/2023 read day first is 7 May, a Sunday; the line says Wednesday: 5 July 2023.
    assert [found.day for found in dates_in("أربعاء, 07/05/2023 - 21:18")] == [date(2023, 7, 5)]


def test_a_date_line_right_under_the_title_dates_the_article():
    article = parse_plain(page(under=("الأحد 14/نوفمبر/2021 - الساعة: 5:12 م",)))
    assert article.published == "2021-11-14"
    assert article.published_from.startswith("the page's date line, line 3:")
    assert "14/نوفمبر/2021" in article.published_from
    assert LEAD in article.sections[0].paragraphs  # the date is read, the article is as before


def test_a_date_line_over_the_title_with_the_byline_between_dates_the_article():
    article = parse_plain(page("07 فبراير 2011", "بقلم سامي الخطيب"))
    assert article.published == "2011-02-07"


def test_the_sites_header_date_over_its_menu_is_not_the_articles():
    # The site's "today" stands over its logo and menu, not with the article's title.
    text = page("الخميس 02 مايو 2024", "الرئيسية | أخبار | رياضة | اقتصاد | اتصل بنا", "Logo")
    assert parse_plain(text).published is None


def test_a_teaser_of_another_story_dated_in_its_title_is_not_a_date_line():
    teaser = "أسعار الذهب اليوم الثلاثاء 14-3-2023 في الأسواق المحلية ومحلات الصاغة"
    assert parse_plain(page(teaser)).published is None


def test_a_date_inside_the_articles_sentences_is_never_taken():
    dated = "وقالت البلدية في بيان يوم الأحد 12 مايو 2024 إن المحطة ستخدم الحي الشمالي والأحياء المجاورة له."
    assert parse_plain(page(body=(LEAD, dated, THIRD))).published is None


def test_a_stated_publication_date_wins_over_an_update():
    under = ("آخر تحديث: الأربعاء 19 يناير 2022 - 15:37", "نشر في: الإثنين 18 أكتوبر 2021 - 13:06")
    article = parse_plain(page(under=under))
    assert article.published == "2021-10-18"
    assert article.published_from.startswith("the page's publication date")


def test_an_update_date_dates_the_article_only_when_no_other_is_stated():
    article = parse_plain(page(under=("آخر تحديث: 20 / 5 / 2024 - 5:03 م",)))
    assert article.published == "2024-05-20"
    assert "last update" in article.published_from


def test_the_sites_own_last_update_is_not_the_articles():
    assert parse_plain(page("آخر تحديث للموقع الثلاثاء 6 أكتوبر 2020 11:42 مساء")).published is None


def test_a_footers_last_updated_under_the_article_is_not_read():
    text = page(body=(LEAD, SECOND, THIRD, "آخر تحديث: 12 مايو 2024", "جميع الحقوق محفوظة © 2024"))
    assert parse_plain(text).published is None


def test_a_date_after_today_is_no_publication_date():
    lines = [(1, TITLE, "headline", True), (2, "12 مايو 2024", "date line", False), (3, LEAD, "body", True)]
    assert page_date(lines, today=date(2024, 5, 10)) is None  # a day of leeway for time zones, no more
    assert page_date(lines, today=date(2024, 5, 11)).day == date(2024, 5, 12)
    assert page_date(lines, today=date(2024, 5, 12)).day == date(2024, 5, 12)


def test_of_several_date_lines_the_earliest_the_sites_today_comes_after():
    lines = [(1, "الأربعاء، 05 يوليوز 2023 09:41", "before the article", False), (2, TITLE, "headline", True),
             (3, "الأربعاء, 19 شتنبر 2012", "image caption", False), (4, LEAD, "body", True)]
    found = page_date(lines, today=date(2026, 1, 1))
    assert (found.day, found.kind, found.line) == (date(2012, 9, 19), STAMP, 3)


def test_a_labelled_date_under_a_standfirst_read_as_the_lead_is_read():
    lines = [(1, TITLE, "headline", True), (2, SECOND, "body", True),
             (3, "نُشر في: 9 فبراير 2025", "date line", False), (4, LEAD, "body", True)]
    found = page_date(lines, today=date(2026, 3, 1))
    assert (found.day, found.kind) == (date(2025, 2, 9), PUBLISHED)


def test_a_meta_row_goes_on_after_a_labelled_date():
    row = "تاريخ الإضافة الاثنين 17 كانون الثاني 2011 - 7:40 م المشاهدات 815 الردود 3 التصنيف أخبار المدينة"
    lines = [(1, TITLE, "headline", True), (2, row, "page furniture by the line model (0.9)", False),
             (3, LEAD, "body", True)]
    assert page_date(lines, today=date(2026, 1, 1)).day == date(2011, 1, 17)


def test_other_stories_dates_are_never_the_articles():
    lines = [(1, "2023/10/17 11:52", "other stories' titles", False), (2, TITLE, "headline", True),
             (3, LEAD, "body", True)]
    assert page_date(lines, today=date(2026, 1, 1)) is None


def test_the_splitters_decisions_do_not_change():
    with_date = split_plain(page(under=("07 فبراير 2011",)))
    assert [line.decision for line in with_date.lines] == ["headline", "date line", "body", "body", "body"]


def test_updated_kind_is_named():
    lines = [(1, TITLE, "headline", True), (2, "تم تحديثه في October 21, 2024", "date line", False),
             (3, LEAD, "body", True)]
    assert page_date(lines, today=date(2026, 1, 1)).kind == UPDATED
