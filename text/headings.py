"""Sub-headings glued to the end of flattened paragraphs.

Some scrapes join each section into one long line and leave the *next*
section's sub-heading stuck to its end: "... ولا يُقرأ نهارا! أمة اقرأ" followed
by a new line starting the section. The tail after the last sentence end is
taken as a heading only when all of these hold, so ordinary paragraphs that
end without a full stop are left alone:

- the line is long (a flattened section, not a paragraph of a normal scrape);
- the tail is 1 to 6 words, with no comma, digits, quotes or brackets;
- it neither starts with a word that opens a sentence (قال، وأضاف...) nor ends
  with a particle or preposition (في، من، أن...);
- another line follows (a heading starts a section);
- the document shows the pattern at least twice (one odd line is not a layout).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from text.lineshape import (HARAKAT, SENTENCE_OPENERS, bare_words, calls_the_reader, ends_sentence,
                            has_sentence_particle, is_question_title)
from text.rules import FIRST_PERSON_WORDS
from text.blocks import (CLOSING_PARTICLES, Block, build_sections, ends_as_follows, is_bullet, is_question_heading,
                         looks_like_heading, mark_kind)

MIN_LINE_WORDS = 60
MAX_TAIL_WORDS = 6
MIN_PARAGRAPH_WORDS = 8
MAX_COLON_HEADING_WORDS = 7
MIN_DOCUMENT_TAILS = 2
MAX_LONE_MARKED_WORDS = 5
"""A marked line alone between paragraphs names the part under it in this many words at most."""

# A number or a bullet as ``text.blocks.is_bullet`` knows them ("1. ", "١) ", "• ", "- ").
_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
_MARKED_TITLE = re.compile(rf"^(?:[{_DIGIT}]{{1,2}}\s*[.)\-–]\s*|[•·▪●]\s*|[-*–—]\s+)(?P<title>\S.*)$")
_NUMBERED_PART = re.compile(rf"^(?P<number>[{_DIGIT}]{{1,2}})\s*(?P<mark>[.)\-–])(?![{_DIGIT}])\s*(?P<title>\S.*)$")
"""A line numbered as a part ("1. ", "٢) ", "3- "): its number, the mark after it, and the part's name."""
_POINTS_TO_THE_LIST = re.compile(r"^[وف]?(?:من|بين|أهم|أشد|أ[\u0621-\u064a]{3})(?:ها|هم)$")
"""A word pointing to the items a lead-in announces: "منها" (among them), "بينها", a superlative owned by them
("أبرزها", "أهمها", "أشهرها"). Of the readable pages' lines closing on one before a colon (8 sites), all are
body; one headed a part."""
_TAIL = re.compile(r"^(?P<body>.*[.!?؟…:»\"”)\]])\s+(?P<tail>[^.!?؟…:؛،,\"“”«»()\[\]'‘’0-9\u0660-\u0669\-–—/]+)$")


def heading_tail(line: str, *, has_next: bool) -> tuple[str, str] | None:
    """(paragraph, heading) when ``line`` ends with a glued sub-heading, else None."""
    if not has_next or len(line.split()) < MIN_LINE_WORDS:
        return None
    match = _TAIL.match(line)
    if match is None:
        return None
    tail = match.group("tail").strip()
    words = tail.split()
    if not 1 <= len(words) <= MAX_TAIL_WORDS:
        return None
    if words[0] in SENTENCE_OPENERS or words[-1] in CLOSING_PARTICLES:
        return None
    return match.group("body").rstrip(), tail


def split_glued_headings(blocks: list[Block]) -> list[Block]:
    """Cut glued sub-headings off flattened paragraphs (see the module docstring)."""
    found = [
        heading_tail(block.text, has_next=position + 1 < len(blocks)) if block.kind == "line" else None
        for position, block in enumerate(blocks)
    ]
    if sum(split is not None for split in found) < MIN_DOCUMENT_TAILS:
        return blocks
    result: list[Block] = []
    for block, split in zip(blocks, found):
        if split is None:
            result.append(block)
        else:
            result.extend((Block(split[0], "paragraph"), Block(split[1], "heading")))
    return result


