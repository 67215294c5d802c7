"""Section titles on unseen pages (session 28): a short question or exclamation right under the headline opening an
article that heads its parts; a page cut right after a sub-heading and the first two or three words under it; lines a
chat's emphasis stars frame, whose closing mark the stars hide; a remark closed by two marks ("؟!"). Every page is
written for the test (no real page's text).
"""

import pytest

from text.blocks import Block, build_sections, closes_a_remark, looks_like_heading
from text.cutshort import opens_on_a_particle
from text.plain import parse_plain
from tests.support.article_views import decisions, page, spoken

HEADLINE = "كل ما تريد معرفته عن الحافلات الكهربائية في المدينة"
LEAD = ("بدأت هيئة النقل في المدينة تشغيل أول أسطول من الحافلات الكهربائية على خطوط الوسط، في خطوة تهدف إلى "
        "خفض الانبعاثات وتقليل تكاليف الوقود على المدى الطويل.")
SECOND = ("وتقول الهيئة إن الحافلات الجديدة تقطع مسافة طويلة بشحنة واحدة، وإن محطات الشحن ستقام في المواقف "
          "الرئيسية قبل نهاية العام الجاري.")
PART = "خطة التوسع في الأحياء"
UNDER_PART = ("وتخطط الهيئة لتوسيع الخدمة إلى الأحياء الشرقية خلال العام المقبل، بعد تقييم التجربة الأولى وقياس "
              "رضا الركاب عن مواعيد الرحلات.")


def _opening(question: str, *, with_part: bool = True) -> str:
    tail = [PART, UNDER_PART] if with_part else [UNDER_PART]
    return page(HEADLINE, question, LEAD, SECOND, *tail)


@pytest.mark.parametrize("question", ["لماذا تتجه المدينة إلى الحافلات الكهربائية؟", "تفاصيل الحافلة الجديدة!",
                                      "ما هي الحافلات الكهربائية?"])
def test_a_question_under_the_headline_opens_the_first_part_of_an_article_with_parts(question):
    article = parse_plain(_opening(question))
    assert article.headline == HEADLINE
    assert [section.title for section in article.sections] == [question, PART]
    assert article.sections[0].paragraphs == (LEAD, SECOND)


def test_a_question_under_the_headline_of_a_story_without_parts_stays_the_leads():
    question = "لماذا تتجه المدينة إلى الحافلات الكهربائية؟"
    article = parse_plain(_opening(question, with_part=False))
    assert all(section.title is None for section in article.sections)
    assert spoken(article)[0] == question


@pytest.mark.parametrize("line", ["هل هذا منطق؟!", "كفى!", "ماذا بعد؟؟"])
def test_a_remark_or_an_interjection_under_the_headline_is_no_title(line):
    article = parse_plain(_opening(line))
    assert line not in [section.title for section in article.sections]
    assert line in spoken(article)


STARRED = [
    "من سوق الجملة إلى سوق التجزئة.. من يرفع أسعار الخضار في المدينة؟",
    "*يشتكي كثير من الأهالي من الفرق الكبير في أسعار الخضار بين سوق الجملة ومحلات الأحياء، ويقولون إن الفرق "
    "يتضاعف في نهاية الأسبوع دون سبب واضح.*",
    "*ذهبت بنفسي اليوم إلى السوق، ورأيت العجب!*",
    "*كيلو الطماطم يباع في سوق الجملة بنصف سعره في محلات الأحياء، وإذا كان المحصول وفيرا ينزل السعر أكثر، "
    "لكن المحلات لا تغير أسعارها أبدا.*",
    "*هل هذا معقول؟!*",
    "*الناس لازم تسأل وتقارن بنفسها قبل أن تشتري، فالأسعار نار والبضاعة نفسها في كل مكان، والرقابة غائبة "
    "عن الأسواق منذ شهور.*",
]


def test_lines_framed_by_emphasis_stars_are_judged_by_the_mark_the_stars_hide():
    article = parse_plain(page(*STARRED))
    assert all(section.title is None for section in article.sections)
    assert spoken(article) == STARRED[1:]


