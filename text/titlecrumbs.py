"""What a page's breadcrumb and masthead say of its title: a breadcrumb ending with a line names it as the title
(``named_by_breadcrumb``; a home crumb "الرئيسية »" too), a crumb with a few words glued to the title is a copy of
it, and a "Site | Section" masthead or an outlet's name is never the title (``is_masthead``)."""

from __future__ import annotations

import re

from text.bodyfind import Body
from text.credits import names_a_section, names_an_outlet
from text.lineshape import normal, strip_bullet
from text.rules import MASTHEAD, TITLE_TAGS
from text.titleshape import MIN_TITLE_WORDS
from text.titlewords import WORD_TOKEN

MASTHEAD_PART_WORDS = 4
"""Both parts of a "Site | Section" masthead are this short."""
CRUMB_SEPARATOR = re.compile(r"\s*[»›>]\s*")
"""A breadcrumb's separator ("الرئيسية » أخبار » Title"): its last part names the page."""
HOME_CRUMB_SEPARATOR = re.compile(r"\s*[»›>/]\s*")
"""... and a slash too in a breadcrumb opening on the site's home ("الرئيسية / اقتصاد / Title"; elsewhere a slash
joins a credit's or a date's parts: "CITY/ SITE/ NAME")."""
MAX_GLUED_WORDS = 4
"""A copy of the title may carry this many words glued before or after it (a site's name, a breadcrumb's words)."""
MIN_CRUMB_LETTERS = 3
"""A breadcrumb's last word run into a title has this many letters or more; a clitic joined to a word has fewer."""
_HOME_CRUMB = re.compile(r"^\W*(?:الصفحة\s*)?الرئيسي[ةه]|^\W*home\b", re.IGNORECASE)
"""A breadcrumb opens on the site's home ("الرئيسية", "الصفحة الرئيسية", "Home"); a label run into a title ("عاجل",
"اقرأ أيضا", "الأكثر قراءة": a ticker's, a box's, a link's marker) is no breadcrumb and names no title."""
_CLITICS_ALONE = re.compile(r"^[وف]?(?:[بكل]?ال|لل|[بكل])?$")
"""Clitics and the article with no word of their own ("وال", "فال", "بال", "ولل"): joined to a word that a line of the
page says bare ("والسلام على المدينة" under "سلام على المدينة": a refrain), they are the language's, no crumb."""


def named_by_a_home_crumb(body: Body, index: int) -> bool:
    """Whether a breadcrumb opening on the site's home, its steps parted by "»", "›", ">" or "/" ("الرئيسية / اقتصاد /
    ارتفاع أسعار الخبز"), ends with the first words of line ``index`` (``MIN_TITLE_WORDS`` words or more, the title
    perhaps cut short). Only a crumb opening on the home reads "/" as a step (elsewhere it joins a credit's or a
    date's parts)."""
    text = normal(strip_bullet(body.lines[index].text))
    for line in body.lines[:index]:
        crumb = normal(strip_bullet(line.text))
        steps = HOME_CRUMB_SEPARATOR.split(crumb) if opens_on_home(crumb) else []
        if len(steps) >= 3 and len(steps[-1].split()) >= MIN_TITLE_WORDS and text.startswith(steps[-1]):
            return True
    return False


def named_by_breadcrumb(body: Body) -> frozenset[int]:
    """The lines a breadcrumb of the page ends with ("الرئيسية » أخبار » Title", the crumb perhaps cut short, or its
    separators lost, ``glued_crumb``): the page names them as its title, whatever their shape."""
    texts = [normal(strip_bullet(line.text)) for line in body.lines]
    # What follows its second or a later separator (a title may hold a » of its own: "بلدية «الساحل»").
    tails = {tail for text in texts for found in list(CRUMB_SEPARATOR.finditer(text))[1:]
             if len((tail := text[found.end():]).split()) >= MIN_TITLE_WORDS}
    by_last_word: dict[str, list[str]] = {}
    for text in texts:
        if text:
            by_last_word.setdefault(text.split()[-1], []).append(text)
    return frozenset(index for index, text in enumerate(texts) if any(text.startswith(tail) for tail in tails)
                     or text and any(glued_crumb(other, text) for other in by_last_word[text.split()[-1]]))


def opens_on_home(text: str) -> bool:
    """Whether the line opens on the site's home ("الرئيسية", "الصفحة الرئيسية", "Home"), as a breadcrumb does."""
    return bool(_HOME_CRUMB.match(text))


def glued_crumb(text: str, title: str) -> bool:
    """Whether ``text`` is a breadcrumb that lost its separators, ending with ``title`` (a line of the page): the
    title's first word runs into the crumb's last ("الرئيسيةأخبارTitle"). Written text never runs a word into a
    title of another line; a clitic before it ("و", "وب": "والحكومة ..." over "الحكومة ...") is no crumb, so the
    word it runs into has ``MIN_CRUMB_LETTERS`` letters or more and is more than clitics and the article
    (``_CLITICS_ALONE``), and the crumb at most ``MAX_GLUED_WORDS`` words, opening on the site's home
    (``_HOME_CRUMB``: a label run into a teaser, "اقرأ أيضاTitle", is no crumb)."""
    crumb = _before_title(text, title)
    return (crumb is not None and len(crumb.split()) <= MAX_GLUED_WORDS and opens_on_home(crumb)
            and _word_run_in(crumb))


