"""Furniture still spoken on pages from unseen sites (s28 fix28_furn): a comment box's header naming the post and its
notice that it is closed (``text.rules``), a heading said again at the page's end and cut off there
(``text.cutcopy``), the site's banner saying what the site is ("هذا هو الموقع الرسمي لـ...", ``text.sitevoice``).
Each with the article lines of the same shape that stay."""

from __future__ import annotations

from tests.support.article_views import page, reasons, spoken
from text.cutcopy import CUT_COPY
from text.othertitles import OTHER_TITLES
from text.plain import parse_plain
from text.rules import line_reason
from text.sitevoice import SITE_NOTICE

MENU = ("الرئيسية", "محليات", "اقتصاد")
TITLE = "البلدية تفتتح سوقا جديدة للمزارعين في وسط المدينة"
LEAD = ("افتتحت البلدية صباح اليوم سوقا جديدة للمزارعين في وسط المدينة، تضم أكثر من ستين محلا لبيع الخضر والفواكه "
        "مباشرة من الحقول إلى المستهلكين.")
MORE = ("وقال رئيس البلدية إن السوق تهدف إلى خفض الأسعار على الأسر وتقليل عدد الوسطاء، وإنها ستفتح أبوابها كل "
        "يوم من السادسة صباحا حتى الظهر.")
LAST = ("وأضاف أن البلدية تدرس فتح سوقين آخرين في الأحياء الشرقية خلال العام المقبل، إذا نجحت التجربة الأولى "
        "في جذب المزارعين والزبائن.")
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
