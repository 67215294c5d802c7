"""Markdown articles: '#' is the headline, '##'/'###' start sections."""

from __future__ import annotations

import re

from text.clean import clean_text
from text.model import Article, Dropped, Section

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(.+?)\1")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def strip_inline(line: str) -> str:
    line = _LINK.sub(r"\1", line)
    line = _EMPHASIS.sub(r"\2", line)
    return line.strip()


def parse_markdown(text: str, *, source: str | None = None) -> Article:
    headline: str | None = None
    dropped: list[Dropped] = []
    sections: list[Section] = []
    title: str | None = None
    paragraphs: list[str] = []
    current: list[str] = []

    def end_paragraph() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    for line in clean_text(text):
        if not line:
            end_paragraph()
            continue
        if _IMAGE.fullmatch(line):
            end_paragraph()
            dropped.append(Dropped(line, "image"))
            continue
        heading = _HEADING.match(line)
        if heading:
            end_paragraph()
            level, words = len(heading.group(1)), strip_inline(heading.group(2))
            if level == 1 and headline is None:
                headline = words
            else:
                if paragraphs or title is not None:
                    sections.append(Section(title, tuple(paragraphs)))
                title, paragraphs = words, []
            continue
        line = _IMAGE.sub("", line)
        current.append(strip_inline(line.lstrip(">").strip()) if line.startswith(">") else strip_inline(line))
    end_paragraph()
    if paragraphs or title is not None:
        sections.append(Section(title, tuple(paragraphs)))
    return Article(headline, tuple(sections), source=source, dropped=tuple(dropped))
