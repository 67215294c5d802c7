"""How a title's words are compared with the article's: each word folded (diacritics off, spelling variants
folded) and stemmed (one clitic prefix of و ف ب ل ك and the article ال off), the function words left out, and the
share of a line's content words the lead's words meet (``overlap``)."""

from __future__ import annotations

import re
from collections import Counter

from text.bodyfind import Body
from text.clean import folded_word

LEAD_WORDS = 80
"""How many words of the article's first lines a title is compared with."""
PREFIX_LETTERS = 4
_PREFIX = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?P<article>ال|ل(?=ل))?")
WORD_TOKEN = re.compile(r"[\w\u0600-\u06ff]+")
FUNCTION_WORDS = frozenset(("في", "من", "علي", "الي", "عن", "ان", "مع", "بعد", "قبل", "هذا", "هذه", "ذلك", "التي",
                            "الذي", "او", "ما", "لا", "لم", "لن", "قد", "كل", "بين", "حتي", "منذ", "عند", "هو", "هي"))


def stem(word: str) -> str:
    """A rough comparison key: spelling folded, one clitic prefix and the article removed."""
    word = folded_word(word)
    stripped = _PREFIX.sub("", word)
    return stripped if len(stripped) >= 2 else word


def content_stems(text: str) -> list[str]:
    keys = [stem(token) for token in WORD_TOKEN.findall(text)]
    return [key for key in keys if len(key) >= 2 and key not in FUNCTION_WORDS]


NAME_JOINERS = frozenset(("بن", "ابن", "بنت", "ابو", "ال"))
"""Words joining a person's names, folded ("NAME بن NAME", "أبو NAME", "آل NAME": "آل" folds to "ال"): a line
meeting the lead on one of them alone, before another name, meets another person's name by chance ("NAME بن NAME
NAME", a byline, over a lead naming "الملك NAME بن NAME") and tells nothing of the news. "ابن", "بنت" and "أبو" are
nouns too (son, daughter, father): shared alone before a content word, they tell as little."""


def without_name_joiners(text: str) -> str:
    """The line less the words joining a person's names (``NAME_JOINERS``) when the word after one is a content word
    (``content_stems``), which the comparison then weighs instead. Before a word it leaves out ("بن علي", "أبو علي":
    the name "علي" folds as "على" does, a function word) the joiner stays: the pair is the name, which a title shares
    with its lead ("رحيل بن علي" over "... زين العابدين بن علي ...")."""
    words = text.split()
    return " ".join(word for place, word in enumerate(words)
                    if folded_word(word) not in NAME_JOINERS
                    or not (place + 1 < len(words) and content_stems(words[place + 1])))


class Stems(Counter):
    """The content words' stems of some lines (``content_stems``), counted, and ``restored``: their other forms with
    the letters ``stem`` took off as clitics put back (``_forms``), which ``overlap`` compares too."""

    restored: frozenset[str] = frozenset()


def stems_of(*texts: str) -> Stems:
    """The lines' content words as ``overlap`` compares a line with them (``Stems``)."""
    found = Stems()
    restored: set[str] = set()
    for text in texts:
        for forms in content_forms(text):
            found[forms[0]] += 1
            restored.update(forms[1:])
    found.restored = frozenset(restored)
    return found


def content_forms(text: str) -> list[tuple[str, ...]]:
    """Each content word of the line (``content_stems``) as its forms (``_forms``), its stem first."""
    return [forms for forms in map(_forms, WORD_TOKEN.findall(text)) if len(forms[0]) >= 2
            and forms[0] not in FUNCTION_WORDS]


def overlap(title: str, lead: Counter[str]) -> float:
    """The share of the title's content words found in the lead (the first letters are enough:
    "زلزال" meets "زلزالًا", "متوسط" meets "متوسطة"). A word whose clitic ``stem`` took off, on one side, meets the
    other side's stem with the clitic put back (``_forms``; a ``Stems`` lead keeps its words' restored forms): "فيضان"
    meets "الفيضانات" and "باكستان" "الباكستانية". Two restored forms are not compared: both words lost their clitics
    to ``stem`` alike, and their stems already meet or not."""
    words = content_forms(title)
    stems, restored = set(lead), getattr(lead, "restored", frozenset())
    return sum(_meets(forms[:1], stems | restored) or _meets(forms[1:], stems) for forms in words) / len(words) \
        if words else 0.0


def _meets(forms: tuple[str, ...], known: set[str] | frozenset[str]) -> bool:
    """Whether one of the forms is known, or shares its first ``PREFIX_LETTERS`` letters with a known form."""
    prefixes = {form[:PREFIX_LETTERS] for form in known if len(form) >= PREFIX_LETTERS}
    return any(form in known or len(form) >= PREFIX_LETTERS and form[:PREFIX_LETTERS] in prefixes for form in forms)


def _forms(token: str) -> tuple[str, ...]:
    """A word's stem (``stem``) and, when ``stem`` took letters off a word without the article as clitics, the word
    with them put back: whether a word's first letter is "and", "so", "in", "for" or "like", or its root's, no
    spelling tells ("فيضان": ف taken for "so" leaves "يضان"; "باكستان": ب taken for "in" leaves "اكستان"), and both
    are kept, so "فيضان" meets "الفيضانات" and "باكستان" meets "الباكستانية". After the article no clitic stands
    ("البحرية" is no ب + "حرية", "البحيرة" no ب + "حيرة"): its stem alone. "للمنظومة" (ل and the article's ل, its
    alif dropped) keeps one ل in its stem: the stem without it too. A stem of fewer than ``PREFIX_LETTERS`` letters
    ("ركه" of "بركة") is left alone: so short, with a letter more or less, it meets other words by chance."""
    word, key = folded_word(token), stem(token)
    clitics = _PREFIX.match(word)
    if key == word or clitics.group("article") or len(key) < PREFIX_LETTERS:
        return (key,)
    taken = clitics.group()
    if taken.endswith("ل") and key.startswith("ل"):
        return (key, key[1:])
    return (key, *(word[start:] for start in range(len(taken))))


def lead_stems(body: Body, *, start: int | None = None) -> Stems:
    """The content words of the article's first lines (from ``start``, after lines that may be the title)."""
    texts: list[str] = []
    count = 0
    for index in range(body.start if start is None else start, body.end):
        line = body.lines[index]
        if line.furniture is not None:
            continue
        texts.append(line.text)
        count += len(content_stems(line.text))
        if count >= LEAD_WORDS:
            break
    return stems_of(*texts)
