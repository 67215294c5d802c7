"""A learned line classifier: is a line of a page article body, a sub-heading, furniture or a title?

One strong signal beside the rules of ``text.bodyfind``: a multinomial logistic regression over generic
per-line features that hold across sites (length, end punctuation, scripts, common-word density, digits,
dates and times, separators, bullets, a credit in brackets, repetition on the page, the place of the line
relative to the best-scoring run, its prose score and its neighbours' features). The words it looks at are
a small hand-written vocabulary of the web page itself (comments, links, apps, subscriptions, rights) and of
calls to the reader ("تابع", "شارك", "الرجاء"), counted as one feature each, and a vocabulary of single words
learned with the weights: each word's log-odds of standing in a site's furniture rather than in its article,
each word counted once per site, kept only when many sites use it (``vocabulary_features``), and so are the words
standing as a short line's label ("ROLE: NAME", ``label_words``); no site's phrase is a feature.

How ``text.plain`` uses the verdicts (thresholds chosen by cross-validation, see ``THRESHOLD_GRID``): the
model drops a line only when the line also shows a furniture cue (``has_furniture_cue``), inside the best-scoring
run, or among the lines the rules joined to it at its edges when the cue is a learned label or another script
(``EDGE_CUES``), never a finished sentence between two of the article's paragraphs that does not call the reader; it makes a sub-heading of a short line it is sure of; and it unmakes one that it
calls furniture: inside the article always (the line is read as body), above it (where a line heading nothing is
dropped) only when the line shows a cue or has no letter of the page's script.

The weights are fitted by ``bench/fit_line_model.py`` on annotated real pages kept outside the repository
(deterministic, leave-one-folder-out cross-validation) and stored as JSON beside this module; the runtime is
pure Python (a dot product per line and class).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from audio_edition.errors import ModelError
from text.blocks import is_ordinal_heading
from text.bodyfind import Body, LineScore, heads_prose, speaks_to_reader
from text.lineshape import (HARAKAT, clause_marks, continues_paragraph, ends_sentence, is_date_line, is_label,
                            script_shares, stop_words, strip_bullet)
from text.headline import content_stems, stem
from text.rules import MONTHS, WEEKDAYS, line_reason

WEIGHTS = Path(__file__).with_name("line_model.json")
CLASSES = ("body", "title", "furniture", "headline")
"""``title``: a sub-heading inside the article; ``headline``: the page's title line or a repeat of it."""

DEFAULT_THRESHOLDS = {"furniture": 1.01, "title": 1.01, "veto": 1.01}
"""Used when the weights file gives none: the model decides nothing."""
THRESHOLD_GRID = {
    "furniture": (0.3, 0.5, 0.7, 1.01),
    "title": (0.6, 0.7, 0.8, 1.01),
    "veto": (0.5, 0.7, 0.9, 1.01),
}
"""The thresholds ``bench/fit_line_model.py --grid`` chooses from: a line inside the article's run with a
furniture cue is dropped at a furniture probability of ``furniture`` or more; a short line is a sub-heading at
a title probability of ``title`` or more, and never one at a furniture probability of ``veto`` or more (inside
the article always, above it with a furniture cue or no letter of the page's script; it is then read as body,
unless dropped); in between, the rules of ``text.blocks`` decide."""

_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
_TIME = re.compile(r"[0-9\u0660-\u0669]{1,2}\s*:\s*[0-9\u0660-\u0669]{2}")
_DATE = re.compile(r"[0-9\u0660-\u0669]{1,4}\s*[/\-.]\s*[0-9\u0660-\u0669]{1,2}\s*[/\-.]\s*[0-9\u0660-\u0669]{1,4}")
_BRACKETED_END = re.compile(r"[(\[][^()\[\]]{1,40}[)\]]\s*[.]?$")
_BRACKETS = re.compile(r"[()\[\]]")
_QUOTES = re.compile("[«»\"“”]")
_SEPARATOR = re.compile(r"\s[|｜]\s?|\s?[|｜]\s|\s[-–—_]\s")
_PIPE = re.compile(r"[|｜]")
_ADDRESS = re.compile(r"https?://|www\.|@|\.com\b|\.net\b", re.IGNORECASE)
_HASHTAG = re.compile(r"#[^\s#]")
_MARKED_HEADING = re.compile(r"^#{1,6}\s")
_INNER_COLON = re.compile(r"\S\s*[:：]\s*\S")
_YOU = re.compile(r"^(?:تابع|تابعوا|شارك|اشترك|حمل|اضغط|انقر|اقرأ|اقرا|شاهد|الرجاء|يرجى|يمكنك|يمكنكم|لا تنس)"
                  r"(?=\s|$|[:：.])")
