"""A table of contents' entries: the page listing its own parts near the top, each said again below as a sub-heading.

Guides, explainers and long reports list their sections before the first of them ("جدول المحتويات:" over "- PART",
"1. PART", or PART alone on its line), and the same words come back further down over each part's paragraphs. Read
aloud, the listener hears every heading twice, the first time as a list of lines with nothing under them. The entries
are told by what the page does with them, whatever their label's words or marks:

- a run of ``MIN_LABELLED_ENTRIES`` short lines or more right under a contents label (``rules``: "table of contents":
  "جدول المحتويات", "فهرس المقال", "المحتويات"), one of them at least said again below: all its entries, the others
  said again or not (a copy cut short by the page's end keeps its list of what it cut: s28 r03/17);
- with no such label, a run whose entries come back further down, in their order, ``MIN_COPIES`` of them or more and
  at least ``MIN_COPIED_SHARE`` of them, each copy a heading of its own between parts: a list of the article's points
  is not said again over paragraphs.

Either way a part's text (a line no entry could be: a paragraph, a finished sentence) stands between two copies: a
menu printed twice repeats its entries back to back, a poem its refrain among short verses.

Entries and copies are compared as a listener would hear them (``_same_entry``): without list marks, numbers,
punctuation and spelling variants, a word or two apart ("التوقعات المستقبلية" / "التوقعات المستقبلية للسياحة").

What is never taken: the label's line itself (a contents label is the rules' own, and a guide's part named so stays
by them); a run under a line announcing it with a colon ("ما ستتعلمه في هذا الدليل:", "وتشمل الخطة المحاور
التالية:"), the article's own list however its items come back (s26 review of the earlier ``contents`` module, H2);
the lines at a run's edges that do not come back when no label anchors it (a headline over its article's parts stays
the headline: H1 of the same review); a line closed as a sentence (a summary's point); and the copies below, which
stay the article's sub-headings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from text.clean import DIACRITICS, FOLD
from text.lineshape import announces_what_follows, has_letter, normal, strip_bullet
from text.rules import CONTENTS_REASON, line_reason
from text.scoredline import list_mark

__all__ = ["CONTENTS_REASON", "LABELLED_ENTRY", "LISTED_ENTRY", "contents_entries"]

LABELLED_ENTRY = "an entry of the table of contents under its label"
"""Why an entry under a contents label is dropped (``inspect --lines``)."""
LISTED_ENTRY = "an entry of the page's table of contents, said again below as a sub-heading"
"""Why an entry of an unlabelled table of contents is dropped (``inspect --lines``)."""
MAX_ENTRY_WORDS = 12
"""An entry names a part as its sub-heading does: this many words at most (a longer line is a summary's point)."""
MIN_LABELLED_ENTRIES = 2
"""Under a contents label, a list of this many entries or more is the table (one line under it may be the lead's
first part, its items folded away)."""
MIN_COPIES = 3
"""With no label, this many entries at least come back below as sub-headings: two lines said again are a caption or a
title said twice."""
MIN_COPIED_SHARE = 0.5
"""With no label, this share of the run's entries at least come back below."""
MAX_WORDS_APART = 2
"""An entry and its sub-heading may differ by this many words (a word added to the heading, one changed)."""
MIN_SHARED_SHARE = 2 / 3
"""An entry and its sub-heading share this share of the longer one's words at least."""
_NOT_SPOKEN = re.compile(r"[^\w\s]|_|\d")
"""Marks, punctuation and digits: a contents list numbers and punctuates its entries as its headings may not."""
_CLOSING_STOPS = ".!…"
"""A line closed so is a sentence, no part's name; an entry may ask ("ما هو مرض السكري؟")."""


def contents_entries(lines: Sequence[str]) -> dict[int, str]:
    """The indices of the page's lines (non-empty, as the splitter reads them) that are entries of a table of contents
    listing the article's parts (see the module docstring), each with why."""
    page = _Page.of(lines)
    found: dict[int, str] = {}
    index = 0
    while index < len(lines):
        if page.inside_a_list(index):  # a run is read from its list's first line, under what leads into it
            index += 1
            continue
        run = page.run_from(index)
        above = lines[index - 1] if index > 0 else None
        entries: list[int] = []
        if len(run) >= MIN_LABELLED_ENTRIES and above is not None and line_reason(above) == CONTENTS_REASON:
            entries = page.under_a_label(run)
            found.update(dict.fromkeys(entries, LABELLED_ENTRY))
        elif len(run) >= MIN_COPIES and (above is None or not _announces(above)):
            entries = page.said_again_below(run)
            found.update(dict.fromkeys(entries, LISTED_ENTRY))
        index = run[-1] + 1 if entries else index + 1
    return found


def _key(line: str) -> tuple[str, ...]:
    """An entry's words as heard: no list mark, number, punctuation, harakat or spelling variant."""
    bare = DIACRITICS.sub("", normal(strip_bullet(line))).translate(FOLD)
    return tuple(_NOT_SPOKEN.sub(" ", bare).split())


def _is_entry(line: str, key: tuple[str, ...]) -> bool:
    """A part's name: a short line with letters, not closed as a sentence nor as a label announcing something, and no
    line a rule names as furniture (a contents label, a menu's entry)."""
    words = strip_bullet(line).split()
    text = line.rstrip()
    return (0 < len(words) <= MAX_ENTRY_WORDS and has_letter(line) and bool(key)
            and not text.endswith(tuple(_CLOSING_STOPS)) and not text.endswith((":", "："))
            and line_reason(line) is None)


def _mark(line: str) -> str:
    """'' for a line without a list mark, else its mark (``list_mark``: the bullet, or '1' for a number)."""
    return "" if strip_bullet(line) == line.strip() else list_mark(line.strip())


def _announces(line: str) -> bool:
    """A line leading into the list as the article's own: closed by a colon, or announcing what follows."""
    return line.rstrip().endswith((":", "：")) or announces_what_follows(line)


@dataclass(frozen=True)
class _Page:
    """The page's lines with what the search reads of each: its words as heard, whether it may be an entry, its
    mark."""

    lines: Sequence[str]
    keys: tuple[tuple[str, ...], ...]
    entry: tuple[bool, ...]
    marked: tuple[bool, ...]

    @classmethod
    def of(cls, lines: Sequence[str]) -> _Page:
        keys = tuple(_key(line) for line in lines)
        return cls(lines, keys, tuple(_is_entry(line, key) for line, key in zip(lines, keys)),
                   tuple(bool(_mark(line)) for line in lines))

    def inside_a_list(self, index: int) -> bool:
        """Whether the line at ``index`` goes on a list from the line above, marked as it is."""
        return (index > 0 and self.entry[index - 1] and self.entry[index]
                and self.marked[index - 1] == self.marked[index])

    def run_from(self, start: int) -> list[int]:
        """The entries of a list opening at ``start``: lines in a row that may be entries, all marked or all unmarked,
        up to the first that says again an entry of the run (the first part's sub-heading right under its table)."""
        run: list[int] = []
        for index in range(start, len(self.lines)):
            if not self.entry[index] or run and self.marked[index] != self.marked[start]:
                break
            if any(_same_entry(self.keys[index], self.keys[entry]) for entry in run):
                break
            run.append(index)
        return run

    def copies(self, run: list[int]) -> dict[int, int]:
        """Each entry of ``run`` said again below it, with the index of its copy: the copies in the entries' order,
        each a line of its own that may head a part. None at all when two copies stand with no text of a part between
        them (``parts_between``): a menu printed twice, a poem's refrain, not parts with their paragraphs."""
        copies: dict[int, int] = {}
        after = run[-1]
        for entry in run:
            copy = next((index for index in range(after + 1, len(self.lines))
                         if self.entry[index] and _same_entry(self.keys[entry], self.keys[index])), None)
            if copy is None:
                continue
            if copies and not self.parts_between(after, copy):
                return {}
            copies[entry] = copy
            after = copy
        return copies

    def parts_between(self, first: int, second: int) -> bool:
        """Whether a line no entry could be (a paragraph, a finished sentence) stands between two lines."""
        return any(not self.entry[index] for index in range(first + 1, second))

    def under_a_label(self, run: list[int]) -> list[int]:
        """The entries of a run right under a contents label, one of them at least said again below: all of it, but
        for an unmarked last line over the page's prose that does not come back below, which may be the first part's
        own sub-heading under the table."""
        copies = self.copies(run)
        if not copies:
            return []
        entries = list(run)
        below = run[-1] + 1
        if (not self.marked[run[-1]] and run[-1] not in copies
                and below < len(self.lines) and not self.entry[below]):
            entries.pop()
        return entries if len(entries) >= MIN_LABELLED_ENTRIES else []

    def said_again_below(self, run: list[int]) -> list[int]:
        """The entries of an unlabelled run that is a table of contents: from its first entry said again below to its
        last, when ``MIN_COPIES`` of them or more and ``MIN_COPIED_SHARE`` of the run come back as sub-headings."""
        copies = self.copies(run)
        if len(copies) < MIN_COPIES or len(copies) < MIN_COPIED_SHARE * len(run):
            return []
        first, last = min(copies), max(copies)
        return [index for index in run if first <= index <= last]


def _same_entry(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Whether two lines name the same part: the same words, or two words at least shared, the longer line holding
    ``MAX_WORDS_APART`` words more at most and the shorter one word more at most (a word changed), the shared ones
    ``MIN_SHARED_SHARE`` of the longer one's words at least."""
    if first == second:
        return bool(first)
    shorter, longer = sorted((set(first), set(second)), key=len)
    shared = len(shorter & longer)
    return (shared >= 2 and len(longer) - shared <= MAX_WORDS_APART and len(shorter) - shared <= 1
            and shared >= MIN_SHARED_SHARE * len(longer))
