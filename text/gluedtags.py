"""A page's tag cloud or menu copied without the breaks between its items: short parts run into each other.

A copy that loses the spaces between a page's inline links glues its tags into one line ("المدن الذكيةFinTechالذكاء
الاصطناعيالمدفوعات الرقمية..."). Written Arabic never runs a word into the next one where it shows: a word's final
ة or ى, an Arabic letter next to a Latin one, a final ي before a new "ال" word. A line with several such joins whose
every part is as short as a tag, with no sentence mark and nothing that builds a sentence, is such a list: furniture
at the article's edges (``text.bodyfind`` keeps it between two paragraphs, as it keeps every edge shape). A title run
into its first paragraph or a ticker of headlines run together has long parts and stays text.
"""

from __future__ import annotations

import re

from text.lineshape import has_sentence_particle
from text.rules import HOME_CRUMB, PAST_VERB

GLUED_TAGS = "tags run together"
"""The reason a line of glued tags is dropped."""
MIN_GLUED_JOINS = 3
"""Joins inside words a line needs: one or two are a writer's slip (a missing space), three a list glued up."""
MAX_TAG_WORDS = 4
"""Words a tag or a menu item holds at most; a headline or a sentence is longer."""
MAX_CLOUD_WORDS = 30
"""Words a glued tag cloud holds at most."""

_ARABIC = "\u0621-\u064a"
_JOIN = re.compile(
    rf"(?<=[{_ARABIC}])(?=[A-Za-z])"  # an Arabic letter run into a Latin one ("الذكيةFinTech")
    rf"|(?<=[A-Za-z])(?=[{_ARABIC}])"  # and back ("FinTechالذكاء")
    # a word's final letter run into the next word ("الرقميةإدارة"); not a hamza, which some write after ى ("لاجىء")
    rf"|(?<=[ةى])(?=[{_ARABIC}])(?![ءئؤ])"
    rf"|(?<=[{_ARABIC}]{{3}}ي)(?=ال[{_ARABIC}]{{3}})")  # a final ي run into a new "ال" word ("الاصطناعيالمدفوعات")
_SENTENCE_MARK = re.compile(r"[.!?؟،,؛;:：]")


def glued_parts(line: str) -> list[str]:
    """The parts of ``line`` between the joins where words run into each other (the line itself when none)."""
    return [part.strip() for part in _JOIN.split(line) if part.strip()]


def is_glued_tags(line: str) -> bool:
    """Whether ``line`` is a list of tags or menu items glued together (see the module docstring): at least
    ``MIN_GLUED_JOINS`` joins, every part of ``MAX_TAG_WORDS`` words or fewer, no sentence mark, no part built as a
    sentence (a word that builds one, a verb in the past first), and not opening on the site's home."""
    words = line.split()
    if not words or len(words) > MAX_CLOUD_WORDS or _SENTENCE_MARK.search(line) or HOME_CRUMB.match(line):
        return False  # (a breadcrumb opening on the site's home may end on the title: ``text.titlecrumbs``)
    parts = glued_parts(line)
    if len(parts) <= MIN_GLUED_JOINS:
        return False
    return all(len(part.split()) <= MAX_TAG_WORDS and not has_sentence_particle(part)
               and not PAST_VERB.fullmatch(part.split()[0]) for part in parts)


def glued_tags_edge(line: str, above: str | None) -> tuple[str, bool] | None:
    """(reason, by rule) as ``text.lineshape.edge_reason`` gives them, for a line of glued tags: a shape, not a rule.
    Not under a line closed by a colon (``above``, "وشاركت الجهات التالية:"): what it announces, the article's own
    list with its items run together."""
    if above is not None and above.rstrip().endswith((":", "：")):
        return None
    return (GLUED_TAGS, False) if is_glued_tags(line) else None
