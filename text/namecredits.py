"""Lines that credit a person by name and say nothing else: a byline's shape that no title has.

A title tells what happened; a person's name beside a place or an outlet tells who wrote or reported. Over the lead,
with no byline opener ("كتب", "بقلم") to mark it, many sites print a person's name and a place's or an outlet's
joined by a dash, a bar or a slash (``name_and_place``): "NAME NAME – SITE", "CITY- NAME NAME NAME" -- a reporter's
dateline or credit. A title's part beside a name tells something: it holds a verb ("NAME - يعود إلى الملاعب").

A person's name is ``names.bare_name``'s (a given name first, no particle, no verb); the lead may well name the same
person's town or outlet, so such a line shares the lead's words as a title does: its shape, not the words it
shares, says it is no title. (A writer's honorific and name, "المهندس: NAME", is ``bylines.writer_named``'s.)
"""

from __future__ import annotations

from text.bylines import writer_named
from text.credits import MAX_PART_WORDS, credit_parts
from text.grammar import looks_like_verb
from text.names import bare_name, name_words


def name_and_place(text: str) -> bool:
    """Whether the line is two short parts joined by a dash, a bar or a slash (``credits.credit_parts``), one of them
    a person's name alone and the other of ``credits.MAX_PART_WORDS`` words at most with no verb: a place's, a site's
    or an outlet's name."""
    shaped = credit_parts(text)
    if shaped is None or len(shaped[0]) != 2:
        return False
    first, second = shaped[0]
    for name, other in ((first, second), (second, first)):
        if bare_name(name) is not None and len(other.split()) <= MAX_PART_WORDS \
                and not any(looks_like_verb(word) for word in name_words(other)):
            return True
    return False


def names_a_credit(text: str) -> bool:
    """Whether the line names a writer and no more: a name beside a place (``name_and_place``), or a writer's honorific
    and name ("المهندس: NAME", ``bylines.writer_named``)."""
    return name_and_place(text) or writer_named(text)
