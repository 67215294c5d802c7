"""Boxes a skip link frames, and the media labels a screen reader speaks, as a select-all copy prints them.

BBC's pages (and others built the same way) print, for screen readers, "تخطى NAME وواصل القراءة" above a box
(suggested stories, a podcast promo) and "NAME نهاية" under it, "أهمل NAME مشاركة" / "نهاية NAME مشاركة" around an
embedded post, and "التعليق على الصورة، " / "صدر الصورة، " before a photo's caption and credit. A photo credit
closing its caption with "©" is not the page's copyright notice, which ends the article. All pages are our own.
"""

from __future__ import annotations

import pytest

from text.plain import split_plain
from text.rules import line_reason
from tests.support.article_views import decisions, page, spoken

TITLE = "الصيادون يبحثون عن بدائل مع تراجع مواسم الصيد"
LEAD = ("يقول صيادون في عدة موانئ إن كميات الأسماك التي يعودون بها تراجعت إلى النصف خلال السنوات الخمس الأخيرة، "
        "وإنهم باتوا يبحثون عن مصادر رزق أخرى.")
SECOND = "ويرجع علماء البحار ذلك إلى ارتفاع حرارة المياه وانتشار أنواع دخيلة من الأسماك في المنطقة."
THIRD = "وتدرس الحكومة خططا لتعويض الصيادين خلال فترات منع الصيد، لكن كثيرين منهم يقولون إن التعويضات لا تكفي."
FOURTH = "ويطالب اتحاد الصيادين بإشراكه في وضع الخطط، وبدعم مشاريع صغيرة للنساء في القرى الساحلية."


def test_suggested_stories_between_a_skip_link_and_its_end_are_dropped():
    box = ["تخطى قصص مقترحة وواصل القراءة", "قصص مقترحة", "لماذا تختفي الشعاب المرجانية؟",
           "مدن ساحلية مهددة بالغرق", "قصص مقترحة نهاية"]
    text = page(TITLE, LEAD, SECOND, *box, THIRD, FOURTH)
    article = split_plain(text).article
    assert article.headline == TITLE
    assert spoken(article) == [LEAD, SECOND, THIRD, FOURTH]
    assert {decisions(text)[line] for line in box} == {"box a skip link frames"}


def test_an_embedded_post_between_its_skip_link_and_end_is_dropped():
    box = ["أهمل X مشاركة", "تحذير: الموقع غير مسؤول عن محتوى المواقع الخارجية", "نهاية X مشاركة"]
    article = split_plain(page(TITLE, LEAD, SECOND, *box, THIRD, FOURTH)).article
    assert spoken(article) == [LEAD, SECOND, THIRD, FOURTH]


@pytest.mark.parametrize("line", [
    "تجاوز عدد الصيادين المتضررين عشرة آلاف في الموسم الماضي، بحسب الاتحاد.",
    "تجاوز الأزمة",  # a sub-heading: no end names it
])
def test_a_sentence_or_heading_opening_with_skip_is_the_article(line):
    article = split_plain(page(TITLE, LEAD, SECOND, line, THIRD, FOURTH)).article
    assert line in spoken(article)


@pytest.mark.parametrize("line", [
    "التعليق على الصورة، صيادون يعودون إلى الميناء بعد منع الإبحار",
    "صدر الصورة، Getty Images",
    "التعليق على الفيديو، لقطات من الميناء",
    "مصدر الصورة: وكالة محلية",
    "صيادون يعودون إلى الميناء في الصباح الباكر، 11 مارس. © أ ف ب",
    "حقوق النشر AP Photo/Example",
])
def test_media_labels_and_photo_credits_are_captions(line):
    assert line_reason(line) == "image caption"
    article = split_plain(page(TITLE, LEAD, line, SECOND, THIRD, FOURTH)).article
    assert spoken(article) == [LEAD, SECOND, THIRD, FOURTH]


@pytest.mark.parametrize("line", ["© 2024 الموقع. جميع الحقوق محفوظة", "جميع الحقوق محفوظة © 2025",
                                  "Copyright © Example News", "© صحيفة الخبر"])
def test_the_pages_own_notice_is_still_copyright(line):
    assert line_reason(line) == "copyright"
    article = split_plain(page(TITLE, LEAD, SECOND, THIRD, line, "سياسة الخصوصية", "اتصل بنا")).article
    assert spoken(article) == [LEAD, SECOND, THIRD]


def test_a_photo_credit_under_the_lead_does_not_end_the_article():
    caption = "مواطنون ينتظرون أمام مخبز في العاصمة، 11 مارس 2024. © أ ف ب"
    article = split_plain(page(TITLE, LEAD, caption, SECOND, THIRD, FOURTH)).article
    assert spoken(article) == [LEAD, SECOND, THIRD, FOURTH]


@pytest.mark.parametrize("line", ["مدة الفيديو 02 minutes 47 seconds", "المدة 2,30", "Duration: 1:05",
                                  "مدة الفيديو 3 دقائق"])
