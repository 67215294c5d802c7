"""Who wrote the article and which outlet published it, as a credit line names them: what the edition's tags say.

A credit line above the lead joins short parts: "كتب: NAME", "OUTLET - NAME", "CITY – OUTLET", "NAME - CITY",
"DATE - TIME", "بقلم/ NAME - تصوير/ NAME", "كتب بواسطة: NAME | نشر في twitter". Split on its dash only, it gave a
time, a date, a city or a label's last letter as the writer and a date, a city or the writer as the outlet; the tags
then said so. Here each part is told for what it is (``part_kind``): a person's name (``person_name``: a given name
first, ``text.names``; or any name after a writer's label, its label cut off: "كتب", "كتبت", "بقلم", "بواسطة",
"إعداد", "ت:" ...), an outlet's (``outlet_name``), a place (``text.places``), a date, a time or a counter's figure
(``_dated``; an outlet's name may hold a figure: "فرانس 24"), a credit's own word ("خاص", "متابعات"), a photographer's credit, a section or a menu's words. The writer is the person's part;
the outlet is the part that names one, or the part left beside a writer's name, a place or a date ("OUTLET - NAME",
"CITY – OUTLET"); a part that is neither stays out of both: no tag rather than a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text.credits import HANDOVER_WORDS, PARTICLES, SECTION_WORDS, desk_credit, is_section_name, names_an_outlet
from text.lineshape import SENTENCE_PARTICLES
from text.names import MAX_NAME_WORDS, NAME_LETTERS, builds_a_phrase, given_name_words, name_shaped, name_words
from text.places import is_country_adjective, is_place
from text.rules import AGENCIES, HONORIFICS, NAV_WORDS, MONTHS, SITE_NAME_ALONE, SITE_NAMES, WEEKDAYS
from text.writerlines import titled_name

WRITER_LABELS = ("كتب بواسطة", "تم النشر بواسطة", "نشر بواسطة", "نشر من قبل", "كتب", "كتبت", "بقلم", "بواسطة",
                 "إعداد", "اعداد", "تحرير", "تقرير", "حوار", "ترجمة", "إشراف", "اشراف", "متابعة", "الكاتب", "الكاتبة",
                 "المحرر", "المحررة", "written by", "posted by", "by", "author", "ت")
"""Labels set before the writer's name ("كتبت: NAME", "بقلم/ NAME", "By NAME"); "ت:" is the short form a page or a
label cut in two leaves ("كتب" + "ت: NAME")."""
PHOTO_LABELS = ("تصوير", "عدسة", "فوتو", "photo")
"""Labels set before a photographer's name: a credit of the pictures, not of the text."""
MENU_PHRASES = ("الرئيسية", "الصفحة الرئيسية", "اتصل بنا", "من نحن", "home", "contact")
"""A site's menu, which a masthead line may hold in place of its name."""
GENERIC_NAMES = frozenset(("الأخبار", "الاخبار", "أخبار", "اخبار", "news", "home"))
""""The news": a section's label above the title far more often than the paper of that name."""
MAX_OUTLET_WORDS = 5
MAX_PERSON_WORDS = 5
"""A labelled writer's name has this many words at most, an honorific included ("الأستاذ الدكتور NAME NAME")."""

_LABEL = re.compile(r"^[\W_]{0,3}(?P<label>%s)(?:\s*[:：/\-–—ـ]+\s*|\s+|$)"
                    % "|".join(sorted((*WRITER_LABELS, *PHOTO_LABELS), key=len, reverse=True)), re.IGNORECASE)
_PARTS = re.compile(r"\s+[-–—]+\s*|[-–—]+\s+|\s*[|｜]+\s*|\s+ـ+\s+|\s+/\s*|\s*/\s+")
"""What joins a credit's parts: a dash or a bar, a slash or tatweel set apart by a space ("كتب ــ NAME", "NAME /
CITY"); a slash closing a label ("كتب/ NAME") is the label's own."""
_GLUED_PLACE = re.compile(r"^(دير|عين|بني|بيت|رأس|راس|أبو|ابو|أم|ام)(?=\S{2})")
"""A place's first word written glued to the next ("ديرالزور", "رأسالخيمة")."""
_STAMP = re.compile(r"[:：]\s*\d|\d\s*[/.\-]\s*\S+?\s*[/.\-]\s*\d|(?<!\d)\d{4}(?!\d)"
                    r"|(?<!\w)(?:%s|am|pm|مساء|صباحا|صباح|الساعة|العدد)(?!\w)" % "|".join(MONTHS), re.IGNORECASE)
