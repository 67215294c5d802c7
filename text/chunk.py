"""Cut text into pieces an engine accepts, at the best boundary available.

Boundaries, best first: end of sentence (. ! ? ؟ … and line ends), clause
(، ؛ : ,), then a space between words. A chunk is never cut inside a word
unless a single word is longer than the limit. Every character of the input
ends up in exactly one chunk; surrounding whitespace is stripped per chunk.
"""

from __future__ import annotations

import re

SENTENCE_BREAK = re.compile(r"[.!?؟…]+[\"'”»)\]]*(?=\s|$)|\n")
CLAUSE_BREAK = re.compile(r"[،؛:,;]+[\"'”»)\]]*(?=\s|$)")
WORD_BREAK = re.compile(r"\s+")


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text``, each stripped, none empty."""
    pieces, start = [], 0
    for match in SENTENCE_BREAK.finditer(text):
        pieces.append(text[start:match.end()])
        start = match.end()
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def _last_break(pattern: re.Pattern[str], window: str) -> int:
    """End index of the last boundary of ``pattern`` inside ``window``, or 0."""
    best = 0
    for match in pattern.finditer(window):
        if match.end() <= len(window):
            best = match.end() if pattern is not WORD_BREAK else match.start()
    return best


def chunk_text(text: str, max_chars: int | None) -> list[str]:
    """Chunks of at most ``max_chars`` characters (no limit when None)."""
    text = text.strip()
    if not text:
        return []
    if max_chars is None:
        return split_sentences(text)
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    chunks: list[str] = []
    for sentence in split_sentences(text):
        rest = sentence
        while len(rest) > max_chars:
            window = rest[: max_chars + 1]
            cut = _last_break(CLAUSE_BREAK, window[:max_chars])
            if cut == 0:
                cut = _last_break(WORD_BREAK, window)
            if cut == 0:
                cut = max_chars  # a single word longer than the limit
            piece, rest = rest[:cut].strip(), rest[cut:].strip()
            if piece:
                chunks.append(piece)
        if rest:
            chunks.append(rest)
    return chunks
