"""How likely a line near the top of a page is the article's title: a small logistic model.

Hand-set scores for title candidates did very well on the pages they were set on and poorly on new ones
(75-85% of titles right on fresh pages). The same kind of signals, weighed by a logistic regression fitted on
annotated real pages, hold better on pages the fit never saw. Every feature describes a line's shape or its
relation to the article and to the other candidates: how many words, how it ends, how many of its words the
lead repeats (and whether another candidate shares more), whether the page repeats it, its place among the
candidates, what the rules and the line scores say of it. None names a site or a phrase, so nothing here is
tuned to one page.

The weights are data, in ``title_model.json`` beside this module, written by
``python -m bench.train_title_model --write`` (which also reports the fit on folders of pages held out of it).
Loading them is one small JSON read; scoring is a dot product (no numpy on the reading path).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from text.bodyfind import Body, in_other_script, is_label, strip_bullet
from text.rules import BYLINE, BYLINE_MAX_WORDS, DATELINE_HEAD, MASTHEAD, SECTION_LABEL, SITE_NAMES

WEIGHTS_FILE = Path(__file__).with_name("title_model.json")
MAX_RANK = 4
"""Places among the candidates beyond this many count as this many."""
MAX_SHARED = 8
"""Words shared with the lead beyond this many count as this many."""
_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
_LATIN = re.compile(r"[A-Za-z]")
_CLOCK = re.compile(r"[0-9\u0660-\u0669]{1,2}:[0-9\u0660-\u0669]{2}")
_CREDIT = re.compile(r"^\S+(?:\s\S+)?\s*[-–—_]\s*\S+(?:\s\S+){0,2}$")
"""A short 'X - Y' line: a city and an agency, a site and a city, an agency and a writer."""
_DASHED_HEAD = re.compile(r"^\S+(?:\s\S+){0,2}\s*[-–—_]\s*\S+(?:\s\S+){5,}")
"""A short head and a dash before a long text: a site or a city glued to the lead ("الموقع- قالت ..."),
or a label before a title ("فيديو- ...")."""
_WRITER = re.compile(r"^(?:كتب|كتبت|بقلم|بواسطة|by)(?:\s|[:：/\-–—])", re.IGNORECASE)
_TOKEN = re.compile(r"[\w\u0600-\u06ff]+")
_FUNCTION = frozenset(("في", "من", "على", "علي", "إلى", "الى", "الي", "عن", "مع", "بعد", "قبل", "بين", "حتى", "منذ", "عند",
                       "هذا", "هذه", "ذلك", "التي", "الذي", "أو", "او", "ما", "لا", "لم", "لن", "قد", "كل", "و", "ثم"))
"""Words a sentence or a title is made with and a menu is not (jusText's idea of stop-word density)."""
_CAPTION_OPENERS = frozenset(("خلال", "أثناء", "اثناء", "جانب", "لحظة", "صورة", "صور"))
_SEPARATOR = re.compile(r"\s[|｜\-–—_]\s|[|｜]")


@dataclass(frozen=True)
class TitleModel:
    features: tuple[str, ...]
    weights: tuple[float, ...]
    threshold: float
    """The best candidate is the title only when its probability reaches this; else the page has none."""

    def probability(self, values: Sequence[float]) -> float:
        z = sum(w * v for w, v in zip(self.weights, values))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class Context:
    """What a candidate's features need from the page beyond the line itself (computed by text.headline)."""
    zone: tuple[int, ...]
    """Every line that may hold the title, top to bottom (the candidates are some of them)."""
    lead_share: float
    """The share of the line's content words found in the article's first lines."""
    best_other_share: float
    """The largest such share among the other candidates (0 when there is none)."""
    lead_words: float
    """How many of the line's content words are found in the article's first lines."""
    best_other_words: float
    """The most such words among the other candidates (0 when there is none)."""
    repeated: bool
    """The page has the line twice or more."""
    opens_page: bool
    """Only the page's header (menus, dates, masthead, labels) stands above the line."""


FEATURES = (
    "bias", "words 1-2", "words 3-4", "words 5-18", "words over 18", "ends with a full stop", "ends with a question mark",
    "ends with a colon", "shares words with the lead", "shares no word with the lead", "repeated on the page",
    "many digits", "other script", "web address", "ends with a parenthesis", "credit shape", "first candidate",
    "place from the top", "nearest the article", "place from the article", "says itself twice", "writer line",
    "vertical bar", "clock time", "furniture by rule or shape", "prose score", "label or site name", "masthead",
    "byline shape", "inside the article", "bulleted",
    "shares the most words with the lead", "shares fewer words than another candidate", "opens the page",
    "only candidate", "separator with a short part", "repeated, not nearest the article", "short head and a dash",
    "share of function words", "long line without function words", "opens like a caption",
    "words shared with the lead", "shares the most words in number", "shares fewer words in number",
)


def line_features(body: Body, index: int, candidates: Sequence[int], context: Context) -> tuple[float, ...]:
    """The features of line ``index``, one of ``candidates`` (the lines the rules allow, top to bottom),
    in ``FEATURES`` order."""
    line = body.lines[index]
    text = strip_bullet(line.text)
    words = len(_TOKEN.findall(text))
    zone = context.zone
    place = zone.index(index) if index in zone else len(zone)
    from_article = max(0, len(zone) - 1 - place)
    tokens = text.split()
    half = len(tokens) // 2
    letters = max(1, len(text))
    share = context.lead_share
    parts = [part for part in _SEPARATOR.split(text) if part.strip()]
    function = sum(token in _FUNCTION for token in tokens)
    short_part = len(parts) > 1 and min(len(part.split()) for part in parts) <= 2
    values = (
        1.0,
        words <= 2, 3 <= words <= 4, 5 <= words <= 18, words > 18,
        text.endswith(".") and not text.endswith(".."), text.endswith(("?", "؟")), text.endswith((":", "：")),
        share, share == 0, context.repeated,
        len(_DIGIT.findall(text)) / letters > 0.15,
        in_other_script(line.text, latin_page=body.latin_page) or len(_LATIN.findall(text)) / letters > 0.3,
        "http" in text or "www." in text,
        text.endswith(")"),
        bool(DATELINE_HEAD.match(text) or _CREDIT.match(text)),
        place == 0, min(place, MAX_RANK) / MAX_RANK, from_article == 0, min(from_article, MAX_RANK) / MAX_RANK,
        half > 0 and len(tokens) % 2 == 0 and tokens[:half] == tokens[half:],
        bool(_WRITER.match(text)) and len(tokens) <= BYLINE_MAX_WORDS + 2,
        "|" in text or "｜" in text,
        bool(_CLOCK.search(text)),
        line.furniture is not None,
        max(-2.0, min(3.0, line.score)) / 3.0,
        is_label(text) or text in SITE_NAMES or bool(SECTION_LABEL.matches(text)),
        bool(MASTHEAD.match(text)),
        len(tokens) <= BYLINE_MAX_WORDS and bool(BYLINE.match(text)),
        index >= body.start,
        text != line.text,
        share > 0 and share >= context.best_other_share,
        max(0.0, context.best_other_share - share),
        context.opens_page,
        len(candidates) == 1,
        short_part,
        context.repeated and from_article > 0,
        bool(_DASHED_HEAD.match(text)),
        function / max(1, len(tokens)), len(tokens) >= 6 and function == 0,
        bool(tokens) and tokens[0] in _CAPTION_OPENERS,
        min(context.lead_words, MAX_SHARED) / MAX_SHARED,
        context.lead_words > 0 and context.lead_words >= context.best_other_words,
        min(max(0.0, context.best_other_words - context.lead_words), MAX_SHARED) / MAX_SHARED,
    )
    return tuple(float(value) for value in values)


@cache
def title_model() -> TitleModel:
    """The fitted model (``title_model.json``); its feature names must be today's ``FEATURES``."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise RuntimeError(f"{WEIGHTS_FILE.name} was fitted on other features: run python -m bench.train_title_model")
    return TitleModel(tuple(data["features"]), tuple(float(w) for w in data["weights"]), float(data["threshold"]))
