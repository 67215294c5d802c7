"""A writer's name in the byline's place ("NAME بن NAME") is no title because it shares "بن" with another person's
name in the lead (session 20, a real page: a place's line, the writer's name, the lead naming "الأمير NAME بن NAME").
A word joining a person's names tells nothing of the news; a title naming a person with "بن" / "أبو" stays the
headline, as does one whose joiner comes before a short name ("بن علي", "أبو علي": "علي" folds as the function word
"على"). Synthetic pages of our own words."""

import pytest

from text.plain import parse_plain
from tests.support.article_views import page, spoken


SCHOOL_LEAD = ("نظمت الإدارة العامة للتعليم بمحافظة الوادي حفلا بمناسبة اليوم الوطني برعاية الأمير خالد بن فيصل، وشارك "
               "فيه طلاب المدارس الثانوية بعروض مسرحية وقصائد وطنية.")
SCHOOL_SECOND = "وأكد مدير التعليم أن هذه الاحتفالات تعزز قيم الانتماء لدى الطلاب وتعرفهم بتاريخ بلادهم."


@pytest.mark.parametrize("byline", ["سامي بن عطية المالكي", "ناصر بن سعد الدوسري"])
def test_a_name_meeting_the_lead_only_on_bin_is_no_title(byline):
    article = parse_plain(page("الوادي", byline, SCHOOL_LEAD, SCHOOL_SECOND))
    assert article.headline_from_body, article.headline
    assert spoken(article)[-1] == SCHOOL_SECOND
    assert byline not in spoken(article)


@pytest.mark.parametrize("title", ["الأمير خالد بن فيصل يرعى حفل اليوم الوطني", "خالد بن فيصل يكرم طلاب الوادي"])
def test_a_title_naming_a_person_with_bin_stays_the_headline(title):
    article = parse_plain(page(title, SCHOOL_LEAD, SCHOOL_SECOND))
    assert article.headline == title and not article.headline_from_body


@pytest.mark.parametrize("title, lead", [
    ("رحيل بن علي", "توفي الرئيس التونسي الأسبق زين العابدين بن علي في مدينة جدة السعودية عن عمر ناهز 83 عاما، بعد "
                    "ثماني سنوات من مغادرته تونس إثر احتجاجات شعبية واسعة."),
    ("وداعاً أبو علي", "غيب الموت مساء أمس الممثل الكوميدي حسن أبو علي عن عمر ناهز 82 عاما، بعد صراع طويل مع المرض."),
], ids=["bin_ali", "abu_ali"])
def test_a_title_sharing_a_joiner_and_a_short_name_stays_the_headline(title, lead):
    """"بن علي", "أبو علي": the joiner before a word the comparison leaves out is the name itself."""
    second = "وحكم الراحل البلاد سنوات طويلة، وكان من أبرز الوجوه في تاريخها الحديث."
    article = parse_plain(page("الرئيسية", "عربي ودولي", title, lead, second))
    assert article.headline == title and not article.headline_from_body
