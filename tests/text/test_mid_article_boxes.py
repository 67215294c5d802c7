"""Boxes and cards set in the middle of an article (s17 reviews: r2 M1, r3 M2-M3, r4 M1-M3, r5 M3).

- A box of other stories' links under a label in the class's words ("موضوعات مقترحة", "اظهار أخبار متعلقة", "قد
  يهمك", ...): before, the label and its links were read out as the article's lines.
- A sub-heading right under such a box's link: before, taken as one more link, read as body and not as a title.
- A video box or a card under its label ("شاهد" / its title / "03:12") inside the article: before, the title was
  read out as a sub-heading.
Each drop has its keep-test of the same shape: a sub-heading opening with a box's word, a short paragraph between two
boxes, a paragraph quoting another headline, a sub-heading over a date in a chronology, a live page's entries, and
the shapes of s18 review_boxes (a section's kicker over the headline, an update's or a stage's heading over a dated
entry, a chronology's unlabelled entries, an article's own picks under "نرشح لك" / "لا تفوتك" / "ننصحك بقراءة" /
"قصص مختارة"). All pages are our own words.
"""

from __future__ import annotations

import pytest

from tests.support.article_views import decisions, page, spoken
from text.plain import split_plain
from text.rules import line_reason

TITLE = "البلدية تطلق مشروعا لتجديد شبكة المياه في الأحياء القديمة"
LEAD = ("أطلقت البلدية اليوم الثلاثاء مشروعا لتجديد شبكة المياه في الأحياء القديمة من المدينة، بكلفة تقارب عشرين "
        "مليون دولار، على أن يستمر العمل فيه عامين.")
SECOND = ("وقال رئيس البلدية في مؤتمر صحفي إن الأنابيب الحالية يعود أغلبها إلى أكثر من خمسين عاما، وإن التسربات "
          "تهدر نحو ثلث المياه قبل وصولها إلى المنازل.")
THIRD = ("وأوضح أن الأعمال ستجري على مراحل حتى لا تنقطع المياه عن أي حي أكثر من يوم واحد، مع توفير صهاريج "
         "للسكان خلال فترات الانقطاع.")
FOURTH = ("من جهتهم، رحب سكان الأحياء القديمة بالمشروع، لكنهم طالبوا بإصلاح الطرق التي ستحفر بعد انتهاء الأعمال "
          "مباشرة وعدم تركها أشهرا.")
LINKS = ("ارتفاع أسعار الخبز في الأسواق الشعبية للمرة الثانية هذا العام",
         "افتتاح جسر جديد يربط ضفتي النهر بعد تأخير طويل")


@pytest.mark.parametrize("label", ["موضوعات مقترحة", "مواضيع مقترحة", "أخبار مقترحة", "اظهار أخبار متعلقة",
                                   "إظهار الأخبار المتعلقة", "مواضيع قد تهمك", "أخبار تهمك", "أخبار مرتبطة",
                                   "موضوعات ذات صلة",
                                   "مقالات مقترحة", "قد يعجبك", "للمزيد:"])
def test_a_labelled_box_of_links_between_paragraphs_is_not_read(label):
    article = split_plain(page(TITLE, LEAD, SECOND, label, *LINKS, THIRD, FOURTH)).article
    assert article.headline == TITLE
    assert spoken(article) == [LEAD, SECOND, THIRD, FOURTH]


@pytest.mark.parametrize("line", ["أخبار متعلقة بالانتخابات البلدية", "الأكثر مشاهدة: مسلسل العائلة",
                                  "موضوعات مقترحة للنقاش في الجلسة المقبلة", "قصص نجاح", "لا تفوتك الفرصة هذه المرة."])
def test_a_line_that_only_opens_with_a_box_word_is_no_label(line):
    assert line_reason(line) is None


def test_a_ratings_story_s_sub_heading_is_no_box_label():
    """"الأكثر مشاهدة" labels boxes too, but a story on ratings heads its parts so: not in the vocabulary."""
    lead = "تنافست المسلسلات العربية على نسب المشاهدة في الأسبوع الأول من الموسم، وفق أرقام نشرتها شركة قياس أمس."
    first = "وجاء مسلسل اجتماعي جديد في المركز الأول بفارق واسع عن أقرب منافسيه، مستفيدا من عرضه على قناتين."
    second = "في المقابل، سجلت الأعمال التاريخية أدنى النسب، وهو ما عزاه نقاد إلى ضعف الترويج لها."
    lines = page("المسلسلات العربية تتنافس على نسب المشاهدة", lead, "الأكثر مشاهدة", first, "الأقل مشاهدة", second)
    assert spoken(split_plain(lines).article) == [lead, "الأكثر مشاهدة", first, "الأقل مشاهدة", second]


