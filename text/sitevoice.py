"""Lines above the article in which the site speaks of itself rather than tell the news (issue 11).

A page may open with the site's word about itself: a banner every site of a kind prints (the Saudi government's
sites: "an official government site", "official sites' links end with gov.sa", "government sites use HTTPS"), a
slogan ("الموقع الأول لأخبار ..."), a cookie notice ("هذا الموقع يستخدم ..."), or a promo of the site's service to
its reader ("SITE يقدم لكم خدمة ... مقالاتها"). Written as sentences, such lines score as prose and were spoken, or
taken as the headline (s27 r04 amanataljouf, r05 althaer). Two shapes tell them:

- the site or the web as the line's subject: its first word (past "جميع", "كل", "هذا") names a site, sites, links, a
  portal or a platform ("موقع حكومي رسمي ...", "المواقع الالكترونية الحكومية تستخدم ...", "روابط المواقع ...");
- the reader addressed (``SECOND_PERSON``: "لكم", "يمكنك") beside the site's own things, named with the site's
  pronoun ("مقالاتها", "خدماتنا") or in the site's voice (``SITE_VOICE``: "معنا", "موقعنا").

Only above the page's first paragraph of the story (the first prose line of neither shape), and only when the line
shares fewer than ``CUT_LINE_SHARED`` words with the story's paragraphs (common words aside): a story about a site's
launch or about HTTPS tells it in its title and its paragraphs, which share the site's words, and its lines about
sites under its first paragraph are never looked at. A line reading as a paragraph is taken only when a line of
the page's header (the title, the site's name) sets it apart from the story: a lead opening with a platform as its
subject runs on into the next paragraph. A page whose every paragraph is of these shapes is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from text.lineshape import HARAKAT, SECOND_PERSON, SITE_VOICE, bare_words, edge_reason
from text.sharedwords import CUT_LINE_SHARED, common_keys, word_keys

SITE_NOTICE = "the site speaking of itself"
"""The reason such a line is dropped."""
MAX_SITE_LINE_WORDS = 30
"""A banner's or a promo's line is this long at most."""
WEB_SUBJECTS = frozenset(("موقع", "مواقع", "الموقع", "المواقع", "موقعنا", "رابط", "روابط", "الرابط", "الروابط",
                          "بوابة", "البوابة", "منصة", "المنصة"))
"""A site, sites, links, a portal, a platform: the line's subject when the site speaks of itself or of the web."""
QUANTIFIERS = frozenset(("جميع", "كل", "هذا", "هذه"))
"""Words that may stand before the subject ("جميع روابط المواقع ...", "هذا الموقع ...")."""
SITE_THINGS = frozenset(("مقال", "مقالات", "موقع", "خدمة", "خدمات", "تطبيق", "قناة", "صفحة", "نشرة", "محتوى", "منصة",
                         "أخبار", "اخبار", "تقارير"))
"""What a site offers its reader: its articles, services, app, channel, page, newsletter, content, news."""
SITE_PRONOUNS = ("نا", "ها")
"""The site's pronoun on what it offers: "ours" ("خدماتنا") or "its" ("مقالاتها", the site named as the subject)."""
_MARKS = ".,،:؛!؟?\"'«»()"


def speaks_of_the_site(text: str) -> bool:
    """Whether a line speaks of the site itself or of the web (see the module docstring): the site as its subject, or
    the reader addressed beside the site's own things."""
    plain = HARAKAT.sub("", text)
    tokens = [token.strip(_MARKS) for token in plain.split()]
    tokens = [token for token in tokens if token]
    if not tokens or len(tokens) > MAX_SITE_LINE_WORDS:
        return False
    while tokens and tokens[0] in QUANTIFIERS:
        tokens = tokens[1:]
    if tokens and (tokens[0] in WEB_SUBJECTS or tokens[0][:1] == "و" and tokens[0][1:] in WEB_SUBJECTS):
        return True
    words = bare_words(plain)
    return bool(words & SECOND_PERSON) and (bool(words & SITE_VOICE) or any(_site_own(word) for word in words))


def _site_own(word: str) -> bool:
    """A thing the site offers with the site's pronoun ("مقالاتها", "خدماتنا"; ة spelt ت before it: "منصتنا")."""
    for pronoun in SITE_PRONOUNS:
        stem = word[:-len(pronoun)]
        if word.endswith(pronoun) and (stem in SITE_THINGS or stem.endswith("ت") and f"{stem[:-1]}ة" in SITE_THINGS):
            return True
    return False


def site_lines_above(lines: Sequence[str], furniture: Sequence[str | None], prose: frozenset[int]) -> dict[int, str]:
    """``SITE_NOTICE`` for each line above the story's first paragraph that speaks of the site (``speaks_of_the_site``)
    and shares fewer than ``CUT_LINE_SHARED`` words with the story's paragraphs. ``prose``: the page's prose lines. A
    line of an edge's shape keeps its own reason (``edge_reason``: the site's name alone, "بوابة SITE الإلكترونية", is
    kept as the article's site)."""
    story = [index for index in sorted(prose) if not speaks_of_the_site(lines[index])]
    if not story:
        return {}
    common = common_keys()
    told = set().union(*(word_keys(lines[index]) for index in story)) - common
    return {index: SITE_NOTICE for index in range(story[0])
            if furniture[index] is None and edge_reason(lines[index]) is None and speaks_of_the_site(lines[index])
            and len((word_keys(lines[index]) - common) & told) < CUT_LINE_SHARED
            and (index not in prose or _set_apart(lines, furniture, prose, index, story[0]))}


def _set_apart(lines: Sequence[str], furniture: Sequence[str | None], prose: frozenset[int], index: int,
               story: int) -> bool:
    """Whether a line of prose above the story's first paragraph (``story``) is set apart from it by a line that is
    neither prose, furniture nor the site's (the story's title, the site's name, a section's label): a banner stands
    over the page's header, while a lead opening with the site as its subject ("منصة ... أطلقت ...") runs on into
    the story's next paragraph."""
    return any(lines[other].strip() and other not in prose and furniture[other] is None
               and not speaks_of_the_site(lines[other]) for other in range(index + 1, story))
