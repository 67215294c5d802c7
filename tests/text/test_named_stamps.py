"""A site's or a body's name, a dash and its place over the lead ("SITE NAME – PLACE"), maybe dated in figures after a
date's label ("NAME - PLACE بتاريخ: 2026/02/11"), is the page's stamp (``text.datelines``), never its headline: the
page has no title line, so the first sentence is read, flagged, and the stamp is dropped with a dateline's reason. A
title naming its place after its topic tells that topic in the article's words, and stays the title."""

import pytest

from text.datelines import PLACE_AND_SOURCE
from text.plain import parse_plain
from tests.support.article_views import reasons, spoken
from tests.support.pages import THIRD

PORT_LEAD = ("تشهد مدينة عدن اليمنية ازدحاما كبيرا في الميناء منذ أسبوع، بعد وصول عشرات السفن المحملة بالوقود والقمح "
             "في وقت واحد.")
PORT_SECOND = "وقال مسؤول في الميناء إن العمل يجري على مدار الساعة لتفريغ الحمولات قبل نهاية الشهر."
BANK_LEAD = "قررت البنوك في صنعاء تمديد ساعات العمل خلال شهر رمضان لتخفيف الازدحام على الفروع، بحسب بيان صدر أمس."
BANK_SECOND = "وقال مسؤول مصرفي إن القرار يشمل كل الفروع في المدينة حتى نهاية الشهر."


@pytest.mark.parametrize("stamp, lead, second", [
    ("نبض الشارع اليمني – عدن", PORT_LEAD, PORT_SECOND),  # a site's name with its country's adjective the lead has
    ("صوت الحقيقة - عدن", PORT_LEAD, PORT_SECOND),
    ("رابطة المصارف المحلية - صنعاء بتاريخ: 2026/02/11", BANK_LEAD, BANK_SECOND),  # a body's name, place, date
    ("رابطة المصارف المحلية – صنعاء 11/02/2026", BANK_LEAD, BANK_SECOND),
])
def test_a_name_and_its_place_over_the_lead_is_never_the_headline(stamp, lead, second):
    article = parse_plain(f"{stamp}\n{lead}\n{second}\n{THIRD}\n")
    assert article.headline_from_body  # no title line: the first sentence, flagged
    assert stamp not in (article.headline or "")
    assert stamp not in spoken(article)
    assert reasons(article)[stamp] in (PLACE_AND_SOURCE, "byline")  # where and from whom the story comes


FAIR_LEAD = ("افتتح وزير الثقافة صباح اليوم معرض الكتاب في الرياض بمشاركة أكثر من ألف دار نشر من ثلاثين دولة، "
             "ويستمر المعرض عشرة أيام.")
FAIR_SECOND = "وقال الوزير إن افتتاح المعرض هذا العام يأتي مع برنامج ثقافي واسع للزوار من كل الأعمار."


@pytest.mark.parametrize("title, lead, second", [
    ("افتتاح معرض الكتاب – الرياض", FAIR_LEAD, FAIR_SECOND),  # a topic the article tells, then its place
    ("ازدحام السفن في الميناء – عدن", PORT_LEAD, PORT_SECOND),
    ("تمديد ساعات البنوك - صنعاء", BANK_LEAD, BANK_SECOND),
    ("نبض المدينة الحرة - عدن", PORT_LEAD, PORT_SECOND),  # a word of the name the article tells: not known a site's
    ("البنوك تمدد ساعات العمل - صنعاء 11/02/2026", BANK_LEAD, BANK_SECOND),  # a dated title: more than a name
])
def test_a_title_naming_its_place_after_a_dash_stays_the_headline(title, lead, second):
    article = parse_plain(f"{title}\n{lead}\n{second}\n{THIRD}\n")
    assert article.headline == title and not article.headline_from_body
