"""A person's name alone on a line, by its first word: a given name (``given_names.tsv``).

A writer's byline often stands with no label ("كتب:", "بقلم") on a page copied whole: "NAME NAME" under the title,
over the date, or right over the lead. Its shape alone is a short title's or a sub-heading's too, so a line is a
bare name (``bare_name``) only when its first word, or its first two ("عبد الله", "نور الدين"), is a common given
name, and no other word builds a phrase or a sentence: no particle, no verb ("محمد صلاح يعود" is a title). Where
the line stands, and whether the page's prose speaks of the name, is the caller's test (``text.neighbours``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from text.articlerows import credit_label
from text.clean import FOLD
from text.credits import PARTICLES, PageEvidence
from text.grammar import looks_like_verb
from text.lineshape import SENTENCE_PARTICLES, ends_sentence, normal
from text.rules import AUTHOR_ROLES, TALK_BYLINE

NAMES_PATH = Path(__file__).with_name("given_names.tsv")
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 4
"""A name on a line of its own: a given name and one to three more ("NAME NAME" to "NAME NAME NAME NAME")."""
MAX_ROLE_WORDS = 3
"""A writer's role alone on a line: "كاتب وأكاديمي", "كاتبة صحفية", "محلل سياسي مصري"."""
NAME_LETTERS = re.compile(r"^[\u0621-\u064a\s]+$")
"""Arabic letters and spaces only: a name's line holds no figure, mark or Latin word."""
_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")
_GLUED_SERVANT = "عبد"
"""The first part of the compound "عبد X", often written glued ("عبدالله", "عبدالرحمن")."""
NAME_LINKS = frozenset(("بن", "ابن", "بنت", "أبو", "ابو", "أبي", "آل"))
"""Words linking a name's parts ("NAME بن NAME", "NAME أبو NAME"), no particle of a phrase."""
MAX_FAMILY_WORDS = 2
"""Words after the given name, links aside: a father's and a family's name ("سامر يوسف الخطيب"); a third only when
the ones before it are given names too ("محمد أحمد محمود الشريف"): "محمد صلاح أفضل لاعب" is a sentence."""
_GLUED_LEAD_IN = ("لل", "بال", "وال", "فال", "كال")
"""A preposition or conjunction glued to the article ("للأطفال", "بالمدينة", "والعائلة"): a phrase's word, no family
name's. The word must run ``_LEAD_IN_MIN_STEM`` letters past it: "والي", "فالح" are names."""
_LEAD_IN_MIN_STEM = 3
_ADJECTIVE_END = re.compile(r"(?:ي|ية|يه)$")


@cache
def given_names() -> tuple[frozenset[str], frozenset[str]]:
    """(single given names, compound given names of two words), spelling folded."""
    single, compound = set(), set()
    for row in NAMES_PATH.read_text(encoding="utf-8").splitlines():
        row = row.strip()
        if not row or row.startswith("#"):
            continue
        (compound if " " in row else single).add(" ".join(row.translate(FOLD).split()))
    return frozenset(single), frozenset(compound)


def given_name_words(words: list[str]) -> int:
    """How many of the first ``words`` make a given name (0, 1 or 2): a compound ("عبد الله", "نور الدين"), "عبد X"
    glued ("عبدالله"), or a single name ("هناء")."""
    if not words:
        return 0
    single, compound = given_names()
    folded = [word.translate(FOLD) for word in words[:2]]
    if len(folded) == 2 and " ".join(folded) in compound:
        return 2
    first = folded[0]
    glued = first.startswith(_GLUED_SERVANT) and f"{_GLUED_SERVANT} {first[len(_GLUED_SERVANT):]}" in compound
    if first in single or glued:
        return 1
    return 0


def is_given_name(word: str) -> bool:
    """Whether one word is a given name (a father's name in a name: "محمد يوسف")."""
    return given_name_words([word]) == 1


def name_words(text: str) -> tuple[str, ...]:
    """The line's words without harakat and tatweel."""
    return tuple(_MARKS.sub("", text).split())


def bare_name(text: str) -> tuple[str, ...] | None:
    """The words after the given name (the family's name) when the line is a person's name alone: ``MIN_NAME_WORDS`` to
    ``MAX_NAME_WORDS`` words of Arabic letters alone, the first a given name (``given_name_words``), and no other a
    particle (``credits.PARTICLES``, ``lineshape.SENTENCE_PARTICLES``: "جمال في كل مكان"), no word with a preposition
    glued to its article (``_GLUED_LEAD_IN``), no more than ``MAX_FAMILY_WORDS`` family words, nor a verb unless it is
    a given name itself ("محمد صلاح يعود" is a title; "محمد يوسف" a name); else None."""
    words = name_words(text)
    if not name_shaped(words):
        return None
    given = given_name_words(list(words))
    rest = words[given:]
    if not given or not rest:
        return None
    family = [word for word in rest if word not in NAME_LINKS]
    if len(family) > MAX_FAMILY_WORDS and not all(is_given_name(word) for word in family[:-1]):
        return None
    if any(_glued_lead_in(word) or builds_a_phrase(word) for word in rest):
        return None
    return rest


