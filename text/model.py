"""The article as the rest of the program sees it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Section:
    """A run of paragraphs; ``title`` is None for the lead."""

    title: str | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Dropped:
    """A line (or glued prefix) removed as page furniture, with the rule that removed it."""

    text: str
    reason: str


@dataclass(frozen=True)
class Article:
    headline: str | None
    sections: tuple[Section, ...]
    byline: str | None = None
    source: str | None = None
    site: str | None = None
    dropped: tuple[Dropped, ...] = field(default_factory=tuple)
    headline_from_body: bool = False
    """True when the page had no title line and the first sentence stands in."""
    published: str | None = None
    """When the article was published, ISO 8601 as its source gives it (with the source's UTC offset; a bare
    date from a text page's date line); None when the source does not say."""
    published_from: str | None = None
    """Where ``published`` was read: the page's metadata, its date line (with the line), the feed's item."""
    notes: tuple[str, ...] = ()
    """What the reader was unsure about (shown by ``inspect``; not part of the JSON shape)."""

    def to_json(self) -> dict:
        """The stable JSON shape printed by ``audio-edition inspect --json``."""
        return {
            "headline": self.headline,
            "byline": self.byline,
            "sections": [
                {"title": s.title, "paragraphs": list(s.paragraphs)} for s in self.sections
            ],
            "dropped": [{"text": d.text, "reason": d.reason} for d in self.dropped],
            "headline_from_body": self.headline_from_body,
            "published": self.published,
            "published_from": self.published_from,
        }

    @property
    def word_count(self) -> int:
        words = len((self.headline or "").split())
        for section in self.sections:
            words += len((section.title or "").split())
            words += sum(len(p.split()) for p in section.paragraphs)
        return words
