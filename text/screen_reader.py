"""Boxes a page frames for screen readers, found by the page's own markers in a select-all copy.

Big sites print, for screen readers, markers around their boxes: Al Jazeera's "list of 4 items" / "list 1 of 4" /
"end of list" (or in Arabic) around a "read also" box, BBC's "تخطى NAME وواصل القراءة" ... "NAME نهاية" around
suggested stories or a promo, and "أهمل X مشاركة" ... "نهاية X مشاركة" around an embedded post. The markers are the
page's structure, so the box is dropped exactly, whatever its lines look like, and it never ends the article: the
body finder (``bodyfind.score_lines``) scores its lines as rule furniture.
"""

from __future__ import annotations

import re

from text.lineshape import shape_reason
from text.rules import READ_ALSO_REASON, line_reason, list_count, list_marker, list_markers_alone, list_place_in

LINK_LIST = "list of links"
"""The reason for the lines of a box a screen reader's markers frame (``screen_reader_lists``)."""
SKIPPED_BOX = "box a skip link frames"
"""The reason for the lines between a skip link and the end it names (``skipped_boxes``)."""
SCREEN_READER_BOXES = frozenset((LINK_LIST, SKIPPED_BOX))
"""Boxes framed by the page's own markers: dropped as they stand, never re-read by the "read also" rules, which would
take the article's line under the box's end for a link."""
MAX_SKIPPED_LINES = 40
"""A skip link's end is looked for this many lines down: a box is a promo, an embed or a few links."""
MAX_BOX_NAME_WORDS = 6
_EMBEDDED_POST = re.compile(r"(?:مشاركة|منشور|تغريدة|post|tweet)$", re.IGNORECASE)
"""A skip link's box is an embedded post when its name says so ("X مشاركة", "Twitter post")."""
_SKIP_LINK = re.compile(
    r"^(?:تخطى|تخطي|تجاوز|أهمل|اهمل|إهمل|skip)\s+(?P<name>.+?)"
    r"(?P<goes_on>\s+(?:و\s*)?(?:واصل|تابع|أكمل|اكمل|استمر في|and continue)\s+(?:القراءة|reading))?\s*$", re.IGNORECASE)
"""A skip link a screen reader speaks ("تخطى قصص مقترحة وواصل القراءة", "أهمل X مشاركة", "Skip Twitter post"),
printed in a select-all copy of BBC's pages and others: it names the box it skips."""


def screen_reader_lists(lines: list[str]) -> dict[int, str]:
    """Lines of the link boxes a screen reader's markers frame (``rules.list_marker``), each with why.

    Such a box is framed line by line: "list of 4 items", then "list 1 of 4" above (or glued to) each link's
    title, then "end of list". The markers are the page's own structure, so the box is dropped exactly, whatever
    its titles look like, and the box never ends the article: what follows its end is the page going on. A place
    marker counts alone on its line, or inside a box a count opened; a box with no end marker ends at the first line
    that is neither a marker nor the title one announced. A "read also" marker right above the count is the box's
    label; any other line there is the article's (its last point, a question, a short paragraph).
    """
    boxed: dict[int, str] = {}
    open_box = False
    title_next = False
    total = None  # the count of links the box's opening announced
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        marker = list_marker(line)
        if open_box and total is not None and list_place_in(line, total):
            marker = "position"
        if marker == "opening":
            total = list_count(line)
            boxed[index] = "a screen reader's list count"
            above = _nearest_index(lines, range(index - 1, -1, -1))
            if above is not None and above not in boxed and line_reason(lines[above]) == READ_ALSO_REASON:
                boxed[above] = "the label of a list of links"
            open_box, title_next = True, list_markers_alone(line)
        elif marker == "position" and (open_box or list_markers_alone(line)):
            boxed[index] = "a screen reader's place in a list of links"
            open_box, title_next = True, list_markers_alone(line)
        elif marker == "closing" and open_box:
            boxed[index] = "a screen reader's end of a list"
            open_box = title_next = False
        elif title_next:
            boxed[index] = "a link's title in a list a screen reader frames"
            title_next = False
        elif open_box and shape_reason(line, latin_page=False) is not None:
            boxed[index] = "a link's date or label in a list a screen reader frames"  # "منذ يومين" under a title
        else:
            open_box = False  # neither a marker nor the title one announced: the box ended with no end marker
    return boxed


def skipped_boxes(lines: list[str]) -> dict[int, str]:
    """Lines of the boxes a skip link frames, each with why: the link names its box and says what it is
    ("تخطى NAME وواصل القراءة": skip and continue reading; "أهمل NAME مشاركة", "Skip Twitter post": an embedded post),
    and the box ends on a line giving that name with "نهاية" or "end of" ("NAME نهاية", "نهاية NAME مشاركة").
    Everything between is the box (a promo, suggested stories, an embedded post). A post the article leads into with
    a colon ("وكتب الوزير على منصة إكس:") is its quotation: only the markers go. The end is looked for up to the
    next link of the same name and within ``MAX_SKIPPED_LINES`` lines; a link whose end is not found is dropped
    alone. An article's own lines ("تجاوز الأزمة" ... "نهاية الأزمة") say neither "continue reading" nor "post".
    """
    boxed: dict[int, str] = {}
    for index, line in enumerate(lines):
        link = _SKIP_LINK.match(line.strip())
        if (link is None or index in boxed or len(link["name"].split()) > MAX_BOX_NAME_WORDS
                or not (link["goes_on"] or _EMBEDDED_POST.search(link["name"]))):
            continue
        name, same_link = _compared(link["name"]), _compared(line)
        ends = {f"{name} نهاية", f"نهاية {name}", f"end of {name}"}
        end = None
        for below in range(index + 1, min(len(lines), index + 1 + MAX_SKIPPED_LINES)):
            text = _compared(lines[below]).strip(" .:")
            if text in ends:
                end = below
                break
            if text == same_link:
                break  # the next box's link of the same name: this one's end is missing
        boxed[index] = "a skip link"
        if end is None:
            continue
        above = _nearest_index(lines, range(index - 1, -1, -1))
        if above is not None and lines[above].rstrip().endswith((":", "：")):
            boxed[end] = "the end a skip link names"  # the article quotes the post it leads into
            continue
        boxed.update(dict.fromkeys(range(index + 1, end), "inside a box a skip link frames"))
        boxed[end] = "the end a skip link names"
    return boxed


def _compared(text: str) -> str:
    """``text`` as a link and the end naming it are compared: spaces folded, case folded."""
    return " ".join(text.split()).casefold()


def _nearest_index(lines: list[str], indices: range) -> int | None:
    """The first of ``indices`` whose line is not blank."""
    return next((i for i in indices if lines[i].strip()), None)
