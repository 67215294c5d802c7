"""Section titles on unseen pages (session 28): a short question or exclamation right under the headline opening an
article that heads its parts, but not a quote, a first-person kicker or a hook asking the reader; lines a chat's
emphasis stars frame, whose closing mark the stars hide, a starred question between paragraphs staying a sub-heading;
a remark closed by two marks ("؟!"); a page's last two lines, a label over a few words, staying out. Every page and
phrase is invented for the test, on topics of its own (no real page's text).
"""

import pytest

from text.blocks import Block, build_sections, closes_a_remark, is_question_heading, looks_like_heading
from text.plain import parse_plain
from tests.support.article_views import decisions, page, spoken

HEADLINE = "دليل موسم هجرة الطيور فوق بحيرة الوادي"
LEAD = ("تستقبل بحيرة الوادي في كل خريف آلاف الطيور القادمة من الشمال، وتتوقف فيها أسابيع قبل أن تكمل رحلتها "
        "الطويلة نحو الجنوب بحثا عن الدفء.")
SECOND = ("ويقول علماء الطبيعة إن مياه البحيرة الضحلة وكثرة الأسماك الصغيرة فيها تجعلها محطة مثالية للراحة، "
          "وإن أعداد الزوار من الطيور تزداد عاما بعد عام.")
PART = "أفضل أماكن المراقبة"
UNDER_PART = ("ينصح المرشدون بزيارة الضفة الغربية في ساعات الصباح الأولى، حيث تتجمع أسراب كبيرة قرب القصب "
              "وتسهل رؤيتها من التلال القريبة دون إزعاجها.")


def _opening(question: str, *, with_part: bool = True) -> str:
    tail = [PART, UNDER_PART] if with_part else [UNDER_PART]
    return page(HEADLINE, question, LEAD, SECOND, *tail)


@pytest.mark.parametrize("question", ["متى تصل الطيور المهاجرة إلى البحيرة؟", "مشهد نادر في هذا الخريف!",
                                      "ما الذي يجذب الأسراب إلى الوادي?"])
def test_a_question_under_the_headline_opens_the_first_part_of_an_article_with_parts(question):
    article = parse_plain(_opening(question))
    assert article.headline == HEADLINE
    assert [section.title for section in article.sections] == [question, PART]
    assert article.sections[0].paragraphs == (LEAD, SECOND)


def test_a_question_under_the_headline_of_a_story_without_parts_stays_the_leads():
    question = "متى تصل الطيور المهاجرة إلى البحيرة؟"
    article = parse_plain(_opening(question, with_part=False))
    assert all(section.title is None for section in article.sections)
    assert spoken(article)[0] == question


@pytest.mark.parametrize("line", ["أهذا عدل؟!", "يكفي!", "إلى أين؟؟"])
def test_a_remark_or_an_interjection_under_the_headline_is_no_title(line):
    article = parse_plain(_opening(line))
    assert line not in [section.title for section in article.sections]
    assert line in spoken(article)


@pytest.mark.parametrize("line", [
    "«لن نترك البحيرة تجف أمام أعيننا!»",        # a quote set under the headline (review H3)
    "\"لن نترك البحيرة تجف أمام أعيننا!\"",
    "لن نترك البحيرة تجف أمام أعيننا!",           # the same pull quote without its marks: "we" speak
    "لا أصدق ما رأيته على الضفة!",
    "نحن أمام أجمل خريف منذ سنوات!",
    "هل سبق لك أن رأيت سربا يعبر القارات؟",       # a hook asking the reader (review M1)
])
def test_a_line_in_someones_voice_under_the_headline_is_no_title(line):
    article = parse_plain(_opening(line))
    assert [section.title for section in article.sections] == [None, PART]
    assert spoken(article)[0] == line


STARRED = [
    "رسوم المواقف الجديدة تثير غضب أصحاب المحلات في الشارع التجاري",
    "*فرضت البلدية مطلع الشهر رسوما جديدة على الوقوف في الشارع التجاري، ويقول أصحاب المحلات إن زبائنهم صاروا "
    "يفضلون الأسواق البعيدة التي لا تطلب شيئا مقابل الوقوف.*",
    "*مررت بالشارع ظهر الأمس، ولم أجد سيارة واحدة أمام المحلات!*",
    "*يدفع السائق عن الساعة الواحدة ما يعادل ثمن وجبة، وإذا تأخر دقائق تصله مخالفة، بينما المواقف الخاصة "
    "القريبة نصفها فارغ طوال النهار.*",
    "*أهذا عدل؟!*",
    "*على المجلس البلدي أن يسمع من التجار قبل أن يقرر، فالحركة في الشارع تراجعت والمحلات تغلق واحدا بعد "
    "الآخر منذ بداية الموسم.*",
]


def test_lines_framed_by_emphasis_stars_are_judged_by_the_mark_the_stars_hide():
    article = parse_plain(page(*STARRED))
    assert all(section.title is None for section in article.sections)
    assert spoken(article) == STARRED[1:]