@pytest.mark.parametrize("line, heading", [
    ("*ذهبت بنفسي اليوم إلى السوق، ورأيت العجب!*", False),
    ("**ذهبت بنفسي اليوم إلى السوق، ورأيت العجب!**", False),
    ("*أسباب ارتفاع الأسعار*", True),   # a bold sub-heading keeps its shape
    ("أسباب ارتفاع الأسعار", True),
    ("*", True),                          # stars alone are left as they are
])
def test_closing_stars_do_not_hide_a_sentence_end(line, heading):
    assert looks_like_heading(line) is heading


@pytest.mark.parametrize("line, remark", [
    ("هل هذا منطق؟!", True), ("*وين الرقابة؟!*", True), ("يا للعجب!!", True), ("«ماذا بعد؟!»", True),
    ("لماذا الآن؟", False), ("تفاصيل الهاتف القادم!", False), ("أسباب القرار", False),
])
def test_two_closing_marks_close_a_remark(line, remark):
    assert closes_a_remark(line) is remark


CUT = [
    "تاريخ الفرق المسرحية في المدينة عبر مسيرة طويلة",
    ("في دراستي السابقة عن تاريخ المسرح في المدينة تناولت نشأة الفرق الأولى، وقد وجدت من المناسب أن أكتب "
     "دراسة عن مسيرة تلك الفرق التي أسست لصورة المسرح التي نراها الآن."),
    "كما اعتمدت في بحثي على بعض المصادر التي سأذكرها في نهاية الدراسة، وعلى لقاءات مع فنانين عاصروا تلك الفرق.",
    "وأعتذر عن عدم ذكر نشاطات بعض الفرق الأخرى لعدم وجود مصادر موثقة عنها في الوقت الحاضر.",
]


@pytest.mark.parametrize("heading, words", [("الدراسة :", "لقد اعتم"), ("مسيرة الفرق الأولى", "بحسب المصا")])
def test_a_sub_heading_over_the_first_words_cut_by_the_pages_end_is_read(heading, words):
    article = parse_plain(page(*CUT, heading, words))
    assert article.sections[-1].title == heading
    assert article.sections[-1].paragraphs == (words,)


@pytest.mark.parametrize("heading, words", [
    ("مقالات ذات صلة", "لقد اعتم"),           # a box's header: no sub-heading of the article's
    ("الدراسة :", "الفرق المسرحية"),           # a noun phrase under it tells nothing of a paragraph cut
])
def test_other_page_parts_past_the_article_stay_out(heading, words):
    said = decisions(page(*CUT, heading, words))
    assert said[heading] != "section title"
    assert said[words] != "body"


@pytest.mark.parametrize("text, opens", [
    ("لقد اعتم", True), ("بحسب الإحص", True), ("وفي المدي", True),
    ("الفرق المسرحية", False), ("لقد", False), ("لقد اعتمدت في بحثي على", False), ("بحسب المصدر.", False),
    ("في المقابل:", False),
])
def test_a_clauses_first_words_cut_off(text, opens):
    assert opens_on_a_particle(text) is opens


@pytest.mark.parametrize("line, title", [("هل هذا منطق؟!", False), ("*وين الرقابة؟!*", False),
                                         ("أسباب ارتفاع الأسعار", True), ("لماذا ارتفعت الأسعار؟", True)])
def test_the_line_models_sure_title_is_no_remark(line, title):
    """The model sure of a line between paragraphs makes it a heading, but for a remark closed by two marks."""
    paragraph = ("يشتكي كثير من الأهالي من الفرق الكبير في أسعار الخضار بين سوق الجملة ومحلات الأحياء، ويقولون إن "
                 "الفرق يتضاعف في نهاية الأسبوع.")
    sections = build_sections([Block(paragraph), Block(line, title=True), Block(paragraph)])
    assert [section.title for section in sections] == ([None, line] if title else [None])
