"""A table of contents (issue 11): a guide lists its own parts near the top, under a contents label or none, and the
same words come back below as its sub-headings. The listener hears each heading once, over its part; the list is
dropped as "table of contents". A list the article announces with a colon, a list whose lines never come back, a
summary's sentences, a menu printed twice and a title over the list stay as they were. Synthetic pages of our own.
"""

from __future__ import annotations

import pytest

from text.contents import contents_entries
from text.plain import split_plain
from tests.support.article_views import page, spoken

TITLE = "دليل الرحلة إلى وادي الينابيع الحارة في الجبال الشمالية"
LEAD = ("يقصد آلاف الزوار كل شتاء وادي الينابيع الحارة في الجبال الشمالية، حيث تتدفق المياه الدافئة بين الصخور "
        "وتحيط بها غابات الصنوبر والقرى الصغيرة.")
PARTS = ("تاريخ الينابيع وسكان الوادي", "أفضل المسارات للمشي بين الينابيع", "الإقامة في القرى المجاورة",
         "نصائح قبل السفر إلى الوادي")
PARAGRAPHS = (
    "عرف سكان الوادي الينابيع منذ قرون، واستخدموا مياهها في العلاج والاستحمام قبل أن تتحول إلى مقصد للسياح.",
    "يبدأ المسار الأشهر من ساحة القرية الكبرى ويمتد ثلاثة كيلومترات بين الينابيع، ويناسب العائلات والأطفال.",
    "توفر القرى المجاورة بيوتا للضيافة بأسعار معقولة، ويفضل الحجز قبل وصول موسم الثلوج بأسابيع.",
    "ينصح المرشدون بحمل ملابس دافئة وأحذية مريحة، وبالتحقق من حالة الطريق الجبلي قبل الانطلاق صباحا.",
)
BODY = [line for part, paragraph in zip(PARTS, PARAGRAPHS) for line in (part, paragraph)]
CONTENTS = "table of contents"


def _said_at(text: str, numbers: range) -> list[str]:
    """The decisions for the page's lines ``numbers`` (1-based), by place: an entry reads as its sub-heading does."""
    said = {line.number: line.decision for line in split_plain(text).lines}
    return [said[number] for number in numbers]


def _titles(text: str) -> list[str]:
    return [section.title for section in split_plain(text).article.sections if section.title]


@pytest.mark.parametrize("label", ["جدول المحتويات:", "محتويات المقال", "فهرس المقال [إخفاء]"])
@pytest.mark.parametrize("entries", [
    tuple(f"- {part}" for part in PARTS),
    tuple(f"{number}. {part}" for number, part in enumerate(PARTS, 1)),
    PARTS,
])
def test_entries_under_a_contents_label_are_dropped_and_the_parts_keep_their_titles(label, entries):
    text = page(TITLE, LEAD, label, *entries, *BODY)
    article = split_plain(text).article
    assert article.headline == TITLE
    assert spoken(article) == [LEAD, *BODY]
    assert _titles(text) == list(PARTS)
    assert _said_at(text, range(3, 4 + len(entries))) == [CONTENTS] * (1 + len(entries))


def test_a_page_cut_short_under_its_first_part_drops_the_whole_labelled_list():
    """Only the first entry comes back before the copy's end (s28 r03/17's shape): the label names the rest."""
    text = page(LEAD, "جدول المحتويات:", *(f"- {part}" for part in PARTS), PARTS[0], PARAGRAPHS[0])
    article = split_plain(text).article
    assert spoken(article) == [PARTS[0], PARAGRAPHS[0]]
    assert _said_at(text, range(2, 3 + len(PARTS))) == [CONTENTS] * (1 + len(PARTS))


@pytest.mark.parametrize("entries", [tuple(f"• {part}" for part in PARTS), PARTS])
def test_an_unlabelled_list_said_again_below_as_sub_headings_is_dropped(entries):
    text = page(TITLE, LEAD, *entries, *BODY)
    article = split_plain(text).article
    assert article.headline == TITLE
    assert spoken(article) == [LEAD, *BODY]
    assert _titles(text) == list(PARTS)
    assert _said_at(text, range(3, 3 + len(entries))) == [CONTENTS] * len(entries)


