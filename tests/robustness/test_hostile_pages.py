"""Pages built to break a reader: nesting deeper than the parser goes, entities nobody expanded."""

from __future__ import annotations

import pytest

from text.clean import clean_line
from text.html_depth import shallow_html, wrapper_depth
from text.reader import parse_article

HEADLINE = "الأمطار تغرق شوارع المدينة"
PARAGRAPH = "<p>هطلت أمطار غزيرة على المدينة طوال الليل وأغرقت عددا من الشوارع الرئيسية في الأحياء القديمة.</p>"
HEAD = f"<!DOCTYPE html><html><head><title>{HEADLINE}</title></head><body>"


def nested(depth: int) -> str:
    return (HEAD + "<div class='wrap'>" * depth + f"<article><h1>{HEADLINE}</h1>" + PARAGRAPH * 3 + "</article>"
            + "</div>" * depth + "</body></html>")


def never_closed(count: int, tag: str = "div") -> str:
    """A template that opens a wrapper per paragraph and never closes it: the page gets deeper as it goes."""
    return HEAD + f"<article><h1>{HEADLINE}</h1>" + (PARAGRAPH + f"<{tag}>") * count + "</article></body></html>"


@pytest.mark.parametrize("page", [nested(300), nested(3000), never_closed(400), never_closed(400, "font")],
                         ids=["nested-300", "nested-3000", "unclosed-div-400", "unclosed-font-400"])
def test_deep_pages_are_read_whole(page):
    article = parse_article(page, name="deep.html")
    assert article.headline == HEADLINE
    paragraphs = [p for section in article.sections for p in section.paragraphs]
    assert len(paragraphs) == page.count("<p>") and all(p.startswith("هطلت أمطار") for p in paragraphs)


def test_shallow_pages_are_left_alone():
    assert shallow_html(nested(20)) == nested(20)


def test_unwrapping_keeps_every_character_of_text_and_the_scripts():
    page = nested(500).replace("<article>", "<script>if (a<b) { x = '<div>'; }</script><!-- <div> --><article>")
    flat = shallow_html(page)
    assert wrapper_depth(flat) <= 150 < wrapper_depth(page)
    assert "<script>if (a<b) { x = '<div>'; }</script>" in flat
    assert flat.replace("<div class='wrap'>", "").replace("</div>", "") == \
        page.replace("<div class='wrap'>", "").replace("</div>", "")


def test_entities_that_cannot_be_expanded_are_dropped_not_spoken():
    page = ("<!DOCTYPE html [<!ENTITY lol \"lol\"><!ENTITY lol9 \"&lol;&lol;\">]><html><head><title>عنوان الخبر</title>"
            f"</head><body><article><h1>{HEADLINE}</h1><p>هطلت أمطار &lol9; غزيرة على المدينة &unknown; طوال الليل "
            "وأغرقت عددا من الشوارع الرئيسية &amp; الفرعية في الأحياء القديمة.</p></article></body></html>")
    article = parse_article(page, name="entities.html")
    text = " ".join(p for section in article.sections for p in section.paragraphs)
    assert "lol" not in text and "unknown" not in text and "&" in text
    assert text.startswith("هطلت أمطار غزيرة على المدينة طوال الليل")


@pytest.mark.parametrize(("line", "clean"), [
    ("قال &quot;نعم&quot; &nbsp;ثم مضى", "قال \"نعم\" ثم مضى"),
    ("شركة AT&T; وقسم R&D", "شركة AT&T; وقسم R&D"),
    ("حرف &#1575; و&#x0; و&#99999999; و&lol9;", "حرف ا و و و"),
    ("&nothing is left as it is", "&nothing is left as it is"),
])
def test_entities_in_any_text(line, clean):
    assert clean_line(line) == clean
