"""Lists inside the article's body (reviews s17 r4 H2, r2 M4, r5 M1; our own words): a match report's goals and cards
under their sub-headings with the closing paragraph after them, and a listicle whose items are numbered by a bare
number on its own line. Each has its keep-the-furniture twin: tags, a most-read list with its numbers and a page's
widget stay dropped, a bare number heading no item is read."""

from __future__ import annotations

from tests.support.article_views import decisions, page, reasons, spoken
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


LIST_TITLE = "4 نصائح لنوم هادئ في ليالي الصيف"
LIST_LEAD = ("يشكو كثيرون من صعوبة النوم مع ارتفاع درجات الحرارة، ويقدم المختصون مجموعة من الخطوات البسيطة التي "
             "تساعد على نوم أعمق وأطول.")
ITEMS = (("تبريد الغرفة قبل النوم", "يفضل خفض حرارة الغرفة قبل ساعة من النوم، فالجسم ينام أسرع في الجو المعتدل."),
         ("تخفيف العشاء", "الوجبات الثقيلة في آخر الليل ترهق المعدة وتؤخر النوم لساعات."),
         ("إطفاء الشاشات", "الضوء الأزرق المنبعث من الهاتف يؤخر إفراز الهرمون المسؤول عن النعاس."),
         ("الاستحمام بماء فاتر", "يساعد الماء الفاتر على إرخاء العضلات وتهيئة الجسم للراحة."))


def test_a_listicles_bare_numbers_are_not_read_and_its_items_are_titled():
    """Fails before: "1".."4" were read out and the items' headings were body."""
    lines = [LIST_TITLE, LIST_LEAD]
    for number, (heading, paragraph) in enumerate(ITEMS, 1):
        lines += [str(number), heading, paragraph]
    article = parse_plain(page(*lines, "اقرأ أيضا", "فوائد المشي اليومي للقلب"))
    heard = spoken(article)
    for number in "1234":
        assert number not in heard
    titles = [section.title for section in article.sections]
    for heading, paragraph in ITEMS:
        assert heading in titles and paragraph in heard
    assert reasons(article)["2"] == "a list's number"


def test_a_most_read_list_with_numbers_stays_dropped():
    """Keep-test: the page's most-read list, numbered line by line, under the article."""
    lines = [LIST_TITLE, LIST_LEAD]
    for heading, paragraph in ITEMS:
        lines += [heading, paragraph]
    lines += ["الأكثر قراءة", "1", "ارتفاع أسعار الذهب في الأسواق المحلية", "2", "موعد صرف رواتب الشهر المقبل",
              "3", "حالة الطقس غدا في المدن الكبرى"]
    heard = spoken(parse_plain(page(*lines)))
    for line in ("1", "2", "3", "ارتفاع أسعار الذهب في الأسواق المحلية", "موعد صرف رواتب الشهر المقبل"):
        assert line not in heard


def test_a_number_alone_over_a_paragraph_is_kept():
    """Keep-test: a bare number that heads no short item line (a year over its part, a score's cell) is read."""
    text = page(MATCH_TITLE, MATCH_LEAD, "2019", MATCH_MORE, MATCH_CLOSE)
    assert decisions(text)["2019"] != "-a list's number"
    assert "2019" in spoken(parse_plain(text))
