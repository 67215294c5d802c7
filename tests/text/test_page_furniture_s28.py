"""Furniture still spoken on pages from unseen sites (s28 fix28_furn): a comment box's header naming the post and its
notice that it is closed (``text.rules``), a heading said again at the page's end and cut off there
(``text.cutcopy``), the site's banner saying what the site is ("هذا هو الموقع الرسمي لـ...", ``text.sitevoice``).
Each with the article lines of the same shape that stay."""

from __future__ import annotations

from tests.support.article_views import page, reasons, spoken
from tests.support.market_story import LAST, LEAD, MORE, TITLE
from text.cutcopy import CUT_COPY
from text.othertitles import OTHER_TITLES
from text.plain import parse_plain
from text.rules import line_reason
from text.sitevoice import SITE_NOTICE, speaks_of_the_site

MENU = ("الرئيسية", "محليات", "اقتصاد")
SUBHEAD = "لماذا اختارت البلدية وسط المدينة؟"
UNDER = ("يقع الموقع الجديد قرب محطة الحافلات الرئيسية، ما يسهل وصول المزارعين القادمين من القرى المجاورة "
         "ويقرب السوق من سكان الأحياء القديمة.")


def test_a_comment_box_naming_the_post_and_closed_is_not_spoken():
    """The comment box under the article: its header with the post's title after a dash, then its notice that
    comments are closed, in a theme's wording no other rule knows."""
    header = f"التعليقات - {TITLE} :"
    closed = "عذراً التعليقات مغلقة"
    article = parse_plain(page(*MENU, TITLE, LEAD, MORE, LAST, header, closed))
    assert spoken(article) == [LEAD, MORE, LAST]
    why = reasons(article)
    assert why[header] == "comments" and why[closed] == "comments"


def test_comments_counted_on_the_posts_quoted_title_are_not_spoken():
    """A blogging platform's header counts the comments on the post's title in quotes."""
    for header in (f"3 تعليقات على “{TITLE}”", f"رد واحد على «{TITLE}»", "التعليقات مغلقة لهذه التدوينة."):
        article = parse_plain(page(*MENU, TITLE, LEAD, MORE, LAST, header))
        assert spoken(article) == [LEAD, MORE, LAST], header
        assert reasons(article)[header] == "comments"


def test_the_articles_lines_about_comments_stay():
    """A paragraph saying comments were closed goes on as a sentence, and a sub-heading quoting what it is about
    names no count (nor does one after a dash close on a colon): no comment box's line by rule."""
    closed = "التعليقات مغلقة منذ أسبوع على صفحة البلدية بعد سيل من الشتائم"
    under = ("وكتب عدد من السكان على مواقع التواصل أن السوق جاءت متأخرة، فيما رأى آخرون أنها خطوة جيدة نحو خفض "
             "الأسعار في الأحياء القديمة.")
    article = parse_plain(page(*MENU, TITLE, LEAD, MORE, under, closed, LAST))
    assert spoken(article) == [LEAD, MORE, under, closed, LAST]
    for subhead in ("تعليقات على «قرار البلدية»", "التعليقات - ردود الفعل على قرار البلدية",
                    "رد على “قرار البلدية”"):
        assert line_reason(subhead) is None, subhead


def test_a_heading_said_again_and_cut_at_the_pages_end_is_not_spoken():
    """The page goes on past the article's last paragraph and is cut inside a heading it already gave."""
    cut = "لماذا اختارت البلدية وس"
    article = parse_plain(page(*MENU, TITLE, LEAD, MORE, SUBHEAD, UNDER, LAST, cut))
    assert spoken(article) == [LEAD, MORE, SUBHEAD, UNDER, LAST]
    assert reasons(article)[cut] == CUT_COPY


def test_a_page_cut_on_new_words_or_a_paragraph_said_again_keeps_its_last_line():
    """A page cut inside the article's next paragraph ends on new words; one cut inside a paragraph it printed
    before (a summary said twice) is left to the body finder: neither is a heading's copy."""
    new_words = "وأشار إلى أن الدخول إلى السوق سيكون مجانيا للمزارعين في الأشهر الثلاثة الأولى، على أن تحدد"
    article = parse_plain(page(*MENU, TITLE, LEAD, MORE, SUBHEAD, UNDER, LAST, new_words))
    assert new_words in spoken(article)
    said_again = LEAD[:60].rstrip()
    article = parse_plain(page(*MENU, TITLE, LEAD, MORE, LAST, said_again))
    assert reasons(article).get(said_again) != CUT_COPY


