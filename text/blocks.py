"""The body of an article as blocks, shared by the text, Markdown and HTML readers.

Each reader turns its input into ``Block``s; ``drop_furniture`` removes page
furniture from them (reporting every removal) and ``build_sections`` groups
what is left into a lead and one section per sub-heading.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from typing import Literal

from text.bodyfind import (MAX_HEADING_AFTER_RELATED, PROSE, PROSE_SHAPED_RULES, READ_ALSO_REASON,
                           leads_the_article, own_list)
from text.chunk import is_abbreviation_dot
from text.lineshape import (AS_FOLLOWS_ALONE, HARAKAT, ITEM_NUMBER, NEEDS_WHAT_FOLLOWS, ORDINAL_WORDS,
                            PARAGRAPH_WORDS, RELATIVE_PRONOUNS, SENTENCE_OPENERS, SPEECH_WORDS, Spellings, clause_marks,
                            continues_paragraph,
                            ends_sentence, enumerates, fold, goes_on_as_prose,
                            goes_on_asking, has_letter, has_sentence_particle, holds_figures, is_label,
                            is_question_title, is_teaser, joined_to, paragraph_score, says_as_follows, shows_a_scene,
                            stops_mid_phrase, strip_bullet, without_conjunction)
from text.credits import MAX_PLACE_WORDS, OUTLET_ADJECTIVES, credit_parts, names_an_outlet
from text.doubled import title_once
from text.grammar import TRANSITIVE_VERBS
from text.model import Dropped, Section
from text.nottitles import never_heads_a_part
from text.places import is_place
from text.photolabels import is_photo_label
from text.rules import (CLOSING_MARKS, PHOTO_TAKERS, glued_suffix, is_empty_box_notice, line_reason, marker_has_title,
                        worded_box_label)
from text.title_model import opens_with_past_verb

log = logging.getLogger(__name__)

Kind = Literal["paragraph", "heading", "line"]
"""``line``: a plain-text line whose role is decided by its shape and neighbours."""

MAX_HEADING_WORDS = 10
MAX_LONG_HEADING_WORDS = 12
MIN_PARAGRAPH_AROUND_LONG_HEADING = 16
"""A heading of up to ``MAX_LONG_HEADING_WORDS`` stands between paragraphs of at least this many words."""
MAX_LONG_QUESTION_WORDS = 16
MIN_CLOSED_HEADING_WORDS = 2
MAX_CLOSED_HEADING_WORDS = 7
"""A heading closed by a full stop has this many words (see ``_closed_heading``)."""
MIN_NAMED_AGAIN_WORDS = 2
"""A line the paragraph under it says again names that part when it holds two words or more (one word is any word)."""
MAX_ENTRY_TEXT_WORDS = 12
"""The one sentence under each name in a list of names (a title and a role), at most."""
MIN_ENTRIES = 3
"""How many such entries in a row make a list."""
MIN_SET_APART_PIECES = 2
"""A page breaks its paragraphs after their first words when this many of its short lines over a paragraph are shaped
as a sentence's first words (see ``first_words_apart``)."""
# A line of a paragraph broken across lines at a column's width holds this many words, from and to.
MIN_WRAPPED_PIECE_WORDS = 6
MAX_WRAPPED_PIECE_WORDS = 16
MIN_WRAPPED_SHARE = 0.2
"""A page copied from a narrow column: at least this share of its lines are such pieces."""
MAX_LABEL_WORDS = 4
"""A line this short trailing off above a heading-shaped line labels a box (see ``is_box_label``)."""
BULLET_PREFIXES = ("- ", "• ", "* ", "– ", "— ", "· ", "▪ ", "● ")
# A line opening with و or ف joined to a verb (in the future too: "وسيعلن") or to ال ("وأعلنت", "ويرى", "والجدير")
# goes on from the paragraph before: it never heads a section ("وجهات سياحية" merely begins with و). After an ا, only
# the openings of the verbs that take one ("وانطلقت", "واستقبل", "واجتمع", "واتفق"): a name or a noun that begins with
# فا or وا ("فارس الحلو", "وادي النيل") may head a part.
_GOES_ON = re.compile(r"^[وف](?:ال|[أإتين]|ا(?:ن|ست|[\u0621-\u064a]?ت)|س[أتين])[\u0621-\u064a]{2,}(?:\s|[:：،,])")
# A line of one word, و or ف joined to a verb in the past ("فأغلقت", "وشرحت", "وقالوا"): a paragraph's first word set
# apart on a line of its own. Alone, the looser test above would take nouns too ("فيديو", "واشنطن"); a noun's plural
# in ات is no verb ("فعاليات", "وثائقيات").
_VERB_ALONE = re.compile(r"^[وف][\u0621-\u064a]{2,}(?<!ا)(?:ت|وا)$")
CLOSING_PARTICLES = NEEDS_WHAT_FOLLOWS | frozenset(("على", "هو", "هي", "لا", "ما", "مثل"))
"""Words a title or a heading never ends on: those no line ends on (``NEEDS_WHAT_FOLLOWS``, one list for "a line
stopping mid-phrase"), and words that may end a byline or a sentence, never a heading ("على", "هو", "لا")."""
_CONJUNCTIONS = frozenset(("و", "ف", "أو", "او", "ثم"))
"""A conjunction standing as a word of its own ("و تساهم الفرق ..." where a page writes و apart): a line opening with
one goes on from the text before it."""
_ORDINAL = re.compile(rf"^(?:[أا]ولا|{'|'.join(ORDINAL_WORDS[1:])})\s*[:：\-–—)]")
_QUOTES = "\"'«»“”„‘’"
_QUOTE = re.compile(f"[{_QUOTES}]")
_BRACKETED = re.compile(r"^[(\[].*[)\]]$")
_WORD_MARKS = ".,،:;؛!?؟…\"'«»“”()[]"
"""Marks that close or open a word in running text."""
_FA_QUESTION = re.compile(r"ف(?:هل|ما|ماذا|متى|كيف|أين|اين|لماذا|لم|أي|اي|كم)")
"""ف joined to a question word ("فهل", "فكيف"): a question drawn from what was said before it."""
_JOINED_PRONOUNS = frozenset(("وهو", "وهي", "فهو", "فهي", "وهم", "فهم", "وهذا", "وهذه", "فهذا", "فهذه"))
_FIGURES = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+")
_NUMBERED = re.compile(rf"^{ITEM_NUMBER}\s*\S")


@dataclass(frozen=True)
class Block:
    text: str
    kind: Kind = "line"
    title: bool | None = None
    """For a plain-text line, the line model's verdict (``text.linemodel``): surely a sub-heading (True), surely
    not (False), or unsure (None: the shape rules decide alone)."""
    at: int | None = field(default=None, compare=False)
    """For a plain-text line, its index among the page's lines, so that a drop is told to ``inspect --lines`` on the
    line it was made on even when another line of the page holds the same text (a list item said in two lists)."""


def is_bullet(line: str) -> bool:
    """A list item: '- ', '• ', '1.', '١)'... Body text, never a sub-heading."""
    return line.startswith(BULLET_PREFIXES) or bool(_NUMBERED.match(line))


