"""Furniture still spoken on pages from unseen sites (s30 fix30_furn30): the site's name standing as a stamp between
the headline and the lead, which the page vouches for (``text.sitestamp``), a byline whose name carries an abbreviated
title ("كتبت د. NAME:"), a teaser of the lead cut with an ellipsis right under the headline over the lead in full
(``text.leadteaser``), and a credit's "by" with no name after it ("أضيف بواسطة"). Each with the article lines of the
same shape that stay. Our own words throughout."""

from __future__ import annotations

from tests.support.article_views import page, reasons, spoken
from tests.support.market_story import LAST, LEAD, MORE, TITLE
from text.credits import names_an_outlet
from text.datelines import PLACE_AND_SOURCE
from text.leadteaser import TEASER_OF_THE_LEAD, is_lead_teaser
from text.plain import parse_plain
from text.sitestamp import SITE_STAMP, named_by_the_page, stamp_shaped
from text.writerlines import credit_label_alone


MENU = ("الرئيسية", "أخبار محلية", "اقتصاد", "رياضة", "اتصل بنا")
FOOTER = ("شارك هذا الخبر", "فيسبوك", "تويتر", "", "أخبار ذات صلة", "جميع الحقوق محفوظة © 2024")


def _with_the_sites_name_again(line: str, where: str) -> str:
    """A page with ``line`` between the headline and the lead, the name it closes standing again where ``where``
    says: in the masthead alone, in a copyright line, or heading another story's teaser under the article."""
    name = line.rstrip(" .:")
    if where == "masthead":
        return page(name, *MENU, "", TITLE, "", line, "", LEAD, "", MORE, "", LAST, "", *FOOTER)
    if where == "copyright":
        return page(*MENU, "", TITLE, "", line, "", LEAD, "", MORE, "", LAST, "", *FOOTER[:-1],
                    f"جميع الحقوق محفوظة لموقع {name} © 2024")
    teaser = f"{name} : عاد الهدوء إلى شوارع البلدة القديمة بعد ليلة طويلة من الأمطار الغزيرة ..."
    return page(*MENU, "", TITLE, "", line, "", LEAD, "", MORE, "", LAST, "", *FOOTER[:5], teaser, FOOTER[-1])


def test_the_sites_name_the_page_repeats_as_its_name_is_not_spoken_over_the_lead():
    """"SITE." / "PLACE SITE ." / "SITE :" between the headline and the lead, the same name standing again outside
    the article as a site's name stands (its masthead, its copyright line, a "SITE : ..." over another story's
    teaser): the site's own stamp, which the finder read as a short sentence of the article."""
    for stamp in ("صدى الوادي.", "الكرك صدى الوادي .", "نبض الساحل :"):
        for where in ("masthead", "copyright", "teaser"):
            article = parse_plain(_with_the_sites_name_again(stamp, where))
            assert article.headline == TITLE, (stamp, where)
            assert spoken(article) == [LEAD, MORE, LAST], (stamp, where)
            assert stamp.endswith(":") or reasons(article)[stamp] == SITE_STAMP, (stamp, where)


LEDES = ("انتهى الإضراب.", "سقطت الحكومة.", "فاز الأهلي.", "رحل الشاعر الكبير.", "أزمة جديدة.", "ساعة الصفر.",
         "غزة المحاصرة.", "بيان صحفي.")
"""A feature's or a column's short first sentence, set apart as its own paragraph over the lead (review H1): a verb
no list knows, or a noun phrase, closed by a stop as a site's stamp may be."""


def test_a_short_first_sentence_over_the_lead_stays_spoken():
    """The article's own lede shares the stamp's shape and place; the page says it nowhere else as a site's name, so
    it stays the article's first sentence, on a bare page and on one with a menu and a footer around it. The same
    line the page does repeat in its copyright line is the site's."""
    for lede in LEDES:
        for text in (page(TITLE, "", lede, "", LEAD, "", MORE, "", LAST),
                     page(*MENU, "", TITLE, "", lede, "", LEAD, "", MORE, "", LAST, "", *FOOTER)):
            article = parse_plain(text)
            assert spoken(article)[:2] == [lede, LEAD], lede
            assert SITE_STAMP not in reasons(article).values(), lede


