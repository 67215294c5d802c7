"""Short lines that only say where and from whom a story comes, standing alone inside the article (issue 11).

A dateline cut from its paragraph, or a source's credit with its place, stands on a line of its own: a place ("أربيل"),
a city and its country ("المملكة المغربية : الدار البيضاء"), a place and a date ("واشنطن، 13 يونيو 2021."), or a place
and a source's name joined by a separator ("العالم - سوريا", "الخرطوم | برق السودان", "SITE: القاهرة", "حضرموت (SITE)
خاص:"). No verb, no sentence: places (``text.places``) and names. Between two of the article's paragraphs the splitter
would read such a line as a section title.

The same shapes head the parts of a round-up ("غزة" over a part on Gaza, "الضفة الغربية" over the next) or of a
chronology ("القدس، 5 يونيو 1967"), so a line is furniture only where the page gives no sign that it heads a part:

- no other line of a place's shape stands alone between two paragraphs (a round-up's parts each have one);
- for places alone, with no date and no source: the line ends with a dateline's own dash ("القاهرة -": a place with
  no mark heads a part or names who an op-ed or an interview addresses as often), no other sub-heading stands
  between paragraphs either, and the paragraph under it opens as a story's lead does: not with the place (a part's
  first words name its place or point back at it: "شهدت غزة ...", "تضم المحافظة ..."), nor going on from the
  paragraph above ("وأوضح ...", "كما ...": a dateline heads the lead, a part's heading may head any paragraph). Two cities or two countries are a route, a match
  or two states a heading names ("القاهرة - الإسكندرية", "مصر - تونس"), never a dateline; nor is a place whose name
  is an everyday word too ("العين", ``places.SHARED_NAMES``) when it stands alone.

A source's part is a name the page shows to be one: an outlet's or agency's (``credits.names_an_outlet``: "نيوز",
"خاص"), a site's section ("العالم", "محليات": ``credits.is_section_name``), a name the page repeats outside the
article's words (the site's, in its masthead), or a name of a few words no word of which the article uses (a reporter's,
a site's: "توب سينما", two words at least: one is a lead's verb as often, "القاهرة - كشف"); a heading's words name its
part's topic, which the article tells. Between paragraphs, a place and such a name is furniture only dated or closed by
a colon; undated, it heads a match, a testimony or a reaction as often ("الوحدة - الشارقة", "حلب - أم خالد"). Names
alone, no outlet's, after a place and a colon are a heading's words ("غزة: ترقب"), never taken. A place and a source
closed by a colon hand over to the prose right under them ("PLACE NAME NAME:", the place and the reporter with no mark
between): a dateline wherever it stands, even under a line that is no finished paragraph.

Over the lead (above the page's prose, above or right under its title), such a line is the page's stamp, never its
title, read wider (``place_line(wide=True)``, ``_stamp_over_the_lead``): a place and a reporter's name the article never
gives ("العراق: NAME NAME", ``names.bare_name``), a press office and its governorate, a site's name and a handover word
with no place ("SITE/ خاص.."), a site's quoted name and a date inside the line ("“SITE” الأربعاء 24 أكتوبر 2018م
PLACE/خاص"), a site's name with its number ("SITE 24 : PLACE"), a date in figures after its label ("NAME - PLACE بتاريخ:
2026/02/11"), and a site's or a body's name of two words or more before the place closing the line after a dash ("صدى
الواقع اليمني – عدن"). These two, beside a date in figures or none, name a body no word of which the article uses but
a country's adjective (a title naming its place after its topic tells that topic in the article's words: "امتحانات
الشهادة الثانوية – صنعاء 11/02/2026"), and head the page, under no prose and no line closed by a colon (a lead's "...
وهي:" announces a list whose entries name bodies and their places too). Between paragraphs these readings are not
made: "شهادات السكان - خاص" heads a part there. A place, a colon and two words that are no name nor outlet is a short
title naming its place ("غزة: ترقب وحذر", ``heads_with_place``), not the dateline ``rules.DATELINE_ALONE`` reads at the
page's edge.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from text.clean import DIACRITICS
from text.credits import HANDOVER_WORDS, PageEvidence, is_section_name, names_an_outlet, only_names, word_key
from text.lineshape import DIGIT, MAX_TITLE_WORDS, continues_paragraph, ends_sentence, is_date_line, is_dateline
from text.names import bare_name
from text.places import folded, is_country, is_country_adjective, is_place
from text.rules import MONTHS, SITE_NAMES, WEEKDAYS
from text.scoredline import LineScore, PROSE, SHAPE_SCORE, closes_a_paragraph, is_short_title

PLACE_ALONE = "dateline alone"
"""The reason for a place, places or a place and a date alone between paragraphs."""
PLACE_AND_SOURCE = "place and source"
"""The reason for a place and a source's name alone between paragraphs."""
MAX_WORDS = 12
"""Such a line has this many words at most (a source, a city, its country and a date)."""
MAX_PART_WORDS = 3
"""Each of its parts (a place, a name) has this many words at most."""
MAX_PARTS = 4
"""It joins this many parts at most: a place, its country, a site, "خاص"."""
MAX_PLACES = 2
"""A dateline names a city and its country at most."""
OPENING_WORDS = 4
"""A part's first paragraph names its place within this many words ("شهدت مدينة غزة", "تضم المحافظة")."""
PLACE_NOUNS = ("المدينة", "المحافظة", "البلدة", "القرية", "القطاع", "البلاد", "الدولة", "المملكة", "الولاية",
               "الإقليم", "المنطقة", "العاصمة", "الإمارة", "الجزيرة", "المخيم", "الضاحية")
