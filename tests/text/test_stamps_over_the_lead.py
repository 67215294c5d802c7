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
    "الإعلام والعلاقات العامة / محافظة ذي قار",  # a press office and its governorate
    "شبكة الساحل الخبرية/ خاص..",  # a site and a handover word, no place
    "«المرصد اليومي» الخميس 12 مارس 2020م تعز/خاص",  # a quoted site, a date, a place, "خاص"
    "الساحل نيوز 24 : عدن",  # a site's name (an outlet's word) with its number and a place
])
def test_a_stamp_over_the_lead_is_never_the_headline(stamp):
    text = f"{stamp}\n\n{LEAD}\n\n{SECOND}\n{THIRD}\n"
    article = parse_plain(text)
    assert article.headline_from_body  # no title line: the first sentence, flagged
    assert stamp.strip() not in (article.headline or "")
    assert stamp not in spoken(article)
    assert stamp in reasons(article)


@pytest.mark.parametrize("stamp", ["المغرب: يوسف بنعلي", "السودان – رامي الحاج", "الساحل 24 : عدن",
                                   "البصرة – الرافدين نيوز"])
def test_a_stamp_under_the_title_is_dropped(stamp):
    article = parse_plain(f"{TITLE}\n{stamp}\n{LEAD}\n{SECOND}\n")
    assert article.headline == TITLE and not article.headline_from_body
    assert spoken(article) == [LEAD, SECOND]


@pytest.mark.parametrize("stamp", ["ليبيا: سامي الورفلي", "السودان – رامي الحاج"])
def test_a_country_and_a_reporter_over_the_title_give_their_reason(stamp):
    lines = {item.text: item.decision for item in split_plain(f"{stamp}\n{TITLE}\n{LEAD}\n{SECOND}\n").lines}
    assert PLACE_AND_SOURCE in lines[stamp]
    assert parse_plain(f"{stamp}\n{TITLE}\n{LEAD}\n{SECOND}\n").headline == TITLE


OTHER = "وقال مسؤول في البلدية إن الأعمال ستستمر ثلاثة أشهر وإن كلفتها تتجاوز عشرة ملايين دولار بحسب التقديرات الأولية."


@pytest.mark.parametrize("title, lead", [
    # a "COUNTRY: NAME" title over a lead calling the person by his office only (review H1): no title beside the
    # line, the name no byline the page repeats, so not read as a reporter's stamp
    ("سوريا: أحمد الشرع", "أكد الرئيس السوري في كلمة أمس أمام وفود من المحافظات أن سوريا ماضية في طريق إعادة الإعمار."),
    ("قطر: تميم بن حمد", "استقبل أمير قطر أمس في الدوحة وفدا رفيعا ناقش معه سبل تعزيز العلاقات الثنائية بين البلدين."),
    ("السعودية: محمد بن سلمان",
     "أعلن ولي العهد السعودي أمس في الرياض عن مشروع جديد ضمن رؤية السعودية لتنويع مصادر الدخل."),
    ("مصر: محمد صلاح", "سجل النجم المصري هدفين لفريقه أمس، ليعادل رقما قياسيا لأفضل هداف من مصر في تاريخ الدوري."),
    # a name with a number that is no site's over its place (review H2): a title
    ("فورمولا 1 : البحرين", "انطلقت أمس التجارب الحرة للسباق في البحرين وسط حضور جماهيري كبير على الحلبة الدولية."),
    ("كورونا 24 : لبنان", "سجلت وزارة الصحة في لبنان أمس ارتفاعا جديدا في عدد الإصابات وسط مخاوف من موجة جديدة."),
    ("كوفيد 19 : لبنان", "سجلت وزارة الصحة اللبنانية أمس ارتفاعا جديدا في عدد الإصابات بالفيروس وسط مخاوف من موجة."),
])
def test_a_place_and_a_name_titling_the_story_stay_the_headline(title, lead):
    article = parse_plain(f"{title}\n{lead}\n{OTHER}\n{SECOND}\n")
    assert article.headline == title and not article.headline_from_body


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
