"""Boxes a page frames for screen readers, found by the page's own markers in a select-all copy.

Big sites print, for screen readers, markers around their boxes: Al Jazeera's "list of 4 items" / "list 1 of 4" /
"end of list" (or in Arabic) around a "read also" box, BBC's "تخطى NAME وواصل القراءة" ... "NAME نهاية" around
suggested stories or a promo, "أهمل X مشاركة" ... "نهاية X مشاركة" around an embedded post, and a box's own label
closed by its end ("الأكثر قراءة" ... "نهاية الأكثر قراءة"). The markers are the page's structure, so the box is
dropped exactly, whatever its lines look like, and it never ends the article: the body finder
(``bodyfind.score_lines``) scores its lines as rule furniture.
"""

from __future__ import annotations

import re
from collections.abc import Container

from text.lineshape import PARAGRAPH_WORDS, ends_sentence, shape_reason
from text.rules import (FRAMED_BOX_NAMES, READ_ALSO_REASON, line_reason, list_count, list_marker, list_markers_alone,
                        list_place_in)

LINK_LIST = "list of links"
"""The reason for the lines of a box a screen reader's markers frame (``screen_reader_lists``)."""
SKIPPED_BOX = "box a skip link frames"
"""The reason for the lines between a skip link and the end it names (``skipped_boxes``)."""
LABELLED_BOX = "box its label and its end frame"
"""The reason for the lines from a box's label to the line naming its end (``labelled_boxes``)."""
SCREEN_READER_BOXES = frozenset((LINK_LIST, SKIPPED_BOX, LABELLED_BOX))
"""Boxes framed by the page's own markers: dropped as they stand, never re-read by the "read also" rules, which would
take the article's line under the box's end for a link."""
MAX_SKIPPED_LINES = 40
"""A skip link's end is looked for this many lines down: a box is a promo, an embed or a few links."""
MAX_BOX_NAME_WORDS = 6
"""A box's name (a skip link's, a label's) is this many words at most."""
MAX_BOX_LINE_WORDS = 20
"""A box holds titles, counters and notices: a line longer than this (a rule's notice aside) is article prose."""
_EMBEDDED_POST = re.compile(r"(?:مشاركة|منشور|تغريدة|post|tweet)$", re.IGNORECASE)
"""A skip link's box is an embedded post when its name says so ("X مشاركة", "Twitter post")."""
_SKIP_LINK = re.compile(
    r"^(?:تخطى|تخطي|تجاوز|أهمل|اهمل|إهمل|skip)\s+(?P<name>.+?)"
    r"(?P<goes_on>\s+(?:و\s*)?(?:واصل|تابع|أكمل|اكمل|استمر في|and continue)\s+(?:القراءة|reading))?\s*$", re.IGNORECASE)
"""A skip link a screen reader speaks ("تخطى قصص مقترحة وواصل القراءة", "أهمل X مشاركة", "Skip Twitter post"),
printed in a select-all copy of BBC's pages and others: it names the box it skips."""
_COUNTED = re.compile(r"\s*[,،]\s*\d{1,2}$")
"""BBC numbers a page's embeds of one kind ("تخطى يوتيوب مشاركة, 1" ... "نهاية يوتيوب مشاركة, 1")."""
_END_OF = re.compile(r"^(?:نهاية\s+(?P<after>.+)|end of\s+(?P<english>.+)|(?P<before>.+?)\s+نهاية)$", re.IGNORECASE)
"""A line naming a box's end: "نهاية الأكثر قراءة", "قصص مقترحة نهاية", "End of Most read"."""


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
    """Lines of the boxes a skip link frames (``_skip_link_box``), each with why."""
    boxed: dict[int, str] = {}
    for index, line in enumerate(lines):
        link = _SKIP_LINK.match(line.strip())
        if (link is not None and index not in boxed and len(link["name"].split()) <= MAX_BOX_NAME_WORDS
                and (link["goes_on"] or _EMBEDDED_POST.search(_COUNTED.sub("", link["name"])))):
            boxed.update(_skip_link_box(lines, index, link["name"]))
    return boxed


def labelled_boxes(lines: list[str], taken: Container[int] = frozenset()) -> dict[int, str]:
    """Lines of the boxes a page frames by their own label and a line naming their end further down ("الأكثر قراءة"
    ... "نهاية الأكثر قراءة"), each with why; not from a line of ``taken`` (another box's). The end is the page's
    marker as a skip link's is (``_skip_link_box``: BBC prints both). The label must be a box's name by itself
    (``box_name``): an article heads its own parts "X" ... "نهاية X" ("الشوط الأول" ... "نهاية الشوط الأول"), with
    ranks, captions or a "read also" line inside, so nothing between the two lines proves a box."""
    boxed: dict[int, str] = {}
    ends = _box_ends(lines)
    if not ends:
        return boxed
    for index, line in enumerate(lines):
        end = None if index in boxed or index in taken or not box_name(line) else _labelled_end(lines, index, ends)
        if end is not None:
            boxed.update(dict.fromkeys(range(index + 1, end), "inside a box its label and its end frame"))
            boxed[index], boxed[end] = "a box's label", "the end a box's label names"
    return boxed


