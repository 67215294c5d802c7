"""A table of contents: a short label, then a list of items the article repeats further down as its own sub-headings.

Guides and explainers open with one ("جدول المحتويات", "فهرس المقال", "في هذا الموضوع", "ما ستتعرف عليه:"), its
items linking to the parts below. Read aloud it says every sub-heading twice. It is told by its structure, whatever
the label's wording: ``MIN_ITEMS`` short lines in a row (``MAX_ITEM_WORDS``), each said again further down on a line
of its own, in the same order, with other lines between the copies (a part's title heads its paragraphs; a menu
copied twice repeats its entries back to back); the items may be numbered or bulleted where the titles are not.
The label, which must be there, is the short line right above the items, not closed as a sentence, never the
page's first line (the headline may head a list of the article's parts with no label between: that list stays).
The label and the items are dropped; the copies below stay the article's sub-headings. An article's list that is
not said again below (its points, its steps) is no table of contents and stays. A label alone, its items hidden
behind a button in the copy, is left to its words (``rules``: "table of contents").
"""

from __future__ import annotations

from collections import Counter

from text.lineshape import ends_sentence, normal, strip_bullet

MIN_ITEMS = 2
"""A table of contents lists this many parts at least: one line said again is a caption or a title said twice."""
MAX_ITEM_WORDS = 15
"""An item is a part's title: this many words at most."""
MAX_LABEL_WORDS = 8
"""A table's label closed by a colon is this many words at most ("ما ستتعرف عليه في هذا المقال:")."""
MAX_BARE_LABEL_WORDS = 4
"""A label with no colon is this many words at most ("جدول المحتويات", "في هذا الموضوع"): a longer line right above
the list is more likely the headline heading the article's parts, which stays."""


def contents_lists(lines: list[str]) -> dict[int, str]:
    """The indices of the labels and items of the page's tables of contents (see the module docstring), each with
    why."""
    keys = [_key(line) for line in lines]
    said = Counter(keys)
    found: dict[int, str] = {}
    index = 0
    while index < len(lines):
        items = _items_from(lines, keys, index) if said[keys[index]] > 1 and lines[index].strip() else []
        if not items:
            index += 1
            continue
        label = _label_above(lines, keys, index)
        if label is None:
            index += 1
            continue
        found[label] = "the label over a list of the article's sub-headings"
        found.update(dict.fromkeys(items, "an item said again below as a sub-heading"))
        index = items[-1] + 1
    return found


def _key(line: str) -> str:
    """How an item and its sub-heading are compared: without a list mark, a closing colon or a full stop."""
    return normal(strip_bullet(line)).rstrip(":：.").strip()


def _items_from(lines: list[str], keys: list[str], start: int) -> list[int]:
    """The items of a table of contents opening at ``start`` (empty lines between them allowed), or [] when none
    opens there: each a short line said again below the last item, the copies in the items' order, none right under
    the one before."""
    items: list[int] = []
    copies: list[int] = []
    index = start
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        if not _may_be_item(lines[index]) or keys[index] in (keys[item] for item in items):
            break
        items.append(index)
        index += 1
    # The copies lie below the whole list: find the longest prefix of items whose copies follow in order.
    last = items[-1] if items else start
    after = last
    taken: list[int] = []
    for item in items:
        copy = next((position for position in range(after + 1, len(lines)) if keys[position] == keys[item]), None)
        if copy is None or copies and not _apart(lines, copies[-1], copy):
            break
        copies.append(copy)
        taken.append(item)
        after = copy
    return taken if len(taken) >= MIN_ITEMS else []


def _may_be_item(line: str) -> bool:
    """A part's title: a short line with letters, not closed as a sentence."""
    words = strip_bullet(line).split()
    return 0 < len(words) <= MAX_ITEM_WORDS and any(char.isalpha() for char in line) and not ends_sentence(line)


def _apart(lines: list[str], first: int, second: int) -> bool:
    """Some text stands between two copies: a part's paragraphs under its title."""
    return any(lines[position].strip() for position in range(first + 1, second))


def _label_above(lines: list[str], keys: list[str], first_item: int) -> int | None:
    """The short line right above the first item that labels the list, or None (see the module docstring)."""
    above = next((position for position in range(first_item - 1, -1, -1) if lines[position].strip()), None)
    if above is None or not any(lines[position].strip() for position in range(above)):
        return None  # the page's first line: the headline heading its parts
    line = lines[above]
    words = strip_bullet(line).split()
    most = MAX_LABEL_WORDS if line.rstrip().endswith((":", "：")) else MAX_BARE_LABEL_WORDS
    if not 0 < len(words) <= most or ends_sentence(line) or keys.count(keys[above]) > 1:
        return None
    return above