"""A figure's context in a date, a time, an issue's or a counter's number: after a colon ("12:00", "المشاهدات: 317"),
between a date's marks, a year, a month's name, the clock's words."""
_LETTER = re.compile(r"[^\W\d_]")
_FIGURE = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
_LATIN = re.compile(r"[A-Za-z]")
_LATIN_NAME_PARTICLES = ("al", "el", "van", "de", "du")
_LATIN_NAME_WORD = re.compile(r"^(?:(?:%s)-)?[A-Z][A-Za-z'’.]*(?:-[A-Za-z][A-Za-z'’.]*)*-?$|^[A-Z]\.?$|^(?:%s)$"
                              % ("|".join(_LATIN_NAME_PARTICLES), "|".join(_LATIN_NAME_PARTICLES)))
_LATIN_FUNCTION_WORDS = frozenset(("at", "the", "of", "in", "on", "and", "for", "to", "with", "from", "by", "a", "an"))
_QUOTED = re.compile(r"^[«“\"](?P<name>[^«»“”\"]+)[»”\"]$")
_EDGES = " \t:：.،,*•·()[]"
_NAV = frozenset(word.casefold() for word in NAV_WORDS)
_MENU = re.compile(r"(?:^|\s)(?:%s)(?:\s|$)" % "|".join(MENU_PHRASES), re.IGNORECASE)

PERSON, OUTLET, PLACE, DATE, HANDOVER, PHOTO, MENU, OTHER = (
    "person", "outlet", "place", "date", "handover", "photo", "menu", "other")


@dataclass(frozen=True)
class Credit:
    """The writer's name and the outlet's a credit line gives; None where it gives none."""

    person: str | None = None
    outlet: str | None = None


def _clean(part: str) -> str:
    return " ".join(part.split()).strip(_EDGES).strip()


def _unquoted(part: str) -> tuple[str, bool]:
    """(the part without the quotes around it, whether it had them: an outlet's name in quotes, "«أصداء»")."""
    found = _QUOTED.match(part)
    return (_clean(found["name"]), True) if found else (part, False)


def _unlabelled(part: str) -> tuple[str, str | None]:
    """(the part without its writer's or photographer's labels, the last label cut off or None)."""
    label = None
    while (found := _LABEL.match(part)) is not None and found.end() > 0:
        label, part = found["label"].casefold(), _clean(part[found.end():])
    return part, label


def _honorific(word: str) -> bool:
    return (word[2:] if word.startswith("ال") else word) in HONORIFICS


def _names_a_person(part: str, *, labelled: bool) -> bool:
    """A person's name: a given name first and no phrase's word ("NAME NAME", ``text.names``), a writer's title and
    name ("الدكتور NAME NAME"), a capitalised Latin name; after a writer's label, a given name alone, or any name of
    two to ``MAX_PERSON_WORDS`` words of letters alone that builds no phrase (a given name the list lacks)."""
    if _LATIN.search(part):
        words = part.split()
        return (2 <= len(words) <= MAX_NAME_WORDS and all(_LATIN_NAME_WORD.match(word) for word in words)
                and words[0] not in _LATIN_NAME_PARTICLES and words[-1] not in _LATIN_NAME_PARTICLES)
    if titled_name(part) is not None:
        return True
    words = [word for word in name_words(part) if not _honorific(word)]
    if not words or any(_particle(word) for word in words):
        return False
    if name_shaped(words) and given_name_words(words) and not any(builds_a_phrase(word) for word in words):
        return True
    if labelled and len(words) == 1:
        # An author field giving one name alone ("ريم", "نادر"): a person, if not a full name; a word with the
        # article or a section's word is a desk's or a menu's ("التحرير", "أخبار").
        word = words[0]
        return (given_name_words(words) == 1 or bool(NAME_LETTERS.fullmatch(word)) and not word.startswith("ال")
                and word not in SECTION_WORDS and not is_place(word) and not is_country_adjective(word))
    return labelled and 2 <= len(name_words(part)) <= MAX_PERSON_WORDS and _may_be_a_name(part, adjectives=False)


def _particle(word: str) -> bool:
    return word in PARTICLES or word in SENTENCE_PARTICLES


