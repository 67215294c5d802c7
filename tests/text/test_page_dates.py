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
    ("الأحد 30/نوفمبر/2025 - الساعة: 3:24 م", date(2025, 11, 30)),
    ("09 فبراير 2009", date(2009, 2, 9)),
    ("2024/05/12 - 10:30", date(2024, 5, 12)),
    ("06-09-2025 | 01:30", date(2025, 9, 6)),
    ("26.04.2025 17:52", date(2025, 4, 26)),
    ("2025-01-22T19:16:33+00:00", date(2025, 1, 22)),
    ("31 كانون الثاني / يناير 2014", date(2014, 1, 31)),
    ("الأربعاء ١١ تشرين الثاني (نوفمبر) ٢٠٠٩", date(2009, 11, 11)),
    ("الخميس, كانون الثاني 2, 2025", date(2025, 1, 2)),
    ("٨ ك٢ ٢٠٢٦", date(2026, 1, 8)),
    ("أضيف في 15 غشت 2017 الساعة 16:35", date(2017, 8, 15)),
    ("اخر تحديث الأربعاء 20 جانفي 2021 - 14:49", date(2021, 1, 20)),
    ("السبت 12 نونبر 2022", date(2022, 11, 12)),
    ("الأربعاء، 03 يوليوز 2024 10:26", date(2024, 7, 3)),
    ("سيدي بنور – فاتح شتنبر 2023", date(2023, 9, 1)),
    ("نوفمبر 6, 2025 - 16:30", date(2025, 11, 6)),
    ("April 9, 2024", date(2024, 4, 9)),
    ("Wed Dec 18, 2013 9:49am GMT", date(2013, 12, 18)),
    ("publié le 12 mai 2024", date(2024, 5, 12)),
    ("العدد 574 صدر بتاريخ 27أغسطس2018", date(2018, 8, 27)),
])
def test_a_date_line_is_read_in_every_calendar_spelling(line, day):
    assert [found.day for found in dates_in(line)] == [day]


@pytest.mark.parametrize(("line", "day"), [
    ("الأحد 10 شعبان 1435هـ 8 يونيو 2014م", date(2014, 6, 8)),
    ("الأحد, 3 شعبان 1439 هجريا, الموافق 29 أبريل 2018 ميلاديا", date(2018, 4, 29)),
    ("04:17 مساءً , الجمعة 16 جمادى الأولى 1447 / 7 نوفمبر 2025", date(2025, 11, 7)),
])
def test_of_a_hijri_and_gregorian_pair_the_gregorian_date_is_read(line, day):
    assert [found.day for found in dates_in(line)] == [day]


@pytest.mark.parametrize("line", [
    "16/04/1447 هـ",  # Hijri only
    "5 رمضان 1446",
    "31/04/2024",  # no such day
    "30 فبراير 2024",
    "الخميس 12 مايو 2024",  # 12 May 2024 was a Sunday: a slip, or a misreading
    "منذ 14 ساعة",  # relative to a day no one knows
    "2 Min Read",
])
def test_no_date_rather_than_a_wrong_one(line):
    assert dates_in(line) == ()


def test_the_weekday_settles_a_month_first_numeric_date():
    # 08/06/2022 read day first is 8 June, a Wednesday; the line says Saturday: 6 August 2022.
    assert [found.day for found in dates_in("سبت, 08/06/2022 - 23:34")] == [date(2022, 8, 6)]


def test_a_date_line_right_under_the_title_dates_the_article():
    article = parse_plain(page(under=("الأحد 30/نوفمبر/2025 - الساعة: 3:24 م",)))
    assert article.published == "2025-11-30"
    assert article.published_from.startswith("the page's date line, line 3:")
    assert "30/نوفمبر/2025" in article.published_from
    assert LEAD in article.sections[0].paragraphs  # the date is read, the article is as before


def test_a_date_line_over_the_title_with_the_byline_between_dates_the_article():
    article = parse_plain(page("09 فبراير 2009", "بقلم سامي الخطيب"))
    assert article.published == "2009-02-09"


def test_the_sites_header_date_over_its_menu_is_not_the_articles():
    # The site's "today" stands over its logo and menu, not with the article's title.
    text = page("الخميس 02 مايو 2024", "الرئيسية | أخبار | رياضة | اقتصاد | اتصل بنا", "Logo")
    assert parse_plain(text).published is None


def test_a_teaser_of_another_story_dated_in_its_title_is_not_a_date_line():
    teaser = "أسعار العملات اليوم الجمعة 19-7-2024 في البنوك المصرية والأسواق الموازية"
    assert parse_plain(page(teaser)).published is None


def test_a_date_inside_the_articles_sentences_is_never_taken():
    dated = "وقالت البلدية في بيان يوم الأحد 12 مايو 2024 إن المحطة ستخدم الحي الشمالي والأحياء المجاورة له."
    assert parse_plain(page(body=(LEAD, dated, THIRD))).published is None


def test_a_stated_publication_date_wins_over_an_update():
    under = ("آخر تحديث: الأربعاء 20 يناير 2021 - 14:49", "نشر في: الإثنين 19 أكتوبر 2020 - 14:11")
    article = parse_plain(page(under=under))
    assert article.published == "2020-10-19"
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
    lines = [(1, "الأربعاء، 03 يوليوز 2024 10:26", "before the article", False), (2, TITLE, "headline", True),
             (3, "الأربعاء, 22 شتنبر 2010", "image caption", False), (4, LEAD, "body", True)]
    found = page_date(lines, today=date(2026, 1, 1))
    assert (found.day, found.kind, found.line) == (date(2010, 9, 22), STAMP, 3)


def test_a_labelled_date_under_a_standfirst_read_as_the_lead_is_read():
    lines = [(1, TITLE, "headline", True), (2, SECOND, "body", True),
             (3, "نُشر في: 12 فبراير 2026", "date line", False), (4, LEAD, "body", True)]
    found = page_date(lines, today=date(2026, 3, 1))
    assert (found.day, found.kind) == (date(2026, 2, 12), PUBLISHED)


def test_a_meta_row_goes_on_after_a_labelled_date():
    row = "تاريخ الإضافة الاثنين 17 كانون الثاني 2011 - 7:40 م المشاهدات 815 الردود 3 التصنيف أخبار المدينة"
    lines = [(1, TITLE, "headline", True), (2, row, "page furniture by the line model (0.9)", False),
             (3, LEAD, "body", True)]
    assert page_date(lines, today=date(2026, 1, 1)).day == date(2011, 1, 17)


def test_other_stories_dates_are_never_the_articles():
    lines = [(1, "2024/11/05 16:34", "other stories' titles", False), (2, TITLE, "headline", True),
             (3, LEAD, "body", True)]
    assert page_date(lines, today=date(2026, 1, 1)) is None


def test_the_splitters_decisions_do_not_change():
    with_date = split_plain(page(under=("09 فبراير 2009",)))
    assert [line.decision for line in with_date.lines] == ["headline", "date line", "body", "body", "body"]


def test_updated_kind_is_named():
    lines = [(1, TITLE, "headline", True), (2, "تم تحديثه في December 15, 2025", "date line", False),
             (3, LEAD, "body", True)]
    assert page_date(lines, today=date(2026, 1, 1)).kind == UPDATED
