"""A video embedded in the article, found by the player's own lines around its title.

A select-all copy prints an embedded video as its label ("شاهد الفيديو", "فيديو"), the video's title, then its
length ("02:14", "مدة الفيديو 02:14"). The title is short and stands between two furniture lines, so it reads like
a sub-heading; but a sub-heading heads the article's text, and this line heads a clock. The three lines are the
player's, dropped together (``bodyfind.score_lines`` scores them as rule furniture).
"""

from __future__ import annotations

import re

from text.lineshape import ends_sentence
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
LENGTH_RULE = "video length"
"""``rules.line_reason``'s name for a player's labelled length ("مدة الفيديو 02:14")."""


def embedded_videos(lines: list[str]) -> dict[int, str]:
    """The lines of the videos embedded in the page, each with why: a label (``VIDEO_LABEL``), then a short line that
    is no sentence (the video's title, ``MAX_EMBED_TITLE_WORDS``), then the video's length (``_is_length``), blank
    lines aside. A sub-heading under a video's label heads a paragraph and stays; so does a label or a length alone."""
    found: dict[int, str] = {}
    filled = [index for index, line in enumerate(lines) if line.strip()]
    for label, title, length in zip(filled, filled[1:], filled[2:]):
        text = lines[title].strip()
        if (VIDEO_LABEL.match(lines[label].strip()) and _is_length(lines[length])
                and len(text.split()) <= MAX_EMBED_TITLE_WORDS and not ends_sentence(text)):
            found[label] = "a video's label"
            found[title] = "an embedded video's title, between its label and its length"
            found[length] = "a video's length"
    return found


def _is_length(line: str) -> bool:
    """Whether ``line`` gives a player's length alone, bare ("02:14") or labelled ("مدة الفيديو 02:14")."""
    return bool(_LENGTH.match(line.strip())) or line_reason(line) == LENGTH_RULE