def test_a_stamp_the_page_gives_no_evidence_for_stays_spoken():
    """A site's name the page never repeats is not told from a short sentence: it is spoken (a gain given up rather
    than risk the article's first sentence; closed by a colon over a blank line, the finder leaves it above the article
    as before). Said again inside the article, or as the article's words, is no evidence either."""
    article = parse_plain(page(TITLE, "", "صدى الوادي.", "", LEAD, "", MORE, "", LAST))
    assert spoken(article) == ["صدى الوادي.", LEAD, MORE, LAST]
    article = parse_plain(page(TITLE, "نبض الساحل :", LEAD, MORE, LAST))
    assert SITE_STAMP not in reasons(article).values()
    lines = [TITLE, "", "سقطت الحكومة.", "", LEAD, "", "سقطت الحكومة: هكذا كتب الناس على الجدران في تلك الليلة.", ""]
    assert not named_by_the_page(lines, 2, range(0, len(lines)))
    assert named_by_the_page(lines + ["صدى الوادي"], 2, range(0, len(lines))) is False
    assert named_by_the_page([TITLE, "صدى الوادي.", LEAD, "© صدى الوادي"], 1, range(0, 3))


SPEAKERS = ("قال الوزير :", "قال الوزير:", "صرح الوزير :", "الناطق الرسمي :", "المتحدثة باسم الوزارة:",
            "مصدر أمني :", "وأضاف المدير:")
"""Speech lead-ins and speakers' labels closed by a colon over what they said (review M1)."""


def test_a_speech_lead_in_or_a_speakers_label_is_never_the_sites_name():
    """A line with a word of reported speech or a speaker's post is no site's name, whatever the page repeats: the
    words under it are the speaker's, and the listener must hear who says them. On a page whose paragraphs end with
    no stop the lead-in opens the run right under the headline."""
    said = "إن الوزارة ستبدأ توزيع المساعدات على الأسر المتضررة من السيول في القرى الجبلية خلال أيام قليلة"
    more = "وتشمل المساعدات مواد غذائية وأغطية وخياما إضافة إلى مبالغ نقدية لإصلاح البيوت المتضررة"
    for line in SPEAKERS:
        assert not stamp_shaped(line), line
        name = line.rstrip(" :")
        for text in (page("", TITLE, line, said, more, LAST),
                     page(TITLE, line, said, more, LAST, "", f"{name} : {said[:40]} ...", f"© {name}")):
            article = parse_plain(text)
            assert SITE_STAMP not in reasons(article).values(), line
            assert said in " ".join(spoken(article)), line
    assert stamp_shaped("صدى الوادي :") and stamp_shaped("نبض الساحل.")


def test_lead_ins_labels_and_datelines_under_the_headline_are_no_stamp():
    """A lead-in over a list or a verse, a heading's words with a particle, a part's name, a place alone and a line
    going on from above keep their readings: none of them is the site's stamp."""
    item = "- مدير الزراعة ورئيس غرفة التجارة وممثلو جمعيات المزارعين في المنطقة الشرقية."
    article = parse_plain(page(TITLE, "", "حضر الافتتاح:", "", item, "", LEAD, "", MORE))
    assert SITE_STAMP not in reasons(article).values()
    for line in ("المناطق تحت الإنذار:", "مقدمة الكتاب:", "الرباط:", "وهذا نصه:", "نبض الساحل؟", "نبض الساحل..."):
        assert not stamp_shaped(line), line
        article = parse_plain(page(TITLE, "", line, "", LEAD, "", MORE, "", LAST))
        assert reasons(article).get(line) != SITE_STAMP, line


def test_a_stamp_shaped_line_inside_the_article_stays():
    """Between two paragraphs, under no headline, the same shape is the article's (a short sentence, a label): only
    the line right under the headline, over the lead, is the site's stamp."""
    line = "صدى الوادي."
    article = parse_plain(page(TITLE, "", LEAD, "", line, "", MORE, "", LAST, "", "© صدى الوادي"))
    assert line in spoken(article)


