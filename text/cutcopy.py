"""A page ending on the first words of a heading it already gave, cut off by the excerpt's end (issue 11).

A page copied whole goes on after the article: a table of contents, the next page's link, a box repeating the
article's headings. When the copy is cut short there, its last line may be a heading said again and cut off
mid-way ("كيف تختار الش" under the sub-heading "كيف تختار الشقة المناسبة لعائلتك؟"). Read aloud it says
nothing new, and cut mid-word it is not even words: a page cut inside the article's next paragraph ends on new words,
never on the first letters of a line the page already holds.

``cut_copy_at_the_end`` drops the page's last line when it is the beginning of another, longer line of the page that
is short enough to be a heading (``MAX_HEADING_WORDS``) and said once, cut inside one of its words: a last line
ending on whole words that another line opens with is the article's as often (a list's last item shorter than one
above it, a song's refrain, a cut paragraph opening as one before it: "وأكد وزير الزراعة أن"). A paragraph the page
prints twice (a lead and its summary) is the article's text either way, and is left to the body finder; a line the
page says over and over is a photo's caption, whose cut copy goes with its copies
(``text.saidagain.SAID_AGAIN_CUT``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from text.lineshape import normal

CUT_COPY = "a heading said again, cut off by the page's end"
"""The reason such a line is dropped."""
MIN_COPY_WORDS = 2
"""The cut line holds this many words at least: one word may begin any line."""
MAX_HEADING_WORDS = 15
"""The line it copies is this long at most: a headline or a sub-heading, not a paragraph."""


def cut_copy_at_the_end(lines: Sequence[str], furniture: Sequence[str | None]) -> dict[int, str]:
    """``CUT_COPY`` for the page's last line with words when no rule named it and it is the beginning of another
    line of the page, longer, of ``MAX_HEADING_WORDS`` words at most, which the page says once (``normal``: dashes
    and spaces alike), cut off inside a word of it (the other line goes on with a letter, not a space)."""
    last = next((index for index in range(len(lines) - 1, -1, -1) if lines[index].strip()), None)
    if last is None or furniture[last] is not None:
        return {}
    cut = normal(lines[last])
    if len(cut.split()) < MIN_COPY_WORDS:
        return {}
    wholes = [normal(line) for line in lines[:last]]
    said = Counter(wholes)
    for whole in wholes:
        if (len(whole) > len(cut) and whole.startswith(cut) and not whole[len(cut)].isspace()
                and len(whole.split()) <= MAX_HEADING_WORDS and said[whole] == 1):
            return {last: CUT_COPY}
    return {}