def mark_numbered_headings(blocks: list[Block]) -> list[Block]:
    """Sub-headings marked the way list items are, with a number or a bullet ("1. موكب الماء – البندقية", "•
    أسباب القرار"): short marked lines standing alone, each over a paragraph, at least twice in the article with the
    same mark, or once between a finished paragraph and a paragraph (elsewhere one alone may be a list of one
    item). A marked line beside another marked the same way is a list's item; a list of two items or more marked
    otherwise may stand right under it or before it."""
    lone = [position for position, block in enumerate(blocks) if _lone_marked_title(blocks, position)]
    kinds = Counter(mark_kind(blocks[position].text) for position in lone)
    return [Block(block.text, "heading")
            if position in lone and (kinds[mark_kind(block.text)] >= MIN_DOCUMENT_TAILS
                                     or _alone_between_paragraphs(blocks, position))
            and (not looks_like_heading(blocks[position + 1].text) or _heads_a_paragraph(blocks, position + 1))
            else block
            for position, block in enumerate(blocks)]


def mark_numbered_siblings(blocks: list[Block]) -> list[Block]:
    """A numbered line heads its part when the article's next number, marked the same way, heads one: the page numbers
    its parts in one series ("1- تنظيف المرشح" / a paragraph / "2- فحص مستوى الزيت" / a paragraph ...). The series'
    first line is the one the list rules refuse, standing under a lead-in ("وأبرز الخطوات:") or right under the parts'
    own heading ("الصيانة الدورية"), while the lines after it were read as headings; a listener would hear part 1 read
    into the lead. Going back from the last line, each line numbered one less than a heading, with only paragraphs
    between them, shaped as a part's name and standing over a paragraph, is a heading too: the nearest heading or
    list item after it must be that next number's heading."""
    result = list(blocks)
    # The nearest heading or bullet after ``position``, kept while walking back so the page is read once.
    sibling = None
    for position in range(len(result) - 2, -1, -1):
        following = result[position + 1]
        if following.kind == "heading" or is_bullet(following.text):
            sibling = following
        block = result[position]
        item = _NUMBERED_PART.match(block.text)
        if (item is None or block.kind != "line" or block.title is False
                or not looks_like_heading(item.group("title").rstrip(":： "))
                or following.kind == "heading" or is_bullet(following.text)
                or len(following.text.split()) < MIN_PARAGRAPH_WORDS):
            continue
        next_item = None if sibling is None else _NUMBERED_PART.match(sibling.text)
        if (next_item is not None and sibling.kind == "heading" and next_item.group("mark") == item.group("mark")
                and int(next_item.group("number")) == int(item.group("number")) + 1):
            result[position] = replace(block, kind="heading")
    return result


def _heads_a_paragraph(blocks: list[Block], position: int) -> bool:
    """Whether the heading-shaped line at ``position`` stands right over a paragraph: under a marked sub-heading, the
    title of its first sub-part ("١. الدراما الاجتماعية" / "«اسم المسلسل» – ..." / a paragraph), not a list's next
    short line."""
    following = blocks[position + 1] if position + 1 < len(blocks) else None
    return (following is not None and following.kind != "heading" and not looks_like_heading(following.text)
            and not is_bullet(following.text) and len(following.text.split()) >= MIN_PARAGRAPH_WORDS)


