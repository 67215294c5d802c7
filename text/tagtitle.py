"""The title an edition is tagged and published with: the article's headline, or what stands for it.

A page read without a headline (it opens with its first sub-heading, or it is one sentence: ``blocks
.sections_with_headline``) is still titled from its own words: its first part's title, else its first sentence, cut
to ``MAX_WORDS`` words at a word boundary. Never the file's name, which says nothing to a listener ("24_matrouhtravel", a hash in a batch).
"""

from __future__ import annotations

from text.blocks import first_sentence
from text.model import Article
from text.plain import names_the_opening

MAX_WORDS = 15  # a fallback title longer than this is cut at a word boundary, with "…"


def _short(text: str) -> str | None:
    """``text`` of at most ``MAX_WORDS`` words: a first paragraph with no full stop is no 78-word title."""
    words = text.split()
    if not words:
        return None
    if len(words) <= MAX_WORDS:
        return text.strip()
    return " ".join(words[:MAX_WORDS]).rstrip("،,;:؛-–— ") + "…"


def edition_title(article: Article) -> str | None:
    """The headline; without one, the first section's title or the first sentence of the first paragraph; None for
    an article with no words."""
    if article.headline:
        return article.headline
    for section in article.sections:
        if section.title and not names_the_opening(section.title):
            return _short(section.title)
        if section.paragraphs:
            return _short(first_sentence(section.paragraphs[0])[0])
    return None
