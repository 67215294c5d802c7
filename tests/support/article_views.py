"""What a listener hears of a split article, and why the rest was dropped: the views the text tests assert on."""

from __future__ import annotations

from text.model import Article
from text.plain import split_plain


def spoken(article: Article) -> list[str]:
    """Each section's title and paragraphs, in order, as they are read out (the headline aside)."""
    return [text for section in article.sections for text in (section.title, *section.paragraphs) if text]


def reasons(article: Article) -> dict[str, str]:
    """Each dropped line with the reason ``inspect`` gives for it."""
    return {item.text: item.reason for item in article.dropped}


def page(*lines: str) -> str:
    """A page's text from its lines, as a file holds it."""
    return "\n".join(lines) + "\n"


def decisions(text: str) -> dict[str, str]:
    """Each line of a page with the decision ``inspect --lines`` prints for it."""
    return {line.text: line.decision for line in split_plain(text).lines}
