"""The article's opening said twice: a teaser of it, cut with an ellipsis, standing over the full text (issue 11).

A page copied whole often holds the article's lead twice: once as the teaser a feed, a list or the page's summary box
prints (the lead's first words cut with "…", "..." or "[...]", a feed's closing line glued after the bracketed mark:
"... [...] The post TITLE appeared first on SITE."), and then the article itself, in full, right under it. Read aloud,
the listener hears the opening twice, and the feed's closing line besides.

What tells the teaser from the article's own words is the page itself: the teaser's words, up to its cut mark, are the
opening words of the text under it, word for word (the last one may be cut inside the word), ``MIN_WORDS`` words at
least, and the text under it goes on further. The article never repeats a paragraph's whole opening and stops with a
cut mark; a page cut short by the copy ends without one (the excerpt's last line, cut mid-word, is the article's, and
a paragraph said twice with other endings is left alone). The mark "…" or "..." must end the line: words after it are
the article's own going on (a quote's pause: "... المدارس… لكن الحكومة ..."), and only a feed's bracketed "[...]"
has a trailer after it (its closing line, ``MAX_TRAILER_WORDS`` words at most). A line whose words after the mark go
on as the text under it is that text said again whole, marks and all, no teaser. The full text must stand under the
teaser, within ``MAX_LINES_BELOW`` lines: a teaser of another story, or a feed's summary with no full text under it
(its only copy of the story), is left as it is. Nothing of the article is lost: every word before the mark is read in
the lines under it, and what follows the bracketed mark is the feed's, not the article's.

Only the article's first line, right under the headline, is judged (``text.plain``): the title may be the lead's
opening cut with "..." (a blog's, an aggregator's), and a writer may open a paragraph of a column with the words of
the one before it; neither is a teaser.

Seen on the annotated pages of two sites (a feed's summary with "[...]" and its closing line over the lead and its next
paragraphs; a press agency's lead cut with "…" over the same lead in full), and a third gives the feed's form (its
summary and closing line, with no full text under it: kept).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from text.clean import DIACRITICS

TEASER_OF_THE_LEAD = "teaser of the article's opening, said again in full below"
"""The reason a teaser of the article's opening is dropped."""
MIN_WORDS = 8
"""A teaser holds this many words of the article's opening at least: fewer may be a short line the article repeats."""
MAX_LINES_BELOW = 3
"""The full text starts within this many non-empty lines under the teaser."""
MAX_TRAILER_WORDS = 40
"""What follows the cut mark (a feed's closing line naming the story and the site) is this short at most."""
_CUT_MARK = re.compile(r"\s*(?:(?P<feed>\[\s*(?:\.{3}|…)\s*\])|…|\.{3,})")
"""The mark that cuts a teaser: "…", "..." or a feed's bracketed "[...]", "[…]"."""
_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(DIACRITICS.sub("", text))


def _cut_teaser(line: str) -> list[str] | None:
    """The words before the line's last cut mark, when the mark ends the line or, a feed's bracketed mark, only a
    short trailer follows it (its closing line); else None."""
    marks = list(_CUT_MARK.finditer(line))
    if not marks:
        return None
    mark = marks[-1]
    trailer = _words(line[mark.end():])
    if trailer and (mark["feed"] is None or len(trailer) > MAX_TRAILER_WORDS):
        return None
    return _words(line[:mark.start()])


def _opens(teaser: list[str], text: list[str]) -> bool:
    """Whether ``teaser`` is the opening of ``text`` word for word and ``text`` goes on past it; the teaser's last word
    may be cut inside the word."""
    if len(text) <= len(teaser):
        return False
    *whole, last = teaser
    return text[:len(whole)] == whole and text[len(whole)].startswith(last)


def is_lead_teaser(lines: Sequence[str], index: int) -> bool:
    """Whether line ``index`` is a teaser of the text right under it (module docstring). The caller asks only of the
    article's first line, under the headline."""
    teaser = _cut_teaser(lines[index])
    if teaser is None or len(teaser) < MIN_WORDS:
        return False
    below, whole = [other for other in range(index + 1, len(lines)) if lines[other].strip()], _words(lines[index])
    for offset in range(min(MAX_LINES_BELOW, len(below))):
        following = _words_from(lines, below[offset:], len(whole) + 1)
        if _opens(teaser, following) and (len(whole) == len(teaser) or not _opens(whole, following)):
            return True
    return False


def _words_from(lines: Sequence[str], indices: Sequence[int], count: int) -> list[str]:
    """The first ``count`` words of the lines at ``indices`` read on (fewer when they hold fewer)."""
    words: list[str] = []
    for index in indices:
        words += _words(lines[index])
        if len(words) >= count:
            break
    return words
