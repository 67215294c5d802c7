"""Read Arabic news articles and turn them into speakable text. No audio here."""

from text.model import Article, Dropped, Section

__all__ = ["Article", "Dropped", "Section", "read_article", "parse_article"]


def __getattr__(name: str):
    """``read_article`` and ``parse_article`` load the reader (and compile its rules) on first use, so
    importing a light module such as text.url does not pay for them."""
    if name in ("read_article", "parse_article"):
        from text import reader

        return getattr(reader, name)
    raise AttributeError(f"module 'text' has no attribute {name!r}")
