"""A page's meta row: the article's stamps copied as one line, each field behind its icon or a bar.

Themes print the update date, the reading time, the views and the writer side by side, each with an icon ("📅 تحديث:
30 يناير 2026 ⏱️ وقت القراءة: 11 دقيقة (أكثر من 1500 كلمة) ✍️ NAME", s25 b02 darlma3rifa) or a bar between ("نشر
في: DATE | آخر تحديث: DATE"). The line is told by its shape, not by a phrase: cut at its icons and bars, it holds
``MIN_STAMPS`` fields or more that are each the page's stamp on their own -- a line the rules drop alone as a date
line, a reading time or a view counter, or a "label: value" field whose label names a page's stamp and whose value
is a date, a clock or a count (``stamp``, given by ``text.rules``) -- and besides them one short name at most (the
writer's, the site's: ``MAX_NAME_WORDS``, no figure, no colon, no sentence end, no word that builds a clause). One
field at least must be labelled as the page's (``labelled``): a reading time, a view count, or a date behind an
update or posting label. Two plain dates and a place ("📅 1 يونيو 2025 | 📅 30 يونيو 2025 | جدة") are an event's
dates or a period, the article's (s26 review of fix26_widgets M1). A row of an event's details ("📅 الموعد: DATE
⏰ الساعة: 8 مساء 📍 المكان: ...") names no page stamp and stays the article's, and so does a sentence mentioning a
reading time: it is one field that goes on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from text.spelling import search_any_spelling

MIN_STAMPS = 2
"""A meta row holds this many of the page's stamps at least: one stamp alone is the rules' own line."""
MAX_NAME_WORDS = 6
"""The one field that is no stamp is a name of this many words at most ("هيئة التحرير - الموقع")."""

_ICON = "\u2190-\u2bff\U0001f300-\U0001faff"
"""Arrows, technical symbols, dingbats and pictographs: the icons a theme prints before each field."""
_FIELD_BREAK = re.compile(rf"[{_ICON}\ufe0f\u200d|｜•·]+")
"""What parts a row's fields: icons (with their joiners and variation selectors) and bars or middle dots."""
_NOT_A_NAME = re.compile(r"[\d:：.!?؟…،,]")
"""A name holds no figure, no colon, no sentence end and no comma (a clause)."""


@dataclass(frozen=True)
class MetaRowRule:
    """The line rule for a page's meta row (see the module docstring)."""

    reason: str
    stamp: Callable[[], re.Pattern[str]]
    """A "label: value" field naming one of the page's stamps in words no whole-line rule lists ("تحديث: DATE"); the
    pattern is asked for only when a line has the fields of a row (compiled on first use, ``text.rules``)."""
    stamp_label: re.Pattern[str]
    """A stamp field's label naming it the page's update or posting ("آخر تحديث", "نشر في")."""
    field_reason: Callable[[str], str | None]
    """The other line rules' verdict on one field alone."""
    stamp_reasons: frozenset[str]
    """The verdicts that make a field one of the page's stamps (a date line, a reading time, a view counter)."""
    labelled_reasons: frozenset[str]
    """The verdicts that make a field the page's own stamp by themselves (a reading time, a view counter)."""
    clause_words: frozenset[str]
    """Words that build a clause ("إن", "في", "على"): a field holding one is a sentence, not a name."""

    def matches(self, line: str) -> bool:
        if not _FIELD_BREAK.search(line):
            return False
        fields = [" ".join(field.strip(" -–—").split()) for field in _FIELD_BREAK.split(line)]
        fields = [field for field in fields if field]
        if len(fields) < MIN_STAMPS:
            return False
        stamps = others = 0
        labelled = False
        for field in fields:  # a table's row of cells fails on its second cell that is no stamp: stop there
            if self._is_stamp(field):
                stamps += 1
                labelled = labelled or self._labelled(field)
            elif others or not self._is_name(field):
                return False
            else:
                others += 1
        return stamps >= MIN_STAMPS and labelled

    def _is_stamp(self, field: str) -> bool:
        return search_any_spelling(self.stamp(), field) or self.field_reason(field) in self.stamp_reasons

    def _labelled(self, field: str) -> bool:
        """Whether a stamp field is labelled as the page's own: a plain date may be an event's."""
        return (search_any_spelling(self.stamp(), field) or bool(self.stamp_label.search(field))
                or self.field_reason(field) in self.labelled_reasons)

    def _is_name(self, field: str) -> bool:
        """A writer's or a site's name: a few words with letters and nothing of a sentence or a figure."""
        words = [word for word in field.split() if any(char.isalpha() for char in word)]
        return (0 < len(words) <= MAX_NAME_WORDS and not _NOT_A_NAME.search(field)
                and not self.clause_words.intersection(words))
