"""The top of a whole page copied with select-all (s16review_top.md): a newsroom's desk or post credited instead
of a writer, a section's name, a topic's tag, a deck under the title, an agency after the dateline's city.
Synthetic pages of our own words, in the shapes the reviewer found."""

import pytest

from text.plain import parse_plain
from tests.support.article_views import page, spoken


HARBOUR_LEAD = ("جدة - استقبل الميناء الجديد أول سفينة شحن تجارية صباح اليوم الاثنين، محملة بأكثر من ألفي حاوية، "
                "بعد أشهر من أعمال التجهيز. وشارك في الاستقبال عدد من المسؤولين.")
HARBOUR_SECOND = "وقال مدير الميناء إن الطاقة الاستيعابية ستتضاعف خلال العام المقبل بعد تركيب الرافعات الجديدة."
HARBOUR_FIRST_SENTENCE = ("استقبل الميناء الجديد أول سفينة شحن تجارية صباح اليوم الاثنين، محملة بأكثر من ألفي حاوية، "
                          "بعد أشهر من أعمال التجهيز.")


# H-C (and H-B's correspondent): a desk or a post credited under a section's label is no framed title.

@pytest.mark.parametrize("head", [["اقتصاد", "محررة الشؤون الاقتصادية", "980 مشاهدة"],
                                  ["محليات", "قسم الأخبار المحلية", "منذ ساعتين"],
                                  ["الرئيسية", "أخبار", "مندوب الصحيفة في جدة"],
                                  ["محليات", "وحدة الرصد والمتابعة", "منذ ساعتين"]])
def test_a_desk_or_post_credit_over_a_dateline_lead_is_no_headline(head):
    text = page(*head, HARBOUR_LEAD, HARBOUR_SECOND)
    article = parse_plain(text)
    assert article.headline == HARBOUR_FIRST_SENTENCE and article.headline_from_body
    assert head[1] not in spoken(article)


COLUMN = ("كلما مررت بساحة الحي تذكرت الأراجيح الخشبية التي كانت فيها، والأطفال الذين كانوا يتسابقون إليها بعد "
          "المدرسة.")
COLUMN_SECOND = "اليوم صارت الساحة موقفا للسيارات، ولم يسأل أحد أين يلعب الصغار، ولا أين يجلس الكبار في المساء."


@pytest.mark.parametrize("title", ["فريق بلا ملعب", "مراسل يبحث عن ساحته", "مكتب البريد القديم يغلق أبوابه"])
def test_a_framed_column_title_opening_on_a_desks_word_is_still_the_headline(title):
    text = page("آراء", title, "بقلم: هدى سالم", COLUMN, COLUMN_SECOND)
    article = parse_plain(text)
    assert article.headline == title and not article.headline_from_body


def test_a_title_telling_what_a_reporter_did_is_still_the_headline():
    title = "مراسل الصحيفة يروي يوم وصول أول سفينة إلى الميناء"
    text = page("الرئيسية", "محليات", title, "الاثنين 3 مارس 2025", HARBOUR_LEAD, HARBOUR_SECOND)
    assert parse_plain(text).headline == title


# H-B: on a page with no title line, a section's name or a topic's tag above the dateline lead is no headline.

@pytest.mark.parametrize("head", [["أخبار المناطق والموانئ", "الاثنين 3 مارس 2025"],
                                  ["الرئيسية", "اقتصاد", "موسم الشحن 2025", "الاثنين 3 مارس 2025"]])
def test_a_sections_name_or_a_dated_tag_over_a_dateline_lead_is_no_headline(head):
    article = parse_plain(page(*head, HARBOUR_LEAD, HARBOUR_SECOND))
    assert article.headline == HARBOUR_FIRST_SENTENCE and article.headline_from_body


@pytest.mark.parametrize("title", ["أخبار سارة لتجار الميناء الجديد", "أول سفينة تصل الميناء الجديد 2025",
                                   "الميناء الجديد يستقبل أول سفينة"])
def test_a_title_with_news_or_a_year_over_the_lead_is_still_the_headline(title):
    article = parse_plain(page("الرئيسية", "اقتصاد", title, "الاثنين 3 مارس 2025", HARBOUR_LEAD, HARBOUR_SECOND))
    assert article.headline == title and not article.headline_from_body


def test_a_dated_tag_over_the_title_is_still_dropped():
    title = "الميناء الجديد يستقبل أول سفينة"
    text = page("الرئيسية", "موسم الشحن 2025", title, "الاثنين 3 مارس 2025", HARBOUR_LEAD, HARBOUR_SECOND)
    article = parse_plain(text)
    assert article.headline == title and "موسم الشحن 2025" not in spoken(article)


# M1: "CITY - AGENCY:" glued to the lead: the agency goes with the city.

