"""Which line of a page is the article's title.

Candidates are the title-shaped lines above the article (see ``text.bodyfind``),
and the article's first one or two lines when they are title-shaped (a long photo
caption may open the run, with the title under it): not furniture by rule or
shape, not a sentence, not a label or menu word, not a teaser under a "read also"
marker. Each is scored on what holds across sites:

- its words come back in the first paragraphs (a news lead restates its title);
  words are compared after folding spelling variants and the prefixes و ف ب ل ك
  and ال, so that "بالدوري" meets "دوري"; a line that shares no word with them and
  that the page does not repeat (a dateline, a caption, a section name) is no
  candidate at all, unless it opens the page right above the article, below
  nothing but masthead, menus and dates (a page that starts with its title);
- the page repeats it (title block, image alt text, breadcrumb);
- it is close to the article: each other candidate between it and the body
  costs a little (a photo caption or a teaser sits closer than the title, but
  shares fewer words with the lead);
- it is not shaped like a byline or a "Site | Section" masthead.

When there is no candidate, the caller falls back to the first sentence.
"""

from __future__ import annotations

import re
from collections import Counter

from text.blocks import looks_like_heading
from text.headings import CLOSING_PARTICLES
from text.bodyfind import (PROSE, Body, LineScore, clause_marks, continues_paragraph, ends_sentence,
                           has_page_script, in_other_script, is_label, strip_bullet)
from text.rules import BYLINE, BYLINE_MAX_WORDS, DATELINE_HEAD, MASTHEAD, SECTION_LABEL, SITE_NAMES
from text.title_model import line_features, title_model

MAX_TITLE_WORDS = 30
LEAD_WORDS = 80
"""How many words of the article's first lines a title is compared with."""
OVERLAP_WEIGHT = 3.0
PREFIX_LETTERS = 4
REPEATED_BONUS = 0.5
DISTANCE_COST = 0.25
MIN_TITLE_WORDS = 3
"""A line of one or two words is a tag, a category or a site name, never the title."""
_CLOCK = re.compile(r"^[0-9\u0660-\u0669]{1,2}:[0-9\u0660-\u0669]{2}")
_MARKED = re.compile(r"^[>»›]")
MAX_OPENING_TITLE_WORDS = 20
LEAD_CLAUSES = 2
"""An opening line with this many commas or other clause marks inside is a lead without its full stop."""
PARAGRAPH = 1.0
"""An opening line scoring this much as prose is the lead: no title is looked for below it."""
MAX_OPENING_TITLES = 2
"""Title-shaped lines at the article's start that may be its title: a caption or kicker, then the title."""
BYLINE_COST = 1.0
OTHER_SCRIPT_COST = 2.0

# A writer's line: "كتبت نانسي", "بقلم: سارة علي" (not "تقرير اقتصادي: ...", which may well be a title).
_WRITER = re.compile(r"^(?:كتب|كتبت|بقلم|بواسطة|by)(?:\s|[:：/\-–—])", re.IGNORECASE)
MAX_WRITER_WORDS = 6
_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_PREFIX = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل(?=ل))?")
_TOKEN = re.compile(r"[\w\u0600-\u06ff]+")
FUNCTION_WORDS = frozenset(("في", "من", "علي", "الي", "عن", "ان", "مع", "بعد", "قبل", "هذا", "هذه", "ذلك", "التي",
                            "الذي", "او", "ما", "لا", "لم", "لن", "قد", "كل", "بين", "حتي", "منذ", "عند", "هو", "هي"))


def is_title_line(line: str) -> bool:
    """A title: not a long paragraph, not a sentence closed by one full stop ('..' and '?' are fine)."""
    text = strip_bullet(line)
    if not text or len(text.split()) > MAX_TITLE_WORDS or text != line and len(text.split()) < 3:
        return False
    if text[-1] in ":：،,؛":
        return False
    return not (text.endswith(".") and not text.endswith("..") and len(text.split()) > 6)


def stem(word: str) -> str:
    """A rough comparison key: spelling folded, one clitic prefix and the article removed."""
    word = _DIACRITICS.sub("", word).translate(_FOLD).casefold()
    stripped = _PREFIX.sub("", word)
    return stripped if len(stripped) >= 2 else word


def content_stems(text: str) -> list[str]:
    keys = [stem(token) for token in _TOKEN.findall(text)]
    return [key for key in keys if len(key) >= 2 and key not in FUNCTION_WORDS]