def test_the_site_saying_what_it_is_over_the_title_is_not_spoken():
    """The banner of an official body's site, a long sentence saying what the site is, over the story's title."""
    banner = ("هذا هو الموقع الرسمي لهيئة الأسواق البلدية، والبيانات المنشورة فيه هي وحدها المعتمدة من الهيئة، "
              "ولا يمثلها أي موقع آخر على الشبكة أو في وسائل التواصل الاجتماعي مهما كان اسمه أو شعاره.")
    article = parse_plain(page("هيئة الأسواق البلدية", banner, f"الرئيسية » {TITLE}", TITLE, LEAD, MORE, LAST))
    assert article.headline == TITLE
    assert spoken(article) == [LEAD, MORE, LAST]
    assert reasons(article)[banner] == SITE_NOTICE


def test_a_story_about_an_official_site_keeps_its_lead():
    """A lead saying what a new site is shares the story's words: it is the story, not the site's banner."""
    title = "البلدية تطلق موقعها الرسمي لحجز محلات السوق الجديدة"
    lead = ("هذا هو الموقع الرسمي الجديد للبلدية، وقد أطلقته اليوم لحجز محلات السوق الجديدة إلكترونيا دون مراجعة "
            "مكاتب البلدية.")
    more = ("وقال رئيس البلدية إن حجز محلات السوق عبر الموقع الجديد يختصر المعاملات، وإن البلدية ستعلن أسماء "
            "المزارعين المقبولين الأسبوع المقبل.")
    article = parse_plain(page(*MENU, title, lead, more, LAST))
    assert article.headline == title
    assert spoken(article) == [lead, more, LAST]


GAP = "    "
TICKER = GAP.join(("وزير النقل يتفقد أعمال توسعة الطريق الساحلي", "الأمطار تغرق شوارع المدينة القديمة...",
                   "المنتخب يستعد لمباراته الودية أمام ضيفه الأسبوع المقبل",
                   "ارتفاع أسعار الذهب في الأسواق المحلية اليوم", "الجامعة تعلن مواعيد التسجيل للفصل الدراسي الثاني"))


def test_a_row_of_other_stories_titles_glued_with_wide_gaps_is_not_the_article():
    """A ticker copied onto one line, its titles kept apart by four spaces: long and full of sentence words, it was
    read as the article's lead and gave the headline."""
    article = parse_plain(page(TICKER, *MENU, TITLE, LEAD, MORE, LAST))
    assert article.headline == TITLE
    assert spoken(article) == [LEAD, MORE, LAST]
    assert reasons(article)[" ".join(TICKER.split())] == OTHER_TITLES


def test_lines_with_wide_gaps_that_are_the_articles_stay():
    """A table's row flattened with wide gaps holds cells of a word or two; paragraphs the copy joined with gaps close
    on their full stops; a writer's slips widen a gap or two: all the article's."""
    row = GAP.join(("السوق", "المحلات", "الزوار", "الافتتاح"))
    joined = GAP.join(("وتضم السوق محلات للخضر والفواكه واللحوم والأسماك.", "وتفتح أبوابها كل يوم من السادسة صباحا.",
                       "ويشرف عليها موظفون من البلدية.", "وتقع قرب محطة الحافلات"))
    slips = ("وقال رئيس البلدية إن السوق" + GAP + "تهدف إلى خفض الأسعار على الأسر" + GAP
             + "وتقليل عدد الوسطاء بين المزارعين والزبائن في المدينة.")
    for line in (row, joined, slips):
        article = parse_plain(page(*MENU, TITLE, LEAD, MORE, line, LAST))
        assert reasons(article).get(" ".join(line.split())) != OTHER_TITLES, line
    article = parse_plain(page(*MENU, TITLE, LEAD, MORE, joined, LAST))
    assert " ".join(joined.split()) in spoken(article)


# Review of fix28_furn: the article's lines of the same shapes, which must stay (H1, M1, M2, M3, L1).

def _folded(line: str) -> str:
    return " ".join(line.split())


def _stays(article, line: str) -> None:
    assert reasons(article).get(_folded(line)) != OTHER_TITLES, line
    assert _folded(line) in spoken(article), line