def test_a_byline_with_an_abbreviated_title_under_the_headline_is_not_spoken():
    """"كتبت د. NAME NAME:": the abbreviation's dot is no sentence's end; the finder reads the four-word line as prose
    (no short label), and it opens the article's run right under the headline."""
    for byline in ("كتبت د. سلمى يوسف الحداد:", "بقلم أ.د. ليلى منصور", "كتب م. سامي الخطيب العلي"):
        article = parse_plain(page(TITLE, "", byline, "", LEAD, "", MORE, "", LAST))
        assert spoken(article) == [LEAD, MORE, LAST], byline
        assert reasons(article)[byline] == "byline", byline


def test_a_teaser_of_the_lead_over_the_lead_in_full_is_not_spoken():
    """The lead's first words cut with "…" (a summary box's teaser), or with a feed's "[...]" and its closing line,
    right over the lead in full: the listener hears the opening once."""
    teaser = " ".join(LEAD.split()[:14]) + "…"
    feed = " ".join(LEAD.split()[:12]) + " [...] ظهرت المقالة البلدية تفتتح سوقا جديدة أولاً على صدى الوادي."
    for line in (teaser, feed):
        article = parse_plain(page(TITLE, "", line, "", LEAD, "", MORE, "", LAST))
        assert spoken(article) == [LEAD, MORE, LAST], line
        assert reasons(article)[line] == TEASER_OF_THE_LEAD, line


def _teaser_at(lines: list[str], index: int) -> bool:
    return is_lead_teaser(lines, index)


def test_a_summary_with_no_full_text_under_it_and_a_title_said_twice_stay_apart():
    """A feed's summary with nothing said in full under it is the page's only copy of the story; a paragraph said again
    with another ending, a page cut inside a paragraph it gave, and a title with a mark printed twice are no teasers."""
    summary = " ".join(LEAD.split()[:14]) + " [...]"
    assert not _teaser_at([TITLE, summary, "ظهرت المقالة أولاً على صدى الوادي."], 1)
    other_end = " ".join(LEAD.split()[:14]) + " في حفل صغير أقامته جمعية الحي مساء أمس."
    assert not _teaser_at([TITLE, other_end, LEAD], 1)
    cut = " ".join(LEAD.split()[:12])
    assert not _teaser_at([TITLE, LEAD, MORE, cut], 3)
    doubled = "أسعار الخضر... السوق الجديدة تفتح أبوابها للمزارعين والزبائن في وسط المدينة"
    assert not _teaser_at([doubled, doubled, LEAD], 0)
    short = "افتتحت البلدية صباح اليوم…"
    assert not _teaser_at([TITLE, short, LEAD], 1)


def test_a_teaser_far_above_the_lead_or_under_it_stays():
    """The full text must stand right under the teaser: a teaser under its paragraph, or far above it, is another
    box's."""
    teaser = " ".join(LEAD.split()[:14]) + "…"
    assert not _teaser_at([TITLE, LEAD, teaser], 2)
    assert not _teaser_at([teaser, TITLE, MORE, LAST, "تابعونا", LEAD], 0)


QUOTE_CUT = "قال رئيس الجمعية: لا نريد أن نغلق الأسواق ولا أن نرفع الأسعار على أحد"
"""A speaker's words with a pause ("…") in the middle, said again under it with another ending (review M2)."""


def test_words_after_an_ellipsis_are_the_articles_own():
    """Only a feed's bracketed "[...]" has a trailer after it (its closing line); after "…" or "...", words going on
    are the article's (a quote's pause), and the line is spoken with them, not dropped as a teaser."""
    paused = QUOTE_CUT + "… لكن التجار يرفضون الحوار منذ شهور، ولم يبق أمامنا غير الإضراب."
    again = QUOTE_CUT + "، بل نريد أن يبيع المزارع محصوله بسعر عادل ويعيش من تعبه."
    for mark in ("…", "..."):
        line = paused.replace("…", mark)
        assert not _teaser_at([TITLE, line, again, MORE], 1), mark
        article = parse_plain(page(TITLE, "", LEAD, "", line, "", again, "", MORE))
        assert line in spoken(article), mark
        article = parse_plain(page(TITLE, "", line, "", again, "", MORE, "", LAST))
        assert line in spoken(article), mark
    feed = QUOTE_CUT + " [...] ظهرت المقالة رئيس الجمعية يتحدث أولاً على صدى الوادي."
    assert _teaser_at([TITLE, feed, again, MORE], 1)


