"""Saved HTML pages: trafilatura finds the main article, we keep its h1/h2/h3 structure.

trafilatura removes navigation, share bars, captions and comments; what it
keeps still goes through our furniture rules (it does not know Arabic
"read also" blocks). The headline is the body's first h1, or the page's
metadata title (og:title / <title>) when the body has none; only when both
are missing does the first sentence stand in (``headline_from_body``).
"""

from __future__ import annotations

from audio_edition.errors import InputError
from text.blocks import Block, build_sections, drop_furniture, headline_from_first_sentence
from text.clean import clean_line
from text.model import Article, Dropped
from text.rules import author_name

# The title h1 may come after a kicker or a date line that trafilatura kept.
MAX_BLOCKS_BEFORE_TITLE = 3


def parse_html(text: str, *, source: str | None = None) -> Article:
    from lxml import etree
    import trafilatura

    extracted = trafilatura.extract(
        text, output_format="xml", with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, include_links=False, include_formatting=False, deduplicate=False,
    )
    if not extracted:
        raise InputError(f"{source or 'HTML page'}: no article text found in the page")
    doc = etree.fromstring(extracted.encode("utf-8"))
    main = doc.find("main")
    found = _blocks(main if main is not None else doc)
    metadata_title = clean_line(doc.get("title") or "") or None
    byline = author_name(clean_line(doc.get("author") or "")) or None
    site = clean_line(doc.get("sitename") or "") or None

    headline = metadata_title
    title_at = next((i for i, (_b, level) in enumerate(found[:MAX_BLOCKS_BEFORE_TITLE + 1]) if level == "h1"), None)
    if title_at is not None:
        headline = found.pop(title_at)[0].text
    blocks = [block for block, _level in found]
    dropped: list[Dropped] = []
    blocks = drop_furniture(blocks, headline=headline, dropped=dropped)
    sections = build_sections(blocks)
    from_body = False
    if headline is None and sections:
        headline, sections = headline_from_first_sentence(sections)
        from_body = True
    return Article(headline, sections, byline=byline, source=source, site=site, dropped=tuple(dropped),
                   headline_from_body=from_body)


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
