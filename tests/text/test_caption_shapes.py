"""Small furniture lines told by shape (issue 11, session 24): a section's label stamped with a date under the
headline, a date written with harakat, a row of hashtags over the article, and an Arabic article under one long
English caption. And the look-alikes that must stay: two headings in a row, speaker labels and a list of names (a
caption told by its place over a heading was cut in review: s24 review_captions H1, H2), a post the article quotes or
that is the article (H3), and English articles beside Arabic captions, menus or paragraphs (H4). All pages are our own.
"""

from __future__ import annotations

import pytest

from tests.support.article_views import decisions, page, spoken
from text.labelleddates import labelled_date
from text.plain import split_plain

TITLE = "تراجع أسعار الخضار في سوق المدينة المركزي"
LEAD = ("تراجعت أسعار الخضار في سوق المدينة المركزي هذا الأسبوع إلى أدنى مستوى منذ عامين، بعد وفرة الإنتاج "
        "المحلي وتراجع التصدير إلى دول الجوار.")
SECOND = ("وقال عدد من الباعة إن الإقبال على الشراء بقي ضعيفا رغم انخفاض الأسعار، بسبب تراجع القدرة الشرائية لدى "
          "معظم الأسر.")
UNDER = ("ويتوقع التجار أن تعود الأسعار إلى الارتفاع مع بداية الشتاء، حين يقل المعروض من الإنتاج المحلي في "
         "الأسواق كلها.")
LAST = ("وأشار تقرير الغرفة التجارية إلى أن المساحات المزروعة بالخضار تراجعت خلال السنوات الخمس الماضية بسبب "
        "الجفاف وهجرة العمال.")


def said(*lines: str) -> list[str]:
    return spoken(split_plain(page(*lines)).article)


@pytest.mark.parametrize("pair", [
    ("الحرائق تلتهم الغابات", "خسائر بالملايين"),  # two headings in a row
    ("التجار يواجهون الركود", "أرقام مقلقة"),
    ("وزير المالية محمد الخطيب", "الإصلاح الضريبي"),  # an interview's guest over the first topic
    ("المذيع سامي حداد", "الضيف خالد منصور"),  # speaker labels
    ("المحور الأول", "القروض الميسرة"),
])
def test_two_short_lines_between_paragraphs_stay(pair: tuple[str, str]) -> None:
    words = said(TITLE, LEAD, SECOND, *pair, UNDER, LAST)
    assert all(line in words for line in pair)


def test_a_list_of_two_names_after_a_sentence_stays() -> None:
    announcing = "وكرمت الغرفة التجارية في ختام الموسم اثنين من أقدم الباعة في السوق المركزي هذا العام."
    names = ("البائع سامي حداد", "البائعة ليلى منصور")
    words = said(TITLE, LEAD, announcing, *names, UNDER, LAST)
    assert all(name in words for name in names)


@pytest.mark.parametrize("stamp", [
    "قصص ميدانية, 14 سبتمبر/ أيلول 2015",
    "اقتصاد، 3 تشرين الأوّل / أكتوبر 2019",
])
def test_a_label_stamped_with_a_date_under_the_headline_is_a_date_line(stamp: str) -> None:
    # A label a byline's shape takes first ("رياضة | 5 أيار 2019") stays the byline's: dropped all the same.
    text = page(TITLE, stamp, "أرشيف الصور ©", LEAD, SECOND, UNDER)
    article = split_plain(text).article
    assert stamp not in spoken(article)
    assert decisions(text)[stamp] == "date line"
    assert article.headline == TITLE and LEAD in spoken(article)


@pytest.mark.parametrize("line", [
    "الحكومة تقر خطة لدعم المزارعين تبدأ في 3 مارس 2021",  # a deck telling the story
    "أسعار الخضار تتراجع، والتجار يتوقعون عودتها",  # no date
    "القاهرة في 3 مارس 2021",  # a dateline: no comma or dash before the date
])
def test_not_a_labelled_date(line: str) -> None:
    assert not labelled_date(line)


def test_a_date_written_with_harakat_is_a_date_line() -> None:
    date = "3 تشرينَ الأوّل / أكتوبر 2019"
    assert decisions(page(TITLE, LEAD, date, SECOND, UNDER))[date] == "date line"


ROWS = (
    "#وزارة_الزراعة #مديرية_الأسواق #السوق_المركزي تقدم معرضا للخضار والفواكه المحلية في ساحة المدينة "
    "بمشاركة عشرين مزارعا من القرى المجاورة #معرض_الخير #المنتج_المحلي",
    "#وزارة_الزراعة #مديرية_الأسواق تنظم ورشة عمل بعنوان #الزراعة_الذكية يقدمها المهندس #سامي_حداد في قاعة "
    "الغرفة التجارية بدءا من الساعة الخامسة مساء #دعوة_عامة",
)


def test_rows_of_hashtags_over_the_article_are_not_spoken() -> None:
    text = page(*ROWS, TITLE, LEAD, SECOND, UNDER)
    article = split_plain(text).article
    assert article.headline == TITLE
    assert all(decisions(text)[row] == "tags" for row in ROWS)
    assert LEAD in spoken(article) and SECOND in spoken(article)


