"""Lines above the article in which the site speaks of itself rather than tell the news (issue 11).

A page may open with the site's word about itself: a banner every site of a kind prints (the Saudi government's
sites: "an official government site", "official sites' links end with gov.sa", "government sites use HTTPS"), a
slogan ("الموقع الأول لأخبار ..."), a cookie notice ("هذا الموقع يستخدم ..."), or a promo of the site's service to
its reader ("SITE يقدم لكم خدمة ... مقالاتها"). Written as sentences, such lines score as prose and were spoken, or
taken as the headline (s27 r04 amanataljouf, r05 althaer). Two shapes tell them:

- the site or the web as the line's subject: its first word (past "جميع", "كل", "هذا") names a site, sites, links, a
  portal or a platform, and the line marks it as the web's (``_web_marked``: a domain or "https", "الإلكتروني",
  "رسمي", "حكومي", or "هذا" before it): "موقع حكومي رسمي ...", "المواقع الالكترونية الحكومية تستخدم ...". The
  words alone are a news title's as often ("رابط نتيجة ...": the results' link; "منصة المعارضة": a coalition;
  "روابط تاريخية": ties; "موقع الانفجار": the place);
- the reader addressed (``SECOND_PERSON``: "لكم", "يمكنك") beside the site's own things, named with the site's
  pronoun ("مقالاتها", "خدماتنا") or in the site's voice (``SITE_VOICE``: "معنا", "موقعنا").

Only above the page's first paragraph of the story (the first prose line of neither shape), only when the line
shares fewer than ``CUT_LINE_SHARED`` stems with the story's paragraphs (``_stems``: words folded, their first
letters compared, as a title paraphrasing its lead says "نتيجة الإعدادي" for "نتائج الإعدادية"; common words aside),
and only when a line of the page's header sets it apart from the story (``_set_apart``): a banner stands over the
page's header (the site's name, its title), while a title of these words stands right over its lead, or over its
byline or date, and a lead opening with a platform as its subject stands under the title, its sub-heading under it.
A page whose every paragraph is of these shapes is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from text.clean import folded_word
from text.lineshape import HARAKAT, SECOND_PERSON, SITE_VOICE, bare_words, edge_reason
from text.names import bare_name
from text.rules import BYLINE_OPENERS
from text.sharedwords import CUT_LINE_SHARED, KEY_PUNCTUATION, common_keys

SITE_NOTICE = "the site speaking of itself"
"""The reason such a line is dropped."""
MAX_SITE_LINE_WORDS = 30
"""A banner's or a promo's line is this long at most."""
MAX_SELF_POINTER_WORDS = 40
"""The site pointing at itself to say what it is (``points_at_itself``: "هذا هو الموقع الرسمي لـ...") may go on this
long: whose site it is, that what it publishes is the body's word and no other site's (s27 b01/38, 31 words)."""
WEB_SUBJECTS = frozenset(("موقع", "مواقع", "الموقع", "المواقع", "موقعنا", "رابط", "روابط", "الرابط", "الروابط",
                          "بوابة", "البوابة", "منصة", "المنصة"))
"""A site, sites, links, a portal, a platform: the line's subject when the site speaks of itself or of the web."""
QUANTIFIERS = frozenset(("جميع", "كل", "هذا", "هذه"))
"""Words that may stand before the subject ("جميع روابط المواقع ...", "هذا الموقع ...")."""
THIS_SITE = "هذا"
"""Before the subject, the site pointing at itself ("هذا الموقع يستخدم ..."), a web mark of its own."""
COPULAS = frozenset(("هو", "هي"))
"""After the pointer, the pronoun that makes it a sentence of what the site is ("هذا هو الموقع الرسمي لـ...")."""
WEB_WORDS = frozenset(("الكتروني", "الكترونيه", "رسمي", "رسميه", "حكومي", "حكوميه"))
"""Words (folded, the article off) marking a site, a link or a platform as the web's: electronic, official,
governmental ("موقع حكومي رسمي", "المواقع الالكترونية الحكومية")."""
WEB_MARK = re.compile(r"https?\b|www\.|\b[a-z]{2,}\.(?:sa|com|net|org|gov|edu|info)\b|\bgov\b", re.IGNORECASE)
"""A domain, a protocol, "gov": the web named in Latin letters ("... تنتهي بـ gov.sa", "تستخدم بروتوكول HTTPS")."""
SITE_THINGS = frozenset(("مقال", "مقالات", "موقع", "خدمة", "خدمات", "تطبيق", "قناة", "صفحة", "نشرة", "محتوى", "منصة",
                         "أخبار", "اخبار", "تقارير"))
