"""A row of a page's boxes copied onto one line, its items kept apart by wide gaps (issue 11).

A news ticker, a "latest news" strip or a row of other stories' links copied with select-all comes out as one long
line: title after title, each pair set apart by a run of spaces or a tab where the page had a box's edge ("TITLE
     TITLE     TITLE"). Read as one line it is long and full of sentence words, so it scored as the article's
best paragraph: the run, the headline and the story were taken from it (s27 r02 clubccj, b03 almahrahpost, s28 r01
animr). Writers do not set gaps: the cleaner folds each run of spaces to one (``text.clean``), so the gaps are read
from the page's own text, before it.

``glued_row`` takes a line holding ``MIN_GAPS`` gaps of one width, ``GAP_SPACES`` spaces or more (or tabs), whose
pieces between them are a title's length (``MIN_ITEM_WORDS`` words each at the median, ``MAX_ITEM_WORDS`` at most) and
none but the last closed by a full stop (an ellipsis aside): a slip of the keyboard widens a gap or two, not three
alike; a table's row flattened with spaces ("الفريق   لعب   فاز") holds cells of a word or two, the article's; and an
article whose paragraphs the copy joined with gaps has pieces closed by their full stops, as titles never are. The
body finder (``text.bodyfind``) drops such a line as other stories' titles. The same rows open many pages of news
mirrors and aggregators (four spaces between headlines), and tickers over a site's own article.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence

GAP_SPACES = 3
"""A gap between two items is this many spaces at least (or a tab): one or two are a writer's slip."""
MIN_GAPS = 3
"""A row holds this many gaps at least: four items or more."""
MIN_ITEM_WORDS = 4
"""Its items are this long at the median: titles, not a table's cells."""
MAX_ITEM_WORDS = 30
"""No item is longer: a long title's length at most (a teaser strings two or three headlines with "..")."""
_GAP = re.compile(rf"(?<=\S)(?:[ \u00a0]{{{GAP_SPACES},}}|[ \u00a0]*\t[ \t\u00a0]*)(?=\S)")
_CLOSED_BY_A_STOP = re.compile(r"(?<![.…])[.。]$")
"""A full stop closing a piece, not an ellipsis ("..", "...", "…": a teaser trailing off)."""


def glued_row(raw: str) -> bool:
    """Whether a line of the page's own text (spaces unfolded) is a row of items glued with wide gaps (module
    docstring)."""
    text = raw.strip()
    widths = Counter(gap.group() for gap in _GAP.finditer(text))
    if not widths or widths.most_common(1)[0][1] < MIN_GAPS:
        return False
    items = _GAP.split(text)
    words = [len(item.split()) for item in items]
    return (statistics.median(words) >= MIN_ITEM_WORDS and max(words) <= MAX_ITEM_WORDS
            and not any(_CLOSED_BY_A_STOP.search(item.rstrip()) for item in items[:-1]))


def glued_rows(raw_lines: Sequence[str], numbers: Sequence[int]) -> frozenset[int]:
    """The positions in ``numbers`` (1-based numbers of the page's lines, as ``text.plain.page_lines`` gives them)
    whose line of ``raw_lines`` is a glued row (``glued_row``)."""
    return frozenset(position for position, number in enumerate(numbers)
                     if 0 < number <= len(raw_lines) and glued_row(raw_lines[number - 1]))