"""The nouns a part's first words point back at the place heading it with ("تضم المحافظة ...")."""

_EDGES = " \t-–—•*·|｜/_:：.،,"
_JOIN = re.compile(r"\s*[-–—|｜/_:：،,()\[\]]+\s*")
_COLON = re.compile(r"[:：]")
_SENTENCE = re.compile(r"[؟?!«»\"“”]")
_PLACE_AND_DATE = re.compile(r"^(?P<place>[^،,\-–—\d]+?)\s*[،,\-–—]\s*(?P<date>.*\d.*)$")
"""A place, a comma or a dash, and what may be a date."""
_QUOTED_NAME = re.compile(r"^[“\"«]([^“”\"«»]+)[”\"»]\s*")
"""A site's name in quotes opening the line ("“SITE” الأربعاء 24 أكتوبر 2018م PLACE/خاص")."""
_DATE_SPAN = re.compile(r"(?:(?:%s)\s*[،,]?\s*)?[0-9\u0660-\u0669]{1,2}\s+(?:%s)\s*[،,]?\s*"
                        r"[0-9\u0660-\u0669]{4}\s*(?:م|هـ)?" % ("|".join(WEEKDAYS), "|".join(MONTHS)))
"""A date inside a stamp's line, with its weekday: set apart as one of the line's parts."""
_NUMERIC_DATE_SPAN = re.compile(r"(?:(?<!\w)ب?تاريخ\s*[:：]?\s*)?(?<![0-9\u0660-\u0669])"
                                r"(?:[0-9\u0660-\u0669]{4}(?:\s*[/.\-]\s*[0-9\u0660-\u0669]{1,2}){2}"
                                r"|(?:[0-9\u0660-\u0669]{1,2}\s*[/.\-]\s*){2}[0-9\u0660-\u0669]{4})"
                                r"(?![0-9\u0660-\u0669])")
"""A date in figures inside a stamp's line, maybe after its label ("صنعاء بتاريخ: 2026/02/11", "11-02-2026"): set apart
as one of the line's parts, its figures joined by full stops so that no separator of the line's parts splits it."""
_DATE_FIGURES = re.compile(r"[0-9\u0660-\u0669]+")
_JOINED_FIGURES = re.compile(r"[0-9\u0660-\u0669]+(?:\.[0-9\u0660-\u0669]+){2}")
"""A date in figures as ``_stamp_parts`` sets it apart ("2026.02.11")."""
_NUMBERED_NAME = re.compile(r"^(?P<name>[^\d\s]+(?:\s+[^\d\s]+){0,2})\s*[0-9]{1,3}$")
"""A site's name with its number ("الصحراء 24", "الإخبارية 360", "SITE24"): no title part names a thing so."""
PRESS_OFFICES = ("الإعلام", "إعلام", "المكتب الإعلامي", "مكتب الإعلام", "العلاقات العامة", "قسم الإعلام",
                 "شعبة الإعلام")
