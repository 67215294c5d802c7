"""The article's next part past its run, on a page cut short: the page ends under a sub-heading shaped as the article's
own sub-headings are ("2- ..." after "1- ...", "ثانيًا: ..." after "أولًا: ...", "زكاة العقارات" after "زكاة الذهب")
and the few short lines under it (a cut paragraph, a label, list items, a table's rows), which score too little to
carry the run there. Another page part past the article shows no such sibling: related teasers, a tags line, a
second story's title and lead open with their own shape, and a box's header is furniture. The body finder
(``text.bodyfind``) joins the part to the article (``with_next_part_cut_off``)."""

from __future__ import annotations

import re

from text.lineshape import DIGIT, HARAKAT, ITEM_NUMBER, ORDINAL_WORDS, has_letter, normal, stop_words, strip_bullet
from text.rules import READ_ALSO_REASON, marker_has_title
from text.runend import another_story_below
from text.scoredline import NEUTRAL_SHAPES, LineScore, is_short_title, is_whole_title
from text.sharedwords import article_keys, word_keys

_NUMBERED = re.compile(rf"^\s*({ITEM_NUMBER})\s*(\S.*)$")
"""A sub-heading numbered in the article's order: its item number (``ITEM_NUMBER``: "10-15 سنة" opens with a range,
not item 10) and its words ("2- جدول ...")."""

_ORDINAL = re.compile(r"^\s*(\S+?)\s*[:：\-–—)]\s*(\S.*)$")
_ORDINALS = tuple(word.replace("أ", "ا") for word in ORDINAL_WORDS)
"""``ORDINAL_WORDS`` as ``_ordinal`` spells a line's first word: no hamza on its alef."""

MIN_SIBLING_WORDS = 2
"""A sub-heading named like one of the article's (same first word) has this many words at least: one word alone
("المزيد") names a box as often."""
MAX_SIBLING_WORD_GAP = 1
"""... and as many words as that one, give or take this many: the article's parts are titled alike."""


def with_next_part_cut_off(scored: tuple[LineScore, ...], start: int, end: int) -> int:
    """The page's end when the lines past the run ``scored[start:end]`` are the article's next part cut off by the
    page's end: its sub-heading continues the article's own (``_continues_headings``) and stands first past the run,
    under at most a "read also" link carrying its own title (a site's inline link between the article's parts; a box's
    bare header is not), or is the run's last line with lines under it; every line from it to the page's end is no
    furniture (but for a separator or a figure) and none of other stories' titles in a row (two whole titles one under
    the other), nor another story's title over its lead (``another_story_below``), and the part names a word of the
    article's besides the sub-heading's first (common words aside). Losing the article's words is worse than speaking a
    line of furniture, but a box past the article shows a header, a date or titles in a row, none of which the cut part
    shows."""
    if end <= start:
        return end
    position = end
    while position < len(scored) and (not has_letter(scored[position].text) or _inline_link(scored[position])):
        position += 1
    if position >= len(scored) or scored[position].furniture is not None:
        return end
    if not _continues_headings(scored[position], scored[start:end]):
        position = end - 1  # the run may have taken the sub-heading (a question scores as a sentence) but not its lines
        if position <= start or not _continues_headings(scored[position], scored[start:position]):
            return end
    part = [line for line in scored[position:] if has_letter(line.text)]
    article = scored[start:min(position, end)]
    if (any(line.furniture is not None and line.furniture not in NEUTRAL_SHAPES for line in part)
            or any(_teaser(first) and _teaser(second) for first, second in zip(part, part[1:]))
            or another_story_below(part, article)):
        return end
    common = stop_words() | word_keys(normal(part[0].text).split()[0])
    known = article_keys(article) - common
    return len(scored) if (article_keys(tuple(part)) - common) & known else end


def _inline_link(line: LineScore) -> bool:
    """A "read also" line carrying its story's title ("اقرأ أيضًا: ..."): a link set between the article's parts."""
    return line.furniture == READ_ALSO_REASON and marker_has_title(line.text)


def _teaser(line: LineScore) -> bool:
    """Another story's title: a whole title, no list mark, no figure, no colon closing it."""
    text = line.text
    return (strip_bullet(text) == text and is_whole_title(text) and not DIGIT.search(text)
            and not text.rstrip().endswith((":", "：")))


def _continues_headings(heading: LineScore, article: tuple[LineScore, ...]) -> bool:
    """Whether ``heading`` goes on from one of the ``article``'s sub-headings: numbered next with the same mark ("2-"
    after "1-"), counted next in words ("ثانيًا" after "أولًا"), or a short title opening with the same word as a short
    title inside the article (not its first line), with about as many words (``MAX_SIBLING_WORD_GAP``), not the same
    title said again."""
    numbered = _number(heading.text)
    if numbered is not None:
        number, mark, rest = numbered
        earlier = (_number(line.text) for line in article)
        return _heading_words(rest) and any(other is not None and other[:2] == (number - 1, mark)
                                            and _heading_words(other[2]) for other in earlier)
    counted = _ordinal(heading.text)
    if counted is not None:
        return counted > 0 and any(_ordinal(line.text) == counted - 1 for line in article)
    words = normal(heading.text).split()
    if not is_short_title(heading) or len(words) < MIN_SIBLING_WORDS:
        return False
    for line in article[1:]:
        other = normal(line.text).split()
        if (is_short_title(line) and len(other) >= MIN_SIBLING_WORDS and other[0] == words[0]
                and abs(len(other) - len(words)) <= MAX_SIBLING_WORD_GAP and other != words):
            return True
    return False


def _number(text: str) -> tuple[int, str, str] | None:
    """(number, mark, words) of a numbered line ("2- جدول ..." gives (2, "-", "جدول ...")); dashes are one mark."""
    match = _NUMBERED.match(text)
    if match is None:
        return None
    item = match.group(1).rstrip()
    digits = "".join(character for character in item if character.isdigit())
    mark = "-" if item[-1] in "-–" else item[-1]
    return int(digits), mark, match.group(2)


def _heading_words(text: str) -> bool:
    """Words that may title a part: a short title's (``is_short_title``)."""
    return is_short_title(LineScore(text, 0.0, None, ""))


def _ordinal(text: str) -> int | None:
    """The place of a part counted in words ("ثانيًا: ..." gives 1), or None."""
    match = _ORDINAL.match(text)
    if match is None:
        return None
    word = HARAKAT.sub("", match.group(1)).replace("أ", "ا").replace("إ", "ا").replace("ـ", "")
    return _ORDINALS.index(word) if word in _ORDINALS else None