# The vocabulary of the web page around an article (comments, links, apps, accounts, rights), in any site's
# wording: one count feature, weighed by the fit like any other shape. Not the platforms' names: articles
# quote what was said on them.
_WEB_WORDS = re.compile(
    r"(?:^|\s)[وفبل]?(?:ال)?(?:تعليق|تعليقات|التعليق|موقع|رابط|لينك|الضغط|اضغط|انقر|تطبيق|اشتراك|اشترك|حقوق|محفوظة"
    r"|سبام|إعلان|اعلان|تابعونا|تابعنا|صفحتنا|قناتنا|حسابنا|البريد|نشرتنا|النشرة|الخصوصية|كوكيز"
    r"|المزيد|تحميل|حمل|للمزيد)(?=\s|$|[.:،,])")

_CAPITAL = re.compile(r"[A-Z\u00c0-\u00de]")
_WORD = re.compile(r"[^\W\d_]+|\d+")
_NUMERAL = re.compile(r"^[0-9\u0660-\u0669\u06f0-\u06f9]+$")
NUMERAL_TOKEN = "#"
STRONG_WORD = 2.0
"""A word of the learned vocabulary at least this log-odds toward furniture (about seven times as many sites use it
in their furniture as in their articles) is a furniture cue of its own (see ``has_furniture_cue``)."""


def line_words(text: str) -> frozenset[str]:
    """The words of a line as the learned vocabulary knows them: spelling folded, harakat, one clitic and the
    article removed (``text.headline.stem``), every number one token."""
    return frozenset(NUMERAL_TOKEN if _NUMERAL.match(token) else stem(token)
                     for token in _WORD.findall(HARAKAT.sub("", text)))


_LABEL_SEPARATOR = re.compile(r"\s*[:：]\s*|\s+[-–—|/]+\s*|\s*[-–—|/]+\s+")
MAX_LABELLED_WORDS = 12
"""A line this short may be a label and its value ("ROLE: NAME", "PLACE - ROLE NAME")."""
MAX_LABEL_WORDS = 3
LABEL_MARK = ":"
"""Marks a label's word in the learned vocabulary: "word:" stands before a line's first separator, ":word" right
after it (a plain word never holds the mark)."""


def label_words(text: str) -> frozenset[str]:
    """The words standing at a short line's first separator (a colon, a dash, a bar or a slash between words), as
    the learned vocabulary knows them: the label's words ("تحرير:" of "- تحرير: ..."), when the label is a few
    words, and the first word after the separator (":تصوير" of "... - تصوير ..."). The same word says different
    things there and inside a sentence: a credit's role is a label, a sentence has none."""
    plain = strip_bullet(HARAKAT.sub("", text))
    if len(plain.split()) > MAX_LABELLED_WORDS:
        return frozenset()
    parts = _LABEL_SEPARATOR.split(plain, maxsplit=1)
    if len(parts) < 2 or not parts[0].strip() or not parts[1].strip():
        return frozenset()
    label, value = parts
    keys = {f":{word}" for word in line_words(value.split()[0])}
    if len(label.split()) <= MAX_LABEL_WORDS:
        keys |= {f"{word}:" for word in line_words(label)}
    # A figure or a day says nothing of a label: a list's rows hold them too ("95: 19 جنيها", "السفرة الأولى: 05:30",
    # "السوق - الأحد").
    return frozenset(key for key in keys if key.strip(LABEL_MARK) not in _calendar_words())