def test_entries_a_word_apart_from_their_sub_headings_are_the_same_parts():
    headings = ("تاريخ الينابيع الحارة وسكان الوادي", "أفضل المسارات للمشي بين الينابيع", "الإقامة في القرى المجاورة",
                "نصائح مهمة قبل السفر إلى الوادي")
    body = [line for heading, paragraph in zip(headings, PARAGRAPHS) for line in (heading, paragraph)]
    text = page(TITLE, LEAD, *(f"{number}- {part}" for number, part in enumerate(PARTS, 1)), *body)
    assert spoken(split_plain(text).article) == [LEAD, *body]


def test_a_list_opening_the_page_with_the_title_as_its_first_entry_leaves_the_title_as_headline():
    """A generated page lists the title and its parts, then prints the title over the lead."""
    text = page(f"- {TITLE}", *(f"- {part}" for part in PARTS), TITLE, LEAD, *BODY)
    article = split_plain(text).article
    assert article.headline == TITLE
    assert spoken(article) == [LEAD, *BODY]
    assert _said_at(text, range(1, 7)) == [CONTENTS] * 5 + ["headline"]


def test_inspect_says_why_an_entry_is_dropped():
    text = page(TITLE, LEAD, *(f"- {part}" for part in PARTS), *BODY)
    line = next(line for line in split_plain(text).lines if line.text == f"- {PARTS[0]}")
    assert line.decision == CONTENTS and not line.spoken
    assert "said again below" in line.why


# What stays as it was.

def test_a_list_announced_with_a_colon_is_the_articles_own():
    lead_in = "ويتناول هذا الدليل المحاور التالية:"
    items = [f"- {part}" for part in PARTS]
    text = page(TITLE, LEAD, lead_in, *items, *BODY)
    assert spoken(split_plain(text).article)[:len(items) + 2] == [LEAD, lead_in, *items]


def test_the_headline_over_its_parts_stays_the_headline():
    """s26 review of the earlier contents module, H1: the title right above the list is no entry."""
    text = page(TITLE, *PARTS, LEAD, *BODY)
    assert split_plain(text).article.headline == TITLE


def test_a_list_that_never_comes_back_under_a_contents_label_is_spoken():
    """A book's chapters under "المحتويات" in a review of the book: no part of the article is named so."""
    chapters = ("طفولة في القرية", "رحلة إلى الجنوب", "عودة المسافر")
    review = ("صدر حديثا كتاب جديد يروي سيرة رحالة من الجبال الشمالية، ويقع في ثلاثة فصول تتبع رحلاته بين المدن.",
              "ويقول المؤلف إنه أمضى عشر سنوات في جمع الرسائل والصور التي يعتمد عليها الكتاب في سرد الأحداث.")
    text = page("كتاب جديد يروي سيرة رحالة من الجبال", review[0], "المحتويات", *chapters, review[1])
    said = spoken(split_plain(text).article)
    assert all(chapter in said for chapter in chapters)


def test_points_said_once_and_sentences_said_again_are_no_table_of_contents():
    points = ("ارتفاع عدد الزوار هذا العام", "افتتاح مسار جديد للمشي", "تخفيضات في أسعار الإقامة")
    sentences = ("ارتفع عدد الزوار هذا العام.", "افتتح مسار جديد للمشي.", "خفضت أسعار الإقامة.")
    assert contents_entries([TITLE, LEAD, *points, *BODY]) == {}
    assert contents_entries([TITLE, *sentences, LEAD, *[line for sentence, paragraph in zip(sentences, PARAGRAPHS)
                                                         for line in (sentence, paragraph)]]) == {}


def test_two_parts_said_again_are_too_few_without_a_label():
    lines = [TITLE, LEAD, *PARTS[:2], "الطقس في الوادي", *BODY]
    assert contents_entries(lines) == {}


def test_a_menu_printed_twice_is_no_table_of_contents():
    menu = ["الأخبار المحلية", "الرياضة والشباب", "الاقتصاد والأعمال"]
    assert contents_entries([*menu, TITLE, LEAD, *PARAGRAPHS, *menu]) == {}


def test_a_refrain_among_short_verses_is_no_table_of_contents():
    refrain = ["يا وادي الينابيع الدافئة", "يا ظل الصنوبر في المساء", "عد بنا إلى البيوت القديمة"]
    verses = ["سرنا على الدرب الطويل", "والثلج يغطي القمم", "وسمعنا صوت الماء"]
    assert contents_entries(["قصيدة الوادي", *refrain, *verses, *refrain, *verses, *refrain]) == {}