def name_shaped(words: Sequence[str]) -> bool:
    """Whether ``words`` are as many as a name's (``MIN_NAME_WORDS`` to ``MAX_NAME_WORDS``), of Arabic letters alone
    (``NAME_LETTERS``)."""
    return MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS and bool(NAME_LETTERS.match(" ".join(words)))


def builds_a_phrase(word: str) -> bool:
    """Whether a word of a would-be name builds a phrase or a sentence instead: a particle (``credits.PARTICLES``,
    ``lineshape.SENTENCE_PARTICLES``), or a verb that is no given name ("محمد صلاح يعود"; "محمد يوسف" is a name), a
    name's link (``NAME_LINKS``) aside."""
    return (word in PARTICLES or word in SENTENCE_PARTICLES
            or word not in NAME_LINKS and looks_like_verb(word) and not is_given_name(word))


def full_name(rest: tuple[str, ...]) -> bool:
    """Whether the words after a given name (``bare_name``'s) are a father's given name and a family's name
    ("NAME خالد عيسى", "NAME محمد إسماعيل"): at least two words besides the links, the first a given name too. A
    sub-heading opening with a given name goes on with a noun ("جمال الطبيعة"), and a stage name has two words ("نور
    الشريف"); a person's full name in three parts is how a byline names its writer."""
    family = [word for word in rest if word not in NAME_LINKS]
    return len(family) >= 2 and is_given_name(family[0])


_LABEL = re.compile(r"^([^\W\d_][^:：]{1,29}?)\s*[:：]\s*(.+?)[\s.]*$")
"""A label opening the line with a letter, a colon and its value: no bullet, dash or mark before it ("- حوار: NAME"
is an item of the article's list, "برنامج الأمسية:" over it; review_names26 H2)."""
MAX_ROW_VALUE_WORDS = 4
"""A "label: value" row of a details box beside a credit ("المؤلف: NAME", "الناشر: دار المدى"): a short value."""


_WRITING_VERB = re.compile(r"^(?:كتب|كتبت|بقلم)\s+(?P<name>[^:：/\-–—|]+?)[\s.]*$")
"""The writer's verb and the name with no colon between ("كتب NAME NAME", "كتبت NAME NAME", "بقلم NAME NAME"): a
byline as 3 readable pages on 3 sites print it (s27 r01/13 and r05/39 over the article, s28 b02/26 under a repeated
title block). The name must be a person's name alone (``bare_name``): "كتب التاريخ الحديث" and "كتبت الصحيفة أن ..."
name no one. "كتب NAME" is also "NAME's books" and the line over a quote in a roundup, so where it stands decides
(``credited_names``)."""


MIN_TITLE_WORDS = 3
"""A repeated title block's title has this many words at least: a separator or a one-word label said twice is none."""


def signed_name(text: str) -> tuple[str, ...] | None:
    """The words after the given name when the line is the writer's verb and a person's name alone
    (``_WRITING_VERB``), none of them a word joined by "و" to another name or a describing word ("كتب هدى ونور",
    "كتب جميلة ومفيدة": two names or a noun's adjectives, review_furn29 H1); else None."""
    signed = _WRITING_VERB.match(_MARKS.sub("", text).strip())
    rest = bare_name(signed["name"]) if signed is not None else None
    if rest is None or any(_joined_by_and(word) for word in rest):
        return None
    return rest


def _joined_by_and(word: str) -> bool:
    """Whether ``word`` is "و" and a word of its own: a given name ("ونور"), a feminine noun or an adjective
    ("ومفيدة", "وعربي"); not a family name that opens with the letter and is a given name whole ("وليد")."""
    tail = word[1:]
    return (word.startswith("و") and len(tail) >= 2 and not is_given_name(word)
            and (is_given_name(tail) or tail.endswith("ة") or adjective(tail)))


def credited_name(text: str) -> tuple[str, ...] | None:
    """The words after the given name (``bare_name``'s) when the line is a credit's label, a colon and a person's name
    alone: "حوار : NAME NAME.", "تصوير: NAME NAME", or the writer's verb and the name without a colon ("كتب NAME NAME":
    ``_WRITING_VERB``); else None. The label names a hand in the page, the article's
    credits block's (``articlerows.credit_label``: "تصوير", "ترجمة", "إعداد", ...) or an interview's
    (``rules.TALK_BYLINE``: "حوار:", "حاوره:"). "تقرير:" is left out, as a headline's credit leaves it
    (``headline._CREDIT_OPENERS``): it may head a report's title ("تقرير: NAME" on a story of that person). "حوار:
    الفنانة رنا سعيد تتحدث عن ..." names no one alone, and a speaker's label puts the name before the colon ("NAME
    NAME: ...")."""
    if _WRITING_VERB.match(bare := _MARKS.sub("", text).strip()) is not None:
        return signed_name(bare)
    found = _LABEL.match(bare)
    if found is None or (rest := bare_name(found[2])) is None:
        return None
    label = found[1].strip()
    talk = bool(TALK_BYLINE.match(label + ":")) and "-" not in label
    return rest if talk or credit_label(normal(label).strip().translate(FOLD)) else None


