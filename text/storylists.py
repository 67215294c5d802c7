"""A labelled list of other stories' titles, wherever it stands on the page (issue 11).

Sites print boxes of other stories under a label of their class: "read also", "related", "most read", "latest news"
("اقرأ أيضا", "أخبار ذات صلة", "الأكثر قراءة", "آخر الأخبار", "Latest News", "À lire aussi"). In a select-all copy
the box comes out as its label alone on a line, then its titles one a line, most often marked as a list's items
("- ...", "• ..."). Below the article the "read also" rules drop such a box; above it, where no rule stood, its
titles read as article lines and the first one as the headline. Here the box is told by its own structure: the label
alone on its line (``names_other_stories``), then the run of items right under it, up to the first line that is not
an item (a paragraph, the article's title, a line of another kind). The body finder (``bodyfind.score_lines``) drops
the label and the items as "other stories' titles" wherever they stand.

The run never reaches into the article: a list the article announces has its own lead-in (a sentence closed by a
colon, which is no label); a sub-heading named like a box ("آخر التطورات") heads paragraphs, which are no items;
items must each speak mostly of other things than the page's prose; and of title-shaped lines with no list mark, the
one right over the lead stays (the article's title stands there, told from the box's titles by nothing but its place).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from text.lineshape import MAX_TEASER_WORDS, is_question_title, is_teaser, strip_bullet
from text.rules import BOX_LABEL, OTHER_STORIES_BOXES, READ_ALSO_MARKER, line_reason, marker_has_title
from text.scoredline import list_mark
from text.sharedwords import common_keys, word_keys

LABEL_MARKS = " \t:：.…|｜»-–—"
"""What may close a box's label on its line ("آخر الأخبار:", "Latest News »")."""
MIN_MARKED_ITEMS = 2
"""Items marked as a list's under a box's label: two are already a box (a site's "related" pair)."""
MIN_PLAIN_ITEMS = 3
"""Title-shaped lines with no list mark under a box's label: three at least (``othertitles.MIN_TEASERS``), the line
over the lead left out, as a label with only the article's title and lead under it is a site's header over its
article."""
MIN_ITEM_WORDS = 2
MAX_MARKED_ITEM_WORDS = 25
"""A marked item of a box is a title, at most this long (``othertitles.MAX_STRAY_TITLE_WORDS``: a title of two clauses);
a longer marked line is a paragraph of the article's list."""
MIN_TITLE_WORDS = 3
"""A title-shaped line with no list mark holds this many words at least (``scoredline.MIN_TITLE_WORDS``)."""
MAX_SHARED_SHARE = 0.5
"""An item sharing this share of its words (four letters or more, the commonest aside) with the page's prose speaks
of the article's topic: an article's own list, not a box of other stories."""
LABEL_WHY = "the label of a list of other stories' titles under it"
ITEM_WHY = "one of {count} titles under a label of other stories ({label})"

_WORD = re.compile(r"\w")


def names_other_stories(line: str) -> bool:
    """Whether a line is a box's label alone on its line, in a wording of the class: a "read also" marker carrying no
    title (``rules.READ_ALSO``), a box's worded label (``rules.BOX_LABEL``: "موضوعات مرتبطة"), or a name of a box of
    other stories (``rules.OTHER_STORIES_BOXES``: "آخر الأخبار", "Latest News", "À lire aussi")."""
    text = " ".join(strip_bullet(line).split())
    if not _WORD.search(text):
        return False
    if READ_ALSO_MARKER.match(text) and not marker_has_title(text):
        return True
    return bool(BOX_LABEL.match(text) or OTHER_STORIES_BOXES.match(text.strip(LABEL_MARKS)))


def story_lists(lines: Sequence[str], prose: Collection[int]) -> dict[int, str]:
    """The indices of the page's lines (non-empty, as the splitter reads them) that are a box of other stories under
    its label (the module docstring), the label included, each with why. ``prose``: the lines that read as
    paragraphs."""
    found: dict[int, str] = {}
    for label, line in enumerate(lines):
        if label in found or not names_other_stories(line):
            continue
        items = _items_under(lines, label, prose)
        if items and _speak_of_other_things(lines, items, prose):
            shown = " ".join(line.split())
            found[label] = LABEL_WHY
            found.update(dict.fromkeys(items, ITEM_WHY.format(count=len(items), label=shown)))
    return found


def _items_under(lines: Sequence[str], label: int, prose: Collection[int]) -> list[int]:
    """The box's items right under its label: the run of lines marked as the first one is (each a title), or of
    title-shaped lines with no mark, less the one right over a paragraph; none when fewer than a box holds."""
    first = label + 1
    if first >= len(lines):
        return []
    marked = strip_bullet(lines[first]) != lines[first].strip()
    run: list[int] = []
    for index in range(first, len(lines)):
        text = lines[index]
        item = (_marked_item(text, list_mark(lines[first])) if marked
                else index not in prose and _title_shaped(text))
        if not item or line_reason(text) is not None:
            break
        run.append(index)
    if marked:
        return run if len(run) >= MIN_MARKED_ITEMS else []
    if run and run[-1] + 1 in prose:  # the line over the lead is the article's title
        run.pop()
    return run if len(run) >= MIN_PLAIN_ITEMS else []


def _marked_item(text: str, mark: str) -> bool:
    """A line marked as the box's first item is, holding a title's words."""
    bare = strip_bullet(text)
    return (bare != text.strip() and list_mark(text) == mark
            and MIN_ITEM_WORDS <= len(bare.split()) <= MAX_MARKED_ITEM_WORDS)


def _title_shaped(text: str) -> bool:
    """A whole title with no list mark: a short line not closed as a sentence (or a question or exclamation title)."""
    words = len(text.split())
    return (strip_bullet(text) == text.strip() and MIN_TITLE_WORDS <= words <= MAX_TEASER_WORDS
            and (is_teaser(text) or is_question_title(text)))


def _speak_of_other_things(lines: Sequence[str], items: list[int], prose: Collection[int]) -> bool:
    """Whether each item shares less than ``MAX_SHARED_SHARE`` of its words with the page's prose: another story's
    title tells its own story, while an article's list speaks of its topic."""
    taken = set(items)
    known = set().union(*(word_keys(lines[index]) for index in prose if index not in taken))
    common = common_keys()
    for index in items:
        keys = word_keys(strip_bullet(lines[index])) - common
        if keys and len(keys & known) >= MAX_SHARED_SHARE * len(keys):
            return False
    return True