"""What a site offers its reader: its articles, services, app, channel, page, newsletter, content, news."""
SITE_PRONOUNS = ("نا", "ها")
"""The site's pronoun on what it offers: "ours" ("خدماتنا") or "its" ("مقالاتها", the site named as the subject)."""
STEM_LETTERS = 4
"""Two words meet when their stems (``_stems``) open with the same this many letters."""
_BYLINE = re.compile(rf"^(?:{'|'.join(BYLINE_OPENERS)})(?:\s|[:：/\-–—])", re.IGNORECASE)
"""A byline by its opener ("كتب NAME", "بقلم NAME"): under a title, not a line of the page's header."""
MAX_BYLINE_WORDS = 6
_CLITICS = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?")
_PRONOUN_ON_PREPOSITION = re.compile(r"^(?:الي|علي|لدي|عند|عن|من|في|مع|به|له)(?:ه|ها|هم|هما|هن|كم|نا|ك|ي)$")


def speaks_of_the_site(text: str) -> bool:
    """Whether a line speaks of the site itself or of the web (see the module docstring): the site as its subject, or
    the reader addressed beside the site's own things."""
    plain, tokens = _plain_tokens(text)
    if not tokens:
        return False
    if len(tokens) > MAX_SITE_LINE_WORDS:
        return len(tokens) <= MAX_SELF_POINTER_WORDS and points_at_itself(text)
    pointed = False
    while tokens and tokens[0] in QUANTIFIERS:
        pointed = tokens[0] == THIS_SITE
        tokens = tokens[1:]
    if pointed and tokens and tokens[0] in COPULAS:
        return points_at_itself(text)
    if tokens and (tokens[0] in WEB_SUBJECTS or tokens[0][:1] == "و" and tokens[0][1:] in WEB_SUBJECTS):
        return pointed or _web_marked(plain, tokens[1:])
    words = bare_words(plain)
    return bool(words & SECOND_PERSON) and (bool(words & SITE_VOICE) or any(_site_own(word) for word in words))


def points_at_itself(text: str) -> bool:
    """Whether the line is the site saying what it is: "هذا هو" (or "هذا") and a site, a portal or a platform, marked
    as the web's after it (``_web_marked``: "هذا هو الموقع الرسمي لـ..."). "هذا هو الموقع الذي ..." is as often a
    place's ("the site chosen for the airport")."""
    plain, tokens = _plain_tokens(text)
    if tokens[:1] != [THIS_SITE]:
        return False
    rest = tokens[2:] if tokens[1:2] and tokens[1] in COPULAS else tokens[1:]
    return bool(rest) and rest[0] in WEB_SUBJECTS and _web_marked(plain, rest[1:])


def _plain_tokens(text: str) -> tuple[str, list[str]]:
    """The line without its harakat, and its words without the marks around them."""
    plain = HARAKAT.sub("", text)
    return plain, [token for token in (token.strip(KEY_PUNCTUATION) for token in plain.split()) if token]


def _web_marked(plain: str, rest: Sequence[str]) -> bool:
    """Whether the line marks its subject as the web's: a domain or a protocol (``WEB_MARK``), or a word saying
    electronic, official or governmental (``WEB_WORDS``) after it."""
    return bool(WEB_MARK.search(plain)) or any(re.sub(r"^(?:و|ب|ل)?ال", "", folded_word(word)) in WEB_WORDS
                                               for word in rest)


def _site_own(word: str) -> bool:
    """A thing the site offers with the site's pronoun ("مقالاتها", "خدماتنا"; ة spelt ت before it: "منصتنا")."""
    for pronoun in SITE_PRONOUNS:
        stem = word[:-len(pronoun)]
        if word.endswith(pronoun) and (stem in SITE_THINGS or stem.endswith("ت") and f"{stem[:-1]}ة" in SITE_THINGS):
            return True
    return False


