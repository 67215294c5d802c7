"""A page cut at a fixed length stops inside a word of any length ("وفق التقدي", "وقد استن"): when the page uses
the whole word elsewhere, the stub tells the page was cut inside the article, and its last lines (a sub-heading and
the first words under it, a list's first item under the line announcing it) are the article's. A box's label over
another story's cut title, a last line of whole words (one the page also uses inflected: "المسرحي" by "المسرحية"),
and a cut copy of a short line the page holds (the headline said again under a label), stay dropped. Every page
is written for the test (no real page's text).
"""

import pytest

from text.cutword import cuts_a_short_page_line, stops_in_a_page_word
from text.plain import parse_plain
from tests.support.article_views import decisions, page, spoken

PAGE_WORDS = ("ووفق التقديرات الأخيرة للمديرية ارتفع عدد الطلاب", "وركزت الشركات على الدراجات الهجينة",
              "الطلاب الذين يدرسون في المدارس", "أغلقت السلطات المعابر الحدودية", "وعرضت الفرق المسرحيات")


@pytest.mark.parametrize("line", ["وفق التقدي", "دراجات هجي", "وفق التقديـ"])
def test_a_stub_of_a_word_the_page_uses_is_a_cut(line):
    assert stops_in_a_page_word(line, PAGE_WORDS)


@pytest.mark.parametrize("line", [
    "ارتفع عدد الطلاب",        # a word the page uses, whole
    "وفق التقدي.",             # a full stop after it: no cut
    "ارتفاع كبير في الأسعار",  # no word of the page opens with it
    "وفق تق",                  # two letters: ends_mid_word's to tell
    "وهو الذي",                # a common word, though "الذين" opens with it
    "معبر على الطريق الحدودي",  # whole: the page's "الحدودية" only inflects it
    "مطالب بدعم العمل المسرحي",  # whole: "المسرحيات" likewise
])
def test_a_whole_last_word_is_no_cut(line):
    assert not stops_in_a_page_word(line, PAGE_WORDS)


SCHOOLS = [
    "مجلة الوادي",
    "المدارس الريفية في موسمها الجديد بين الاكتظاظ ونقص المعلمين",
    "سامر الخطيب/الكرك",
    ("مع افتتاح العام الدراسي الجديد، ووفق التقديرات الأخيرة لمديرية التربية في المحافظة، وصل عدد الطلاب في "
     "المدارس الريفية إلى أكثر من أربعين ألف طالب، يتوزعون على مئة وعشرين مدرسة."),
    ("وتواجه المديرية انتقادات متكررة بسبب الاكتظاظ في الصفوف ونقص المعلمين في المواد العلمية، فهل تستطيع "
     "المدارس الريفية استيعاب الأعداد الجديدة هذا العام؟"),
    'أولاً: واقع المديرية وخطتها التعليمية "أرقام 2020 – 2024"',
    "وفق التقدي",
]


def test_a_sub_heading_and_its_first_words_cut_inside_a_longer_word_are_the_articles():
    article = parse_plain(page(*SCHOOLS))
    assert [section.title for section in article.sections][-1] == SCHOOLS[-2]
    assert SCHOOLS[-1] in spoken(article)


BIKES = [
    "كل ما تحتاج معرفته عن الدراجات الكهربائية في المدن",
    ("ارتبطت الدراجة في أذهان الناس بالرياضة والنزهة، لكنها في السنوات الأخيرة صارت وسيلة نقل يومية في "
     "المدن المزدحمة، مع ظهور الطرازات الكهربائية الخفيفة."),
    ("وفي البداية ركزت الشركات المصنعة على الدراجات الهجينة التي تجمع بين الدواسات والمحرك، قبل أن تنتقل "
     "إلى الطرازات الكهربائية بالكامل."),
    "ولهذا ركزت الشركات جهودها في تلك الفترة على تطوير:",
    "-",
    "دراجات هجي",
]


def test_a_lists_first_item_cut_inside_a_longer_word_under_its_lead_in_is_the_articles():
    assert BIKES[-1] in spoken(parse_plain(page(*BIKES)))