def test_a_sub_heading_opening_with_a_box_word_heads_its_part():
    heading = "موضوعات مقترحة للنقاش"
    article = split_plain(page(TITLE, LEAD, SECOND, heading, THIRD, FOURTH)).article
    assert spoken(article) == [LEAD, SECOND, heading, THIRD, FOURTH]


@pytest.mark.parametrize("label", ["اقرأ أيضا", "موضوعات مقترحة"])
@pytest.mark.parametrize("links", [LINKS[:1], LINKS], ids=["one link", "two links"])
@pytest.mark.parametrize("heading", ["مراحل التنفيذ", "مراحل التنفيذ والتمويل", "مخاوف من تأخر الأعمال"])
def test_a_sub_heading_right_under_a_box_link_heads_its_part(label, links, heading):
    article = split_plain(page(TITLE, LEAD, SECOND, label, *links, heading, THIRD, FOURTH)).article
    assert [section.title for section in article.sections] == [None, heading]
    assert spoken(article) == [LEAD, SECOND, heading, THIRD, FOURTH]


def test_a_short_paragraph_between_two_boxes_is_read():
    short = "وهو ما نفته الشركة المنفذة."
    lines = page(TITLE, LEAD, "اقرأ أيضا", LINKS[0], SECOND, "موضوعات مقترحة", LINKS[1], short, THIRD, FOURTH)
    assert spoken(split_plain(lines).article) == [LEAD, SECOND, short, THIRD, FOURTH]


def test_a_paragraph_quoting_a_headline_under_a_box_is_read():
    quoting = ("«الماء أولا» كان عنوان الحملة التي أطلقها ناشطون قبل عامين للمطالبة بتجديد الشبكة، وقد لقيت تأييدا "
               "واسعا.")
    article = split_plain(page(TITLE, LEAD, SECOND, "مواضيع قد تهمك", LINKS[0], quoting, THIRD)).article
    assert spoken(article) == [LEAD, SECOND, quoting, THIRD]


CARD = "صندوق النقد يتوقع تحسن النمو في المنطقة العام المقبل"


@pytest.mark.parametrize("label", ["شاهد", "شاهد:", "فيديو"])
def test_a_video_box_is_not_read(label):
    video = "لقطات من أعمال الحفر في الحي القديم قبل بدء المرحلة الأولى"
    article = split_plain(page(TITLE, LEAD, SECOND, label, video, "02:47", THIRD, FOURTH)).article
    assert spoken(article) == [LEAD, SECOND, THIRD, FOURTH]


def test_a_short_sub_heading_over_a_date_in_a_chronology_heads_its_part():
    heading = "المرحلة الأولى"
    article = split_plain(page(TITLE, LEAD, SECOND, heading, "12 مايو 2024 10:00", THIRD, FOURTH)).article
    assert heading in spoken(article)


def test_a_long_sub_heading_over_a_date_without_a_time_heads_its_part():
    heading = "بدء الأعمال في الأحياء الشرقية من المدينة"
    article = split_plain(page(TITLE, LEAD, SECOND, heading, "12 مايو 2024", THIRD, FOURTH)).article
    assert heading in spoken(article)


def test_a_clock_alone_under_an_unlabelled_title_is_no_card():
    """A title over a bare time (no date, no label above it) may be a live page's entry: left as it was."""
    heading = "وصول أول شحنة من الأنابيب الجديدة إلى الميناء"
    article = split_plain(page(TITLE, LEAD, SECOND, heading, "14:35", THIRD, FOURTH)).article
    assert heading in spoken(article)


def test_a_dated_update_inside_the_article_is_read():
    """An update's title over its time, its own text under it (opening its own sentence): the article's."""
    update = "تحديث: البلدية تؤجل أعمال الحفر في الحي الغربي أسبوعا"
    text = "أعلنت البلدية مساء اليوم تأجيل الأعمال في الحي الغربي بسبب الأمطار، على أن تستأنف الأسبوع المقبل."
    article = split_plain(page(TITLE, LEAD, SECOND, update, "12 مايو 2024 18:30", text, FOURTH)).article
    assert update in spoken(article) and text in spoken(article)