"""How a body's press office is named at the head of a credit ("الإعلام والعلاقات العامة / محافظة ..."): a source."""
_PRESS_OFFICES = tuple(folded(name) for name in PRESS_OFFICES)
_SITES = frozenset(folded(name) for name in SITE_NAMES)
_PLACE_NOUNS = frozenset(folded(noun) for noun in PLACE_NOUNS)


@dataclass(frozen=True)
class PlaceLine:
    """What a line alone names: its places, whether it dates them, whether a source's name stands beside them, and
    whether a real source (an outlet's, a site's, a section's, a recurring name) or a date vouches for them: standing
    alone between paragraphs, a place beside a name no such thing vouches for is a heading's as often. ``wide``
    readings only: ``reported``, the name beside the place is a person's the article never gives (a reporter's, or the
    person a "COUNTRY: NAME" title names while its article calls him by his office); ``numbered``, a name with a number
    no list, outlet's word or page confirms as a site's stands beside it ("الصحراء 24", or "فورمولا 1");
    ``named_first``, a name of two words or more the article never uses, no person's, stands before the place after
    which the line ends ("SITE NAME – PLACE"); ``in_figures``, its date is only in figures ("صنعاء 11/02/2026"). Both
    are a stamp's only at the head of the page (``_heads_the_page``)."""

    places: tuple[str, ...]
    dated: bool
    sourced: bool
    vouched: bool = True
    reported: bool = False
    numbered: bool = False
    named_first: bool = False
    in_figures: bool = False

    @property
    def reason(self) -> str:
        return PLACE_AND_SOURCE if self.sourced else PLACE_ALONE


def place_line(text: str, index: int, page: PageEvidence, *, wide: bool = False) -> PlaceLine | None:
    """The places a line names when it is made of places, maybe a date and sources' names only (module docstring),
    else None. ``index``: the line's place on the page (``page`` tells whether a name recurs elsewhere). ``wide``: read
    also the stamp's shapes that only stand over the lead (``_stamp_parts``, ``_stamp_sources``,
    ``_unplaced_stamp``)."""
    line = DIACRITICS.sub("", text).strip().strip(_EDGES)
    stamp = _stamp_parts(line) if wide else None
    line = stamp.line if stamp is not None else line
    if not line or _SENTENCE.search(line) or len(line.split()) > MAX_WORDS:
        return None
    if is_dateline(line):  # "طوكيو في 26 ديسمبر"
        place = line.split(" في ")[0].strip()
        return PlaceLine((place,), True, False) if is_place(place) else None
    place_and_date = _PLACE_AND_DATE.match(line)  # "واشنطن، 13 يونيو 2021", "الرباط، الأحد 4/2/2024"
    if place_and_date and is_place(place_and_date["place"]) and is_date_line(place_and_date["date"]):
        return PlaceLine((place_and_date["place"].strip(),), True, False)
    parts = [part for part in _JOIN.split(line) if part]
    if parts and len(parts[-1].split()) > 1 and parts[-1].split()[-1] in HANDOVER_WORDS:  # "غزة خاص"
        parts[-1:] = [" ".join(parts[-1].split()[:-1]), parts[-1].split()[-1]]
    if handed_over(text):  # "PLACE NAME NAME:": the place and the reporter handing over to the text, no mark between
        parts = [piece for part in parts for piece in _place_set_apart(part)]
    if not parts or len(parts) > MAX_PARTS or any(len(part.split()) > MAX_PART_WORDS
                                                  and not (stamp and _DATE_SPAN.fullmatch(part)) for part in parts):
        return None
    places = tuple(part for part in parts if is_place(part, shared=True))
    if not places and stamp is None:
        return None
    dates = [part for part in parts if DIGIT.search(part) and is_date_line(part)]
    dated, in_figures = bool(dates), bool(dates) and all(_JOINED_FIGURES.fullmatch(part) for part in dates)
    others = [part for part in parts if part not in places and part not in dates]
    if any(DIGIT.search(part) and not (stamp and _NUMBERED_NAME.match(part)) or not only_names(part)
           for part in others):
        return None
    sources, weak = (_stamp_sources(others, stamp, index, page) if stamp is not None
                     else ([part for part in others if _names_a_source(part, index, page)], []))
    names = [part for part in others if part not in sources]
    if not places:
        return _unplaced_stamp(parts, sources, names, dated)
    if not others:
        # Two places are a dateline's city and its country ("المملكة المغربية : الدار البيضاء"); two cities or two
        # countries are a route, a match or a pair of states a heading names ("القاهرة - الإسكندرية", "مصر - تونس").
        # A date makes either a dateline's: "الأردن، عمّان، 2 أيلول 2024" ("عمان" is a country's name too).
        paired = len(places) == 1 or len(places) == MAX_PLACES and (dated or sum(map(is_country, places)) == 1)
        return PlaceLine(places, dated, False) if paired and all(map(is_place, places)) else None
    if (not dated or in_figures) and any(not _unknown_name(part, page) or not dated and len(part.split()) < 2
                                         for part in names):
        return None  # a one-word name is a lead's verb as often ("القاهرة - كشف"); dated in words, the names beside a
        # place are a stamp's (a byline's, a site's) whatever their words; dated in figures, as often a title's
        # telling its topic in the article's words ("امتحانات الشهادة الثانوية – صنعاء 11/02/2026")
    reported = stamp is not None and bool(names) and all(bare_name(part) is not None for part in names)
    if not sources and not reported and parts[0] in places and _COLON.search(line[len(parts[0]):].lstrip()[:1] or " "):
        return None  # "غزة: ترقب": a place, a colon and a heading's words
    vouched = any(part not in weak for part in sources) or dated
    return PlaceLine(places, dated, True, vouched, reported, bool(weak) and not vouched,
                     stamp is not None and _named_before_its_place(line, parts, places, names), in_figures)