def looks_like_heading(line: str) -> bool:
    """A short line without final punctuation: how scrapes show sub-headings. Not one that announces what
    follows with a colon and a dash ("... ما يلي:-"), nor one whose final punctuation a closing emphasis star hides
    ("*... وهذا ما لم أتوقعه!*", a chat's bold copied as text: ``_without_closing_stars``)."""
    return (
        0 < len(line.split()) <= MAX_HEADING_WORDS
        and _closing_quote_name(_without_closing_stars(line))[-1] not in CLOSING_MARKS + "،,"
        and not line.endswith((":-", ":–", ": -"))
        and not is_bullet(line)
    )


def _without_closing_stars(line: str) -> str:
    """The line without the stars closing a span a star opens ("*نص*", "**نص**": emphasis in a chat's or Markdown's
    writing), so that the mark before them is seen; a line of stars alone, or one no star opens, is left as it is."""
    if not line.lstrip().startswith("*"):
        return line
    stripped = line.rstrip().rstrip("*").rstrip()
    return stripped if stripped.strip("*").strip() else line


def _before_closing_marks(line: str) -> str:
    """The line without the emphasis stars (``_without_closing_stars``), quote marks, brackets and spaces closing it:
    the text whose last mark says whether it asks or exclaims."""
    return _without_closing_stars(line).rstrip("\"”»)'’ ")


def _closing_quote_name(line: str) -> str:
    """The line without a closing quote mark that ends a quoted name it opened ("قصة مسلسل “السيدة الأولى”"): a
    title may end on a name in quotes; a line wholly in quotes (a quoted saying) or a quoted sentence keeps it (a
    sentence end)."""
    stripped = line.rstrip(_QUOTES)
    if (len(stripped) < len(line) and stripped and _QUOTE.search(stripped[1:]) and stripped[0] not in _QUOTES
            and stripped[-1] not in CLOSING_MARKS + "،,"):
        return stripped
    return line


def ends_as_follows(line: str) -> bool:
    """A line announcing what follows, "as follows" before its colon ("يجب مراعاة الآتي:", "وجاء التصنيف
    كالتالي:"): a sentence leading into a list, never a sub-heading, however short. "كالتالي" and its like
    (``AS_FOLLOWS_ALONE``) announce without the colon too (a site writing neither colons nor full stops): "the
    following" ("الخطوات التالية") may name a part, "as follows" never does."""
    words = line.rstrip(":：-– ").split()
    if words and HARAKAT.sub("", words[-1]) in AS_FOLLOWS_ALONE:
        return True
    return line.rstrip("-– ").endswith((":", "：")) and bool(words) and says_as_follows(words[-1])


def announces_with_colon(line: str) -> bool:
    """A line closed by a colon that opens as a sentence going on does, with و or ف joined to a common word or to a
    verb ("وتشمل الخطة:", "وأضاف المهندس:", "وضمت المحطة:"): it announces what follows (a list, what was said) and
    heads no part. Not a noun or a name that merely begins with و or ف ("وزارة المياه:", "فوائد المحطة:", "فرنسا:"),
    which may head a part. "As follows" is ``ends_as_follows``."""
    words = line.rstrip(":： ").split()
    if not line.endswith((":", "：")) or not words:
        return False
    bare = HARAKAT.sub("", words[0])[1:]
    return continues_paragraph(line, strict=True) or words[0][0] in "وف" and (bare in TRANSITIVE_VERBS
                                                                              or bare in SPEECH_WORDS)


def is_question_heading(line: str, *, most: int = MAX_HEADING_WORDS) -> bool:
    """A short question standing alone ("لماذا الآن؟", "ماذا يحتاج اللاعب ؟"), or a short exclamation ("مفاجأة في
    الموازنة!", as headlines often end): how many articles head a part. Between paragraphs, it is read as a
    sub-heading like an unpunctuated short line, also in a chat's emphasis stars ("*لماذا الآن؟*":
    ``_without_closing_stars``). One mark only: "..!" or "!!" close a remark, not a heading; and no comma, which
    joins the clauses of a sentence said aloud ("مررت بالسوق، ولم أجد أحدا!"; as ``is_question_title`` reads a
    title): of the readable pages' lines of 16 words or fewer closed by "!" or "؟" with a comma inside, none is a
    sub-heading (4 body lines, 2 sites)."""
    text = _before_closing_marks(line)
    return (0 < len(line.split()) <= most and text.endswith(("؟", "?", "!")) and not is_bullet(line)
            and not any(mark in text[:-1] for mark in ".!؟?،,"))


def closes_a_remark(line: str) -> bool:
    """Whether a line closes on two marks of asking or exclaiming ("أهذا عدل؟!", "أين الحساب!!", seen through the
    quotes and emphasis stars closing it): a remark said aloud, not a part's name (``is_question_heading`` reads one
    mark only as a heading's). A default, not a law: of the readable pages' 5 short lines so closed, 3 are body
    remarks and 2 headlines, none a sub-heading; a sub-heading so written ("*ماذا بعد؟!*") is read as body."""
    text = _before_closing_marks(line)
    return len(text) >= 2 and text[-1] in "!؟?" and text[-2] in "!؟?"


def _asked_above(previous: Block | None) -> bool:
    """Whether the line above is a short line of asking or exclaiming itself (``is_question_heading`` or
    ``closes_a_remark``): a question under it goes on a run of questions put to the reader ("أين الحساب؟!" /
    "لماذا يسكت الجميع؟"), not a part's name; a question heads a part under a paragraph. Of the readable pages,
    none of their sub-headings stands so (2 body lines do)."""
    return (previous is not None and previous.kind == "line"
            and (is_question_heading(previous.text) or closes_a_remark(previous.text)))


def _interjection(line: str) -> bool:
    """One word exclaimed ("كفى!", "أخيرا!"): unmarked between paragraphs, an interjection, which names no part (a
    one-word question, "لماذا؟", may; a numbered "1. مفاجأة!" heads its part by its number). A choice made on one
    TRAIN page (its one such line was body); no TRAIN sub-heading is one word exclaimed."""
    return len(line.split()) == 1 and _before_closing_marks(line).endswith("!")