def test_a_list_glued_with_gaps_under_its_lead_in_stays():
    """The article's list copied onto one line, its items apart by five spaces, under "ما يلي:" between two
    paragraphs: the article's, not a ticker (review H1, p3)."""
    items = "     ".join(("• إعفاء صغار المزارعين من رسوم السوق لمدة عام كامل",
                          "• تأجيل أقساط المحلات ستة أشهر دون فوائد", "• صرف تعويضات للباعة المتضررين من نقل السوق",
                          "• توزيع الصناديق مجانا قبل بدء الموسم الجديد"))
    _stays(parse_plain(page(*MENU, TITLE, LEAD, "وتضمنت القرارات ما يلي:", items, MORE, LAST)), items)


def test_standings_and_verses_copied_with_tabs_between_paragraphs_stay():
    """Standings copied with tabs (items of four words, a title's length) and two verses to a line with their
    hemistichs apart by wide gaps, between the article's paragraphs (review H1, p2, p1)."""
    first = "\t".join(("1- الهلال 48 نقطة", "2- النصر 44 نقطة", "3- الاتحاد 41 نقطة", "4- الأهلي 39 نقطة"))
    second = "\t".join(("5- الشباب 33 نقطة", "6- التعاون 30 نقطة", "7- الفتح 28 نقطة", "8- الرائد 25 نقطة"))
    article = parse_plain(page(*MENU, TITLE, LEAD, "وجاء ترتيب الفرق الأربعة الأولى بعد الجولة على النحو التالي:",
                               first, second, MORE, LAST))
    for line in (first, second):
        _stays(article, line)
    verses = ("     ".join(("يا دار أهلي في الصباح تحيتي", "ما زال عطرك في الضلوع مقيما",
                            "أبكي على باب تركت به الصبا", "وأعود شيخا للحنين كريما")),
              "     ".join(("وأرضى بما قسم الزمان لنا وإن", "جارت علينا الحادثات عظيما",
                            "فالصبر زاد المتعبين إذا سروا", "والليل يعرف من يكون حليما")))
    article = parse_plain(page(*MENU, TITLE, LEAD, "ثم قرأ رئيس البلدية مطلع قصيدة كتبها عن المدينة على الحضور:",
                               *verses, MORE, LAST))
    for line in verses:
        _stays(article, line)


def test_the_pages_header_or_key_points_glued_with_gaps_above_the_lead_stay():
    """A row above the first paragraph whose items say the page's own words (the title, deck, date and byline in a
    row; key points repeating the lead) is the article's, not other stories' titles (review H1, p9, p8)."""
    header = "    ".join((TITLE, "رئيس البلدية: السوق تخفض الأسعار على الأسر", "الأحد 12 مايو 2024 الساعة 10:30",
                          "كتب أحمد علي من المدينة"))
    article = parse_plain(page(*MENU, header, LEAD, MORE, LAST))
    assert reasons(article).get(_folded(header)) != OTHER_TITLES
    assert TITLE in article.headline
    points = "    ".join(("السوق تضم أكثر من ستين محلا للخضر والفواكه", "البيع مباشرة من الحقول إلى المستهلكين",
                          "السوق تفتح كل يوم من السادسة صباحا", "البلدية تدرس فتح سوقين آخرين"))
    _stays(parse_plain(page(*MENU, TITLE, points, LEAD, MORE, LAST)), points)


def test_a_page_glued_onto_one_line_is_read():
    """A short page copied onto one line with gaps (menu, title, paragraphs without stops): the only line, it is what
    the page has to read (review H1, p5)."""
    line = "    ".join(("الرئيسية", "أخبار محلية", TITLE, LEAD.rstrip("."), MORE.rstrip("."), LAST.rstrip(".")))
    _stays(parse_plain(page(line)), line)