@dataclass(frozen=True)
class _StampParts:
    """A stamp's line read wide (``_stamp_parts``): a site's quoted name and a date set apart as its parts."""

    line: str
    quoted: str | None
    """The site's name the line opens with in quotes, if any."""


def _stamp_parts(line: str) -> _StampParts:
    """The line with a site's quoted name opening it ("“SITE” ..." -> "SITE - ...") and a date inside it set apart
    as parts ("... الأربعاء 24 أكتوبر 2018م PLACE/خاص" -> "... - DATE - PLACE/خاص"): only a stamp over the lead has
    them."""
    quoted = _QUOTED_NAME.match(line)
    name = quoted[1].strip() if quoted and len(quoted[1].split()) <= MAX_PART_WORDS else None
    if quoted and name is not None:
        line = f"{name} - {line[quoted.end():]}".strip(_EDGES)
    line = _DATE_SPAN.sub(lambda date: f" - {date[0]} - ", line)
    line = _NUMERIC_DATE_SPAN.sub(lambda date: " - %s - " % ".".join(_DATE_FIGURES.findall(date[0])), line)
    return _StampParts(line.strip(_EDGES), name)


def _stamp_sources(others: list[str], stamp: _StampParts, index: int, page: PageEvidence
                   ) -> tuple[list[str], list[str]]:
    """The parts of a stamp read wide that name a source, and among them the weak ones: beside ``_names_a_source``, the
    quoted site's name, a press office, and a name with its number ("الصحراء 24"). That last is weak unless its name
    is a known site's, an outlet's or recurs outside the article (``_names_a_source``): "فورمولا 1", "كورونا 24" and
    "كوفيد 19" are a title's words over their place ("فورمولا 1 : البحرين"), taken only right under a title."""
    sources, weak = [], []
    for part in others:
        numbered = _NUMBERED_NAME.match(part)
        if (_names_a_source(part, index, page) or part == stamp.quoted or _press_office(part)
                or numbered and _names_a_source(numbered["name"], index, page)):
            sources.append(part)
        elif numbered:
            sources.append(part)
            weak.append(part)
    return sources, weak


def _unplaced_stamp(parts: list[str], sources: list[str], names: list[str], dated: bool) -> PlaceLine | None:
    """A stamp naming no place: a handover word and a site's name or a date ("SITE/ خاص..", "“SITE” DATE /خاص"), with
    one short name at most beside them; else None."""
    handed = any(part in HANDOVER_WORDS for part in parts)
    if handed and (len(sources) > 1 or dated) and len(names) <= 1 and all(len(part.split()) <= MAX_PLACES
                                                                          for part in names):
        return PlaceLine((), dated, True)
    return None


