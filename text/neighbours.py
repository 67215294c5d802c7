"""Furniture at the article's edges, and photos' captions inside it, told by a line's neighbours (issue 11).

Some furniture lines read like text alone and are furniture only by where they stand:

- a reading time with its number and minutes alone ("2 دقائق") or the reading named first ("قراءة 4 دقائق", "مدة
  القراءة: 3 دقائق") right next to the page's stamp, its first date line standing over the article's first
  paragraph: elsewhere (beside a diary's day, in a routine) it is a recipe's field or a routine's item;
- a writer's note after the last paragraph, marked with an asterisk and opening with a role ("* أكاديمي متخصص في
  ..."): a footnote no other line of the page is a sibling of (a list marks all its items so), and no word of the
  article carries the mark (then the note is on a person the article names: review_edges2 M4);
- a photo's caption between two paragraphs under its label naming the event, where the text goes on across it
  (``text.photolabels.inner_captions``);
- the values under a tag label standing alone after the last paragraph ("كلمات دالة:" / "NAME، NAME، NAME"): a list
  of names, no sentence, with only furniture or the page's end under it. Inside the article such a label announces
  the article's own examples (an SEO how-to);
- a writer's bare name (``text.names.bare_name``: its first word a given name, "NAME NAME"), maybe with the writer's
  role under it ("كاتب وأكاديمي"), standing over the article's first paragraph with only furniture between (under the
  title, over the date: ``_writer_names``), or said again alone under the article's last paragraph; never a name the
  article's prose gives, nor one of the names heading a list article's parts;
- the writer's other lines at the article's edges (``text.writerlines``: a titled name, a full name, a name after
  the city and a colon, a note on the writer, a role under the byline, a name under a credit's label left alone);
- a comment form's block under the article's prose (``text.commentform``): short lines asking for the comment, naming
  the commenter's fields or the moderation it awaits, in any platform's wording; the comment box's header naming the
  post ("3 تعليقات على “TITLE”") under the article's last paragraph or naming the page's title;
- lines above the story's first paragraph in which the site speaks of itself (``text.sitevoice``): a banner about
  the site or the web, a promo of the site's service to its reader;
- the page's last line when it is only the first words of a heading the page already gave, cut off by the page's
  end (``text.cutcopy``).

Each test is kept narrow: losing the article's words is worse than speaking one furniture line. A byline block over
the date by its shape alone was tried and removed: its shape is a deck's, a sub-heading's or a poem's last lines as
well (review_edges H1, review_edges2 H1, H2); the writer's name is told by its given name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from text.commentform import comment_box_headers, comment_form_lines
from text.credits import PARTICLES, PageEvidence
from text.cutcopy import cut_copy_at_the_end
from text.grammar import looks_like_verb
from text.lineshape import COMMA, ends_sentence, normal
from text.names import bare_name, full_name, name_words, untold, writer_role
from text.photolabels import inner_captions
from text.rules import AUTHOR_ROLES, DATE_LINE_REASON, READING_TIME_REASON, TAGS_REASON
from text.sitevoice import site_lines_above
from text.writerlines import writer_lines

AUTHOR_NOTE = "author's note"
TAG_VALUES = "tag values"
WRITER_NAME = "writer's name"
MAX_BYLINE_LINES = 2
"""A writer's block over the article: the name, and the role under it at most."""
MAX_PROSE_OVER_NAME = 1
"""A name said again under the article stands under this many paragraphs of prose at most at the top (the deck)."""
EDGE_REASONS = frozenset((AUTHOR_NOTE, TAG_VALUES))
"""Lines that stand at the article's edge: the lines on their other side are the page's, so they are no article
line's neighbours (``bodyfind._between_article_lines``)."""

_MINUTES_BY_THE_STAMP = re.compile(r"^(?:(?:قراءة|للقراءة|(?:مدة|وقت) القراءة)\s*[:：]?\s*)?"
                                   r"(?:[0-9\u0660-\u0669]{1,2}\s*(?:دقائق|دقيقة)|دقيقة واحدة|دقيقتان|دقيقتين)$")
"""A reading time's number and minutes, nothing else ("2 دقائق"), or with the reading named first ("قراءة 4 دقائق",
"مدة القراءة: 3 دقائق"): a recipe's field, a routine's or a diary's item alike ("- قراءة 20 دقيقة"), so a reading
time only next to the page's stamp (``_stamp``; review_edges M1, review_edges2 M1, M2)."""