def credited_names(lines: Sequence[str], page: PageEvidence, first_paragraph: int | None = None) -> frozenset[int]:
    """The lines that are a credit's label and a name (``credited_name``), a byline wherever they stand (between the
    deck and an interview's questions too: s25 donyayadonya), but for two (review_names26): a name the article's
    prose gives (``untold``: "حوار: NAME" over a lead telling of NAME is the interview's title, whom it talks to), and
    a line beside another "label: value" row that names no credit (``_detail_row``: a book's box "الكتاب: ..." /
    "المؤلف: ..." / "ترجمة: NAME" / "الناشر: ...", a film's crew under its card), which is the article's details.
    The writer's verb and a name ("كتب NAME NAME") is a byline only where one stands (``_stands_as_byline``: over
    ``first_paragraph``, the index of the page's first paragraph, or under a repeated title), and only when the page
    signs one name so: several are a roundup's quotes or a list of authors' books (review_furn29 H1)."""
    signed = {index: normal(line) for index, line in enumerate(lines) if signed_name(line) is not None}
    found = set()
    for index, line in enumerate(lines):
        rest = credited_name(line)
        if rest is None or not untold(rest, page):
            continue
        if index in signed and (len(set(signed.values())) > 1
                                or not _stands_as_byline(lines, index, first_paragraph)):
            continue
        beside = [_nearest(lines, index, step) for step in (-1, 1)]
        if not any(other is not None and _detail_row(lines[other]) for other in beside):
            found.add(index)
    return frozenset(found)


def _stands_as_byline(lines: Sequence[str], index: int, first_paragraph: int | None) -> bool:
    """Whether line ``index`` stands where a byline does: above the page's first paragraph (none: anywhere), or right
    under a line the page gave above it already (its title block printed twice, s28 b02/26)."""
    if first_paragraph is None or index < first_paragraph:
        return True
    above = _nearest(lines, index, -1)
    return (above is not None and len(lines[above].split()) >= MIN_TITLE_WORDS
            and normal(lines[above]) in {normal(line) for line in lines[:above]})


def _nearest(lines: Sequence[str], index: int, step: int) -> int | None:
    """The nearest line with words above (``step`` -1) or below (1) line ``index``."""
    other = index + step
    while 0 <= other < len(lines) and not lines[other].strip():
        other += step
    return other if 0 <= other < len(lines) else None


def _detail_row(text: str) -> bool:
    """A "label: value" row naming no credit: a label of letters (two at least: an interview's "س:" and "ج:" are no
    row), a value of ``MAX_ROW_VALUE_WORDS`` words at most that ends no sentence ("المؤلف: NAME", "إنتاج: شركة
    الأفق")."""
    found = _LABEL.match(_MARKS.sub("", text).strip())
    if found is None or credited_name(text) is not None:
        return False
    label, value = normal(found[1]).strip().translate(FOLD), found[2]
    return len(value.split()) <= MAX_ROW_VALUE_WORDS and not ends_sentence(value) and not credit_label(label)


def untold(words: Sequence[str], page: PageEvidence) -> bool:
    """Whether the article's prose gives none of a name's ``words`` but its links (compared loosely: ``page`` reads
    the article's prose): a writer's name, which the article does not speak of. Callers pass the words after the
    given name (a family's name), as a given name is a common word too ("أمل", "جمال"), or the given name where the
    article calls its person by it alone (a profile's "NAME" over paragraphs telling of "NAME")."""
    named = [word for word in words if word not in NAME_LINKS]
    return bool(named) and not page.shares_a_word(" ".join(named))


def _glued_lead_in(word: str) -> bool:
    """Whether ``word`` opens with a preposition or conjunction glued to the article (``_GLUED_LEAD_IN``)."""
    return any(word.startswith(head) and len(word) >= len(head) + _LEAD_IN_MIN_STEM for head in _GLUED_LEAD_IN)


def writer_role(text: str) -> bool:
    """Whether the line is a writer's role alone, as a page prints it under the name: a role (``rules.AUTHOR_ROLES``)
    and at most ``MAX_ROLE_WORDS`` words in all, each after the first another role joined by "و" ("كاتب وأكاديمي") or
    an adjective without the article ("كاتبة صحفية", "محلل سياسي"): no phrase ("شاعر البيارات الحزينة" is a
    sub-heading), no figure, no mark."""
    words = name_words(text)
    if not 1 <= len(words) <= MAX_ROLE_WORDS or not NAME_LETTERS.match(" ".join(words)) or words[0] not in AUTHOR_ROLES:
        return False
    return all(word in AUTHOR_ROLES or word.startswith("و") and word[1:] in AUTHOR_ROLES
               or adjective(word) for word in words[1:])



def adjective(word: str) -> bool:
    """A relative adjective without the article ("سياسي", "مصرية"): what a role's line says of the writer."""
    return not word.startswith("ال") and bool(_ADJECTIVE_END.search(word)) and word not in PARTICLES