@cache
def _calendar_words() -> frozenset[str]:
    """A number, and the names of the days and months, as ``line_words`` gives them."""
    return frozenset({NUMERAL_TOKEN}).union(*(line_words(name) for name in (*MONTHS, *WEEKDAYS) if " " not in name))


def page_words(body: Body, text: str) -> frozenset[str]:
    """A line's words for the learned vocabulary (with its label's, ``label_words``), none on a page in Latin
    letters: the vocabulary is learned on Arabic pages, where English words are mostly furniture ("the", "by"), and
    says nothing of an English article."""
    return frozenset() if body.latin_page else line_words(text) | label_words(text)


def vocabulary_features(words: frozenset[str], vocabulary: dict[str, float],
                        own: dict[str, float]) -> dict[str, float]:
    """What the learned vocabulary says of a line: the log-odds of its words toward furniture (fitted by
    ``bench/fit_line_model.py``, each word counted once per site on annotated pages: no one site's phrase can
    weigh), their highest, mean and positive sum, how many are strong furniture words, and how many of the line's
    words it knows; ``own``: the line's other features, for the interactions with shortness and place."""
    labels = [vocabulary[word] for word in words if LABEL_MARK in word and word in vocabulary]
    words = frozenset(word for word in words if LABEL_MARK not in word)
    values = [vocabulary[word] for word in words if word in vocabulary]
    highest = max(values, default=0.0)
    return {
        "label_max": max(labels, default=0.0),
        "label_strong": float(any(value >= STRONG_WORD for value in labels)),
        "vocab_max": highest,
        "vocab_mean": sum(values) / len(words) if words else 0.0,
        "vocab_sum": min(sum(value for value in values if value > 0), 10.0),
        "vocab_strong": min(sum(value >= STRONG_WORD for value in values), 3) / 3,
        "vocab_known": len(values) / len(words) if words else 0.0,
        "short*vocab_max": own.get("words<=10", 0.0) * highest,
        "inside*vocab_max": own.get("inside", 0.0) * highest,
    }


def _line_own(text: str, *, stops: frozenset[str], count: Counter[str], norms: list[str]) -> dict[str, float]:
    """Features of the line alone (and of how often the page repeats it)."""
    tokens = text.split()
    n = len(tokens)
    arabic, latin = script_shares(text)
    letters = arabic + latin
    digits = len(_DIGIT.findall(text))
    plain = strip_bullet(text)
    ended = ends_sentence(text)
    normal = " ".join(tokens)
    return {
        "log_words": math.log1p(n),
        "words<=2": float(n <= 2),
        "words<=5": float(n <= 5),
        "words<=10": float(n <= 10),
        "words>=20": float(n >= 20),
        "words>=40": float(n >= 40),
        "sentence_end": float(ended),
        "question_end": float(text.rstrip("\"”»)'’").endswith(("؟", "?"))),
        "colon_end": float(text.endswith((":", "：", ":-"))),
        "dots_end": float(text.endswith(("..", "…"))),
        "bracket_end": float(bool(_BRACKETED_END.search(text))),
        "brackets": float(bool(_BRACKETS.search(text))),
        "quotes": float(bool(_QUOTES.search(text))),
        "clauses": min(clause_marks(text), 4) / 4,
        "arabic_share": arabic / letters if letters else 0.0,
        "latin_share": latin / letters if letters else 0.0,
        "latin_lower": float(latin > 0 and not _CAPITAL.search(text)),
        "no_letters": float(letters == 0),
        "digit_share": digits / max(1, digits + letters),
        "has_digit": float(digits > 0),
        "time": float(bool(_TIME.search(text))),
        "date": float(bool(_DATE.search(text))),
        "date_line": float(is_date_line(text)),
        "stop_density": (sum(token in stops for token in tokens) / n) if n else 0.0,
        "bullet": float(plain != text),
        "separator": float(bool(_SEPARATOR.search(text))),
        "pipe": float(bool(_PIPE.search(text))),
        "address": float(bool(_ADDRESS.search(text))),
        "hashtag": float(bool(_HASHTAG.search(text))),
        "marked_heading": float(bool(_MARKED_HEADING.match(text))),
        "inner_colon": float(bool(_INNER_COLON.search(text)) and not text.endswith((":", "："))
                             and not is_ordinal_heading(text)),  # "أولًا: ..." numbers the article's parts
        "label": float(is_label(text)),
        "rule": float(line_reason(text) is not None),
        "goes_on": float(continues_paragraph(text, strict=True)),
        "addresses_reader": float(bool(_YOU.match(HARAKAT.sub("", plain)))),
        "web_words": min(len(_WEB_WORDS.findall(HARAKAT.sub("", text))), 3) / 3,
        "doubled": float(not ended and plain == text and _doubled(tokens)),
        "dated_short": float(bool(_TIME.search(text) or _DATE.search(text)) and n <= 12 and not ended),
        "repeated": float(count[normal] > 1),
        "near_repeat": float(_near_repeat(normal, norms)),
    }


