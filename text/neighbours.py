"""Furniture at the article's edges told by a line's neighbours (issue 11).

Some furniture lines read like text alone and are furniture only by where they stand:

- a reading time with its number and minutes alone ("2 دقائق") or the reading named first ("قراءة 4 دقائق") next to
  the page's date line: alone it may be a recipe's field or a routine's item, beside the stamp it is the stamp's;
- a byline: one or two short lines of names (a writer's name, their role: "NAME NAME" / "كاتب وأكاديمي") right over
  the page's first date line, under the title or the deck, and the same name said again after the last paragraph.
  Never over a later date: a sub-heading stands over a date in the body ("ضربة البداية" / "السبت 11 مايو - 20:00").
  Not on a page whose dates head its parts between paragraphs (a timeline: "اندلاع الأزمة" / "12 مارس 2011" / text);
- a writer's note after the last paragraph, marked with an asterisk and opening with a role ("* أكاديمي متخصص في
  ..."): a footnote no other line of the page is a sibling of (a list marks all its items so);
- the values under a tag label standing alone after the last paragraph ("كلمات دالة:" / "NAME، NAME، NAME"): a list
  of names, no sentence. Inside the article such a label announces the article's own examples (an SEO how-to).

Each test is kept narrow: losing the article's words is worse than speaking one furniture line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from text.credits import PARTICLES, PageEvidence
from text.grammar import looks_like_verb
from text.lineshape import COMMA, ends_sentence, normal
from text.rules import (AUTHOR_ROLES, CAPTION_REASON, DATE_LINE_REASON, PHOTO_CREDITS, PHOTO_KINDS, READING_TIME_REASON,
                        TAGS_REASON)

BYLINE = "byline by the date"
AUTHOR_NOTE = "author's note"
TAG_VALUES = "tag values"
EDGE_REASONS = frozenset((BYLINE, AUTHOR_NOTE, TAG_VALUES))
"""Lines that stand at the article's edge: the lines on their other side are the title block's or the page's, so
they are no article line's neighbours (``bodyfind._between_article_lines``)."""

_MINUTES_BY_THE_DATE = re.compile(r"^(?:(?:قراءة|للقراءة)\s*[:：]?\s*)?"
                                  r"(?:[0-9\u0660-\u0669]{1,2}\s*(?:دقائق|دقيقة)|دقيقة واحدة|دقيقتان|دقيقتين)$")
"""A reading time's number and minutes, nothing else ("2 دقائق") or with the reading named first ("قراءة 4 دقائق"):
a recipe's field or a routine's item alike ("- قراءة 20 دقيقة"), so a reading time only next to the date line."""

MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 4
"""A writer's name (or role) on a byline's line has this many words: "NAME NAME" to "NAME NAME NAME NAME"."""
MAX_BYLINE_LINES = 2
"""A byline block over the date holds this many lines at most (a name and a role)."""
MIN_TITLE_WORDS = 4
"""The line over a byline block is the title, the deck or a photo's caption: this many words at least."""
MAX_PROSE_OVER_BYLINE = 1
"""Paragraphs of prose over a byline block: the deck at most; a name under the article's paragraphs is a part's."""
TIMELINE_PROSE_ABOVE = 1
"""A date line with more paragraphs than this over it and prose under it stands among the article's paragraphs
(``_dates_head_parts``)."""
HEADED_DATES = 2
"""Date lines each under a short line, this many or more: a timeline's entries (a byline heads one date, the stamp;
the update's date under it stands under a date line)."""
MAX_NOTE_WORDS = 10
"""A writer's note after the article has this many words at most."""
MAX_TAG_WORDS = 4
"""Each value of a tag list has this many words at most."""
MAX_TAG_LINE_WORDS = 20
"""A line of tag values has this many words at most."""

_ASTERISK = re.compile(r"^\s*\*\s*(?!\*)")
_LETTERS_ONLY = re.compile(r"^[\u0621-\u064a\u0640\u064b-\u0652\s]+$")
"""Arabic letters and spaces only: no figure, no punctuation (a name's line has none)."""
PHOTO_WORDS = frozenset(("صورة", "الصورة", "صور", "الصور", "تصوير", "عدسة", *PHOTO_KINDS, *PHOTO_CREDITS))
"""Words of a photo's label or credit, which stands where a byline does ("صورة تعبيرية" over the date)."""