BRIDGE_SECOND = "وقال رئيس البلدية إن الجسر سيختصر الطريق بين الضفتين إلى عشر دقائق بدلا من ساعة كاملة."
BRIDGE_BODY = ("افتتح رئيس البلدية صباح الأحد الجسر الحديدي الجديد فوق النهر الشرقي، بعد عامين من أعمال البناء "
               "المتواصلة.")


@pytest.mark.parametrize("dateline", ["الكويت - كونا: ", "الرياض – واس - ", "الدوحة - قنا : "])
def test_an_agency_after_the_datelines_city_is_not_spoken(dateline):
    title = "البلدية تفتتح الجسر الحديدي فوق النهر"
    article = parse_plain(page(title, dateline + BRIDGE_BODY, BRIDGE_SECOND))
    assert article.headline == title and spoken(article) == [BRIDGE_BODY, BRIDGE_SECOND]
    no_title = parse_plain(page("الرئيسية", "محليات", dateline + BRIDGE_BODY, BRIDGE_SECOND))
    assert no_title.headline == BRIDGE_BODY


def test_an_agencys_name_opening_the_sentence_after_the_city_is_kept():
    lead = "قنا الإخبارية تطلق خدمة جديدة للبث المباشر من ملاعب كأس الأمير هذا الموسم، بعد عام من التجارب."
    article = parse_plain(page("الرئيسية", "محليات", "الدوحة - " + lead, BRIDGE_SECOND))
    assert article.headline == lead


# Round 2 (s16review_top2.md H2): a plural role names a group a story is about; a unit "في" a body is no post's place.

FEATURE_LEAD = ("يقضي العاملون في غرف الأخبار ساعات طويلة أمام الشاشات لمتابعة ما يجري في العالم، وسط ضغط متواصل "
                "لنشر الخبر قبل غيرهم.")
FEATURE_SECOND = "ويقول بعضهم إن الليل صار نهارا منذ أن تحولت الصحف إلى مواقع لا تنام."


@pytest.mark.parametrize("title", ["مراسلو الأخبار في زمن الشاشات", "محررون في غرف الأخبار الليلية",
                                   "محررو الأخبار والشاشات الطويلة", "فريق التحقيقات الصحفية في غرف الأخبار"])
def test_a_title_opening_on_a_plural_role_or_a_unit_in_a_body_is_still_the_headline(title):
    text = page("الرئيسية", "تحقيقات", title, "إعداد: ريم خالد", "الاثنين 3 مارس 2025", FEATURE_LEAD, FEATURE_SECOND)
    article = parse_plain(text)
    assert article.headline == title and not article.headline_from_body


def test_a_unit_of_the_police_in_a_city_over_a_wire_lead_is_still_the_headline():
    title = "فريق التحقيقات الجنائية في شرطة جدة"
    lead = ("جدة - كشف فريق التحقيقات الجنائية في شرطة جدة خلال العام الماضي ملابسات عشرات القضايا، بحسب تقرير "
            "صدر اليوم.")
    text = page("الرئيسية", "محليات", title, lead, HARBOUR_SECOND)
    assert parse_plain(text).headline == title


@pytest.mark.parametrize("credit", ["مراسل الموقع في جدة", "مراسلنا في بيروت", "مكتب الصحيفة في الرياض"])
def test_a_reporters_or_a_desks_post_in_a_known_city_is_still_no_headline(credit):
    article = parse_plain(page("الرئيسية", "أخبار", credit, HARBOUR_LEAD, HARBOUR_SECOND))
    assert article.headline == HARBOUR_FIRST_SENTENCE and credit not in spoken(article)


# Round 2 (H3): a section's name is refused as the title only over a wire's dateline lead; a column may be titled so.

@pytest.mark.parametrize("title", ["أخبار الليل الطويلة", "أخبار المدينة النائمة"])
def test_a_columns_title_shaped_as_a_sections_name_over_its_byline_is_the_headline(title):
    text = page("الرئيسية", "آراء", title, "بقلم: هدى سالم", "الأحد 9 مارس 2025", COLUMN, COLUMN_SECOND)
    article = parse_plain(text)
    assert article.headline == title and not article.headline_from_body


def test_a_sections_name_over_a_dateline_on_its_own_line_is_no_headline():
    lead = ("استقبل الميناء الجديد أول سفينة شحن تجارية صباح اليوم الاثنين، محملة بأكثر من ألفي حاوية، بعد أشهر من "
            "أعمال التجهيز. وشارك في الاستقبال عدد من المسؤولين.")
    text = page("أخبار المناطق والموانئ", "الاثنين 3 مارس 2025", "جدة - سامي العلي:", lead, HARBOUR_SECOND)
    article = parse_plain(text)
    assert article.headline_from_body and article.headline == HARBOUR_FIRST_SENTENCE