def drop_furniture(blocks: list[Block], *, headline: str | None, dropped: list[Dropped],
                   overruled: frozenset[str] = frozenset(), dropped_at: dict[int, str] | None = None) -> list[Block]:
    """Remove furniture lines, "read also" blocks, a repeated headline and glued "follow us" tails; not the lines of
    ``overruled``, which a rule names but the reader found to be the article's own by where they stand.
    ``dropped_at`` receives the reason of each whole block dropped, by its ``Block.at``, for ``inspect --lines``."""
    def drop(block: Block, reason: str) -> None:
        dropped.append(Dropped(block.text, reason))
        if dropped_at is not None and block.at is not None:
            dropped_at[block.at] = reason

    kept: list[Block] = []
    last_kept = -1  # the position of the last block kept
    related = 0  # inside a "read also" block: -1 after a bare marker, then the related headlines seen
    for position, block in enumerate(blocks):
        text = block.text
        reason = line_reason(text)
        if reason == READ_ALSO_REASON:
            drop(block, reason)
            # A marker with its story's title on the same line ("اقرأ أيضًا: ...", "طالع أيضًا.. ...") is one link:
            # on real pages the article goes on right under it. A bare marker heads a list of titles, but for a box's
            # label in the class's words over the article's own list, sharing the lead's words (``own_list``), unless
            # it goes on a box's run ("اقرأ أيضا" / its link / "أخبار مرتبطة": s18 review_boxes2 M1).
            lead = next((kept_block.text for kept_block in kept if leads_the_article(kept_block.text)), "")
            own = (not related and worded_box_label(text)
                   and own_list((other.text for other in blocks[position + 1:]), lead))
            related = 0 if marker_has_title(text) or own else -1
            continue
        following = blocks[position + 1].text if position + 1 < len(blocks) else None
        if reason in PROSE_SHAPED_RULES and (goes_on_as_prose(text) or _between_paragraphs(kept, following)):
            reason = None  # between the article's paragraphs, or going on like one: the article's sentence
        if text in overruled:
            reason = None
        if (is_empty_box_notice(text) and last_kept == position - 1 and _between_paragraphs(kept, following)
                and not line_reason(following or "")):
            # No comment follows it and no other line of a comment box stands around it: a sub-heading the article's
            # story gives in these words (reviewer, s14review.md on 160fdb9). The line model's verdict read the rule
            # overruled here, so its shape decides whether it heads a part.
            reason = None
            block = replace(block, title=None)
        # As in the finder: a question going on from the article, or right before a paragraph after the box's first
        # link, is the article's.
        question = is_question_title(text) and not (
            goes_on_asking(text) or related > 0 and following is not None and paragraph_score(following)[0] >= PROSE)
        # A line going on from the article ("وأعلنت ...", "بينما ...") is the article resuming under the marker.
        if (related and reason is None and block.kind != "heading"
                and (is_teaser(text) or question or joins_titles(text))
                and not continues_paragraph(text, strict=True)):
            # A short title right before a paragraph, after at least one related
            # headline, is the next sub-heading: the block has ended.
            ends_block = (
                related > 0
                and len(text.split()) <= MAX_HEADING_AFTER_RELATED
                and following is not None
                and not (is_teaser(following) or line_reason(following))
            )
            if not ends_block:
                drop(block, READ_ALSO_REASON)
                related = max(related, 0) + 1
                continue
        related = 0
        if reason is None and headline is not None and repeats_headline(text, headline):
            reason = "repeated headline"
        if reason is not None:
            drop(block, reason)
            continue
        tail = glued_suffix(text)
        if tail is not None:
            tail_reason, furniture = tail
            dropped.append(Dropped(furniture, tail_reason))
            block = replace(block, text=text[: text.rfind(furniture)].rstrip())
        kept.append(block)
        last_kept = position
    return kept


_BAR = re.compile(r"\s*[|｜]\s*")
MIN_JOINED_TITLES = 2
MIN_JOINED_TITLE_WORDS = 3
_PART_CLAUSE = re.compile("[،,؛;]")


def joins_titles(text: str) -> bool:
    """A line of other stories' titles joined by bars, as a related box flattened onto one line gives them ("TITLE |
    TITLE؟ | TITLE! |"): ``MIN_JOINED_TITLES`` parts or more, each a title (``is_teaser``) or a title asking or
    exclaiming (``is_question_title``) of ``MIN_JOINED_TITLE_WORDS`` words or more with letters, without a comma or
    a semicolon (a clause of a sentence), with no word that builds sentences (``has_sentence_particle``) and not going
    on from a paragraph (``continues_paragraph``): a sentence holding a bar
    ("... بلغت 80 | 100 بحسب التقرير، وهي ...") is none. Read under a "read also" marker or after its first titles
    (``drop_furniture``), where it is the box's list however long."""
    parts = [part for part in _BAR.split(text) if part.strip()]
    return len(parts) >= MIN_JOINED_TITLES and all(_joined_title(part) for part in parts)


def _joined_title(part: str) -> bool:
    words = part.split()
    return (len(words) >= MIN_JOINED_TITLE_WORDS and any(char.isalpha() for char in part)
            and (is_teaser(part) or is_question_title(part)) and not _PART_CLAUSE.search(part)
            and not has_sentence_particle(part) and not continues_paragraph(part, strict=True))


def _between_paragraphs(kept: list[Block], following: str | None) -> bool:
    """Whether a line stands between two of the article's paragraphs: the text kept above it ends a sentence and the
    line under it reads as prose."""
    return (bool(kept) and ends_sentence(kept[-1].text) and following is not None
            and paragraph_score(following)[0] >= PROSE)


def repeats_headline(line: str, headline: str) -> bool:
    """The line is the headline again, whatever its quote marks and spaces ('ركوب" الترند"' and 'ركوب” الترند”'), or
    the headline without the site's name its page title closes with after a bar ("TITLE | مصر اليوم" over "TITLE" said
    again in the article)."""
    return _unquoted(line) in (_unquoted(headline), _unquoted(_without_site_tail(headline)))


MAX_SITE_TAIL_WORDS = 3
"""Words of a site's name closing a page title after a bar ("| مصر اليوم", "| الموقع الرسمي")."""


def _without_site_tail(headline: str) -> str:
    """The headline without a short last part after a bar (``MAX_SITE_TAIL_WORDS``, fewer words than the part before
    it), which names the site; the headline itself when it has none or the part is longer (a title joining two
    clauses with a bar, a kicker before its title)."""
    head, bar, tail = headline.rpartition("|")
    if not bar or not 0 < len(tail.split()) <= MAX_SITE_TAIL_WORDS or len(head.split()) <= len(tail.split()):
        return headline  # a kicker over its title ("فيديو | سقوط رافعة") keeps both
    return head.strip()


def _unquoted(text: str) -> str:
    return "".join(_QUOTE.sub("", text).split())


def build_sections(blocks: list[Block]) -> tuple[Section, ...]:
    """Lead first (title None), then a section per sub-heading."""
    sections: list[Section] = []
    title: str | None = None
    paragraphs: list[str] = []
    pieces = first_words_apart([block.text if block.kind == "line" else "" for block in blocks])
    for position, block in enumerate(blocks):
        if position not in pieces and _is_heading(blocks, position, started=bool(paragraphs or sections)):
            if paragraphs or title is not None:
                sections.append(Section(title, tuple(paragraphs)))
            title, paragraphs = title_once(block.text, spaced=False), []
        else:
            paragraphs.append(block.text)
    if paragraphs or title is not None:
        sections.append(Section(title, tuple(paragraphs)))
    return tuple(sections)


def is_ordinal_heading(line: str) -> bool:
    """A short line opened by an ordinal and a colon or dash ("أولًا: مساجد الإحلال والتجديد:"): how Arabic
    articles number their parts, whatever follows (a list, a table)."""
    return len(line.split()) <= MAX_HEADING_WORDS and bool(_ORDINAL.match(HARAKAT.sub("", line)))


