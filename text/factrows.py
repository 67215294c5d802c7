"""The article's own facts set out as "label: value" lines between two of its paragraphs ("عدد المستفيدين: 1.2 مليون
عامل" / "الكلفة السنوية: 300 مليون دينار", a match's "الملعب: ..." / "الحكم: NAME" / "الحضور: ..."), no heading and
no announcing line over them. One by one such a line looks like a page's widget or stamp: a short line, a label the
line model learned from credits and bylines, a value that may be a name or a date ("تاريخ التطبيق: 1 يوليو 2024"
reads as a dated byline). Two or more in a row, right under a finished paragraph and right over the next one, are the
story's data box: the page's own labelled lines (its date, writer, source, tags) stand above or under the article,
never inside it, and the rules name them wherever they stand. The body finder (``text.bodyfind``) keeps them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from text.articlerows import credit_label
from text.bodytables import MIN_ANNOUNCED_ROWS, TABLE_ROW_WORDS
from text.clean import FOLD
from text.lineshape import (DIGIT, ends_sentence, has_letter, is_dated_byline, is_date_line, is_writer_line, normal,
                            paragraph_score)
from text.rules import line_reason
from text.scoredline import MAX_COLON_TITLE_WORDS, PROSE

MIN_FACT_ROWS = MIN_ANNOUNCED_ROWS
"""A data box sets out two facts at least; one short "label: value" line between paragraphs is left to the model."""
DATED_FIELD = "byline"
"""The shape reason a labelled date takes ("تاريخ التطبيق: 1 يوليو 2024", ``lineshape.is_dated_byline``): lifted
for a fact of the box, never for the page's own stamp or writer's line."""


def fact_rows(texts: Sequence[str], furniture: Sequence[str | None]) -> frozenset[int]:
    """The indices of the lines that set out the article's facts between two of its paragraphs: ``MIN_FACT_ROWS``
    lines or more in a row, each a fact (``_fact``), the line right above the first a finished paragraph of prose
    and the line right under the last one prose too (``PROSE``). ``furniture``: each line's reason by rule or shape
    so far (None for none)."""
    found: set[int] = set()
    index = 0
    while index < len(texts):
        stop = index
        while stop < len(texts) and _fact(texts[stop], furniture[stop]):
            stop += 1
        if stop - index >= MIN_FACT_ROWS and _prose(texts, furniture, index - 1, ended=True) and _prose(
                texts, furniture, stop, ended=False):
            found.update(range(index, stop))
        index = stop + 1 if stop > index else index + 1
    return frozenset(found)


_LINK = re.compile(r"https?://|www\.", re.IGNORECASE)
"""A link's value ("رابط مختصر: https://..."): the page's, whatever stands around it."""


def lifted(text: str, reason: str | None) -> bool:
    """Whether a fact's shape reason is only its date's (``DATED_FIELD`` on a labelled date that is no stamp of the
    page and no writer's line): inside a data box between paragraphs the line is the article's."""
    return reason == DATED_FIELD and _dated_field(text)


def _fact(text: str, reason: str | None) -> bool:
    """A fact's line: "label: value" on its own, unmarked, ``TABLE_ROW_WORDS`` words at most, the label of one to
    ``MAX_COLON_TITLE_WORDS`` words with a letter and no figure, a value after the colon; no rule names the line (the
    page's date, source, tags), its label names no credit's role (``credit_label``: "تصوير", "تحرير", "المصدر") and
    it is no writer's line ("الكاتب: NAME"); no shape names it either, but a labelled date (``lifted``); its value
    is no link."""
    label, colon, value = text.strip().partition(":")
    words = label.split()
    if not (colon and value.strip() and 0 < len(words) <= MAX_COLON_TITLE_WORDS and len(text.split()) <= TABLE_ROW_WORDS
            and has_letter(label) and not DIGIT.search(label) and label.strip() == label.strip(" -•*–—·▪●")):
        return False
    if reason is not None and not lifted(text, reason) or _LINK.search(value):
        return False
    return (line_reason(text) is None and not is_writer_line(text)
            and not credit_label(normal(label).strip().translate(FOLD)))


def _dated_field(text: str) -> bool:
    """A date under a label of the story's own ("تاريخ التطبيق: 1 يوليو 2024", "موعد الانطلاق: 3 مارس 2025"): a
    dated line (``is_dated_byline``) whose label holds a word no date line uses ("التطبيق"; a label of a stamp's words
    alone, "تاريخ النشر", "آخر تحديث", is the page's stamp: ``is_date_line``), and no writer's line."""
    stamp = f"{text.partition(':')[0]} 1 يناير 2024"  # the label alone over a date: a stamp's words only?
    return is_dated_byline(text) and not is_date_line(stamp) and not is_writer_line(text)


def _prose(texts: Sequence[str], furniture: Sequence[str | None], index: int, *, ended: bool) -> bool:
    """Whether the line at ``index`` is a paragraph of the article: no furniture, prose by its score, and (``ended``)
    closed by a sentence end."""
    if not 0 <= index < len(texts) or furniture[index] is not None:
        return False
    return paragraph_score(texts[index])[0] >= PROSE and (not ended or ends_sentence(texts[index]))