def test_a_players_length_is_furniture(line):
    assert line_reason(line) == "video length"
    article = split_plain(page(TITLE, LEAD, SECOND, line, THIRD, FOURTH)).article
    assert spoken(article) == [LEAD, SECOND, THIRD, FOURTH]


@pytest.mark.parametrize("line", ["المدة: 30 دقيقة", "مدة العقد 3 سنوات", "المدة 3 دقائق"])
def test_a_length_in_the_articles_words_is_not_a_players(line):
    assert line_reason(line) is None


@pytest.mark.parametrize("line", [
    "وطالب المصورون في بيانهم بأن يضعوا الرمز © قبل أسمائهم على كل صورة تنشر.",
    "وقالت الكاتبة إنها كتبت على النسخة الأصلية «© ريم السعدي وحدها».",
    "ماذا يعني الرمز © على الصور؟",
    "التعليق، كما يراه المعلق الرياضي، فن قبل أن يكون مهنة.",
    "مصدر الصورة:",
    "التعليق على الصورة، الذي نشرته الصفحة الرسمية للجيش، وصف المخزن بأنه الأكبر منذ بداية العام.",
])
def test_article_lines_naming_the_sign_or_a_label_are_the_article(line):
    assert line_reason(line) not in ("image caption", "copyright")
    article = split_plain(page(TITLE, LEAD, SECOND, line, THIRD, FOURTH)).article
    assert line in spoken(article) or line in " ".join(spoken(article))


def test_a_sub_heading_on_rights_is_no_copyright_notice():
    assert line_reason("حقوق النشر الرقمية") is None


def test_a_photo_credit_glued_to_a_long_paragraph_keeps_the_paragraph():
    glued = (LEAD[:-1] + "، بحسب ما أفاد اتحاد الصيادين في بيان نشره على موقعه مساء أمس بعد اجتماع طارئ. © أ ف ب")
    article = split_plain(page(TITLE, glued, SECOND, THIRD, FOURTH)).article
    assert article.headline == TITLE
    assert spoken(article)[1:] == [SECOND, THIRD, FOURTH]


def test_sub_headings_opening_with_skip_and_end_are_the_article():
    article = split_plain(page(TITLE, LEAD, "تجاوز الأزمة", SECOND, THIRD, "نهاية الأزمة", FOURTH)).article
    assert [section.title for section in article.sections if section.title] == ["تجاوز الأزمة", "نهاية الأزمة"]


def test_a_post_the_article_quotes_with_a_colon_keeps_its_text():
    post = "نعمل على خطة لدعم الصيادين وسنعلن تفاصيلها الأسبوع المقبل"
    lines = ["وكتب الوزير في منشور على منصة إكس:", "أهمل X مشاركة", post, "نهاية X مشاركة"]
    article = split_plain(page(TITLE, LEAD, SECOND, *lines, THIRD, FOURTH)).article
    assert post in " ".join(spoken(article))
    assert "أهمل X مشاركة" not in " ".join(spoken(article))


def test_a_skip_link_whose_end_is_missing_does_not_reach_the_next_boxs_end():
    link = "تخطى قصص مقترحة وواصل القراءة"
    lines = [link, "قصص مقترحة", "الحكومة تعلن موعد الانتخابات", SECOND, THIRD, link, "قصص مقترحة",
             "ماذا تعني البلديات للمواطن؟", "قصص مقترحة نهاية"]
    article = split_plain(page(TITLE, LEAD, *lines, FOURTH)).article
    assert article.headline == TITLE
    assert [SECOND, THIRD, FOURTH] == [text for text in spoken(article) if text in (SECOND, THIRD, FOURTH)]


PLAYER = ["Video Player is loading.", "Play Video", "Play", "Mute", "Current Time 0:00", "/", "Duration 1:32",
          "Loaded: 0%", "Progress: 0%", "Stream Type LIVE", "Remaining Time -1:32", "1x", "Playback Rate", "Chapters",
          "Captions", "captions off, selected", "Fullscreen", "This is a modal window."]


def test_a_video_players_controls_between_paragraphs_do_not_end_the_article():
    """A web player's controls (video.js), each a line of the copy: before, as 18 English captions they outweighed
    the two paragraphs under them, which were cut as 'after the article' (s17/review_r5.md H1)."""
    text = page(TITLE, LEAD, SECOND, *PLAYER, THIRD, FOURTH)
    article = split_plain(text).article
    assert spoken(article) == [LEAD, SECOND, THIRD, FOURTH]
    assert {decisions(text)[line] for line in PLAYER if line != "/"} == {"video player"}


@pytest.mark.parametrize("line", ["Play of the day", "Live from Gaza", "Captions of the old photos"])
def test_english_lines_that_are_no_control_are_not_the_player(line):
    assert line_reason(line) != "video player"
