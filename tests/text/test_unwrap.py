"""Hard-wrapped pages: a paragraph broken at a fixed width is read as one line."""

import textwrap

from text.plain import parse_plain
from text.unwrap import unwrap, wrap_width
from tests.support.pages import LEAD, SECOND, SUBHEAD, THIRD, TITLE, WHOLE_PAGE
from tests.support.article_views import spoken


def wrapped(paragraphs, width, *, blank=True):
    separator = "\n\n" if blank else "\n"
    return separator.join("\n".join(textwrap.wrap(paragraph, width)) for paragraph in paragraphs) + "\n"


def test_a_wrapped_article_is_read_paragraph_by_paragraph():
    for width in (60, 80):
        for blank in (True, False):  # without blank lines, a paragraph's short last line ends it
            article = parse_plain(f"{TITLE}\n\n" + wrapped([LEAD, SECOND, SUBHEAD, THIRD], width, blank=blank))
            assert article.headline == TITLE
            assert spoken(article) == [LEAD, SECOND, SUBHEAD, THIRD], (width, blank)


def test_the_pieces_keep_the_number_of_their_first_line():
    lines = textwrap.wrap(LEAD, 60) + ["", "- بند أول من القائمة", "- بند ثان"] + textwrap.wrap(SECOND, 60)
    joined = unwrap(lines)
    assert joined[0] == (0, LEAD)
    assert [text for _, text in joined[1:4]] == ["", "- بند أول من القائمة", "- بند ثان"]
    assert joined[-1][1] == SECOND


def test_a_page_of_one_paragraph_a_line_is_left_alone():
    lines = WHOLE_PAGE.split("\n")
    assert wrap_width(lines) is None and unwrap(lines) == list(enumerate(lines))
    # Short lines that merely fill most of the width (a menu, a poem) are no wrap either.
    poem = ["يا بحر خذني إليك", "ولا تعد بلا موعد", "فالصيف طويل"]
    assert wrap_width(poem) is None
