"""Link boxes a screen reader's markers frame ("list of 4 items" / "list 1 of 4" / "end of list").

Some big sites (Al Jazeera and the sites that copy or translate its pages) print these markers in a select-all copy,
in English or in Arabic, around a "read also" or "recommended stories" box in the middle of the article. The box is
dropped exactly and the article goes on under its end: before this, two paragraphs under an English-marked box were
cut as "after the article", and an Arabic "نهاية القائمة" was read out as a sub-heading. All pages here are our own.
"""

from __future__ import annotations

import pytest

from text.plain import split_plain
from tests.support.article_views import decisions, page, spoken

TITLE = "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية"
LEAD = ("أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تشمل قروضا ميسرة وبذورا محسنة وتدريبا "
        "على أساليب الري الحديثة.")
SECOND = ("وقال وزير الزراعة في مؤتمر صحفي إن الخطة ستنفذ على ثلاث مراحل خلال العامين المقبلين، وإنها تستهدف أكثر من "
          "مئة ألف أسرة.")
TAIL = ("وأضاف الوزير أن الحكومة خصصت مليار دولار للخطة، وأن المرحلة الأولى ستبدأ الشهر المقبل في المحافظات "
        "الجنوبية.", "من جهتهم، رحب ممثلو المزارعين بالخطة، لكنهم طالبوا بتسريع صرف القروض قبل موسم الزراعة.")
LINKS = ("ارتفاع أسعار القمح في الأسواق العالمية", "الأمطار الغزيرة تغمر قرى في الشمال",
         "البنك المركزي يرفع سعر الفائدة", "خبراء: الجفاف يهدد الأمن الغذائي في المنطقة")


def _box(label: str | None, count: str, place: str, end: str) -> list[str]:
    lines = [label] if label else []
    lines.append(count.format(n=len(LINKS)))
    for number, link in enumerate(LINKS, start=1):
        lines += [place.format(k=number, n=len(LINKS)), link]
    return lines + [end]


ENGLISH = ("list of {n} items", "list {k} of {n}", "end of list")
ARABIC = ("قائمة من {n} عناصر", "قائمة {k} من {n}", "نهاية القائمة")


@pytest.mark.parametrize("markers", [ENGLISH, ARABIC], ids=["english", "arabic"])
@pytest.mark.parametrize("label", ["اقرأ أيضا", "القصص الموصى بها", None])
def test_the_box_is_dropped_and_the_article_goes_on_under_it(markers, label):
    box = _box(label, *markers)
    article = split_plain(page(TITLE, LEAD, SECOND, *box, *TAIL)).article
    assert article.headline == TITLE
    assert spoken(article) == [LEAD, SECOND, *TAIL]
    shown = decisions(page(TITLE, LEAD, SECOND, *box, *TAIL))
    assert all(shown[line] == "list of links" for line in box)


def test_a_sub_heading_right_under_the_box_heads_its_part():
    heading = "مراحل التنفيذ"
    box = _box("اقرأ أيضا", *ARABIC)
    article = split_plain(page(TITLE, LEAD, SECOND, *box, heading, *TAIL)).article
    assert [section.title for section in article.sections][-1] == heading
    assert spoken(article) == [LEAD, SECOND, heading, *TAIL]


def test_places_glued_to_their_titles_as_a_translated_page_copies_them():
    box = ["القصص الموصى بها", f"قائمة من 3 عناصر- قائمة 1 من 3{LINKS[0]}", f"- قائمة 2 من 3{LINKS[1]}",
           f"- القائمة 3 من 3{LINKS[2]}"]
    article = split_plain(page(TITLE, LEAD, SECOND, *box, *TAIL)).article
    assert spoken(article) == [LEAD, SECOND, *TAIL]


def test_a_box_without_its_end_marker_ends_with_its_last_link():
    box = _box("اقرأ أيضا", *ENGLISH)[:-1]
    article = split_plain(page(TITLE, LEAD, SECOND, *box, *TAIL)).article
    assert spoken(article) == [LEAD, SECOND, *TAIL]


