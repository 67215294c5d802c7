"""What a page sets right under the article, in the article's own shapes: the next story (its title and lead,
``before_another_story``), the writer's box (its label, the writer's name and a line about them, ``before_author_box``),
and a poll (its label, its question and its answers, ``before_poll``). A page template prints them under every
article, on any site: the body finder (``text.bodyfind``) ends the article's run above them, and each of their lines is
dropped with its reason.

Each is judged only at the page's closing tail (``_runs_to_the_end``): the block stands under the article's last
paragraph and nothing is read under it to the page's end but furniture. The same shapes inside an article (a section's
title over its lead, a paragraph closing on "... وغيرها", a question over a short list, "عن المؤلف" in a review) are
the article's own, and cutting the run there would drop all the article under them. What the block shares with the
article is counted against the whole article, its headline and all lines above it included (``_told``).

Each is told by its place (under the article's last finished paragraph) and its shape, never by one site's words: the
next story's title and lead tell of one thing the article above does not, under two marks: a page part's widget or a
label above the title, and a date or a byline under it; a writer's box is short lines under a label naming the writer;
a poll is a label, a question and answers of a few words each, no figure among them, naming nothing the article
tells."""

from __future__ import annotations

import re
from dataclasses import dataclass

from text.clean import DIACRITICS
from text.credits import CREDIT_LINE
from text.lineshape import DIGIT, PARAGRAPH_WORDS, ends_sentence, goes_on, has_letter, stop_words, strip_bullet
from text.othertitles import MAX_LINK_LABEL_WORDS
from text.rules import ARABIC_LETTERS, DATE_LINE_REASON, PAST_VERB, TAGS_REASON
from text.scoredline import LineScore, PROSE, SHAPE_SCORE, closes_a_paragraph, is_whole_title
from text.sharedwords import CUT_LINE_SHARED, article_keys, word_keys

ANOTHER_STORY = "another story"
AUTHOR_BOX = "author box"
POLL = "poll"

STORY_HEADER = frozenset((DATE_LINE_REASON, "byline", CREDIT_LINE))
"""Furniture a story's header sets between its title and its lead: a date stamp, a byline, a credit."""
MAX_HEADER_LINES = 2
"""A story's header between its title and its lead is this many lines at most."""
PAGE_PARTS = frozenset((TAGS_REASON, "share widget", "follow us", "newsletter", "comments", "comment form",
                        "copyright"))
"""A page part's widget: between the article and a title-shaped line, it tells the title opens another page part (a
photo's caption or an ad may stand between two of the article's own paragraphs, so they tell nothing; nor does an
inline "اقرأ أيضا" or a date line, set between an article's paragraphs too)."""

def before_closing_boxes(scored: tuple[LineScore, ...], start: int,
                         end: int) -> tuple[tuple[LineScore, ...], int]:
    """The scores and the run's end once what the page sets under the article is set apart: an end mark, the next
    story, a writer's box, a poll (see the module docstring). An end mark ("- انتهى -") is furniture by the rules
    alone: what stands under it may be the writer's own words after a quotation it closes, so nothing is cut there."""
    for finder in (before_another_story, before_author_box, before_poll):
        scored, end = finder(scored, start, end)
    return scored, end


def before_another_story(scored: tuple[LineScore, ...], start: int,
                         end: int) -> tuple[tuple[LineScore, ...], int]:
    """The run ends above the next story the page prints under the article, at the page's closing tail: a whole title
    (``is_whole_title``, no list item) under the article's last finished paragraph, and that story's lead under it
    past its header; the two tell of one thing the article does not (``_of_another_story``). A part's sub-heading over
    a new topic, a round-up's or a wire's last item have that shape as well, so the page must mark the title as another
    story's twice (``_marks_another_story``): a page part's widget or a short label naming nothing of the article
    between the article and the title ("المقال التالي"), and a date or a byline under the title. The story runs to the
    page's end, no other title under its lead (``_runs_to_the_end``), and no other title on the page stands in the same
    marks (``_entries_alike``: a live page marks each of its entries alike). Or another story's excerpt cut off with an
    ellipsis, the last thing read on the page (``_excerpt_of_another_story``). The title or the excerpt and the lines
    from the article's last paragraph down are dropped as ``ANOTHER_STORY``."""
    for index in range(start + 1, end):
        titled = _titled_story(scored, start, end, index)
        if titled is not None and _entries_alike(scored, start, titled):
            return scored, end
        above = titled.above if titled is not None else _excerpt_of_another_story(scored, start, end, index)
        if above is not None:
            return _marked(scored, range(above + 1, end), ANOTHER_STORY, "the next story under the article"), above + 1
    return scored, end