STARRED_QUESTIONS = [
    "انقطاع الإنترنت عن القرى الجبلية يدخل أسبوعه الثالث",
    "*يعيش سكان القرى الجبلية بلا إنترنت منذ ثلاثة أسابيع، ويضطر الطلاب إلى النزول إلى المدينة لتسليم واجباتهم "
    "عبر مقاهي الشبكة.*",
    "*لماذا يطول الإصلاح؟*",
    "*تقول شركة الاتصالات إن الثلوج قطعت الكابل الرئيسي في أكثر من موضع، وإن فرقها لا تصل إلى المواقع إلا "
    "بعد فتح الطرق.*",
    "*ما البديل المطروح؟*",
    "*وتدرس الشركة نصب أبراج مؤقتة تعمل بالأقمار الصناعية في ساحات القرى إلى أن يعود الكابل إلى العمل.*",
]


def test_a_starred_question_between_paragraphs_stays_a_section_title():
    """A chat's bold hides no heading: "*لماذا ...؟*" heads its part as "لماذا ...؟" does (review H2)."""
    article = parse_plain(page(*STARRED_QUESTIONS))
    assert [section.title for section in article.sections] == [None, STARRED_QUESTIONS[2], STARRED_QUESTIONS[4]]


def test_a_starred_question_under_a_starred_remark_goes_on_asking():
    """Two lines put to the reader in a row ("*أين الحساب؟!*" / "*لماذا يسكت المسؤولون ...؟*") are body, not a
    part's name under a remark."""
    lines = [*STARRED_QUESTIONS[:2], "*أين الحساب؟!*", "*لماذا يسكت المسؤولون عن هذا التأخير؟*",
             *STARRED_QUESTIONS[3:4]]
    article = parse_plain(page(*lines))
    assert all(section.title is None for section in article.sections)
    assert spoken(article) == lines[1:]


@pytest.mark.parametrize("line, heading", [
    ("*لماذا يطول الإصلاح؟*", True), ("**ما البديل المطروح؟**", True), ("لماذا يطول الإصلاح؟", True),
    ("*أهذا عدل؟!*", False), ("*مررت بالشارع ظهر الأمس، ولم أجد أحدا. لماذا؟*", False),
])
def test_the_question_heading_check_looks_through_the_stars(line, heading):
    assert is_question_heading(line) is heading


@pytest.mark.parametrize("line, heading", [
    ("*مررت بالشارع ظهر الأمس، ولم أجد أحدا!*", False),
    ("**مررت بالشارع ظهر الأمس، ولم أجد أحدا!**", False),
    ("*أسباب تراجع الحركة*", True),   # a bold sub-heading keeps its shape
    ("أسباب تراجع الحركة", True),
    ("*", True),                      # stars alone are left as they are
])
def test_closing_stars_do_not_hide_a_sentence_end(line, heading):
    assert looks_like_heading(line) is heading


@pytest.mark.parametrize("line, remark", [
    ("أهذا عدل؟!", True), ("*أين الحساب؟!*", True), ("يا للغرابة!!", True), ("«إلى متى؟!»", True),
    ("لماذا الآن؟", False), ("مشهد نادر في هذا الخريف!", False), ("أسباب القرار", False),
])
def test_two_closing_marks_close_a_remark(line, remark):
    assert closes_a_remark(line) is remark


@pytest.mark.parametrize("line, title", [("أهذا عدل؟!", False), ("*أين الحساب؟!*", False),
                                         ("أسباب تراجع الحركة", True), ("لماذا تراجعت الحركة؟", True)])
def test_the_line_models_sure_title_is_no_remark(line, title):
    """The model sure of a line between paragraphs makes it a heading, but for a remark closed by two marks."""
    paragraph = ("فرضت البلدية مطلع الشهر رسوما جديدة على الوقوف في الشارع التجاري، ويقول أصحاب المحلات إن "
                 "زبائنهم صاروا يفضلون الأسواق البعيدة.")
    sections = build_sections([Block(paragraph), Block(line, title=True), Block(paragraph)])
    assert [section.title for section in sections] == ([None, line] if title else [None])


STORY = [
    "افتتاح خط الحافلات السريع بين المطار ووسط المدينة",
    ("افتتحت هيئة النقل صباح اليوم خط الحافلات السريع الذي يربط المطار بوسط المدينة، بعد عامين من أعمال "
     "الإنشاء على المسار المخصص للحافلات."),
    ("وقالت الهيئة إن الرحلة صارت تستغرق أقل من نصف ساعة في أوقات الذروة، وإن الحافلات ستنطلق كل عشر دقائق "
     "من الخامسة صباحا حتى منتصف الليل."),
    ("وينتظر أن يخفف الخط الجديد الزحام على الطريق الدائري، إذ تتوقع الهيئة أن يستخدمه آلاف المسافرين "
     "والموظفين يوميا خلال الأشهر الأولى."),
]


@pytest.mark.parametrize("label, under", [
    ("أخبار النقل", "كل الأخبار"),
    ("قرار الهيئة", "تم النشر"),
    ("افتتاح الخط السريع", "من الافتتاح"),
    ("هيئة النقل", "في الواجهة"),
    ("المزيد عن الحافلات", "عن الكاتب"),
    ("أخبار النقل", "في جلسة طارئة"),
    ("المزيد عن الحافلات", "مع بداية العام"),
])
def test_a_label_over_a_few_whole_words_at_the_pages_end_stays_out(label, under):
    """A page's last two lines, a label sharing a word with the story over two or three whole words opening on a
    particle (a link, a caption, a tag, a teaser), are no sub-heading over a paragraph the page cut (review H1)."""
    said = decisions(page(*STORY, label, under))
    assert said[label] != "section title"
    assert said[under] != "body"