def _alone_between_paragraphs(blocks: list[Block], position: int) -> bool:
    """A marked line alone between a finished paragraph and a paragraph heads the part under it, even the only
    one the page shows (a page cut short, a list article's first item): a list's lone item stands after the line
    announcing it or among short lines."""
    if position == 0 or position + 1 >= len(blocks):
        return False
    # Shaped as a name for a part, not a highlighted fact ("• المحطة تنتج مئة ألف متر مكعب يوميا"): a few words,
    # no number, no word that builds a sentence.
    title = _MARKED_TITLE.match(blocks[position].text).group("title")
    if (len(title.split()) > MAX_LONE_MARKED_WORDS or has_sentence_particle(title)
            or any(char.isdigit() for char in title)):
        return False
    previous, following = blocks[position - 1], blocks[position + 1]
    return (previous.kind != "heading" and not is_bullet(previous.text) and ends_sentence(previous.text)
            and not is_bullet(following.text) and len(following.text.split()) >= MIN_PARAGRAPH_WORDS)


def _lone_marked_title(blocks: list[Block], position: int) -> bool:
    block = blocks[position]
    match = _MARKED_TITLE.match(block.text)
    if block.kind != "line" or match is None or position + 1 >= len(blocks):
        return False
    title = match.group("title")
    return ((looks_like_heading(title) or is_question_heading(title))
            and _apart_from_lists(blocks, position, -1) and _apart_from_lists(blocks, position, 1))


def _apart_from_lists(blocks: list[Block], position: int, step: int) -> bool:
    """Whether the marked line at ``position`` stands apart from any list on the side of ``step``: the line there
    is no marked one, or starts a list of two items or more marked otherwise."""
    near, far = position + step, position + 2 * step
    if not 0 <= near < len(blocks) or not _MARKED_TITLE.match(blocks[near].text):
        return True
    kind = mark_kind(blocks[near].text)
    return (kind != mark_kind(blocks[position].text) and 0 <= far < len(blocks)
            and bool(_MARKED_TITLE.match(blocks[far].text)) and mark_kind(blocks[far].text) == kind)


def mark_colon_headings(blocks: list[Block]) -> list[Block]:
    """Sub-headings written with a colon ("تفاصيل الحادث:", "التحديات:"): a short line ending in ':' between
    paragraphs or list items, that is not a speech or list announcement ("وقال الوزير:", "وأضاف:", "يجب
    مراعاة الآتي:"); over a list too, on a page that heads its parts with such labels (``_labels_over_lists``)."""
    over_lists = _labels_over_lists(blocks)
    return [Block(block.text, "heading") if position in over_lists or _colon_heading(blocks, position) else block
            for position, block in enumerate(blocks)]


def _labels_over_lists(blocks: list[Block]) -> frozenset[int]:
    """The labels closed by a colon that head a part made of a list, on a page whose parts are headed so and no
    otherwise: no line of another heading's shape stands in the article (``_plain_heading``), and either
    ``MIN_DOCUMENT_TAILS`` labels or more (``_part_label``) each over a list, one part right after the other
    (``_parts_back_to_back``: "مواعيد الموسم والحصص:" / "· الفترة: ..." / "· ..." / "الحصص اليومية المسموحة:" /
    "· ..."), or a label over a marked sub-heading (``mark_numbered_headings``: "أبرز الفعاليات:" / "1. فعاليات
    الأطفال" / a paragraph), naming the group of parts under it as "مجريات اللقاء:" does over its first part's name.
    A listener hears each list under its part's name.

    Body, as the annotation guide's lead-in "ومن أبرزها:" is (``text.blocks.leads_into_a_list``): one label alone
    over a list; labels inside parts headed otherwise ("تأثير الرسوم على المناطق" / a paragraph / "ساعات الذروة:" /
    "• 8 صباحًا – 10 صباحًا"); labels over lists with prose between them, lead-ins of a story told in paragraphs;
    a label built as a clause ("أبرز ما جاء في البيان:", ``_part_label``); a line going on as a sentence or
    announcing what follows ("وتشمل الخطة:", "نص البيان كالتالي:"), which ``_colon_label`` refuses."""
    if any(_plain_heading(blocks, position) for position in range(len(blocks))):
        return frozenset()
    labels = [position for position in range(1, len(blocks) - 1) if _part_label(blocks, position)]
    over_lists = [position for position in labels if is_bullet(blocks[position + 1].text)]
    over_parts = [position for position in over_lists if blocks[position + 1].kind == "heading"]
    if len(over_lists) >= MIN_DOCUMENT_TAILS and _parts_back_to_back(blocks, over_lists):
        return frozenset(over_lists)
    return frozenset(over_parts)