def _is_heading(blocks: list[Block], position: int, *, started: bool) -> bool:
    block = blocks[position]
    if block.kind != "line":
        return block.kind == "heading"
    following = blocks[position + 1] if position + 1 < len(blocks) else None
    previous = blocks[position - 1] if position > 0 else None
    if (started and following is not None and is_ordinal_heading(block.text)
            and not is_ordinal_heading(following.text) and (previous is None or not is_ordinal_heading(previous.text))):
        return True  # a run of ordinal lines is a list
    named_below = block.title is True and _named_again_below(blocks, position)
    if (block.title is False or _in_entry_list(blocks, position)
            or _inside_sentence(blocks, position) and not named_below
            or _BRACKETED.match(block.text) or ends_as_follows(block.text) or announces_with_colon(block.text)
            or leads_into_a_list(block.text, following.text if following is not None else None)
            or following is not None and _item_over_item(block.text, following.text)
            or _asks_what_follows_from(block.text) or _credits_an_outlet(block.text)
            or enumerates(block.text) or following is not None and _described_below(following.text)
            or _points_back(block.text)
            or never_heads_a_part(block.text) is not None
            or previous is not None
            and _announces_below(previous, block, following, _label_a_row_above(blocks, position))
            and not _announced_part(block, following)):
        # A line wholly in brackets is an aside, a note or a counter ("(2)"), never a heading (a short aside,
        # "(توضيحية - Pixabay)", is dropped as a caption by its rule before this); the line under one announcing
        # what follows ("وجاء نص البيان كالتالي:", "ومن أشهر أبياته:") is what it announces, unless it heads the
        # first announced part.
        return False
    if previous is not None and previous.kind == "line" and is_box_label(previous.text):
        return False
    if _first_row(blocks, position):
        return False
    if (block.title and started and following is not None and following.kind != "heading"
            and len(block.text.split()) <= MAX_HEADING_WORDS
            and (not block.text.endswith(".") or block.text.endswith(".."))
            and not closes_a_remark(block.text)
            and (named_below or not broken_off(block.text))):
        return True
    # The model sure of a short line makes it a heading over what the shape rules would refuse (a run of short
    # lines under it); a line it is sure of that is no short line (a long question) is left to the rules.
    over_a_part = _over_its_first_sub_heading(blocks, position)
    return (
        started
        and (looks_like_heading(block.text)
             or is_question_heading(block.text) and not _interjection(block.text) and not _asked_above(previous)
             or _long_heading(block.text, previous, following, over_a_part=over_a_part)
             or _closed_heading(block.text, previous, following)
             and (_closed_sibling(blocks, position) or _named_again_below(blocks, position)))
        and not broken_off(block.text)
        and following is not None
        # A run of short lines (names, a poem) is body text: a sub-heading follows a paragraph and heads one (or,
        # right under it, its first sub-part's heading: ``_over_its_first_sub_heading``). A short line opening as a
        # sentence goes on ("وأكد أن ...") is a paragraph without its full stop.
        and ((following.kind != "heading"
              and (not _short_unlike_prose(following.text) or _heads_a_table(blocks, position))) or over_a_part)
        and (previous is None or previous.kind == "paragraph" or not _short_unlike_prose(previous.text)
             or _asks_over_a_paragraph(block.text, previous, following))
    )


def _asks_over_a_paragraph(line: str, previous: Block, following: Block) -> bool:
    """Whether a question heads the paragraph under it though a short line stands above it (a list's last item,
    "خفوت أضواء لوحة القيادة" / "متى يحين موعد التغيير؟" / a paragraph): a list's items do not turn into a question
    at their last, so the question is the next part's name, as it is under a paragraph. A question only, not an
    exclamation (a remark going on from the line above); not under another question (a run of questions put to the
    reader, ``_asked_above``) nor over a short line."""
    asks = _before_closing_marks(line).endswith(("؟", "?"))
    return (asks and is_question_heading(line) and not _asked_above(previous)
            and following.kind != "heading" and len(following.text.split()) >= PARAGRAPH_WORDS)


def _over_its_first_sub_heading(blocks: list[Block], position: int) -> bool:
    """Whether the line at ``position`` stands between a finished paragraph and a sure sub-heading (one marked so, or
    one the line model is sure of) that heads a paragraph: a part's heading over its first sub-part's ("نصائح قبل
    حجز الرحلة" / "1. مقارنة أسعار الفنادق" / a paragraph), or a question heading a part over the first point that
    answers it, and shaped as a part's name (``_names_a_part``). Without the sure heading under it, the line above a
    short line would be a list's or a poem's."""
    if not 0 < position < len(blocks) - 2 or not _names_a_part(blocks[position].text):
        return False
    previous, following, text = blocks[position - 1], blocks[position + 1], blocks[position + 2]
    sure = following.kind == "heading" or following.kind == "line" and following.title is True
    return (sure and previous.kind != "heading" and previous.title is not True and not is_bullet(previous.text)
            and ends_sentence(previous.text)
            and (text.kind == "paragraph" or text.kind == "line" and not looks_like_heading(text.text)
                 and len(text.text.split()) >= PARAGRAPH_WORDS))


MAX_PART_TOPIC_WORDS = 8
"""A part's heading over its first sub-part's heading names the part's topic in this many words at most ("مراحل تنفيذ
الخطة"), a question aside: a longer line there is as often a sentence that lost its full stop ("الوزارة ستنشر
النتائج كاملة ... بحسب المتحدث")."""
_OPENS_WITH_FIGURE = re.compile(r"^\W*[0-9\u0660-\u0669\u06f0-\u06f9]")
_PHOTO_CREDIT_ALONE = re.compile(rf"^\W*(?:{PHOTO_TAKERS})\s*$", re.IGNORECASE)
"""A photo's credit alone on its line, colon or none ("تصوير NAME NAME", "عدسة: NAME")."""


def _names_a_part(text: str) -> bool:
    """Whether a line between a finished paragraph and a sure sub-heading may name the part it opens
    (``_over_its_first_sub_heading``): holding letters, and one word naming no place (``places.is_place``:
    "الرياض" alone is a dateline or a tag; "المحاور" heads the parts), not opening with a figure (a figure set apart:
    "750 ألف طن"), not a photo's label, credit or caption (``is_photo_label``,
    ``_PHOTO_CREDIT_ALONE``, ``shows_a_scene``: "صورة أرشيفية للسوق", "تصوير NAME", "المدير خلال زيارته للمصنع"),
    which stand there as often as a heading, and a question or ``MAX_PART_TOPIC_WORDS`` words at most
    (review_subheads29 M1)."""
    words = text.split()
    lettered = [word for word in words if has_letter(word)]
    if not lettered or len(lettered) == 1 and is_place(lettered[0].strip(_QUOTES + ".:：،,")):
        return False
    return (not _OPENS_WITH_FIGURE.match(text)
            and not is_photo_label(text) and not _PHOTO_CREDIT_ALONE.match(text) and not shows_a_scene(text)
            and (is_question_heading(text, most=MAX_LONG_QUESTION_WORDS) or len(words) <= MAX_PART_TOPIC_WORDS))


