"""The headline the page opens with twice (issue 11 point 2): two copies of a line in a row with only the page's header
above them are its title and its heading, whatever their shape (speech reported with "إن", a bullet's star and a full
stop); near misses: a section's name, one word, a credit, a label of two words (a site's name, a tag, a breadcrumb's
last crumb, even over a lead telling of it or above the real title), a caption said twice under the article's first
paragraph. Synthetic pages of our own words."""

import pytest

from text.plain import parse_plain, split_plain
from tests.support.article_views import page, spoken

LEAD = ("أعلنت وزارة التجارة اليوم أن أسعار المواد الغذائية الأساسية ستنخفض خلال الأسابيع المقبلة بعد وصول شحنات "
        "جديدة من القمح والسكر إلى الموانئ.")
SECOND = ("وقال الوزير في مؤتمر صحفي إن الحكومة اتفقت مع التجار على خفض هوامش الربح، وإن فرق الرقابة ستتابع "
          "الأسواق في كل المحافظات.")
FESTIVAL = ("انطلقت مساء أمس فعاليات مهرجان الزيتون في دورته العاشرة بمشاركة مئات المزارعين والحرفيين من مختلف "
            "القرى، وسط إقبال كبير من الزوار.")
FESTIVAL_2 = "ويتضمن مهرجان الزيتون معارض للزيت والصابون البلدي وورشات للأطفال، إضافة إلى أمسيات فنية."
MATCH = ("سجل فريق المدينة فوزا ثمينا على ضيفه بهدفين دون رد في المباراة التي جرت مساء السبت على الملعب البلدي، "
         "ليعزز موقعه في صدارة الترتيب.")
MATCH_2 = "وجاء الهدف الأول في الدقيقة العشرين من ركلة جزاء، قبل أن يضيف المهاجم الهدف الثاني بتسديدة قوية."
COUNCIL = ("صادق مجلس النواب في جلسته العامة اليوم على مشروع قانون المالية، بعد نقاش طويل حول حجم الإنفاق على "
           "قطاعي التعليم والصحة.")
COUNCIL_2 = "وقال رئيس لجنة المالية إن القانون الجديد يرفع أجور المدرسين، وإن الحكومة ستواصل دعم المواد الأساسية."
SPEECH_TITLE = "رئيس لجنة المالية: إن القانون الجديد لن يمس دعم المواد الأساسية"


def heard(article) -> list[str]:
    """The article's lines a listener hears: the first sentence standing in for a missing title, then the rest."""
    return ([article.headline] if article.headline_from_body else []) + spoken(article)


@pytest.mark.parametrize("header, title, lead", [
    ((), "الوزير يقول إن أسعار المواد الغذائية ستنخفض قريبا", (LEAD, SECOND)),  # speech reported
    (("الرئيسية", "اقتصاد"), "التجارة تؤكد أن أسعار القمح والسكر ستتراجع", (LEAD, SECOND)),  # under the header
    ((), "فريق المدينة يفوز ويعزز الصدارة، والمدرب يقول إن الطريق ما زال طويلا", (MATCH, MATCH_2)),
    (("2024-05-01",), "مهرجان الزيتون يفتح أبوابه للزوار", (FESTIVAL, FESTIVAL_2)),  # under a date
])
def test_a_line_said_twice_opening_the_page_is_its_title(header, title, lead):
    article = parse_plain(page(*header, title, "", title, "", *lead))
    assert article.headline == title and not article.headline_from_body
    assert spoken(article) == list(lead)  # the copy is not read, the article all is


def test_a_starred_title_said_twice_is_read_once():
    title = "*#رئيس #البلدية يتفقد أشغال تهيئة الطريق الساحلي بالمدينة."
    lead = ("توجه رئيس البلدية صباح اليوم إلى الطريق الساحلي للاطلاع على تقدم أشغال التهيئة التي انطلقت منذ شهرين، "
            "ورافقه عدد من المهندسين والمسؤولين المحليين.")
    second = "واطلع رئيس البلدية على مراحل إنجاز المشروع، ودعا المقاولين إلى احترام الآجال المحددة."
    article = parse_plain(page(title, "", title, lead, second))
    assert article.headline == title.lstrip("*") and not article.headline_from_body
    assert spoken(article) == [lead, second]
    lines = split_plain(page(title, "", title, lead, second)).lines
    assert [line.decision for line in lines if line.text == title] == ["headline", "repeated headline"]


@pytest.mark.parametrize("twice, lead", [
    ("أخبار محلية", (LEAD, SECOND)),  # a section's name
    ("كتاب وآراء", (LEAD, SECOND)),  # the columns' section
    ("بحث", (LEAD, SECOND)),  # one word
    ("القاهرة - وكالات", (LEAD, SECOND)),  # a credit
    ("الأخبار الاقتصادية", (MATCH, MATCH_2)),  # two words the lead does not tell of
    ("مجلس النواب", (COUNCIL, COUNCIL_2)),  # a tag whose words the lead all tells
    ("لجنة المالية", (COUNCIL, COUNCIL_2)),  # a tag the lead's second paragraph tells
    ("صوت النواب", (COUNCIL, COUNCIL_2)),  # a site's name sharing one word with the lead
    ("مهرجان الزيتون", (FESTIVAL, FESTIVAL_2)),  # a name of two words, though the lead tells of it: no rule for it
])
def test_a_label_said_twice_over_an_untitled_article_is_no_title(twice, lead):
    article = parse_plain(page(twice, twice, "", *lead))
    assert article.headline_from_body or article.headline is None
    assert heard(article)[-2:] == list(lead)


def test_a_line_said_twice_under_the_first_paragraph_is_no_title():
    # The page starts mid-article: the pair does not open it.
    article = parse_plain(page(MATCH, "أهداف المباراة", "أهداف المباراة", "", MATCH_2))
    assert article.headline_from_body or article.headline is None
    assert heard(article) == [MATCH, MATCH_2]


def test_a_breadcrumbs_last_crumb_said_twice_is_no_title():
    article = parse_plain(page("الرئيسية > اقتصاد > قانون المالية", "قانون المالية", "قانون المالية", "", COUNCIL,
                               COUNCIL_2))
    assert article.headline_from_body or article.headline is None
    assert heard(article)[-2:] == [COUNCIL, COUNCIL_2]


def test_a_tag_said_twice_over_the_title_leaves_it_the_title():
    # The real title reports speech with "إن" under the tag; the tag's pair must not win over it.
    article = parse_plain(page("مجلس النواب", "مجلس النواب", SPEECH_TITLE, COUNCIL, COUNCIL_2))
    assert article.headline != "مجلس النواب"
    assert heard(article)[-2:] == [COUNCIL, COUNCIL_2]
