"""The lines that present the article's writer, and where they stand (issue 11).

A page prints its writer in a few shapes whatever the site, and none of them is the article's text:

- a credit's label left alone on its line, the name on the next line or nowhere ("كتب بواسطة :", "• بقلم:",
  ``credit_label_alone``): a label says "written by" and nothing else, and the name under it is the writer's;
- a name with the writer's title glued or set before it ("أ.د.NAME NAME", "د. NAME NAME", "الكاتبة الصحفية NAME
  NAME", ``titled_name``: ``bylines.writer_named``'s titles and names, and a few more); the name holds no particle
  and no verb. With a colon ("المهندس: NAME") it is a quote's title as often ("باحث: كارثة قادمة"), and
  ``namecredits.byline_under_a_colon`` takes it by its position only;
- a person's full name alone, three words or more ("NAME NAME NAME", ``names.bare_name``);
- a name after the city reported from and a colon ("CITY : NAME NAME", ``named_after_a_place``; with a dash, the
  shape is ``namecredits.name_and_place``'s);
- a note on the writer ("* أستاذ ... بجامعة ...", "* د. NAME NAME سياسي وخبير ...", "NAME NAME، أستاذ ...",
  ``writer_note``), or the writer's role alone under the byline ("باحث بمركز ...", ``role_line``).

A person's name and post is a news title's shape too ("NAME NAME، مدير الأمن العام الجديد", a profile's "الشاعر
NAME NAME"), so the shapes alone never make a line furniture nor keep it from being the title.

Their shapes alone are a round-up's sub-heading or a speaker's heading as well ("د. NAME NAME" over the paragraph of
what they said), and a profile's or an interview's part is headed by its person's name, so a line is the writer's
only at the article's edges (``writer_lines``) and only when the article's prose never gives the name's family words:
over its first paragraph with nothing but furniture between, or under its last paragraph with nothing but furniture
between.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from text.credits import PARTICLES, PageEvidence
from text.grammar import looks_like_verb
from text.lineshape import edge_reason, has_sentence_particle
from text.names import (MIN_NAME_WORDS, NAME_LINKS, adjective, bare_name, builds_a_phrase, given_name_words,
                        is_given_name, name_shaped, name_words, untold)
from text.places import is_country
from text.rules import AUTHOR_ROLES, HONORIFICS
from text.scoredline import MIN_TITLE_WORDS

WRITER_LINE = "writer's line"
WRITER_NOTE = "writer's note"
BYLINE = "byline"
"""The reason the rules and shapes give a byline (``lineshape.shape_reason``)."""

_LABELS = ("بقلم", "كتب", "كتبت", "بواسطة", "كتب بواسطة", "نشر بواسطة", "تم النشر بواسطة", "نشر من قبل",
           "الكاتب", "الكاتبة", "المحرر", "المحررة", "by", "written by", "posted by", "author")
"""The labels a page sets before its writer's name: "written by", "by", "the writer". Not "إعداد", "تحرير", "تقرير":
a recipe's "إعداد:" heads its steps, a report's "تقرير:" its title."""
_LABEL_ALONE = re.compile(rf"^[\W_]{{0,3}}(?:{'|'.join(sorted(_LABELS, key=len, reverse=True))})\s*[:：/\-–—]?\s*$",
                          re.IGNORECASE)
_LABEL_WORD = re.compile(r"^[\W_]{0,3}(?:كتب بواسطة|نشر بواسطة|written by|posted by)\s*$", re.IGNORECASE)
_BY_AND_NO_NAME = re.compile(r"^[\W_]{0,3}(?:تم\s+)?[\u0621-\u064a]+\s+بواسطة\s*[:：/\-–—]?\s*$")
"""A page's credit label in any wording of its verb ("أضيف بواسطة", "تم النشر بواسطة", "حرر بواسطة"): "by" with no
name after it. No sentence ends on the preposition; the name, if the page gives it, is on another line."""

_HONORIFICS = HONORIFICS + ("صحافي", "صحافية", "اعلامي", "اعلامية", "بروفسور", "أكاديمي", "أكاديمية", "اكاديمي",
                             "اكاديمية", "روائي", "روائية", "شاعر", "شاعرة", "ناقد", "ناقدة", "أديب", "أديبة", "مؤرخ",
                             "مؤرخة", "مترجم", "مترجمة")
"""A writer's titles, set before the name with or without the article: ``rules.HONORIFICS`` and a few more
("الكاتبة الصحفية NAME", "الشاعر NAME"). Not a post ("المستشار", "الوزير", "السفير"): an article's people are named
by their posts."""
_TITLE_WORD = rf"(?:ال)?(?:{'|'.join(sorted(_HONORIFICS, key=len, reverse=True))})(?![\u0621-\u064a])"
_ABBREVIATION = r"(?:[أاإدم]\s?[./]\s?)+"
"""A title's abbreviation, one or stacked, its dot or slash closing it: "د.", "د/", "م.", "أ.", "أ.د.", "ا.د/"."""
_TITLED = re.compile(rf"^[\W_]{{0,3}}(?:(?P<words>{_TITLE_WORD}(?:\s+و?{_TITLE_WORD}){{0,2}})\s*(?P<mark>/?)"
                     rf"|{_ABBREVIATION})\s*(?P<name>[^\W\d_].*?)[\s*]*$")

