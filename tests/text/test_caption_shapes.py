"""Small furniture lines told by shape and neighbours (issue 11, session 24, ``text.captionshapes``): a caption naming
who is shown or a scene right over a part's heading, a label stamped with a date under the headline, a row of
hashtags, a date written with harakat, and an Arabic article under one long English caption. And the look-alikes that
must stay: a topic's heading over its sub-heading, a name heading a part, a deck, a sentence with one hashtag, an
English page with one Arabic line. All pages are our own.
"""

from __future__ import annotations

import pytest

from text.captionshapes import labelled_date, names_who_is_shown
from text.plain import split_plain
from tests.support.article_views import decisions, page, spoken

TITLE = "تراجع أسعار الخضار في سوق المدينة المركزي"
LEAD = ("تراجعت أسعار الخضار في سوق المدينة المركزي هذا الأسبوع إلى أدنى مستوى منذ عامين، بعد وفرة الإنتاج "
        "المحلي وتراجع التصدير إلى دول الجوار.")
SECOND = ("وقال عدد من الباعة إن الإقبال على الشراء بقي ضعيفا رغم انخفاض الأسعار، بسبب تراجع القدرة الشرائية لدى "
          "معظم الأسر.")
UNDER = ("ويتوقع التجار أن تعود الأسعار إلى الارتفاع مع بداية الشتاء، حين يقل المعروض من الإنتاج المحلي في "
         "الأسواق كلها.")
HEADING = "توقعات الموسم المقبل"


def said(*middle: str, heading: str = HEADING) -> list[str]:
    return spoken(split_plain(page(TITLE, LEAD, SECOND, *middle, heading, UNDER)).article)


@pytest.mark.parametrize("caption", [
    "بائع الخضار عادل منصور",
    "رئيس البلدية سامي حداد",
    "المزارع خالد يوسف في حقله",
    "الباعة أمام محلاتهم في السوق",
    "أطفال يلعبون بين صناديق الفاكهة",
    "صاحب المخبز فادي ناصر",
])
def test_a_caption_right_over_a_parts_heading_is_not_spoken(caption: str) -> None:
    words = said(caption)
    assert caption not in words
    assert HEADING in words and UNDER in words and SECOND in words


@pytest.mark.parametrize("line", [
    "القراءة التحليلية لأرقام السوق",  # a topic's heading over its sub-heading: no person, no scene
    "ارتفاع الأسعار في الأسواق",  # a news heading opens with a verbal noun
    "أسباب التراجع",
])
def test_a_topics_heading_over_a_sub_heading_stays(line: str) -> None:
    assert line in said(line)


def test_a_name_heading_its_part_stays() -> None:
    # Right under it a paragraph, not another heading: the name heads the part.
    name = "الخبير الزراعي سامي حداد"
    words = spoken(split_plain(page(TITLE, LEAD, SECOND, name, UNDER)).article)
    assert name in words and UNDER in words


def test_a_caption_shape_over_a_paragraph_stays() -> None:
    scene = "الباعة أمام محلاتهم في السوق"
    words = spoken(split_plain(page(TITLE, LEAD, SECOND, scene, UNDER)).article)
    assert scene in words


def test_names_who_is_shown() -> None:
    assert names_who_is_shown("بائع الخضار عادل منصور")
    assert not names_who_is_shown("عادل منصور")  # a bare name is the bylines' question
    assert not names_who_is_shown("تكريم الفنان عادل منصور")  # an event heading opens with a verbal noun
    assert not names_who_is_shown("بائع الخضار عادل منصور يتحدث.")


@pytest.mark.parametrize("stamp", [
    "قصص ميدانية, 14 سبتمبر/ أيلول 2015",
    "أخبار محلية، 3 مارس 2021",
    "تقارير - 12 يناير 2024",
    "رياضة | 5 أيار 2019",
    "اقتصاد، 3 تشرين الأوّل / أكتوبر 2019",
    "مقالات الرأي - 1 يونيو 2023",
])
def test_a_label_stamped_with_a_date_under_the_headline_is_not_spoken(stamp: str) -> None:
    assert labelled_date(stamp)
    article = split_plain(page(TITLE, stamp, "أرشيف الصور ©", LEAD, SECOND, UNDER)).article
    assert stamp not in spoken(article)
    assert article.headline == TITLE and LEAD in spoken(article)


