"""Lines that credit the article and so are never its title: a writer's byline (by its opener, a name and role, a
role alone in brackets, a post and a name), a credit of short parts joined by separators, a dateline with its date, a
credit or site name left without its second part."""

from __future__ import annotations

import re
from collections import Counter

from text.credits import PARTICLES as CREDIT_PARTICLES
from text.lineshape import SENTENCE_PARTICLES, ends_sentence, has_sentence_particle, is_dateline, is_present_verb
from text.rules import AGENCIES, BYLINE_OPENERS, DATELINE_CITIES, HONORIFICS, MONTHS
from text.title_model import DIACRITICS
from text.titlecrumbs import MASTHEAD_PART_WORDS
from text.titlewords import overlap

CREDIT = re.compile(r"^\S+(?:\s\S+)?\s*[-–—_/]\s*\S+(?:\s\S+)?$")
_CREDIT_PARTS = re.compile(r"\s*[-–—_/|｜]+\s*")
MIN_CREDIT_PARTS = 3
"""A line of this many parts or more, each of one or two words, joined by dashes, underscores, slashes or bars is a
credit, a breadcrumb or a byline's fields ("SITE_ NAME_ CITY _ SOURCE"; all 14 such lines of the TRAIN pages are
furniture), as two such parts are (``CREDIT``)."""
_ONE_WORD_VALUE = re.compile(r"^\W*((?:[^\s:：]+\s+){0,2}[^\s:：]+?)\W*\s*[:：]\s*\W*([^\s:：]+?)\W*$")
"""A label of one to three words, a colon and one word: a dateline or a source when a city or an agency stands on
either side ("عمان: وكالات", "SITE: بغداد", ``dateline_credit``); a speaker and a one-word quote is a title
("الوزير: متفائلون")."""
JOINERS = "-–—_|｜/"
"""The marks that join a title to a site's name, a credit's parts or a breadcrumb's words."""
SEPARATOR = re.compile(rf"\s*[{re.escape(JOINERS)}]+\s*")
_DANGLING = re.compile(rf"[{re.escape(JOINERS)}]\s*$")
"""A line ending with a separator: when each of its parts is short (``MASTHEAD_PART_WORDS``), a credit or a site's
name without its second part ("الموقع الإخباري -", "CITY // AGENCY //"). A longer line with a separator or two left at
its end ("Title | ||") is a title whose site's name was lost; not a table's row ("| a caption |")."""
_DATE_END = re.compile(r"[\s.…،,]*(?:[0-9\u0660-\u0669]{1,2}\s*(?:%s)(?:\s*[0-9\u0660-\u0669]{4})?"
                       r"|[0-9\u0660-\u0669]{1,2}\s*[/.-]\s*[0-9\u0660-\u0669]{1,2}\s*[/.-]\s*[0-9\u0660-\u0669]{2,4})\s*$"
                       % "|".join(MONTHS))
"""A date ending a line: a day and a month's name ("25 يوليو [2024]"), or "25/7/2024"."""

_WRITER_OPENERS = tuple(word for word in BYLINE_OPENERS if word not in ("إعداد", "تقرير", "تحرير"))
"""The byline openers (text.rules) that open no title: "تقرير اقتصادي: ...", "تحرير الأسعار ..." may be titles."""


WRITER = re.compile(rf"^(?:{'|'.join(_WRITER_OPENERS)})(?:\s|[:：/\-–—])", re.IGNORECASE)
MAX_WRITER_WORDS = 6
_NAME = r"(?!ال)[^\s/:：.]+(?:\s+(?:بن|ابن|أبو|ابو|عبد)\s+[^\s/:：.]+|\s+[^\s/:：.]+)?"
"""A name of one or two words, or three joined by "بن", "أبو", "عبد"; a first name takes no article ("الصحفي المختطف
يعود" is a title)."""
_WRITER_NAMED = re.compile(rf"^(?:ال)?(?:{'|'.join(HONORIFICS)})(?:\s+و(?:ال)?(?:{'|'.join(HONORIFICS)}))?\s*/?\s*"
                           rf"{_NAME}$|^[دأ]\s?\.\s?{_NAME}$")