def neighbour_reasons(lines: Sequence[str], furniture: Sequence[str | None], prose: frozenset[int],
                      page: PageEvidence) -> dict[int, str]:
    """Furniture reasons for lines by their neighbours, for lines no rule or shape names (``furniture`` None).
    ``prose``: the indices of the page's lines of article prose; ``page``: what the page's prose says."""
    found: dict[int, str] = {}
    dates = [index for index, reason in enumerate(furniture) if reason == DATE_LINE_REASON]
    for index, line in enumerate(lines):
        if furniture[index] is None and _MINUTES_BY_THE_DATE.match(line.strip()) and _next_to(lines, index, dates):
            found[index] = READING_TIME_REASON
    if not _dates_head_parts(lines, furniture, dates, prose):
        found.update(_bylines(lines, furniture, dates, prose, page))
    found.update(_author_notes(lines, furniture, prose))
    found.update(_tag_values(lines, furniture, prose))
    return {index: reason for index, reason in found.items() if furniture[index] is None}


def name_shaped(line: str) -> bool:
    """A line a name (or a writer's role) may be: ``MIN_NAME_WORDS`` to ``MAX_NAME_WORDS`` words of Arabic letters
    alone, no particle ("في", "من": a phrase), no photo's word (``PHOTO_WORDS``), no sentence end."""
    words = line.split()
    return (MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS and bool(_LETTERS_ONLY.match(line))
            and not any(word in PARTICLES or word in PHOTO_WORDS for word in words))


def _above(lines: Sequence[str], index: int) -> int | None:
    """The nearest non-blank line over ``index``."""
    return next((other for other in range(index - 1, -1, -1) if lines[other].strip()), None)


def _below(lines: Sequence[str], index: int) -> int | None:
    """The nearest non-blank line under ``index``."""
    return next((other for other in range(index + 1, len(lines)) if lines[other].strip()), None)


def _next_to(lines: Sequence[str], index: int, targets: Sequence[int]) -> bool:
    """Whether the nearest non-blank line over or under ``index`` is one of ``targets``."""
    return _above(lines, index) in targets or _below(lines, index) in targets


def _dates_head_parts(lines: Sequence[str], furniture: Sequence[str | None], dates: Sequence[int],
                      prose: frozenset[int]) -> bool:
    """Whether the page's dates head its parts (a timeline, a diary), where a short line over a date is a part's
    heading, not a byline: a date line stands among the article's paragraphs (more than ``TIMELINE_PROSE_ABOVE``
    over it, one right under it), or ``HEADED_DATES`` dates or more each stand under a short line (``MAX_NAME_WORDS``
    words at most) no rule names, a timeline's entries too short to be prose ("الشرارة الأولى" / "أبريل 2011" / "وضع
    حجر الأساس للمشروع.")."""
    headed = [date for date in dates if (above := _above(lines, date)) is not None and furniture[above] is None
              and len(lines[above].split()) <= MAX_NAME_WORDS]
    return len(headed) >= HEADED_DATES or any(
        sum(other in prose for other in range(date)) > TIMELINE_PROSE_ABOVE and _above_prose(lines, date, prose)
        for date in dates)


def _above_prose(lines: Sequence[str], index: int, prose: frozenset[int]) -> bool:
    """Whether prose stands within the two non-blank lines under ``index`` (a part's text under its date)."""
    below = _below(lines, index)
    if below is None:
        return False
    return below in prose or (_below(lines, below) in prose)


def _byline_shaped(line: str, page: PageEvidence) -> bool:
    """A writer's role ("كاتب وأكاديمي", ``rules.AUTHOR_ROLES`` first), or a name the article never says: fewer than
    half its words are the article's (compared loosely). A title's, a part's or a person's the article is about
    speak of the article ("أزمة الخبز", "بداية الأزمة"); a writer's name is not in the story they write."""
    if not name_shaped(line):
        return False
    return line.split()[0] in AUTHOR_ROLES or 2 * len(page.said_words(line)) < len(line.split())


