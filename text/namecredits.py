"""Lines that credit a person by name and say nothing else: a byline's shape that no title has.

A title tells what happened; a person's name beside a place or an outlet tells who wrote or reported. Over the lead,
with no byline opener ("كتب", "بقلم") to mark it, many sites print a person's name and a known place's or an
outlet's joined by a dash, a bar or a slash (``name_and_place``): "NAME NAME – شبكة SITE الإخبارية", "CITY- NAME NAME
NAME" -- a reporter's dateline or credit. Beside anything else a name is a title's ("NAME - عميد الأدب العربي", "NAME
– حفل CITY"): the other part must be a place (``places.is_place``), a site's name (``rules.SITE_NAMES``,
``rules.SITE_NAME_ALONE``) or an outlet's (``credits.names_an_outlet``).

A person's name is ``names.bare_name``'s (a given name first, no particle, no verb); the lead may well name the same
person's town or outlet, so such a line shares the lead's words as a title does: its shape, not the words it
shares, says it is no title. (A writer's honorific and name, "الدكتور NAME", is ``bylines.writer_named``'s.)

A writer's honorific, a colon and a name ("المهندس: NAME") is also a quote's title ("باحث: كارثة قادمة"), so it is a
byline only by its position, alone under a title closed by a colon (``byline_under_a_colon``).
"""

from __future__ import annotations

import re

from text.bylines import writer_named
from text.credits import MAX_PART_WORDS, credit_parts, names_an_outlet
from text.names import bare_name
from text.places import is_place
from text.rules import SITE_NAME_ALONE, SITE_NAMES

_HONORIFIC_COLON = re.compile(r"^(\S+(?:\s+\S+)?)\s*[:：]\s*(?=\S)")
"""An honorific (one word, or two joined by "و") closed by a colon before the name ("المهندس: NAME")."""


def place_or_outlet(part: str) -> bool:
    """A known place's name, a site's or an outlet's: what a reporter's credit sets beside the name."""
    return (len(part.split()) <= MAX_PART_WORDS
            and (is_place(part) or part in SITE_NAMES or bool(SITE_NAME_ALONE.match(part)) or names_an_outlet(part)))


def name_and_place(text: str) -> bool:
    """Whether the line is two short parts joined by a dash, a bar or a slash (``credits.credit_parts``), one of them
    a person's name alone and the other a place's, a site's or an outlet's name (``place_or_outlet``)."""
    shaped = credit_parts(text)
    if shaped is None or len(shaped[0]) != 2:
        return False
    first, second = shaped[0]
    return any(bare_name(name) is not None and place_or_outlet(other)
               for name, other in ((first, second), (second, first)))


def names_a_credit(text: str) -> bool:
    """Whether the line names a writer and no more, wherever it stands: a name beside a place or an outlet
    (``name_and_place``), or a writer's honorific and name ("الدكتور NAME", ``bylines.writer_named``)."""
    return name_and_place(text) or writer_named(text)


def byline_under_a_colon(text: str) -> bool:
    """Whether the line, standing alone under a title closed by a colon, is its byline: a credit
    (``names_a_credit``), or a writer's honorific, a colon and a name ("المهندس: NAME")."""
    return names_a_credit(text) or writer_named(_HONORIFIC_COLON.sub(r"\1 ", text, count=1))