def _told(scored: tuple[LineScore, ...], above: int) -> set[str]:
    """The words the article tells down to its line ``above``: every line read as the page's text from the top, the
    headline and what stands over it included (a review names its author in its headline), common words (jusText's
    stop list) aside."""
    return article_keys(tuple(line for line in scored[:above + 1] if line.furniture is None)) - stop_words()


def _runs_to_the_end(scored: tuple[LineScore, ...], stop: int, end: int) -> bool:
    """Whether a block ending above ``stop`` closes the page: nothing under it in the run but furniture and lines
    reading as none of the article (a score of 0 or less), and no paragraph of prose under the run to the page's
    end."""
    return (all(line.furniture is not None or line.score <= 0 for line in scored[stop:end])
            and not any(line.furniture is None and line.score >= PROSE and len(line.text.split()) >= PARAGRAPH_WORDS
                        for line in scored[max(stop, end):]))


@dataclass(frozen=True)
class _TitledStory:
    """A title and the lead under it, as another story's: where they stand, and the marks around the title."""

    above: int
    """The article's last paragraph above the title."""
    title: int
    lead: int
    marks: tuple[frozenset[str | None], frozenset[str | None]]
    """The furniture between the paragraph above and the title, and between the title and its lead."""


def _titled_story(scored: tuple[LineScore, ...], start: int, end: int, index: int) -> _TitledStory | None:
    """``index`` as another story's title, its lead under it, when they tell of another story than the article, the
    page marks them so and the story closes the page (see ``before_another_story``); else None."""
    shaped = _title_over_a_lead(scored, start, index)
    if shaped is None:
        return None
    title, lead = scored[index], scored[shaped.lead]
    header = scored[index + 1:shaped.lead]
    between = scored[shaped.above + 1:index]
    told = _told(scored, shaped.above)
    if (_of_another_story(title, lead, told) and _marks_another_story(header, between, told)
            and _no_title_under(scored, shaped.lead + 1, end)):
        return shaped
    return None


def _no_title_under(scored: tuple[LineScore, ...], lead_end: int, end: int) -> bool:
    """Whether the story under its lead runs to the page's end (``_runs_to_the_end``) as one story: prose, no other
    title (a sub-heading would make it a part of the article)."""
    for stop in range(lead_end, end):
        if _runs_to_the_end(scored, stop, end):
            return True
        line = scored[stop]
        if line.furniture is None and (line.score < PROSE or is_whole_title(line.text)):
            return False
    return _runs_to_the_end(scored, end, end)


def _title_over_a_lead(scored: tuple[LineScore, ...], start: int, index: int) -> _TitledStory | None:
    """``index`` as a whole title under a finished paragraph (``_last_paragraph_above``), over a paragraph of prose
    that does not go on from above, with at most ``MAX_HEADER_LINES`` lines of furniture between; else None."""
    title = scored[index]
    if (title.furniture is not None or strip_bullet(title.text) != title.text or not is_whole_title(title.text)
            or goes_on(title.text)):
        return None
    above = _last_paragraph_above(scored, start, index)
    if above is None:
        return None
    lead_at = index + 1
    while lead_at < len(scored) and scored[lead_at].furniture is not None and lead_at - index <= MAX_HEADER_LINES:
        lead_at += 1
    if lead_at >= len(scored):
        return None
    lead = scored[lead_at]
    if (lead.furniture is not None or lead.score < PROSE or len(lead.text.split()) < PARAGRAPH_WORDS
            or goes_on(lead.text)):
        return None
    marks = (frozenset(line.furniture for line in scored[above + 1:index]),
             frozenset(line.furniture for line in scored[index + 1:lead_at]))
    return _TitledStory(above, index, lead_at, marks)


def _entries_alike(scored: tuple[LineScore, ...], start: int, titled: _TitledStory) -> bool:
    """Whether another title over a lead in the article or further down the page stands in the same marks as
    ``titled`` (the same furniture above it and under it: a stamp and a share button, a date under each title): the
    entries of a live page or a round-up, each marked alike, not one story printed under the article."""
    for index in range(start + 1, len(scored)):
        other = _title_over_a_lead(scored, start, index) if index != titled.title else None
        if other is not None and other.marks == titled.marks:
            return True
    return False


_TRAILS_OFF = re.compile(r"(?:\.{3,}|…)\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[»›>]?\s*$")
"""An excerpt cut off with an ellipsis, then its link's word or two ("... التفاصيل", "… المزيد"): a writer's own
ellipsis closes a line or runs on into a sentence."""


