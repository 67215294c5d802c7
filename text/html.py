"""Saved HTML pages: trafilatura finds the main article, we keep its h1/h2/h3 structure.

trafilatura removes navigation, share bars, captions and comments; what it
keeps still goes through our furniture rules (it does not know Arabic
"read also" blocks). The headline is the body's first h1, or the page's
metadata title (og:title / <title>) when the body has none; only when both
are missing does the first sentence stand in (``headline_from_body``).
"""

from __future__ import annotations

import logging

from audio_edition.errors import InputError
from text.blocks import Block, drop_furniture, sections_with_headline
from text.clean import clean_line
from text.creditnames import person_name, site_name
from text.html_depth import shallow_html
from text.model import Article, Dropped
from text.published import METADATA_SOURCE, page_published

log = logging.getLogger(__name__)

# The title h1 may come after a kicker or a date line that trafilatura kept.
MAX_BLOCKS_BEFORE_TITLE = 3


def parse_html(text: str, *, source: str | None = None) -> Article:
    from lxml import etree
    import trafilatura

    text = shallow_html(text)  # deeper than the parser's 255 levels, the article would be lost
    extracted = trafilatura.extract(
        text, output_format="xml", with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, include_links=False, include_formatting=False, deduplicate=False,
    )
    doc = etree.fromstring(extracted.encode("utf-8")) if extracted else None
    main = doc.find("main") if doc is not None else None
    found = _blocks(main if main is not None else doc) if doc is not None else []
    if found:
        found = _restore_repeats(found, _page_blocks(text))
    if not any(level for _block, level in found):
        # On very small pages trafilatura falls back to flat text and loses the headings
        # (and may keep the menu): read the page's own article element instead.
        own = _page_blocks(text)
        if any(level for _block, level in own):
            log.info("%s: trafilatura kept no headings; reading the page's article element", source)
            found = own
    if not found:
        raise InputError(f"{source or 'HTML page'}: no article text found in the page")
    metadata = doc if doc is not None else etree.Element("doc")
    metadata_title = clean_line(metadata.get("title") or "") or _page_title(text)
    byline = person_name(clean_line(metadata.get("author") or ""), labelled=True)
    site = site_name(clean_line(metadata.get("sitename") or ""))

    headline = metadata_title
    title_at = next((i for i, (_b, level) in enumerate(found[:MAX_BLOCKS_BEFORE_TITLE + 1]) if level == "h1"), None)
    if title_at is not None:
        headline = found.pop(title_at)[0].text
    blocks = [block for block, _level in found]
    dropped: list[Dropped] = []
    blocks = drop_furniture(blocks, headline=headline, dropped=dropped)
    headline, sections, from_body = sections_with_headline(blocks, headline)
    published = page_published(text)
    return Article(headline, sections, byline=byline, source=source, site=site, dropped=tuple(dropped),
                   headline_from_body=from_body, published=published,
                   published_from=METADATA_SOURCE if published else None)


def _blocks(root) -> list[tuple[Block, str | None]]:
    """(block, heading level) for paragraphs, list items, quotes, table rows and headings, in page order."""
    blocks: list[tuple[Block, str | None]] = []
    for element in root.iter("head", "p", "item", "quote", "row"):
        if _inside(element, ("quote", "row", "item")):
            continue  # the enclosing element already holds this text
        if element.tag == "row":
            cells = [clean_line(" ".join(cell.itertext())) for cell in element.iter("cell")]
            line = "، ".join(cell for cell in cells if cell)
        else:
            line = clean_line(" ".join(element.itertext()))
        if not line:
            continue
        if element.tag == "head":
            blocks.append((Block(line, "heading"), element.get("rend") or "h2"))
        else:
            blocks.append((Block(line, "paragraph"), None))
    return blocks


def _inside(element, tags: tuple[str, ...]) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


# Page parts that are never the article, for the fallback reader.
_NOT_ARTICLE = ("nav", "header", "footer", "aside", "script", "style", "noscript", "figure", "figcaption", "form",
                "button", "iframe", "svg", "template")
_PAGE_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "tr")


def _runs(blocks: list[tuple[Block, str | None]]) -> list[tuple[str, int]]:
    """Consecutive runs of equal block texts, as (text, length)."""
    runs: list[tuple[str, int]] = []
    for block, _level in blocks:
        if runs and runs[-1][0] == block.text:
            runs[-1] = (block.text, runs[-1][1] + 1)
        else:
            runs.append((block.text, 1))
    return runs


def _restore_repeats(found: list[tuple[Block, str | None]],
                     page: list[tuple[Block, str | None]]) -> list[tuple[Block, str | None]]:
    """Put back paragraphs trafilatura dropped for repeating the one before them.

    trafilatura deletes a block of over 50 characters equal to the previous one, even
    with deduplicate=False; the page said it twice, so the listener hears it twice.
    """
    page_runs = _runs(page)
    cursor = 0
    restored: list[tuple[Block, str | None]] = []
    index = 0
    for text, length in _runs(found):
        match = next((i for i in range(cursor, len(page_runs)) if page_runs[i][0] == text), None)
        missing = 0
        if match is not None:  # runs are matched in page order, so each repeat is counted once
            missing = max(0, page_runs[match][1] - length)
            cursor = match + 1
        restored.extend(found[index:index + length])
        restored.extend([found[index]] * missing)
        index += length
    return restored


def _page_blocks(text: str) -> list[tuple[Block, str | None]]:
    """The fallback: headings, paragraphs and list items of the page's <article>, <main> or <body>."""
    import lxml.html

    try:
        page = lxml.html.fromstring(text)
    except (ValueError, lxml.etree.ParserError):
        return []
    roots = page.xpath("//article") or page.xpath("//main") or page.xpath("//body") or [page]
    blocks: list[tuple[Block, str | None]] = []
    for element in roots[0].iter(*_PAGE_BLOCKS):
        if any(ancestor.tag in _NOT_ARTICLE or ancestor.tag in _PAGE_BLOCKS for ancestor in element.iterancestors()):
            continue
        if element.tag == "tr":
            line = "، ".join(clean_line(cell.text_content()) for cell in element.iter("td", "th"))
        else:
            line = clean_line(element.text_content())
        if line:
            heading = element.tag if element.tag.startswith("h") and element.tag[1:].isdigit() else None
            blocks.append((Block(line, "heading" if heading else "paragraph"), heading))
    return blocks


def _page_title(text: str) -> str | None:
    import lxml.html

    try:
        title = lxml.html.fromstring(text).findtext(".//title")
    except (ValueError, lxml.etree.ParserError):
        return None
    return clean_line(title or "") or None