MIN_BARE_NAME_WORDS = 3
"""A name alone, with no title, at the article's edges is the writer's only in three words or more: two words with a
given name first are a sub-heading's as often ("جمال الطبيعة"), and ``text.neighbours`` judges them by the page's
prose."""

_POSTS = frozenset(("رئيس", "عضو", "مدير", "نائب", "طبيب", "طبيبة", "مهندس", "مهندسة", "محامي", "محامية", "سفير",
                    "وزير", "أمين", "مؤسس", "مؤسسة"))
"""Posts, which open a note on the writer only when a mark sets it apart as one (the asterisk, or the line right under
a byline): unmarked, "NAME NAME، مدير الأمن العام الجديد" is an appointment's title. A writer's role
(``rules.AUTHOR_ROLES``) opens a note after the name or alone ("* أستاذ ... بجامعة ...", "NAME NAME: كاتب ...")."""
_SAID = re.compile(r"[:：]\s*\S")
"""A colon with words after it: past the name, what a speaker says ("NAME NAME، أستاذ الاقتصاد: الدولار ...")."""
_NOTE_MARK = re.compile(r"^\s*[*✱]+\s*")
_GLUED_MARK = re.compile(r"[^\s*]\*|\*[^\s*]")
"""A word with an asterisk glued to it ("جان دوبوا*"): a footnote's mark in the article."""
MAX_NOTE_WORDS = 30
"""A note on the writer has this many words at most: a role and a post or two, no paragraph."""
MAX_NOTE_NAME_WORDS = 4
MAX_ROLE_LINE_WORDS = 15
"""A writer's role under the byline names a post and where, in this many words at most."""
MIN_ADJECTIVE_LETTERS = 4
_LABELLED = re.compile(r"^(?P<label>[^:：]+?)\s*[:：]\s*(?P<name>[^:：]+)$")
"""A label, a colon and its value: a dateline's place or a site's name, and the reporter's ("CITY : NAME NAME")."""
_NAME_SEPARATOR = re.compile(r"\s*[:：،,\-–—|]\s*")


def credit_label_alone(text: str) -> bool:
    """Whether the line is a credit's label and nothing else ("كتب بواسطة :", "• بقلم:", "الكاتب:"), a list's mark or
    a symbol before it: the writer's name, if the page gives it, is on another line. One word without a colon ("كتب",
    "الكاتب") is a label only when two make it ("كتب بواسطة"): alone it is a menu's word ("Books"). "By" after a verb
    in any wording, with no name after it, is one too (``_BY_AND_NO_NAME``: "أضيف بواسطة")."""
    found = _LABEL_ALONE.match(text.strip())
    return (bool(found) and (text.rstrip().endswith((":", "：", "/", "-", "–", "—")) or bool(_LABEL_WORD.match(text)))
            or bool(_BY_AND_NO_NAME.match(text.strip())))