def _excerpt_of_another_story(scored: tuple[LineScore, ...], start: int, end: int, index: int) -> int | None:
    """The article's last paragraph above ``index`` when ``index`` is another story's excerpt: prose cut off with an
    ellipsis and a link's word (``_TRAILS_OFF``), opening as a lead does (not going on from above), sharing no word
    with the article, headline included (``_told``), under the article's last finished paragraph or a short label
    under it (a box's name, the site's), and the last thing read on the page (``_runs_to_the_end``): a paragraph
    closing so inside the article has the article's paragraphs under it."""
    line = scored[index]
    if (line.furniture is not None or line.score < PROSE or len(line.text.split()) < PARAGRAPH_WORDS
            or not _TRAILS_OFF.search(line.text) or goes_on(line.text) or not _runs_to_the_end(scored, index + 1, end)):
        return None
    above = _last_paragraph_above(scored, start, index)
    if above is None:
        return None
    return None if (word_keys(line.text) - stop_words()) & _told(scored, above) else above


def _last_paragraph_above(scored: tuple[LineScore, ...], start: int, index: int, *, labels: int = 1) -> int | None:
    """The article's last line above ``index`` when it is a finished paragraph of prose, with only furniture and at
    most ``labels`` short lines (``MAX_LINK_LABEL_WORDS`` words: a box's label, the site's name) between."""
    for position in range(index - 1, start - 1, -1):
        line = scored[position]
        if line.furniture is not None:
            continue
        if line.score >= PROSE and closes_a_paragraph(line):
            return position
        labels -= 1
        if labels < 0 or len(line.text.split()) > MAX_LINK_LABEL_WORDS:
            return None
    return None


def _of_another_story(title: LineScore, lead: LineScore, told: set[str]) -> bool:
    """Whether a title and the lead under it tell of one thing (``CUT_LINE_SHARED`` words shared: a lead restates its
    title) that the article above does not (fewer than ``CUT_LINE_SHARED`` of its words, ``_told``, in either; common
    words, jusText's stop list, aside)."""
    common = stop_words()
    title_keys, lead_keys = word_keys(title.text) - common, word_keys(lead.text) - common
    return (len(title_keys & lead_keys) >= CUT_LINE_SHARED and len(title_keys & told) < CUT_LINE_SHARED
            and len(lead_keys & told) < CUT_LINE_SHARED)


def _marks_another_story(header: tuple[LineScore, ...], between: tuple[LineScore, ...], told: set[str]) -> bool:
    """Whether the page marks a title as another story's twice: a story's header under it (``STORY_HEADER``: a date,
    a byline), and between the article and the title a page part's widget (``PAGE_PARTS``) or a short label naming
    nothing of the article. Either alone stands over an article's own part too (a dated update, a pull quote)."""
    return (any(line.furniture in STORY_HEADER for line in header)
            and any(line.furniture in PAGE_PARTS or line.furniture is None and _names_nothing(line, told)
                    for line in between))


def _names_nothing(line: LineScore, told: set[str]) -> bool:
    """A short label (``MAX_LINK_LABEL_WORDS`` words at most, no figure, no question, not closing on a colon) sharing
    no word with the article (``_told``)."""
    text = line.text.strip()
    return (has_letter(text) and not DIGIT.search(text) and not text.endswith((":", "：", "؟", "?"))
            and len(text.split()) <= MAX_LINK_LABEL_WORDS and not (word_keys(text) - stop_words()) & told)


WRITER_NOUNS = frozenset(("الكاتب", "الكاتبة", "كاتب", "كاتبة", "writer"))
"""Whom a writer's box is about ("عن الكاتب", "نبذة عن الكاتبة", "الكاتب في سطور", "About the writer"). Not the author
("عن المؤلف", "About the author"): a book's review closes on its own part about the book's author."""
ABOUT_WORDS = frozenset(("عن", "حول", "نبذة", "سطور", "about"))
"""What a writer's box's label says of the writer: about, a note on, in (a few) lines."""
LABEL_FILLERS = frozenset(("في", "the"))
MAX_BOX_LINES = 3
"""A writer's box holds this many lines at most under its label: the name, a line about the writer, a link to the
writer's other articles."""
MAX_BIO_WORDS = 30
"""... each of this many words at most (one or two sentences)."""
_FIRST_WORD = re.compile(f"\\W*([{ARABIC_LETTERS}]+)")


def _opens_with_past_verb(text: str) -> bool:
    """Whether the line's first word has a past verb's shape (``rules.PAST_VERB``: "صدرت", "عملت")."""
    first = _FIRST_WORD.match(DIACRITICS.sub("", text))
    return bool(first and PAST_VERB.fullmatch(first.group(1)))


