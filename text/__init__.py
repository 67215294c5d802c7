"""Read Arabic news articles and turn them into speakable text. No audio here."""

from text.model import Article, Dropped, Section
from text.reader import read_article, parse_article

__all__ = ["Article", "Dropped", "Section", "read_article", "parse_article"]
