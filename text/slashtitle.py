"""A long title of two or three headlines joined by a spaced slash.

Some papers (and the aggregators that copy them) print a story's kicker and its main headline on one line, joined
by " / ": "تخوف في الميناء من شبكات تهريب / خفر السواحل يوقف 30 شخصا بينهم قاصران قبالة الشاطئ الشرقي ...".
Such a line may run past ``text.headline.MAX_TITLE_WORDS`` and still be the title (``text.headline`` bounds its
whole length as for a title segmented by ".."); a lead's long paragraph is told apart by its shape: a lead has
sentences (a full stop inside, several commas) or a dateline and an agency between slashes ("المدينة في 3 مايو /
وام / ..."), where each part of such a title is a headline of its own: a few words at least (and at most a title's),
no full stop, and not opening on a past verb of the shapes ``text.rules.PAST_VERB`` knows ("أعلنت", "أصدر"; other
past verbs, "قال", "التقى", are left to the other checks). A line with a colon is no such title, nor one opening on
a ticker's marker (``TICKER_MARKERS``, "عاجل | ... / ... / ..."): a ticker's label or a quote's speaker strings items
that are no one story's (s20 review_headfurn M2, review2_headfurn M2).
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

TICKER_MARKERS = ("عاجل", "أخبار عاجلة")
"""The labels a news ticker opens on, before a colon, a bar, a dash or nothing ("عاجل | ...", "أخبار عاجلة ...")."""

_TICKER = re.compile(rf"^\s*(?:{'|'.join(TICKER_MARKERS)})(?!\w)")
_STOP = re.compile(r"[.!?؟]")
_COLON = re.compile(r"[:：]")


def slash_segmented(text: str) -> bool:
    """Whether ``text`` is made of headlines joined by a spaced slash (see the module docstring); its whole length is
    the caller's to bound."""
    parts = [part.strip() for part in SLASH.split(text)]
    if not 2 <= len(parts) <= MAX_SLASH_PARTS:
        return False
    if (_STOP.search(text) or _COLON.search(text) or _TICKER.match(text)
            or len(COMMA_MARK.findall(text)) > MAX_SLASH_COMMAS):
        return False
    return all(MIN_SLASH_PART_WORDS <= len(part.split()) <= MAX_TITLE_WORDS and not opens_with_past_verb(part)
               for part in parts)