HEADING_WORDS = 2
"""A place, a colon and this many words: a dateline's reporter, an outlet, or a title's words ("غزة: ترقب وحذر")."""


def heads_with_place(text: str) -> bool:
    """Whether a line is a place, a colon and ``HEADING_WORDS`` words that are no person's name (``names.bare_name``),
    no outlet's or agency's (``credits.names_an_outlet``), and not closed by a colon or a stop: a short title naming
    its place ("غزة: ترقب وحذر"), not a dateline's reporter ("CITY: NAME NAME") or outlet ("CITY: SITE نيوز"). Only
    two words are judged: with one or three and more after the colon the line is left to ``rules.DATELINE_ALONE`` as
    before (False), a reporter's name having two words most often ("CITY: NAME NAME NAME" is not told from a title)."""
    line = DIACRITICS.sub("", text).strip()
    head, colon, tail = line.partition(":") if ":" in line else line.partition("：")
    words = tail.split()
    return (bool(colon) and is_place(head.strip(_EDGES)) and len(words) == HEADING_WORDS
            and not tail.rstrip().endswith((":", "：", "."))
            and bare_name(tail) is None and not names_an_outlet(tail.strip()))


def handed_over(text: str) -> bool:
    """Whether a line closes with a colon, handing over to the text under it ("حضرموت (SITE) خاص:")."""
    return text.rstrip().endswith((":", "："))


def _place_set_apart(part: str) -> list[str]:
    """A part opening with a place of one or two words and going on with a name's words, as the place and the name
    ("NAME_OF_PLACE NAME NAME" -> [place, name]); else the part."""
    words = part.split()
    for size in (2, 1):
        if len(words) > size and is_place(" ".join(words[:size]), shared=True):
            return [" ".join(words[:size]), " ".join(words[size:])]
    return [part]


def _names_a_source(part: str, index: int, page: PageEvidence) -> bool:
    """An outlet's, an agency's or a credit's own word ("خاص"), a site's known name, a site's section, or a name the
    page repeats in a line of its own outside the article's words (the site's, in its masthead or footer)."""
    return (names_an_outlet(part) or folded(part) in _SITES or is_section_name(part)
            or page.recurs(part, index) and not page.in_article(part))


def _press_office(part: str) -> bool:
    """A body's press office named at the head of a part ("الإعلام والعلاقات العامة", "المكتب الإعلامي",
    ``PRESS_OFFICES``)."""
    name = folded(part)
    return any(name == office or name.startswith(office + " ") for office in _PRESS_OFFICES)


def _named_before_its_place(line: str, parts: list[str], places: tuple[str, ...], names: list[str]) -> bool:
    """Whether a stamp's line is one name and then its place, set apart by a dash and closing the line ("SITE NAME –
    PLACE", "NAME OF A BODY - PLACE"), the name no person's (``names.bare_name``: "NAME NAME – PLACE" credits a
    reporter, ``PlaceLine.reported``). The caller has found its words unknown to the article, places aside
    (``_unknown_name``): a title naming its place after its topic tells that topic in the article's words."""
    return (len(parts) == 2 and names == parts[:1] and parts[1] in places and bare_name(parts[0]) is None
            and _DASH_BEFORE_LAST.search(line) is not None)


_DASH_BEFORE_LAST = re.compile(r"\s*[-–—]\s*[^\s\-–—][^\-–—|｜/_:：،,()]*$")
"""A dash set before the line's last part."""


def _unknown_name(part: str, page: PageEvidence) -> bool:
    """A name no word of which, places and countries' adjectives aside, the article uses (a reporter's, a site's: "توب
    سينما", "برق السودان", "صدى الواقع اليمني": a site's name takes its country's adjective, as its article does).
    Known risk: a title whose only word the article repeats is such an adjective ("ذاكرة السينما المصرية – القاهرة"
    over "... الأفلام المصرية ...") reads as a site's name; no readable page has one."""
    words = [word for word in part.split() if not is_place(word) and not is_country_adjective(word)]
    return bool(words) and not page.shares_a_word(" ".join(words + [_after_li(word) for word in words]))


def _after_li(word: str) -> str:
    """A word with its article after the preposition "ل", which drops the article's alif ("الأرصاد" -> "للأرصاد"):
    compared loosely (``credits.word_key``), the two forms differ."""
    return "لل" + word[2:] if word.startswith("ال") and len(word) > 4 else word


