"""The writer and the outlet a credit line names, each part told for what it is (``text.creditnames``): a time, a
date, a city, a menu's item, a label or a credit's own word is never taken for the writer or the outlet."""

from __future__ import annotations

import pytest

from text.creditnames import credit_line, outlet_name, person_name
from text.plain import parse_plain

TITLE = "البلدية تفتتح حديقة عامة جديدة على ضفة النهر"
LEAD = "افتتحت البلدية صباح اليوم حديقة عامة جديدة على ضفة النهر، بحضور عدد كبير من سكان الأحياء المجاورة."
SECOND = "وتضم الحديقة ممرات للمشي وملاعب للأطفال ومساحات خضراء واسعة، وستفتح أبوابها للزوار كل يوم حتى المساء."


def page(*above: str) -> str:
    return "\n".join([TITLE, *above, LEAD, SECOND]) + "\n"


CREDITS = {
    # line: (writer, outlet)
    "الأحد 12/مارس/2024 - الساعة: 4:10 م": (None, None),
    "سبت, 09/03/2024 - 21:45": (None, None),
    "14 مارس، 2024 - 09:12am": (None, None),
    "الرياض – 7 مارس 2024": (None, None),
    "الوادي الأخضر - الرياض": (None, "الوادي الأخضر"),
    "رابطة الشباب - الرياض": (None, None),  # a name's shape beside a city: the reporter's as often as the outlet's
    "الرياض – نبض المدينة نيوز": (None, "نبض المدينة نيوز"),
    "بغداد – سلمى حداد": ("سلمى حداد", None),
    "كتبت: رنا الخطيب": ("رنا الخطيب", None),
    "كتبت رنا الخطيب:": ("رنا الخطيب", None),
    "كتب ــ يوسف العلي": ("يوسف العلي", None),
    "كتب بواسطة: منى سالم | نشر في twitter": ("منى سالم", None),
    "تقرير : كريم ناصر / السودان": ("كريم ناصر", None),
    "بقلم/ منى سالم - تصوير/ كريم ناصر": ("منى سالم", None),
    "بقلم الأستاذ تركي سالم - قريتنا": ("الأستاذ تركي سالم", None),
    "صدى الوادي - سلمى حداد": ("سلمى حداد", "صدى الوادي"),
    "سلمى حداد – فرسان الملاعب": ("سلمى حداد", "فرسان الملاعب"),
    "الوادي الأخضر - خاص": (None, "الوادي الأخضر"),
    "الأمل برس – متابعة خاصة": (None, "الأمل برس"),
    "دمشق – «أصداء الوادي»": (None, "أصداء الوادي"),
    "العدد 22 - أردني": (None, None),
    "بواسطة: admin": (None, None),
    "By Salma Haddad": ("Salma Haddad", None),
}


@pytest.mark.parametrize("line", CREDITS, ids=range(len(CREDITS)))
def test_each_part_of_a_credit_is_told_for_what_it_is(line):
    credit = credit_line(line)
    assert (credit.person, credit.outlet) == CREDITS[line]


@pytest.mark.parametrize("line", ["الأحد 12/مارس/2024 - الساعة: 4:10 م", "الرياض – 7 مارس 2024",
                                  "الوادي الأخضر - الرياض", "كتبت: رنا الخطيب", "الرياض – نبض المدينة نيوز"])
def test_the_article_keeps_what_the_credit_line_names_and_drops_the_line(line):
    article = parse_plain(page(line))
    assert (article.byline, article.site) == CREDITS[line]
    assert article.headline == TITLE and article.sections[0].paragraphs == (LEAD, SECOND)
    assert line in [dropped.text for dropped in article.dropped]


def test_a_menu_row_above_the_title_names_no_site():
    article = parse_plain("\n".join(["Home | Elder Rights | Health | Watch at the UN", TITLE, LEAD, SECOND]) + "\n")
    assert article.site is None and article.headline == TITLE


def test_a_section_label_above_the_title_names_no_site():
    article = parse_plain("\n".join(["الأخبار", TITLE, LEAD, SECOND]) + "\n")
    assert article.site is None and article.headline == TITLE


def test_a_glued_byline_loses_its_label():
    article = parse_plain(f"{TITLE}\nكتبت رنا الخطيب - {LEAD}\n{SECOND}\n")
    assert article.byline == "رنا الخطيب"


@pytest.mark.parametrize(("text", "expected"), [
    ("نورة الشمري", "نورة الشمري"), ("بقلم: نورة الشمري", "نورة الشمري"), ("admin", None), ("23:34", None),
    ("الرياض", None), ("Jane Doe", "Jane Doe"), ("", None)])
def test_a_pages_author_is_a_person_or_nothing(text, expected):
    assert person_name(text, labelled=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("صدى الوادي", "صدى الوادي"), ("فرانس 24", "فرانس 24"), ("12 مايو 2024", None), ("الرياض", None),
    ("Aging Watch at the UN", None), ("الرئيسية اتصل بنا", None), ("الأخبار", None), ("بقلم سلمى حداد", None)])
def test_an_outlet_is_a_name_not_a_date_place_or_menu(text, expected):
    assert outlet_name(text) == expected
