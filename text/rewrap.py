"""Undo a ragged hard wrap: a page whose paragraphs the copy broke into lines inside their sentences, at no fixed
width (a scanned newspaper column, a PDF copy, a blog's narrow box, a writer pressing Enter at the edge).

``text.unwrap`` joins an even wrap (each line *full* at one width); a ragged wrap has pieces of any length ("قبل مع",
"ففي", "الاستوديو، نجد") and meets no width test, so the splitter read each piece as a line: short pieces looked like
page furniture and whole stretches of the article were dropped, or a piece was taken as the title. Here the page is
taken as wrapped by what its breaks say, not by their width:

- a *sure break* falls inside a sentence beyond doubt: the upper piece ends no sentence and stops on a comma, on a word
  that needs what follows (a preposition, a conjunction, a relative: ``lineshape.stops_mid_phrase``, "على") or inside
  an open bracket, and the lower piece opens no list item, is no furniture a rule names and is not said twice. The
  page is wrapped on the evidence of the sure breaks not on a comma (many sites close a paragraph on a comma and go
  on in the next line; almost none on "في" or "أن"): ``MIN_SURE_BREAKS`` of them or more, ``MIN_SURE_SHARE`` of its
  lines, spread over ``MIN_PROSE_STRETCHES`` stretches between sentence ends (a column of other stories' titles, some
  cut on a preposition, sits in one stretch with no sentence end);
- on a wrapped page a sure break joins its two pieces, unless the lower piece opens a sentence of its own (a verb of
  the past, "لم ...", a speech word) after a mark that wants no verb: "كنت قد" / "تعرفت ..." goes on, and so does a
  clause after a comma inside a run, but a caption or a credit closed by a comma ("ترجمة وإعداد ...،") or cut after a
  preposition stands so over a lead;
- a piece a break already joined goes on into the next line when its sentence is not over (no sentence end, no colon)
  and the next line opens no sentence and no sub-heading of its own (a short line over a line opening a sentence); at
  the article's top (above its first sentence's end) not when the next line's sentence tells the run's words again:
  a title broken over two lines stands so over its lead;
- a run's first piece with no sure mark joins the next line when that line cannot stand on its own: it opens with
  "أن" or a relative ("التي", "الذي") or is only words that need what follows ("ففي", "في"); inside the article,
  also when the piece opens as a paragraph's sentence does ("إنني أعتبر ..." / "من السينمائيين ..."); at its top,
  only on the lead's evidence (``_opens_the_lead``), since a title of the column's length stands there as often (and
  a line of ``MAX_KICKER_WORDS`` words or fewer above it is no title's evidence: a kicker over the title).

A title, a list's item, a line said twice and the furniture the rules name (a date, a share widget, a byline) are
never pieces, nor the titles under a "read also" marker; a blank line ends a run except under a sure break, or on a
page copied with a blank line between every line (``SPACED_SHARE``).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from statistics import median

from text.lineshape import (HARAKAT, NEEDS_WHAT_FOLLOWS, RELATIVE_PRONOUNS, continues_paragraph,
                            ends_sentence, has_letter, joined_to, stops_mid_phrase, strip_bullet)
from text.rules import PAST_VERB, READ_ALSO_REASON, line_reason
from text.sharedwords import word_keys
from text.unwrap import LIST_ITEM
from text.wrappedlead import (ELATIVE, FRONTED_WORDS, NO_MARK, WRAP_LINE_ENDS, break_mark, opens_sentence,
                              piece_words)

log = logging.getLogger(__name__)

MIN_SURE_BREAKS = 3
"""A wrapped page breaks this many sentences at least on a sure mark: one or two such lines are a paragraph cut
short, a widget's label, a verse."""
MIN_SURE_SHARE = 0.1
"""and they are this share of its lines at least."""
MIN_PROSE_STRETCHES = 2
"""The breaks that make a page wrapped fall between this many pairs of sentence ends at least (``_prose_ends``): a
column of other stories' titles, some cut on a preposition ("... مع بداية الصيف في"), sits in one stretch with no
sentence end inside it, under the article or over it; a wrapped article's breaks are spread over its paragraphs."""
MAX_HEADING_WORDS = 5
"""A line of this many words at most over a line opening a sentence may head it: no piece of the sentence above."""
COMPLEMENT_WORDS = frozenset(("أن", "أنه", "أنها", "أنهم", "بأن", "بأنه", "بأنها", "لأن", "كأن"))
"""Words that complete the verb before them ("نجد" / "أن صلاح ..."): no sentence or heading opens with one."""
NEGATIONS = frozenset(("لم", "لن", "لا", "ليس", "ليست", "ما"))
"""A line opening with a negation and a verb ("لم تعد الموانئ ...") opens a sentence of its own."""
OPEN_CLOSE = (("(", ")"), ("«", "»"), ("“", "”"))
MIN_PROSE_WORDS = 3
"""A paragraph's first piece telling something holds this many words at least."""
EMPHASIS_WORDS = frozenset(("إن", "إنه", "إنها", "إنني", "إننا", "إني", "لقد", "ان", "انه", "انها", "انني", "اننا"))
"""Words opening a sentence of emphasis ("إنني أعتبر ..."): a paragraph opens so, a heading seldom."""
MIN_LEAD_PIECE_WORDS = 10
"""The lead's first piece holds this many words at least (past a source's prefix): a wrap's line, not a kicker."""
LENGTH_SHARE = 0.8
"""The lead's first piece is at least this share of the median length of the page's lines broken on a sure mark."""
TOLD_KEYS = 2
"""A line sharing this many words (``sharedwords.word_keys``) with the rest of its sentence is a title told again."""
MAX_SENTENCE_LINES = 6
"""The rest of a sentence is looked for over this many lines at most."""
OPENING_QUOTES = ("\"", "“", "«", "'", "(")
"""A line opening with a quote or a bracket is a quoted title's shape."""
MIN_TITLE_WORDS = 3
"""A title over the lead holds this many words at least: a shorter line is a label, a name, a category."""
MAX_KICKER_WORDS = 4
"""A line of this many words at most over a long line is as often a kicker ("ملف الإصلاح التشريعي") over the title: no
evidence that the long line is the lead's first piece."""
MAX_PREFIX_WORDS = 3
"""A source's prefix glued to the lead ("شفق نيوز/", "بغداد/") holds this many words at most."""
VERB_WANTING = RELATIVE_PRONOUNS | frozenset((
    "قد", "لقد", "لم", "لن", "أن", "ان", "كي", "لكي", "سوف", "إذا", "اذا", "لو", "ما", "عندما", "حين", "حينما",
    "بعدما", "لما", "كلما", "بينما", "كما", "مما", "حتى"))
