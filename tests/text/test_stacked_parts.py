"""A part's heading right over its first sub-part's heading, and the first number of a series of numbered parts: each
is a sub-heading as its siblings are (our own text, in the shapes real explainers and reviews have)."""

from text.plain import parse_plain
from tests.support.pages import LEAD, SECOND, TITLE

UNDER_ONE = ("كثير من المشترين يختارون جهازا من شركة لا يعرفون عنها شيئا بسبب سعره المنخفض، ثم يكتشفون أن خدمة "
             "الصيانة غير متوفرة في بلدهم.")
UNDER_TWO = ("البطارية الصغيرة تجعل الجهاز بحاجة إلى الشحن أكثر من مرة في اليوم، وهذا يزعج من يعمل خارج المكتب "
             "ساعات طويلة.")
UNDER_THREE = ("الشاشة الصغيرة تتعب العين مع الوقت، ولذلك ينصح الخبراء بشاشة لا يقل حجمها عن أربع عشرة بوصة لمن "
               "يعمل عليها كل يوم.")
PARTS = ["1. اختيار شركة غير معروفة", UNDER_ONE, "2. إهمال سعة البطارية", UNDER_TWO]


def titles(article):
    return [section.title for section in article.sections]


def spoken(article):
    return [article.headline, *(text for section in article.sections
                                for text in ((section.title,) if section.title else ()) + section.paragraphs)]


def page(*lines):
    return parse_plain("\n".join(lines) + "\n")


def test_a_part_heading_over_its_first_numbered_sub_heading_heads_its_part():
    article = page(TITLE, LEAD, SECOND, "أخطاء يجب تجنبها عند شراء حاسوب", *PARTS)
    assert titles(article) == [None, "أخطاء يجب تجنبها عند شراء حاسوب", *PARTS[::2]]
    assert article.sections[1].paragraphs == ()  # the part opens on its first sub-part


def test_a_long_question_over_a_sub_heading_heads_its_part():
    question = "كيف يختار الطالب حاسوبه المحمول الأول خلال سنوات الدراسة في الجامعة؟"
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
    article = page(TITLE, LEAD, SECOND, "أخطاء يجب تجنبها عند شراء حاسوب", "1. اختيار شركة غير معروفة",
                   "شاشة صغيرة", "بطارية ضعيفة")
    assert "أخطاء يجب تجنبها عند شراء حاسوب" not in titles(article)


def test_the_first_numbered_part_under_the_parts_heading_heads_its_part_as_the_next_ones_do():
    """"المزايا" / "1. X:" / text / "2. Y:" / text ...: the first number stands under a heading, where a label closed by
    a colon is refused; its siblings head their parts, so it heads its own."""
    numbered = ["1. مجاني ويمكن الوصول إليه:", UNDER_ONE, "2. دروس قصيرة ومرنة:", UNDER_TWO,
                "3. مجتمع كبير من المتعلمين:", UNDER_THREE]
    article = page(TITLE, LEAD, "المزايا", *numbered)
    assert titles(article) == [None, "المزايا", *numbered[::2]]


def test_a_numbered_line_whose_next_number_is_no_heading_stays_as_it_was():
    """The series decides: a numbered line under a lead-in, whose next number is a list's item, is the list's."""
    lines = [TITLE, LEAD, "ومن أبرز ما تقدمه المنصة للمتعلمين ما يلي:", "1. دروس مجانية", UNDER_ONE,
             "2. تمارين يومية قصيرة للمتعلم", "3. شهادة في نهاية المستوى"]
    article = page(*lines)
    assert "1. دروس مجانية" not in titles(article)
    assert "1. دروس مجانية" in spoken(article)
