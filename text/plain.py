"""Split scraped plain text (one paragraph a line) into headline, byline and sections.

The page is read top to bottom in three parts:

1. before the headline: mastheads, site names, navigation, dates (dropped);
2. the headline: the first line that is left, when it looks like a title
   (at most 30 words, not ending in a single full stop). When there is none the
   first sentence of the text stands in: it becomes the headline, is removed
   from the lead so it is spoken once, and ``headline_from_body`` is set;
3. between the headline and the lead: share widgets, template tokens, photo
   captions, the byline (kept in ``Article.byline``), and datelines or bylines
   glued to the start of the lead.

The rest is body: furniture lines and "read also" blocks are dropped (see
``text.blocks``), glued sub-headings are cut off flattened paragraphs (see
``text.headings``), and short unpunctuated lines between paragraphs start sections.
"""

from __future__ import annotations

from text.blocks import Block, drop_furniture, is_bullet, sections_with_headline
from text.clean import clean_text
from text.headings import split_glued_headings
from text.model import Article, Dropped
from text.rules import (BYLINE, BYLINE_MAX_WORDS, BYLINE_VERBS, MASTHEAD, PREAMBLE_CAPTION_MAX_WORDS, SECTION_LABEL,
                        SENTENCE_END, SITE_NAMES, glued_prefix, line_reason)

MAX_TITLE_WORDS = 30


def is_title_line(line: str) -> bool:
    """A title: not a long paragraph, not a sentence closed by one full stop ('..' and '?' are fine)."""
    if len(line.split()) > MAX_TITLE_WORDS or is_bullet(line) or line[-1] in ":：،,؛":
        return False
    return not (line.endswith(".") and not line.endswith("..") and len(line.split()) > 6)


def parse_plain(text: str, *, source: str | None = None) -> Article:
    lines = [line for line in clean_text(text) if line]
    dropped: list[Dropped] = []
    index, site = _skip_masthead(lines, dropped)
    headline = None
    if index < len(lines) and is_title_line(lines[index]):
        headline = lines[index]
        index += 1
    index, byline, byline_site = _skip_preamble(lines, index, headline=headline, dropped=dropped)
    site = site or byline_site
    body = lines[index:]
    if body:
        body[0], glued_author = _cut_glued_prefixes(body[0], dropped)
        byline = byline or glued_author
    blocks = drop_furniture([Block(line) for line in body], headline=headline, dropped=dropped)
    blocks = split_glued_headings(blocks)
    headline, sections, headline_from_body = sections_with_headline(blocks, headline)
    return Article(headline, sections, byline=byline, source=source, site=site, dropped=tuple(dropped),
                   headline_from_body=headline_from_body)


def _skip_masthead(lines: list[str], dropped: list[Dropped]) -> tuple[int, str | None]:
    """Drop the furniture above the headline; returns (index of the first other line, site name)."""
    site = None
    index = 0
    while index + 1 < len(lines):  # the last line is never all there is to the article
        line = lines[index]
        reason = line_reason(line)
        if reason is None and SECTION_LABEL.matches(line):
            reason = SECTION_LABEL.reason
        if reason is None and line in SITE_NAMES:
            site, reason = line, "site name"
        elif reason is None and MASTHEAD.match(line):
            site = line.split("|")[-1].split("｜")[-1].strip() or None
            reason = "site name"
        if reason is None:
            break
        dropped.append(Dropped(line, reason))
        index += 1
    return index, site


def _skip_preamble(lines: list[str], index: int, *, headline: str | None,
                   dropped: list[Dropped]) -> tuple[int, str | None, str | None]:
    """Drop widgets, captions and the byline between the headline and the lead.

    Returns (index of the lead, author, site named in an "Agency - Author" byline).
    """
    byline = site = None
    caption_seen = False
    while index + 1 < len(lines):
        line = lines[index]
        reason = line_reason(line)
        if reason == "read also":
            break  # a "read also" block is handled with its related headlines in the body
        if reason is None and line == headline:
            reason = "repeated headline"
        if reason is None and byline is None and len(line.split()) <= BYLINE_MAX_WORDS:
            match = BYLINE.match(line)
            if match:
                byline = (match.group("author") or match.group("author2") or "").strip() or None
                named = (match.group("site") or "").strip()
                site = None if not named or named in BYLINE_VERBS else named
                reason = "byline"
        if (reason is None and headline is not None and not caption_seen
                and _is_short_caption(line, lines[index + 1])):
            caption_seen = True
            reason = "image caption"
        if reason is None:
            break
        dropped.append(Dropped(line, reason))
        index += 1
    return index, byline, site


def _is_short_caption(line: str, following: str) -> bool:
    """A short unpunctuated line right after the headline, before a paragraph or byline: a photo caption."""
    return (
        len(line.split()) <= PREAMBLE_CAPTION_MAX_WORDS
        and line[-1] not in SENTENCE_END + "،,"
        and not is_bullet(line)
        and not is_bullet(following)
    )


def _cut_glued_prefixes(line: str, dropped: list[Dropped]) -> tuple[str, str | None]:
    """Cut a dateline and/or byline stuck to the start of the lead; returns (lead, author or None)."""
    author = None
    for _ in range(2):
        glued = glued_prefix(line)
        if glued is None:
            break
        reason, furniture, match = glued
        dropped.append(Dropped(furniture, reason))
        if reason == "byline":
            author = match.group("author").strip()
        line = line[match.end():].strip()
    return line, author
