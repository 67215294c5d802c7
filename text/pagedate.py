"""When a text page says its article was published: its own date line, by the title.

A page copied as text carries the article's date on a line of its own that the splitter drops as page furniture:
above the title or right under it ("الأحد 14/نوفمبر/2021 - الساعة: 5:12 م", "نشر في: 16 مايو 2024", "2024/05/12 -
10:30"), sometimes beside the writer's or the place's name ("لندن – 16 مارس 2025"). Only such lines are read:

- dropped lines only (never a line read aloud, so never a date inside the article's sentences), standing between
  ``ABOVE_TITLE`` lines above the title and the article's first line read aloud;
- the date and its labels, times, weekdays and at most ``MAX_OTHER_WORDS`` other words (a name, a place, a section):
  a teaser of another story dated in its title ("أسعار الذهب اليوم الثلاثاء 14-3-2023 في الأسواق") says more;
- never a site's own "last updated" ("آخر تحديث للموقع"), nor a date after the day it is read on (the build day, a
  day's leeway for time zones).

A date labelled as the publication's ("نشر", "تاريخ النشر", "أضيف", "published") wins; then an unlabelled stamp; an
update's date ("آخر تحديث") only when the page states no other. Of several, the earliest: the site's "today" and the
article's updates come after its publication, never before it. Hijri dates are passed over (``text.datetext``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from text.datetext import WEEKDAY_OF as _WEEKDAY_OF, dates_in, fold, spans

ABOVE_TITLE = 4
"""A date line stands this many non-empty lines above the title at most: further up are the site's header and its
other stories."""
MAX_OTHER_WORDS = 4
"""Words beside the date that are no label, weekday or time word: a writer's or a place's name, a section's."""
UNDER_THE_DECK = 2
"""Lines under the first line read aloud (a standfirst taken for the lead) that may still carry a labelled date."""
STAMP_BLOCK = frozenset((
    "byline", "caption in English", "caption said twice", "comments", "credit line", "credit line by its marks",
    "date line", "dateline", "image caption", "no words", "number only", "place and source", "reading time",
    "repeated headline", "share widget", "source credit", "stray letter", "writer's line", "writer's name",
    "gallery counter"))
"""The splitter's reasons for lines that stand with an article's date line between it and the title below."""
NOT_A_STAMP = frozenset(("other stories' titles", "read also", "navigation", "menu item", "table of contents", "tags",
                         "advertisement", "comment form", "after the article", "another story", "author box", "poll"))
"""The splitter's reasons for lines whose dates are never the article's: other stories, menus, lists, the boxes under
the article (``text.closingboxes``)."""
PUBLISHED, STAMP, UPDATED = "published", "stamp", "updated"
_RANK = {PUBLISHED: 0, STAMP: 1, UPDATED: 2}
_LABEL_WORDS = (
    (UPDATED, re.compile(r"تحديث|التحديث|محدث|updated?|modified|mis a jour|mis à jour|modifie")),
    (PUBLISHED, re.compile(r"نشر|اضيف|الاضافه|صدر|published|posted|publie|نشرت")),
)
_AR_START = r"(?<![\u0621-\u064a])(?:[وفبل]?(?:ال|لل)?)"
_LA_START = r"(?<![a-zà-ÿ])"
_LABELS = (
    (UPDATED, re.compile(rf"{_AR_START}(?:تحديث|محدث)|{_LA_START}(?:updated?|modified|mis a jour|mis à jour|modifie)")),
    (PUBLISHED, re.compile(rf"{_AR_START}(?:نشر|اضيف)|(?<![\u0621-\u064a])[وب]?الاضافه"
                           rf"|(?<![\u0621-\u064a])صدر\s+(?:في|بتاريخ)|{_LA_START}(?:published|posted|publie)")),
)
_SCRAPER_STAMP = re.compile(r"^date\s+\d{4}-\d\d-\d\d$")
"""The page's date as a news scraper writes it on a line of its own: "date 2025-11-06"."""
_SITE_UPDATE = re.compile(r"تحديث\s+(?:لل|ال)?موقع")
_TIME = re.compile(r"(?<!\d)\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*[+-]\d{2}:?\d{2})?|(?<=\d)t(?=\d)|\d+"
                   r"|(?<![\u0621-\u064a])بتوقيت\s+\S+")
"""Times of day, other figures (a counter, a Hijri year) and a time zone's place ("بتوقيت عدن"): none is a word."""
_DATE_WORDS = frozenset(fold(word) for word in (
    "ص", "م", "صباحا", "صباحاً", "مساء", "مساءً", "ظهرا", "ظهراً", "فجرا", "توقيت", "التوقيت", "غرينتش", "جرينتش",
    "المكرمة", "gmt", "utc", "am", "pm", "date", "تاريخ", "التاريخ", "بتاريخ", "اخر", "آخر", "في", "يوم", "الساعة",
    "ساعة", "on", "at", "le", "à", "a", "الموافق", "هجريا", "هجري", "ميلاديا", "ميلادي", "هـ", "تم", "النشر", "الإضافة",
    "الخبر", "last", "mis", "jour"))