def _may_be_a_name(part: str, *, adjectives: bool = True) -> bool:
    """Shaped like a person's name, whatever its words: two to four words of letters alone, the first (past a
    writer's title) without the article nor a section's word ("أخبار ..."), none a particle, a place or a country's
    adjective ("صوت الساحل اليمني"; ``adjectives``: after a writer's label, "تركي" is a name). After a dateline's city
    such a part names the reporter as often as the outlet ("CITY – NAME NAME", "CITY – مجموعة العمل"): it is taken
    for neither."""
    words = [word for word in name_words(part) if not _honorific(word)]
    return (name_shaped(words[:MAX_NAME_WORDS]) and not words[0].startswith("ال") and words[0] not in SECTION_WORDS
            and not any(map(_particle, words))
            and not any(is_place(word) or adjectives and is_country_adjective(word) for word in words))


def _dated(part: str) -> bool:
    """A date, a time, an issue's or a counter's number ("الأحد 14/نوفمبر/2021", "الساعة: 5:12 م", "07:48pm", "العدد
    22"): a weekday first, or a figure in such a context (``_STAMP``), or figures and no letter at all. An
    outlet's name may hold a figure ("فرانس 24", "الساحل 24")."""
    if part.split()[0].strip(_EDGES) in WEEKDAYS:
        return True
    return bool(_FIGURE.search(part)) and (bool(_STAMP.search(part)) or not _LETTER.search(part))


def _handover(part: str) -> bool:
    words = part.split()
    return part in HANDOVER_WORDS or words[0] in HANDOVER_WORDS or words[0] in ("متابعة", "متابعات") and len(words) <= 2


def _menu(part: str) -> bool:
    """A section's name (``credits.is_section_name``: "أخبار محلية"; three words or more may be an outlet's, "أخبار
    القارة الأوروبية"), a menu's words ("الرئيسية اتصل بنا"), or Latin words joined by a function word ("Aging Watch
    at the UN": a menu's item, an outlet's Latin name is capitalised)."""
    return (part.casefold() in _NAV or len(part.split()) <= 2 and is_section_name(part) or bool(_MENU.search(part))
            or bool(_LATIN.search(part)) and any(word.casefold() in _LATIN_FUNCTION_WORDS for word in part.split()))


def _names_an_outlet(part: str) -> bool:
    return (part in SITE_NAMES or bool(SITE_NAME_ALONE.match(part)) or part in AGENCIES
            or names_an_outlet(part) or names_an_outlet(part.casefold()))


def part_kind(part: str, *, labelled: bool = False) -> str:
    """What a credit's part names: ``PERSON``, ``OUTLET``, ``PLACE``, ``DATE`` (a figure: a date, a time, an issue's
    number), ``HANDOVER`` (a credit's own word: "خاص", "متابعة خاصة"), ``MENU`` (a section's or a menu's words), or
    ``OTHER``. ``labelled``: a writer's label stood before it."""
    if not part:
        return OTHER
    if _dated(part):
        return DATE
    if (is_place(part, shared=True) or is_place(_GLUED_PLACE.sub(r"\1 ", part))
            or len(part.split()) == 1 and is_country_adjective(part)):
        return PLACE
    if _handover(part) or desk_credit(part):  # a desk's credit names no person: "فريق التحرير", "محرر الموقع"
        return HANDOVER
    if part.casefold() in GENERIC_NAMES:
        return MENU
    if _names_an_outlet(part):
        return OUTLET
    if _menu(part):
        return MENU
    if _names_a_person(part, labelled=labelled):
        return PERSON
    return OTHER


def _outlet_shaped(part: str) -> bool:
    """Whether a part may be an outlet's name by its shape: a few words, no particle (a title's clause: "صكوك المرابحة
    في السعودية"), no label, and not a date, a place, a person's name, a menu's or a credit's own word; a Latin name
    capitalised, or naming an outlet ("News")."""
    words = part.split()
    if not part or len(words) > MAX_OUTLET_WORDS or _unlabelled(part)[1] is not None:
        return False
    if any(map(_particle, words)):
        return False
    if _LATIN.search(part) and not all(_LATIN_NAME_WORD.match(word) or not _LATIN.search(word) for word in words):
        return _names_an_outlet(part)
    return part_kind(part) in (OUTLET, OTHER)


def person_name(text: str | None, *, labelled: bool = False) -> str | None:
    """The person's name a writer's credit gives, its label cut off ("كتبت: NAME" -> "NAME"), or None when it names
    no person (a time, a date, a place, an outlet, a menu's item, a credit's own word, a user name: "admin").
    ``labelled``: the text is given as an author's (a page's metadata), so a name the name list lacks is taken.
    Several authors joined by semicolons ("NAME; NAME", as page metadata lists them) are each told apart."""
    names = [credit_line(piece, labelled=labelled).person for piece in (text or "").split(";")]
    return "، ".join(name for name in names if name) or None


