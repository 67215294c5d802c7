"""Split scraped plain text (one paragraph a line) into headline, byline and sections."""

from __future__ import annotations

import logging

from text.clean import clean_text
from text.model import Article, Dropped, Section
from text.rules import BYLINE, DATELINE, MASTHEAD, SENTENCE_END, line_reason

log = logging.getLogger(__name__)

MAX_HEADING_WORDS = 10
BULLET_PREFIXES = ("- ", "• ", "* ", "– ", "— ", "· ")


def is_bullet(line: str) -> bool:
    if line.startswith(BULLET_PREFIXES):
        return True
    head = line.split(" ", 1)[0].rstrip(".)-")
    return head.isdigit() and len(line) > len(head) + 1 and line[len(head)] in ".)-"


def looks_like_heading(line: str) -> bool:
    """A short line without final punctuation: how scrapes show sub-headings."""
    return (
        0 < len(line.split()) <= MAX_HEADING_WORDS
        and line[-1] not in SENTENCE_END + "،,"
        and not is_bullet(line)
    )


def parse_plain(text: str, *, source: str | None = None) -> Article:
    lines = [line for line in clean_text(text) if line]
    dropped: list[Dropped] = []
    headline: str | None = None
    site: str | None = None
    byline: str | None = None
    body: list[str] = []

    index = 0
    # Before the headline: masthead and page furniture.
    while index < len(lines):
        line = lines[index]
        reason = line_reason(line)
        if reason is None and MASTHEAD.match(line) and index + 1 < len(lines):
            site = line.split("|")[-1].strip() or None
            reason = "site name"
        if reason is None:
            break
        dropped.append(Dropped(line, reason))
        index += 1
    if index < len(lines) and looks_like_heading_or_title(lines[index]):
        headline = lines[index]
        index += 1

    # Between headline and lead: widgets, captions, byline.
    in_preamble = True
    skip_related = False
    for line in lines[index:]:
        reason = line_reason(line)
        if reason == "read also":
            skip_related = True
        elif skip_related and looks_like_heading(line):
            reason = "read also"
        else:
            skip_related = False
        if reason is None and headline and line == headline:
            reason = "repeated headline"
        if reason is None and in_preamble:
            match = BYLINE.match(line)
            if match and len(line.split()) <= 8:
                byline = (match.group("author") or match.group("author2") or "").strip() or None
                if match.group("site") and not site:
                    site = match.group("site").strip()
                reason = "byline"
        if reason is not None:
            dropped.append(Dropped(line, reason))
            continue
        if in_preamble:
            glued = DATELINE.match(line)
            if glued and glued.end() < len(line):
                dropped.append(Dropped(glued.group(0).strip(), "dateline"))
                line = line[glued.end():].strip()
        in_preamble = False
        body.append(line)

    if headline is None:
        if not body:
            return Article(None, (), byline=byline, source=source, site=site, dropped=tuple(dropped))
        headline = first_sentence(body[0])
        log.info("no title line found; using the first sentence as headline")
        return Article(headline, split_sections(body), byline=byline, source=source, site=site,
                       dropped=tuple(dropped), headline_from_body=True)
    return Article(headline, split_sections(body), byline=byline, source=source, site=site,
                   dropped=tuple(dropped))


def looks_like_heading_or_title(line: str) -> bool:
    """A title line: not a long paragraph (titles can end in '..' or '?')."""
    return len(line.split()) <= 30


def first_sentence(paragraph: str) -> str:
    for i, char in enumerate(paragraph):
        if char in ".!?؟" and i > 10:
            return paragraph[: i + 1]
    return paragraph


def split_sections(body: list[str]) -> tuple[Section, ...]:
    """Lead first (title None), then a section per sub-heading line."""
    sections: list[Section] = []
    title: str | None = None
    paragraphs: list[str] = []
    for position, line in enumerate(body):
        following = body[position + 1] if position + 1 < len(body) else None
        is_heading = (
            looks_like_heading(line)
            and (paragraphs or sections)
            and following is not None
            and not looks_like_heading(following)
        )
        if is_heading:
            sections.append(Section(title, tuple(paragraphs)))
            title, paragraphs = line, []
        else:
            paragraphs.append(line)
    if paragraphs or title is not None:
        sections.append(Section(title, tuple(paragraphs)))
    return tuple(s for s in sections if s.paragraphs or s.title)