"""Words a date line says around its date besides labels (``_LABELS``) and weekdays."""
_WORD = re.compile(r"[\u0621-\u064aa-zà-ÿ]+")


@dataclass(frozen=True)
class PageDate:
    """The article's publication date as its page states it, and where: the line (1-based) and its text."""

    day: date
    kind: str
    """``PUBLISHED`` (labelled so), ``STAMP`` (a date alone) or ``UPDATED`` (the last update's: none other stated)."""
    line: int
    text: str

    def source(self) -> str:
        """Where the date was read, as ``inspect`` says it (``Article.published_from``)."""
        what = {PUBLISHED: "the page's publication date", STAMP: "the page's date line",
                UPDATED: "the page's last update (it states no publication date)"}
        return f'{what[self.kind]}, line {self.line}: "{self.text}"'


def page_date(lines: Sequence[tuple[int, str, str, bool]], *, today: date | None = None) -> PageDate | None:
    """The date of the article from ``lines``, (line number, text, decision, spoken) of every non-empty line in page
    order as the splitter decided them; None when no date line by the title states one."""
    today = today or date.today()
    first = next((i for i, (_, _, decision, spoken) in enumerate(lines) if spoken and decision != "headline"), None)
    if first is None:
        return None
    title = next((i for i, (_, _, decision, _) in enumerate(lines[:first]) if decision.startswith("headline")), first)
    found: list[PageDate] = []
    for index in range(max(0, title - ABOVE_TITLE), first):
        number, text, decision, spoken = lines[index]
        if spoken or decision in NOT_A_STAMP:
            continue
        between = lines[index + 1:title]  # none for a line under the title
        if not (_SCRAPER_STAMP.match(fold(text))
                or all(_in_the_stamp_block(line, lines[title][1]) for line in between)):
            continue  # the site's header: its "today", over its menu or its logo
        found.extend(line_dates(number, text, today=today))
    for number, text, decision, spoken in lines[first + 1:first + 1 + UNDER_THE_DECK]:
        if not spoken and decision not in NOT_A_STAMP:  # under a standfirst read as the lead: a labelled date only
            found.extend(item for item in line_dates(number, text, today=today) if item.kind == PUBLISHED)
    if not found:
        return None
    return min(found, key=lambda item: (_RANK[item.kind], item.day))


def _in_the_stamp_block(line: tuple[int, str, str, bool], title: str) -> bool:
    """Whether a line between a date and the title below it belongs with them: the article's byline, credits,
    captions, counters, its date again, or the title said once more; the site's menu, logo or other stories do not."""
    _, text, decision, _ = line
    return decision.split(" (")[0] in STAMP_BLOCK or _letters(text) == _letters(title)


def _letters(text: str) -> str:
    return "".join(_WORD.findall(fold(text)))


def line_dates(number: int, text: str, *, today: date) -> list[PageDate]:
    """The dates a page's date line states, each with its label's kind; none when the line says more than a date
    line does (a teaser's title) or is a site's own update stamp. A date right after a publication label is taken
    whatever follows it: a meta row goes on with counters and a section ("تاريخ الإضافة ... عدد الزيارات 2964")."""
    folded = fold(text)
    if _SITE_UPDATE.search(folded):
        return []
    found = [item for item in dates_in(text) if item.day <= today + timedelta(days=1)]
    if not found:
        return []
    labels = sorted((match.start(), match.end(), kind)
                    for kind, pattern in _LABELS for match in pattern.finditer(folded))
    blank = _blanked(folded, [(item.start, item.end) for item in found] + spans(text))
    said = len(_other_words(blank)) <= MAX_OTHER_WORDS
    dates = []
    for item in found:
        before = [(end, kind) for start, end, kind in labels if start < item.start]
        kind = before[-1][1] if before else STAMP
        right_after = bool(before) and not _other_words(blank[before[-1][0]:item.start])
        if said or kind == PUBLISHED and right_after:
            dates.append(PageDate(item.day, kind, number, text))
    return dates


def _blanked(text: str, spans_off: list[tuple[int, int]]) -> str:
    """``text`` with the given spans (its dates) and every time of day blanked out, each character's place kept."""
    for start, end in spans_off:
        text = text[:start] + " " * (end - start) + text[end:]
    return _TIME.sub(lambda match: " " * len(match.group()), text)


def _other_words(text: str) -> list[str]:
    """The words that are no date's, time's, weekday's or label's: what else the line says."""
    return [word for word in _WORD.findall(text) if word not in _DATE_WORDS and word not in _WEEKDAY_OF
            and not any(pattern.fullmatch(word) for _, pattern in _LABEL_WORDS)]
