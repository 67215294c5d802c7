"""A live page's entries and title: a line stamped as an entry ("منذ 5 دقائق", "10:42"), a line heading an entry
whose stamps run newest first (``live_entry_heading``), and a live page's title, which the entries' headings give
way to (``live_title_over_its_entries``)."""

from __future__ import annotations

import re

from text.bodyfind import Body, LineScore
from text.clean import WESTERN_DIGITS
from text.lineshape import ends_sentence, strip_bullet
from text.rules import TIME_UNITS
from text.titleshape import CLOCK_DIGITS, is_paragraph, title_sized

TIME_AGO = re.compile(rf"^(?:منذ|قبل)\s+(?:\S+\s+)?(?:{TIME_UNITS})(?:\s+\S+)?$")
LIVE_STAMP_WORDS = 5
"""A live page's entry stamp ("منذ 5 دقائق", "10:42", "10:15 ص (مكة المكرمة)") is this many words at most."""
LIVE_STAMPS_BELOW = 2
"""A live page repeats its entry's shape: this many more entry stamps stand in the article under an entry's heading."""
_CLOCK_IN = re.compile(rf"(?<![0-9\u0660-\u0669]){CLOCK_DIGITS}(?![0-9\u0660-\u0669])")
_FOUR_DIGITS = re.compile(r"[0-9\u0660-\u0669]{4}")
"""Any four digits: an entry stamp holds none (``entry_stamp``); not ``text.headline._YEAR``, a topic tag's year."""


def entry_stamp(line: LineScore) -> bool:
    """Whether the line is a live page's entry stamp: a date line (by rule or shape) of ``LIVE_STAMP_WORDS`` words at
    most telling a time of day ("10:42", "10:15 ص") or a time ago ("منذ 5 دقائق"), and no year: the date a page was
    published or updated names its year ("نشر في: 16 مايو 2024 08:00"), an entry's stamp does not."""
    text = strip_bullet(line.text)
    return (line.furniture == "date line" and len(text.split()) <= LIVE_STAMP_WORDS
            and not _FOUR_DIGITS.search(text) and bool(_CLOCK_IN.search(text) or TIME_AGO.match(text)))


def live_entry_heading(body: Body, index: int) -> bool:
    """Whether line ``index`` heads an entry of a live page ("مباشر"): it heads an entry itself (``_headed_entry``: a
    stamp right above it, its paragraph under it), ``LIVE_STAMPS_BELOW`` entries or more follow one after another
    (``_entries_following``), and their stamps run newest first as a live page's do (``_newest_first``: a chronology,
    a day's programme, a match's events or a flights list run oldest first). Its paragraph is the article's first, so
    it shares more words with the lead than the page's title does; but it is the first entry's heading, not the page's
    title (s17/review_r5.md H2). A title under the time it was posted, over its lead and clock-stamped parts, is no
    entry's heading (s18 review_live.md H1, review_live2.md H)."""
    if index < 1 or not _headed_entry(body, index - 1):
        return False
    stamps = [index - 1, *_entries_following(body, index + 2)]
    return len(stamps) > LIVE_STAMPS_BELOW and _newest_first([body.lines[stamp].text for stamp in stamps])


def live_title_over_its_entries(body: Body, found: list[int]) -> list[int]:
    """The candidates without a live page's entry headings (``live_entry_heading``), when a candidate above them is the
    page's live title (``_live_titled``); else ``found`` as it is. The title must say it is live itself: a "مباشر"
    item in the site's menu, a stamped title over updates or a ticker of other stories above make no live title, and
    no weaker line may take the headline for a heading left out (s18 review_live3.md)."""
    entries = [index for index in found if live_entry_heading(body, index)]
    if not entries or not any(_live_titled(body, index) for index in found if index < entries[0]):
        return found
    return [index for index in found if index not in entries]