def _overlap(words: set[str], other: set[str]) -> float:
    return len(words & other) / len(words) if words else 0.0


def _doubled(tokens: list[str]) -> bool:
    """The line says the same words twice (an image's alt text and its caption run together): two halves alike
    of three words or more, or, in a line of eight words or more, a run of three words said twice; made of at
    least two different words."""
    half = len(tokens) // 2
    if half >= 3 and tokens[:half] == tokens[half:2 * half] and len(set(tokens[:half])) >= 2:
        return True
    if len(tokens) < 8:
        return False
    seen = set()
    for gram in zip(tokens, tokens[1:], tokens[2:]):
        if gram in seen and len(set(gram)) >= 2:
            return True
        seen.add(gram)
    return False


def _near_repeat(normal: str, norms: list[str]) -> bool:
    """Another line of the page holds this one (a caption repeated inside a longer line, a title block)."""
    if len(normal.split()) < 2:
        return False
    return sum(normal in other for other in norms if other != normal) > 0


def page_features(body: Body, vocabulary: dict[str, float] | None = None) -> list[dict[str, float]]:
    """The features of every line of a page, in order (``body`` gives the lines, their rule scores and the
    best-scoring run; ``vocabulary``, the learned words' log-odds toward furniture: none, no word features)."""
    lines = body.lines
    stops = stop_words()
    norms = [" ".join(line.text.split()) for line in lines]
    count = Counter(norms)
    own = [_line_own(line.text, stops=stops, count=count, norms=norms) for line in lines]
    size = len(lines)
    stems = [set(content_stems(line.text)) for line in lines]
    result = []
    for index, line in enumerate(lines):
        features = dict(own[index])
        features.update(_place(body, index, size))
        features.update(_scores(line))
        for side, other in (("prev", index - 1), ("next", index + 1)):
            features.update(_neighbour(side, own[other] if 0 <= other < size else None,
                                       lines[other] if 0 <= other < size else None))
        features["foreign_only"] = float(bool(own[index]["arabic_share"] == 0 and own[index]["latin_share"] > 0)
                                         if not body.latin_page else own[index]["arabic_share"] == 1)
        features["heads_prose"] = float(heads_prose(lines, index))
        features["speaks_to_reader"] = float(speaks_to_reader(line))
        features["top_overlap"] = _overlap(stems[index], set().union(*stems[:min(index, body.start)]))
        features["next_overlap"] = _overlap(stems[index], stems[index + 1] if index + 1 < size else set())
        inside = features["inside"]
        short = own[index]["words<=10"]
        features["inside*short"] = inside * short
        features["inside*short*unended"] = inside * short * (1 - own[index]["sentence_end"])
        features["inside*repeated"] = inside * own[index]["repeated"]
        features["after*bullet"] = features["after"] * own[index]["bullet"]
        features["short*next_goes_on"] = short * features["next_goes_on"]
        features["short*between_prose"] = short * features["prev_prose"] * features["next_prose"]
        if vocabulary is not None:
            features.update(vocabulary_features(page_words(body, line.text), vocabulary, features))
        result.append(features)
    return result