def _stems(text: str) -> set[str]:
    """The line's words of ``STEM_LETTERS`` letters or more once folded (``folded_word``) and a clitic and the article
    are taken off, cut to their first ``STEM_LETTERS`` letters, a preposition with a pronoun aside ("إليه", "عليها"):
    a title paraphrasing its lead meets it on "الإعدادي" / "الإعدادية", "رسمي" / "الرسمية"."""
    stems = set()
    for token in HARAKAT.sub("", text).split():
        word = folded_word(token.strip(KEY_PUNCTUATION))
        bare = _CLITICS.sub("", word)
        word = bare if len(bare) >= STEM_LETTERS else word
        if len(word) >= STEM_LETTERS and not _PRONOUN_ON_PREPOSITION.match(word):
            stems.add(word[:STEM_LETTERS])
    return stems


def site_lines_above(lines: Sequence[str], furniture: Sequence[str | None], prose: frozenset[int]) -> dict[int, str]:
    """``SITE_NOTICE`` for each line above the story's first paragraph that speaks of the site (``speaks_of_the_site``),
    shares fewer than ``CUT_LINE_SHARED`` stems with the story's paragraphs and is set apart from the story by a line
    of the page's header (``_set_apart``). ``prose``: the page's prose lines. A line of an edge's shape keeps its own
    reason (``edge_reason``: the site's name alone, "بوابة SITE الإلكترونية", is kept as the article's site)."""
    story = [index for index in sorted(prose) if not speaks_of_the_site(lines[index])]
    if not story:
        return {}
    above = [index for index in range(story[0])
             if furniture[index] is None and edge_reason(lines[index]) is None and speaks_of_the_site(lines[index])]
    if not above:
        return {}  # the story's stems are needed only for a line that speaks of the site
    common = _common_stems()
    told = set().union(*(_stems(lines[index]) for index in story)) - common
    return {index: SITE_NOTICE for index in above if len((_stems(lines[index]) - common) & told) < CUT_LINE_SHARED
            and _set_apart(lines, furniture, prose, index, story[0])}


@cache
def _common_stems() -> frozenset[str]:
    """The stems (``_stems``) of the words any page shares with any article (``sharedwords.common_keys``), worked out
    once."""
    return frozenset(stem for key in common_keys() for stem in _stems(key))


def _set_apart(lines: Sequence[str], furniture: Sequence[str | None], prose: frozenset[int], index: int,
               story: int) -> bool:
    """Whether a line above the story's first paragraph (``story``) is set apart from it by a line of the page's
    header: one that is neither prose, furniture, the site's, a byline nor an edge's shape (a dateline), and stands
    under no paragraph. A banner stands over the site's name or the story's title; a title speaking of a link or a
    platform stands right over its lead, or over its byline or date only, and a lead whose subject is a platform
    stands under the title, the sub-heading under it standing under a paragraph."""
    return any(lines[other].strip() and other not in prose and furniture[other] is None
               and not speaks_of_the_site(lines[other]) and not _byline(lines[other])
               and edge_reason(lines[other]) is None and not _under_a_paragraph(lines, furniture, prose, other)
               for other in range(index + 1, story))


def _byline(text: str) -> bool:
    """A writer's line: a byline by its opener (``_BYLINE``), or a person's name alone (``bare_name``)."""
    plain = text.strip()
    return bool(_BYLINE.match(plain)) and len(plain.split()) <= MAX_BYLINE_WORDS or bare_name(plain) is not None


def _under_a_paragraph(lines: Sequence[str], furniture: Sequence[str | None], prose: frozenset[int],
                       index: int) -> bool:
    """Whether the nearest line above ``index`` with words (furniture and the site saying what it is aside) is prose:
    a sub-heading's place. A title right under the banner "هذا هو الموقع الرسمي لـ..." (``points_at_itself``) stands
    under no paragraph of the story; a lead addressing the reader is a paragraph, its sub-heading under it."""
    above = next((other for other in range(index - 1, -1, -1) if lines[other].strip() and furniture[other] is None
                  and not points_at_itself(lines[other])), None)
    return above is not None and above in prose