def _live_titled(body: Body, index: int) -> bool:
    """Whether line ``index`` is a live page's title: opening with the page's word that it is live and a separator
    ("مباشر | TITLE", "تغطية مباشرة: TITLE"). Not a line right under that word alone: a site's menu ends on "مباشر" or
    "بث مباشر" above a section's name or a teaser (s18 review_live3.md a03, a04)."""
    text = body.lines[index].text
    marked = _LIVE_MARK.match(text)
    return (marked is not None and bool(_LIVE_SEPARATOR.match(text[marked.end():]))
            and len(text[marked.end():].split()) > 1)


_LIVE_MARK = re.compile(r"^\W*(?:مباشر|بث مباشر|تغطية مباشرة|تحديث(?:ات)? (?:تلقائي|مستمر|مستمرة)|لحظة بلحظة|أولا بأول"
                        r"|live(?: updates| blog| coverage)?)(?![\w\u0610-\u061a\u064b-\u065f])", re.IGNORECASE)
"""A page's word that it is live, opening its title before a separator (``_LIVE_SEPARATOR``): "مباشر | TITLE",
"تغطية مباشرة: TITLE", "Live - TITLE"."""
_LIVE_SEPARATOR = re.compile(r"\s*(?:[|｜:：\-–—]|\.{2,}|…)")
_AGO_UNITS = (("دقيق", 1), ("دقائق", 1), ("ساع", 60), ("يوم", 1440), ("أيام", 1440), ("ايام", 1440))
_AGO_NUMBER = re.compile(r"[0-9\u0660-\u0669]+")
_EVENING = re.compile(r"(?<!\w)(?:م|مساء|مساءً|PM|pm)(?!\w)")


def _stamp_age(text: str) -> tuple[str, int] | None:
    """How old an entry stamp says its entry is, as (kind, key), the key growing with age: minutes ago for a time ago
    ("منذ 5 دقائق", "منذ ساعتين"), minus the minute of the day for a clock ("10:42", "02:15 م"); None when unread."""
    text = text.strip()
    if TIME_AGO.match(text):
        unit = next((minutes for word, minutes in _AGO_UNITS if word in text), None)
        number = _AGO_NUMBER.search(text)
        if unit is None:
            return None
        count = int(number.group()) if number else (2 if re.search(r"(?:تين|تان|ين)(?:\s|$)", text) else 1)
        return "ago", count * unit
    clock = _CLOCK_IN.search(text)
    if clock is None:
        return None
    hours, minutes = (int(part) for part in clock.group().translate(WESTERN_DIGITS).split(":"))
    if _EVENING.search(text) and hours < 12:
        hours += 12
    return "clock", -(hours * 60 + minutes)


def _newest_first(stamps: list[str]) -> bool:
    """Whether entry stamps of one kind run from the newest down, as a live page's entries do."""
    ages = [_stamp_age(stamp) for stamp in stamps]
    if any(age is None for age in ages) or len({age[0] for age in ages if age is not None}) != 1:
        return False
    keys = [age[1] for age in ages if age is not None]
    return all(older >= newer for newer, older in zip(keys, keys[1:])) and keys[-1] > keys[0]


def _entries_following(body: Body, start: int) -> list[int]:
    """The stamps of the headed entries (``_headed_entry``) that follow one another from line ``start`` on, an entry's
    further paragraphs and its widgets (furniture other than a stamp) looked past. A title over its lead, with a day's
    programme or a box of clock times further down the article, heads no run of entries (s18 review_live.md H1)."""
    stamps, index = [], start
    while index < body.end:
        line = body.lines[index]
        if _headed_entry(body, index):
            stamps.append(index)
            index += 3
        elif line.furniture is not None and not entry_stamp(line) or line.furniture is None and is_paragraph(line):
            index += 1
        else:
            break
    return stamps


def _headed_entry(body: Body, index: int) -> bool:
    """Whether line ``index`` is an entry stamp over a heading (title-sized, no finished sentence) over a paragraph."""
    if index + 2 >= len(body.lines) or not entry_stamp(body.lines[index]):
        return False
    heading, paragraph = body.lines[index + 1], body.lines[index + 2]
    return (heading.furniture is None and title_sized(heading.text) and not ends_sentence(heading.text)
            and paragraph.furniture is None and is_paragraph(paragraph))