def titled_name(text: str) -> tuple[str, ...] | None:
    """The name's words when the line is a writer's title and a name (``_TITLED``: "أ.د.NAME NAME", "د. NAME NAME",
    "الكاتبة الصحفية NAME NAME", "الكاتب والباحث/ NAME NAME"): ``MIN_NAME_WORDS`` to ``MAX_NAME_WORDS`` words of
    letters alone, the first without the article ("الكاتب المصري", "الباحث عن الحقيقة" are no names), none a particle
    or a verb that is no given name ("د. NAME يكتب عن ..." is a title). After a title's word, the name opens with a
    given name (``names.given_name_words``) unless a slash sets it apart: "باحث بمركز الدراسات ..." is a role's line;
    an abbreviation's dot is the mark itself. Not after a colon ("باحث: كارثة قادمة" is a quote's title). Else
    None."""
    found = _TITLED.match(text.strip())
    if found is None:
        return None
    words = name_words(found["name"].rstrip("*").strip())
    if found["words"] and not found["mark"] and not given_name_words(list(words)):
        return None  # "باحث بمركز الدراسات ..." says what the writer is: after a title word, a given name or a mark
    return words if _names_a_person(words) else None


def _names_a_person(words: Sequence[str]) -> bool:
    """Whether ``words`` may be a person's name: ``MIN_NAME_WORDS`` to ``MAX_NAME_WORDS`` words of letters alone
    (``names.name_shaped``), the first without the article, none a particle nor a verb that is no given name
    (``names.builds_a_phrase``)."""
    return (name_shaped(words) and not words[0].startswith("ال") and words[0] not in NAME_LINKS
            and not any(builds_a_phrase(word) for word in words))


def names_the_writer(text: str, page: PageEvidence | None = None) -> bool:
    """Whether the line is a writer's name alone: titled (``titled_name``), bare in ``MIN_BARE_NAME_WORDS`` words or
    more (``names.bare_name``: "NAME NAME NAME"), or after a city and a colon (``named_after_a_place``, with ``page``),
    and, when ``page`` reads the article's prose, a name whose family's words it never gives (``names.untold``): an
    interview or a profile heads a part with the name of the person it tells of (a bare name's given name too: a
    profile calls its person by it, "بدأت سلمى ...")."""
    text = text.strip().rstrip("*").strip()  # a footnote's mark on the name ("NAME NAME NAME*")
    titled = titled_name(text)
    if titled is not None:
        return page is None or untold(titled[1:], page)
    rest = bare_name(text)
    if rest is not None and len(name_words(text)) >= MIN_BARE_NAME_WORDS:
        given = name_words(text)[:-len(rest)]
        return page is None or untold(rest, page) and untold(given, page)
    return page is not None and named_after_a_place(text, page)


def named_after_a_place(text: str, page: PageEvidence) -> bool:
    """Whether the line is a reporter's name after a city or an outlet and a colon ("CITY : NAME NAME"; a name before
    a colon is a speaker's: "NAME NAME: سنعود أقوى"), a name whose family's words the article's prose never gives.
    With a dash, a bar or a slash the shape is ``namecredits.name_and_place``'s, and the credit rules drop it. A
    country and a name the lead calls by his office is a title ("مصر: NAME NAME" over "سجل النجم المصري ...": review
    H1 of ``tests/text/test_stamps_over_the_lead.py``)."""
    from text.namecredits import place_or_outlet  # (here: its byline rules import the body finder)
    labelled = _LABELLED.match(text.strip())
    if labelled is None or not place_or_outlet(labelled["label"].strip()) or is_country(labelled["label"].strip()):
        return False
    family = _family(labelled["name"])
    return family is not None and untold(family, page)


def _family(name: str) -> tuple[str, ...] | None:
    """A titled or bare name's words after the given name (``titled_name``, ``names.bare_name``); else None."""
    titled = titled_name(name)
    return titled[1:] if titled is not None else bare_name(name)


