"""Boxes set in the middle of an article (s17 reviews: r2 M1, r3 M2-M3, r4 M1, r5 M5).

- A box of other stories' links under a label in the class's words, saying the stories are related to this one
  ("أخبار مرتبطة", "اظهار أخبار متعلقة", "تقارير ذات صلة") or calling the reader as only such a box does ("قد
  يعجبك"): before, the label and its links were read out as the article's lines.
- A sub-heading right under such a box's link: before, taken as one more link, read as body and not as a title.
Each drop has its keep-test of the same shape: a sub-heading opening with a box's word, a short paragraph between two
boxes, a paragraph quoting another headline, and an article's own list under a heading in other choosing words ("نرشح
لك", "لا تفوتك", "قصص مختارة": s18 review_boxes H4; "فيديوهات مقترحة", "موضوعات مقترحة", "أخبار تهمك", "للمزيد": s18
review_boxes2 H1). The inline cards' tests (a video's or a story's card under "شاهد" / "فيديو" / "اقرأ") went with the
rule (s18 review_boxes2 H2). All pages are our own words.
"""

from __future__ import annotations

import pytest

from tests.support.article_views import page, spoken
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


@pytest.mark.parametrize("label", ["اظهار أخبار متعلقة", "إظهار الأخبار المتعلقة", "أخبار مرتبطة", "موضوعات ذات صلة",
                                   "تقارير ذات علاقة", "فيديوهات ذات صلة", "قد يعجبك", "ربما يعجبك أيضا:"])
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


@pytest.mark.parametrize("label", ["اقرأ أيضا", "أخبار مرتبطة"])
@pytest.mark.parametrize("links", [LINKS[:1], LINKS], ids=["one link", "two links"])
@pytest.mark.parametrize("heading", ["مراحل التنفيذ", "مراحل التنفيذ والتمويل", "مخاوف من تأخر الأعمال"])
def test_a_sub_heading_right_under_a_box_link_heads_its_part(label, links, heading):
    article = split_plain(page(TITLE, LEAD, SECOND, label, *links, heading, THIRD, FOURTH)).article
    assert [section.title for section in article.sections] == [None, heading]
    assert spoken(article) == [LEAD, SECOND, heading, THIRD, FOURTH]


def test_a_short_paragraph_between_two_boxes_is_read():
    short = "وهو ما نفته الشركة المنفذة."
    lines = page(TITLE, LEAD, "اقرأ أيضا", LINKS[0], SECOND, "أخبار مرتبطة", LINKS[1], short, THIRD, FOURTH)
    assert spoken(split_plain(lines).article) == [LEAD, SECOND, short, THIRD, FOURTH]


def test_a_paragraph_quoting_a_headline_under_a_box_is_read():
    quoting = ("«الماء أولا» كان عنوان الحملة التي أطلقها ناشطون قبل عامين للمطالبة بتجديد الشبكة، وقد لقيت تأييدا "
               "واسعا.")
    article = split_plain(page(TITLE, LEAD, SECOND, "قد يعجبك", LINKS[0], quoting, THIRD)).article
    assert spoken(article) == [LEAD, SECOND, quoting, THIRD]


# Keep-tests: an article's own list under a heading in choosing words other than "related" (s18 review_boxes H4,
# review_boxes2 H1).

PICKS = ("ديوان شعر جديد عن المدن الساحلية للشاعر سليم الراوي", "رحلة في ذاكرة القرى الجبلية للكاتبة ندى حمدان",
         "سيرة معلم في الريف بقلم الروائي فادي عيسى")
PICKS_LEAD = ("مع اقتراب معرض الكتاب السنوي، نقترح على القراء مجموعة من الإصدارات الجديدة التي لفتت الأنظار هذا "
              "الموسم، بين الشعر والسيرة وأدب الرحلات.")
PICKS_SECOND = ("وقد وقع الاختيار هذا الأسبوع على ثلاثة عناوين تنوعت بين الشعر وأدب الرحلات والسيرة، صدرت "
                "جميعها عن دور نشر عربية.")
PICKS_LAST = "ويستمر المعرض عشرة أيام، وتقام على هامشه ندوات وأمسيات شعرية يشارك فيها عدد من الكتاب."
PICKS_AFTER = "وتتوفر هذه الإصدارات في أجنحة دور النشر المشاركة في المعرض بأسعار مخفضة طوال أيام الدورة."


@pytest.mark.parametrize("label", ["نرشح لك", "لا تفوتك", "ننصحك بقراءة:", "اخترنا لك", "قد تحب", "كتب مختارة",
                                   "قصص مختارة", "مقالات مختارة", "مقالات مقترحة", "موضوعات مقترحة", "فيديوهات مقترحة:",
                                   "أخبار تهمك", "مقالات قد تعجبك", "للمزيد"])
def test_an_article_s_own_picks_under_a_call_are_read(label):
    """A column's or a guide's own list under a call to the reader or a "chosen" / "suggested" heading."""
    lines = page("إصدارات جديدة تستحق القراءة هذا الموسم", PICKS_LEAD, PICKS_SECOND, label, *PICKS, PICKS_AFTER,
                 PICKS_LAST)
    assert spoken(split_plain(lines).article)[-5:] == [*PICKS, PICKS_AFTER, PICKS_LAST]


@pytest.mark.parametrize("heading", ["قصص مختارة", "تقارير مختارة"])
def test_a_chosen_sub_heading_over_a_paragraph_heads_its_part(heading):
    """H4: the bare heading over the article's paragraph, a section title as before."""
    article = split_plain(page(TITLE, LEAD, SECOND, heading, THIRD, FOURTH)).article
    assert [section.title for section in article.sections] == [None, heading]


def test_lines_under_a_box_label_that_share_the_lead_s_words_are_the_article_s():
    """Under "تقارير ذات صلة", lines sharing two words or more with the lead are the article's own list."""
    own = ("تجديد شبكة المياه في حي القلعة", "تجديد شبكة المياه في حي السوق", "تجديد شبكة المياه في حي الميناء")
    said = spoken(split_plain(page(TITLE, LEAD, SECOND, "تقارير ذات صلة", *own, THIRD, FOURTH)).article)
    assert all(line in said for line in own)


def test_a_related_box_with_one_link_sharing_the_lead_s_words_is_not_read():
    """A related box is on the article's matter: one link sharing the lead's words does not make it the article's."""
    sharing = "سكان الأحياء القديمة يشكون من انقطاع المياه"
    article = split_plain(page(TITLE, LEAD, SECOND, "أخبار مرتبطة", LINKS[0], sharing, THIRD, FOURTH)).article
    assert spoken(article) == [LEAD, SECOND, THIRD, FOURTH]


def test_a_second_box_on_a_running_story_is_not_read():
    """s18 review_boxes2 M1: under "اقرأ أيضا" and its link, a second box's label and its links sharing the lead's
    words are the boxes' run going on, not the article's own list."""
    sharing = ("البلدية تجدد شبكة المياه في الأحياء الشرقية العام المقبل", "سكان الأحياء القديمة يشكون انقطاع المياه")
    lines = page(TITLE, LEAD, SECOND, "اقرأ أيضا", LINKS[0], "أخبار مرتبطة", *sharing, THIRD, FOURTH)
    assert spoken(split_plain(lines).article) == [LEAD, SECOND, THIRD, FOURTH]
