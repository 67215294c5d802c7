"""What a listener hears of a split article, and why the rest was dropped: the views the text tests assert on."""

from __future__ import annotations

from text.model import Article


def spoken(article: Article) -> list[str]:
    """Each section's title and paragraphs, in order, as they are read out (the headline aside)."""
    return [text for section in article.sections for text in (section.title, *section.paragraphs) if text]


def reasons(article: Article) -> dict[str, str]:
    """Each dropped line with the reason ``inspect`` gives for it."""
    return {item.text: item.reason for item in article.dropped}
