"""A long title of two or three headlines joined by a spaced slash.

Some papers (and the aggregators that copy them) print a story's kicker and its main headline on one line, joined
by " / ": "تخوف في الميناء من شبكات تهريب / خفر السواحل يوقف 30 شخصا بينهم قاصران قبالة الشاطئ الشرقي ...".
Such a line may run past ``text.headline.MAX_TITLE_WORDS`` and still be the title (``text.headline`` bounds its
whole length as for a title segmented by ".."); a lead's long paragraph is told apart by its shape: a lead has
sentences (a full stop inside, several commas) and opens on a verb in the past or a dateline and an agency
("المدينة في 3 مايو / وام / أعلن ..."), where each part of such a title is a headline of its own: a few words at
least, no full stop, a present verb or a noun first. A line with a colon is no such title: a ticker's label
("عاجل: ... / ... / ...") or a quote's speaker strings items that are no one story's.
"""

from __future__ import annotations

import re

from text.bylines import COMMA_MARK
from text.lineshape import MAX_TITLE_WORDS
from text.title_model import opens_with_past_verb

SLASH = re.compile(r"(?<![0-9\u0660-\u0669])\s+/\s+(?![0-9\u0660-\u0669])")
"""A slash with spaces on both sides, not between numbers (a season's "2023 / 2024", a score)."""

MAX_SLASH_PARTS = 3
"""A kicker, the headline, a second headline at most."""

MIN_SLASH_PART_WORDS = 4
"""Each part is a headline of its own: a dateline's "وام" or a city alone between slashes is no part."""

MAX_SLASH_COMMAS = 1
"""A headline may list two places with a comma; a lead's sentence strings its clauses with several."""

_STOP = re.compile(r"[.!?؟]")
_COLON = re.compile(r"[:：]")


def slash_segmented(text: str) -> bool:
    """Whether ``text`` is made of headlines joined by a spaced slash (see the module docstring); its whole length is
    the caller's to bound."""
    parts = [part.strip() for part in SLASH.split(text)]
    if not 2 <= len(parts) <= MAX_SLASH_PARTS:
        return False
    if _STOP.search(text) or _COLON.search(text) or len(COMMA_MARK.findall(text)) > MAX_SLASH_COMMAS:
        return False
    return all(MIN_SLASH_PART_WORDS <= len(part.split()) <= MAX_TITLE_WORDS and not opens_with_past_verb(part)
               for part in parts)