def overlap(title: str, lead: Counter[str]) -> float:
    """The share of the title's content words found in the lead (the first letters are enough:
    "زلزال" meets "زلزالًا", "متوسط" meets "متوسطة")."""
    keys = content_stems(title)
    prefixes = {key[:PREFIX_LETTERS] for key in lead if len(key) >= PREFIX_LETTERS}
    found = sum(key in lead or len(key) >= PREFIX_LETTERS and key[:PREFIX_LETTERS] in prefixes for key in keys)
    return found / len(keys) if keys else 0.0


def lead_stems(body: Body, *, start: int | None = None) -> Counter[str]:
    """The content words of the article's first lines (from ``start``, after lines that may be the title)."""
    found: Counter[str] = Counter()
    count = 0
    for index in range(body.start if start is None else start, body.end):
        line = body.lines[index]
        if line.furniture is not None:
            continue
        keys = content_stems(line.text)
        found.update(keys)
        count += len(keys)
        if count >= LEAD_WORDS:
            break
    return found


def choose_headline(body: Body) -> tuple[int | None, list[tuple[int, float]]]:
    """(index of the title line or None, every candidate with its probability of being the title).

    The rules (``_rule_candidates``) say which lines may be the title at all; ``text.title_model``, fitted
    on real pages, weighs those and picks the likeliest, unless even that one is below the model's
    threshold: then the page has no title line and the caller falls back to the first sentence."""
    allowed = _rule_candidates(body)
    if not allowed:
        return None, []
    zone, lead = title_zone(body)
    repeats = Counter(" ".join(strip_bullet(line.text).split()) for line in body.lines)
    model = title_model()
    scored = []
    for index in allowed:
        text = strip_bullet(body.lines[index].text)
        values = line_features(body, index, zone, lead_share=overlap(_without_dateline(text), lead),
                               repeated=repeats[" ".join(text.split())] > 1)
        scored.append((index, round(model.probability(values), 3)))
    ranked = sorted(scored, key=lambda item: (item[1], -item[0]), reverse=True)  # a tie: the line above
    best, likelihood = ranked[0]
    if len(ranked) > 1 and ranked[1][1] >= model.threshold and best == body.start - 1 \
            and inner_sub_headings(body) >= 2:
        best, likelihood = ranked[1]  # the article's own sub-headings show that the line right above it is the first
    return (best if likelihood >= model.threshold else None), sorted(scored)


def title_zone(body: Body) -> tuple[list[int], Counter[str]]:
    """The lines that may be the title, top to bottom (every line above the article, and its first
    lines while no paragraph came), and the content words of the lead after them."""
    opening = _opening_lines(body)
    candidates = [index for index in range(opening) if strip_bullet(body.lines[index].text)]
    return candidates, lead_stems(body, start=opening)


def _rule_candidates(body: Body) -> list[int]:
    """The lines the rules allow as the title: title-shaped, sharing words with the lead or opening the page."""
    lines = [line.text for line in body.lines]
    repeats = Counter(" ".join(strip_bullet(line).split()) for line in lines)
    scored = _candidates(body, body.start, lead_stems(body), repeats)
    # The article's first lines may be its title, when they are shaped like one (a long caption may come
    # first); they are compared with the lead after them.
    opening = _opening_lines(body)
    lead = lead_stems(body, start=opening)
    for index in range(body.start, opening):
        text = strip_bullet(body.lines[index].text)
        if not _title_sized(text) or not _title_shaped(body, index):
            continue
        if overlap(_without_dateline(text), lead) > 0 or _may_open_page(body, index):
            scored.append((index, 0.0))
    titles = [item for item in scored if not _is_sentence(body.lines[item[0]].text)]
    if titles:  # a short sentence ("سعر الذهب اليوم في مصر 21/9/2023.") only when no other line may be the title
        scored = titles
    return sorted(index for index, _ in scored)


def _without_dateline(text: str) -> str:
    """The line less a dateline's city ("القاهرة - محمد علي"): the lead names the city too, which does not
    make the dateline a title."""
    match = DATELINE_HEAD.match(text)
    return text[match.end():] if match else text


def _title_sized(text: str) -> bool:
    """Three words or more ("آيفون", "جرائم", "رووداو ديجيتال" are tags, categories, site names and share words
    with any lead); not an item of a news ticker opening with a time ("12:15حادثة سير..."), nor a line
    marked as a breadcrumb ("> الحوطة «الأيام» ..."), nor one that stops on a preposition or particle (a
    sentence broken across lines: "... خلال الأشهر الخمسة الأولى من العام الحالي، نحو")."""
    tokens = _TOKEN.findall(text)
    return (len(tokens) >= MIN_TITLE_WORDS and not _CLOCK.match(text) and not _MARKED.match(text)
            and tokens[-1] not in CLOSING_PARTICLES)