@pytest.mark.parametrize("sentence", [
    "وتحت وسم #أنقذوا_السوق، أطلق التجار حملة على مواقع التواصل لمطالبة البلدية بخفض رسوم المحلات هذا العام.",
    "#عاجل تراجعت أسعار الخضار في سوق المدينة إلى أدنى مستوى منذ عامين بعد وفرة الإنتاج المحلي وضعف التصدير.",
    "وانتشر الوسمان #السوق و#الأسعار على مواقع التواصل بعد نشر قائمة الأسعار الجديدة في السوق المركزي للمدينة.",
])
def test_a_sentence_naming_hashtags_stays(sentence: str) -> None:
    assert sentence in said(TITLE, LEAD, sentence, SECOND, UNDER)


def test_a_long_post_leading_with_hashtags_is_the_article() -> None:
    post = ("#مبادرة_الخير #رمضان_كريم نحن في جمعية الباعة في السوق المركزي نعلن عن بدء توزيع السلال الغذائية على "
            "الأسر المحتاجة في الأحياء المجاورة، ونرحب بكل المتطوعين الراغبين في المشاركة معنا طوال أيام هذا "
            "الأسبوع #تطوع")
    assert post in said(TITLE, post, LEAD, SECOND, UNDER)


def test_a_post_the_article_quotes_after_a_colon_stays() -> None:
    post = "#السوق #الأسعار أولويتنا اليوم هي حماية صغار الباعة في كل الأسواق دون استثناء #معا"
    assert post in said(TITLE, LEAD, "وكتب رئيس البلدية على حسابه في منصة إكس:", post, SECOND, UNDER)


ENGLISH_CAPTION = ("Vendors arrange vegetables at the central market of the city, March 3, 2021. Prices of tomatoes, "
                   "potatoes and onions fell sharply this week as local harvests reached the market and exports to "
                   "neighbouring countries slowed down, traders said, while buyers remained few despite the lower "
                   "prices and the start of the holiday season in the region.")


def test_an_arabic_article_under_a_long_english_caption_stays_arabic() -> None:
    article = split_plain(page(TITLE, ENGLISH_CAPTION, LEAD, SECOND)).article
    assert article.headline == TITLE
    assert ENGLISH_CAPTION not in spoken(article) and LEAD in spoken(article) and SECOND in spoken(article)


EN_TITLE = "Vegetable prices fall at the central market"
EN = ("Vegetable prices fell sharply this week at the central market of the city, traders said on Monday, as local "
      "harvests reached the stalls and exports to neighbouring countries slowed.",
      "Tomatoes and potatoes sold at half of last month's prices, but buyers remained few because most households "
      "have less to spend than they did a year ago.",
      "Traders expect prices to rise again at the start of winter, when local produce becomes scarce and imports "
      "cost more because of the weaker currency.")
AR_CAPTIONS = ("بائع يرتب صناديق الطماطم في السوق المركزي للمدينة صباح يوم الاثنين الماضي",
               "سيدات يشترين الخضار من أحد المحلات في السوق المركزي بعد انخفاض الأسعار",
               "شاحنة تفرغ حمولتها من البطاطا أمام مدخل السوق في ساعات الصباح الأولى")


def test_an_english_article_with_one_arabic_line_stays_english() -> None:
    words = said(EN_TITLE, *EN, "تراجع أسعار الخضار في سوق المدينة")
    assert all(paragraph in words for paragraph in EN)


@pytest.mark.parametrize("lines", [
    (EN_TITLE, EN[0], AR_CAPTIONS[0], AR_CAPTIONS[1], EN[2], AR_CAPTIONS[2]),  # two paragraphs, three captions
    (EN_TITLE, EN[0], AR_CAPTIONS[0], EN[1], AR_CAPTIONS[1], EN[2], AR_CAPTIONS[2]),
    ("Market prices fall again", EN[0], AR_CAPTIONS[0], AR_CAPTIONS[1], EN[2], AR_CAPTIONS[2]),  # a short title
])
def test_an_english_article_among_arabic_captions_stays_english(lines: tuple[str, ...]) -> None:
    words = said(*lines)
    assert all(line in words for line in lines[1:] if line in EN)


def test_an_english_article_in_one_paragraph_under_arabic_menus_stays_english() -> None:
    paragraph = " ".join(EN)
    words = said("الرئيسية", "أخبار محلية", "اقتصاد", "رياضة", EN_TITLE, paragraph, "اتصل بنا", "من نحن",
                 "جميع الحقوق محفوظة لموقع أخبار المدينة المستقل للصحافة والنشر 2024")
    assert paragraph in words


def test_english_paragraphs_between_arabic_ones_are_spoken() -> None:
    # As many English paragraphs as Arabic ones under a long Arabic headline: both languages are the article's.
    long_title = "تراجع أسعار الخضار والفواكه في سوق المدينة المركزي هذا الأسبوع"
    words = said(long_title, LEAD, EN[0], SECOND, EN[1], UNDER, EN[2])
    assert all(paragraph in words for paragraph in EN)