THEATRE = [
    "تاريخ الفرق المسرحية في المدن الساحلية",
    ("في دراستي السابقة عن تاريخ المسرح في المدن الساحلية لم أتطرق إلى الفرق الأهلية التي نشطت في الخمسينيات، "
     "وهي فرق قدمت عروضها في المقاهي والساحات العامة، ولذلك أفردت لها هذه الدراسة."),
    "واستندت في إعداد هذا العرض إلى أرشيف الصحف المحلية الذي تحتفظ به مكتبة البلدية .",
    ("وأرجو المعذرة عن إغفال فرق أخرى لم أجد عنها ما يكفي من الوثائق، ولم يتيسر لي لقاء من بقي من "
     "أعضائها في تلك المدن ."),
]


def test_a_labelled_part_naming_the_article_and_its_cut_first_words_are_the_articles():
    article = parse_plain(page(*THEATRE, "الدراسة :", "وقد استن"))
    assert "وقد استن" in spoken(article)


@pytest.mark.parametrize("label", ["في السياق:", "مواضيع مشابهة:"])
def test_a_boxs_label_over_another_storys_title_cut_on_the_articles_word_stays_dropped(label):
    teaser = "فرقة أهلية تعيد تقديم عروض المسرح في المقاهي الساح"  # "الساحلية" is the article's word
    said = decisions(page(*THEATRE, label, teaser))
    assert said[teaser] != "body" and said[label] != "section title"


@pytest.mark.parametrize("tail", [("المزيد من", "الأخبار"), ("المزيد من", "المسرحيات")])
def test_a_last_line_of_whole_words_after_the_article_stays_dropped(tail):
    assert not set(tail) & set(spoken(parse_plain(page(*THEATRE, *tail))))


HEADLINE = "تركيب ألواح شمسية على أسطح مدارس حكومية في المحافظات"
SOLAR = [
    HEADLINE,
    "عمان - الوكالة",
    HEADLINE,  # said twice (a breadcrumb above): the copy rule for a heading said once leaves the cut copy alone
    ("بدأت وزارة الطاقة بتركيب أنظمة الطاقة الشمسية على أسطح ثلاثمئة مدرسة حكومية في مختلف المحافظات، ضمن "
     "برنامج لخفض فاتورة الطاقة الكهربائية في القطاع العام."),
    ("وقال الناطق باسم الوزارة إن المرحلة الأولى من المشروع تشمل المدارس في المناطق النائية، وإن كلفتها تبلغ "
     "نحو خمسة ملايين دينار بتمويل من منحة أوروبية."),
]


def test_the_headline_said_again_and_cut_under_a_label_without_colon_stays_dropped():
    label, copy = "استمع إلى الخبر", "تركيب ألواح شمسية على أسطح مدارس حكو"
    said = decisions(page(*SOLAR, label, copy))
    assert said[copy] != "body" and said[label] != "section title"


@pytest.mark.parametrize("line", ["تركيب ألواح شمسية على أسطح مدارس حكو", "عمان - الوك"])
def test_a_cut_copy_of_a_short_page_line_is_told(line):
    assert cuts_a_short_page_line(line, SOLAR)


@pytest.mark.parametrize("line", [
    "بدأت وزارة الطاقة بتركيب أنظمة الطاقة الشم",  # a paragraph printed twice and cut: the article's text
    "تركيب ألواح شمسية على أسطح مدارس حكومية",      # ends on a whole word of the headline: no stub
    "حكو",                                          # one word alone may open any line
])
def test_no_cut_copy_of_a_paragraph_or_of_whole_words(line):
    assert not cuts_a_short_page_line(line, SOLAR)


@pytest.mark.parametrize("tail", [
    ("المزيد من أخبار المسرح", "افتتاح مهرجان للمسرح الأهلي"),  # a label naming the article's topic
    ("أخبار المسرح", "وزارة الثقافة تطلق برنامجا لدعم الإنتاج المسرحي"),
    ("ملف خاص", "ممثلو الجنوب يطالبون بدعم العمل المسرحي"),
])
def test_another_storys_title_ending_on_a_word_the_article_inflects_stays_dropped(tail):
    said = decisions(page(*THEATRE, *tail))
    assert said[tail[1]] != "body" and said[tail[0]] not in ("section title", "body")
