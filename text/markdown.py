"""Markdown articles: the first '#' is the headline, other headings start sections.

Paragraphs are runs of lines between blank lines; each list item is a
paragraph of its own (body text, never a sub-heading). A file whose text lines
no blank line ever parts (one paragraph a line, as a scraper or a news system
exports it, with '#' on the headline alone) is read one paragraph a line
(``one_paragraph_a_line``), unless its lines are hard-wrapped pieces. Links keep their text,
images and front matter are dropped and reported, emphasis marks are removed.
Page furniture left in the Markdown (share lines, "read also" blocks...) goes
through the same rules as plain text.
"""

from __future__ import annotations

import logging
import re

from text.blocks import Block, drop_furniture, is_bullet, sections_with_headline
from text.clean import clean_text
from text.model import Article, Dropped
from text.unwrap import wrap_width

log = logging.getLogger(__name__)

# Link text stops at the next bracket: "[[[[..." must not make every "[" scan to the line's end (quadratic).
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()]*\)")
_LINK = re.compile(r"\[([^\[\]]+)\]\([^()]*\)")
# An emphasised span is at most 1,000 characters: unbounded, a long line of "_a _a ..." (markers that never
# close) made every marker scan to the end of the line, minutes for 100 KB.
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`|~~)(\S(?:.{0,1000}?\S)?)\1")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_FENCE = re.compile(r"^(?:```|~~~)")
LINE_PARAGRAPHS_NOTE = ("no blank line parts the text's lines, so each line is read as a paragraph of its own (a "
                        "sub-heading starts a section only when marked with '## ')")


def strip_inline(line: str) -> str:
    line = _LINK.sub(r"\1", line)
    line = _EMPHASIS.sub(r"\2", line)
    return line.strip()


def parse_markdown(text: str, *, source: str | None = None) -> Article:
    lines = clean_text(text)
    dropped: list[Dropped] = []
    lines = _drop_front_matter(lines, dropped)
    headline: str | None = None
    blocks: list[Block] = []
    current: list[str] = []

    by_line = one_paragraph_a_line(lines)
    if by_line:
        log.info("%s: %s", source or "<markdown>", LINE_PARAGRAPHS_NOTE)

    def end_paragraph() -> None:
        if current:
            blocks.append(Block(" ".join(current), "paragraph"))
            current.clear()

    for line in lines:
        if not line or _RULE.match(line) or _FENCE.match(line):
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
            if level == 1 and headline is None and not blocks:
                headline = words
            elif words:
                blocks.append(Block(words, "heading"))
            continue
        for image in _IMAGE.finditer(line):
            dropped.append(Dropped(image.group(0), "image"))
        line = _IMAGE.sub("", line).strip()
        if line.startswith(">"):
            line = line.lstrip("> ").strip()
        line = strip_inline(line)
        if not line:
            continue
        if is_bullet(line):
            end_paragraph()
            blocks.append(Block(line, "paragraph"))
            continue
        current.append(line)
        if by_line:
            end_paragraph()
    end_paragraph()

    blocks = drop_furniture(blocks, headline=headline, dropped=dropped)
    headline, sections, from_body = sections_with_headline(blocks, headline)
    return Article(headline, sections, source=source, dropped=tuple(dropped), headline_from_body=from_body,
                   notes=(LINE_PARAGRAPHS_NOTE,) if by_line else ())


def _text_line(line: str) -> bool:
    """A line that joins a paragraph (not blank, a heading, a rule, a fence, an image alone or a list item)."""
    return bool(line) and not (_HEADING.match(line) or _RULE.match(line) or _FENCE.match(line)
                               or _IMAGE.fullmatch(line) or is_bullet(strip_inline(line.lstrip("> "))))


def one_paragraph_a_line(lines: list[str]) -> bool:
    """Whether the text writes one paragraph a line: two text lines follow each other somewhere, and no blank line
    (or rule) ever stands between two text lines -- only around headings, if anywhere. A Markdown paragraph may run
    over several lines, but then blank lines part the paragraphs; a news article of one paragraph is rare, and one
    hard-wrapped into pieces (``text.unwrap.wrap_width``) keeps its pieces joined."""
    text = [_text_line(line) for line in lines]
    if not any(first and second for first, second in zip(text, text[1:])):
        return False
    after_text = parted = False  # the last line that is not blank is a text line; a blank line followed it
    for line, is_text in zip(lines, text):
        if not line or _RULE.match(line):
            parted = after_text
        elif is_text and parted:
            return False
        else:
            after_text, parted = is_text, False
    return wrap_width([line for line, is_text in zip(lines, text) if is_text]) is None


def _drop_front_matter(lines: list[str], dropped: list[Dropped]) -> list[str]:
    """A leading '---' YAML block (metadata, not article text) is dropped and reported."""
    if not lines or lines[0] != "---":
        return lines
    try:
        end = lines.index("---", 1)
    except ValueError:
        return lines
    dropped.append(Dropped("\n".join(lines[1:end]), "front matter"))
    return lines[end + 1:]
