"""Key points printed between a news page's head and its lead, with a photo's block between them and the lead.

Many sites print the story's key points (a "ملخص" box, bullet points, a lead's fact lines with no full stop) under
the title and the date or byline block, then the photo (its number, its caption, a "شارك" button), then the lead.
The points are the article's own words (annotation guide: bullet lines and list items are the article's body); the
photo's block between them and the lead is the page's. The splitter used to keep such points only right above the
lead (``plain._under_a_summary_label``): with the photo's block between, every point was dropped as "before the
article". Seen on two sites' shapes (a summary box over a photo block; fact lines under a credit line).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from text.bodyfind import MENU_ITEM, READ_ALSO_REASON, Body, LineScore
from text.lineshape import has_letter, normal, strip_bullet
from text.rules import TAGS_REASON
from text.titlewords import content_stems

MIN_POINTS = 2
MAX_POINTS = 6
"""A key points block holds two lines or more (one line under the head is a standfirst or a caption, judged
elsewhere), and a few at most: a longer run of lines there is a list of the site's, not a story's summary."""
MIN_POINT_WORDS = 4
MAX_POINT_WORDS = 40
"""A point tells a piece of the story in a clause; a shorter line is a label, a name or a tag, a longer one a
paragraph."""
MAX_GAP_LINES = 3
MAX_GAP_WORDS = 6
"""The photo's block between the points and the lead: its number, its caption, a share button; a few short lines
that end no sentence."""
POINT_SHARED = 2
CUED_POINT_SHARED = 3
"""Each point shares this many content words with the article (``content_stems``): it retells the story, while
another story's teaser of the same section shares one common word by chance. A line with a furniture cue of the line
model (a web word: "تعليق الدراسة" reads "comment") needs one more: an app's or a newsletter's promo names the
site's news, not the story's."""
LIST_HEADERS = frozenset((READ_ALSO_REASON, MENU_ITEM, TAGS_REASON, "navigation", "video teaser", "link prompt"))
"""Reasons of a header over a list of the site's ("الأكثر قراءة", "اقرأ أيضا", the menu): lines under it are
teasers or links, not the story's points."""


@dataclass(frozen=True)
class KeyPoints:
    """Lines ``start`` to ``stop`` (not included) are the article's points; lines ``stop`` to the lead are the photo's
    block, dropped."""
    start: int
    stop: int


def key_points_above(body: Body, begin: int, lead: int, cued: list[bool] | None) -> KeyPoints | None:
    """The key points above the ``lead``, under the headline (from ``begin``), with up to ``MAX_GAP_LINES`` lines of
    a photo's block (``_in_the_gap``) between them and the lead; the block's top line must be a clear break (furniture
    by rule or shape, or a line of a few words) so that a caption is never read as a point. The points are 2 to
    ``MAX_POINTS`` lines (``_may_be_a_point``), bounded above by the headline, the date or byline block or a label,
    never by a list's header (``LIST_HEADERS``), and each shares ``POINT_SHARED`` content words with the article
    (``CUED_POINT_SHARED`` when the line model calls it furniture on a cue: ``cued``), each said once on the page (a
    photo's caption is often said twice, its alt text over it). None when there are no such
    lines."""
    said = Counter(normal(line.text) for line in body.lines)
    article = {stem for line in body.lines[lead:body.end] for stem in content_stems(line.text)}
    for gap in range(0, MAX_GAP_LINES + 1):
        stop = lead - gap
        if stop - MIN_POINTS < begin:
            return None
        if gap and not _in_the_gap(body.lines[stop]):
            return None
        if gap and not _clear_break(body.lines[stop]):
            continue
        top = stop
        while top > begin and stop - top <= MAX_POINTS and _may_be_a_point(body.lines[top - 1]):
            top -= 1
        if (MIN_POINTS <= stop - top <= MAX_POINTS and (top == begin or _closes_the_head(body.lines[top - 1]))
                and all(said[normal(line.text)] == 1 for line in body.lines[top:stop])
                and all(len(article & set(content_stems(body.lines[index].text)))
                        >= (CUED_POINT_SHARED if cued is not None and cued[index] else POINT_SHARED)
                        for index in range(top, stop))):
            return KeyPoints(top, stop)
    return None


def _may_be_a_point(line: LineScore) -> bool:
    """A statement line: no furniture by rule or shape, a clause's words, not a teaser's shape (a question, parts
    joined by ".." or "…", a ticker's "|")."""
    text = strip_bullet(line.text)
    words = len(text.split())
    return (line.furniture is None and MIN_POINT_WORDS <= words <= MAX_POINT_WORDS and has_letter(text)
            and not text.rstrip().endswith(("?", "؟")) and ".." not in text and "…" not in text and "|" not in text)


def _in_the_gap(line: LineScore) -> bool:
    """A line of the photo's block: furniture by rule or shape, or a few words ending no sentence (a caption)."""
    text = line.text.rstrip()
    return line.furniture is not None or (len(text.split()) <= MAX_GAP_WORDS and not text.endswith((".", "!", "؟")))


def _clear_break(line: LineScore) -> bool:
    """The gap's top line parts it from the points: furniture by rule or shape, or shorter than a point."""
    return line.furniture is not None or len(line.text.split()) < MIN_POINT_WORDS


def _closes_the_head(line: LineScore) -> bool:
    """The line over the points: the date or byline block, a label ("ملخص") or a photo's short line, never the header
    of a list of the site's (``LIST_HEADERS``)."""
    if line.furniture is not None:
        return line.furniture not in LIST_HEADERS
    return len(line.text.split()) < MIN_POINT_WORDS
