"""A table of contents' entries: the page listing its own parts under a contents label, each said again below as a
sub-heading.

Guides, explainers and long reports print a contents plugin's box before their first part: a label ("جدول
المحتويات:", "فهرس المقال", "المحتويات": the rules' own ``CONTENTS_REASON``), then one line per part ("- PART",
"1. PART", or PART alone), and the same words come back further down over each part's paragraphs. Read aloud, the
listener hears every heading twice, the first time as a list of lines with nothing under them (s28 r03/17). Only the
box's entries are taken, and only when nothing the article says is lost with them:

- the entries are the lines right under the label that share one form (``_Form``): the same list mark, or none; a
  heading's length (no line more than ``LENGTH_CLASS`` times the words of the longest entry above it); no sentence
  going on into the next line. A plugin prints uniform entries; the article's own short lines under the box differ;
- every entry comes back below, in the entries' order, as a section title: a line of its own over a paragraph, no
  photo's label. Dropped so, each entry is still heard once, over its part. A list of which some lines only come back
  (a seizure's items of which two are told about, a book's stories one of which names the book) is the article's
  and is spoken whole;
- or, for a marked list, its first entry comes back right under it and the page is cut short in that first part (a
  paragraph under it, then only that part's paragraphs and its own list's items under their lead-in, the last of
  them cut mid-sentence): the parts the entries name were never copied (s28 r03/17, b03/29). A page ending on any
  other line (a share button, a book's colophon) ends whole, and its list is the article's (review_furn29 H2).

Entries and copies are compared as a listener would hear them (``_same_entry``): without list marks, punctuation,
harakat and spelling variants, the same words in the same order, or one word added to one side ("التوقعات
المستقبلية" / "التوقعات المستقبلية للسياحة"); figures are words ("النمو 4.1%" is no copy of "النمو") and a changed
word is another part ("أعراض مرض السكري" / "علاج مرض السكري").

What is never taken: a list under no label (s28 review of this module, H2: no readable page had one, and an
article's own lists of names or places come back so); the label's line itself (a rule names it); and the copies
below, which stay the article's sub-headings.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from heapq import merge

from text.clean import DIACRITICS, FOLD
from text.lineshape import (DIGIT, PARAGRAPH_WORDS, SHORT_WORDS, ends_sentence, goes_on_from_above, has_letter,
                            normal, strip_bullet)
from text.photolabels import is_photo_label
from text.rules import CONTENTS_REASON, line_reason

__all__ = ["CONTENTS_REASON", "CUT_SHORT_ENTRY", "LABELLED_ENTRY", "contents_entries"]

LABELLED_ENTRY = "an entry of the table of contents under its label, said again below as a sub-heading"
"""Why an entry under a contents label is dropped (``inspect --lines``)."""
CUT_SHORT_ENTRY = "an entry of the table of contents under its label, the page cut short in its first part"
"""Why an entry is dropped when only the first comes back: the parts the others name were never copied."""
MAX_ENTRY_WORDS = 12
"""An entry names a part as its sub-heading does: this many words at most (a longer line is a summary's point)."""
MIN_ENTRIES = 2
"""A table lists this many parts at least."""
MAX_ENTRIES = 40
"""A contents box lists one article's parts: a longer run under the label is an index of pages, no article's table
(and the search for copies stays bounded)."""
LENGTH_CLASS = 2
"""An entry has at most this many times the words of the longest entry above it: a longer line is the article's
sentence under the box ("لا تنخدع بالأرقام الكبيرة في الإعلانات" under "عمر البطارية")."""
MAX_ADDED_WORDS = 1
"""An entry and its sub-heading may differ by this many added words, none changed."""
MIN_SHARED_WORDS = 2
"""An entry and a sub-heading one word apart share this many content words at least (not ``SHORT_WORDS``)."""
_NOT_SPOKEN = re.compile(r"[^\w\s]|_")
"""Marks and punctuation: a contents list punctuates its entries as its headings may not. Figures stay words."""
_FOLDED_SHORT_WORDS = frozenset(word.translate(FOLD) for word in SHORT_WORDS)
_GOES_ON_WITH_THE_ARTICLE = re.compile(r"^ف(?:ال|لل)\w{3,}")
"""ف joined to a noun with its article ("فالمواصفات", "فللمستخدم"): "for the ...", a sentence going on."""
_CLOSING_STOPS = ".!…"
"""A line closed so is a sentence, no part's name; an entry may ask ("ما هو مرض السكري؟")."""


def contents_entries(lines: Sequence[str]) -> dict[int, str]:
    """The indices of the page's lines (non-empty, as the splitter reads them) that are entries of a table of contents
    under its label (see the module docstring), each with why."""
    reasons = tuple(line_reason(line) for line in lines)
    labels = [index for index, reason in enumerate(reasons) if reason == CONTENTS_REASON]
    if not labels:
        return {}
    page = _Page.of(lines, reasons)
    found: dict[int, str] = {}
    for label in labels:
        entries, why = page.table(page.run_under(label))
        found.update(dict.fromkeys(entries, why))
    return found


def _key(line: str) -> tuple[str, ...]:
    """An entry's words as heard: no list mark, punctuation, harakat or spelling variant; figures kept."""
    bare = DIACRITICS.sub("", normal(strip_bullet(line))).translate(FOLD)
    return tuple(_NOT_SPOKEN.sub(" ", bare).split())


def _is_entry(line: str, key: tuple[str, ...], reason: str | None) -> bool:
    """A part's name: a short line with letters, not closed as a sentence nor as a label announcing something, and no
    line a rule names as furniture (a contents label, a menu's entry)."""
    words = strip_bullet(line).split()
    text = line.rstrip()
    return (0 < len(words) <= MAX_ENTRY_WORDS and has_letter(line) and bool(key) and reason is None
            and not text.endswith(tuple(_CLOSING_STOPS)) and not text.endswith((":", "：")))


def _is_paragraph(line: str, reason: str | None) -> bool:
    """A part's text: a finished sentence of a paragraph's words, or a line longer than any entry (the page's last,
    cut mid-sentence)."""
    words = len(line.split())
    return reason is None and (words > MAX_ENTRY_WORDS or words >= PARAGRAPH_WORDS and ends_sentence(line))


def _form(line: str) -> str:
    """How a line is marked as a list's item: '' for none, else its mark with every figure one ("1." for "12.",
    "-", "•"): a plugin marks all its entries alike."""
    text = line.strip()
    item = strip_bullet(text)
    mark = text[:len(text) - len(item)] if item else text
    return DIGIT.sub("1", "".join(mark.split()))


def _content(key: tuple[str, ...]) -> list[str]:
    """The words of a key that name something: no figure and no word of ``SHORT_WORDS``."""
    return [word for word in key if word not in _FOLDED_SHORT_WORDS and not word.isdigit()]


def _same_entry(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Whether two lines name the same part: the same words, or the longer one the shorter one with
    ``MAX_ADDED_WORDS`` words added (in order, none changed), the shorter naming ``MIN_SHARED_WORDS`` things at least,
    and the same figures in both."""
    if first == second:
        return bool(first)
    shorter, longer = sorted((first, second), key=len)
    if len(longer) - len(shorter) > MAX_ADDED_WORDS or len(_content(shorter)) < MIN_SHARED_WORDS:
        return False
    if [word for word in shorter if word.isdigit()] != [word for word in longer if word.isdigit()]:
        return False
    words = iter(longer)
    return all(word in words for word in shorter)  # the shorter's words, in order, inside the longer


@dataclass(frozen=True)
class _Page:
    """The page's lines with what the search reads of each, and the lines that may be a part's sub-heading (a line
    that may be an entry over a paragraph, no photo's label) indexed once by their content words."""

    lines: Sequence[str]
    keys: tuple[tuple[str, ...], ...]
    forms: tuple[str, ...]
    entry: tuple[bool, ...]
    paragraph: tuple[bool, ...]
    headings: dict[str, list[int]]

    @classmethod
    def of(cls, lines: Sequence[str], reasons: Sequence[str | None]) -> _Page:
        keys = tuple(_key(line) for line in lines)
        forms = tuple(_form(line) for line in lines)
        entry = tuple(_is_entry(line, key, reason) for line, key, reason in zip(lines, keys, reasons))
        paragraph = tuple(_is_paragraph(line, reason) for line, reason in zip(lines, reasons))
        headings: dict[str, list[int]] = {}
        for index in range(len(lines) - 1):
            if entry[index] and paragraph[index + 1] and not is_photo_label(lines[index]):
                for word in set(_content(keys[index])):
                    headings.setdefault(word, []).append(index)  # in the page's order
        return cls(lines, keys, forms, entry, paragraph, headings)

    def run_under(self, label: int) -> list[int]:
        """The entries under the label at ``label``: the lines in a row that may be entries, of the first one's form
        (mark, length, no sentence going on into the next line), up to the first that says the first entry again
        (the first part's sub-heading right under its table)."""
        run: list[int] = []
        form = self.forms[label + 1] if label + 1 < len(self.lines) else ""
        longest = 0
        for index in range(label + 1, len(self.lines)):
            words = len(self.keys[index])
            if not self.entry[index] or self.forms[index] != form or run and (
                    words > LENGTH_CLASS * longest or _same_entry(self.keys[index], self.keys[run[0]])):
                break
            if not form and self.goes_on_below(index):
                break
            run.append(index)
            longest = max(longest, words)
            if len(run) > MAX_ENTRIES:
                return []
        return run

    def goes_on_below(self, index: int) -> bool:
        """Whether the line below ``index``, short and unmarked too, goes on with its sentence (``goes_on_from_above``:
        "كما", "وأوضح", "والأهم"; or ف joined to the article, "فالمواصفات ..."): the article's sentence broken over
        two lines, no entry."""
        below = index + 1
        if below >= len(self.lines) or not self.entry[below] or self.forms[below]:
            return False
        text = self.lines[below]
        return goes_on_from_above(text) or bool(_GOES_ON_WITH_THE_ARTICLE.match(DIACRITICS.sub("", text)))

    def table(self, run: list[int]) -> tuple[list[int], str]:
        """The run's entries when they are a table of contents (see the module docstring), else none; with why."""
        if len(run) < MIN_ENTRIES:
            return [], LABELLED_ENTRY
        copies = self.copies(run)
        if len(copies) == len(run):
            return run, LABELLED_ENTRY
        if len(copies) == 1 and self.forms[run[0]] and copies[0] == run[-1] + 1 and self.cut_in(copies[0]):
            return run, CUT_SHORT_ENTRY
        return [], LABELLED_ENTRY

    def copies(self, run: list[int]) -> list[int]:
        """Where the run's entries come back below it, in order, each as a sub-heading over a paragraph: the copies
        of its first entries, up to the first entry that does not come back after the copy before."""
        found: list[int] = []
        after = run[-1]
        for entry in run:
            copy = next((index for index in self.headings_after(self.keys[entry], after)
                         if _same_entry(self.keys[entry], self.keys[index])), None)
            if copy is None:
                break
            found.append(copy)
            after = copy
        return found

    def headings_after(self, key: tuple[str, ...], after: int) -> Iterator[int]:
        """The lines below ``after`` that may be sub-headings sharing a content word with ``key``, in the page's order
        (a copy holds all the words of the shorter of the two, so one at least of ``key``'s)."""
        tails = [_after(self.headings.get(word, []), after) for word in set(_content(key))]
        last = None
        for index in merge(*tails):
            if index != last:
                yield index
            last = index

    def cut_in(self, heading: int) -> bool:
        """Whether the page ends in the part under ``heading``, cut mid-sentence: a paragraph right under it, then only
        the part's own text (paragraphs, and its list's marked items under their lead-in closed by ":", s28 b03/29),
        the last a paragraph or an item that ends no sentence (the copy of the page stopped there). Any other line (a
        share button, a colophon, another sub-heading) tells a page that ends whole (review_furn29 H2)."""
        below = range(heading + 1, len(self.lines))
        if not below or not self.paragraph[heading + 1]:
            return False
        listed = False  # under a lead-in, in its items
        for index in below:
            if self.lines[index].rstrip().endswith((":", "：")):
                listed = True
            elif self.paragraph[index]:
                listed = False
            elif not (listed and self.forms[index]):
                return False
        last = self.lines[-1]
        return not last.rstrip().endswith((":", "：")) and not ends_sentence(last)


def _after(positions: list[int], after: int) -> Iterator[int]:
    """The sorted ``positions`` past ``after``, found by bisection and read one by one (no copy of the list)."""
    for start in range(bisect_right(positions, after), len(positions)):
        yield positions[start]