"""A writer's title and a name (``_NAME``) alone on a line ("الدكتور NAME NAME", "الكاتب والباحث/ NAME",
"د. NAME"): the byline of an opinion piece, never its title (a title about a person says what of them). Not with a
colon: "باحث: كارثة قادمة" is a quote's title (``namecredits.byline_under_a_colon`` takes it by position only)."""
_ROLES = ("خبير", "أستاذ", "استاذ", "باحث", "كاتب", "محلل", "مستشار", "أكاديمي", "اكاديمي", "صحفي", "إعلامي",
          "اعلامي", "رئيس", "عضو", "مدير", "أمين", "نائب", "طبيب", "محامي", "مهندس", "أخصائي", "اختصاصي", "سفير")
"""A writer's role as an opinion page prints it after the name ("خبير في شؤون الطاقة", "أستاذ الاقتصاد في ..."), each
also with its feminine ending."""
MAX_BIO_WORDS = 14
"""A writer's line with a role is this short at most; a lead opening with a titled name and a role runs on."""
_BIO_NAME = r"(?!ال)[^\s/:：.\-–—|｜،,]+(?:\s+[^\s/:：.\-–—|｜،,]+){0,3}"
"""A person's name of one to four words ("سامي عبد الله الخطيب"); a first name takes no article."""
_WRITER_ROLE = re.compile(rf"^(?:(?:ال)?(?:{'|'.join(HONORIFICS)})\s+|(?:[دأم]\s?\.\s?)+){_BIO_NAME}\s*[-–—|｜،,/]\s*"
                          rf"(?:ال)?(?:{'|'.join(_ROLES)})(?:[ةه])?(?:\s|$)")
"""A writer's line on an opinion page: an honorific, the name, a dash (a bar, a comma, a slash) and the writer's role
("د. NAME - خبير في شؤون الطاقة المتجددة", "الدكتور NAME، أستاذ الاقتصاد في جامعة ...", "أ.د. NAME/ ROLE/CITY"):
the role names the column's field and shares its words, but a title does not open with a titled name and a role (a
profile's title after the name says what of the person: "د. NAME - رحلة في عالم الطب"). The slash is one site's on the
readable pages (session 30); slashes join a writer's line's parts on many ("بقلم/ NAME")."""
COMMA_MARK = re.compile(r"[،,]")


def writers_line(text: str) -> bool:
    """A writer's line by its opener (``bylined``) or a writer's name and role (``CREDIT``, ``writer_with_role``)."""
    return bylined(text) or bool(CREDIT.match(text)) or writer_with_role(text) is not None


def bylined(text: str) -> bool:
    """A writer's line by its opener ("بواسطة admin", "كتب NAME"), ``MAX_WRITER_WORDS`` words at most."""
    return bool(WRITER.match(text)) and len(text.split()) <= MAX_WRITER_WORDS


SIGNING_ROLES = ("محرر", "محررة", "مراسل", "مراسلة")
"""The newsroom's posts that sign a story; not "مندوب", as often a state's envoy ("المندوب الروسي ينسحب ...")."""
DESKS = ("رياضي", "اقتصادي", "ثقافي", "سياسي", "فني", "علمي", "صحي", "تقني", "محلي", "دولي", "برلماني", "عسكري",
         "قضائي", "أدبي", "ادبي", "إخباري", "اخباري")
"""A newsroom's desks, as the adjective naming a writer's post ("المحرر الثقافي", "المراسلة الرياضية"); a country's
adjective is a person's ("المراسلة الفلسطينية NAME": a tribute's title)."""
_POSTED = re.compile(r"^ال(?P<role>%s)\s+ال(?:%s)[ةه]?(?:\s+ال\S+)?"
                     r"(?P<name>\s+(?!ال)[^\s\d:：.،,]+(?:\s+[^\s\d:：.،,]+){0,2})$"
                     % ("|".join(SIGNING_ROLES), "|".join(DESKS)))
"""A signing role with the article, its desk's adjective (``DESKS``) and maybe one more word with the article, and a
name of one to three words, the first without the article: "المحرر الثقافي NAME NAME", "المراسل الرياضي NAME" (groups
"role" and "name")."""


def posted_writer(text: str, lead: Counter[str]) -> bool:
    """Whether the line names its writer by his post and his name ("المحرر الثقافي NAME NAME": ``_POSTED``), the
    name's last word untold by the lead: a byline (its first name may meet a first name in the lead by chance). A
    title opening with a post says what the post did, and the lead tells it ("المراسل الرياضي يروي قصة المباراة" over
    a lead on the match); a name holds no particle (``credits.PARTICLES``: "... يكتب عن ..."). A lead that names the
    role itself ("نجا المراسل العسكري ...", "نجا مراسل القناة ...": reviewer s17/review_notitle2.md H4) is about the
    writer: the line is its title."""
    found = _POSTED.match(DIACRITICS.sub("", text).strip())
    return (bool(found) and not any(word in CREDIT_PARTICLES for word in found.group("name").split())
            and overlap(found.group("name").split()[-1], lead) == 0 and overlap(found.group("role"), lead) == 0)