def writer_note(text: str) -> bool:
    """Whether the line is a note on the writer as an opinion page prints it under the article, at most
    ``MAX_NOTE_WORDS`` words with no word that builds a sentence ("أن", "الذي", "قال") and no quote (``_SAID``): the
    writer's name, titled or a given name first, and then the role or an adjective saying what the writer is ("* د.
    NAME NAME سياسي وخبير اقتصادي، ...", "NAME NAME: كاتب وباحث ..."), or the role first, marked with an asterisk as a
    footnote ("* أستاذ الاقتصاد بجامعة ...") or saying what the writer is right after it ("كاتب وباحث في ...", "كاتبة
    صحفية"): "كاتب الرواية ..." or "مدير المدرسة ..." unmarked tell of someone the article speaks of. A post
    (``_POSTS``) opens a marked note only."""
    marked = bool(_NOTE_MARK.match(text))
    body = _NOTE_MARK.sub("", text).strip()
    words = body.split()
    if not words or len(words) > MAX_NOTE_WORDS or has_sentence_particle(body) or body.endswith(("؟", "?", "!")):
        return False
    if any(looks_like_verb(word) and not _adjective(word) for word in words[1:]) or _quotes(body):
        return False  # "خبير اقتصادي يحذر من ...", "* أستاذ التاريخ ... يعرض مخطوطة ..." tell the news
    if _is_role(words[0], marked):
        return marked or len(words) == 1 or _says_what_the_writer_is(words[1])
    return note_name(text) is not None


def _quotes(body: str) -> bool:
    """Whether a colon with words after it (``_SAID``) stands anywhere but right after the note's opening name: a
    speaker's words ("NAME NAME، أستاذ الاقتصاد: الدولار ..."), no note."""
    head = re.split(r"\s*[:：]\s*", body, maxsplit=1)
    if len(head) < 2 or not _SAID.search(body):
        return False
    opening = titled_name(head[0]) is not None or _names_a_person(name_words(head[0]))
    return not opening or bool(_SAID.search(head[1]))


def _says_what_the_writer_is(word: str) -> bool:
    """A word after a writer's role saying what the writer is: another role joined by "و" ("كاتب وباحث"), an
    adjective or a phrase's particle without the article ("كاتبة صحفية", "باحث في ..."); not a definite noun naming
    what the role is of ("كاتب الرواية", "مدير المدرسة")."""
    return (word.startswith("و") and _is_role(word[1:]) or word in PARTICLES
            or _adjective(word))


def named_note(text: str) -> bool:
    """Whether the line is a note on the writer that opens with the writer's name (``writer_note``): "NAME NAME،
    أستاذ ... بجامعة ...", the shape a page prints over the article as well as under it."""
    return writer_note(text) and note_name(text) is not None


def role_line(text: str) -> bool:
    """Whether the line is a writer's role or post alone, as a page prints it under the byline ("المستشار الثقافي
    بالسفارة ...", "أستاذ الاقتصاد بجامعة ..."): a role first, with or without the article, at most
    ``MAX_ROLE_LINE_WORDS`` words, no sentence's word, no verb, no full stop, no colon ("أستاذ اقتصاد: الدولار ..." is
    a quote's title). A post opens it too: its place under the byline marks it."""
    words = text.split()
    if not words or len(words) > MAX_ROLE_LINE_WORDS or has_sentence_particle(text) or text.rstrip().endswith(
            (".", "؟", "?", "!")) or re.search(r"[:：]", text):
        return False
    first = words[0][2:] if words[0].startswith("ال") else words[0]
    return _is_role(first, True) and not any(looks_like_verb(word) and not _adjective(word) for word in words[1:])


def note_name(text: str) -> tuple[str, ...] | None:
    """The writer's name when the note opens with it, titled (``titled_name``) or a given name first, and a role or
    an adjective without the article after it, with or without a mark between ("NAME NAME: كاتب ...", "د. NAME NAME
    سياسي وخبير ..."); a post after the name only in a note marked with an asterisk. Else None."""
    marked = bool(_NOTE_MARK.match(text))
    body = _NOTE_MARK.sub("", text).strip()
    if not body or _is_role(body.split()[0], marked):
        return None
    head = _NAME_SEPARATOR.split(body, maxsplit=1)
    if len(head) == 2:
        titled = titled_name(head[0])
        words = titled if titled is not None else name_words(head[0])
        if titled is not None or _names_a_person(words):
            return words if head[1].split() and _is_role(head[1].split()[0], marked) else None
    titled_match = _TITLED.match(body)
    name_and_rest = body[titled_match.start("name"):].split() if titled_match else body.split()
    for size in range(MIN_NAME_WORDS, MAX_NOTE_NAME_WORDS + 1):
        name, rest = name_and_rest[:size], name_and_rest[size:]
        if not rest or not _names_a_person(tuple(name)) or not titled_match and not is_given_name(name[0]):
            continue
        if _is_role(rest[0], marked) or _adjective(rest[0].strip("،,")):
            return tuple(name)
    return None