def home_crumb_before(text: str, title: str) -> bool:
    """Whether ``text`` is ``title`` (a line of the page) under a breadcrumb that opens on the site's home and lost its
    separators but kept its spaces ("Home أخبار وتقارير Title", "الرئيسية Title"): at most ``MAX_GLUED_WORDS``
    words before the title, the first the home's (``opens_on_home``). A sentence never opens on the site's home, so
    the line is a copy of the title, as ``glued_crumb``'s crumb with no space is."""
    crumb = _before_title(text, title)
    return (crumb is not None and crumb[-1].isspace() and len(WORD_TOKEN.findall(crumb)) <= MAX_GLUED_WORDS
            and opens_on_home(crumb))


def run_into(text: str, title: str) -> bool:
    """Whether ``text`` is a copy of ``title`` with a site's name, a section's or a breadcrumb's words run into it, no
    space between: the crumb's last word into the title's first ("مجلة المدينةأخبار المدينةTitle") or its separator
    ("Home»National»Title"). Written text never runs a word into a title another line of the page says alone, so no
    opening on the site's home is asked (unlike ``glued_crumb``, which names a title): only that the crumb is at most
    ``MAX_GLUED_WORDS`` words, and that a word run into the title is more than a clitic ("والحكومة ..." over
    "الحكومة ...", ``_CLITICS_ALONE``) and has ``MIN_CRUMB_LETTERS`` letters or more. Only a copy is told so: the
    title said alone stands for it (``text.headline``'s ``_one_copy_each``)."""
    crumb = _before_title(text, title)
    if crumb is None or crumb[-1].isspace() or len(WORD_TOKEN.findall(crumb)) > MAX_GLUED_WORDS:
        return False
    return bool(_CRUMB_END.search(crumb)) or _word_run_in(crumb)


def _before_title(text: str, title: str) -> str | None:
    """What ``text`` says before ``title`` when it ends with it (a title of ``MIN_TITLE_WORDS`` words or more), else
    None."""
    if len(title.split()) < MIN_TITLE_WORDS or len(text) <= len(title) or not text.endswith(title):
        return None
    return text[:-len(title)]


def _word_run_in(crumb: str) -> bool:
    """Whether the crumb's last word runs into the title: a letter last, and a word of ``MIN_CRUMB_LETTERS`` letters
    or more that is more than clitics and the article (``_CLITICS_ALONE``: "و", "وب", "ب")."""
    last = crumb.split()[-1] if crumb.split() else ""
    return crumb[-1].isalpha() and len(last) >= MIN_CRUMB_LETTERS and not _CLITICS_ALONE.match(last)


_CRUMB_END = re.compile(r"[»›>|｜/\-–—]$")
"""A breadcrumb's or a masthead's separator closing the words run into a title ("Home»National»Title", "Site|Title")."""


_BAR_SPACED_ON_ONE_SIDE = re.compile(r"^.{1,60}(?:\S[|｜]\s|\s[|｜]\S).{0,60}$")
"""A bar between a line's parts with a space on one side only ("السلطة المحلية| الإدارة"): typed or scraped so as
often as spaced on both; a bar glued on both sides ("A|B") joins no parts of a masthead or a crumb (an address, a
code)."""


def is_masthead(text: str) -> bool:
    """A "Site | Section" line or a section's crumb: short parts on both sides of a bar ("موقع المدينة | أخبار
    محلية", "السلطة المحلية| الإدارة": a space on one side of the bar is enough, ``_BAR_SPACED_ON_ONE_SIDE``). A title
    with the site's name after a bar ("... | أرابيسك لندن") has a long part and is not one; nor has a short title
    beside a name an outlet's word names ("حريق يلتهم سوق الخضار | صحيفة الساحل", ``_titled_outlet``), nor a short
    title under its kicker ("عاجل| TITLE", ``_kicked_title``)."""
    parts = re.split(r"[|｜]", text)
    barred = bool(MASTHEAD.match(text) or _BAR_SPACED_ON_ONE_SIDE.match(text))
    return (barred and all(len(part.split()) <= MASTHEAD_PART_WORDS for part in parts) and not _titled_outlet(parts)
            and not _kicked_title(parts))


_KICKERS = frozenset(TITLE_TAGS) | frozenset(("بالفيديو", "بالصور", "صورة", "الصورة", "الآن"))
"""The words a title is kicked off with before a bar ("عاجل| TITLE", "فيديو | TITLE", "بالصور| TITLE"): a tag of
the news or of its matter (``rules.TITLE_TAGS``), never a site's or a section's name."""


def _kicked_title(parts: list[str]) -> bool:
    """Two parts, the first a kicker (``_KICKERS``, maybe after "#") and the second no section's name
    (``credits.names_a_section``): a short title under its tag ("عاجل| وفاة الفنان NAME NAME"), not a masthead."""
    parts = [part.strip() for part in parts if part.strip()]
    return len(parts) == 2 and parts[0].lstrip("#").strip() in _KICKERS and not names_a_section(parts[1])


def _titled_outlet(parts: list[str]) -> bool:
    """Two parts, one naming an outlet ("صحيفة الساحل", ``credits.names_an_outlet``), the other of a title's size
    (``MIN_TITLE_WORDS`` words or more): "Title | Site", the page's tab title, whose title part is a candidate like any
    line (it must share a word with the lead). A section's name beside the site's is mostly one or two words
    ("أخبار محلية"); one of three that the lead tells competes as a candidate, unless it is a section's name of
    three words or more ("أخبار العالم العربي | SITE", ``credits.names_a_section``)."""
    parts = [part.strip() for part in parts if part.strip()]
    return (len(parts) == 2 and any(names_an_outlet(part) for part in parts)
            and any(len(WORD_TOKEN.findall(part)) >= MIN_TITLE_WORDS and not names_an_outlet(part)
                    and not names_a_section(part) for part in parts))
