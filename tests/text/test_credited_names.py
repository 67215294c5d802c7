"""A credit's label, a colon and a person's name alone ("حوار : NAME NAME.", "تصوير: NAME NAME": ``names.credited_name``)
is a byline wherever it stands, between the deck and an interview's questions too. A place's label over a name is a
title as often ("COUNTRY: NAME NAME"), and a speaker's name before a colon opens what the speaker says: both stay."""

from __future__ import annotations

import pytest

from tests.support.article_views import decisions, page, spoken
from text.names import credited_name
from text.plain import parse_plain

MENU = ("الرئيسية", "أخبار", "فنون", "رياضة")
FOOT = ("شارك", "جميع الحقوق محفوظة © 2025")
TITLE = "المطربة الشابة تطلق أغنيتها الجديدة عن مدينتها بعد عام من الغياب"
LEAD = ("أطلقت المطربة الشابة أغنيتها الجديدة التي تحكي عن مدينتها الساحلية، بعد عام كامل من الغياب عن الساحة "
        "الفنية، وسط ترحيب واسع من جمهورها.")
QUESTION_ONE = "س: حدثينا عن الأغنية الجديدة، كيف ولدت فكرتها؟"
ANSWER_ONE = ("ج: ولدت الفكرة في ليلة صيفية على شاطئ مدينتي، كنت أسير مع أصدقائي وشعرت أنني مدينة لهذا المكان "
              "بأغنية تشبهه.")
QUESTION_TWO = "س: ما الذي تغير فيك خلال عام الغياب؟"
ANSWER_TWO = ("ج: تعلمت أن أصبر وأن أختار بعناية، فأنا لا أريد أن أقدم عملا لا أؤمن به، وجمهوري يستحق مني الأفضل "
              "دائما.")


@pytest.mark.parametrize("text", [
    "حوار : عمر الحديدي.", "حوار: لمى العطار", "حاوره: كريم منصور", "أجرى الحوار: سارة يوسف", "تصوير: محمد السيد",
    "ترجمة: نور الدين بن سالم", "إعداد : هناء الشامي",
])
def test_a_credit_label_and_a_name(text):
    assert credited_name(text)


@pytest.mark.parametrize("text", [
    "سوريا: أحمد الشرع",  # a place's label: a title as often
    "المبادرات الاجتماعية: أمل جديد",  # a title's words after a label
    "– النائب الثالث: منال بنصالح",  # a list's item: a post and who holds it
    "حوار: الفنانة رنا سعيد تتحدث عن المسرح",  # more than a name
    "عمر الحديدي: نحن هنا لنبقى",  # a speaker's name before the colon
    "حوار - عمر الحديدي",  # the dashed form names a column as readily
    "تصوير: المكتب الإعلامي",  # no person's name (read by other rules)
])
def test_no_credit_label_and_name(text):
    assert not credited_name(text)


@pytest.mark.parametrize("credit", ["حوار : عمر الحديدي.", "حاورها: لمى العطار", "أجرى الحوار: سارة يوسف"])
def test_the_interviewer_between_the_lead_and_the_questions_is_dropped(credit):
    text = page(*MENU, TITLE, LEAD, credit, QUESTION_ONE, ANSWER_ONE, QUESTION_TWO, ANSWER_TWO, *FOOT)
    assert decisions(text)[credit] == "byline"
    heard = spoken(parse_plain(text))
    assert credit not in heard
    assert all(line in heard for line in (LEAD, QUESTION_ONE, ANSWER_ONE, QUESTION_TWO, ANSWER_TWO))


def test_a_list_of_posts_and_names_in_the_article_stays():
    items = ("– الرئيس: سامر الخطيب", "– النائب الأول: هناء الشامي", "– أمين الصندوق: كريم منصور")
    lead = ("انتخبت الجمعية العامة للنادي الثقافي مساء أمس مجلس إدارتها الجديد لدورة تمتد أربع سنوات، وجاءت "
            "النتائج على النحو الآتي:")
    text = page(*MENU, "النادي الثقافي ينتخب مجلس إدارته الجديد", lead, *items, LEAD, *FOOT)
    heard = spoken(parse_plain(text))
    assert all(item in heard for item in items)