def test_a_lead_addressing_the_reader_over_a_sub_heading_stays():
    """A service story's lead speaks to the reader of the ministry's services ("يمكنكم", "خدماتها") and shares few
    words with the rest; the sub-heading under it stands under that paragraph, which is the story's lead, not the
    site's banner (review M1, v3; a 35-word lead alike)."""
    title = "وزارة الصحة تطلق تطبيقا جديدا"
    more = ("وقال الوزير في مؤتمر صحفي إن أكثر من مئة ألف شخص نزلوه في الساعات الأولى، مشيرا إلى أن المرحلة الثانية "
            "ستشمل العيادات الخاصة.")
    last = "وأضاف أن العمل جار على نسخة للأشخاص من ذوي الإعاقة البصرية."
    lead = ("أطلقت وزارة الصحة اليوم تطبيقا جديدا يمكنكم من خلاله حجز مواعيد الكشف في المستشفيات الحكومية ومتابعة "
            "نتائج التحاليل والاطلاع على جميع خدماتها دون الحاجة إلى مراجعة المستشفى")
    longer = lead + " أو الانتظار في طوابير طويلة أمام شبابيك التسجيل كل صباح"
    for text in (lead, longer):
        article = parse_plain(page("الرئيسية", "محليات", "صحة", title, text, "تفاصيل أخرى", more, last))
        assert article.headline == title, len(text.split())
        assert text in spoken(article) and more in spoken(article), len(text.split())
        assert reasons(article).get(text) != SITE_NOTICE


def test_comment_shaped_headlines_and_sub_headings_stay():
    """"N ردود على “X”" over an opinion piece, "تعليقان على «X»" between paragraphs and a listicle's "5 أفكار حول
    «X»" have a comment box's words but stand over the article's prose and name no title of the page (review M2)."""
    for title in ("3 ردود على “قرار البلدية نقل السوق”", "5 أفكار حول «الأسواق الشعبية» يجب أن تعرفها"):
        article = parse_plain(page(*MENU, title, LEAD, MORE, LAST))
        assert article.headline == title
        assert reasons(article).get(title) != "comments"
    subhead = "تعليقان على «المادة 12»"
    article = parse_plain(page(*MENU, TITLE, LEAD, MORE, subhead, UNDER, LAST))
    assert reasons(article).get(subhead) != "comments"
    assert subhead in spoken(article)


def test_a_comment_box_header_naming_the_pages_title_over_the_comments_is_not_spoken():
    """Over the readers' comments (prose lines of their own), the header names the post: the page's title."""
    header = f"3 تعليقات على “{TITLE}”"
    comment = ("أتمنى أن تفتح البلدية سوقا مثلها في حينا أيضا، فالأسعار عندنا مرتفعة جدا والمزارعون بعيدون عن "
               "المدينة ولا يصلون إلينا إلا نادرا.")
    article = parse_plain(page(*MENU, TITLE, LEAD, MORE, LAST, header, comment))
    assert reasons(article)[header] == "comments"


def test_a_last_line_on_whole_words_that_another_line_opens_with_stays():
    """A list's last item shorter than one above it, a song's refrain closing the lyrics, a cut paragraph opening as
    an earlier one: the page ends on whole words, not inside a heading's word (review M3, k2, k4, k1)."""
    item = "- صرف الأسمدة بأسعار مدعومة"
    article = parse_plain(page(*MENU, TITLE, LEAD, "وتشمل الحوافز الجديدة:", f"{item} للمزارعين الصغار",
                               "- تأجيل أقساط القروض الزراعية", item))
    assert reasons(article).get(item) != CUT_COPY
    refrain = "يا وطني"
    article = parse_plain(page(*MENU, "أطفال المدارس يغنون للوطن في حفل ختام العام الدراسي",
                               "أحيا أطفال المدارس الابتدائية حفل ختام العام الدراسي بأغنية وطنية رددها الحضور معهم، "
                               "وجاء في مقطعها الأخير:", "يا وطني يا أرض الأجداد والأحفاد", "نفديك بالروح وبالعمر كله",
                               refrain))
    assert reasons(article).get(refrain) != CUT_COPY
    said = "وأكد رئيس البلدية أن"
    article = parse_plain(page(*MENU, TITLE, LEAD, f"{said} السوق ستبقى مفتوحة.", MORE, said))
    assert reasons(article).get(said) != CUT_COPY


def test_this_is_the_place_is_no_site_speaking():
    """"هذا هو الموقع الذي ..." says a place as often; the site says what it is with a web mark (review L1)."""
    assert not speaks_of_the_site("هذا هو الموقع الذي اختارته الحكومة لبناء المطار الجديد")
    assert speaks_of_the_site("هذا هو الموقع الرسمي لهيئة الأسواق البلدية")
