"""Lists inside the article's body (reviews s17 r4 H2, r2 M4; our own words): a match report's goals and cards under
their sub-headings with the closing paragraph after them. Each has its keep-the-furniture twin: tags, a page's widget
and another story's lead under a box stay dropped. (The bare-number list marks of s17 review_r5 M1 were tried and
removed after s18 review_lists2: numbers are read as before.)"""

from __future__ import annotations

from tests.support.article_views import decisions, page, spoken
from text.plain import parse_plain

MATCH_TITLE = "النصر يتجاوز الهلال بثلاثية ويقترب من اللقب"
MATCH_LEAD = ("تغلب النصر على جاره الهلال بثلاثة أهداف نظيفة، في المباراة التي جمعت الفريقين مساء الجمعة ضمن الجولة "
              "الخامسة والعشرين من الدوري، وسط حضور جماهيري كبير.")
MATCH_MORE = ("وافتتح النصر التسجيل في الدقيقة 14 بتسديدة قوية من خارج المنطقة، ثم أضاف الهدف الثاني في الدقيقة 61 "
              "والثالث في الدقيقة 88 من ركلة جزاء.")
MATCH_CLOSE = ("وبهذا الانتصار رفع النصر رصيده إلى 63 نقطة في صدارة الترتيب، بفارق سبع نقاط عن الهلال صاحب المركز "
               "الثاني.")
MATCH_LATER = "ويلتقي النصر في الجولة المقبلة مع الاتحاد، بينما يحل الهلال ضيفا على الشباب."
GOALS = ("14' سالم الفرج (النصر)", "61' عبد الله مادو (النصر)", "88' سالم الفرج (النصر) - ركلة جزاء")
CARD = "52' ياسر الشهري (الهلال) - بطاقة صفراء"


def test_goals_and_cards_and_the_closing_paragraph_are_read():
    """The best run crosses the short event rows to the report's closing paragraph (fails before: all cut as "after
    the article"); the tags under it stay dropped."""
    text = page(MATCH_TITLE, MATCH_LEAD, MATCH_MORE, "الأهداف", *GOALS, "البطاقات", CARD, MATCH_CLOSE,
                "النصر", "الهلال", "الدوري")
    article = parse_plain(text)
    heard = spoken(article)
    for line in (*GOALS, CARD, MATCH_CLOSE):
        assert line in heard
    assert "الأهداف" in [section.title for section in article.sections]
    for tag in ("النصر", "الهلال", "الدوري"):
        assert tag not in heard


def test_two_goals_between_paragraphs_are_both_read():
    """A goals list of two rows: the line model's credit-in-brackets cue ("(النصر)") drops no row of it."""
    text = page(MATCH_TITLE, MATCH_LEAD, MATCH_MORE, "الأهداف", GOALS[0], GOALS[1], MATCH_CLOSE, MATCH_LATER)
    heard = spoken(parse_plain(text))
    assert GOALS[0] in heard and GOALS[1] in heard
    assert MATCH_CLOSE in heard and MATCH_LATER in heard


OTHER_LEAD = ("أعلنت إدارة نادي الرائد تعاقدها مع مدرب برتغالي جديد لقيادة الفريق في الموسم المقبل، خلفا للمدرب "
              "السابق الذي رحل بالتراضي.")


def test_a_results_widget_under_the_article_is_not_joined_by_another_storys_lead():
    """Keep-test: rows under a heading after the last paragraph, then another story's lead sharing no word with the
    article: the run does not cross to it."""
    text = page(MATCH_TITLE, MATCH_LEAD, MATCH_MORE, MATCH_CLOSE, "نتائج الجولة", "21' لاعب الرائد (الرائد)",
                "77' لاعب الفيحاء (الفيحاء)", "34' لاعب الخليج (الخليج)", "90' لاعب الفتح (الفتح)",
                "ترتيب الفرق", "حالة الطقس", OTHER_LEAD, "جميع الحقوق محفوظة")
    heard = spoken(parse_plain(text))
    assert MATCH_CLOSE in heard
    assert OTHER_LEAD not in heard


