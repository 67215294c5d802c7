"""A section's label stamped with a full date ("أخبار محلية، 3 مارس 2021") under the headline: the page's meta row,
never the article's standfirst (``labelled_date``); ``text.plain`` drops it as a date line (issue 11, r04 unhcr).

A caption told by where it stands (over a part's heading) was tried and cut in review: two headings in a row, speaker
labels and a list of names stand there as well (s24 review_captions H1, H2).
"""

from __future__ import annotations

import re

from text.lineshape import HARAKAT, is_date_line

MAX_LABEL_WORDS = 3
"""A label stamped with a date names a section in this many words at most ("أخبار محلية")."""
_LABEL_AND_DATE = re.compile(r"^(?P<label>[^\d،,|\-–—]+?)\s*[،,|\-–—]\s*(?P<date>\d.*)$")


def labelled_date(text: str) -> bool:
    """Whether a line is a label of ``MAX_LABEL_WORDS`` words at most, a comma or a dash, then a date and nothing else
    (``lineshape.is_date_line``): a category's stamp. A deck tells the story in a clause."""
    match = _LABEL_AND_DATE.match(HARAKAT.sub("", text.strip()))
    return (match is not None and len(match.group("label").split()) <= MAX_LABEL_WORDS
            and is_date_line(match.group("date")))