def test_a_headline_under_a_ticker_s_sentence_stays_the_headline():
    """A page opening with a ticker's finished sentence over the headline, its date and time, and the lead."""
    ticker = "عاجل: الأرصاد تحذر من أمطار غزيرة على المناطق الساحلية مساء اليوم."
    article = split_plain(page(ticker, TITLE, "12 مايو 2024 - 10:15", LEAD, SECOND, THIRD)).article
    assert article.headline == TITLE
    assert spoken(article)[-3:] == [LEAD, SECOND, THIRD]


def test_a_live_page_s_dated_entries_are_no_cards():
    entries = ["بدء ضخ المياه في الشبكة الجديدة بالحي الشمالي", "انقطاع مؤقت في الحي الغربي بسبب أعمال الوصل",
               "البلدية تعلن انتهاء أعمال اليوم دون أعطال كبيرة"]
    body = [LEAD]
    for hour, (entry, text) in enumerate(zip(entries, [SECOND, THIRD, FOURTH])):
        body += [entry, f"12 مايو 2024 1{hour}:00", text]
    article = split_plain(page(TITLE, *body)).article
    assert all(entry in spoken(article) for entry in entries)


@pytest.mark.parametrize("label", ["اقرأ", "طالع", "ذات صلة"])
def test_a_labelled_story_card_inside_the_article_is_not_read(label):
    lines = page(TITLE, LEAD, SECOND, label, CARD, "12 مايو, 12:14 GMT", THIRD, FOURTH)
    assert spoken(split_plain(lines).article) == [LEAD, SECOND, THIRD, FOURTH]
    assert decisions(lines)[CARD] == "related story's card"


# Keep-tests for s18 review_boxes H1-H4: shapes where the article's own lines looked like a card or a box.

@pytest.mark.parametrize("header", [("صحيفة النهر", "صحيفة يومية مستقلة تصدر عن دار النهر للطباعة والنشر."),
                                    ("الرئيسية", "سياسة", "عاجل: الدفاع المدني يحذر من رياح قوية على الطرق الليلة.")],
                         ids=["tagline", "ticker"])
@pytest.mark.parametrize("kicker", ["مجتمع", "فيديو", "شاهد"])
def test_a_section_kicker_over_the_headline_is_no_card_s_label(header, kicker):
    """H1: the page's header, a finished sentence (a tagline, a ticker) over a kicker, the headline and its date."""
    lines = page(*header, kicker, TITLE, "3 مارس 2025 | 08:15", LEAD, SECOND, THIRD)
    article = split_plain(lines).article
    assert article.headline == TITLE
    assert spoken(article) == [LEAD, SECOND, THIRD]


UPDATE_TITLE = "البلدية تعيد ضخ المياه إلى الحي الشمالي بعد إصلاح العطل"
UPDATE_TEXT = "أعادت البلدية ضخ المياه إلى الحي الشمالي مساء اليوم، بعد أن أصلحت فرقها الأنبوب الذي انفجر صباحا."


@pytest.mark.parametrize("heading", ["تحديث", "آخر التطورات", "موعد التشغيل"])
def test_a_short_heading_over_a_dated_entry_heads_the_article_s_part(heading):
    """H2: an update's or a stage's heading of a word or two over a dated, timed entry of the article."""
    lines = page(TITLE, LEAD, SECOND, heading, UPDATE_TITLE, "14 يونيو 2024 - 19:20", UPDATE_TEXT, FOURTH)
    said = spoken(split_plain(lines).article)
    assert heading in said and UPDATE_TITLE in said and UPDATE_TEXT in said


def test_two_stages_of_a_chronology_under_their_headings_are_read():
    """H2: two dated entries, each under a stage's one-word heading (too few for a live page's guard)."""
    body = [LEAD, "وفي ما يلي أبرز محطات المشروع منذ إطلاقه."]
    stages = [("الانطلاق", "البلدية توقع عقد تجديد الشبكة مع شركة محلية", "2 يناير 2024 - 11:00", SECOND),
              ("التأخير", "توقف الأعمال شهرين بسبب نقص الأنابيب المستوردة", "9 مارس 2024 - 16:30", THIRD)]
    for stage in stages:
        body += stage
    said = spoken(split_plain(page(TITLE, *body, FOURTH)).article)
    assert all(line in said for heading, entry, _, text in stages for line in (heading, entry, text))


