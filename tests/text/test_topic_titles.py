"""A title headed by its topic and a colon ("PLACE: NOUN ...") opening the article is the headline even when no rule
takes it as one (it closes with a full stop, holds a clause mark, or the lead opens with a word read as going on):
the shape is the page's evidence (``text.topictitle``; 24 annotated titles from 24 sites, no article's first line).
A lead opening with its place and a colon goes on with a verb, a preposition or reported speech, and stays the
first-sentence fallback, flagged. Synthetic pages of our own words."""

import pytest

from text.plain import parse_plain, split_plain
from text.topictitle import headed_by_its_topic
from tests.support.article_views import page, reasons, spoken

LEAD = ("شاركت جمعية صيادي الوادي يوم السبت في معرض الصيد السنوي الذي نظمته البلدية على ضفة النهر، بحضور عشرين "
        "قاربا من قرى المنطقة وعدد كبير من الزوار والعائلات.")
SECOND = ("وقال رئيس الجمعية إن المعرض فرصة للتعريف بمهنة الصيد التقليدي وبالأدوات التي يصنعها الحرفيون في البلدة، "
          "مضيفا أن الجمعية ستنظم دورة تدريبية للشباب في الخريف.")
THIRD = "وتتواصل فعاليات المعرض طوال الأسبوع بعروض للقوارب القديمة ومسابقة للأطفال في رسم النهر."
DATE = "السبت 12 أكتوبر 2024"


def _split(first: str, *top: str):
    return parse_plain(page(*top, first, DATE, LEAD, SECOND, THIRD))


@pytest.mark.parametrize("title", [
    "الوادي : جمعية الصيادين تشارك في معرض الصيد السنوي ، بعشرين قاربا من قرى المنطقة.",
    "بلدة الوادي: جمعية الصيادين تشارك في معرض الصيد السنوي على ضفة النهر بعشرين قاربا وعدد كبير من الزوار.",
])
def test_a_title_headed_by_its_place_is_the_headline(title):
    article = _split(title, "أخبار محلية")
    assert article.headline == title and not article.headline_from_body
    assert spoken(article)[-3:] == [LEAD, SECOND, THIRD]


@pytest.mark.parametrize("lead", [
    "الوادي: شاركت جمعية الصيادين في معرض الصيد السنوي ، بعشرين قاربا من قرى المنطقة.",  # a verb after the colon
    "الوادي: في خطوة جديدة ، جمعية الصيادين تشارك في معرض الصيد السنوي بعشرين قاربا.",  # a preposition after it
    "قالت الجمعية: المعرض فرصة للتعريف بمهنة الصيد التقليدي ، وبالأدوات التي يصنعها الحرفيون.",  # a verb before it
])
def test_a_lead_opening_with_its_place_and_a_colon_stays_flagged(lead):
    article = _split(lead, "أخبار محلية")
    assert article.headline_from_body
    assert article.headline.startswith(lead.split()[0])


@pytest.mark.parametrize("text", [
    "سقطرى: السيول تحاصر السكان في منازلهم وانقطاع الطرق",
    "وزارة الصحة: تسجيل إصابات جديدة في البلدة",
    "تحقيق: موت بطيء لمستشفى البلدة القديم",
])
def test_titles_headed_by_their_topic(text):
    assert headed_by_its_topic(text)


