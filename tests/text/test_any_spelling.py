"""Whole-line furniture rules match whatever the page's spelling (text.spelling): a widget typed with a hamza on its
bare alef, ه for ة, ى for ي, a Persian keyboard's letters, Eastern digits, Latin capitals in a credit, a listed phrase
split or joined, is the same widget; a call to the reader or a site's promo is one with its imperative's hamza
written. Near misses: the folding never makes a rule take an article's line, nor a rule read Latin letters in a case
it does not, nor a list's "أ" a stray "آ". Synthetic lines of our own words."""

import re

import pytest

from text.lineshape import EDGE_SHAPES, points_at_the_site
from text.plain import parse_plain
from text.rules import (AGENCY_CREDIT_ALONE, CREDITED_CAPTION, LINE_RULES, META_ROW, SITE_NAMES, WordListRule,
                        line_reason)
from text.spelling import (LETTER_FOLD, AnySpelling, fold_keyboard, fold_letters, fold_line, folded_pattern,
                           search_any_spelling)
from tests.support.article_views import page, spoken

RESPELT_FURNITURE = [
    ("جارى التحميل", "loading text"),  # ى for ي
    ("الرئيسيه > اخبار > اقتصاد", "navigation"),  # ه for ة
    ("مده الفيديو 02:47", "video length"),
    ("وقت القراءه: ٥ دقائق", "reading time"),  # and an Eastern digit
    ("مشاركه الخبر", "share widget"),  # a listed phrase with ه
    ("مشاركة | طباعة | البريد الالكتروني", "share widget"),  # a listed phrase without its hamza
    ("نستخدم ملفات تعريف الإرتباط لتحسين تجربتك", "cookie notice"),  # a hamza on the bare alef
    ("JANE DOE/GETTY IMAGES مشاة في شارع مغمور بالمياه", "image caption"),  # a wire's name in capitals
    ("تابعوا قناتنا عبر یوتیوب", "follow us"),  # a Persian keyboard's ی
    ("فیسبوک واتساب تویتر", "share widget"),  # a share bar typed so
    ("قادة أحزاب المعارضة خلال مؤتمر صحافی فی العاصمة، 2 مایو 2024 (سامي الخطيب/فرانس برس)", "image caption"),
]


@pytest.mark.parametrize("line, reason", RESPELT_FURNITURE)
def test_a_widget_in_another_spelling_is_the_same_widget(line, reason):
    assert line_reason(line) == reason


ARTICLE_LINES = [
    "COVID-19",  # a template token's shape, in capitals: the rule reads lower case only
    "شارك الخبر على مواقع التواصل آلاف المستخدمين خلال ساعات",
    "اعلنت الوزارة انها ستنشر التقرير على مواقع التواصل الاجتماعي قريبا.",
    "وقال علي إن الحكومه ستتابع الملف عن قرب في الاسابيع المقبله.",
    "اكدت الوزاره في الضاحيه، 12 يونيو 2024 (سامي الخطيب/الاناضول)",  # a verb opening: a sentence, not a caption
    "أکدت الوزارة في الضاحیة، 12 یونیو 2024 (سامي الخطیب/الأناضول)",  # the same typed on a Persian keyboard
]


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_an_article_line_in_any_spelling_stays_the_article(line):
    assert line_reason(line) is None


def test_a_listed_phrase_split_or_joined_is_the_phrase():
    rule = WordListRule("share widget", ("فيس بوك", "واتساب"))
    assert rule.matches("فيسبوك | واتس اب")  # each phrase joined or split as the list does not write it
    assert not rule.matches("فيسبوك | واتس")  # a part alone is no phrase
    assert WordListRule("share widget", ("فيسبوك",)).matches("فيس بوك")  # and split
    assert not WordListRule("share widget", ("فيسبوك",)).matches("فيس بوكس")  # only on the line's word boundaries


