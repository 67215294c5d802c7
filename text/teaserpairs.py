"""Other stories' titles standing inside the article in a run too short for ``othertitles.teasers_inside`` (fewer
than ``MIN_TEASERS``): two linked titles a site drops between two paragraphs, or one or more dropped between a
paragraph announcing a list ("... منها:") and the list's marked items. A run that short is told by what its lines
say rather than by its length: each is a whole title (``_alone_title``) and almost none of its words are the
article's (``_speaks_of_other_things``), while the article's own sub-heading shares its topic with the paragraphs
under it, and its unpunctuated short paragraph goes on from the one above or speaks of the story."""

from __future__ import annotations

import re

from text.bodytables import TABLE_ROWS
from text.lineshape import (COMMA, continues_paragraph, ends_sentence, is_question_title, normal, stops_mid_phrase,
                            strip_bullet)
from text.othertitles import OTHER_TITLES, points_to_a_list, worded_lines
from text.rules import READ_ALSO_REASON
from text.scoredline import PROSE, SHAPE_SCORE, LineScore, is_list_item, list_mark
from text.sharedwords import common_keys, word_keys

MIN_PAIR = 2
"""Between two paragraphs, a run of this many titles at least (one title there may be a sub-heading over a short
paragraph, or the article turning to a new matter in one unpunctuated sentence: it stays)."""
KNOWN_TEASERS = frozenset((OTHER_TITLES, READ_ALSO_REASON, "video teaser"))
"""Lines the rules already know as other stories' links: a title beside one is in the same run ("فيديو.. ..." over
a title of no marker)."""
MAX_LONG_TITLE_WORDS = 25
"""A linked title of another story may run to this many words (a site writing its titles to be found by search:
"السعودية تعلن اطلاق نوع إقامة جديد ... لمدة 10 سنوات"); a line with no comma and no sentence end this long inside an
article is a title, or prose that shares its words with the story."""
MAX_SHARED_SHARE = 1 / 3
"""At most this share of a short run's line's words (``word_keys``, the commonest words aside) are the article's:
another story's title names the site's usual subjects (its country, "المقيمين", "رسمية"), the article's sub-heading
names its topic (half its words or more for all but two of the 21 such sub-headings on the s24 readable pages, and
those two stand alone)."""
MIN_SHORT_RUN_WORDS = 8
"""A title in a short run has this many words at least: a verse quoted between two paragraphs, a short line of the
article's own, has fewer (another story's linked title is written long, to be found)."""
MIN_TITLE_KEYS = 3
"""A line with fewer words of four letters says too little to be told from the article by its words."""


def short_teaser_runs(scored: tuple[LineScore, ...], start: int, end: int) -> tuple[LineScore, ...]:
    """Inside the article (``scored[start:end]``, empty lines and rules of dashes seen through), the short runs of
    other stories' titles (see the module docstring): ``MIN_PAIR`` whole titles or more between a finished paragraph
    of prose and prose, or one or more between a paragraph closed by a colon and the marked items of the list it
    announces (an unmarked line there is not one of the items). A line the rules already drop as another story's
    link (``KNOWN_TEASERS``) counts in the run; only the titles of no furniture yet are told by their words."""
    result = list(scored)
    worded = worded_lines(scored, start, end)
    at = 1
    while at < len(worded):
        stop = at
        while stop < len(worded) and (_alone_title(scored[worded[stop]])
                                       or scored[worded[stop]].furniture in KNOWN_TEASERS):
            stop += 1
        run = worded[at:stop]
        titles = [index for index in run if scored[index].furniture is None]
        if titles and stop < len(worded) and len({normal(scored[index].text) for index in run}) == len(run):
            above, below = scored[worded[at - 1]], scored[worded[stop]]
            if ((_between_paragraphs(above, below) and len(run) >= MIN_PAIR or _inside_a_list(above, below))
                    and _speaks_of_other_things(scored, start, end, titles)):
                for index in titles:
                    line = scored[index]
                    result[index] = LineScore(line.text, SHAPE_SCORE, OTHER_TITLES,
                                              f"{line.why}, one of {len(run)} titles sharing few words with the "
                                              "article")
        at = max(stop, at + 1)
    return tuple(result)


def _alone_title(line: LineScore) -> bool:
    """A whole title standing alone: no furniture, no list mark, ``MIN_SHORT_RUN_WORDS`` to
    ``MAX_LONG_TITLE_WORDS`` words, no comma, no sentence end nor a closing colon, not a question (the article's
    parts are often asked), not going on from the line above ("وأضاف ...", "كما ...") nor stopping mid-phrase, not a
    row of the article's table."""
    text = line.text.strip()
    return (line.furniture is None and bool(text) and strip_bullet(text) == text and TABLE_ROWS not in line.why
            and MIN_SHORT_RUN_WORDS <= len(text.split()) <= MAX_LONG_TITLE_WORDS
            and not COMMA.search(text) and not ends_sentence(text) and text[-1] not in ":：؛;"
            and not is_question_title(text) and not continues_paragraph(text)
            and not stops_mid_phrase(text, in_a_word=False))


def _between_paragraphs(above: LineScore, below: LineScore) -> bool:
    """A finished paragraph of prose that announces no list above, prose below."""
    return (above.furniture is None and ends_sentence(above.text) and above.score >= PROSE
            and not points_to_a_list(above.text) and below.furniture is None and below.score >= PROSE)


def _inside_a_list(above: LineScore, below: LineScore) -> bool:
    """A paragraph closed by a colon above (it announces a list), a marked item of that list below."""
    return (above.furniture is None and above.score >= PROSE and above.text.rstrip().endswith((":", "："))
            and is_list_item(below) and bool(list_mark(below.text).strip()))


def _speaks_of_other_things(scored: tuple[LineScore, ...], start: int, end: int, run: list[int]) -> bool:
    """Whether each line of the run has ``MIN_TITLE_KEYS`` words or more, at most ``MAX_SHARED_SHARE`` of them found
    in the rest of the article (its lines outside the run) or over it (its headline, a kicker), the commonest words
    aside."""
    common = common_keys()
    article = set().union(*(_stems(scored[index].text) for index in range(end)
                            if index not in run and scored[index].furniture is None))
    for index in run:
        keys = _stems(scored[index].text) - common
        if len(keys) < MIN_TITLE_KEYS or len(keys & article) > MAX_SHARED_SHARE * len(keys):
            return False
    return True


def _stems(text: str) -> set[str]:
    """``word_keys`` with a joined ل or لل taken off too ("للموظفين" and "بالموظفين" are one word)."""
    return {re.sub(r"^لل?(?=\w{4})", "", key) for key in word_keys(text)}
