"""A name said in Arabic and then as its Latin handle or acronym: a masthead's, a byline's or a source's line, never a
title.

Sites print their name with its Latin form beside it ("رابطة خريجي المعهد – RKM", "صدى الريف -sadarif"), and a
byline or a source line ends on the Latin handle of a writer's account or of an outlet ("بواسطة: admin", "المصدر
:wadinews"). The Latin part is one handle or acronym after a dash, a bar or a colon: written all in small letters (a
web handle, maybe with digits, dots or underscores) or all in capitals (an acronym). A title names a product or a brand
as a name is written, with a capital first ("مراجعة هاتف - Galaxy"), and puts an event, a verbal noun or a verb before
an acronym ("انطلاق قمة المناخ – COP28", "نتائج امتحان الشهادة – BEM", "شرح تحميل تطبيق - sanad"): the same shape
as a masthead's but for the Arabic part. So the line is refused only with a sign of its own that the Arabic part is a
name, not news:

- a label before a colon, of ``MAX_LABEL_WORDS`` words at most ("بواسطة:", "المصدر:", "الصورة:"): a credit's field;
- the name and its web handle (small letters) said twice on the line, a site's name of ``credits.MAX_SITE_WORDS``
  words at most (a logo's text and its alt, "NAME -handle NAME -handle");
- a body's name: opening with a word naming a society, a union, a club or an organisation (``BODY_WORDS``), or naming
  an outlet (``credits.names_an_outlet``: "صحيفة ...", "... نيوز").

In all of them the Arabic part is a name of ``MAX_NAME_WORDS`` words at most, with no word that builds a phrase
(``credits.PARTICLES``: "في", "من", "على" ...), no verb of the present ("الوزارة تطلق تطبيقا - app") and no sentence
end. A body's bare name with its acronym is still refused where a page makes it its title ("منظمة ... – WHO"): no
sign on the line tells it from a masthead, and a news title tells what the body did.

Evidence, said plainly: on the readable pages (session 30) the lines of these shapes are all furniture, on five sites
(a society's masthead, a news site's name said twice, a byline, a source line, a photo's credit); two of them were
taken as the page's title. The body's masthead is one site's; no annotated title has any of the shapes.
"""

from __future__ import annotations

import re

from text.credits import MAX_SITE_WORDS, PARTICLES, names_an_outlet
from text.doubled import once_said
from text.lineshape import ends_sentence, is_present_verb

MAX_NAME_WORDS = 5
"""The Arabic part is a name: this many words at most (a body's name runs to four or five: "رابطة خريجي المعهد
الفني"); a longer part tells something."""
MAX_LABEL_WORDS = 2
"""A credit's label before a colon ("بواسطة", "المصدر", "تصوير"): this many words at most."""
BODY_WORDS = frozenset(("جمعية", "رابطة", "اتحاد", "نادي", "منظمة", "مؤسسة", "منتدى", "مركز", "نقابة", "هيئة", "حزب"))
"""Words a body's name opens with (with or without the article): a society, a league, a union, a club, an
organisation, a foundation, a forum, a centre, a syndicate, an authority, a party. Not an event's words ("معرض",
"مؤتمر", "قمة", "بطولة"): a title names an event with its acronym as often as a masthead does."""
_NAMED_IN_LATIN = re.compile(r"^(?P<name>[\u0600-\u06ff][^A-Za-z0-9:：|｜\-–—]*?)\s*(?P<mark>[-–—|｜:：])\s*"
                             r"(?P<latin>[a-z][a-z0-9._]*|[A-Z][A-Z0-9]+)\s*$")
"""An Arabic name, a dash, a bar or a colon, and one Latin handle (small letters) or acronym (capitals)."""
_HANDLE = re.compile(r"^[a-z][a-z0-9._]*$")


def named_in_latin(text: str) -> bool:
    """Whether the line is a name in Arabic followed by its Latin handle or acronym, with a sign that the Arabic part
    is a name (see the module docstring): a label before a colon, a site's name said twice with its handle, or a
    body's or an outlet's name."""
    line = " ".join(text.split())
    once = once_said(line)
    found = _NAMED_IN_LATIN.match(once)
    if found is None:
        return False
    name = found.group("name").strip()
    words = name.split()
    if (not 1 <= len(words) <= MAX_NAME_WORDS or set(words) & PARTICLES or any(map(is_present_verb, words))
            or ends_sentence(name)):
        return False
    if found.group("mark") in ":：":
        return len(words) <= MAX_LABEL_WORDS
    if once != line:
        return bool(_HANDLE.match(found.group("latin"))) and len(words) <= MAX_SITE_WORDS
    return _names_a_body(words[0]) or names_an_outlet(name)


def _names_a_body(word: str) -> bool:
    """Whether a name's first word names a body (``BODY_WORDS``), with or without the article."""
    return word in BODY_WORDS or word.startswith("ال") and word[2:] in BODY_WORDS