@pytest.mark.parametrize("text", [
    "وأضاف: المعرض فرصة للتعريف بمهنة الصيد",  # speech going on in the article
    "المصدر: وكالات الأنباء",  # a credit: too few words after the colon
    "التاريخ: 22 مايو التوقيت: 14:26",  # fields
    "رئيس جمعية صيادي الوادي في البلدة القديمة: المعرض فرصة",  # a clause before the colon
    "الوادي: المعرض فرصة للتعريف بالمهنة. وقال الرئيس إن الدورة في الخريف",  # two sentences
    "الوادي: يشارك الصيادون في المعرض السنوي",  # a verb of the present after the colon
    "الوادي: ستنطلق الليلة فعاليات المعرض السنوي",  # a verb of the future after it
    "الوادي: قال رئيس الجمعية إن المعرض فرصة",  # a verb of three letters after it (review H1, M1)
    "الوادي: دعا رئيس الجمعية الصيادين إلى المعرض",
    "الوادي: الجمعية أكدت مشاركتها في المعرض السنوي",  # a verb of the past before the first clause mark
    "الوادي: وسط إقبال كبير من الزوار، انطلقت فعاليات المعرض.",  # fronted words, then the verb (review H1 a)
    "الوادي: خلال عطلة نهاية الأسبوع، شارك الصيادون في المعرض.",
    "الوادي: بحضور عشرين قاربا، افتتحت البلدية معرض الصيد.",
    "الوادي: إثر الأمطار الأخيرة ارتفع منسوب النهر في البلدة",
    "الوادي: عقب اجتماع طويل للمجلس البلدي تقرر تأجيل المعرض",
    "الوادي: تحت رعاية البلدية معرض للصيد على ضفة النهر",
    "الوادي: رغم الأمطار معرض الصيد يستقبل زواره",
    "الوادي: حيث يستقبل المعرض زواره طوال الأسبوع",  # a particle of a sentence going on
    "الوادي: «صحيفة النهر» افتتحت البلدية معرض الصيد السنوي.",  # a paper glued to its lead (review H1 b)
    "الوادي: «النهر» معرض الصيد يفتح أبوابه للزوار",  # a quoted name right after the colon
    "الوادي: محمد وجه رئيس البلدية بتنظيم معرض الصيد.",  # a writer's given name glued to the lead
    "أكد الوزير: الحكومة ماضية في خطة الإصلاح الاقتصادي رغم الضغوط.",  # a verb of speech before the colon (M1)
    "قال رئيس الجمعية: المعرض فرصة للتعريف بالمهنة",
    "كتب أحد الزوار: المعرض فرصة للتعريف بالمهنة",  # a writer's verb before it
    "متابعة : سامر نهري وعادل بحري",  # a credit's label (review L1)
    "تقرير : سامر نهري / البلدة",
    "المصدر: وكالة أنباء الوادي الرسمية",
])
def test_lines_that_are_no_topic_headed_title(text):
    assert not headed_by_its_topic(text)


SUB_HEADING = "إقبال كبير في اليوم الأول"


@pytest.mark.parametrize("lead", [
    # review H1 (v2, w1): a lead opening with its place and a colon that the shape once took as the title
    "الوادي: وسط إقبال كبير من الزوار، انطلقت صباح اليوم فعاليات معرض الصيد السنوي على ضفة النهر.",
    "الوادي: «صحيفة النهر» أعلنت البلدية افتتاح معرض الصيد السنوي على ضفة النهر بمشاركة عشرين قاربا.",
    "الوادي: بحضور عشرين قاربا من قرى المنطقة، افتتحت البلدية صباح اليوم معرض الصيد السنوي.",
])
def test_a_lead_headed_by_its_place_keeps_the_sub_heading_under_it(lead):
    article = _split_under(lead, "أخبار محلية")
    assert article.headline_from_body
    assert SUB_HEADING in spoken(article) and SUB_HEADING not in reasons(article)


def test_a_short_line_under_a_title_taken_by_its_shape_alone_is_read():
    # A lead told in nouns and the present ("CITY: NOUN ... VERB ...") has a title's shape and is taken as the title
    # (review H1 c); the evidence is for that line alone: the short line under it, the article's first sub-heading as
    # well as a photo's caption, is read as the article's, as it was when the first sentence stood in (review M2).
    lead = ("الوادي: جمعية الصيادين تشارك في معرض الصيد السنوي على ضفة النهر بعشرين قاربا وعدد كبير من "
            "الزوار.")
    article = _split_under(lead, "أخبار محلية")
    assert article.headline == lead and not article.headline_from_body
    assert SUB_HEADING in spoken(article) and SUB_HEADING not in reasons(article)
    assert "TOPIC: NEWS" in _why(page("أخبار محلية", lead, SUB_HEADING, LEAD, SECOND, THIRD), lead)


def test_furniture_under_a_title_taken_by_its_shape_is_still_dropped():
    # Near-miss: the date line and the title's copy under it are furniture whatever took the title.
    title = "الوادي : جمعية الصيادين تشارك في معرض الصيد السنوي ، بعشرين قاربا من قرى المنطقة."
    article = parse_plain(page("أخبار محلية", title, DATE, title, LEAD, SECOND, THIRD))
    assert article.headline == title and not article.headline_from_body
    assert spoken(article) == [LEAD, SECOND, THIRD]


def _split_under(first: str, *top: str):
    return parse_plain(page(*top, first, SUB_HEADING, LEAD, SECOND, THIRD))


def _why(text: str, line: str) -> str:
    """What ``inspect --lines`` says of a line, beside its decision."""
    return next(item.why for item in split_plain(text).lines if item.text == line)