# Reviews s18 review_lists, review_lists2: a block of rows on a page that is no part of the article's telling (our own
# words). Each reads as it did before the change.

def test_match_events_then_another_storys_lead_are_not_read():
    """A report, its events box, then another story's lead naming both teams: the box and the lead stay cut."""
    other = ("يستعد الهلال لمباراة الكأس أمام الاتحاد يوم السبت، وسط شكوك حول مشاركة حارسه الأساسي بعد الخسارة "
             "أمام النصر.")
    text = page(MATCH_TITLE, MATCH_LEAD, MATCH_MORE, "مجريات اللقاء", *GOALS, CARD, other, "جميع الحقوق محفوظة")
    table = decisions(text)
    assert table[other] != "body"
    assert table["مجريات اللقاء"] != "section title"


def test_a_standings_box_closing_the_story_gets_no_title():
    """A standings box under the report, then another story's lead: its heading is no section title."""
    other = ("تقدم النصر بشكوى رسمية ضد الحكم الذي أدار مباراته الأخيرة أمام الهلال، مطالبا بمراجعة لقطات "
             "الفيديو.")
    text = page(MATCH_TITLE, MATCH_LEAD, MATCH_MORE, MATCH_CLOSE, "جدول الترتيب", "النصر: 63 نقطة",
                "الهلال: 56 نقطة", "الاتحاد: 51 نقطة", "الشباب: 47 نقطة", other, "جميع الحقوق محفوظة")
    assert decisions(text)["جدول الترتيب"] != "section title"


def test_a_closing_paragraph_pointing_back_to_the_goals_is_read():
    """Keep-test: "بهذه النتيجة ..." with no و under the goals, naming the team of the goals' brackets, is read."""
    close = "بهذه النتيجة رفع النصر رصيده إلى 63 نقطة في صدارة الترتيب، بفارق سبع نقاط عن أقرب منافسيه."
    text = page(MATCH_TITLE, MATCH_LEAD, MATCH_MORE, "الأهداف", GOALS[0], GOALS[1], close, "الوسوم", "النصر")
    heard = spoken(parse_plain(text))
    assert close in heard and GOALS[1] in heard


def test_another_storys_line_pointing_back_under_a_standings_box_is_not_read():
    """A standings box under the report, then another story's line opening "بهذه النتيجة" and naming none of the
    box's teams: pointing back alone does not join it (review_lists2 M2; fails on a1f7c0c)."""
    other = "بهذه النتيجة ودع الفريق البطولة مبكرا، وسط غضب جماهيري كبير ومطالبات برحيل الجهاز الفني."
    text = page(MATCH_TITLE, MATCH_LEAD, MATCH_MORE, "جدول الترتيب", "النصر: 63 نقطة", "الهلال: 56 نقطة",
                "الاتحاد: 51 نقطة", "الشباب: 47 نقطة", "الرائد: 40 نقطة", "الفيحاء: 38 نقطة", other, "أخبار ذات صلة",
                "جميع الحقوق محفوظة")
    assert decisions(text)[other] != "body"


def test_a_readers_oath_under_a_standings_box_is_not_read():
    """A reader's comment opening with an oath ("والله ...") under a box is no paragraph going on from it."""
    comment = "والله فريق عظيم ويستحق الصدارة عن جدارة هذا الموسم."
    text = page(MATCH_TITLE, MATCH_LEAD, MATCH_MORE, "جدول الترتيب", "النصر: 63 نقطة", "الهلال: 56 نقطة",
                "الاتحاد: 51 نقطة", "الشباب: 47 نقطة", "الرائد: 40 نقطة", "الفيحاء: 38 نقطة", comment, "أخبار ذات صلة",
                "جميع الحقوق محفوظة")
    assert decisions(text)[comment] != "body"
