"""Cut text into pieces an engine accepts, at the best boundary available.

Boundaries, best first: end of sentence (. ! ? ؟ … and line ends), clause
(، ؛ : , ;), then a space between words. Every boundary is at whitespace, so
a chunk is never cut inside a word, unless a single word is longer than the
limit (then, and only then, the word is cut, never between a letter and its
diacritic). Every character of the input ends up in exactly one chunk; only
the whitespace at a boundary is dropped. No chunk is empty.

A full stop after a one-letter abbreviation followed by a word (د. محمد،
م. أحمد, also in quotes or brackets: "د. محمد، (م. أحمد، and a few in a row: أ.د. سامي،
30 ل.ل. في) does not end a sentence.
"""

from __future__ import annotations

import re
import unicodedata

SENTENCE_BREAK = re.compile(r"[.!?؟…]+[\"'”»)\]]*(?=\s|$)|\n")
CLAUSE_BREAK = re.compile(r"[،؛:,;]+[\"'”»)\]]*(?=\s)")
WORD_BREAK = re.compile(r"\s+")
_ABBREVIATION = re.compile(r"(?:^|(?<=[\s(\[{«\"“'‘/]))(?:و(?=\w\.\w\.)|(?P<and>و)(?=[دمأ]\.$))?(?:\w\.){1,3}$")
"""One letter and its dot, or a few in a row (أ.د.، ل.ل.; "وا.د." joined to و), at the start of a word: after a
space, an opening bracket or quote ("د. NAME", (م. NAME, «أ.د. NAME) or a slash. A title's one letter joined to و
("ود. NAME", also a word: "بينهما ود.") only before a given name."""
_WORD_AFTER = re.compile(r"\s+\w")

MIN_CLAUSE_SHARE = 3
"""A clause break is used when it keeps at least 1/MIN_CLAUSE_SHARE of the limit in
the chunk; an earlier one would leave a tiny chunk, so a word break is used instead."""


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in SENTENCE_BREAK.finditer(text):
        if match.group(0) == "." and is_abbreviation_dot(text, match.start()):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def is_abbreviation_dot(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends a one-letter abbreviation with a word after it: "د. محمد"."""
    if not _WORD_AFTER.match(text, dot + 1):
        return False
    found = _ABBREVIATION.search(text, max(0, dot - 8), dot + 1)
    if found is None or not found.group("and"):
        return found is not None
    from text.names import given_name_words  # the splitter's name list, loaded when a title joined to و is met

    return bool(given_name_words(text[dot + 1:dot + 60].split()[:2]))


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text``, each stripped, none empty."""
    pieces = [text[a:b] for a, b in (_strip_span(text, s, e) for s, e in _sentence_spans(text))]
    return [p for p in pieces if p]


def _cut(text: str, start: int, end: int, max_chars: int) -> int:
    """Where to end the chunk starting at ``start`` (text[start] is not a space)."""
    limit = start + max_chars
    # The best boundary: a clause mark followed by a space, ending within the limit.
    clause = 0
    for match in CLAUSE_BREAK.finditer(text, start, min(limit + 1, end)):
        if match.end() <= limit:
            clause = match.end()
    if clause and clause - start >= max_chars // MIN_CLAUSE_SHARE:
        return clause
    # A space: the chunk may end right before it, at the limit at the latest.
    space = 0
    for match in WORD_BREAK.finditer(text, start, min(limit + 1, end)):
        if match.start() > start:
            space = match.start()
    if space:
        return space
    if clause:
        return clause
    # One word longer than the limit: cut it, but keep diacritics with their letter.
    cut = limit
    while cut > start + 1 and unicodedata.combining(text[cut]):
        cut -= 1
    return cut


def chunk_spans(text: str, max_chars: int | None) -> list[tuple[int, int]]:
    """(start, end) of each chunk in ``text``: stripped, non-empty, in order."""
    if max_chars is not None and max_chars < 1:
        raise ValueError("max_chars must be positive")
    spans: list[tuple[int, int]] = []
    for sentence_start, sentence_end in _sentence_spans(text):
        start, end = _strip_span(text, sentence_start, sentence_end)
        while start < end:
            if max_chars is None or end - start <= max_chars:
                spans.append((start, end))
                break
            cut = max(_cut(text, start, end, max_chars), start + 1)  # always progress
            piece = _strip_span(text, start, cut)
            spans.append(piece)
            start, end = _strip_span(text, cut, end)
    return [span for span in spans if span[1] > span[0]]


def chunk_text(text: str, max_chars: int | None) -> list[str]:
    """Chunks of at most ``max_chars`` characters, one sentence or less each (no limit when None)."""
    return [text[start:end] for start, end in chunk_spans(text, max_chars)]