def _adjective(word: str) -> bool:
    """A relative adjective without the article (``names.adjective``: "سياسي", "مصرية") of ``MIN_ADJECTIVE_LETTERS``
    letters or more, no given name ("علي", "هاني")."""
    return len(word) >= MIN_ADJECTIVE_LETTERS and adjective(word) and not is_given_name(word)


def _is_role(word: str, marked: bool = False) -> bool:
    """A writer's role without the article ("أستاذ", "كاتب", "باحثة"), or a post (``_POSTS``) when ``marked``."""
    word = word.strip("،,:：")
    return word in AUTHOR_ROLES or marked and word in _POSTS


MAX_BLOCK_LINES = 2
"""The writer's block at an edge: a name and a note at most. More names or notes in a row are a list the article
gives (the winners, a panel: "د. NAME NAME" / "د. NAME NAME" / ...)."""


def writer_lines(lines: Sequence[str], furniture: Sequence[str | None], prose: frozenset[int],
                 page: PageEvidence) -> dict[int, str]:
    """The writer's lines, by the reason ``inspect`` gives them, for lines no rule or shape names (``furniture``
    None): a name under a credit's label left alone (``_under_labels``) wherever it stands; over the article's first
    paragraph of ``prose``, with only furniture between, a name (``names_the_writer``), a note opening with it under
    a line that is no furniture (``named_note``: the title's; in the title's place the note is the title) or the role
    under a byline (``role_line``); under its last paragraph, a name or a note on the writer (``writer_note``) or the
    two, the first lines that are no furniture, with only furniture under the name (the article's next lines are no
    name's) and, for a note at the page's end, an asterisk marking it (an excerpt cut after "NAME NAME، مدير ..."
    ends inside the article). A note's name, like a name alone, is the writer's only when the article's prose never
    gives its family's words (``names.untold``). A block of more than ``MAX_BLOCK_LINES`` writer's lines is a list,
    and so are lines under a paragraph announcing what follows ("... كالتالي:"), and notes marked with an asterisk
    when other lines open with one (a list's items) or hold a word with one glued to it (a footnote on a person the
    article names, ``_footnoted``). A note reads as prose itself (a role and posts between commas): the article's
    last paragraph is the last one that is no note. ``page``: what the ``prose`` says (``PageEvidence.of``)."""
    found = _under_labels(lines, furniture)
    names = {index for index, line in enumerate(lines) if furniture[index] is None and edge_reason(line) is None
             and names_the_writer(line, page)}  # a dateline alone ("CITY - NAME NAME") keeps the edge rule's reason
    notes = {index for index, line in enumerate(lines) if furniture[index] is None and index not in names
             and writer_note(line) and not _among_marked(lines, index) and not _footnoted(lines, index)}
    unnoted = sorted(prose - notes)  # a note names its own writer: the prose without the notes tells of theirs
    told_by = page if len(unnoted) == len(prose) else PageEvidence.of(lines, [lines[index] for index in unnoted])
    notes = {index for index in notes if _untold_note(lines[index], told_by)}
    article = sorted(prose - notes)
    if not article or not names | notes:
        return found
    first, last = article[0], article[-1]
    over = names | {index for index in notes if index < first and named_note(lines[index])
                    and _under_a_line(lines, furniture, index)} | _roles_under_bylines(lines, furniture, names, first)
    top = _block(lines, furniture, range(first - 1, -1, -1), over)
    if top and len(top) <= MAX_BLOCK_LINES:
        found.update(dict.fromkeys(top, WRITER_LINE))
    if lines[last].rstrip().endswith((":", "：")):
        return found
    bottom = _block(lines, furniture, range(last + 1, len(lines)), names | notes)
    if not bottom or len(bottom) > MAX_BLOCK_LINES or len(set(bottom) & names) > 1:
        return found
    below = next((other for other in range(max(bottom) + 1, len(lines)) if lines[other].strip()), None)
    if max(bottom) in names and below is not None and furniture[below] is None:
        return found
    if below is None and any(index in notes and not _NOTE_MARK.match(lines[index]) for index in bottom):
        return found  # "NAME NAME، مدير ..." closing a cut excerpt may open the article's next paragraph
    found.update({index: WRITER_NOTE if index in notes else WRITER_LINE for index in bottom})
    return found