@pytest.mark.parametrize("line", [
    "القائمة 1 من 12 لاعبا استدعاهم المدرب للمعسكر، وتضم ثلاثة وجوه جديدة.",
    "قائمة من 10 أفضل المدن للعيش في المنطقة صدرت اليوم عن مؤسسة دولية.",
    "نهاية القائمة كانت مفاجئة للجميع بعد استبعاد لاعبين بارزين.",
])
def test_an_article_sentence_in_a_markers_words_is_the_article(line):
    article = split_plain(page(TITLE, LEAD, line, SECOND, *TAIL)).article
    assert spoken(article) == [LEAD, line, SECOND, *TAIL]


def test_the_articles_colon_line_above_a_count_is_not_the_boxs_label():
    lead_in = "وقال الوزير:"
    box = _box(None, *ENGLISH)
    article = split_plain(page(TITLE, LEAD, SECOND, lead_in, *box, *TAIL)).article
    assert lead_in in " ".join(spoken(article))
    assert not set(box) & set(spoken(article))


@pytest.mark.parametrize("last_line", [
    "4- تعديل قانون الانتخابات",  # a statement's last point
    "الشباب 3-1 الفتح",  # a results list's last row
    "وماذا عن دعم الخبز",  # an interview's question with no question mark
    "ويستمر المعرض عشرة أيام",  # a short paragraph on a page with no stops
])
def test_the_articles_short_line_right_above_an_unlabelled_count_is_the_article(last_line):
    box = _box(None, *ARABIC)
    article = split_plain(page(TITLE, LEAD, SECOND, last_line, *box, *TAIL)).article
    assert last_line in " ".join(spoken(article))


def test_a_short_title_right_above_a_count_stays_the_headline():
    title = "زلزال قوي يضرب جنوب تركيا"
    lead = "ضرب زلزال قوي جنوب تركيا فجر اليوم، وشعر به سكان عدة مدن في المنطقة، دون أنباء فورية عن ضحايا."
    article = split_plain(page(title, *_box(None, *ARABIC), lead, SECOND)).article
    assert article.headline == title and not article.headline_from_body


def test_a_box_with_no_end_ends_at_the_first_line_no_marker_announced():
    squad = "القائمة 1 من 12 لاعبا استدعاهم المدرب للمعسكر، وتضم ثلاثة وجوه جديدة."
    box = ["القصص الموصى بها", f"قائمة من 3 عناصر- قائمة 1 من 3{LINKS[0]}", f"- قائمة 2 من 3{LINKS[1]}",
           f"- القائمة 3 من 3{LINKS[2]}"]
    article = split_plain(page(TITLE, LEAD, *box, SECOND, squad, *TAIL)).article
    assert spoken(article) == [LEAD, SECOND, squad, *TAIL]


def test_a_count_glued_to_the_first_place_announces_the_title_below():
    box = ["اقرأ أيضا", "قائمة من 3 عناصرقائمة 1 من 3", LINKS[0], "قائمة 2 من 3", LINKS[1], "قائمة 3 من 3",
           LINKS[2], "نهاية القائمة"]
    article = split_plain(page(TITLE, LEAD, SECOND, *box, *TAIL)).article
    assert spoken(article) == [LEAD, SECOND, *TAIL]


def test_a_title_opening_with_a_number_glued_to_its_place():
    box = ["القصص الموصى بها", f"قائمة من 3 عناصر- قائمة 1 من 3{LINKS[0]}",
           "- قائمة 2 من 315 قتيلا في فيضانات جنوب البلاد", f"- القائمة 3 من 3{LINKS[2]}"]
    article = split_plain(page(TITLE, LEAD, SECOND, *box, *TAIL)).article
    assert spoken(article) == [LEAD, SECOND, *TAIL]


def test_a_date_under_each_link_keeps_the_box_open():
    box = ["اقرأ أيضا", "قائمة من 3 عناصر"]
    for number, link in enumerate(LINKS[:3], start=1):
        box += [f"قائمة {number} من 3{link}", "منذ يومين"]
    box.append("نهاية القائمة")
    article = split_plain(page(TITLE, LEAD, SECOND, *box, *TAIL)).article
    assert spoken(article) == [LEAD, SECOND, *TAIL]
