"""A video embedded in the article, found by the player's own lines around its title.

A select-all copy prints an embedded video as its label ("شاهد الفيديو", "فيديو"), the video's title, then its
length ("مدة الفيديو 02:14"). The title is short and stands between two furniture lines, so it reads like a
sub-heading; but a sub-heading heads the article's text, and this line heads the player's length. The three lines are
the player's, dropped together (``bodyfind.score_lines`` scores them as rule furniture).
"""

from __future__ import annotations

import re

from text.lineshape import PARAGRAPH_WORDS, ends_sentence, paragraph_score
from text.rules import VIDEO_LENGTH_REASON, line_reason
from text.scoredline import PROSE
from text.screen_reader import SCREEN_READER_BOXES

EMBEDDED_VIDEO = "an embedded video"
"""The reason for the label, title and length of a video embedded in the article (``embedded_videos``)."""
MARKED_BLOCKS = SCREEN_READER_BOXES | {EMBEDDED_VIDEO}
"""Blocks the page's own markers set in the article (a box framed for screen readers, a video's player): dropped as
they stand, never re-read by the "read also" rules nor kept for them (``plain._drop_shapes``)."""
MAX_EMBED_TITLE_WORDS = 15
"""A video's title is a title: a longer line is a paragraph, whatever stands around it."""
VIDEO_LABEL = re.compile(
    r"^(?:شاهد|شاهدوا|شاهدي|بالفيديو|فيديو|الفيديو|استمع|استمعوا|watch|video|listen)"
    r"(?:\s+(?:الفيديو|فيديو|المقطع|مقطع|التقرير|الحلقة|البث|video|the video))?\s*[:：]?$", re.IGNORECASE)
"""A media player's label alone on its line ("شاهد الفيديو", "فيديو:", "Watch"): nothing of the article's after it."""
_CLOCK = re.compile(r"^[0-9\u0660-\u0669]{1,2}(?::[0-9\u0660-\u0669]{2}){1,2}$")
"""A clock alone on its line ("18:10", "1:02:14"): a live page's stamp, a timeline's time or a bare length, never
taken for a length (``_is_length``); ``lineshape.is_date_line`` takes it for a date line with the dates, this is the
lone clock alone."""
MAX_OTHER_CLOCKS = 1
"""Lone clocks a page may hold (a time under the date): more are a live page's stamps, and its entries' titles stay."""


def embedded_videos(lines: list[str]) -> dict[int, str]:
    """The lines of the videos embedded in the page, each with why: a label (``VIDEO_LABEL``), then a short line that
    is no sentence (the video's title, ``MAX_EMBED_TITLE_WORDS``), then the video's length (``_is_length``), blank
    lines aside. A sub-heading under a video's label heads a paragraph and stays; so does a label or a length alone.
    A live page stamps its entries with clocks alike ("18:10" / "فيديو" / an entry's title / "17:55"): a clock right
    above the label, or lone clocks elsewhere on the page (``MAX_OTHER_CLOCKS``), make the clocks its stamps. Only
    inside the article, under a paragraph: a video's own page opens with its label, its headline and its length."""
    found: dict[int, str] = {}
    filled = [index for index, line in enumerate(lines) if line.strip()]
    first_paragraph = next((index for index in filled if _paragraph(lines[index])), len(lines))
    for above, label, title, length in zip([None, *filled], filled, filled[1:], filled[2:]):
        text = lines[title].strip()
        if (label > first_paragraph and VIDEO_LABEL.match(lines[label].strip()) and _is_length(lines[length])
                and len(text.split()) <= MAX_EMBED_TITLE_WORDS and not ends_sentence(text)
                and not (above is not None and _CLOCK.match(lines[above].strip()))):
            found[label] = "a video's label"
            found[title] = "an embedded video's title, between its label and its length"
            found[length] = "a video's length"
    others = sum(1 for index in filled if index not in found and _CLOCK.match(lines[index].strip()))
    return found if others <= MAX_OTHER_CLOCKS else {}


def _paragraph(line: str) -> bool:
    """Whether ``line`` is a paragraph of prose: a finished sentence of ``PARAGRAPH_WORDS`` words or more that reads
    as prose (``paragraph_score``)."""
    return (len(line.split()) >= PARAGRAPH_WORDS and ends_sentence(line.strip())
            and paragraph_score(line)[0] >= PROSE)


def _is_length(line: str) -> bool:
    """Whether ``line`` gives a player's length as one, labelled ("مدة الفيديو 02:14",
    ``rules.VIDEO_LENGTH_REASON``). A lone clock ("02:14") is a time of day as often: a report's sub-heading under a
    left-over label, over its timeline's time ("شاهد الفيديو" / "ساعة الصفر" / "05:30" / the paragraph the time opens),
    runs on with the text (s19 review_embeds M1); the copy's blank lines, which set a player's block apart, are gone by
    the time the lines are scored."""
    return line_reason(line) == VIDEO_LENGTH_REASON