def _untold_note(text: str, page: PageEvidence) -> bool:
    """Whether the note names no one the article's prose names by the family's words (``names.untold``): a note
    opening with a role names no one."""
    name = note_name(text)
    return name is None or untold(name[1:] or name, page)


def _under_a_line(lines: Sequence[str], furniture: Sequence[str | None], index: int) -> bool:
    """Whether the nearest line above line ``index`` that no rule or shape calls furniture is title-sized
    (``MIN_TITLE_WORDS`` words or more, a menu's items are shorter): the title a note on the writer sits under. With
    nothing but furniture and short items above it, the note stands in the title's place."""
    above = next((other for other in range(index - 1, -1, -1) if lines[other].strip() and furniture[other] is None),
                 None)
    return above is not None and len(lines[above].split()) >= MIN_TITLE_WORDS


def _under_labels(lines: Sequence[str], furniture: Sequence[str | None]) -> dict[int, str]:
    """The name right under a credit's label left alone ("كتب بواسطة :" / "NAME NAME"), wherever it stands: the
    label says whose name follows. A name of two words, too (``names.bare_name``), or titled (``titled_name``)."""
    found = {}
    for index, line in enumerate(lines):
        if not credit_label_alone(line):
            continue
        below = next((other for other in range(index + 1, len(lines)) if lines[other].strip()), None)
        if below is not None and furniture[below] is None and (
                bare_name(lines[below]) is not None or titled_name(lines[below]) is not None):
            found[below] = WRITER_LINE
    return found


def _roles_under_bylines(lines: Sequence[str], furniture: Sequence[str | None], names: set[int],
                         first: int) -> set[int]:
    """The writer's role lines (``role_line``) over the article's first paragraph, each right under a byline (a line
    the rules or shapes call one, or a writer's name)."""
    found = set()
    for index in range(first):
        above = next((other for other in range(index - 1, -1, -1) if lines[other].strip()), None)
        if (furniture[index] is None and above is not None and (furniture[above] == BYLINE or above in names)
                and role_line(lines[index])):
            found.add(index)
    return found


def _block(lines: Sequence[str], furniture: Sequence[str | None], order: range, writers: set[int]) -> list[int]:
    """The writer's lines met first going from the article's edge along ``order``, over furniture and blank lines:
    every line no furniture met before the first that is none of ``writers``; empty when the first is none."""
    block: list[int] = []
    for index in order:
        if not lines[index].strip() or furniture[index] is not None:
            continue
        if index not in writers:
            break
        block.append(index)
    return block


def _footnoted(lines: Sequence[str], index: int) -> bool:
    """Whether the line opens with an asterisk and another line holds a word with one glued to it ("جان دوبوا*"): the
    note is a footnote on a person the article names; but for the writer's name marked so over the article ("NAME
    NAME*"), whose note it is."""
    return bool(_NOTE_MARK.match(lines[index])) and any(
        other != index and _GLUED_MARK.search(line) and not names_the_writer(line) for other, line in enumerate(lines))


def _among_marked(lines: Sequence[str], index: int) -> bool:
    """Whether the line opens with an asterisk and so does another line with letters: the items of a list."""
    return bool(_NOTE_MARK.match(lines[index])) and any(
        other != index and _NOTE_MARK.match(line) and re.search(r"[^\W\d_]", line) for other, line in enumerate(lines))