def writer_named(text: str) -> bool:
    """Whether the line is a writer's title and name alone (``_WRITER_NAMED``), none of the name's words a particle
    ("الكاتب في زمن الحرب" is a title)."""
    return bool(_WRITER_NAMED.match(text)) and not set(text.split()) & (SENTENCE_PARTICLES | CREDIT_PARTICLES)


_BRACKETED_ROLE = re.compile(rf"^[(\[]\s*(?:ال)?(?:{'|'.join(_ROLES)})(?:[ةه])?\s[^()\[\]:：]*[)\]]$")
"""A writer's role alone in brackets ("(محلل مالي – مستشار سابق في شركة تأمين)", "(كاتب رياضي)"), no colon inside."""


def writer_role_alone(text: str) -> bool:
    """Whether the line is a writer's role alone in brackets (``_BRACKETED_ROLE``), as a column prints it under the
    writer's name or byline, of ``MAX_BIO_WORDS`` words at most, no sentence and no verb of the present: a bio, never
    a title. A title bracketed whole tells its news with a verb ("(رئيس البلدية يفتتح ...)"). Evidence, said plainly:
    two sites print their writer's role so on the readable pages (session 30), both furniture."""
    text = text.strip()
    return (bool(_BRACKETED_ROLE.match(text)) and len(text.split()) <= MAX_BIO_WORDS and not ends_sentence(text)
            and not any(is_present_verb(word.strip("()[]")) for word in text.split()))


def writer_with_role(text: str) -> str | None:
    """The writer's honorific and name when the line is a writer's line with a role (``_WRITER_ROLE``), none of the
    name's words a particle, no sentence (at most ``MAX_BIO_WORDS`` words, not closed by a full stop, no clause mark
    past the one after the name nor a word that builds sentences: "الدكتور NAME، أستاذ الاقتصاد، يرى أن ..." opens a
    lead); else None."""
    if (not _WRITER_ROLE.match(text) or len(text.split()) > MAX_BIO_WORDS or ends_sentence(text)
            or len(COMMA_MARK.findall(text)) > 1 or has_sentence_particle(text)):
        return None
    name = re.split(r"\s*[-–—|｜،,/]\s*", text, maxsplit=1)[0].strip()
    return None if set(name.split()) & (SENTENCE_PARTICLES | CREDIT_PARTICLES) else name


def credit_of_parts(text: str) -> bool:
    """Whether the line is ``MIN_CREDIT_PARTS`` short parts or more joined by separators (a credit's fields)."""
    parts = [part for part in _CREDIT_PARTS.split(text) if part.strip()]
    return len(parts) >= MIN_CREDIT_PARTS and all(len(part.split()) <= 2 for part in parts)


def dateline_credit(text: str) -> bool:
    """A label, a colon and one word, a city or an agency on either side: "عمان: وكالات", "\"Today News\": بغداد"
    (all ten lines of this shape on the TRAIN pages are furniture; "وزير المالية: متفائلون" is a title)."""
    found = _ONE_WORD_VALUE.match(text)
    return bool(found) and any(part in DATELINE_CITIES or part in AGENCIES or part == "وكالات"
                               for part in found.groups())


def dangling(text: str) -> bool:
    """A credit or a site's name left without its second part: a line ending with a separator, each of its parts
    short ("الموقع الإخباري -", "CITY // AGENCY //"); "Title | ||" has a long part: a title whose site was lost."""
    return bool(_DANGLING.search(text)) and all(len(part.split()) <= MASTHEAD_PART_WORDS
                                                for part in SEPARATOR.split(text))


def dated_credit(text: str) -> bool:
    """A dateline with its date: a place, or a credit of two short parts ("PLACE/ COUNTRY"), then a date ending the
    line ("... 25 يوليو"), or a place, "في" and a date (``is_dateline``: "طوكيو في 26 ديسمبر"); a title ending with a
    date has a title before it."""
    if is_dateline(text):
        return True
    date = _DATE_END.search(text)
    if not date:
        return False
    rest = text[:date.start()].strip(" .…،,")
    return len(rest.split()) <= 1 or bool(CREDIT.match(rest))