def _bylines(lines: Sequence[str], furniture: Sequence[str | None], dates: Sequence[int],
             prose: frozenset[int], page: PageEvidence) -> dict[int, str]:
    """The byline block over the page's first date line (``_first_stamp``): ``_byline_shaped`` lines, at most
    ``MAX_BYLINE_LINES``, under a line of ``MIN_TITLE_WORDS`` words or more that is no furniture (the title or the
    deck; a photo's caption between them looked past), with at most ``MAX_PROSE_OVER_BYLINE`` paragraphs over it;
    and the same lines said again after the last paragraph. A later date is never looked at: a short line over a
    date in the body is a sub-heading (a match's kick-off, a letter's, a birth date's: review_edges H1). On a page
    with no stamp under its title that date is the first one, and the paragraph over the block may be the lead: a
    block under a paragraph is a byline only with a role's line ("صحفية ثقافية") or said again at the end."""
    date = _first_stamp(lines, dates)
    if date is None:
        return {}
    block: list[int] = []
    index = _above(lines, date)
    while index is not None and len(block) < MAX_BYLINE_LINES and furniture[index] is None \
            and _byline_shaped(lines[index].strip(), page):
        block.append(index)
        index = _above(lines, index)
    top = index
    while top is not None and furniture[top] == CAPTION_REASON:
        top = _above(lines, top)
    if not block or top is None or furniture[top] is not None or len(lines[top].split()) < MIN_TITLE_WORDS \
            or sum(other in prose for other in range(top + 1)) > MAX_PROSE_OVER_BYLINE:
        return {}
    names = {normal(lines[line]) for line in block}
    last = max(prose, default=len(lines))
    again = [other for other in range(last + 1, len(lines)) if normal(lines[other]) in names]
    if top in prose and not again and not any(lines[line].split()[0] in AUTHOR_ROLES for line in block):
        return {}
    return {line: BYLINE for line in (*block, *again)}


def _first_stamp(lines: Sequence[str], dates: Sequence[int]) -> int | None:
    """The page's first date line, a date opening the page looked past (the site's today's date over its menu, no
    line over it): the article's stamp under its title."""
    return next((date for date in dates if _above(lines, date) is not None), None)


def _author_notes(lines: Sequence[str], furniture: Sequence[str | None], prose: frozenset[int]) -> dict[int, str]:
    """A writer's note (``AUTHOR_NOTE``): the only line of the page opening with one asterisk, after the last
    paragraph of prose, of ``MAX_NOTE_WORDS`` words at most, its first word a writer's role (``rules.AUTHOR_ROLES``)
    and no sentence end: "* أكاديمي متخصص في التخطيط العمراني". A paragraph or an item so marked says something
    ("* وأكد الوزير ..."), and a list marks its siblings alike."""
    marked = [index for index, line in enumerate(lines) if _ASTERISK.match(line)]
    if len(marked) != 1 or not prose:
        return {}
    index = marked[0]
    text = _ASTERISK.sub("", lines[index]).strip()
    words = text.split()
    if (furniture[index] is not None or index < max(prose) or not words or len(words) > MAX_NOTE_WORDS
            or ends_sentence(text) or words[0] not in AUTHOR_ROLES or not _describes_the_writer(words)):
        return {}
    return {index: AUTHOR_NOTE}


def _describes_the_writer(words: list[str]) -> bool:
    """A role said of the writer: alone or with a word that is no definite noun after it ("أكاديمي متخصص", "كاتب
    وباحث", "كاتب سعودي"), and no verb. "كاتب الرواية حصل ..." names someone the text speaks of."""
    return (len(words) == 1 or not words[1].startswith("ال")) and not any(map(looks_like_verb, words))


def _tag_values(lines: Sequence[str], furniture: Sequence[str | None], prose: frozenset[int]) -> dict[int, str]:
    """The line under a tag label standing alone after the last paragraph ("كلمات دالة:"): a list of names joined by
    commas, each of ``MAX_TAG_WORDS`` words at most, with no particle and no sentence end. A label among the
    article's paragraphs announces the article's own examples ("كلمات مفتاحية:" in an SEO how-to: review_edges M2)."""
    found: dict[int, str] = {}
    last = max(prose, default=len(lines))
    for index, line in enumerate(lines):
        below = _below(lines, index)
        if below is None or index < last or furniture[index] != TAGS_REASON or not line.rstrip().endswith((":", "：")):
            continue
        if _tag_list(lines[below].strip()):
            found[below] = TAG_VALUES
    return found


def _tag_list(line: str) -> bool:
    """A line of tag values: two names or more joined by commas, none longer than ``MAX_TAG_WORDS`` words, no
    particle, no sentence end."""
    parts = [part.strip() for part in COMMA.split(line)]
    return (len(parts) >= 2 and all(parts) and len(line.split()) <= MAX_TAG_LINE_WORDS and not ends_sentence(line)
            and all(len(part.split()) <= MAX_TAG_WORDS and not set(part.split()) & PARTICLES for part in parts))
