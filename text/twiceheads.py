"""Sub-headings a page says twice in a row: each part's heading and its copy (a hidden anchor, a mobile copy).

A title-shaped line said twice in a row inside the article is most often a photo's caption written twice (its alt
text and its caption: ``text.bodyfind`` drops both copies). Some pages write every sub-heading so: "المعمول في
عاداتنا" / "المعمول في عاداتنا" / its paragraph, then "طريقة التحضير" twice over the next one. The page shows the
layout by doing it for ``MIN_HEADING_PAIRS`` parts or more, each pair standing alone between the paragraph before and
the paragraph it heads, said nowhere else on the page, and named as a part is, not shown as a photo is: no verb, no
scene ("الوزير خلال جولته"), no word that builds a sentence. Then the copy right over the paragraph heads its part
and only the one above it is dropped. One pair alone, or a pair said a third time, stays a caption.
"""

from __future__ import annotations

import re
from collections import Counter

from text.lineshape import (PARAGRAPH_WORDS, has_sentence_particle, normal, shows_a_scene, strip_bullet,
                            tells_in_the_present)
from text.rules import CAPTION_OPENERS, PAST_VERB
from text.scoredline import PROSE, LineScore, is_short_title

MIN_HEADING_PAIRS = 2
"""Parts a page heads with a line said twice in a row before its pairs read as headings, not captions."""
_CAPTION_OPENING = re.compile(r"^(?:%s)(?![\u0621-\u064a])" % "|".join(map(re.escape, CAPTION_OPENERS)))
HEADING_COPY = "sub-heading said twice"
"""The reason the second copy of such a sub-heading is dropped."""


def headings_said_twice(scored: tuple[LineScore, ...], start: int, end: int) -> frozenset[int]:
    """The first copies of the sub-headings said twice in a row in ``scored[start:end]`` (see the module docstring);
    none unless ``MIN_HEADING_PAIRS`` distinct ones are found."""
    counts = Counter(normal(line.text) for line in scored)
    found = {index for index in range(max(start, 1), end - 2) if _heading_pair(scored, index, counts)}
    return frozenset(found) if len({normal(scored[index].text) for index in found}) >= MIN_HEADING_PAIRS \
        else frozenset()


def _heading_pair(scored: tuple[LineScore, ...], index: int, counts: Counter[str]) -> bool:
    """Whether ``scored[index]`` and the line under it say one part's name, between a paragraph and its part."""
    first, copy, above, below = scored[index], scored[index + 1], scored[index - 1], scored[index + 2]
    text = first.text
    if copy.furniture is not None or normal(copy.text) != normal(text) or counts[normal(text)] != 2:
        return False
    if not is_short_title(first) or strip_bullet(text) != text or not _names_a_part(text):
        return False
    return _paragraph(above) and _paragraph(below)


def _names_a_part(text: str) -> bool:
    """A part's name, not a photo's caption nor a title telling news: no verb in the present after its subject, no
    past verb first, no scene word after who is shown, no caption's opening words ("جانب من ..."), no word that
    builds a sentence."""
    words = text.split()
    return not (tells_in_the_present(text) or PAST_VERB.fullmatch(words[0]) or shows_a_scene(text)
                or _CAPTION_OPENING.match(text) or has_sentence_particle(text))


def _paragraph(line: LineScore) -> bool:
    """The article's prose: no furniture, read as prose, a paragraph's length."""
    return line.furniture is None and line.score >= PROSE and len(line.text.split()) >= PARAGRAPH_WORDS


def kept_copies(lines: tuple[LineScore, ...]) -> frozenset[int]:
    """The sub-headings whose copy right above was dropped as such (``HEADING_COPY``): the page names them as its
    headings, however the line model weighs a line said twice."""
    return frozenset(index for index in range(1, len(lines)) if lines[index - 1].furniture == HEADING_COPY
                     and lines[index].furniture is None)