def _may_open_page(body: Body, index: int) -> bool:
    """Whether the line may be a title that shares no word with its lead: it opens the page (see
    ``_opens_page``) and is not shaped like a masthead, a byline or a dateline."""
    text = strip_bullet(body.lines[index].text)
    match = BYLINE.match(text) if len(text.split()) <= BYLINE_MAX_WORDS else None
    byline = match is not None and match.group("author") is not None  # "Agency - Author", not "تقرير اقتصادي: ..."
    return _opens_page(body, index) and not (MASTHEAD.match(text) or byline or DATELINE_HEAD.match(text))


def _opens_page(body: Body, index: int) -> bool:
    """Whether only the page's header stands above the line: furniture by rule or shape (menus, dates),
    a "Site | Section" masthead, a site name, a category label of one or two words."""
    return all(line.furniture is not None or MASTHEAD.match(line.text) or line.text in SITE_NAMES
               or len(line.text.split()) <= 2 for line in body.lines[:index])


def _opening_lines(body: Body) -> int:
    """The end of the article's opening lines that may hold its title: its first line, and the next while
    no paragraph (a finished sentence, a line that reads clearly as prose) came first (at most
    ``MAX_OPENING_TITLES`` lines, and never all of the article). A long photo caption may come before the
    title; the lead may not."""
    end = min(body.start + 1, body.end - 1)
    while end < min(body.start + MAX_OPENING_TITLES, body.end - 1) and not _is_paragraph(body.lines[end - 1]):
        end += 1
    return end


def _is_sentence(text: str) -> bool:
    return text.endswith(".") and not text.endswith("..")


def _is_paragraph(line: LineScore) -> bool:
    return ends_sentence(line.text) or line.score >= PARAGRAPH


def _title_shaped(body: Body, index: int) -> bool:
    """Whether one of the article's own first lines may be its title rather than its lead: shaped like a
    title, and not reading like a lead that lacks its full stop (long, with clauses, going on with و)."""
    line = body.lines[index]
    text = line.text
    if line.furniture is not None or not is_title_line(text) or strip_bullet(text) != text:
        return False
    if sum(other.text == text for other in body.lines) > 1:
        return True  # the page repeats its title
    return (not text.endswith(".") and len(text.split()) <= MAX_OPENING_TITLE_WORDS
            and clause_marks(text) < LEAD_CLAUSES and not continues_paragraph(text))


def _candidates(body: Body, stop: int, lead: Counter[str], repeats: Counter[str]) -> list[tuple[int, float]]:
    """(index, score) of each title-shaped line above ``stop``."""
    scored: list[tuple[int, float]] = []
    between = 0
    for index in range(stop - 1, -1, -1):
        line = body.lines[index]
        mixed = in_other_script(line.text, latin_page=body.latin_page)
        if mixed and not has_page_script(line.text, latin_page=body.latin_page):
            continue  # wholly in the other script: "Logo", "Lebanon 24"
        if line.furniture not in (None, "caption in English", "line in Arabic") or not is_title_line(line.text) \
                or is_label(line.text) or line.text in SITE_NAMES or SECTION_LABEL.matches(line.text):
            continue
        text = strip_bullet(line.text)
        if _WRITER.match(text) and len(text.split()) <= MAX_WRITER_WORDS:
            continue  # "كتبت نانسي", "بقلم: ..."
        if not _title_sized(text):
            continue
        shared = overlap(_without_dateline(text), lead)
        repeated = repeats[" ".join(text.split())] > 1
        # A title shares words with its lead; a line that does not (a dateline, a caption, a section name)
        # is a title only when it opens the page right above the article.
        if shared > 0 or repeated or between == 0 and not mixed and _may_open_page(body, index):
            score = OVERLAP_WEIGHT * shared - DISTANCE_COST * between - (OTHER_SCRIPT_COST if mixed else 0)
            if repeated:
                score += REPEATED_BONUS
            if MASTHEAD.match(text) or (len(text.split()) <= BYLINE_MAX_WORDS and BYLINE.match(text)):
                score -= BYLINE_COST
            scored.append((index, round(score, 2)))
        if not mixed and len(text.split()) >= 3:
            between += 1
    return scored


def inner_sub_headings(body: Body) -> int:
    """How many sub-headings the article shows: heading-shaped lines right between two prose lines."""
    lines = body.lines
    return sum(
        looks_like_heading(lines[index].text) and lines[index].furniture is None
        and lines[index - 1].furniture is None and lines[index - 1].score >= PROSE
        and lines[index + 1].furniture is None and lines[index + 1].score >= PROSE
        for index in range(max(body.start, 1), min(body.end, len(lines) - 1))
    )
