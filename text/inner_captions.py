"""Photo captions without a credit between the article's paragraphs (issue 11, s19).

A page copied whole prints each photo's caption on a line of its own where the photo stood, among the article's
paragraphs: short, with no stop, shaped exactly as a sub-heading is. The line alone does not tell them apart, so
only what stands around it is taken as evidence, and a line it does not surely name is kept as body (losing the
article's words costs more than speaking a caption):

- two short lines in a row between two paragraphs: a sub-heading heads the paragraph under it, so only the second
  line may be one; the first is a caption (a photo's, over the next part's sub-heading) or a second photo's. It is
  no sub-heading, and is kept as body unless it also opens with a word naming a picture ("صورة", "خريطة", "لقطة",
  "جانب من": ``text.rules.PICTURE_WORDS``) and the second heads its part (the paragraph under it takes up one of its
  words), when it is dropped as a caption. A longer run of short lines is a list or a
  poem, left to the rules; so are bulleted lines, and lines under a paragraph left open or announcing them with a
  colon.
- a short line alone between two paragraphs that the page repeats word for word after the article (its tags: a
  body's name, "وزارة التربية والتعليم"), when no other short line stands alone between the paragraphs: a caption
  naming who is shown, no sub-heading, kept as body. An article with sub-headings of its own (a round-up headed by
  the places it covers, some of them among its tags) keeps them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from text.blocks import Block, is_bullet, looks_like_heading
from text.bodyfind import PROSE
from text.headline import overlap, stems_of
from text.lineshape import PARAGRAPH_WORDS, ends_sentence, paragraph_score
from text.model import Dropped
from text.rules import opens_with_a_picture_word

CAPTION = "image caption"


def _paragraph(block: Block | None) -> bool:
    """A paragraph of the article: a long line reading as prose, not a sub-heading."""
    return (block is not None and block.kind != "heading" and len(block.text.split()) >= PARAGRAPH_WORDS
            and paragraph_score(block.text)[0] >= PROSE)


def _short(block: Block) -> bool:
    """A short line with no stop and no bullet, shaped as a sub-heading is (``looks_like_heading``)."""
    return block.kind == "line" and looks_like_heading(block.text) and not is_bullet(block.text)


def _between(blocks: Sequence[Block], first: int, last: int) -> bool:
    """Whether ``blocks[first:last + 1]`` stand between two paragraphs, the one above finished: its sentence ended,
    announcing nothing (a colon, or a sentence left open, leads into a list's items or a poem's lines: "وكان من
    أشهر ما كتب بيتان يرددهما الناس" / two verses)."""
    above = blocks[first - 1] if first > 0 else None
    below = blocks[last + 1] if last + 1 < len(blocks) else None
    return _paragraph(above) and _paragraph(below) and above is not None and ends_sentence(above.text)


def _pairs(blocks: Sequence[Block]) -> list[int]:
    """The first lines of two short lines in a row (no third beside them) between two paragraphs."""
    return [index for index in range(1, len(blocks) - 2)
            if _short(blocks[index]) and _short(blocks[index + 1]) and _between(blocks, index, index + 1)]


def _lone_shorts(blocks: Sequence[Block]) -> list[int]:
    """The short lines standing alone between two paragraphs: where a sub-heading stands."""
    return [index for index in range(1, len(blocks) - 1) if _short(blocks[index]) and _between(blocks, index, index)]


def _repeated_after(block: Block, after: Sequence[str]) -> bool:
    """Whether a line under the article (a tag) repeats ``block`` word for word."""
    return block.text.strip() in {line.strip() for line in after}


def _heads_its_part(blocks: Sequence[Block], index: int) -> bool:
    """Whether the short line at ``index`` heads the paragraph under it as a sub-heading does: the paragraph takes up
    a word of it ("مواصفات القطارات" / "تعمل القطارات ..."), as the next verse of a poem does not."""
    return (index + 1 < len(blocks) and _short(blocks[index])
            and overlap(blocks[index].text, stems_of(blocks[index + 1].text)) > 0)


def inner_captions(blocks: list[Block], after: Sequence[str], dropped: list[Dropped]) -> list[Block]:
    """The article's blocks with the captions between its paragraphs unmade as sub-headings, and dropped when they
    name a picture (see the module docstring); ``after``: the page's lines under the article."""
    unmade = set(_pairs(blocks))
    lone = _lone_shorts(blocks)
    if len(lone) == 1 and _repeated_after(blocks[lone[0]], after):
        unmade.update(lone)
    result = []
    for index, block in enumerate(blocks):
        if index not in unmade:
            result.append(block)
        elif opens_with_a_picture_word(block.text) and _heads_its_part(blocks, index + 1):
            dropped.append(Dropped(block.text, CAPTION))
        else:
            result.append(replace(block, title=False))
    return result