def outlet_name(text: str | None) -> str | None:
    """The outlet's name a masthead or a page's metadata gives, or None when it is none (a date, a place, a menu's
    item, a writer's credit)."""
    part, _ = _unquoted(_clean(text or ""))
    return part if _outlet_shaped(part) else None


MAX_MASTHEAD_PARTS = 2
"""A masthead joins the site's name and a section's; more parts are a menu's row ("Home | Health | ...")."""


def masthead_outlet(line: str) -> str | None:
    """The outlet a "Site | Section" or "Section | Site" line above the title names (``outlet_name``, the last part
    that is one), or None for a menu's row: more than ``MAX_MASTHEAD_PARTS`` parts, or one a menu's ("الرئيسية")."""
    parts = [_clean(part) for part in re.split("[|｜]", line)]
    if len(parts) > MAX_MASTHEAD_PARTS or any(_MENU.search(part) for part in parts):
        return None
    return next((name for part in reversed(parts) if (name := outlet_name(part))), None)


def credit_line(text: str, *, labelled: bool = False) -> Credit:
    """The writer and the outlet a credit line names (see the module's doc)."""
    parts: list[tuple[str, str]] = []  # (kind, text)
    pending_label = labelled
    for piece in _PARTS.split(_clean(text)):
        piece, quoted = _unquoted(_clean(piece))
        if quoted:
            parts.append((OUTLET if _outlet_shaped(piece) else OTHER, piece))
            continue
        if piece and _handover(piece):
            parts.append((HANDOVER, piece))
            continue
        piece, label = _unlabelled(piece)
        if label in PHOTO_LABELS:
            parts.append((PHOTO, piece))
            continue
        if not piece:
            pending_label = pending_label or label is not None  # "كتب ــ NAME": the label alone, the name next
            continue
        parts.append((part_kind(piece, labelled=pending_label or label is not None), piece))
        pending_label = False
    kinds = [kind for kind, _ in parts]
    person = next((piece for kind, piece in parts if kind == PERSON), None)
    at = kinds.index(OUTLET) if OUTLET in kinds else _outlet_by_its_place(parts)
    if person is None and at is not None:
        # "OUTLET - NAME NAME": after the outlet, a name is its reporter's ("CITY – OUTLET": before it, a place's)
        person = next((piece for kind, piece in parts[at + 1:] if kind == OTHER and _may_be_a_name(piece)), None)
    return Credit(person, None if at is None else parts[at][1])


def _outlet_by_its_place(parts: list[tuple[str, str]]) -> int | None:
    """The index of the part an outlet's name stands in by where it stands, when no part names an outlet by its words:
    the first part of no known kind beside a place, a date or a credit's own word ("CITY – OUTLET", "OUTLET - CITY",
    "OUTLET - خاص"), unless shaped like a person's name (``_may_be_a_name``), or beside a writer's name ("OUTLET -
    NAME"; after the name a one-word part is a village as often: "بقلم NAME - حرفيش")."""
    kinds = [kind for kind, _ in parts]
    if OTHER not in kinds:
        return None
    at = kinds.index(OTHER)
    piece = parts[at][1]
    beside = set(kinds[:at] + kinds[at + 1:])
    if (beside & {PLACE, DATE, HANDOVER} and not (PERSON not in beside and _may_be_a_name(piece))
            or PERSON in beside and (at == 0 or len(piece.split()) >= 2)) and _outlet_shaped(piece):
        return at
    return None


def site_name(text: str | None) -> str | None:
    """The outlet's name a page's metadata gives as its site's ("Al Jazeera", "Le Monde", "الجزيرة نت"), or None
    when it is a date, a time, a menu's or a credit's own word or a place. Unlike ``outlet_name`` the name is never
    asked whether it names a person: the metadata's field names the site, and an outlet's Latin name is
    capitalised like a person's ("Middle East Eye")."""
    part, _ = _unquoted(_clean(text or ""))
    words = part.split()
    if not part or len(words) > MAX_OUTLET_WORDS or _unlabelled(part)[1] is not None or any(map(_particle, words)):
        return None
    if _LATIN.search(part) and not all(_LATIN_NAME_WORD.match(word) or not _LATIN.search(word) for word in words):
        return part if _names_an_outlet(part) else None
    if _dated(part) or _handover(part) or part.casefold() in GENERIC_NAMES:
        return None
    if is_place(part, shared=True) or is_place(_GLUED_PLACE.sub(r"\1 ", part)) or len(words) == 1 and is_country_adjective(part):
        return None
    if _menu(part) and not _names_an_outlet(part):
        return None
    return part
