"""Undo a hard wrap: text broken at a fixed width (a page pasted from an e-mail, a terminal or a PDF), where
one paragraph runs over several lines.

The splitter reads one paragraph a line; a paragraph cut into 80-character pieces reads as a column of short
lines without sentence ends (a menu, a list of teasers) and would be dropped. A page is taken as hard-wrapped
when no line is much longer than the others and many lines are *full*: the first word of the next line would
not have fitted on them. Then each full line is joined to the next one (the classic test of ``fmt``/``par``);
a short line, a blank line or a list item still ends a paragraph. Pages scraped one paragraph a line have
lines far longer than any wrap width and are left alone. A title as long as the width right above the lead,
with no blank line between, cannot be told from a wrapped line and is joined to it.
"""

from __future__ import annotations

import re
from collections import Counter

from text.lineshape import ends_sentence

MIN_WIDTH = 55
MAX_WIDTH = 132
"""Wrap widths in use are 60 to 100 characters; a page with longer lines, or only shorter ones (a poem, a
menu), is not hard-wrapped."""
LONG_LINES_SHARE = 0.05
"""Share of lines longer than ``MAX_WIDTH`` (a long address, a table row) a wrapped page may still have."""
MIN_FULL_LINES = 3
MIN_FULL_SHARE = 0.3
"""A wrapped page has at least this many full lines broken inside a sentence, and this share of its lines."""
SLACK = 2
"""Characters the cleaning may have taken off a wrapped line (a doubled space, an invisible mark); not for a
line ending a sentence, which may end its paragraph."""
LIST_ITEM = re.compile(r"^(?:[-•*–—·▪●]\s|[0-9\u0660-\u0669\u06f0-\u06f9]{1,3}\s*[.)\-–]\s)")
"""A list's item: a bullet or a number (any digits) closed by a mark, then a space ("- ...", "3) ...", not "4.5 مليار"):
no wrap's piece."""


def unwrap(lines: list[str]) -> list[tuple[int, str]]:
    """(index of the first piece, line) for each line after joining the pieces of wrapped paragraphs;
    blank lines are kept (as '') so that paragraph breaks stay marked."""
    width = wrap_width(lines)
    if width is None:
        return list(enumerate(lines))
    counts = Counter(line for line in lines if line)
    result: list[tuple[int, str]] = []
    joining = False
    for index, line in enumerate(lines):
        if joining and line and not LIST_ITEM.match(line):
            first, text = result[-1]
            result[-1] = (first, f"{text} {line}")
        else:
            result.append((index, line))
        following = lines[index + 1] if index + 1 < len(lines) else ""
        joining = bool(line) and counts[line] == 1 and counts[following] <= 1 and is_full(line, following, width)
    return result


def wrap_width(lines: list[str]) -> int | None:
    """The width the page was wrapped at, or None when it was not hard-wrapped."""
    filled = [line for line in lines if line]
    if not filled:
        return None
    counts = Counter(filled)  # a line the page repeats (a menu, related titles) is no piece of a paragraph
    long = sum(len(line) > MAX_WIDTH for line in filled)
    if long > LONG_LINES_SHARE * len(filled):
        return None
    width = max((len(line) for line in filled if len(line) <= MAX_WIDTH), default=0)
    if width < MIN_WIDTH:
        return None
    # Counted only where the break falls inside a sentence: on a short page of one paragraph a line, the
    # longest line is "full" by definition, and a line or two may be nearly as long.
    full = sum(not ends_sentence(line) and is_full(line, following, width) and counts[line] == 1
               for line, following in zip(lines, lines[1:]) if line)
    if full < MIN_FULL_LINES or full < MIN_FULL_SHARE * len(filled):
        return None
    return width


def is_full(line: str, following: str, width: int) -> bool:
    """The next line's first word would not have fitted on this one: the break was the wrap's, not the
    writer's."""
    if not following or LIST_ITEM.match(following) or len(line) > width:
        return False
    slack = 0 if ends_sentence(line) else SLACK  # a paragraph's last line, maybe
    return len(line) + 1 + len(following.split()[0]) > width - slack


