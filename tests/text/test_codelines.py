"""Web code printed as text (``text.codelines``): a page's style rules, ad and analytics snippets and markup comments
are dropped as "page code" wherever they stand; an article's sentences that mention code, carry a URL, a formula, a
score, a time, a ratio, a bracketed aside or an emoticon stay. All pages are our own words; the code lines are
written in the shapes sites print, with made-up names."""

from __future__ import annotations

import pytest

from text.codelines import PAGE_CODE_REASON, is_web_code
from text.plain import split_plain
from text.rules import line_reason
from tests.support.article_views import page, reasons, spoken

TITLE = "افتتاح سوق جديد للخضار في وسط المدينة بعد عامين من الأشغال"
LEAD = ("افتتح رئيس البلدية صباح اليوم سوقا جديدا للخضار والفواكه في وسط المدينة، بعد عامين من أشغال تأخرت "
        "مرارا بسبب نقص التمويل.")
SECOND = "ويضم السوق مئة وعشرين محلا خصص ربعها لصغار المزارعين من القرى المجاورة بإيجار رمزي."
THIRD = "وقال تجار إن الموقع الجديد أوسع من القديم، لكنهم طالبوا بتوفير مواقف للسيارات قرب المداخل."

STYLE_WITH_ARABIC_NOTES = ("/* ضبط عرض الصور */ figure { display: flex; justify-content: center; width: 100%; "
                           "/* وسط العنصر */ margin: auto; } .post-frame__inner { display: block; } iframe "
                           "{ margin: 0 auto; }")
ONE_RULE = ".post-block-photo{margin:0}"
MEDIA_QUERY = "@media (max-width: 640px) { .side-box { display: none; } }"
ANALYTICS = "window.statsQueue = window.statsQueue || []; function track(){statsQueue.push(arguments);}"
AD_SLOT = "adtag.queue.push(function() { adtag.show('slot-top-300x250'); });"
AD_PUSH = "(adunits = window.adunits || []).push({});"
MARKUP_COMMENT = "<!-- بداية الإعلان -->"
CALLS = "track('start', new Date()); track('setup', 'ID-0000');"

CODE_LINES = (STYLE_WITH_ARABIC_NOTES, ONE_RULE, MEDIA_QUERY, ANALYTICS, AD_SLOT, AD_PUSH, MARKUP_COMMENT, CALLS)


@pytest.mark.parametrize("line", CODE_LINES)
def test_a_line_of_web_code_is_named_page_code(line):
    assert line_reason(line) == PAGE_CODE_REASON


def test_code_lines_above_the_title_inside_and_after_the_article_are_dropped_with_their_reason():
    text = page("الرئيسية", STYLE_WITH_ARABIC_NOTES, TITLE, ANALYTICS, LEAD, AD_SLOT, SECOND, ONE_RULE, THIRD,
                MARKUP_COMMENT, AD_PUSH)
    article = split_plain(text).article
    assert article.headline == TITLE
    assert spoken(article) == [LEAD, SECOND, THIRD]
    dropped = reasons(article)
    for line in (STYLE_WITH_ARABIC_NOTES, ANALYTICS, AD_SLOT, ONE_RULE, MARKUP_COMMENT, AD_PUSH):
        assert dropped[line] == PAGE_CODE_REASON


def test_a_style_rule_between_the_title_and_the_lead_is_never_the_headline():
    text = page(TITLE, MEDIA_QUERY, LEAD, SECOND, THIRD)
    article = split_plain(text).article
    assert article.headline == TITLE
    assert MEDIA_QUERY not in spoken(article)


NEAR_MISSES = (
    "وأوضح المبرمج أن الدالة function() في لغة جافا سكريبت تُستدعى عند تحميل الصفحة; وأن الخطأ كان في الإعدادات.",
    "ويمكن الاطلاع على التقرير كاملا عبر الرابط https://example.org/report?id=12&lang=ar على موقع الوزارة.",
    "وتُحسب السرعة بالمعادلة v = d / t (المسافة على الزمن) كما شرح المعلم للطلاب.",
    "وفاز الفريق المحلي 2-1 في المباراة التي بدأت عند الساعة 10:30 صباحا، بنسبة استحواذ 3:2.",
    "وقالت الطالبة (وهي في السنة الثالثة) إنها سعيدة بالنتيجة :) وإنها تنتظر المرحلة المقبلة.",
    "وكتب أحد المعلقين {ساخرا}: هل هذا هو السوق الذي وعدونا به؟",
)
LATIN_NEAR_MISSES = ("f(x) = 2x + 1;", "y = f(x); z = g(y);", "Real Madrid 2-1 Barcelona", "10:30", ":) ;-)",
                     "{1, 2, 3}", "A = {x | x > 0}", "Windows 10; macOS 14", "https://example.org/a.b(c)?q=1&r=2",
                     "The function f(x) returns a value; see below.", "@media", "<p>نص</p>",
                     "He said ('yes'); then left.")


@pytest.mark.parametrize("line", NEAR_MISSES + LATIN_NEAR_MISSES)
def test_a_line_that_only_mentions_code_signs_is_no_web_code(line):
    assert not is_web_code(line)
    assert line_reason(line) != PAGE_CODE_REASON


def test_sentences_mentioning_code_urls_formulas_scores_and_asides_stay_in_the_article():
    text = page(TITLE, LEAD, *NEAR_MISSES, THIRD)
    article = split_plain(text).article
    assert article.headline == TITLE
    assert spoken(article) == [LEAD, *NEAR_MISSES, THIRD]


UNCLOSED_BEFORE_A_SENTENCE = (
    "<!-- وقال رئيس البلدية إن السوق سيفتح أبوابه كل يوم من السابعة صباحا حتى المغرب",
    "/* وأضاف أن المرحلة الثانية من المشروع ستشمل مرأبا للسيارات وساحة للباعة المتجولين",
)


@pytest.mark.parametrize("line", UNCLOSED_BEFORE_A_SENTENCE)
def test_a_stray_comment_opener_before_a_sentence_does_not_silence_it(line):
    assert not is_web_code(line)
    article = split_plain(page(TITLE, LEAD, line, THIRD)).article
    assert any("السوق سيفتح" in part or "المرحلة الثانية" in part for part in spoken(article))


def test_a_closed_comment_or_one_after_code_is_still_page_code():
    assert is_web_code("<!-- بداية الإعلان -->")
    assert is_web_code("figure { display: flex; } /* وسط العنصر")
