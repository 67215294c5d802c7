"""The site's name standing on a line of its own between the headline and the lead, closed like a stamp (issue 11).

Many sites print their own name (or a place and their name) on a line between the title and the lead, closed by a
full stop or a colon as a dateline is: "SITE." / "PLACE SITE ." / "SITE :" over the first paragraph. A dateline
naming a known place, agency or handover word ("SITE / خاص:") is read by ``text.datelines`` and ``text.rules``; a
site's own name is known to no list, and the finder, seeing a short line closed by a stop, reads it as a sentence of
the article. On the readable annotated pages a site's name closed so stands over the lead on some 15 sites, every
line furniture: the rules drop those with a handover word, a place or an outlet's word; 3 were spoken.

Its shape tells it (``stamp_shaped``): two to ``MAX_WORDS`` words of names only (no particle or preposition:
"المناطق تحت الإنذار:" is a heading's words), closed by one stop or colon (not an ellipsis nor a question), no figure,
quote or bracket; not a line announcing what follows (``lineshape.announces_what_follows``), a place alone ("الداخلة:",
a dateline the rules judge), a part's or a note's name ("مقدمة:", "ملخص:"), a line going on from above ("وهذا ...")
nor a byline (``rules.BYLINE``), which the rules know. Its place tells it too (``text.plain`` checks it): right under
the headline, only dropped lines between, and right over a finished paragraph of prose opening the article
(``over_the_lead``), not a list's item, a quote or a verse, which a lead-in closed by a colon announces ("حضر الندوة:"
over "- ...", "قال تعالى:" over a verse).

Shape and place alone do not tell the site's name from the article's own short first sentence set apart as a lede
("سقطت الحكومة.", "أزمة جديدة.", a noun phrase or a verb no list knows), nor from a speaker's label or a lead-in
("قال الوزير:", "الناطق الرسمي:"). So the page must vouch for the name (``named_by_the_page``): it stands again
outside the article as the site's name stands (a masthead or footer line of its own, "NAME - ..." / "NAME : ..." /
"... | NAME", a copyright line), or it is the name the masthead gives or a known site's. A line holding a word of
reported speech or a speaker's post (``ROLE_WORDS``) is never the site's name. Where the page gives no such
evidence the line is left to the finder, which reads it as the article's: a site's name spoken costs less than the
lede's sentence lost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from text.clean import DIACRITICS
from text.credits import only_names
from text.grammar import PREPOSITIONS
from text.lineshape import (DIGIT, PARAGRAPH_WORDS, REPORTING_WORDS, announces_what_follows, bare_words,
                            continues_paragraph, strip_bullet)
from text.places import folded, is_place
from text.rules import BYLINE, SITE_NAMES
from text.scoredline import PROSE

SITE_STAMP = "site's name over the lead"
"""The reason a site's name standing over the lead is dropped."""
MIN_WORDS = 2
"""One word closed by a colon is a label or a part's name ("تقديم :", "عاجل:"), a dateline's place ("الداخلة:")."""
MAX_WORDS = 4
"""A site's name, maybe with its place, has this many words at most."""
_CLOSED = re.compile(r"^(?P<name>.*?[^\s.:：…])\s*(?P<mark>[.:：])$")
"""The name and the single stop or colon closing it (not "..", "…")."""
_QUOTES_AND_BRACKETS = re.compile(r"[\"“”«»()\[\]{}﴿﴾'‘’]")
_OPENS_AS_QUOTE = re.compile(r"^\W{0,2}[\"“”«{﴿'‘]")
OPENING_PART_NAMES = frozenset(("مقدمة", "المقدمة", "تقديم", "التقديم", "تمهيد", "التمهيد", "توطئة", "مدخل", "المدخل",
                                "ملخص", "الملخص", "خلاصة", "الخلاصة", "نبذة", "ملاحظة", "تنويه", "تحديث"))
"""Words naming an essay's or a report's own part, or a note, which head what follows rather than stamp it."""
ROLE_WORDS = frozenset(("وزير", "رئيس", "ناطق", "متحدث", "مدير", "سفير", "نائب", "أمين", "امين", "مستشار", "محافظ",
                        "والي", "قائد", "ملك", "أمير", "امير", "شيخ", "عميد", "لواء", "نقيب", "مسؤول", "مسئول", "مصدر",
                        "عضو", "ممثل", "مندوب", "سكرتير", "خبير", "مراسل", "ضيف", "شاهد"))