def _writer_box_label(line: LineScore) -> bool:
    """A label about the writer and nothing else: a writer's noun (``WRITER_NOUNS``) and a word saying "about"
    (``ABOUT_WORDS``), no other word ("الكاتب والسلطة" is a part's title), no colon (a byline's label closes with one:
    "الكاتب: NAME")."""
    text = line.text.strip()
    words = {word.strip("«»\"'()").casefold() for word in text.split()}
    return (line.furniture is None and not text.endswith((":", "：")) and bool(words & WRITER_NOUNS)
            and bool(words & ABOUT_WORDS) and words <= WRITER_NOUNS | ABOUT_WORDS | LABEL_FILLERS)


def before_author_box(scored: tuple[LineScore, ...], start: int, end: int) -> tuple[tuple[LineScore, ...], int]:
    """The run ends above a writer's box closing the page: a label naming the writer (``_writer_box_label``) right
    under the article's last finished paragraph, then at most ``MAX_BOX_LINES`` short lines (``MAX_BIO_WORDS``) down
    to the page's end or its next furniture, nothing read under them (``_runs_to_the_end``): the name, a line on who
    the writer is, a link to their articles. None of them tells a story, as an article's last part would: none opens
    with a past verb ("صدرت له ...") or goes on from above, and together they share fewer than ``CUT_LINE_SHARED`` of
    the article's words, its headline included (``_told``). The label and the lines are dropped as ``AUTHOR_BOX``."""
    for index in range(start + 1, end):
        if not _writer_box_label(scored[index]) or _last_paragraph_above(scored, start, index, labels=0) is None:
            continue
        stop = index + 1
        while stop < len(scored) and scored[stop].furniture is None:
            stop += 1
        box = scored[index + 1:stop]
        if (len(box) <= MAX_BOX_LINES and any(has_letter(line.text) for line in box)
                and all(len(line.text.split()) <= MAX_BIO_WORDS and not goes_on(line.text)
                        and not _opens_with_past_verb(line.text) for line in box)
                and len((article_keys(box) - stop_words()) & _told(scored, index - 1)) < CUT_LINE_SHARED
                and _runs_to_the_end(scored, stop, end)):
            return _marked(scored, range(index, stop), AUTHOR_BOX, "the writer's box under the article"), index
    return scored, end


MAX_POLL_QUESTION_WORDS = 15
MIN_POLL_ANSWERS = 2
MAX_ANSWER_WORDS = 3
"""A poll's answers are a word or a few ("نعم", "لا رأي لي", "أؤيد"), two or more."""


def before_poll(scored: tuple[LineScore, ...], start: int, end: int) -> tuple[tuple[LineScore, ...], int]:
    """The run ends above a poll closing the page: a short label naming nothing of the article ("استطلاع رأي") under
    the article's last finished paragraph, a question under it (``MAX_POLL_QUESTION_WORDS`` words at most, not going
    on from above: "فهل ...؟"), then ``MIN_POLL_ANSWERS`` answers or more, a few words each (``MAX_ANSWER_WORDS``),
    none a sentence, none with a figure (a survey's results: "نعم 61%") and none naming anything the article tells,
    headline included (``_told``: the options an article announces, a tag list), down to furniture with nothing read
    under it (``_runs_to_the_end``). Without its label, a question over short answers is the article's own (an
    interview's last question, a service article's list of papers, a quiz): it is read as on any page. Label,
    question and answers are dropped as ``POLL``."""
    for index in range(start + 2, end):
        question = scored[index]
        text = question.text.strip()
        if (question.furniture is not None or not text.endswith(("؟", "?"))
                or len(text.split()) > MAX_POLL_QUESTION_WORDS or goes_on(text)):
            continue
        above = _last_paragraph_above(scored, start, index)
        if above is None or above + 2 != index:
            continue
        told = _told(scored, above)
        stop = index + 1
        while stop < len(scored) and scored[stop].furniture is None:
            stop += 1
        answers = scored[index + 1:stop]
        if (_names_nothing(scored[above + 1], told) and len(answers) >= MIN_POLL_ANSWERS
                and all(0 < len(line.text.split()) <= MAX_ANSWER_WORDS and not ends_sentence(line.text)
                        and not DIGIT.search(line.text) and "%" not in line.text and "٪" not in line.text
                        and not (word_keys(line.text) - stop_words()) & told for line in answers)
                and _runs_to_the_end(scored, stop, end)):
            return _marked(scored, range(above + 1, stop), POLL, "a poll under the article"), above + 1
    return scored, end


def _marked(scored: tuple[LineScore, ...], indices: range, reason: str, note: str) -> tuple[LineScore, ...]:
    """The scores with the article-like lines at ``indices`` dropped as ``reason``."""
    result = list(scored)
    for index in indices:
        line = scored[index]
        if line.furniture is None:
            result[index] = LineScore(line.text, SHAPE_SCORE, reason, f"{line.why}, {note}")
    return tuple(result)
