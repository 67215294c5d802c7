"""A video embedded in the article, found by the player's own lines around its title.

A select-all copy prints an embedded video as its label ("شاهد الفيديو", "فيديو"), the video's title, then its
length ("02:14", "مدة الفيديو 02:14"). The title is short and stands between two furniture lines, so it reads like
a sub-heading; but a sub-heading heads the article's text, and this line heads a clock. The three lines are the
player's, dropped together (``bodyfind.score_lines`` scores them as rule furniture).
"""

from __future__ import annotations

import re

from text.lineshape import PARAGRAPH_WORDS, ends_sentence, paragraph_score
from text.rules import line_reason

EMBEDDED_VIDEO = "an embedded video"
"""The reason for the label, title and length of a video embedded in the article (``embedded_videos``)."""
MAX_EMBED_TITLE_WORDS = 15
"""A video's title is a title: a longer line is a paragraph, whatever stands around it."""
VIDEO_LABEL = re.compile(
    r"^(?:شاهد|شاهدوا|شاهدي|بالفيديو|فيديو|الفيديو|استمع|استمعوا|watch|video|listen)"
    r"(?:\s+(?:الفيديو|فيديو|المقطع|مقطع|التقرير|الحلقة|البث|video|the video))?\s*[:：]?$", re.IGNORECASE)
"""A media player's label alone on its line ("شاهد الفيديو", "فيديو:", "Watch"): nothing of the article's after it."""
_LENGTH = re.compile(r"^[0-9\u0660-\u0669]{1,2}(?::[0-9\u0660-\u0669]{2}){1,2}$")
"""A player's length alone on its line ("02:14", "1:02:14"); a time in a paragraph ("في 02:14 فجرا") is no line."""
MAX_OTHER_CLOCKS = 1
"""Lone clocks a page may hold besides its videos' lengths (a time under the date): more are a live page's stamps."""
PROSE_SCORE = 0.3
"""A line reads as prose from this ``paragraph_score`` (as ``bodyfind.PROSE``, which this module cannot import)."""
LENGTH_RULE = "video length"
"""``rules.line_reason``'s name for a player's labelled length ("مدة الفيديو 02:14")."""


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
                and not (above is not None and _LENGTH.match(lines[above].strip()))):
            found[label] = "a video's label"
            found[title] = "an embedded video's title, between its label and its length"
            found[length] = "a video's length"
    others = sum(1 for index in filled if index not in found and _LENGTH.match(lines[index].strip()))
    return found if others <= MAX_OTHER_CLOCKS else {}


def _paragraph(line: str) -> bool:
    """Whether ``line`` is a paragraph of prose: a finished sentence of ``PARAGRAPH_WORDS`` words or more that reads
    as prose (``paragraph_score``)."""
    return (len(line.split()) >= PARAGRAPH_WORDS and ends_sentence(line.strip())
            and paragraph_score(line)[0] >= PROSE_SCORE)


def _is_length(line: str) -> bool:
    """Whether ``line`` gives a player's length alone, bare ("02:14") or labelled ("مدة الفيديو 02:14")."""
    return bool(_LENGTH.match(line.strip())) or line_reason(line) == LENGTH_RULE