def test_folding_keeps_a_patterns_places_and_case():
    assert fold_line("إِنْشَرْ المقالـة على") == "انشر المقاله علي"
    assert fold_letters("أکدت ٣") == "اكدت 3" and len(fold_letters("أکدت ٣")) == len("أکدت ٣")
    assert fold_keyboard("أکدت ٣") == "أكدت 3"  # the hamza stays: a verb's shape is read on it
    pattern = re.compile("^إكس$")
    assert folded_pattern(pattern).pattern == "^اكس$" and folded_pattern(pattern) is folded_pattern(pattern)
    assert search_any_spelling(pattern, "اكس") and search_any_spelling(pattern, "إكس")
    assert not search_any_spelling(re.compile("^[a-z]+-[a-z0-9]+$"), "COVID-19")


def test_folded_patterns_all_compile():
    for rule in LINE_RULES:
        pattern = getattr(rule, "pattern", None)
        if pattern is not None:
            assert folded_pattern(pattern).flags == pattern.flags


def test_a_site_name_in_any_spelling():
    assert "الجزيره نت" in SITE_NAMES and "الشرق الاوسط" in SITE_NAMES and "الجزيرة نت" in SITE_NAMES
    assert "الجزيرة اليوم" not in SITE_NAMES
    names = AnySpelling(("RT Arabic",))
    assert "rt arabic" in names and "RT Arabic" in names and 3 not in names


TITLE = "البلدية تفتتح محطة جديدة لتحلية المياه في الساحل"
LEAD = "افتتحت بلدية مدينة الساحل صباح اليوم محطة جديدة لتحلية مياه البحر، في خطوة قالت إنها ستنهي انقطاع المياه."
SECOND = "وقال رئيس البلدية إن المحطة توفر نحو مئة ألف متر مكعب يوميا لسكان المدينة والقرى المجاورة."


@pytest.mark.parametrize("call", ["إشترك في قائمتنا البريدية للحصول على التحديثات الجد",
                                  "إنضم إلى قائمتنا البريدية للحصول على التحديثات الجد"])
def test_a_call_to_the_reader_with_a_hamza_on_its_imperative_is_no_paragraph(call):
    # The newsletter box closing the page, its call cut by the copy's end: the imperative written with a hamza.
    article = parse_plain(page(TITLE, "", LEAD, "", SECOND, "", "النشرة الإخبارية", "", call))
    assert spoken(article) == [LEAD, SECOND]


def test_the_articles_last_paragraph_cut_off_is_read():
    cut = "وأضاف أن الفريق الفني إنضم إلى ورشة الصيانة بعد أسبوع من التجارب، على أن تبدأ المرحلة الثانية في الر"
    assert spoken(parse_plain(page(TITLE, "", LEAD, "", SECOND, cut))) == [LEAD, SECOND, cut]


@pytest.mark.parametrize("letter", ["أ", "ا", "إ"])
def test_a_lists_alef_label_is_no_stray_letter(letter):
    # "أ" / "ب" label a list's items (a law's clauses, a quiz's answers); only "آ" alone is a garbled space.
    assert line_reason(letter) is None
    assert line_reason("آ") == "stray letter"


@pytest.mark.parametrize("words", ["إشترك في النشرة البريدية", "إستمع إلى البودكاست", "إشتركوا في قناة الموقع"])
def test_a_site_promo_with_its_imperatives_hamza_is_a_promo(words):
    assert points_at_the_site(words.split())


def test_no_folded_range_loses_letters():
    # Folding rewrites a character range's ends letter for letter; only the alef's own range may be folded.
    patterns = [getattr(rule, "pattern", None) for rule in LINE_RULES]
    patterns += [shape for _, shape, _ in EDGE_SHAPES] + [AGENCY_CREDIT_ALONE, CREDITED_CAPTION, META_ROW.stamp()]
    folded_ends = set()
    for pattern in (pattern for pattern in patterns if isinstance(pattern, re.Pattern)):
        for klass in re.findall(r"(?<!\\)\[(?:\\.|[^\]\\])*\]", pattern.pattern):
            folded_ends |= {(low, high) for low, high in re.findall(r"(?<!\\)([^\\])-([^\]\\])", klass[1:-1])
                            if ord(low) in LETTER_FOLD or ord(high) in LETTER_FOLD}
    assert folded_ends <= {("آ", "ا")}
