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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text.clean import DIACRITICS
from text.credits import HANDOVER_WORDS, PageEvidence, is_section_name, names_an_outlet, only_names, word_key
from text.lineshape import DIGIT, continues_paragraph, is_date_line, is_dateline
from text.places import folded, is_country, is_place
from text.rules import SITE_NAMES
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
_SITES = frozenset(folded(name) for name in SITE_NAMES)
_PLACE_NOUNS = frozenset(folded(noun) for noun in PLACE_NOUNS)


@dataclass(frozen=True)
class PlaceLine:
    """What a line alone names: its places, whether it dates them, whether a source's name stands beside them, and
    whether a real source (an outlet's, a site's, a section's, a recurring name) or a date vouches for them: standing
    alone between paragraphs, a place beside a name no such thing vouches for is a heading's as often."""

    places: tuple[str, ...]
    dated: bool
    sourced: bool
    vouched: bool = True

    @property
    def reason(self) -> str:
        return PLACE_AND_SOURCE if self.sourced else PLACE_ALONE


def place_line(text: str, index: int, page: PageEvidence) -> PlaceLine | None:
    """The places a line names when it is made of places, maybe a date and sources' names only (module docstring),
    else None. ``index``: the line's place on the page (``page`` tells whether a name recurs elsewhere)."""
    line = DIACRITICS.sub("", text).strip().strip(_EDGES)
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
    if not parts or len(parts) > MAX_PARTS or any(len(part.split()) > MAX_PART_WORDS for part in parts):
        return None
    places = tuple(part for part in parts if is_place(part, shared=True))
    if not places:
        return None
    dated = any(DIGIT.search(part) and is_date_line(part) for part in parts)
    others = [part for part in parts if part not in places and not (DIGIT.search(part) and is_date_line(part))]
    if any(DIGIT.search(part) or not only_names(part) for part in others):
        return None
    sources = [part for part in others if _names_a_source(part, index, page)]
    names = [part for part in others if part not in sources]
    if not others:
        # Two places are a dateline's city and its country ("المملكة المغربية : الدار البيضاء"); two cities or two
        # countries are a route, a match or a pair of states a heading names ("القاهرة - الإسكندرية", "مصر - تونس").
        # A date makes either a dateline's: "الأردن، عمّان، 2 أيلول 2024" ("عمان" is a country's name too).
        paired = len(places) == 1 or len(places) == MAX_PLACES and (dated or sum(map(is_country, places)) == 1)
        return PlaceLine(places, dated, False) if paired and all(map(is_place, places)) else None
    if not dated and any(not _unknown_name(part, page) or len(part.split()) < 2 for part in names):
        return None  # a one-word name is a lead's verb as often ("القاهرة - كشف"); dated, the names beside a place are
        # a stamp's (a byline's, a site's) whatever their words
    if not sources and parts[0] in places and _COLON.search(line[len(parts[0]):].lstrip()[:1] or " "):
        return None  # "غزة: ترقب": a place, a colon and a heading's words
    return PlaceLine(places, dated, True, bool(sources) or dated)


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


def _unknown_name(part: str, page: PageEvidence) -> bool:
    """A name no word of which, places aside, the article uses (a reporter's, a site's: "توب سينما", "برق السودان")."""
    words = [word for word in part.split() if not is_place(word)]
    return bool(words) and not page.shares_a_word(" ".join(words))


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


def marked(scored: list[LineScore], page: PageEvidence) -> list[LineScore]:
    """The scores with each place line standing alone between paragraphs marked furniture where the page gives no sign
    it heads a part (module docstring)."""
    found = {index: placed for index in range(len(scored)) if (placed := _placed(scored, index, page)) is not None}
    if len(found) != 1:
        return scored  # none, or a round-up's parts each under its own place
    (index, (shape, below)), = found.items()
    if not (shape.sourced or shape.dated):
        if not scored[index].text.rstrip().endswith(("-", "–", "—")):
            return scored
        headings = [at for at, line in enumerate(scored) if at != index and is_short_title(line)
                    and _stands_alone(scored, at) is not None]
        under = scored[below].text
        if headings or _opens_with(under, shape.places) or _goes_on(under):
            return scored
    result = list(scored)
    result[index] = LineScore(scored[index].text, SHAPE_SCORE, shape.reason, "shape", by_rule=False)
    return result
