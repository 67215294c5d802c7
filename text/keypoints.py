"""Key points printed between a news page's head and its lead, with a photo's block between them and the lead.

Many sites print the story's key points (a "ملخص" box, bullet points, a lead's fact lines with no full stop) under
the title and the date or byline block, then the photo (its number, its caption, a "شارك" button), then the lead.
The points are the article's own words (annotation guide: bullet lines and list items are the article's body); the
photo's block between them and the lead is the page's. The splitter used to keep such points only right above the
lead (``plain._under_a_summary_label``): with the photo's block between, every point was dropped as "before the
article". Seen on skynews (s19_p01/03, 23: "ملخص" over three points, then the photo's number, caption, "شارك").
Only points under a summary's label are taken: unlabelled statement lines there (bullets, fact lines) are as often
other stories' teasers of the same subject (review of session 25).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from text.bodyfind import Body, LineScore
from text.clean import FOLD
from text.lineshape import has_letter, normal, strip_bullet
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
POINT_SHARED = 3
CUED_POINT_SHARED = 4
"""Each point shares this many content words with the article (``content_stems``): it retells the story, while
another story's teaser of the same section shares a common place name ("الأحياء الشرقية", "وسط العاصمة") by chance:
the real points seen share 3 or more (12 lines, 3 at least). A line with a furniture cue of the line model (a web
word: "تعليق الدراسة" reads "comment") needs one more: an app's or a newsletter's promo names the site's news, not the
story's."""
SUMMARY_LABELS = frozenset(normal(label).translate(FOLD) for label in (
    "ملخص", "الملخص", "ملخص الخبر", "ملخص المقال", "باختصار", "بإيجاز", "خلاصة", "الخلاصة", "موجز", "في سطور",
    "أبرز النقاط", "أهم النقاط", "النقاط الرئيسية", "نقاط رئيسية", "summary", "key points", "in short"))
"""Labels of a summary box a news page prints under its title ("ملخص" over three points): the points are the
article's own words, the label is the box's. Without such a label, statement lines over a photo's block are as often
other stories' teasers of the same subject (sharing 3 words and more with the article, covering as much of its lead
as real points do): only the label tells them apart, so unlabelled lines are never taken here."""


@dataclass(frozen=True)
class KeyPoints:
    """Lines ``start`` to ``stop`` (not included) are the article's points; lines ``stop`` to the lead are the photo's
    block, dropped."""
    start: int
    stop: int


def key_points_above(body: Body, begin: int, lead: int, cued: list[bool] | None) -> KeyPoints | None:
    """The key points above the ``lead``, under a summary's label (``_bounded_above``) below the headline (from
    ``begin``), with up to ``MAX_GAP_LINES`` lines of a photo's block (``_in_the_gap``) between them and the lead; the
    block's top line must be a clear break (furniture by rule or shape, or a line of a few words) so that a caption is
    never read as a point. The points are 2 to ``MAX_POINTS`` lines (``_may_be_a_point``), each said once on the page
    (a photo's caption is often said twice, its alt text over it) and retelling the article
    (``_retells_the_article``). None when there are no such lines."""
    said = article = None  # counted only once a label is found: most pages have none
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
        if not (MIN_POINTS <= stop - top <= MAX_POINTS and _bounded_above(body, begin, top)):
            continue
        if said is None:
            said = Counter(normal(line.text) for line in body.lines)
            article = {stem for line in body.lines[lead:body.end] for stem in content_stems(line.text)}
        if (all(said[normal(line.text)] == 1 for line in body.lines[top:stop])
                and _retells_the_article(body, top, stop, article, cued)):
            return KeyPoints(top, stop)
    return None


def _bounded_above(body: Body, begin: int, top: int) -> bool:
    """Whether a summary's label (``SUMMARY_LABELS``: "ملخص", "أبرز النقاط", "باختصار") is right over the points,
    under the headline: the head block or a date over them is no label (other stories' teasers sit there too)."""
    return top > begin and is_summary_label(body.lines[top - 1].text)


def is_summary_label(text: str) -> bool:
    """Whether ``text`` is a summary box's label (``SUMMARY_LABELS``), with or without a list mark and a colon."""
    return normal(strip_bullet(text)).strip(" :：").lower().translate(FOLD) in SUMMARY_LABELS


def _retells_the_article(body: Body, top: int, stop: int, article: set[str], cued: list[bool] | None) -> bool:
    """Whether each point shares ``POINT_SHARED`` content words with the ``article`` (``CUED_POINT_SHARED`` when the
    line model calls it furniture on a cue: ``cued``)."""
    return all(len(article & set(content_stems(body.lines[index].text)))
               >= (CUED_POINT_SHARED if cued is not None and cued[index] else POINT_SHARED)
               for index in range(top, stop))


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