"""A speaker's post or role, with or without its article or feminine ending ("الوزير", "الناطقة", "مصدر أمني"): a
line naming one is a speaker's label or a lead-in to what they said ("الناطق الرسمي:"), never the site's name."""
_KNOWN_SITES = frozenset(folded(name) for name in SITE_NAMES)
_SEPARATOR = re.compile(r"\s+[-–—|/]\s+|\s*[:：|»«]\s*")
"""What sets a site's name apart from the rest of a line: "NAME - ...", "NAME : ...", "... | NAME"."""
_COPYRIGHT = re.compile(r"©|جميع الحقوق|حقوق النشر|حقوق الطبع|copyright|all rights", re.IGNORECASE)
_TATWEEL_AND_QUOTES = re.compile(r"[\u0640\"“”«»'‘’()\[\]]")


def over_the_lead(lines: Sequence[str], index: int, scores: Sequence[float]) -> bool:
    """Whether the line under line ``index`` is a finished paragraph of prose opening the article (``PROSE`` or more in
    ``scores``, ``PARAGRAPH_WORDS`` words or more): no list item, quote or verse, which a lead-in announces."""
    if index + 1 >= len(lines):
        return False
    lead = lines[index + 1]
    return (scores[index + 1] >= PROSE and len(lead.split()) >= PARAGRAPH_WORDS and strip_bullet(lead) == lead
            and not _OPENS_AS_QUOTE.match(lead))


def stamp_shaped(line: str) -> bool:
    """Whether a line has a site's stamp's shape: names only, closed by one stop or colon, no speech or speaker's
    word (module docstring)."""
    name, text = _stamp_name(line), DIACRITICS.sub("", line).strip()
    if name is None:
        return False
    words = name.split()
    return (MIN_WORDS <= len(words) <= MAX_WORDS and only_names(name) and not PREPOSITIONS.intersection(words)
            and not announces_what_follows(text) and not bare_words(name) & REPORTING_WORDS
            and not any(map(_names_a_role, words))
            and not is_place(name) and not BYLINE.match(text) and words[0] not in OPENING_PART_NAMES
            and not continues_paragraph(name))


def named_by_the_page(lines: Sequence[str], index: int, article: range, site: str | None = None) -> bool:
    """Whether the page vouches that line ``index``, stamp-shaped, is the site's name: the name the masthead gives
    (``site``) or a known site's, or the name standing again, as a site's name stands, on a line outside the
    ``article`` (above it or under it): alone, set apart by a separator at the line's head or end ("NAME : ...",
    "... | NAME"), or in a copyright line. A short sentence of the article is said nowhere else so."""
    name = _stamp_name(lines[index])
    if name is None:
        return False
    if folded(name) in _KNOWN_SITES or site is not None and folded(_normal(site)) == folded(name):
        return True
    return any(_stands_as_the_name(name, _normal(line)) for other, line in enumerate(lines)
               if other != index and other not in article)


def _stamp_name(line: str) -> str | None:
    """The name a stamp-shaped line closes with its stop or colon, spaces one; None when the line is not closed so,
    or holds a figure, a quote or a bracket."""
    text = DIACRITICS.sub("", line).strip()
    closed = _CLOSED.match(text)
    if closed is None or DIGIT.search(text) or _QUOTES_AND_BRACKETS.search(text):
        return None
    return " ".join(closed["name"].split())


def _names_a_role(word: str) -> bool:
    """Whether ``word`` is a speaker's post (``ROLE_WORDS``), a joined و, its article or its feminine ending aside."""
    forms = {word, word[1:]} if word.startswith("و") else {word}
    forms |= {form[2:] for form in forms if form.startswith("ال")}
    return any(form in ROLE_WORDS or form.endswith("ة") and form[:-1] in ROLE_WORDS for form in forms)


def _normal(line: str) -> str:
    """A line as names are compared in it: diacritics, tatweel, quotes and brackets off, spaces one."""
    return " ".join(_TATWEEL_AND_QUOTES.sub("", DIACRITICS.sub("", line)).split())


def _stands_as_the_name(name: str, line: str) -> bool:
    """Whether ``name`` stands in ``line`` as a site's name does: the whole line (a closing stop or colon aside), the
    first or last of the parts a separator sets apart, or anywhere in a copyright line."""
    if name not in line:
        return False
    if line.rstrip(".:：!- ").strip() == name or _COPYRIGHT.search(line):
        return True
    parts = [part.strip(" .") for part in _SEPARATOR.split(line)]
    return len(parts) > 1 and name in (parts[0], parts[-1])