def _skip_link_box(lines: list[str], index: int, name: str) -> dict[int, str]:
    """The box a skip link frames: the link says what it skips ("تخطى NAME وواصل القراءة": skip and continue reading;
    "أهمل NAME مشاركة", "Skip Twitter post": an embedded post), and the box ends on a line giving that name with
    "نهاية" or "end of" ("NAME نهاية", "نهاية NAME مشاركة"). Everything between is the box (a promo, suggested stories,
    an embedded post). A post the article leads into with a colon ("وكتب الوزير على منصة إكس:") is its quotation:
    only the markers go. The end is looked for up to the next link of the same name and within ``MAX_SKIPPED_LINES``
    lines; a link whose end is not found is dropped alone. An article's own lines ("تجاوز الأزمة" ... "نهاية الأزمة")
    say neither "continue reading" nor "post"."""
    name, same_link = _compared(name), _compared(lines[index])
    ends = {f"{name} نهاية", f"نهاية {name}", f"end of {name}"}
    end = None
    for below in range(index + 1, min(len(lines), index + 1 + MAX_SKIPPED_LINES)):
        text = _compared(lines[below]).strip(" .:")
        if text in ends:
            end = below
            break
        if text == same_link:
            break  # the next box's link of the same name: this one's end is missing
    boxed = {index: "a skip link"}
    if end is None:
        return boxed
    above = _nearest_index(lines, range(index - 1, -1, -1))
    if above is None or not lines[above].rstrip().endswith((":", "：")):
        boxed.update(dict.fromkeys(range(index + 1, end), "inside a box a skip link frames"))
    boxed[end] = "the end a skip link names"  # alone when the article quotes the post it leads into
    return boxed


def _box_ends(lines: list[str]) -> dict[str, list[int]]:
    """The lines naming a box's end (``_END_OF``: "نهاية الأكثر قراءة", "قصص مقترحة نهاية", "End of Most read"), by
    the name they give (compared as ``_compared``), each name's lines in page order."""
    ends: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        end = _END_OF.match(_compared(line).strip(" .:"))
        name = end and next(group for group in end.groups() if group)
        if name and len(name.split()) <= MAX_BOX_NAME_WORDS:
            ends.setdefault(name, []).append(index)
    return ends


def box_name(line: str) -> bool:
    """Whether ``line`` names a box of other stories by itself: a "read also" label (``rules.line_reason``: "الأكثر
    قراءة", "قصص مقترحة", "قد يهمك أيضا", "موضوعات ذات صلة") or a ranked or picked box's name
    (``rules.FRAMED_BOX_NAMES``: "الأكثر مشاهدة", "مختارات المحرر"). "نهاية X" under a line "X" proves nothing alone."""
    text = line.strip()
    return line_reason(text) == READ_ALSO_REASON or bool(FRAMED_BOX_NAMES.match(" ".join(text.split()).strip(" .:")))


def _labelled_end(lines: list[str], index: int, ends: dict[str, list[int]]) -> int | None:
    """The line ending the box line ``index`` labels, or None: a short label (``MAX_BOX_NAME_WORDS``, no sentence end)
    whose name a line below gives as its end, within ``MAX_SKIPPED_LINES`` lines and before the label comes again,
    with a box's lines between (``_holds_a_box``). A paragraph opening "نهاية ..." names no label above it."""
    name = _compared(lines[index]).strip(" .:")
    if name not in ends or ends_sentence(lines[index].strip()):
        return None
    for end in ends[name]:
        if index < end <= index + MAX_SKIPPED_LINES:
            if any(_compared(lines[between]).strip(" .:") == name for between in range(index + 1, end)):
                return None  # the label again before its end: the first one's box has no end
            return end if _holds_a_box(lines, index, end) else None
    return None


def _holds_a_box(lines: list[str], label: int, end: int) -> bool:
    """Whether the lines between a label and its end are a box's: something in it and no article prose
    (``_article_prose``). A box's name over the article's own paragraphs ("الأكثر قراءة" heading a part on reading
    habits) frames prose and stays."""
    inside = [lines[index] for index in range(label + 1, end) if lines[index].strip()]
    return bool(inside) and not any(_article_prose(line) for line in inside)


def _article_prose(line: str) -> bool:
    """A line no box holds: longer than a title (``MAX_BOX_LINE_WORDS``), or a sentence closed by a full stop, unless
    a rule names it furniture (a cookie notice is a long sentence)."""
    text = line.strip().rstrip("\"”»)'’")
    long_line = len(text.split()) > MAX_BOX_LINE_WORDS
    stated = len(text.split()) >= PARAGRAPH_WORDS and text.endswith((".", "!")) and not text.endswith("..")
    return (long_line or stated) and line_reason(line) is None


def _compared(text: str) -> str:
    """``text`` as a link and the end naming it are compared: spaces folded, case folded."""
    return " ".join(text.split()).casefold()


def _nearest_index(lines: list[str], indices: range) -> int | None:
    """The first of ``indices`` whose line is not blank."""
    return next((i for i in indices if lines[i].strip()), None)
