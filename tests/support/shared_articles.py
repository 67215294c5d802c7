"""The real articles in the shared folder (../shared beside the checkout, or $AUDIO_EDITION_SHARED), read as the
pipeline reads them."""

from __future__ import annotations

from pathlib import Path

from bench.shared_folder import SHARED, WHERE
from text.chunk import split_sentences
from text.reader import read_article

__all__ = ["SHARED", "WHERE", "sentences"]


def sentences(path: Path) -> list[str]:
    """Every sentence of the article at ``path``: headline, section titles and paragraphs."""
    article = read_article(str(path))
    texts = [article.headline or ""]
    for section in article.sections:
        texts += [section.title or "", *section.paragraphs]
    return [sentence for text in texts for sentence in split_sentences(text)]