def _parts_back_to_back(blocks: list[Block], labels: list[int]) -> bool:
    """Whether nothing but list items stands between one label and the next: parts made of lists, not lead-ins
    scattered through a story told in paragraphs ("أبرز ما جاء في البيان:" / a list / a paragraph / "شروط
    التقديم:" / a list)."""
    return all(is_bullet(blocks[between].text) for first, second in zip(labels, labels[1:])
               for between in range(first + 1, second))


def _part_label(blocks: list[Block], position: int) -> bool:
    """An unmarked label closed by a colon (``_colon_label``) after text, over a paragraph or a list's first item;
    not a clause, a noun and what follows it ("أبرز ما جاء في البيان:", "أهم ما تضمنه القرار:"): a lead-in."""
    block, following = blocks[position], blocks[position + 1]
    return (_colon_label(block) and not is_bullet(block.text) and not _built_as_a_clause(block.text)
            and _text_beside_label(blocks[position - 1])
            and (is_bullet(following.text) or _text_beside_label(following)))


def _built_as_a_clause(label: str) -> bool:
    """Whether a label goes on with "ما" and what it says after its first word ("أبرز ما جاء ...", "كل ما تريد
    معرفته:"), or closes on a word pointing to the list under it ("خدمات يحصل عليها المشتركون أهمها:", "عوامل
    عدة، منها:", ``_POINTS_TO_THE_LIST``): a clause leading into what follows, not a part's name."""
    words = HARAKAT.sub("", label).rstrip(":： ").split()
    return any(word == "ما" for word in words[1:-1]) or bool(words) and bool(_POINTS_TO_THE_LIST.match(words[-1]))


def _plain_heading(blocks: list[Block], position: int) -> bool:
    """A heading of another shape than a label closed by a colon: one already marked so, unmarked and not closed by a
    colon, or a short unmarked line of two words or more (``looks_like_heading``) over a paragraph."""
    block = blocks[position]
    text = block.text
    if is_bullet(text) or text.endswith((":", "：")):
        return False
    if block.kind == "heading":
        return True
    following = blocks[position + 1] if position + 1 < len(blocks) else None
    return (block.kind == "line" and len(text.split()) >= 2 and looks_like_heading(text) and following is not None
            and following.kind != "heading" and not is_bullet(following.text)
            and len(following.text.split()) >= MIN_PARAGRAPH_WORDS)


def _colon_heading(blocks: list[Block], position: int) -> bool:
    block = blocks[position]
    if not 0 < position < len(blocks) - 1 or not _colon_label(block):
        return False
    if is_bullet(block.text) and any(is_bullet(other.text) and mark_kind(other.text) == mark_kind(block.text)
                                     for other in (blocks[position - 1], blocks[position + 1])):
        return False  # marked as the list's items beside it are: one of them ("• الجائزة الثالثة:" / "• NAME ...")
    # A label heads a paragraph, and may follow the previous part's list; over a list's first item it leads into the
    # list ("الفوائد:" / "- ...", ``leads_into_a_list``). Two labels may stand one over the other, a part's and its
    # first sub-part's ("نبذة عن الفريقين:" / "الفريق الأول:" / a paragraph), with text above the first and under the
    # second.
    def text_at(index: int) -> bool:
        return 0 <= index < len(blocks) and _text_beside_label(blocks[index])

    def paragraph_at(index: int) -> bool:
        return text_at(index) and not is_bullet(blocks[index].text)

    return ((text_at(position - 1) or _colon_label(blocks[position - 1]) and text_at(position - 2))
            and (paragraph_at(position + 1) or _colon_label(blocks[position + 1]) and paragraph_at(position + 2)))