CUT_TITLE = " ".join(LEAD.split()[:11]) + "..."
"""A title made of the lead's opening cut with "...", as aggregators and blogs print it (review M3)."""


def test_a_title_cut_from_the_lead_stays_the_title():
    """Only the article's first line under the headline is judged a teaser: the title, the lead's opening cut with
    "...", stays the title over a menu, over a date or alone, and the lead stays the body's first paragraph."""
    for text in (page(*MENU[:2], "", CUT_TITLE, "", LEAD, "", MORE, "", LAST, "", FOOTER[0]),
                 page(CUT_TITLE, "الأحد 12 أيار 2024", "", LEAD, "", MORE, "", LAST),
                 page(CUT_TITLE, "", LEAD, "", MORE, "", LAST)):
        article = parse_plain(text)
        assert article.headline == CUT_TITLE
        assert spoken(article)[:2] == [LEAD, MORE]
        assert TEASER_OF_THE_LEAD not in reasons(article).values()


def test_a_refrain_inside_the_article_stays():
    """A column's writer opening a paragraph with the words of the one before it, cut with "...", mid-article: the
    refrain is the writer's, no teaser of the article's opening (review L1)."""
    refrain = "لن نقبل بعد اليوم أن تبقى أسواقنا بلا رقابة ولا تنظيم..."
    going_on = "لن نقبل بعد اليوم أن تبقى أسواقنا بلا رقابة ولا تنظيم، ولن نسكت عن غلاء يأكل رواتب الناس."
    article = parse_plain(page(TITLE, "", LEAD, "", refrain, "", going_on, "", MORE))
    assert refrain in spoken(article)


def test_a_credits_by_with_no_name_is_a_label_alone():
    """"أضيف بواسطة", "تم النشر بواسطة": the preposition with no name after it; the name, if any, is on another
    line. A sentence cut after the preposition holds more words; a name after it is a byline, not a label alone."""
    for label in ("أضيف بواسطة", "تم النشر بواسطة", "حرر بواسطة :"):
        assert credit_label_alone(label), label
        article = parse_plain(page(TITLE, "", label, "", LEAD, "", MORE, "", LAST))
        assert label not in spoken(article), label
    for line in ("تم نقل المصابين بواسطة", "بواسطة", "نقل الجرحى إلى المستشفى بواسطة"):
        assert not credit_label_alone(line), line


def test_a_place_and_an_outlet_named_with_media_or_post_over_the_lead_is_a_stamp():
    """"PLACE: NAME ميديا" / "PLACE: NAME بوست": transliterated outlet words, as "نيوز", "برس", "تايمز" are; the stamp
    heads the page over the lead, never its title. In a sentence the words stay the article's."""
    lead = ("رفعت مصلحة المياه في المحافظة ثمن المتر المكعب للبيوت والمصانع معا، على أن يدفع الناس السعر الجديد "
            "في فواتير الصيف.")
    more = ("وتقول المصلحة في رسالة إلى المشتركين إن السعر القديم لم يعد يكفي لدفع أجور العمال وإصلاح الأنابيب "
            "المهترئة منذ سنين.")
    for stamp in ("الكرك: صدى الوادي ميديا", "الكرك: نبض الساحل بوست"):
        assert names_an_outlet(stamp.split(": ")[1]), stamp
        article = parse_plain(page(stamp, lead, more, LAST))
        assert stamp not in spoken(article) and article.headline != stamp, stamp
        assert reasons(article)[stamp] == PLACE_AND_SOURCE, stamp
    said = "وانتشر مقطع الفيديو على منصات السوشيال ميديا خلال ساعات، ونشر أحد السكان بوست يشرح فيه ما جرى."
    article = parse_plain(page(TITLE, lead, said, more))
    assert said in spoken(article)
