"""A part's heading right over its first sub-part's heading, and the first number of a series of numbered parts: each
is a sub-heading as its siblings are (our own text, in the shapes real explainers and reviews have)."""

import pytest

from text.plain import parse_plain
from tests.support.pages import LEAD, SECOND, TITLE

UNDER_ONE = ("تختلف أسعار الغرف كثيرا من موقع حجز إلى آخر، ولذلك يفيد أن يقارن المسافر بين ثلاثة مواقع على الأقل "
             "قبل أن يدفع.")
UNDER_TWO = ("تضيف بعض شركات الطيران رسوما على الحقائب لا تظهر في السعر الأول، فيجد المسافر نفسه يدفع أكثر مما "
             "حسب عند المطار.")
PARTS = ["1. مقارنة أسعار الفنادق", UNDER_ONE, "2. قراءة شروط الأمتعة", UNDER_TWO]
PART_HEADING = "نصائح قبل حجز رحلتك الصيفية"


def titles(article):
    return [section.title for section in article.sections]


def spoken(article):
    return [article.headline, *(text for section in article.sections
                                for text in ((section.title,) if section.title else ()) + section.paragraphs)]


def page(*lines):
    return parse_plain("\n".join(lines) + "\n")


def test_a_part_heading_over_its_first_numbered_sub_heading_heads_its_part():
    article = page(TITLE, LEAD, SECOND, PART_HEADING, *PARTS)
    assert titles(article) == [None, PART_HEADING, *PARTS[::2]]
    assert article.sections[1].paragraphs == ()  # the part opens on its first sub-part


def test_a_long_question_over_a_sub_heading_heads_its_part():
    question = "كيف تخطط العائلة لرحلتها الصيفية الأولى خارج البلاد دون أن تتجاوز ميزانيتها؟"
    assert len(question.split()) > 10
    article = page(TITLE, LEAD, SECOND, question, *PARTS)
    assert titles(article) == [None, question, *PARTS[::2]]


def test_a_short_line_under_a_lead_in_or_a_list_over_a_sub_heading_stays_body():
    """Only a finished paragraph above: under a line announcing what follows, or under a list's item, the short line
    is what is announced, or the list's next item."""
    lead_in = "وقد أعلنت الشركة أسماء المدن التي تشملها الخدمة الجديدة وهي على النحو التالي:"
    for above in (lead_in, "- مدينة الساحل الشمالي"):
        article = page(TITLE, LEAD, SECOND, above, "مدينة الوادي الأخضر", *PARTS)
        assert "مدينة الوادي الأخضر" not in titles(article)
        assert "مدينة الوادي الأخضر" in spoken(article)


def test_a_short_line_over_a_heading_without_a_paragraph_under_it_stays_body():
    """The heading below must head text: over a run of short lines (a list, names) nothing is a part."""
    article = page(TITLE, LEAD, SECOND, PART_HEADING, "1. مقارنة أسعار الفنادق", "غرفة مطلة على البحر",
                   "فطور مجاني")
    assert PART_HEADING not in titles(article)


# Between a finished paragraph and a numbered sub-heading, a line that is no part's name (review_subheads29 M1).
SERIES = ["1. توزيع البذور المحسنة",
          "وتبدأ الوزارة بتوزيع البذور على المزارعين المسجلين في الجمعيات التعاونية قبل موسم الزراعة بشهر.",
          "2. قروض ميسرة بلا فوائد",
          "ويحصل كل مزارع على قرض يسدده على خمس سنوات، بشرط أن يزرع القمح في نصف أرضه على الأقل.",
          "3. مراكز لتخزين الحبوب",
          "وتنشئ الحكومة مراكز للتخزين قرب الحقول لتقليل الفاقد الذي يذهب كل عام بجزء كبير من المحصول."]


@pytest.mark.parametrize("line", [
    "وزير الزراعة خلال جولته الميدانية في حقول القمح",  # a photo's caption
    "صورة تعبيرية",  # a photo's label
    "تصوير محمد العلي",  # a photo's credit without a colon
    "200 مليون دولار",  # a figure set apart
    "الرياض",  # one word: a place, a tag
    "الحكومة ستعلن تفاصيل الخطة كاملة الأسبوع المقبل بحسب المتحدث",  # a sentence without its full stop
], ids=["caption", "photo-label", "photo-credit", "figure", "one-word", "unfinished-sentence"])
def test_a_caption_a_credit_a_figure_a_word_or_a_sentence_over_a_numbered_sub_heading_stays_body(line):
    """A one-line chapter named after a caption or a sentence would change the article's parts; the line is spoken."""
    article = page(TITLE, LEAD, SECOND, line, *SERIES)
    assert line not in titles(article)
    assert line in spoken(article)
    assert titles(article)[1:] == SERIES[::2]


@pytest.mark.parametrize("heading", ["مراحل تنفيذ الخطة", "المحاور"])
def test_a_part_heading_over_a_numbered_series_heads_its_part(heading):
    """The near-misses' twin: a topic's name in the same place heads its part, one word too when it names no place."""
    article = page(TITLE, LEAD, SECOND, heading, *SERIES)
    assert titles(article) == [None, heading, *SERIES[::2]]


def test_the_first_numbered_part_under_the_parts_heading_heads_its_part_as_the_next_ones_do():
    """"مرافق الحديقة" / "1. X:" / text / "2. Y:" / text ...: the first number stands under a heading, where a label
    closed by a colon is refused; its siblings head their parts, so it heads its own."""
    numbered = ["1. ممرات واسعة للمشاة:",
                "تمتد الممرات حول البحيرة لمسافة كيلومترين، وهي مرصوفة بحجر لا ينزلق حتى بعد المطر.",
                "2. ملاعب آمنة للأطفال:",
                "أرضية الملاعب مغطاة بمطاط ناعم، وتحيط بها أسوار منخفضة تسمح للأهل بمراقبة أطفالهم من المقاعد.",
                "3. إضاءة ليلية موفرة للطاقة:",
                "تعمل المصابيح بألواح شمسية صغيرة، فتبقى الحديقة مضاءة حتى منتصف الليل دون كلفة على البلدية."]
    article = page(TITLE, LEAD, "مرافق الحديقة", *numbered)
    assert titles(article) == [None, "مرافق الحديقة", *numbered[::2]]


def test_a_numbered_line_whose_next_number_is_no_heading_stays_as_it_was():
    """The series decides: a numbered line under a lead-in, whose next number is a list's item, is the list's."""
    lines = [TITLE, LEAD, "ومن أبرز ما تقدمه المنصة للمتعلمين ما يلي:", "1. دروس مجانية", UNDER_ONE,
             "2. تمارين يومية قصيرة للمتعلم", "3. شهادة في نهاية المستوى"]
    article = page(*lines)
    assert "1. دروس مجانية" not in titles(article)
    assert "1. دروس مجانية" in spoken(article)