def _place(body: Body, index: int, size: int) -> dict[str, float]:
    if body.unsure:
        inside, before, after = 1.0, 0.0, 0.0
    else:
        inside = float(body.start <= index < body.end)
        before = float(index < body.start)
        after = float(index >= body.end)
    return {
        "position": index / max(1, size - 1),
        "first_line": float(index == 0),
        "last_line": float(index == size - 1),
        "inside": inside,
        "before": before,
        "after": after,
        "in_run": float(not body.unsure and body.run[0] <= index < body.run[1]),
        "run_start": float(not body.unsure and index == body.start),
        "run_end": float(not body.unsure and index == body.end - 1),
        "to_run": min(abs(index - body.start) if index < body.start else
                      (index - body.end + 1 if index >= body.end else 0), 5) / 5,
        "unsure": float(body.unsure),
    }


def _scores(line: LineScore) -> dict[str, float]:
    return {
        "prose": max(-2.0, min(3.0, line.score)),
        "shape_furniture": float(line.furniture is not None and not line.by_rule),
        "rule_furniture": float(line.by_rule),
    }


def _neighbour(side: str, own: dict[str, float] | None, line: LineScore | None) -> dict[str, float]:
    if own is None or line is None:
        return {f"{side}_none": 1.0, f"{side}_prose": 0.0, f"{side}_score": 0.0, f"{side}_short": 0.0,
                f"{side}_end": 0.0, f"{side}_furniture": 0.0, f"{side}_bullet": 0.0, f"{side}_goes_on": 0.0}
    return {
        f"{side}_none": 0.0,
        f"{side}_prose": float(line.furniture is None and line.score >= 0.3),
        f"{side}_score": max(-2.0, min(3.0, line.score)),
        f"{side}_short": own["words<=10"],
        f"{side}_end": own["sentence_end"],
        f"{side}_furniture": float(line.furniture is not None),
        f"{side}_bullet": own["bullet"],
        f"{side}_goes_on": own["goes_on"],
    }


FURNITURE_CUES = ("web_words", "addresses_reader", "speaks_to_reader", "bracket_end", "doubled", "dated_short",
                  "inner_colon", "pipe", "address", "hashtag", "vocab_strong", "label_strong", "foreign_only")
EDGE_CUES = ("label_strong", "foreign_only")
"""The cues that let the model drop a line the rules joined to the article's run at its edges (a list, a cut last
line): a credit's label or a line in another script; a list's own items show other cues (a time, "label: value")."""


def has_furniture_cue(features: dict[str, float]) -> bool:
    """Evidence beyond length, place and repetition that a line may be furniture (the web's words, the reader
    spoken to (``bodyfind.speaks_to_reader``: a call, the second person anywhere in a short line that is no finished
    sentence of the article, "... يمكنك متابعة قناتنا على تلجرام", or the site's notice), a credit in
    brackets, a date, a short 'label: value' left open (a full stop or '..' after it makes a quote: "فأجابه: نعم.";
    more than ten words make a list or a quote cut short: "التصنيف الثالث: إيسلندا - البرازيل - ..."), a
    hashtag, a caption said twice over, a strong furniture word of the learned vocabulary; one of the web's words
    or of the strong words counts in a short line, a longer one needs two: "إعلان" or "موقع" in a sentence is an
    announcement or a place), a strong label word of the learned vocabulary on a line that is no sentence and
    stands away from the middle of the text (a credit stands at the article's edges or beside other furniture;
    between two paragraphs "NAME - خاص" heads a part, and "القاهرة - ..." ending a sentence is a lead), a line in
    another script alone, no list item, that heads no paragraph (rule-matched furniture in between aside), unless
    it is a template's token in small Latin letters
    ("relatedinner"; a name or an acronym may head a part: "UKMTO"): without one, the model alone never drops a
    line: a short line between paragraphs, even one the page repeats, is most likely a sub-heading ("never lose the
    article")."""
    short = bool(features.get("words<=10", 0.0))

    def counts(name: str) -> bool:
        if name in ("web_words", "vocab_strong"):
            return short or features[name] >= 2 / 3
        if name == "inner_colon":
            return short and not (features.get("sentence_end", 0.0) or features.get("dots_end", 0.0))
        if name == "label_strong":
            return not (features.get("prev_prose", 0.0) and features.get("next_prose", 0.0)
                        or features.get("sentence_end", 0.0))
        if name == "foreign_only":  # a list's item in Latin letters ("- Galaxy S26 Ultra") is the article's
            return not features.get("bullet", 0.0) and (not features.get("heads_prose", 0.0)
                                                        or bool(features.get("latin_lower", 0.0)))
        return True
    return any(features.get(name, 0.0) and counts(name) for name in FURNITURE_CUES)


