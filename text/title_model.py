"""How likely a line near the top of a page is the article's title: a small logistic model.

Hand-set scores for title candidates did very well on the pages they were set on and poorly on new ones
(75-85% of titles right on fresh pages). The same kind of signals, weighed by a logistic regression fitted on
annotated real pages, hold better on pages the fit never saw. Every feature describes a line's shape or its
relation to the article and to the other candidates: how many words, how it ends, how many of its words the
lead repeats (and whether another candidate shares more), whether the page names it as its title (says it
twice, or ends a breadcrumb with it), its place among the candidates, whether it opens the page. None names a
site or a phrase, so nothing here is tuned to one page.
Shapes that are never a title (mastheads, bylines, credits, dates...) are no candidates at all
(``text.headline``), so they need no feature here; nor do the body finder's line scores, which the model
would have to be refitted for whenever they change.

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

from audio_edition.errors import ModelError
from text.bodyfind import Body
from text.lineshape import in_other_script, strip_bullet
from text.clean import DIACRITICS, FOLD
from text.grammar import PREPOSITIONS
from text.rules import ARABIC_LETTERS, HOLLOW_PAST_VERB, PAST_VERB, WEEKDAYS

WEIGHTS_FILE = Path(__file__).with_name("title_model.json")
MAX_RANK = 4
"""Places among the candidates beyond this many count as this many."""
MAX_SHARED = 8
"""Words shared with the lead beyond this many count as this many."""
_LATIN = re.compile(r"[A-Za-z]")
_TOKEN = re.compile(r"[\w\u0600-\u06ff]+")
_FUNCTION = frozenset(("في", "من", "على", "علي", "إلى", "الى", "الي", "عن", "مع", "بعد", "قبل", "بين", "حتى", "منذ", "عند",
                       "هذا", "هذه", "ذلك", "التي", "الذي", "أو", "او", "ما", "لا", "لم", "لن", "قد", "كل", "و", "ثم"))
"""Words a sentence or a title is made with and a menu is not (jusText's idea of stop-word density)."""
_FIRST_WORD = re.compile(f"\\W*([{ARABIC_LETTERS}]+)")
_WHEN = frozenset(word.translate(FOLD) for word in (*WEEKDAYS, "اليوم", "أمس", "غدا", "مساء", "صباح", "الماضي",
                                                      "الماضية", "المقبل", "المقبلة", "مؤخرا"))
"""Words that say when: a lead dates its news ("أعلنت الوزارة، اليوم الأحد، ..."; 44 % of 2,204 annotated leads), a
title seldom does (5 % of 957)."""


@dataclass(frozen=True)
class TitleModel:
    features: tuple[str, ...]
    weights: tuple[float, ...]
    threshold: float
    """The best candidate is the title only when its probability reaches this; else the page has none."""
    sentence_threshold: float
    """A candidate written as one sentence inside the article (``text.headline.sentence_titles``) must reach this:
    it may as well be the lead's first sentence, which the first-sentence fallback reads the same way, flagged."""

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
    named_as_title: bool
    """The page has the line twice or more, or ends a breadcrumb with it: it names the line as its title."""
    opens_page: bool
    """Only the page's header (menus, dates, masthead, labels) stands above the line."""
    under_candidate: bool
    """The line right above it is a candidate too (the title above a standfirst or a photo's title)."""


FEATURES = (
    "bias", "words 3-4", "words 5-18", "words over 18", "ends with a full stop",
    "ends with a question mark", "ends with a parenthesis", "other script", "share of function words",
    "shares words with the lead", "shares no word with the lead", "words shared with the lead",
    "shares the most words with the lead", "shares fewer words than another candidate",
    "shares the most words in number", "shares fewer words in number",
    "named as the title on the page", "opens the page", "only candidate", "place from the top", "nearest the article",
    "inside the article", "right under another candidate", "opens with a past-tense verb", "says when",
)


def line_features(body: Body, index: int, candidates: Sequence[int], context: Context) -> tuple[float, ...]:
    """The features of line ``index``, one of ``candidates`` (the lines the rules allow, top to bottom),
    in ``FEATURES`` order."""
    line = body.lines[index]
    text = strip_bullet(line.text)
    words = len(_TOKEN.findall(text))
    tokens = text.split()
    zone = context.zone
    place = zone.index(index) if index in zone else len(zone)
    share, shared = context.lead_share, context.lead_words
    values = (
        1.0,
        words <= 4, 5 <= words <= 18, words > 18,  # (1-2 words: never a candidate)
        text.endswith(".") and not text.endswith(".."), text.endswith(("?", "؟")), text.endswith(")"),
        in_other_script(line.text, latin_page=body.latin_page) or len(_LATIN.findall(text)) / max(1, len(text)) > 0.3,
        sum(token in _FUNCTION for token in tokens) / max(1, len(tokens)),
        share, share == 0, min(shared, MAX_SHARED) / MAX_SHARED,
        share > 0 and share >= context.best_other_share, max(0.0, context.best_other_share - share),
        shared > 0 and shared >= context.best_other_words,
        min(max(0.0, context.best_other_words - shared), MAX_SHARED) / MAX_SHARED,
        context.named_as_title, context.opens_page, len(candidates) == 1,
        min(place, MAX_RANK) / MAX_RANK, place >= len(zone) - 1, index >= body.start,
        context.under_candidate, opens_with_past_verb(text), says_when(text),
    )
    return tuple(float(value) for value in values)


def opens_with_past_verb(text: str) -> bool:
    """Whether the line's first word has the shape of a verb in the past tense (``text.rules.PAST_VERB``)."""
    first = _FIRST_WORD.match(DIACRITICS.sub("", text))
    return bool(first and PAST_VERB.fullmatch(first.group(1)))


_WORD_START = re.compile(f"[{ARABIC_LETTERS}]")


def opens_with_hollow_verb(text: str) -> bool:
    """Whether the line opens the way a lead does with a hollow verb in the past, its subject after it ("نال الفريق
    ...", "قال مدير الشركة ...", "أشاد الوزير ...", ``rules.HOLLOW_PAST_VERB``; not a preposition of that shape:
    "أمام"): 17 of the 613 articles' first lines on the training pages (sessions 27 and 28 and the shared ones) open
    so, none of their 349 titles (a kicker of that shape is set apart by a mark, not followed by a word: "خاص – ...");
    with the causative's hamza ("أشاد", "أفاد") 6 more first lines on all annotated pages, no title. A noun of that
    shape may open a title ("دار الأوبرا ..."): the caller only refuses such a line what weaker evidence would give
    it."""
    words = DIACRITICS.sub("", text).split()
    return (len(words) > 1 and bool(HOLLOW_PAST_VERB.fullmatch(words[0])) and words[0] not in PREPOSITIONS
            and bool(_WORD_START.match(words[1])))


def says_when(text: str) -> bool:
    """Whether the line dates its news with a day's name or "today", "yesterday", "last" ... (``_WHEN``)."""
    return any(word.translate(FOLD) in _WHEN for word in _FIRST_WORD.findall(DIACRITICS.sub("", text)))


@cache
def title_model() -> TitleModel:
    """The fitted model (``title_model.json``); its feature names must be today's ``FEATURES``. A missing or
    damaged file is a broken installation: ``ModelError`` says so (as the line model does)."""
    try:
        data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES or len(data["weights"]) != len(FEATURES):
            raise ValueError("it was fitted on other features")
        return TitleModel(tuple(data["features"]), tuple(float(w) for w in data["weights"]), float(data["threshold"]),
                          float(data["sentence_threshold"]))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ModelError(f"{WEIGHTS_FILE}: the title model's weights cannot be used ({error}); the installation is "
                         "damaged: reinstall audio-edition, or refit with python -m bench.train_title_model") from None