def _opens_with(paragraph: str, places: tuple[str, ...]) -> bool:
    """Whether ``paragraph``'s first ``OPENING_WORDS`` words name one of ``places`` (``credits.word_key``: "شهدت غزة",
    "السورية") or point back at a place heading them ("تضم المحافظة ...", ``PLACE_NOUNS``)."""
    keys = {word_key(word) for place in places for word in place.split() if len(word_key(word)) >= 3}
    opening = re.findall(r"\w+", DIACRITICS.sub("", paragraph))[:OPENING_WORDS]
    return any(word_key(word) in keys or any(word_key(word).startswith(key) for key in keys)
               or folded(word) in _PLACE_NOUNS for word in opening)


def _goes_on(paragraph: str) -> bool:
    """Whether ``paragraph`` opens as one going on from the one before: a linking word ("كما"), or و or ف joined to its
    first word ("وفي", "وأوضح", ``continues_paragraph``). A name opening with those letters ("وزارة", "فرنسا") reads so
    too: the line above it is then kept, as unsure."""
    words = DIACRITICS.sub("", paragraph).split()
    return continues_paragraph(paragraph) or bool(words) and len(words[0]) >= 3 and words[0][0] in "وف"


def _stands_alone(scored: list[LineScore], index: int) -> tuple[int, int] | None:
    """(the paragraph above, the paragraph under) when the nearest article lines around ``index`` (furniture aside) are
    a finished paragraph and prose: where a sub-heading stands; else None."""
    above = next((at for at in range(index - 1, -1, -1) if scored[at].text.strip() and scored[at].furniture is None),
                 None)
    below = next((at for at in range(index + 1, len(scored))
                  if scored[at].text.strip() and scored[at].furniture is None), None)
    if above is None or below is None:
        return None
    if not (scored[above].score >= PROSE and closes_a_paragraph(scored[above]) and scored[below].score >= PROSE):
        return None
    return above, below


def _placed(scored: list[LineScore], index: int, page: PageEvidence) -> tuple[PlaceLine, int] | None:
    """(what line ``index`` names, the paragraph under it) when it is a place line (``place_line``) standing alone
    between paragraphs, or a place and a source handing over to the prose right under it with a colon ("PLACE NAME
    NAME:") or dated ("SITE، PLACE، COUNTRY، 2 مايو 2023"), wherever it stands (over the lead: a colon sets no heading's
    words apart, and no title is a source's name, a place and a date); else None."""
    line = scored[index]
    if line.furniture is not None or (shape := place_line(line.text, index, page)) is None:
        return None
    around = _stands_alone(scored, index)
    if around is not None and (shape.vouched or handed_over(line.text)):
        return shape, around[1]
    below = index + 1
    if shape.sourced and (handed_over(line.text) or shape.dated) and below < len(scored) \
            and scored[below].furniture is None and scored[below].score >= PROSE:
        return shape, below
    return None


def _top_lines(scored: list[LineScore]) -> int:
    """How many lines open the page before its article's prose goes on: up to its first line of prose that ends a
    sentence, or its second line of prose (the first, unended, may be a long title: furniture aside, either way)."""
    prose = 0
    for index, line in enumerate(scored):
        if line.furniture is None and line.score >= PROSE:
            prose += 1
            if prose > 1 or ends_sentence(line.text):
                return index
    return len(scored)


def _over_the_lead(scored: list[LineScore], index: int) -> bool:
    """Whether line ``index``, among the lines opening the page (``_top_lines``), stands over the
    article's lead, above or right under its title: under it prose, or one line (the title) and then prose."""
    below = _standing_below(scored, index, 2)
    return bool(below) and (below[0].score >= PROSE or len(below) > 1 and below[1].score >= PROSE)