def _text_beside_label(other: Block) -> bool:
    """A list's item or a paragraph, not a heading: the text a label closed by a colon stands over or under."""
    return other.kind != "heading" and (is_bullet(other.text) or (not looks_like_heading(other.text)
                                                                    and len(other.text.split()) >= MIN_PARAGRAPH_WORDS))


def _colon_label(block: Block) -> bool:
    """A short line closed by a colon, shaped as a part's name: not opening as a sentence goes on, nor announcing
    what follows, nor built as a sentence."""
    if block.kind != "line" or not block.text.endswith((":", "：")):
        return False
    words = block.text.rstrip(":： ").split()
    if (not 0 < len(words) <= MAX_COLON_HEADING_WORDS or words[0] in SENTENCE_OPENERS or words[0][0] in "وف"
            or ends_as_follows(block.text) or words[-1] in CLOSING_PARTICLES or has_sentence_particle(block.text)):
        # Without the model's word, any line opening with و or ف may go on from a paragraph; a line built as a
        # sentence ("أسماء الفائزين كما أعلنتها اللجنة:", "النقاط التي تم الاتفاق عليها:") leads into a list.
        return False
    return True


def mark_opening_question(blocks: list[Block], *, right_under_headline: bool) -> list[Block]:
    """The article's first line as its first sub-heading when it is a short question or exclamation standing right
    under the headline over a paragraph ("متى تبدأ الهجرة؟", "موسم استثنائي هذا العام!"), in an article that heads parts
    of its own further down (one sub-heading of any shape shows that the page splits its story into parts): how
    explainers and product stories open their first part. A question alone over a story told without parts is a
    deck, read as the lead's; an interview's question (``title`` False) or one word exclaimed ("كفى!") is body, and
    a doubled mark ("أهذا عدل؟!") closes a remark, not a heading (``is_question_heading``). Nor does a line in
    someone's voice (``_in_someones_voice``: a quote, a kicker in the first person, a hook asking the reader)."""
    if not right_under_headline or len(blocks) < 3:
        return blocks
    first, following = blocks[0], blocks[1]
    if (first.kind != "line" or first.title is False or len(first.text.split()) < 2
            or not (is_question_title(first.text) and is_question_heading(first.text))
            or _in_someones_voice(first.text)):
        return blocks
    if (following.kind == "heading" or is_bullet(following.text) or looks_like_heading(following.text)
            or len(following.text.split()) < MIN_PARAGRAPH_WORDS):
        return blocks
    if not any(section.title for section in build_sections(blocks[1:])):
        return blocks
    return [Block(first.text, "heading", at=first.at), *blocks[1:]]


_QUOTE_OPENERS = ("«", '"', "“", "”", "'", "‘", "„")
_FIRST_PERSON_VERB = re.compile(r"(?:^|\s)[وف]?(?:لن|لم|لا|سوف|قد)\s+[نأ][\u0621-\u064a]{2,}"
                                r"|(?:^|\s)[وف]?س[نأ][\u0621-\u064a]{3,}(?=\s|[!؟?]|$)")
"""A verb in the first person after a particle of negation or the future ("لن نسمح", "لا أقبل", "سنواصل")."""


def _in_someones_voice(text: str) -> bool:
    """Whether a short line under a headline speaks in someone's voice rather than naming a part: it opens with a
    quote mark («...», "..."), speaks as "I" or "we" (``FIRST_PERSON_WORDS``, ``_FIRST_PERSON_VERB``: a pull quote
    set as a kicker), or asks the reader in person ("هل سبق لك ...؟": ``calls_the_reader``, a hook)."""
    plain = HARAKAT.sub("", text).strip()
    return (plain.startswith(_QUOTE_OPENERS) or bool(bare_words(plain) & FIRST_PERSON_WORDS)
            or _FIRST_PERSON_VERB.search(plain) is not None or calls_the_reader(plain))