MAX_NOTE_WORDS = 10
"""A writer's note after the article has this many words at most."""
MAX_TAG_WORDS = 4
"""Each value of a tag list has this many words at most."""
MAX_TAG_LINE_WORDS = 20
"""A line of tag values has this many words at most."""

_ASTERISK = re.compile(r"^\s*\*\s*(?!\*)")
_FOOTNOTE_MARK = re.compile(r"[^\s*]\*|\*[^\s*]")
"""A word with an asterisk glued to it ("جان دوبوا*"): the mark of a footnote on what the article says."""


def neighbour_reasons(lines: Sequence[str], furniture: Sequence[str | None], prose: frozenset[int],
                      page: PageEvidence) -> dict[int, str]:
    """Furniture reasons for lines by their neighbours, for lines no rule or shape names (``furniture`` None).
    ``prose``: the indices of the page's lines of article prose; ``page``: what they say (``PageEvidence.of`` the
    lines and the prose lines)."""
    found: dict[int, str] = {}
    stamp = _stamp(furniture, prose)
    if stamp is not None:
        for index in (_above(lines, stamp), _below(lines, stamp)):
            if index is not None and _MINUTES_BY_THE_STAMP.match(lines[index].strip()):
                found[index] = READING_TIME_REASON
    found.update(_author_notes(lines, furniture, prose))
    found.update(_tag_values(lines, furniture))
    found.update(inner_captions(lines, furniture, prose))
    found.update(_writer_names(lines, furniture, prose, page))
    found.update({index: reason for index, reason in writer_lines(lines, furniture, prose, page).items()
                  if index not in found})
    found.update(comment_form_lines(lines, furniture, prose))
    found.update({index: reason for index, reason in comment_box_headers(lines, furniture, prose).items()
                  if index not in found})
    found.update(site_lines_above(lines, furniture, prose))
    found.update(cut_copy_at_the_end(lines, furniture))
    return {index: reason for index, reason in found.items() if furniture[index] is None}


def _stamp(furniture: Sequence[str | None], prose: frozenset[int]) -> int | None:
    """The page's stamp: its first date line, when it stands over the article's first paragraph. A page whose
    first date is in its body or at its bottom has no stamp to stand a reading time by."""
    first = next((index for index, reason in enumerate(furniture) if reason == DATE_LINE_REASON), None)
    return first if first is not None and prose and first < min(prose) else None


def _above(lines: Sequence[str], index: int) -> int | None:
    """The nearest non-blank line over ``index``."""
    return next((other for other in range(index - 1, -1, -1) if lines[other].strip()), None)


def _below(lines: Sequence[str], index: int) -> int | None:
    """The nearest non-blank line under ``index``."""
    return next((other for other in range(index + 1, len(lines)) if lines[other].strip()), None)


def _author_notes(lines: Sequence[str], furniture: Sequence[str | None], prose: frozenset[int]) -> dict[int, str]:
    """A writer's note (``AUTHOR_NOTE``): the only line of the page opening with one asterisk, after the last
    paragraph of prose, of ``MAX_NOTE_WORDS`` words at most, its first word a writer's role (``rules.AUTHOR_ROLES``)
    and no sentence end: "* أكاديمي متخصص في التخطيط العمراني". A paragraph or an item so marked says something
    ("* وأكد الوزير ..."), and a list marks its siblings alike. Never when another line holds a word with the mark
    glued to it: the note is then a footnote on someone the article names ("جان دوبوا*")."""
    marked = [index for index, line in enumerate(lines) if _ASTERISK.match(line)]
    if len(marked) != 1 or not prose:
        return {}
    index = marked[0]
    text = _ASTERISK.sub("", lines[index]).strip()
    words = text.split()
    if (furniture[index] is not None or index < max(prose) or not words or len(words) > MAX_NOTE_WORDS
            or ends_sentence(text) or words[0] not in AUTHOR_ROLES or not _describes_the_writer(words)
            or any(_FOOTNOTE_MARK.search(line) for other, line in enumerate(lines) if other != index)):
        return {}
    return {index: AUTHOR_NOTE}


def _describes_the_writer(words: list[str]) -> bool:
    """A role said of the writer: alone or with a word that is no definite noun after it ("أكاديمي متخصص", "كاتب
    وباحث", "كاتب سعودي"), and no verb. "كاتب الرواية حصل ..." names someone the text speaks of."""
    return (len(words) == 1 or not words[1].startswith("ال")) and not any(map(looks_like_verb, words))


