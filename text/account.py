"""Word accounting: proof that the parser lost no body word.

Every word of the cleaned input must come out exactly once: in the headline,
the byline line, a section title, a paragraph, or a ``dropped`` entry. The
spoken words (headline, titles, paragraphs) keep the input's order. Used by the
property tests and by ``bench/text_quality.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from text.clean import clean_text
from text.model import Article

# Letters, digits and Arabic combining marks: punctuation and dashes are not words.
_WORD = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def spoken_words(article: Article) -> list[str]:
    """The words read aloud, in order: headline, then each section's title and paragraphs."""
    result = words(article.headline or "")
    for section in article.sections:
        result += words(section.title or "")
        for paragraph in section.paragraphs:
            result += words(paragraph)
    return result


def dropped_words(article: Article) -> list[str]:
    return [word for item in article.dropped for word in words(item.text)]


@dataclass(frozen=True)
class Accounting:
    missing: tuple[str, ...]
    """Input words neither spoken nor reported as dropped."""
    invented: tuple[str, ...]
    """Output words that were not in the input (or came out more often than they went in)."""
    in_order: bool
    """Whether the spoken words appear in the input in the same order."""

    @property
    def ok(self) -> bool:
        return not self.missing and not self.invented and self.in_order


def account(source_text: str, article: Article) -> Accounting:
    """Compare a plain-text input with what the parser made of it."""
    source = [word for line in clean_text(source_text) for word in words(line)]
    spoken = spoken_words(article)
    have = Counter(source)
    out = Counter(spoken) + Counter(dropped_words(article))
    return Accounting(
        missing=tuple(sorted((have - out).elements())),
        invented=tuple(sorted((out - have).elements())),
        in_order=_is_subsequence(spoken, source),
    )


def _is_subsequence(needle: list[str], haystack: list[str]) -> bool:
    remaining = iter(haystack)
    return all(any(word == candidate for candidate in remaining) for word in needle)