def _stamp_over_the_lead(scored: list[LineScore], index: int, page: PageEvidence) -> PlaceLine | None:
    """What line ``index`` names when it is a stamp saying only where and from whom the story comes (``place_line``,
    read ``wide``) standing over the lead (``_over_the_lead``), vouched by a source or a date ("SITE/ خاص..",
    "البصرة – SITE نيوز"); else None. No title names its story so, and the page's title, if any, is elsewhere.
    Weaker stamps need a title beside them: a person's name beside a place ("العراق: NAME NAME") is as often a
    title's ("سوريا: أحمد الشرع" over "أكد الرئيس السوري ..."), a stamp's only with a title above or below it; a name
    with a number no list confirms ("الصحراء 24 : العيون", but "فورمولا 1 : البحرين") only right under a title."""
    line = scored[index]
    if line.furniture is not None or not _over_the_lead(scored, index):
        return None
    shape = place_line(line.text, index, page, wide=True)
    if shape is None or not shape.sourced:
        return None
    if shape.vouched and not shape.in_figures:
        return shape
    if (shape.vouched or shape.named_first) and _heads_the_page(scored, index):
        return shape
    under = _under_a_title(scored, index)
    if shape.numbered:
        return shape if under else None
    return shape if shape.reported and (under or _over_a_title(scored, index)) else None


def _heads_the_page(scored: list[LineScore], index: int) -> bool:
    """Whether line ``index`` stands under no prose and under no line announcing what follows with a colon: a stamp
    heads the page, over its lead; the entries of a list a lead announces name bodies, venues or branches and their
    places too ("... وهي:" / "كلية الآداب – الرياض")."""
    above = [line for line in scored[:index] if line.text.strip()]
    return (not any(line.furniture is None and line.score >= PROSE for line in above)
            and not (above and above[-1].text.rstrip().endswith((":", "："))))


def _standing_below(scored: list[LineScore], index: int, count: int) -> list[LineScore]:
    """The first ``count`` lines under line ``index`` that hold text and are no furniture."""
    return list(itertools.islice((line for line in scored[index + 1:] if line.text.strip() and line.furniture is None),
                                 count))


def _titles(line: LineScore) -> bool:
    """Whether a line may be a page's title: no furniture, no finished sentence, no longer than a title (its score
    says little: a long title reads like prose, "... مستشفى تنغير الإقليمي: بنية متطورة ...")."""
    return (line.furniture is None and not ends_sentence(line.text)
            and 0 < len(line.text.split()) <= MAX_TITLE_WORDS)


def _under_a_title(scored: list[LineScore], index: int) -> bool:
    """Whether line ``index`` stands right under a title (the line above it, blank lines aside) and right over prose."""
    above = next((line for line in reversed(scored[:index]) if line.text.strip()), None)
    below = _standing_below(scored, index, 1)
    return above is not None and _titles(above) and bool(below) and below[0].score >= PROSE


def _over_a_title(scored: list[LineScore], index: int) -> bool:
    """Whether line ``index`` stands right over a title and the prose under it."""
    below = _standing_below(scored, index, 2)
    return len(below) > 1 and _titles(below[0]) and below[1].score >= PROSE


def marked(scored: list[LineScore], page: PageEvidence) -> list[LineScore]:
    """The scores with each place line standing alone between paragraphs marked furniture where the page gives no sign
    it heads a part, and each stamp over the lead (``_stamp_over_the_lead``) (module docstring)."""
    result = list(scored)
    for index in range(_top_lines(scored)):
        stamp = _stamp_over_the_lead(scored, index, page)
        if stamp is not None:
            result[index] = LineScore(scored[index].text, SHAPE_SCORE, stamp.reason, "shape", by_rule=False)
    return _marked_between(scored, page, result)


def _marked_between(scored: list[LineScore], page: PageEvidence, result: list[LineScore]) -> list[LineScore]:
    """``result`` with the one place line standing alone between paragraphs (or handing over to the prose under it)
    marked furniture where the page gives no sign it heads a part (module docstring)."""
    found = {index: placed for index in range(len(scored)) if (placed := _placed(scored, index, page)) is not None}
    if len(found) != 1:
        return result  # none, or a round-up's parts each under its own place
    (index, (shape, below)), = found.items()
    if not (shape.sourced or shape.dated):
        if not scored[index].text.rstrip().endswith(("-", "–", "—")):
            return result
        headings = [at for at, line in enumerate(scored) if at != index and is_short_title(line)
                    and _stands_alone(scored, at) is not None]
        under = scored[below].text
        if headings or _opens_with(under, shape.places) or _goes_on(under):
            return result
    result[index] = LineScore(scored[index].text, SHAPE_SCORE, shape.reason, "shape", by_rule=False)
    return result