def _tag_values(lines: Sequence[str], furniture: Sequence[str | None]) -> dict[int, str]:
    """The line under a tag label ("كلمات دالة:"): a list of names joined by commas (``_tag_list``) with nothing
    but furniture or the page's end under it, and no line announcing it over the label ("... هكذا:"). A label among
    the article's lines announces the article's own examples ("كلمات مفتاحية:" in an SEO how-to, then a short
    closing line or an announcing one: review_edges M2, review_edges2 M3, 10)."""
    found: dict[int, str] = {}
    for index, line in enumerate(lines):
        below, above = _below(lines, index), _above(lines, index)
        if (below is None or furniture[index] != TAGS_REASON or not _ends_with_colon(line)
                or above is not None and _ends_with_colon(lines[above])):
            continue
        if _tag_list(lines[below].strip()) and all(
                furniture[other] is not None for other in range(below + 1, len(lines)) if lines[other].strip()):
            found[below] = TAG_VALUES
    return found


def _ends_with_colon(line: str) -> bool:
    """Whether ``line`` ends with a colon: a label, or a sentence announcing what comes under it."""
    return line.rstrip().endswith((":", "："))


def _tag_list(line: str) -> bool:
    """A line of tag values: two names or more joined by commas, none longer than ``MAX_TAG_WORDS`` words, no
    particle, no sentence end."""
    parts = [part.strip() for part in COMMA.split(line)]
    return (len(parts) >= 2 and all(parts) and len(line.split()) <= MAX_TAG_LINE_WORDS and not ends_sentence(line)
            and all(len(part.split()) <= MAX_TAG_WORDS and not set(part.split()) & PARTICLES for part in parts))



def _writer_names(lines: Sequence[str], furniture: Sequence[str | None], prose: frozenset[int],
                  page: PageEvidence) -> dict[int, str]:
    """A writer's bare name (``WRITER_NAME``), and the role under or over it (``names.writer_role``), where a byline
    stands: (a) over the article's first paragraph of prose, under the title with furniture by rule or shape and
    nothing else between (a date, a caption, a share widget), or at the page's top (no unlabelled line over it) right
    over the lead: under a title, a line right over the lead is as often the article's first sub-heading, and at the
    top a line over a date is the title (review_names H1). Right under the title and over the lead a name is taken
    only in three parts, a father's given name after the writer's (``names.full_name``: "NAME NAME NAME"): no
    sub-heading reads so ("جمال الطبيعة", a stage name "نور الشريف"), and the paragraph under a profile's part
    names its person, by its given name alone too ("سلمى" under "سلمى NAME NAME": the given name must be untold as
    well, review_names26 M1); s24 khaleejy7, theatersgovsy: the writer's full name over the lead; or (b) under no
    more than the deck
    (``MAX_PROSE_OVER_NAME``) and said again alone under the article's last paragraph (an author's box). Never a name
    whose family's words the article's prose gives (``names.untold``: a profile's or an obituary's heading names the
    person its paragraph tells of; a title shares a word with its lead), nor on a page where another bare name heads a
    paragraph of prose under the first (a list article's parts: "NAME NAME" / paragraph / "NAME NAME" / ...). A name
    between two paragraphs with no repetition stays: the deck and the lead are not told apart surely. ``page``: what
    the article's ``prose`` says."""
    if not prose:
        return {}
    first, last = min(prose), max(prose)
    names = {index: rest for index, line in enumerate(lines)
             if furniture[index] is None and (rest := bare_name(line)) is not None}
    if not names or any(index > first and index + 1 in prose for index in names):
        return {}  # no name, or names heading the article's parts
    found: dict[int, str] = {}
    for index, rest in names.items():
        if not untold(rest, page):
            continue
        block = [index] + [other for other in (index - 1, index + 1)
                           if 0 <= other < len(lines) and furniture[other] is None and writer_role(lines[other])]
        if len(block) > MAX_BYLINE_LINES:
            continue
        bottom = max(block)
        over_the_lead = bottom < first and all(furniture[other] is not None for other in range(bottom + 1, first))
        top = all(furniture[other] is not None for other in range(min(block)))
        right_over = bottom + 1 == first
        given = name_words(lines[index])[:-len(rest)]
        full_under_the_title = right_over and not top and full_name(rest) and untold(given, page)
        over_the_lead = over_the_lead and ((not right_over) != top or full_under_the_title)
        said_again = (index < last and sum(other in prose for other in range(index)) <= MAX_PROSE_OVER_NAME
                      and any(normal(lines[other]) == normal(lines[index]) for other in range(last + 1, len(lines))))
        if over_the_lead or said_again:
            found.update(dict.fromkeys(block, WRITER_NAME))
    return found