@pytest.mark.parametrize("line", [
    "الحكومة تقر خطة لدعم المزارعين تبدأ في 3 مارس 2021",  # a deck telling the story
    "أسعار الخضار تتراجع، والتجار يتوقعون عودتها",  # no date
    "القاهرة في 3 مارس 2021",  # a dateline: no comma or dash before the date
])
def test_not_a_labelled_date(line: str) -> None:
    assert not labelled_date(line)


def test_a_date_written_with_harakat_is_a_date_line() -> None:
    date = "3 تشرين الأوّل / أكتوبر 2019"
    lines = decisions(page(TITLE, LEAD, date, SECOND, UNDER))
    assert lines[date] == "date line"


@pytest.mark.parametrize("row", [
    "#وزارة_السياحة #مهرجان_الربيع #الحدائق_العامة",
    "#السياحة #الربيع يقدم عرضا جديدا بعنوان #الحديقة",
    "• #أخبار #محليات #السوق_المركزي",
])
def test_a_row_of_hashtags_is_not_spoken(row: str) -> None:
    words = spoken(split_plain(page(row, TITLE, LEAD, SECOND, UNDER)).article)
    assert row not in words and LEAD in words


@pytest.mark.parametrize("sentence", [
    "وتحت وسم #أنقذوا_السوق، أطلق التجار حملة على مواقع التواصل لمطالبة البلدية بخفض رسوم المحلات هذا العام.",
    "#عاجل تراجعت أسعار الخضار في سوق المدينة إلى أدنى مستوى منذ عامين بعد وفرة الإنتاج المحلي وضعف التصدير.",
    "وانتشر الوسمان #السوق و#الأسعار على مواقع التواصل بعد نشر قائمة الأسعار الجديدة في السوق المركزي للمدينة.",
])
def test_a_sentence_naming_hashtags_stays(sentence: str) -> None:
    assert sentence in spoken(split_plain(page(TITLE, LEAD, sentence, SECOND, UNDER)).article)


ENGLISH_CAPTION = ("Vendors arrange vegetables at the central market of the city, March 3, 2021. Prices of tomatoes, "
                   "potatoes and onions fell sharply this week as local harvests reached the market and exports to "
                   "neighbouring countries slowed down, traders said, while buyers remained few despite the lower "
                   "prices and the start of the holiday season in the region.")


def test_an_arabic_article_under_a_long_english_caption_stays_arabic() -> None:
    article = split_plain(page(TITLE, ENGLISH_CAPTION, LEAD, SECOND)).article
    assert article.headline == TITLE
    assert ENGLISH_CAPTION not in spoken(article) and LEAD in spoken(article) and SECOND in spoken(article)


def test_an_english_article_with_one_arabic_line_stays_english() -> None:
    paragraphs = [
        "Vegetable prices fell sharply this week at the central market of the city, traders said on Monday.",
        "Tomatoes and potatoes sold at half of last month's prices as local harvests reached the market.",
        "Traders expect prices to rise again at the start of winter, when local produce becomes scarce.",
    ]
    article = split_plain(page("Vegetable prices fall at the central market", *paragraphs,
                               "تراجع أسعار الخضار في سوق المدينة")).article
    assert all(paragraph in spoken(article) for paragraph in paragraphs)


def test_a_news_title_told_in_the_present_over_another_stays() -> None:
    # Titles the paragraph above announces: a long line told in the present is a title, not a scene's caption.
    announcing = "وتناولت الصحف المحلية صباح اليوم أخبار السوق والمدينة بعناوين كثيرة على صفحاتها الأولى."
    title = "التجار يطالبون البلدية بخفض رسوم المحلات قبل نهاية العام الجاري"
    words = spoken(split_plain(page(TITLE, LEAD, announcing, title, "أسعار الخضار في الأسواق", UNDER)).article)
    assert title in words


def test_a_verse_under_a_caption_shaped_line_stays() -> None:
    # A verse's halves over a paragraph going on: the second opens with a verb, so it heads no part.
    halves = ("السوق القديم في ذاكرة المدينة", "يبقى وإن تغيرت أحواله جميلا")
    words = said(*halves[:1], heading=halves[1])
    assert all(half in words for half in halves)
