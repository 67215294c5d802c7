"""Marks at a title line's edges that only decorate it: a star or a bullet before it ("*TITLE ! ..."), bars around
it ("| TITLE |"), a colon closing it over its byline ("TITLE:" / "المهندس: NAME"); and a hashtag's marks, which
join a slogan's words ("#أنقذوا_الغابات").

A mark at a line's edge says "list item" or "table row" only where the page has a list or a table there: an item has
items marked alike beside it, a row has cells parted by inner bars. A line marked alone, with no line marked alike
right above or under it, is framed by the site's style (a theme's star, a Markdown export's bars): its words are judged
as a title's like any line's, and read without the marks. The lines ``text.headline`` weighs as titles are these
unframed ones (``unframed_titles``); elsewhere the marks stay evidence (a lone bullet over a list's first item, a
menu's entry). A colon announces what follows it: over the date or byline block alone, down to the article
(``colon_over_credits``), it announces nothing, and the line is a title some sites close so. A title may be a
hashtag, or hold one: its words are compared with the lead's without "#" and "_" (``hashtag_words``), and read as the
page writes them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from text.bodyfind import Body
from text.bylines import writers_line
from text.lineshape import is_label
from text.namecredits import byline_under_a_colon
from text.scoredline import LineScore

_LEADING_MARK = re.compile(r"^[*•·▪●]+\s*(?=\w)")
"""A star or a bullet glued or spaced before a line's first word ("*TITLE", "• TITLE"); a dash is left alone (a
dialogue's line, a credit's "- NAME")."""
_BARS_AROUND = re.compile(r"^\s*[|｜]\s*([^|｜]*\w[^|｜]*?)\s*[|｜]\s*$")
"""Bars around a line with no bar inside it: one cell, no table ("| TITLE |")."""
_TRAILING_STAR = re.compile(r"\s*[*]+\s*$")
"""A star closing a line that a star opens ("*TITLE *")."""
_MARK_OPENING = re.compile(r"^\s*[*•·▪●|｜\-–—]")
"""A line a list's or a table's mark opens: one of the marks above, or a dash."""
_HASHTAG = re.compile(r"#\w+(?:_\w+)*|(?<!\w)[\u0621-\u064a]+(?:_[\u0621-\u064a]+)+(?!\w)")
"""A hashtag: "#" and words joined by underscores ("#أنقذوا_الغابات"), or Arabic words so joined without it
("أنقذوا_الغابات"); not a file's name ("grain_prices_2024.jpg")."""
MIN_FRAMED_WORDS = 3
"""A framed line holds this many words at least: a menu's or a box's one or two ("• الأخبار") are left marked."""


def unframed(text: str) -> str:
    """The line without the marks at its edges (see the module docstring), or the line itself when it has none."""
    bars = _BARS_AROUND.match(text)
    if bars:
        return bars.group(1).strip()
    lead = _LEADING_MARK.match(text)
    if lead is None:
        return text
    return _TRAILING_STAR.sub("", text[lead.end():]).strip()


def hashtag_words(text: str) -> str:
    """The line with each hashtag's words apart: "#" dropped, "_" read as a space."""
    return _HASHTAG.sub(lambda found: found.group().lstrip("#").replace("_", " "), text)


def framed_alone(lines: tuple[LineScore, ...], index: int) -> bool:
    """Whether line ``index`` has marks at its edges (``unframed``) that no line right above or under it shares: no
    list's item, no table's row. Words enough (``MIN_FRAMED_WORDS``), and no furniture by a rule or shape."""
    line = lines[index]
    inner = unframed(line.text)
    if inner == line.text or len(inner.split()) < MIN_FRAMED_WORDS or line.furniture is not None:
        return False
    return not any(_MARK_OPENING.match(lines[near].text) for near in (index - 1, index + 1) if 0 <= near < len(lines))


_CLOSING_COLON = re.compile(r"\s*[:：]\s*$")


def colon_over_credits(body: Body, index: int) -> bool:
    """Whether line ``index`` above the article ends with a colon over the date or byline block alone, down to the
    article: furniture by a rule or shape, and one writer's line at most (``bylines.writers_line``,
    ``namecredits.byline_under_a_colon``): the colon announces nothing there. Two names or more are a list the line
    announces; a label ("تقرير من إعداد:", ``lineshape.is_label``) announces its writer, and is no title."""
    line = body.lines[index]
    block = body.lines[index + 1:body.start]
    named = [other.text for other in block if other.furniture is None]
    return (index < body.start and line.furniture is None and bool(_CLOSING_COLON.search(line.text)) and bool(block)
            and not is_label(line.text.strip()) and len(named) <= 1
            and all(writers_line(text) or byline_under_a_colon(text) for text in named))


def unframed_titles(body: Body) -> Body:
    """The page with each line framed alone (``framed_alone``) at the top, down to the article's first paragraph,
    read without its marks, a title's colon over its byline dropped (``colon_over_credits``), and each hashtag's
    words apart (``hashtag_words``): the lines the headline rules weigh."""
    top = min(len(body.lines), body.start + 2)
    lines = list(body.lines)
    for index in range(top):
        text = unframed(lines[index].text) if framed_alone(body.lines, index) else lines[index].text
        if colon_over_credits(body, index):
            text = _CLOSING_COLON.sub("", text)
        lines[index] = replace(lines[index], text=hashtag_words(text))
    return replace(body, lines=tuple(lines)) if lines != list(body.lines) else body