def first_words_apart(lines: list[str]) -> frozenset[int]:
    """The lines (by index) that are a paragraph's first words set apart on a line of their own, on a page that breaks
    its paragraphs so ("انتخب البرلمان" / "الألماني ... مستشارا جديدا." / "وقالت المتحدثة" / "إن ..."): short lines
    over a paragraph's line (``looks_like_heading``, then more than a heading's words) that are shaped as a sentence's
    first words (``_opens_as_sentence``: a verb in the past first, a word opening a sentence, a word building one, an
    inner comma, or going on or stopping mid-phrase). It takes the page's evidence: ``MIN_SET_APART_PIECES`` such lines
    or more, more than half the short lines over a paragraph, and one of them surely a piece (``broken_off``, or
    stopping mid-phrase: no sub-heading does). A page with sub-headings writes them as names ("نتائج الفحص"); one of
    them built as a sentence ("ميزات لم تكن مؤثرة") stays a sub-heading there, as the others are not."""
    over = [index for index, text in enumerate(lines[:-1])
            if text and looks_like_heading(text) and len(lines[index + 1].split()) > MAX_HEADING_WORDS]
    shaped = [index for index in over if _opens_as_sentence(lines[index])]
    sure = any(broken_off(lines[index]) or stops_mid_phrase(lines[index], in_a_word=False) for index in shaped)
    if sure and len(shaped) >= MIN_SET_APART_PIECES and 2 * len(shaped) > len(over):
        return frozenset(index for index in shaped if not _opens_its_own_sentence(lines[index + 1]))
    return frozenset()


def _opens_its_own_sentence(line: str) -> bool:
    """Whether the line under a short line opens a sentence of its own (a verb in the past first, "ارتفع سعر ...",
    or a word opening a sentence, ``SENTENCE_OPENERS``): the short line over it is then a sub-heading written as a
    short sentence ("تضاعفت الأسعار"), not a paragraph's first words, whose line goes on from them ("وقال صاحب" /
    "مخبز في الحي ...")."""
    bare = HARAKAT.sub("", line)
    return bool(bare.split()) and (opens_with_past_verb(bare) or bare.split()[0] in SENTENCE_OPENERS)


def _opens_as_sentence(line: str) -> bool:
    """Whether a short line is shaped as a sentence's first words rather than a name: a verb in the past first
    ("انتخب البرلمان", ``opens_with_past_verb``; an adjective of the same shape, "أكبر", is the exception the page's
    evidence weighs), a word opening a sentence ("يذكر أن ...", ``SENTENCE_OPENERS``), a word building one ("أنه",
    ``has_sentence_particle``), an inner comma, or going on from the line before or stopping mid-phrase."""
    bare = HARAKAT.sub("", line)
    return (_opens_its_own_sentence(line) or has_sentence_particle(bare)
            or "،" in bare or "," in bare or broken_off(line) or stops_mid_phrase(line, in_a_word=False))


def leads_into_a_list(line: str, following: str | None) -> bool:
    """Whether a line closed by a colon stands right over a list's first item ("الفوائد:" / "- تحسين صحة القلب: ...",
    "7 حقائق عن المدينة:" / "1- ..."): it leads into the list, as "ومن أبرزها:" does, and heads no part (the
    annotation guide's lead-in line; on the unseen pages every such label over a list is read so). A label over a
    paragraph ("مقدمة:", "أسعار الصرف في عدن:") heads its part, and so does a line without a colon over a list
    ("مقادير الطبق" / "• ..."). Marked as an item itself ("• نتائج المسابقة:"), it is the list's item, body too."""
    return line.rstrip().endswith((":", "：")) and following is not None and is_bullet(following)


def _credits_an_outlet(line: str) -> bool:
    """Whether a line is a credit naming an outlet: short names joined by separators (``credit_parts``), one of them an
    outlet's ("السومرية نيوز / البصرة", ``names_an_outlet``) and no other longer than a place's name. Between two
    paragraphs a credit stays with the article's text when the page gives no more evidence (``text.credits``), but
    it names no part."""
    shaped = credit_parts(line)
    if shaped is None or len(shaped[0]) < 2:
        return False
    parts = shaped[0]

    def outlet(part: str) -> bool:  # an adjective alone names no outlet: "الحكومة الإلكترونية / الخدمات" heads a part
        return names_an_outlet(" ".join(word for word in part.split() if word not in OUTLET_ADJECTIVES))

    return (any(outlet(part) for part in parts)
            and all(outlet(part) or len(part.split()) <= MAX_PLACE_WORDS for part in parts))


def _asks_what_follows_from(line: str) -> bool:
    """Whether a line asks what follows from what was said: ف joined to its question word ("فهل يحمل الشهر المقبل
    ...؟", "فكيف ..."), the paragraph's closing question, not a part's name. A question opening with و may head the
    last part ("وماذا بعد؟")."""
    words = HARAKAT.sub("", line).split()
    return bool(words) and bool(_FA_QUESTION.fullmatch(words[0]))


def _item_over_item(line: str, following: str) -> bool:
    """Whether a line marked as a list's item stands over the list's next item, marked the same way ("• الرميلة
    الشمالية" / "• الرميلة الجنوبية", "1. ..." / "2. ..."): the list's first item, whatever the line model reads in
    its shortness; a marked sub-heading stands over its part's text. Not a question over an answer (a numbered FAQ:
    "1. ما هي الوثائق المطلوبة؟" / "2. صورة عن الشهادة ..."; reviewer, s14review4.md): the question heads its part."""
    return (is_bullet(line) and is_bullet(following) and mark_kind(line) == mark_kind(following)
            and not (is_question_title(strip_bullet(line)) and not is_question_title(strip_bullet(following))))


def mark_kind(line: str) -> str:
    """A marked line's mark: '1' for a number, else the bullet symbol."""
    return "1" if line[:1].isdigit() else line[:1]


def _described_below(following: str) -> bool:
    """Whether the line under a line goes on describing its last words ("تدور الأحداث حول الفتاة “سارة”" / "التي
    درست الصحافة ..."): the sentence runs on through the line, which heads nothing. The pronoun may carry a joined و
    and the Egyptian closing ى ("والذى اعتلى ...", "التى"): ``_RELATIVES`` knows every spelling."""
    words = HARAKAT.sub("", following).split()
    return bool(words) and without_conjunction(words[0]) in _RELATIVES


_RELATIVES = Spellings(RELATIVE_PRONOUNS)


