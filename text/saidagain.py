"""Lines the page says again inside the article: a photo's caption and its alt text, not the article's words.

A written article does not say one line twice. When a copied page does, inside the article, the line may be a
photo's text: its caption and its alt text in a row above the lead ("إقبال واسع على تسوية الأوضاع." / the same), or
one image's caption, naming the headline's subject, repeated between the steps of a list (three times the same title
between "1- ...", "2- ...", "3- ..."). Read aloud, each copy is a false sub-heading or a sentence heard twice.
Measured over the annotated pages (s24, s25 r01-r04, the shared pages, the synthetic s19 pages; 148 groups of repeated
lines): every line said three times or more that is not the headline was furniture in all its copies, and so was
every line said twice in a row but one 23-word paragraph a page doubled (a paragraph is kept, however often).

But an article does say its own words again on purpose: a slogan chanted twice ("لا للحرب ولا للحصار." twice after
"ورددوا بصوت واحد"), a quote the writer repeats, a table of contents' sub-headings said again over their parts, an
FAQ's question over each answer, a list's note under each item ("المباراة مؤجلة إلى موعد لاحق"). So each rule here
is held to the narrow shape it was measured on, and losing such words is worse than speaking a caption:

- a pair in a row (``SAID_TWICE_IN_A_ROW``), closed by a stop or not, only at the article's top, before its first
  paragraph of prose (s25 r04/11). A pair further down is ``text.bodyfind._said_twice_in_a_row``'s, the finder's
  older rule, which takes only pairs without a stop: a sentence said twice mid-article is the article's;
- a line said ``MIN_OVER_AND_OVER`` times or more (``OVER_AND_OVER``) only when its copies, without a stop, repeat the
  headline's words (``echoes_headline``: s25 r04/16's "تأشيرة للزيارات العائلية إلى قطر"), with prose or a list's
  item between them, and none of them stands in a run of short lines (a table of contents);
- the headline said again closed by a stop (``REPEATED_HEADLINE``, an alt text or a summary written as a sentence,
  s25 r04/15) only at the article's top, prose following: further down the headline's words are a quote.

Copies are counted among the article's lines still standing (``live``): a "read also" teaser under the article is no
copy. Nothing announced by the line above with a colon ("وهتف المحتجون:", "قائلا:") is dropped: it is a quote. Only
caption-shaped lines are read so (``_caption_shaped``): ``MIN_WORDS`` words or more, not a list's item or a label
closed by a colon, with no figures (a table's cells), closed by a stop only when short. A page the finder is unsure
of (all short lines: a poem and its refrain) keeps everything (``text.plain._drop_shapes``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Sequence

from text.lineshape import DIGIT, MAX_TEASER_WORDS, PARAGRAPH_WORDS, ends_sentence, is_teaser, normal, strip_bullet

__all__ = ["HEADLINE_ECHO", "OVER_AND_OVER", "REPEATED_HEADLINE", "SAID_AGAIN_CUT", "SAID_TWICE_IN_A_ROW",
           "announced_by", "key", "said_again"]

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
"""Copies in the article from which a line is said over and over (a pair apart is left alone, see the docstring)."""
HEADLINE_ECHO = 0.5
"""The share of a line's content words the headline holds (``text.titlewords.overlap``) from which the line said over
and over names the headline's subject, as a photo of the story's captions does (s25 r04/16: 4 of 6); a table of
contents' entries, an FAQ's question, a list's note name a part of it (0 to 1/3 on the probes)."""
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


def _stopped(text: str) -> bool:
    return normal(text).endswith(tuple(_CLOSING_STOPS))


def said_again(lines: Sequence[str], region: range, *, headline: str | None = None,
               is_headline: Callable[[str], bool] = lambda text: False,
               echoes_headline: Callable[[str], bool] = lambda text: False,
               live: Collection[int] | None = None) -> dict[int, str]:
    """The lines of ``region`` (indices into ``lines``, the page's non-empty lines) that are a caption said again,
    with the reason (the module's docstring has the three shapes): a pair in a row above the article's first
    paragraph of prose, the copies without a stop of a line said ``MIN_OVER_AND_OVER`` times or more that repeats
    the headline's words (``echoes_headline``), and ``headline`` said again closed by a stop above that paragraph;
    then the page's last line when it is the start of a dropped line, cut short. ``live`` (by default the whole
    region) holds the region's lines still in the article: only they are read and counted. A copy of the headline
    (``is_headline``) is left to the headline's rules."""
    found: dict[int, str] = {}
    inside = [index for index in region if 0 <= index < len(lines) and (live is None or index in live)]
    standing = set(inside)
    top = next((index for index in inside if _reads_as_prose(lines[index]) and not _caption_shaped(lines[index])),
               None)
    counts = Counter(normal(lines[index]) for index in inside)
    for index in inside:
        text = lines[index]
        if index - 1 >= 0 and announced_by(lines[index - 1]):
            continue  # a quote: "قائلا:" / the line
        if (headline is not None and key(text) == key(headline) and not is_headline(text) and _stopped(text)
                and top is not None and index < top):
            found[index] = REPEATED_HEADLINE
            continue
        if not _caption_shaped(text) or is_headline(text):
            continue
        pair = [other for other in (index - 1, index + 1) if other in standing and key(lines[other]) == key(text)]
        if pair and top is not None and max(index, *pair) < top and not (
                min(index, *pair) - 1 >= 0 and announced_by(lines[min(index, *pair) - 1])):
            found[index] = SAID_TWICE_IN_A_ROW
        elif not _stopped(text) and counts[normal(text)] >= MIN_OVER_AND_OVER and echoes_headline(text):
            copies = [other for other in inside if normal(lines[other]) == normal(text)]
            if (all(any(_reads_as_prose(lines[between]) for between in range(first + 1, second))
                    for first, second in zip(copies, copies[1:]))
                    and not any(_in_a_run(lines, copy, normal(text)) for copy in copies)):
                found[index] = OVER_AND_OVER
    last = len(lines) - 1
    if inside and inside[-1] == last and last not in found and len(lines[last].split()) >= MIN_WORDS:
        cut = normal(lines[last])
        if any(key(lines[index]).startswith(cut) and len(key(lines[index])) > len(cut) for index in found):
            found[last] = SAID_AGAIN_CUT
    return found


def _in_a_run(lines: Sequence[str], index: int, copy: str) -> bool:
    """Whether the line at ``index`` stands next to another short line of no prose (but the same line cut short by
    the page's end): a table of contents or a list of sub-headings, whose entries are said again over their parts."""
    for other in (index - 1, index + 1):
        if 0 <= other < len(lines):
            near = normal(lines[other])
            if near and not _reads_as_prose(near) and len(near.split()) <= MAX_TEASER_WORDS \
                    and not copy.startswith(near):
                return True
    return False


def announced_by(above: str) -> bool:
    """Whether ``above``, the article's line over a line said again, announces it with a colon: the line is a
    quote, a chant or slogan said twice, the article's words."""
    return normal(above).endswith((":", "："))