@pytest.mark.parametrize("opening", ["و", "كما "])
def test_a_chronology_s_unlabelled_entries_are_read(opening):
    """H3: dated entries with no heading, their text opening with و / كما as Arabic news prose does."""
    entries = [("انفجار أنبوب رئيسي في الحي الشمالي فجر الأحد", "7 أبريل 2024 - 04:10",
                opening + "انقطعت المياه عن آلاف المنازل قبل أن تصل فرق الطوارئ إلى المكان بعد ساعة."),
               ("البلدية تعلن خطة طارئة لتوزيع المياه بالصهاريج", "7 أبريل 2024 - 12:45",
                opening + "خصصت البلدية عشرين صهريجا تجوب الأحياء المتضررة حتى انتهاء الإصلاح.")]
    body = [LEAD, "وفي ما يلي تسلسل ما جرى خلال ذلك اليوم."]
    for entry in entries:
        body += entry
    said = spoken(split_plain(page(TITLE, *body, FOURTH)).article)
    assert all(entry[0] in said for entry in entries)


PICKS = ("ديوان شعر جديد عن المدن الساحلية للشاعر سليم الراوي", "رحلة في ذاكرة القرى الجبلية للكاتبة ندى حمدان",
         "سيرة معلم في الريف بقلم الروائي فادي عيسى")
PICKS_LEAD = ("مع اقتراب معرض الكتاب السنوي، نقترح على القراء مجموعة من الإصدارات الجديدة التي لفتت الأنظار هذا "
              "الموسم، بين الشعر والسيرة وأدب الرحلات.")
PICKS_SECOND = ("وقد وقع الاختيار هذا الأسبوع على ثلاثة عناوين تنوعت بين الشعر وأدب الرحلات والسيرة، صدرت "
                "جميعها عن دور نشر عربية.")
PICKS_LAST = "ويستمر المعرض عشرة أيام، وتقام على هامشه ندوات وأمسيات شعرية يشارك فيها عدد من الكتاب."
PICKS_AFTER = "وتتوفر هذه الإصدارات في أجنحة دور النشر المشاركة في المعرض بأسعار مخفضة طوال أيام الدورة."


@pytest.mark.parametrize("label", ["نرشح لك", "لا تفوتك", "ننصحك بقراءة:", "اخترنا لك", "قد تحب", "كتب مختارة",
                                   "قصص مختارة", "مقالات مختارة"])
def test_an_article_s_own_picks_under_a_call_are_read(label):
    """H4: a column's or a guide's own list under a call to the reader or a "chosen" heading."""
    lines = page("إصدارات جديدة تستحق القراءة هذا الموسم", PICKS_LEAD, PICKS_SECOND, label, *PICKS, PICKS_AFTER,
                 PICKS_LAST)
    assert spoken(split_plain(lines).article)[-5:] == [*PICKS, PICKS_AFTER, PICKS_LAST]


@pytest.mark.parametrize("heading", ["قصص مختارة", "تقارير مختارة"])
def test_a_chosen_sub_heading_over_a_paragraph_heads_its_part(heading):
    """H4: the bare heading over the article's paragraph, a section title as before."""
    article = split_plain(page(TITLE, LEAD, SECOND, heading, THIRD, FOURTH)).article
    assert [section.title for section in article.sections] == [None, heading]


def test_lines_under_a_box_label_that_share_the_lead_s_words_are_the_article_s():
    """Under "موضوعات مقترحة", lines sharing two words or more with the lead are the article's own list."""
    own = ("تجديد شبكة المياه في حي القلعة", "تجديد شبكة المياه في حي السوق", "تجديد شبكة المياه في حي الميناء")
    said = spoken(split_plain(page(TITLE, LEAD, SECOND, "موضوعات مقترحة", *own, THIRD, FOURTH)).article)
    assert all(line in said for line in own)


def test_a_related_box_with_one_link_sharing_the_lead_s_words_is_not_read():
    """A related box is on the article's matter: one link sharing the lead's words does not make it the article's."""
    sharing = "سكان الأحياء القديمة يشكون من انقطاع المياه"
    article = split_plain(page(TITLE, LEAD, SECOND, "موضوعات مقترحة", LINKS[0], sharing, THIRD, FOURTH)).article
    assert spoken(article) == [LEAD, SECOND, THIRD, FOURTH]