"""Words a verb follows: a line stopping on one goes on into a line opening with a verb."""
SPACED_SHARE = 0.6
"""A page with a blank line between this share of its lines or more was copied with one between every line: there a
blank line ends no paragraph."""
ASIDES = ("..", "…")
"""A pause a title or a kicker closes on ("قبل أن تقرأ.."): no sure mark, though no sentence end either."""


@dataclass(frozen=True)
class Join:
    """Lines ``first``..``last`` (indices into the page's lines) were read as one paragraph."""

    first: int
    last: int


def rewrap(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(index of the first piece, line) for each line after joining the pieces of raggedly wrapped paragraphs (see the
    module docstring); the page as given when it is not wrapped so. Blank lines are kept ('') between paragraphs."""
    runs = wrapped_runs([line for _, line in numbered])
    if not runs:
        return numbered
    result: list[tuple[int, str]] = []
    position = 0
    for run in runs:
        result.extend(numbered[position:run.first])
        pieces = [numbered[index][1] for index in range(run.first, run.last + 1) if numbered[index][1]]
        result.append((numbered[run.first][0], " ".join(pieces)))
        position = run.last + 1
    result.extend(numbered[position:])
    log.info("ragged wrap: %d paragraphs joined from %d lines", len(runs),
             sum(1 for run in runs for index in range(run.first, run.last + 1) if numbered[index][1]))
    return result


@dataclass(frozen=True)
class _WrappedPage:
    """What the decision at each break needs to know of the page."""

    lines: list[str]
    counts: Counter[str]
    """How often each line is said: a line said twice is no piece."""
    sure: frozenset[int]
    """The lines whose break into the next is sure (``_sure_break``)."""
    spaced: bool
    """A blank line stands between most lines: it ends no paragraph (``SPACED_SHARE``)."""
    column: float
    """The median length of the lines broken on a sure mark: the wrap's column."""
    told_end: int
    """The first sentence's end: lines under it are inside the article, above it the title and its furniture."""
    above: dict[int, int]
    following: dict[int, int]


def wrapped_runs(lines: list[str]) -> list[Join]:
    """The runs of lines (two or more pieces each) that one paragraph's wrap broke, on a page wrapped so; [] else."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    pairs = [(upper, lower) for upper, lower in zip(filled, filled[1:]) if lower - upper <= 2]
    if sum(_marked(lines[upper]) for upper, _ in pairs) < MIN_SURE_BREAKS:
        return []  # most pages: no need to look further
    counts = Counter(lines[index].strip() for index in filled)
    teasers = _under_read_also(lines, filled)
    pairs = [(upper, lower) for upper, lower in pairs if upper not in teasers and lower not in teasers]
    sure = frozenset(upper for upper, lower in pairs if _sure_break(lines[upper], lines[lower], counts))
    evidence = [upper for upper in sure if not _closed_by_comma(lines[upper])]
    if len(evidence) < MIN_SURE_BREAKS or len(evidence) < MIN_SURE_SHARE * len(filled):
        return []  # a comma is no evidence: many sites close a paragraph on one and go on in the next line
    prose_ends = _prose_ends(lines, filled)
    if len({bisect_left(prose_ends, upper) for upper in evidence}) < MIN_PROSE_STRETCHES:
        log.debug("ragged wrap: the %d sure breaks sit in one stretch with no sentence end: a column", len(evidence))
        return []
    told_end = next((index for index in prose_ends if _may_continue(lines[index], counts)), len(lines))
    spaced = sum(lower - upper > 1 for upper, lower in pairs) >= SPACED_SHARE * len(pairs)
    page = _WrappedPage(lines, counts, sure, spaced, median(len(lines[index].strip()) for index in sure), told_end,
                        dict(zip(filled[1:], filled)), dict(pairs))
    joins: list[Join] = []
    for upper, lower in pairs:
        run = joins[-1].first if joins and joins[-1].last == upper else None
        if not _goes_on(page, upper, lower, run):
            continue
        if run is None:
            joins.append(Join(upper, lower))
        else:
            joins[-1] = Join(run, lower)
    return joins


def _goes_on(page: _WrappedPage, upper: int, lower: int, run: int | None) -> bool:
    """Whether the sentence of line ``upper`` goes on into line ``lower`` (see the module docstring); ``run``: the first
    piece of the run ``upper`` closes, None when ``upper`` opens one."""
    lines = page.lines
    after = page.following.get(lower)
    heads = _heads_what_follows(lines[lower], None if after is None else lines[after])
    if upper in page.sure:  # a line opening a sentence of its own goes on only from a word that wants a verb
        return (not _opens_its_own(lines[lower]) or _wants_a_verb(lines[upper])
                or run is not None and _closed_by_comma(lines[upper]))
    if lower - upper > 1 and not page.spaced or not _may_go_on(lines[upper], page.counts) \
            or not _may_continue(lines[lower], page.counts):
        return False
    if run is not None:
        return (not _opens_its_own(lines[lower]) and not heads
                and not (run < page.told_end and _told_again(" ".join(lines[run:upper + 1]), lines, lower)))
    if _cannot_stand_alone(lines[lower]):
        return True
    if upper > page.told_end:  # a paragraph's first piece inside the article, under a sentence's end
        return _opens_as_prose(lines[upper]) and not _opens_its_own(lines[lower]) and not heads
    # the article's first piece, or a title over it
    title_above = upper in page.above and _may_be_title(lines[page.above[upper]], page.counts) \
        and _heads_the_lead(lines[page.above[upper]])
    return _opens_the_lead(lines, upper, lower, page.column, under_a_title=title_above)


def _under_read_also(lines: list[str], filled: list[int]) -> set[int]:
    """The lines right under a "read also" or "most read" marker down to a sentence's end or a blank line: other
    stories' titles, cut short as often ("... لدعم الشركات الصغيرة في"), never a paragraph's pieces."""
    teasers: set[int] = set()
    under = False
    for previous, index in zip(filled, filled[1:]):
        if index > previous + 1:
            under = False
        elif line_reason(lines[previous].strip()) == READ_ALSO_REASON:
            under = True
        if under:
            teasers.add(index)
            under = not ends_sentence(lines[index])
    return teasers


def _sure_break(upper: str, lower: str, counts: Counter[str]) -> bool:
    """Whether the break between two lines falls inside a sentence beyond doubt (see the module docstring)."""
    return _marked(upper) and _may_go_on(upper, counts) and _may_continue(lower, counts)


def _marked(line: str) -> bool:
    """Whether a line stops on a sure mark of a sentence going on: a comma, a word that needs what follows, an open
    bracket."""
    text = line.strip()
    words = piece_words(text)
    return (_closed_by_comma(text) or stops_mid_phrase(text, in_a_word=False)
            or bool(words) and (words[-1] in WRAP_LINE_ENDS or _needs_what_follows_joined(words[-1]))
            or _open_bracket(text))


def _closed_by_comma(line: str) -> bool:
    return line.rstrip().endswith(("،", ","))


def _needs_what_follows_joined(word: str) -> bool:
    """A word that needs what follows with ل, ب or ك joined to it ("لهذه", "بأن", "لمن"): ``lineshape`` knows the
    bare word and the one with و or ف."""
    return len(word) > 2 and word[0] in "لبك" and word[1:] in NEEDS_WHAT_FOLLOWS


def _may_go_on(line: str, counts: Counter[str]) -> bool:
    """A line whose sentence may go on into the next: words, no sentence end, no colon, no pause a title closes on,
    no list's mark, no furniture a rule names, said once."""
    text = line.strip()
    return (bool(text) and has_letter(text) and not ends_sentence(text) and not text.endswith((":", "：", "؛", ";"))
            and not text.endswith(ASIDES) and strip_bullet(text) == text and not LIST_ITEM.match(text)
            and counts[text] == 1 and line_reason(text) is None)


def _may_continue(line: str, counts: Counter[str]) -> bool:
    """A line that may be a sentence's next piece: words, no list's mark, no furniture a rule names, said once."""
    text = line.strip()
    return (bool(piece_words(text)) and strip_bullet(text) == text and not LIST_ITEM.match(text)
            and counts[text] == 1 and line_reason(text) is None)


def _open_bracket(text: str) -> bool:
    """Whether the line leaves a bracket or a quote open: "... لقب (مخرج" / "الواقعية)."."""
    return any(text.count(opening) > text.count(closing) for opening, closing in OPEN_CLOSE)


def _opens_its_own(line: str) -> bool:
    """Whether a line opens a sentence of its own: a verb of the past (not the أفعل shape, a superlative as often:
    "أكثر الأعمال"), a speech or pointing word, a negation before a verb ("لم تعد ...")."""
    words = piece_words(line)
    if not words:
        return False
    return opens_sentence(words[0]) and not ELATIVE.match(words[0]) or words[0] in NEGATIONS and len(words) > 1


def _opens_as_prose(line: str) -> bool:
    """Whether a line opens as a paragraph's sentence does, not as a heading: a verb of the past, a speech or pointing
    word, "إن" and its kin ("إنني"), or و or ف joined to a word going on from what was said, and words enough."""
    words = piece_words(line)
    if len(words) < MIN_PROSE_WORDS:
        return False
    return (_opens_its_own(line) or joined_to(words[0]) in EMPHASIS_WORDS
            or continues_paragraph(line, strict=True))


def _opens_the_lead(lines: list[str], upper: int, lower: int, column: float, *, under_a_title: bool) -> bool:
    """Whether a line at the article's top with no sure mark at its break is the lead's first piece, not a title over
    it. A title of the column's length stands over a lead as often, ending where a phrase may go on ("... منذ سنوات" /
    "تقرير ...", "... الدوري الممتاز" / "الأهلي ..."), so all of these: words enough, as long as the page's broken
    lines (``LENGTH_SHARE`` of ``column``, their median length: a title is shorter than the column it heads), no quote
    opening it, over a line opening no sentence or fronted phrase of its own ("بعد أسابيع ...", "أعلنت ..."), not told
    again by the rest of its sentence, as a title is by its lead; and one of:

    - a source's prefix closed by a slash opens it ("شفق نيوز/ ..."): a dateline glued to the lead, never a title's;
    - it opens with a verb of the past as a lead does and a title seldom (``rules.PAST_VERB``, not the أفعل shape of a
      superlative or a name) and breaks inside a phrase (``wrappedlead.break_mark``: "... أقصى جنوب" / "العراق، ..."),
      not after a preposition and one word, a title's common end;
    - a title stands right above it (``_may_be_title``) and it is built as a sentence, not named as a title is: a
      relative or a comma inside it ("بموجب العقد الذي جرى توقيعه ...، ستمد")."""
    text, below = lines[upper].strip(), piece_words(lines[lower])
    words = _past_source_prefix(piece_words(text))
    if len(words) < MIN_LEAD_PIECE_WORDS or len(text) < LENGTH_SHARE * column or text.startswith(OPENING_QUOTES):
        return False
    if not below or opens_sentence(below[0]) or below[0] in FRONTED_WORDS or below[0] in NEEDS_WHAT_FOLLOWS:
        return False
    if _told_again(text, lines, lower):
        return False
    mark = break_mark(text, lines[lower])
    if len(words) < len(piece_words(text)):
        return mark > NO_MARK
    past_first = bool(PAST_VERB.fullmatch(words[0])) and not ELATIVE.match(words[0])
    after_a_preposition = joined_to(words[-2]) in NEEDS_WHAT_FOLLOWS
    if past_first and mark > NO_MARK and not after_a_preposition:
        return True
    return under_a_title and (bool(re.search(r"[،,]", text)) or any(word in RELATIVE_PRONOUNS for word in words))


def _may_be_title(line: str, counts: Counter[str]) -> bool:
    """Whether a line may be the title over the lead: a few words at least, no sentence end, no colon, said once, no
    furniture a rule names (a menu's item, a date, a byline)."""
    return len(piece_words(line)) >= MIN_TITLE_WORDS and _may_go_on(line, counts)


def _prose_ends(lines: list[str], filled: list[int]) -> list[int]:
    """The lines that end a sentence of prose (words enough), in order: the lines between two of them are a stretch,
    numbered by how many stand above (``bisect_left``)."""
    return [index for index in filled
            if ends_sentence(lines[index]) and len(piece_words(lines[index])) >= MIN_PROSE_WORDS]


def _heads_the_lead(title: str) -> bool:
    """Whether a line over the lead's first piece may be the title, not a kicker over a title (``MAX_KICKER_WORDS``):
    a kicker names the story's subject and shares its words as a title does, so only its length tells them apart."""
    return len(piece_words(title)) > MAX_KICKER_WORDS


def _sentence(lines: list[str], first: int) -> list[str]:
    """The lines from ``first`` down to the end of its sentence, ``MAX_SENTENCE_LINES`` at most."""
    rest = []
    for index in range(first, min(len(lines), first + MAX_SENTENCE_LINES)):
        rest.append(lines[index])
        if ends_sentence(lines[index]):
            break
    return rest


def _told_again(text: str, lines: list[str], lower: int) -> bool:
    """Whether the sentence opening at ``lower`` (down to its end, ``MAX_SENTENCE_LINES`` lines at most) tells the
    words of ``text`` again (``TOLD_KEYS`` of them or more): a title's lead retells it, the rest of a sentence seldom
    repeats its first piece."""
    rest = _sentence(lines, lower)
    return len(word_keys(text) & set().union(*(word_keys(line) for line in rest))) >= TOLD_KEYS


def _past_source_prefix(words: list[str]) -> list[str]:
    """The words after a source's prefix closed by a slash within the first few ("شفق نيوز/ عبر ..."): a dateline
    glued to the lead."""
    for index, word in enumerate(words[:MAX_PREFIX_WORDS]):
        if word.endswith("/") and index + 1 < len(words):
            return words[index + 1:]
    return words


def _wants_a_verb(line: str) -> bool:
    """Whether a line stops on a word a verb follows ("كنت قد" / "تعرفت ...", "بعد أن" / "خرج ..."): the next line
    may open with a verb and still go on."""
    words = piece_words(line)
    return bool(words) and joined_to(words[-1]) in VERB_WANTING


def _cannot_stand_alone(line: str) -> bool:
    """Whether a line cannot open a sentence, a title or a heading: it opens with a word completing a verb ("أن ...")
    or a relative ("التي ..."), or holds only words that need what follows ("ففي", "في")."""
    words = [HARAKAT.sub("", word) for word in piece_words(line)]
    if not words:
        return False
    if words[0] in COMPLEMENT_WORDS or words[0] in RELATIVE_PRONOUNS:
        return True
    return all(joined_to(word) in NEEDS_WHAT_FOLLOWS for word in words)


def _heads_what_follows(line: str, after: str | None) -> bool:
    """Whether a line may be a sub-heading over the line after it: a few words, no inner punctuation, over a line that
    opens a sentence of its own."""
    words = line.split()
    return (after is not None and len(words) <= MAX_HEADING_WORDS and not re.search(r"[،,.؛]", line)
            and not _cannot_stand_alone(line) and _opens_its_own(after))
