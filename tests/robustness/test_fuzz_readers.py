"""A bounded, deterministic fuzz of the readers: whatever the bytes, one clear InputError or a clean article.

Fixed budgets (``max_examples``) and ``derandomize=True``: CI runs the same cases every time, in seconds,
and a regression fails it. Run with ``--hypothesis-seed`` and a bigger budget by hand to look further.
"""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audio_edition.errors import InputError
from tests.robustness.conftest import ARABIC_PAGE, ARABIC_TEXT
from text.clean import clean_line
from text.decoding import decode
from text.reader import FORMATS, parse_article

BUDGET = settings(max_examples=80, derandomize=True, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SMALL_BUDGET = settings(BUDGET, max_examples=40)
MARKDOWN = "# الأمطار تغرق شوارع المدينة\n\n" + ARABIC_TEXT.split("\n\n", 1)[1].replace("\n\n", "\n\n## قسم\n\n", 1)
SEEDS = [ARABIC_TEXT.encode("utf-8"), ARABIC_TEXT.encode("cp1256"), ARABIC_TEXT.encode("utf-16"),
         ARABIC_PAGE.encode("utf-8"), MARKDOWN.encode("utf-8")]
LABELS = st.one_of(st.none(), st.sampled_from(["utf-8", "UTF8", "iso-8859-1", "windows-1256", "utf-16", "utf-32",
                                               "cp037", "x-user-defined", "klingon", "", "utf-7", "hz", "rot13",
                                               "base64", "zlib", "punycode", "idna", "utf-8-sig"]),
                   st.text(max_size=12))


def read(data: bytes, *, declared: str | None = None, fmt: str | None = None, name: str = "fuzz.txt"):
    """What read_article does after the bytes are in hand; None for a clear refusal."""
    try:
        return parse_article(decode(data, name=name, declared=declared), name=name, fmt=fmt)
    except InputError as error:
        assert "\n" not in str(error)
        return None


def assert_clean(article) -> None:
    if article is None:
        return
    for text in [article.headline or "", *(p for s in article.sections for p in s.paragraphs)]:
        assert "\ufffd" not in text
        assert not any(unicodedata.category(char) == "Cc" for char in text), repr(text)
        assert clean_line(text) == text


@st.composite
def mutated(draw) -> bytes:
    """A seed article with bytes flipped, inserted, deleted, or the end cut off."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["flip", "insert", "delete", "cut"]))
        if action == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=4))
        elif action == "delete":
            del data[at:at + draw(st.integers(1, 8))]
        elif action == "cut" and at > 0:
            del data[at:]
    return bytes(data)


TAGS = ["<div>", "</div>", "<p>", "</p>", "<h1>", "</h1>", "<h2>", "<span>", "<font>", "<article>", "</article>",
        "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>", "<br/>", "<table><tr><td>", "</td></tr>",
        "&lol9;", "&amp;", "&#0;", "&#x110000;", "&nbsp;", "<meta charset='utf-16'>", "<?xml encoding='cp037'?>",
        "<ul><li>", "<blockquote>", "<!DOCTYPE html [<!ENTITY a 'b'>]>", "\x00", "\u202e", "\ufeff", "<", ">", "&"]
WORDS = ["هطلت", "أمطار", "غزيرة", "على", "المدينة", "الليل", "وأغرقت", "الشوارع", "2024", "CNN", "."]


@BUDGET
@given(st.binary(max_size=600), LABELS)
def test_any_bytes_are_refused_clearly_or_read_clean(data, label):
    assert_clean(read(data, declared=label))


@BUDGET
@given(mutated(), LABELS, st.sampled_from([None, *FORMATS]))
def test_mutated_articles_are_refused_clearly_or_read_clean(data, label, fmt):
    assert_clean(read(data, declared=label, fmt=fmt))


@SMALL_BUDGET
@given(st.lists(st.one_of(st.sampled_from(TAGS), st.sampled_from(WORDS).map(lambda w: w + " ")), max_size=300),
       st.integers(0, 400))
def test_tag_soup_is_refused_clearly_or_read_clean(parts, depth):
    page = "<html><body>" + "<div>" * depth + "".join(parts) + "</body></html>"
    assert_clean(read(page.encode("utf-8"), fmt="html", name="soup.html"))