def _points_back(line: str) -> bool:
    """Whether a line opens by pointing back to what the text above said: a verb of coming with "that" as its subject
    ("جاء ذلك في حصيلة نشرتها الوزارة ...", "ويأتي هذا القرار بعد ...", "وتأتي هذه الخطوة ..."), how a report ties
    a statement to its occasion. Such a line goes on from the paragraph above and heads no part, however short.
    "That" before a noun is an adjective, and the line may be a heading of its own ("تأتي هذه المسلسلات في الصدارة",
    "جاء ذلك اليوم أخيرا"): it points back only when the noun and its adjectives are followed by a link to an
    occasion ("يأتي هذا القرار بعد ...", "جاءت تلك التصريحات ردا على ...", ``_LINKS_TO_AN_OCCASION``)."""
    words = [word.strip(_WORD_MARKS) for word in HARAKAT.sub("", line).split()]
    if len(words) < 2 or without_conjunction(words[0]) not in _COMING_VERBS or words[1] not in _DEMONSTRATIVES:
        return False
    rest = words[2:]
    noun_phrase = 0
    while noun_phrase < min(len(rest), MAX_NOUN_PHRASE_WORDS) and rest[noun_phrase].startswith("ال"):
        noun_phrase += 1
    if not noun_phrase:
        return True  # "جاء ذلك في ...", "ويأتي هذا بعد ...": the demonstrative is the subject
    return _links_to_an_occasion(rest[noun_phrase:])


def _links_to_an_occasion(words: list[str]) -> bool:
    """Whether the words open with a link to an occasion ("بعد"، "في إطار"، "ردا على" ...)."""
    return bool(words) and (words[0] in _LINKS_TO_AN_OCCASION
                            or len(words) > 1 and (fold(words[0]), fold(words[1])) in _TWO_WORD_LINKS)


MAX_NOUN_PHRASE_WORDS = 3
"""Words of a noun and its adjectives after "that" ("هذا التراجع الحاد"), before the link to an occasion."""
_COMING_VERBS = Spellings(("جاء", "جاءت", "يأتي", "تأتي", "يجيء", "تجيء"))
_DEMONSTRATIVES = Spellings(("ذلك", "هذا", "هذه", "تلك"))
_LINKS_TO_AN_OCCASION = Spellings(("بعد", "بعدما", "عقب", "إثر", "وسط", "خلال", "ضمن", "تزامنا", "تزامنًا", "بالتزامن",
                                   "استجابة", "كاستجابة", "تتويجا", "تنفيذا"))
_TWO_WORD_LINKS = frozenset((fold(first), fold(second)) for first, second in (
    ("في", "إطار"), ("في", "ظل"), ("في", "سياق"), ("في", "وقت"), ("في", "أعقاب"), ("في", "خضم"), ("على", "خلفية"),
    ("ردا", "على"), ("رداً", "على"), ("تزامنا", "مع")))


def _named_again_below(blocks: list[Block], position: int) -> bool:
    """Whether the paragraph under a short line takes it up word for word (the first block below of more than a
    heading's words, one line at most between: "وجهة مغرية" over "ويعد الدوري المصري الممتاز وجهة مغرية ..."): a
    sub-heading names what its part says, while a piece of a sentence set apart ("ويواصل الأردن", a column's
    broken line) goes on into the text rather than being said again. Words are compared without the marks around
    them: the heading's full stop (some sites close their headings so), the paragraph's commas and its own stop."""
    line = _bare_words(blocks[position].text)
    if len(line.split()) < MIN_NAMED_AGAIN_WORDS:
        return False
    below = next((block.text for block in blocks[position + 1:position + 3]
                  if block.kind != "heading" and len(block.text.split()) > MAX_HEADING_WORDS), None)
    return below is not None and f" {line} " in f" {_bare_words(below)} "


def _bare_words(text: str) -> str:
    """The line's words joined by one space, the punctuation closing or opening each word taken off."""
    return " ".join(word for word in (token.strip(_WORD_MARKS) for token in text.split()) if word)


def _announces_below(label: Block, block: Block, following: Block | None, earlier: Block | None = None) -> bool:
    """Whether ``label`` announces ``block``, the line under it: "as follows" (``ends_as_follows``), or a short
    lead-in line of the text closed by a colon (``is_label``: "ومن أشهر أبياته:", "وأبرز مطالبهم:"): what stands
    under it is the list, the verse or the words it announces, no part's name (reviewer, s15review2.md F15). A
    heading closed by a colon heads its part instead, and so may the line under a paragraph announcing the parts
    that follow ("... وفيما يلي نرصد أبرزها:" over the first part's sub-heading). A label numbering a part ("أولا:",
    "المحور الأول:": ``_numbers_a_part``) stands over the part's name, and a label naming a group of parts
    ("مجريات اللقاء:"), which does not go on as a sentence, over a heading-shaped line with a paragraph under it
    (``_heads_a_paragraph``): there the line heads its part (reviewer, s15fixreview_body.md M6). ``earlier``, the
    label of the row above (``_label_a_row_above``), tells the last of a run of label and value rows."""
    if ends_as_follows(label.text):
        return True
    if label.kind != "line" or not is_label(label.text):
        return False
    if _numbers_a_part(label.text):
        # The part's name under a label that numbers a part heads the part; a line with another label that numbers a
        # part right under it, or the last of such rows, heads no text: it is the label's value, a row of label and
        # value ("الفترة الأولى:" / "الفريق أ 17 نقطة والفريق ب 19 نقطة" / "الفترة الثانية:" / ... / "الفترة
        # الرابعة:" / "الفريق أ 98 ..." / a paragraph). A label of speech under the name ("المحور الأول:" / "الممرات
        # الآمنة" / "وقال المندوب:" / a quote) or over the label ("وقال الوزير:" / a quote / "ثانيا:" / a name / a
        # paragraph) makes no such row: the name heads its part (reviewer, s25 titles H1).
        return any(other is not None and other.kind == "line" and is_label(other.text) and _numbers_a_part(other.text)
                   for other in (following, earlier))
    first = (HARAKAT.sub("", label.text).split() or [""])[0]
    goes_on = continues_paragraph(label.text) or joined_to(first) in NEEDS_WHAT_FOLLOWS  # "وأبرز", "ومن أشهر"
    return goes_on or not _heads_a_paragraph(block, following)


_ORDINAL_WORD = re.compile(r"^(?:ال)?(?:[أا]ول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|[أا]خير)[ةى]?$")
"""An ordinal numbering a part: "الأول", "الثانية", "الأخير"."""


def _label_a_row_above(blocks: list[Block], position: int) -> Block | None:
    """The label of the row of label and value above the line at ``position`` (whose own label stands right over
    it): three blocks up, over the previous row's value ("الفترة الثانية:" / its value / "الفترة الثالثة:" / the
    line), or None near the top."""
    return blocks[position - 3] if position >= 3 else None


def _numbers_a_part(label: str) -> bool:
    """Whether a label numbers a part: an ordinal of its own ("أولا:", ``is_ordinal_heading``), or a part's noun
    and its ordinal or number ("المحور الأول:", "الجزء 2:")."""
    last = HARAKAT.sub("", label).rstrip(":： ").split()[-1:]
    return is_ordinal_heading(label) or bool(last) and (bool(_ORDINAL_WORD.match(last[0])) or last[0].isdigit())


