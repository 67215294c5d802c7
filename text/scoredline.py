"""A page's line as the body finder scores it (``LineScore``), and the tests of one such line that the finder's parts
share: a short title, a list item and its mark, a label closed by a colon, a line announcing what follows, a line
going on from above, a finished paragraph. ``text.bodyfind`` finds the article with them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from text.lineshape import (DIGIT, HARAKAT, NUMBER_ONLY, OATHS, PARAGRAPH_WORDS, UNENDED_WORDS, announces_what_follows,
                            builds_a_sentence, ends_sentence, goes_on_from_above, has_letter, is_site_notice, is_teaser,
                            stops_mid_phrase, strip_bullet)

MIN_TITLE_WORDS = 3
"""A line of one or two words is a tag, a category or a site name, never the title (``text.titleshape``, and the
body finder's parts, which cannot import it, use it)."""
MIN_WHOLE_TITLE_WORDS = 3
"""A line this long may be a whole title (another story's); a shorter one under a broken line is its rest."""
RULE_SCORE = 0.0
SHAPE_SCORE = -0.5
"""Rule or shape furniture weighs little: it is dropped wherever it stands, and must not split an article."""
PROSE = 0.3
"""A line scoring this much reads like article prose (for the neighbours' rule)."""
MAX_COLON_TITLE_WORDS = 7
"""A label closed by a colon may head a part with this many words at most (a longer one announces what follows)."""


@dataclass(frozen=True)
class LineScore:
    text: str
    score: float
    furniture: str | None
    """Why the line is furniture by its shape or a rule, whatever its place; None for article-like lines."""
    why: str
    """The features behind the score, for ``inspect --lines``."""
    by_rule: bool = False
    """Furniture by a rule of ``text.rules`` (or under a "read also" marker): ``drop_furniture`` handles it."""


COMMENT_LABEL = "a comment's label"
"""The note on a short lead-in under the comments' header (``_short_lead_in``): it announces nothing
(``announces``)."""


def opens_going_on(text: str) -> bool:
    """Whether a line opens as the text goes on from above (``goes_on_from_above``: "وبهذا الفوز ...", "كما ...",
    "وأوضح ..."), never with an oath (``OATHS``: "والله ..." opens a reader's comment)."""
    tokens = HARAKAT.sub("", text).split()
    return bool(tokens) and goes_on_from_above(text) and tokens[0].strip(".,،:؛!؟?\"'«»") not in OATHS


def is_whole_title(text: str) -> bool:
    return (is_teaser(text) and len(text.split()) >= MIN_WHOLE_TITLE_WORDS and not stops_mid_phrase(text)
            and not builds_a_sentence(text))


def is_list_item(line: LineScore) -> bool:
    return line.furniture is None and strip_bullet(line.text) != line.text and len(line.text.split()) >= 3


def list_label_value(text: str) -> bool:
    """An item of the "label: value" kind ("- بنك فيصل: 680 جنيه", "• المدرب: NAME"): a label of at most
    ``MAX_COLON_TITLE_WORDS`` words, then a colon."""
    head, colon, _ = strip_bullet(text).partition(":")
    return bool(colon) and 0 < len(head.split()) <= MAX_COLON_TITLE_WORDS


def list_label(line: LineScore) -> bool:
    """A short label closed by a colon, maybe marked as a list's item ("نبذة عن الفريقين:", "• الإنجازات:", a
    speaker's "د. حسن الدرهم:"): no furniture, ``MAX_COLON_TITLE_WORDS`` words at most."""
    text = strip_bullet(line.text)
    return (line.furniture is None and text.endswith((":", "：")) and has_letter(text)
            and 0 < len(text.split()) <= MAX_COLON_TITLE_WORDS)


def list_mark(line: str) -> str:
    """How a list item is marked: its bullet symbol, or '1' for a number."""
    return "1" if DIGIT.match(line) else line[:1]


def is_short_title(line: LineScore) -> bool:
    """A short line that may head what follows: no furniture, no sentence, no list item, and a word of three
    letters or more (an editor's initials, "م ر/ع ع", head nothing)."""
    text = line.text
    return (line.furniture is None and 0 < len(text.split()) <= PARAGRAPH_WORDS and not ends_sentence(text)
            and not text.endswith((":", "：", "،", ",")) and strip_bullet(text) == text
            and any(len(re.sub(r"[\W\d_]", "", token)) >= 3 for token in text.split()))


def announces(line: LineScore, *, says: Callable[[str], bool] = announces_what_follows) -> bool:
    """Whether ``line`` of the article announces what follows: ``says`` its text does (a colon closing it, by
    default; ``text.leadins.announces_without_colon`` for the colon-less form), and it is no site notice or comment
    label."""
    return (line.furniture is None and says(strip_bullet(line.text))
            and not is_site_notice(line.text)  # "... يرجى مراسلتنا على:" announces the site's address
            and COMMENT_LABEL not in line.why)


def closes_a_paragraph(line: LineScore) -> bool:
    """A finished paragraph: closed by a sentence end, or long prose on a page whose paragraphs go without one."""
    return ends_sentence(line.text) or (line.furniture is None and line.score >= PROSE
                                        and len(line.text.split()) >= UNENDED_WORDS)


NEUTRAL_SHAPES = frozenset(("no words", NUMBER_ONLY, "dateline"))
"""Furniture by shape that tells nothing of where the article ends: a separator or a bare dash between a list's rows, a
table's figure, a row opening with a place and a colon ("حمص: 9 مقاعد") read as a dateline."""
