"""A line over the lead that only says where and from whom the story comes (``text.datelines``, issue 11): a place and
a reporter the article never names, a site or press office and its place, a site's name and "خاص", a site's quoted
name and a date: never the headline (the page's title, or the first sentence flagged), and dropped with a dateline's
reason. Short titles naming a place, a place and a sentence, a round-up's places and a name the article tells stay."""

import pytest

from text.datelines import PLACE_AND_SOURCE, heads_with_place
from text.plain import parse_plain, split_plain
from tests.support.article_views import reasons, spoken
from tests.support.pages import LEAD, SECOND, THIRD, TITLE


@pytest.mark.parametrize("stamp", [
    "ليبيا: سامي الورفلي",  # a country and a reporter the article never names
    "السودان – رامي الحاج",
    "الإعلام والعلاقات العامة / محافظة ذي قار",  # a press office and its governorate
    "شبكة الساحل الخبرية/ خاص..",  # a site and a handover word, no place
    "«المرصد اليومي» الخميس 12 مارس 2020م تعز/خاص",  # a quoted site, a date, a place, "خاص"
    "الساحل 24 : عدن",  # a site's name with its number and a place
])
def test_a_stamp_over_the_lead_is_never_the_headline(stamp):
    text = f"{stamp}\n\n{LEAD}\n\n{SECOND}\n{THIRD}\n"
    article = parse_plain(text)
    assert article.headline_from_body  # no title line: the first sentence, flagged
    assert stamp.strip() not in (article.headline or "")
    assert stamp not in spoken(article)
    assert stamp in reasons(article)


@pytest.mark.parametrize("stamp", ["المغرب: يوسف بنعلي", "الساحل 24 : عدن", "البصرة – الرافدين نيوز"])
def test_a_stamp_under_the_title_is_dropped(stamp):
    article = parse_plain(f"{TITLE}\n{stamp}\n{LEAD}\n{SECOND}\n")
    assert article.headline == TITLE and not article.headline_from_body
    assert spoken(article) == [LEAD, SECOND]


def test_a_stamp_over_the_lead_gives_its_reason():
    lines = {item.text: item.decision for item in split_plain(f"ليبيا: سامي الورفلي\n{LEAD}\n{SECOND}\n").lines}
    assert PLACE_AND_SOURCE in lines["ليبيا: سامي الورفلي"]


GAZA_LEAD = "يعيش سكان غزة حالة من الترقب والحذر بعد إعلان الهدنة الأخيرة، فيما تستمر الطائرات في التحليق فوق المدينة."
INTERVIEW_LEAD = ("التقت الصحيفة رئيس الوزراء السابق عبد الله حمدوك في مقر إقامته، وتحدث حمدوك عن مستقبل البلاد "
                  "بعد الحرب.")


@pytest.mark.parametrize("title, lead", [
    ("غزة: ترقب وحذر", GAZA_LEAD),  # a short title naming its place
    ("العراق: انتخابات مبكرة في الربيع", "أعلنت الحكومة العراقية اليوم أن الانتخابات المبكرة ستجري في الربيع المقبل."),
    ("السودان: عبد الله حمدوك", INTERVIEW_LEAD),  # an interviewee's label the article names: the title
    ("الجزائر: نادي الشباب بطلا", "توج نادي الشباب بلقب البطولة بعد فوزه في المباراة الأخيرة على منافسه بهدفين."),
])
def test_titles_naming_a_place_stay_titles(title, lead):
    article = parse_plain(f"{title}\n{lead}\n{SECOND}\n")
    assert article.headline == title and not article.headline_from_body


def test_a_round_ups_places_stay_its_sub_headings():
    text = ("جولة في أخبار المنطقة\nشهدت المنطقة اليوم أحداثا متلاحقة على أكثر من جبهة، نعرضها في هذا الموجز.\nغزة\n"
            "استمر القصف على مناطق شمال القطاع طوال الليل وسط نزوح آلاف العائلات نحو الجنوب.\nالضفة الغربية\n"
            "اقتحمت قوات الاحتلال عدة بلدات فجر اليوم واعتقلت عددا من الشبان بعد مداهمة منازلهم.\n")
    article = parse_plain(text)
    assert [section.title for section in article.sections][1:] == ["غزة", "الضفة الغربية"]


def test_a_dateline_glued_to_the_lead_stays_body():
    lead = "بغداد - أعلنت وزارة الصحة اليوم عن إطلاق حملة تلقيح جديدة ضد شلل الأطفال تشمل جميع المحافظات."
    article = parse_plain(f"{TITLE}\n{lead}\n{SECOND}\n")
    assert article.headline == TITLE
    assert "أعلنت وزارة الصحة اليوم عن إطلاق حملة تلقيح جديدة ضد شلل الأطفال تشمل جميع المحافظات." in spoken(article)


@pytest.mark.parametrize("line, heading", [
    ("غزة: ترقب وحذر", True), ("لندن: سامي الورفلي", False), ("عدن: الساحل نيوز", False), ("عدن: ترقب وحذر:", False),
    ("عمان: وكالات", False),
])
def test_a_place_a_colon_and_two_words_heads_unless_a_reporter_or_an_outlet(line, heading):
    assert heads_with_place(line) is heading