def _heads_a_paragraph(block: Block, following: Block | None) -> bool:
    """Whether a line is shaped as a heading (``looks_like_heading``) over a finished paragraph of
    ``PARAGRAPH_WORDS`` words or more: a part's name and its text, not a list's item over the next item."""
    return (looks_like_heading(block.text) and following is not None and following.kind != "heading"
            and ends_sentence(following.text) and len(following.text.split()) >= PARAGRAPH_WORDS)


def _announced_part(block: Block, following: Block | None) -> bool:
    """Whether a line right under one announcing what follows ("... من خلال ما يلي:") is the first of the parts it
    announces rather than its list's first item: the line model is sure it is a sub-heading and a whole paragraph
    stands under it (a name over what the article says of it), or a sentence leading into the part's own list or
    table ("حددت البلدية الرسوم ... على النحو التالي:", ``MIN_PART_LEAD_IN_WORDS``): an item of the list announced
    above leads into nothing of its own."""
    return (block.title is True and following is not None and following.kind != "heading"
            and not looks_like_heading(following.text)
            and (ends_sentence(following.text) and len(following.text.split()) >= MIN_PARAGRAPH_AROUND_LONG_HEADING
                 or ends_as_follows(following.text) and len(following.text.split()) >= MIN_PART_LEAD_IN_WORDS))


MIN_PART_LEAD_IN_WORDS = 8
"""A part's sentence leading into its own list or table holds this many words (a list's item closed by "كالتالي:" is
a label of a few)."""


def is_box_label(line: str) -> bool:
    """A label of a few words trailing off with an ellipsis or an exclamation ("قصص أخرى من الساحل…", "المزيد من
    الساحل..", "هذا المحتوى للمشتركين !!"), no list item nor row of figures: a box's header or a widget's notice. The
    line under it is the box's (another story's title, a teaser), never a sub-heading: a sub-heading follows the
    article's text, or another sub-heading (a bare short line). Not a short paragraph of the article trailing off or
    exclaiming once ("والنتيجة معروفة..", "لكن الأمل باق…", "يا لها من مفارقة!"), as opinion pieces write before a
    sub-heading: one "!" closes a sentence, and a line opening as a paragraph goes on is one."""
    text = line.rstrip(_QUOTES + ") ")
    return (len(text.split()) <= MAX_LABEL_WORDS and not is_bullet(text) and not holds_figures(text)
            and text.endswith(("…", "..", "!!")) and not continues_paragraph(text))


def _short_unlike_prose(line: str) -> bool:
    return looks_like_heading(line) and not broken_off(line)


def _first_row(blocks: list[Block], position: int) -> bool:
    """Whether the line at ``position`` is the first row of a list written without marks: the line under it is a
    short line of the same shape: as many words, give or take one, a word in common standing in the same place
    (counted from either end, once figures are folded: "الفئة الأولى" / "الفئة الثانية", "120 ألف زائر عام 2022" /
    "150 ألف زائر عام 2023", "... مادة إلزامية" / "... مادة إلزامية"), figures in both or in neither; and the line
    under that is no paragraph, nor a row sharing other words with it than the first two share. A sub-heading may
    repeat one of its rows' words, but elsewhere, or without their figures, or not the word its rows go on sharing
    ("نتائج الانتخابات" / "نتائج الدائرة الأولى" / "الدائرة الثانية: ...")."""
    if position + 1 >= len(blocks) or blocks[position + 1].kind != "line":
        return False
    line, row = blocks[position].text, blocks[position + 1].text
    if (not _short_unlike_prose(row) or abs(len(line.split()) - len(row.split())) > 1
            or holds_figures(line) != holds_figures(row)):
        return False
    shared = _same_place_words(line, row)
    if not shared or position + 2 >= len(blocks):
        return bool(shared)
    after = blocks[position + 2].text
    return _short_unlike_prose(after) and (not _row_words(row) & _row_words(after) or bool(shared & _row_words(after)))


def _same_place_words(line: str, row: str) -> set[str]:
    """The words two rows share in the same place, counted from their first word or from their last."""
    first, second = _row_tokens(line), _row_tokens(row)
    pairs = [*zip(first, second), *zip(reversed(first), reversed(second))]
    return {word for word, other in pairs if word == other and len(word) > 1}


def _row_tokens(text: str) -> list[str]:
    """A row's words with every figure folded to one mark."""
    return [_FIGURES.sub("#", token) for token in HARAKAT.sub("", text).split()]


def _row_words(text: str) -> set[str]:
    """A row's words with every figure folded to one mark, one-letter words left out."""
    return {word for word in _row_tokens(text) if len(word) > 1}


def _heads_a_table(blocks: list[Block], position: int) -> bool:
    """Whether a table with its header row follows: the line under ``position`` is short and holds no figure,
    two of the three lines under that do ("نسب التشغيل" / "الشهر النسبة الأحياء" / "الأول 50% الشمالية" ...)."""
    header, rows = blocks[position + 1:position + 2], blocks[position + 2:position + 5]
    return (bool(header) and _short_unlike_prose(header[0].text) and not holds_figures(header[0].text)
            and sum(holds_figures(row.text) for row in rows) >= 2)


def _inside_sentence(blocks: list[Block], position: int) -> bool:
    """A piece of a sentence broken across lines (a page copied from a narrow column, where a paragraph's first
    words may stand alone: "وقال المهندس" / "المسؤول عن المحطة ... إن التشغيل سيبدأ" / ...), not a heading: the
    line before or after it is a column-wide piece stopping inside a sentence (the one after it with more text
    below it), on a page where such pieces are common (``MIN_WRAPPED_SHARE`` of its lines): a page whose
    paragraphs go without a full stop has a short one now and then. A column's copy still closes its paragraphs: on a
    page that ends none of its lines with a sentence end, unclosed lines are its paragraphs, not pieces. A title's '..'
    marks no such piece (another story's title left in the text). A sub-heading follows a finished paragraph and heads
    one."""
    def piece(index: int) -> bool:
        if not 0 <= index < len(blocks) or blocks[index].kind == "heading":
            return False
        text = blocks[index].text
        return (MIN_WRAPPED_PIECE_WORDS <= len(text.split()) <= MAX_WRAPPED_PIECE_WORDS and ".." not in text
                and text.rstrip(" -–")[-1] not in CLOSING_MARKS and not is_bullet(text))
    return ((piece(position - 1) or (piece(position + 1) and position + 2 < len(blocks)))
            and sum(map(piece, range(len(blocks)))) >= MIN_WRAPPED_SHARE * len(blocks)
            and any(ends_sentence(block.text) for block in blocks))


