"""Pages nested deeper than the HTML parser goes: unwrap the excess wrappers, keep every word.

libxml2 (lxml, and so trafilatura) stops building the tree 256 elements deep
(2048 with ``huge_tree``) and drops whatever is below: a page whose template
never closes its ``<div>`` or ``<font>`` tags reads as "no article text". This
walks the tags in one flat pass, with no recursion and no depth limit, and drops
the start and end tags of wrapper elements (div, span, font...) beyond
``MAX_WRAPPERS`` open ones; text, paragraphs, headings, lists and scripts keep
their tags, so the page reads as the browser shows it.
"""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

MAX_WRAPPERS = 150
"""Open wrapper elements kept; the rest of the parser's 255 levels is left for the page's content tags."""
WRAPPERS = frozenset({"div", "span", "font", "section", "center", "b", "i", "u", "em", "strong", "small", "big",
                      "a", "s", "strike", "tt", "code", "sub", "sup", "mark", "label", "abbr", "cite", "q", "ins",
                      "del", "bdi", "bdo", "nobr", "blink", "marquee", "layer", "ilayer", "form", "fieldset",
                      "details", "summary", "dl", "dd", "dt"})
_TAG = re.compile(
    r"<!--.*?(?:-->|$)"                                              # a comment (perhaps never closed)
    r"|<(script|style|textarea|template|title)\b[^>]*>.*?(?:</\1\s*>|$)"  # raw text: its '<' are not tags
    r"""|<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>""",
    re.S | re.I)


def wrapper_depth(page: str) -> int:
    """The most wrapper elements open at once (unclosed ones count: that is how deep the parser goes)."""
    depth = deepest = 0
    for match in _TAG.finditer(page):
        name = match.group(3)
        if not name or name.lower() not in WRAPPERS or match.group(4).rstrip().endswith("/"):
            continue
        depth = max(0, depth - 1) if match.group(2) else depth + 1
        deepest = max(deepest, depth)
    return deepest


def shallow_html(page: str, *, max_wrappers: int = MAX_WRAPPERS) -> str:
    """``page`` with the wrapper tags beyond ``max_wrappers`` open ones removed; unchanged when it is not that deep."""
    depth = wrapper_depth(page)
    if depth <= max_wrappers:
        return page
    kept: list[str] = []
    stack: list[tuple[str, bool]] = []  # open wrappers: (name, whether its tags are kept)
    open_kept = 0
    position = 0
    dropped = 0
    for match in _TAG.finditer(page):
        name = (match.group(3) or "").lower()
        if name not in WRAPPERS or match.group(4).rstrip().endswith("/"):
            continue
        keep = True
        if not match.group(2):  # a start tag
            keep = open_kept < max_wrappers
            stack.append((name, keep))
            open_kept += keep
        else:
            at = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == name), None)
            if at is not None:  # closes it and every wrapper opened inside it and left open
                keep = stack[at][1]
                open_kept -= sum(kept_tag for _name, kept_tag in stack[at:])
                del stack[at:]
        if not keep:
            kept.append(page[position:match.start()])
            position = match.end()
            dropped += 1
    kept.append(page[position:])
    log.info("page nested %d wrappers deep: %d wrapper tags unwrapped", depth, dropped)
    return "".join(kept)
