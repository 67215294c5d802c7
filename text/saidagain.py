"""Lines the page says again inside the article: a photo's caption and its alt text, not the article's words.

A written article does not say one line twice. When a copied page does, inside the article, the line is a photo's
text: its caption and its alt text in a row ("إقبال واسع على تسوية الأوضاع." / the same), or one image's caption
repeated between the steps of a list (three times the same title between "1- ...", "2- ...", "3- ..."). Read aloud,
each copy is a false sub-heading or a sentence heard twice. Measured over the annotated pages (s24, s25 r01-r04, the
shared pages, the synthetic s19 pages; 148 groups of repeated lines): every line said three times or more that is not
the headline was furniture in all its copies, and so was every line said twice in a row but one 23-word paragraph a
page doubled (annotated body both times: a paragraph is kept, however often). The headline said again is
``text.blocks.repeats_headline``'s, but for a copy closed by a stop the title has not (s25 r04). A line said twice
apart, once in the article and once around it, is left alone (its copies were sub-headings, tags and captions alike;
the headline's short copy inside the article was annotated a sub-heading on one page and a copy on another).

Only caption-shaped lines are read so (``_caption_shaped``): a title of ``MIN_WORDS`` words or more, not a list's
item or a label closed by a colon ("المصدر:"), with no figures (a table's repeated cells, "نعم" or "غير متوفر",
are shorter or hold figures), closed by a stop only when short. A poem's refrain stands among short verses: the
over-and-over rule needs prose or a list's item between the copies, and a page the finder is unsure of (all short
lines) keeps everything. A pair announced by the line above ("وهتف المحتجون:") is a quoted chant and stays.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from text.lineshape import DIGIT, MAX_TEASER_WORDS, PARAGRAPH_WORDS, ends_sentence, is_teaser, normal, strip_bullet

__all__ = ["OVER_AND_OVER", "REPEATED_HEADLINE", "SAID_AGAIN_CUT", "SAID_TWICE_IN_A_ROW", "announced_by", "key",
           "said_again"]

SAID_TWICE_IN_A_ROW = "caption said twice"
"""The reason given for both copies of a line said twice in a row (as ``text.bodyfind.SAID_TWICE``)."""
OVER_AND_OVER = "line said over and over"
"""The reason given for the article's copies of a line the page says ``MIN_OVER_AND_OVER`` times or more."""
SAID_AGAIN_CUT = "caption said again, cut by the page's end"
"""The reason given for the page's last line when it is the start of such a line, cut off by the copy's end."""
REPEATED_HEADLINE = "repeated headline"
"""The reason given for the headline said again closed by a stop (as ``text.blocks.drop_furniture`` names a copy)."""
MIN_WORDS = 3
"""A caption names what it shows: shorter lines said again are a table's cells, labels and widgets (``text.rules``
has those that are furniture)."""
MIN_OVER_AND_OVER = 3
"""Copies on the page from which a line is said over and over (a pair apart is left alone, see the docstring)."""
_CLOSING_STOPS = ".。"


def key(text: str) -> str:
    """The line as compared with its copies: single spaces, one dash, no tatweel (``normal``), no closing stop (an
    alt text and its caption differ by one)."""
    return normal(text).rstrip(_CLOSING_STOPS + " ")


def _caption_shaped(text: str) -> bool:
    """A title-shaped line (``is_teaser``, closing stop aside) of ``MIN_WORDS`` words or more, under
    ``PARAGRAPH_WORDS`` words when closed by a stop, with no list mark, no figure and no closing colon."""
    bare = normal(text)
    words = len(bare.split())
    if words < MIN_WORDS or strip_bullet(bare) != bare or DIGIT.search(bare):
        return False
    if ends_sentence(bare):
        return words < PARAGRAPH_WORDS and is_teaser(bare.rstrip(_CLOSING_STOPS)) and bare[-1] in _CLOSING_STOPS
    return words <= MAX_TEASER_WORDS and is_teaser(bare)


def _reads_as_prose(text: str) -> bool:
    """A paragraph or a list's item: a sentence's end, a paragraph's length or a list mark; no verse of a poem."""
    bare = normal(text)
    return ends_sentence(bare) or len(bare.split()) >= PARAGRAPH_WORDS or strip_bullet(bare) != bare


def said_again(lines: Sequence[str], region: range, *, headline: str | None = None,
               is_headline: Callable[[str], bool] = lambda text: False) -> dict[int, str]:
    """The lines of ``region`` (indices into ``lines``, the page's non-empty lines) that are a caption said again,
    with the reason: both copies of a line said twice in a row, the region's copies of a line said
    ``MIN_OVER_AND_OVER`` times or more with prose between them, and the page's last line when it is such a line cut
    short. A copy of the headline (``is_headline``) is left to the headline's rules, but for ``headline`` said again
    closed by a stop ("TITLE." under "TITLE": an alt text or a summary written as a sentence), which is dropped as
    its copy when prose of the article follows it (the article is never left empty)."""
    found: dict[int, str] = {}
    counts = Counter(key(line) for line in lines)
    inside = [index for index in region if 0 <= index < len(lines)]
    for index in inside:
        text = lines[index]
        if (headline is not None and key(text) == key(headline) and not is_headline(text)
                and any(_reads_as_prose(lines[other]) for other in inside if other > index
                        and key(lines[other]) != key(headline))):
            found[index] = REPEATED_HEADLINE
            continue
        if not _caption_shaped(text) or is_headline(text):
            continue
        pair = [other for other in (index - 1, index + 1) if other in region and key(lines[other]) == key(text)]
        if pair and not (min(index, *pair) - 1 in region and announced_by(lines[min(index, *pair) - 1])):
            found[index] = SAID_TWICE_IN_A_ROW
        elif counts[key(text)] >= MIN_OVER_AND_OVER:
            copies = [other for other in inside if key(lines[other]) == key(text)]
            if len(copies) >= 2 and all(any(_reads_as_prose(lines[between]) for between in range(first + 1, second))
                                        for first, second in zip(copies, copies[1:])):
                found[index] = OVER_AND_OVER
    last = len(lines) - 1
    if inside and inside[-1] == last and last not in found and len(lines[last].split()) >= MIN_WORDS:
        cut = normal(lines[last])
        if any(key(lines[index]).startswith(cut) and len(key(lines[index])) > len(cut) for index in found):
            found[last] = SAID_AGAIN_CUT
    return found


def announced_by(above: str) -> bool:
    """Whether ``above``, the article's line over a pair, announces it with a colon: the pair is a quoted chant or
    slogan said twice, the article's words."""
    return normal(above).endswith((":", "："))
