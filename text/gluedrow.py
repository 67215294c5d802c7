"""A row of other stories' titles copied onto one line, its items kept apart by wide gaps (issue 11).

A news ticker, a "latest news" strip or a row of other stories' links copied with select-all comes out as one long
line: title after title, each pair set apart by a run of spaces or a tab where the page had a box's edge ("TITLE
     TITLE     TITLE"). Read as one line it is long and full of sentence words, so it scored as the article's
best paragraph: the run, the headline and the story were taken from it (s27 r02 clubccj, b03 almahrahpost, b03
yamannews, s28 r01 animr). Writers do not set gaps: the cleaner folds each run of spaces to one (``text.clean``), so
the gaps are read from the page's own text, before it.

``glued_items`` reads a line holding ``MIN_GAPS`` gaps of one width, ``GAP_SPACES`` spaces or more (or tabs), whose
pieces between them are a title's length (``MIN_ITEM_WORDS`` words each at the median, ``MAX_ITEM_WORDS`` at most) and
none but the last closed by a full stop (an ellipsis aside): a slip of the keyboard widens a gap or two, not three
alike; a table's row flattened with spaces ("الفريق   لعب   فاز") mostly holds cells of a word or two; and an article
whose paragraphs the copy joined with gaps has pieces closed by their full stops, as titles never are.

The shape alone is an article's as often: a list after its lead-in ("ما يلي:"), a programme, standings or verses
copied with tabs, a header (title, deck, date, byline) glued in a row. So ``other_stories_rows`` takes such a line only
where a ticker stands and as other stories (``_other_stories``): above the page's first paragraph or below its last,
never under a line closed by a colon, its items mostly not saying the page's words, and the page holding another
line of a title's length for the listener. The body finder (``text.bodyfind``) drops it as other stories'
titles. The same rows open many pages of news mirrors and aggregators (four spaces between headlines).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Mapping, Sequence

from text.sharedwords import CUT_LINE_SHARED, common_keys, word_keys

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
_COLON = (":", "：")


def glued_items(raw: str) -> tuple[str, ...] | None:
    """The items of a line of the page's own text (spaces unfolded) when it is a row of items glued with wide gaps
    (module docstring), else None."""
    text = raw.strip()
    widths = Counter(gap.group() for gap in _GAP.finditer(text))
    if not widths or widths.most_common(1)[0][1] < MIN_GAPS:
        return None
    items = tuple(_GAP.split(text))
    words = [len(item.split()) for item in items]
    if (statistics.median(words) >= MIN_ITEM_WORDS and max(words) <= MAX_ITEM_WORDS
            and not any(_CLOSED_BY_A_STOP.search(item.rstrip()) for item in items[:-1])):
        return items
    return None


def glued_rows(raw_lines: Sequence[str], numbers: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """The positions in ``numbers`` (1-based numbers of the page's lines, as ``text.plain.page_lines`` gives them)
    whose line of ``raw_lines`` is a glued row (``glued_items``), with its items."""
    rows = {}
    for position, number in enumerate(numbers):
        items = glued_items(raw_lines[number - 1]) if 0 < number <= len(raw_lines) else None
        if items is not None:
            rows[position] = items
    return rows


def other_stories_rows(lines: Sequence[str], rows: Mapping[int, tuple[str, ...]], furniture: Sequence[str | None],
                       prose: frozenset[int]) -> frozenset[int]:
    """The glued rows (``glued_rows``) that are other stories' titles where a ticker stands: above the first of the
    page's ``prose`` lines that are no glued row or below the last, not under a line closed by a colon (a lead-in:
    the row is its list), of other stories (``_other_stories``) and not all the page has to read (another line, not
    ``furniture``, holds ``MIN_ITEM_WORDS`` words)."""
    story = sorted(prose - rows.keys())
    found = set()
    for index, items in rows.items():
        if story and story[0] < index < story[-1]:
            continue
        above = next((lines[other] for other in range(index - 1, -1, -1) if lines[other].strip()), "")
        if above.rstrip().endswith(_COLON):
            continue
        others = [other for other in range(len(lines)) if other != index and furniture[other] is None]
        if (any(len(lines[other].split()) >= MIN_ITEM_WORDS for other in others if other not in rows)
                and _other_stories(items, [lines[other] for other in others])):
            found.add(index)
    return frozenset(found)


def _other_stories(items: Sequence[str], others: Sequence[str]) -> bool:
    """Whether fewer than half the items say the page's words (``_says_the_pages_words``): other stories' titles, as a
    ticker's are, not the article's standings, header or key points, which say its words again."""
    common = common_keys()
    told = set().union(*(word_keys(line) for line in others)) - common
    return 2 * sum(_says_the_pages_words(word_keys(item) - common, told) for item in items) < len(items)


def _says_the_pages_words(keys: set[str], told: set[str]) -> bool:
    """Whether an item's words (``word_keys``, common words aside) are the page's: ``CUT_LINE_SHARED`` of them, or
    half of them ("الهلال 48 نقطة", "كتب NAME من المدينة"). One word of a longer title is any local ticker's (the
    city, "المقبل")."""
    shared = len(keys & told)
    return bool(keys) and (shared >= CUT_LINE_SHARED or 2 * shared >= len(keys))