def _long_heading(line: str, previous: Block | None, following: Block | None, *, over_a_part: bool = False) -> bool:
    """A heading of a few more words than most ("تأثير استقرار سعر الذهب عيار 21 على عيارات الذهب الأخرى في
    السعودية"), unpunctuated, or a longer question ("ما الذي سيتغير في فاتورة المياه عندما ... في مدينتك؟"),
    between two long paragraphs, or between a long paragraph and its first sub-part's heading (``over_a_part``)."""
    def paragraph(block: Block | None) -> bool:
        return block is not None and len(block.text.split()) >= MIN_PARAGRAPH_AROUND_LONG_HEADING
    words = len(line.split())
    return (MAX_HEADING_WORDS < words and not is_bullet(line) and paragraph(previous)
            and (paragraph(following) or over_a_part)
            and (words <= MAX_LONG_HEADING_WORDS and line[-1] not in CLOSING_MARKS + "،,"
                 or is_question_heading(line, most=MAX_LONG_QUESTION_WORDS)))


def _closed_heading(line: str, previous: Block | None, following: Block | None) -> bool:
    """A heading some sites close with a full stop ("أسباب القرار."): a line of a few words closed by one, with no
    other mark in it and no word that builds a sentence, between two long paragraphs (the first of them finished).
    A sentence standing alone between paragraphs is rarer than such a heading and says more ("وهو ما نفته الوزارة."
    goes on from the paragraph before)."""
    words = line.split()
    return (MIN_CLOSED_HEADING_WORDS <= len(words) <= MAX_CLOSED_HEADING_WORDS and line.endswith(".")
            and not line.endswith("..") and looks_like_heading(line[:-1].rstrip()) and clause_marks(line[:-1]) == 0
            and not has_sentence_particle(line) and not continues_paragraph(line) and words[0] not in _JOINED_PRONOUNS
            and previous is not None and ends_sentence(previous.text) and not is_bullet(previous.text)
            and len(previous.text.split()) >= MIN_PARAGRAPH_AROUND_LONG_HEADING
            and following is not None and not is_bullet(following.text)
            and len(following.text.split()) >= MIN_PARAGRAPH_AROUND_LONG_HEADING)


def _closed_sibling(blocks: list[Block], position: int) -> bool:
    """Whether another line of the article is a heading closed by a full stop (``_closed_heading``): a site that
    closes its headings so closes them all, while one short sentence alone between paragraphs ("الوضع هادئ في
    الوادي.") is more often a paragraph of its own."""
    return any(_closed_heading(blocks[index].text, blocks[index - 1], blocks[index + 1])
               for index in range(1, len(blocks) - 1) if index != position and blocks[index].kind == "line")


def _in_entry_list(blocks: list[Block], position: int) -> bool:
    """A short line in a list of entries of two lines each, a name and one short sentence about it ("صاحب السمو
    الشيخ / ..." / "ولي عهد أبوظبي."), three entries or more in a row: body text, not sub-headings (a section of
    one short sentence may follow a sub-heading, not three in a row)."""
    def entry(index: int) -> bool:
        if index < 0 or index + 1 >= len(blocks) or blocks[index].kind != "line" or blocks[index + 1].kind != "line":
            return False
        name, text = blocks[index].text, blocks[index + 1].text
        return (looks_like_heading(name) and 0 < len(text.split()) <= MAX_ENTRY_TEXT_WORDS
                and ends_sentence(text))

    if not entry(position):
        return False
    first = last = position
    while entry(first - 2):
        first -= 2
    while entry(last + 2):
        last += 2
    return (last - first) // 2 + 1 >= MIN_ENTRIES


def broken_off(line: str) -> bool:
    """A sentence cut across lines, not a heading: it goes on from the paragraph before ("وأعلنت دار الإفتاء،
    أنها", "وقال المهندس", "كما ستوفر", "وأضاف:", و or ف joined to a word that needs what follows: "ومع أن ...", "وفي
    هذا الإطار"; و or ف joined to a verb in the past tense: "وفتحت الحكومة ...", as news goes on and as its titles and
    sub-headings seldom open; و or ف joined to a word of ``SENTENCE_OPENERS``, however spelt: "واضاف ان ...", not a
    word whose و is its own: "وفق القانون", a part's name (reviewer, s15fixreview_body.md M3); a conjunction written
    apart: "و تساهم ...") or stops on a particle ("... قد تضرر بكثير من", "... تابعته “ان")."""
    bare = HARAKAT.sub("", line).strip()
    first = bare.split()[0]
    joined = joined_to(first)
    return (bool(_GOES_ON.match(line)) or bool(_VERB_ALONE.match(bare))
            or bare[0] in "وف" and opens_with_past_verb(bare[1:]) or first in _CONJUNCTIONS
            or joined != first and (joined in NEEDS_WHAT_FOLLOWS or joined in SENTENCE_OPENERS)
            or continues_paragraph(line, strict=True)
            or line.split()[-1].strip(_QUOTES + ":：") in CLOSING_PARTICLES)


def first_sentence(paragraph: str) -> tuple[str, str]:
    """(first sentence, rest) of a paragraph; used when the page has no title line. The dot of an abbreviation
    before a word ("د. NAME", "30 ل.ل. في") ends no sentence."""
    for match in re.finditer(r"[.!?؟…]+(?=\s|$)", paragraph):
        if match.start() > 10 and not (match.group(0) == "." and is_abbreviation_dot(paragraph, match.start())):
            return paragraph[: match.end()].strip(), paragraph[match.end():].strip()
    return paragraph, ""


def headline_from_first_sentence(sections: tuple[Section, ...]) -> tuple[str, tuple[Section, ...]]:
    """(headline, sections) when the page has no title line: the first sentence, taken out of the lead
    so that it is spoken once."""
    lead = sections[0]
    if lead.title:  # the text starts with a title line: that is the headline, read before its paragraphs
        return lead.title, ((Section(None, lead.paragraphs),) if lead.paragraphs else ()) + sections[1:]
    if not lead.paragraphs:
        return "", sections[1:]
    sentence, rest = first_sentence(lead.paragraphs[0])
    paragraphs = ((rest,) if rest else ()) + lead.paragraphs[1:]
    new_lead = (Section(lead.title, paragraphs),) if paragraphs or lead.title else ()
    return sentence, new_lead + sections[1:]


def sections_with_headline(blocks: list[Block], headline: str | None, *, title_first: bool = True
                           ) -> tuple[str | None, tuple[Section, ...], bool]:
    """(headline, sections, whether the headline came from the body): the blocks grouped into
    sections and, when the page has no title line, the first sentence as headline. ``title_first``: a heading
    opening the text stands for the title the page lacks (a Markdown file's first heading); not when the page shows
    it is the article's first sub-heading, written like the others ("مقدمة" over a paragraph, then "تفاصيل
    المباراة" ...): it heads its part, and the article is read without a headline (a first sentence taken out from
    under it would be read before it)."""
    sections = build_sections(blocks)
    if headline is None and sections and sections[0].title and not title_first:
        log.info("no title line, and the text opens with its first sub-heading: it is read without a headline")
        return None, sections, False
    if headline is None and sections:
        first, rest = headline_from_first_sentence(sections)
        if not any(section.paragraphs for section in rest):
            # A one-sentence article: taking its sentence out as headline would leave nothing to read.
            log.info("no title line, and the article is one sentence: it is read without a headline")
            return None, sections, False
        log.info("no title line found; using the first sentence as headline")
        return first, rest, True
    return headline, sections, False
