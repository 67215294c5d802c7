"""A labelled list of other stories' titles above or below the article (issue 11).

Sites print boxes of other stories under a label of their class: "read also", "related", "most read", "latest news"
("اقرأ أيضا", "أخبار ذات صلة", "الأكثر قراءة", "آخر الأخبار", "Latest News", "À lire aussi"). In a select-all copy
the box comes out as its label alone on a line, then its titles one a line, most often marked as a list's items
("- ...", "• ..."). Below the article the "read also" rules drop such a box; above it, where no rule stood, its
titles read as article lines and the first one as the headline. Here the box is told by its own structure: the label
alone on its line (``names_other_stories``), then the run of items right under it, up to the first line that is not
an item (a paragraph, the article's title, a line of another kind). The body finder (``bodyfind.score_lines``) drops
the label and the items as "other stories' titles".

Where the shape was seen: above the article on s29 r03 beirut24 ("Latest News" over ten "- ..." titles) and in the
search tool's pages (walaw.press: "آخر الأخبار" over "- ..." titles); below it on s28 b02 egelyom, where the "read
also" rules already dropped it. A label of the class's "read also" wordings (``rules.READ_ALSO``, ``rules.BOX_LABEL``)
fires wherever it stands, as those rules do. A name only ``rules.OTHER_STORIES_BOXES`` gives ("آخر الأخبار",
"Latest", "Trending", "Les plus lus") is also a live page's or a digest's own heading over its updates or items, and
most often a crumb over the article's title: it fires only outside the article (``_outside_the_article``), opening
the page (nothing above it but menu-length lines or furniture) or under the last paragraph (review_teasers29 H1).

The run never reaches into the article: a list the article announces has its own lead-in (a sentence closed by a
colon, which is no label); a sub-heading named like a box ("آخر التطورات") heads paragraphs, which are no items;
items must each speak mostly of other things than the page's prose; a run of title-shaped lines with no list mark
stops at the first line that tells the lead's story in its words (``titles_the_lead``: the article's title), and of
the rest the one right over the lead stays (a title worded apart from the lead, told by nothing but its place).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from text.lineshape import MAX_TEASER_WORDS, is_question_title, is_teaser, strip_bullet
from text.rules import BOX_LABEL, OTHER_STORIES_BOXES, READ_ALSO_MARKER, line_reason, marker_has_title
from text.scoredline import list_mark
from text.sharedwords import CUT_LINE_SHARED, common_keys, word_keys

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
MAX_MENU_WORDS = MIN_TITLE_WORDS - 1
"""A line above a box opening the page holds at most this many words (a menu's, a site's name) unless furniture."""
OPENING_WORDS = 80
"""How many words of the article's first paragraphs a title under a box is compared with (``titlewords.LEAD_WORDS``).
"""
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


@dataclass(frozen=True)
class ArticleWords:
    """What a title under a box is compared with (``word_keys``, the commonest aside): the lead's words, and the
    words of the article's first lines (the lead's and the next, ``OPENING_WORDS`` words in all), as the headline
    finder compares a title with the article's opening (``titlewords.LEAD_WORDS``)."""

    lead: frozenset[str]
    opening: frozenset[str]

    @classmethod
    def of(cls, lines: Sequence[str], prose: Collection[int], lead: str) -> ArticleWords:
        opening: set[str] = set()
        count = 0
        for index in sorted(prose):
            opening |= word_keys(lines[index])
            count += len(lines[index].split())
            if count >= OPENING_WORDS:
                break
        return cls(frozenset(word_keys(lead) - common_keys()), frozenset(opening - common_keys()))


def titles_the_lead(line: str, article: ArticleWords) -> bool:
    """Whether a title-shaped line tells the lead's story in its words: half its words at least, and two or more
    (``CUT_LINE_SHARED``), are the lead's, and fewer than two more are said in the article's first lines but not in
    the lead. The article's title tells what the lead opens with; another story's title shares a word or two, and a
    related older story's title on the same matter shares words said only in later paragraphs (the headline finder
    asks the same of the line it takes back from a box: ``headline._swallowed_by_a_box``, ``_told_first``)."""
    keys = word_keys(strip_bullet(line)) - common_keys()
    said = keys & article.lead
    said_later = (keys & article.opening) - said
    return (len(said) >= CUT_LINE_SHARED and len(said) >= MAX_SHARED_SHARE * len(keys)
            and len(said_later) < CUT_LINE_SHARED)


def story_lists(lines: Sequence[str], prose: Collection[int], lead: str = "",
                furniture: Sequence[str | None] | None = None) -> dict[int, str]:
    """The indices of the page's lines (non-empty, as the splitter reads them) that are a box of other stories under
    its label (the module docstring), the label included, each with why. ``prose``: the lines that read as
    paragraphs; ``lead``: the article's lead (``bodyfind._lead``); ``furniture``: each line's furniture reason by rule
    or shape, if any."""
    found: dict[int, str] = {}
    article = ArticleWords.of(lines, prose, lead)
    for label, line in enumerate(lines):
        if label in found or not names_other_stories(line):
            continue
        items = _items_under(lines, label, prose, article)
        if (items and _speak_of_other_things(lines, items, prose)
                and (_worded_as_read_also(line) or _outside_the_article(lines, label, prose, furniture))):
            shown = " ".join(line.split())
            found[label] = LABEL_WHY
            found.update(dict.fromkeys(items, ITEM_WHY.format(count=len(items), label=shown)))
    return found


def _worded_as_read_also(line: str) -> bool:
    """Whether a box's label is in a "read also" or related box's words (``rules.READ_ALSO``, ``rules.BOX_LABEL``),
    which the "read also" rules drop wherever they stand, rather than a name only ``OTHER_STORIES_BOXES`` gives."""
    text = " ".join(strip_bullet(line).split())
    return bool(READ_ALSO_MARKER.match(text) or BOX_LABEL.match(text))


def _outside_the_article(lines: Sequence[str], label: int, prose: Collection[int],
                         furniture: Sequence[str | None] | None) -> bool:
    """Whether a box's label stands outside the article: under its last paragraph, or opening the page, with nothing
    above it but lines of a menu's length (``MAX_MENU_WORDS``) or furniture. Under the title, or between paragraphs,
    "آخر الأخبار" / "Latest" heads a live page's updates, a digest's items or the article's own list (H1)."""
    if prose and label > max(prose):
        return True
    return all(len(lines[index].split()) <= MAX_MENU_WORDS or (furniture is not None and furniture[index] is not None)
               for index in range(label))


def _items_under(lines: Sequence[str], label: int, prose: Collection[int], article: ArticleWords) -> list[int]:
    """The box's items right under its label: the run of lines marked as the first one is (each a title), or of
    title-shaped lines with no mark up to the article's title (``titles_the_lead``), less the one right over a
    paragraph; none when fewer than a box holds."""
    first = label + 1
    if first >= len(lines):
        return []
    mark = list_mark(lines[first])
    marked = strip_bullet(lines[first]) != lines[first].strip()
    run: list[int] = []
    for index in range(first, len(lines)):
        text = lines[index]
        item = (_marked_item(text, mark) if marked
                else index not in prose and _title_shaped(text) and not titles_the_lead(text, article))
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