@dataclass(frozen=True)
class LineModel:
    """Weights of a multinomial logistic regression over standardised features."""

    classes: tuple[str, ...]
    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[tuple[float, ...], ...]
    """One row per class, one column per feature."""
    bias: tuple[float, ...]
    thresholds: dict[str, float]
    """Decision thresholds chosen by cross-validation (see ``bench/fit_line_model.py``)."""
    vocabulary: dict[str, float] = field(default_factory=dict)
    """Single words with their log-odds toward furniture, learned with the weights (see ``vocabulary_features``)."""

    @classmethod
    def from_json(cls, data: dict) -> LineModel:
        return cls(tuple(data["classes"]), tuple(data["names"]), tuple(data["mean"]), tuple(data["scale"]),
                   tuple(tuple(row) for row in data["weights"]), tuple(data["bias"]),
                   {**DEFAULT_THRESHOLDS, **data["thresholds"]},
                   {str(word): float(value) for word, value in data.get("vocabulary", {}).items()})

    def to_json(self) -> dict:
        return {"classes": list(self.classes), "names": list(self.names), "mean": list(self.mean),
                "scale": list(self.scale), "weights": [list(row) for row in self.weights], "bias": list(self.bias),
                "thresholds": self.thresholds, "vocabulary": self.vocabulary}

    def vector(self, features: dict[str, float]) -> list[float]:
        return [(features.get(name, 0.0) - mean) / scale
                for name, mean, scale in zip(self.names, self.mean, self.scale)]

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        x = self.vector(features)
        logits = [bias + sum(w * v for w, v in zip(row, x)) for row, bias in zip(self.weights, self.bias)]
        top = max(logits)
        exps = [math.exp(logit - top) for logit in logits]
        total = sum(exps)
        return {name: value / total for name, value in zip(self.classes, exps)}

    def reasons(self, features: dict[str, float], label: str, count: int = 3) -> list[str]:
        """The features that pushed most toward ``label`` against the others (for ``inspect --lines``)."""
        x = self.vector(features)
        k = self.classes.index(label)
        others = [row for i, row in enumerate(self.weights) if i != k]
        pushes = [(value * (self.weights[k][j] - sum(row[j] for row in others) / len(others)), name)
                  for j, (name, value) in enumerate(zip(self.names, x)) if features.get(name, 0.0)]
        return [name for push, name in sorted(pushes, reverse=True)[:count] if push > 0]


@cache
def load_model() -> LineModel:
    """The fitted model shipped beside this module. A missing or damaged file is a broken installation:
    ``ModelError`` says so (as the title model does), rather than the splitter quietly getting worse."""
    try:
        model = LineModel.from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))
        if model.classes != CLASSES or not (len(model.names) == len(model.mean) == len(model.scale)
                                            and all(len(row) == len(model.names) for row in model.weights)
                                            and len(model.weights) == len(model.bias) == len(CLASSES)):
            raise ValueError("its numbers do not fit together")
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ModelError(f"{WEIGHTS}: the line model's weights cannot be used ({error}); the installation is "
                         "damaged: reinstall audio-edition, or refit with python -m bench.fit_line_model") from None
    return model


_override: list[LineModel | None] = []


@contextmanager
def use_model(model: LineModel | None) -> Iterator[None]:
    """Run the splitter with ``model`` instead of the shipped one (None: rules alone); for benches."""
    _override.append(model)
    try:
        yield
    finally:
        _override.pop()


def active_model() -> LineModel | None:
    return _override[-1] if _override else load_model()
