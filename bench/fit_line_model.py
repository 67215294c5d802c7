"""Fit the line classifier of ``text/linemodel.py`` on annotated real pages and cross-validate it.

    python -m bench.fit_line_model DIR [DIR ...] [--write] [--grid | --thresholds JSON] [--penalty P]
    python -m bench.fit_line_model DIR [DIR ...] --prior text/line_model.json [--prior-penalty S] [--write]

Each DIR is a folder of annotated pages (NN_site.txt + annotations.json, the format of
../shared/corpus/pages); real pages stay outside the repository, only the fitted numbers are written
(``--write``: text/line_model.json). A page whose text is already in an earlier folder is skipped (some
sets share pages), so that no page is on both sides of a split.

Leave-one-folder-out: for each folder, the model is fitted on the others and the whole splitter is run on
the held-out folder with it (bench/text_quality.py's scoring: headline, section titles P/R, body words
kept, furniture lines spoken). ``--grid`` tries the decision thresholds and picks the ones with the fewest
held-out errors over all folders (furniture lines spoken + wrong or missed section titles + body words lost
/ 10), losing on no folder more than 0.1 % of the body words the rules alone keep. The fit is deterministic:
Newton's method on the L2-penalised multinomial log-likelihood, features standardised on the training pages;
the penalty is the one of ``PENALTIES`` with the lowest held-out log-loss per line (``--penalty``: the one an
earlier run chose, for a quicker refit).

``--prior``: a few hundred new pages are too few to refit from zero what thousands of earlier ones (no longer at
hand) taught the shipped model; the refit starts from the shipped weights and is penalised toward them
(``fit_from_prior``: its means, scales and vocabulary kept, so that its weights keep their meaning), each strength of
``PRIOR_PENALTIES`` cross-validated the same way, the prior as it is reported beside.

On a machine shared with other work, run it with OPENBLAS_NUM_THREADS=1: the fits are small, and BLAS threads
fighting for busy cores make them many times slower.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.text_quality import PageScore, PageTotals, distinct_page_cases, score_page
from bench.train_title_model import folder_keys
from text.account import words
from text import linemodel
from text.bodyfind import find_body
from text.plain import page_lines
from text.reader import parse_article

PENALTIES = (3.0, 10.0, 30.0, 100.0)
PRIOR_PENALTIES = (10.0, 30.0, 100.0, 300.0, 1000.0, 3000.0, 10000.0)
"""The strengths of the prior ``--prior`` tries (penalty toward the prior's weights, per standardised feature)."""
PRIOR_NEW_PENALTY = 30.0
"""With ``--prior``, the ordinary penalty of a feature the prior does not know (the shipped model's own penalty)."""
MAX_BODY_LOSS = 0.001
"""The model may cost at most this share of the body words the rules alone keep, on any held-out folder."""
LABELS = {"H": "headline", "D": "headline", "T": "title", "B": "body", "J": "furniture"}
MIN_FURNITURE_SITES = 3
"""A word enters the learned vocabulary only when the furniture of this many sites uses it ..."""
MIN_SITES = 5
"""... and this many sites use it at all (in furniture or article lines): no one site's phrase weighs."""
SMOOTHING = 0.5
"""Added to each count of sites in the vocabulary's log-odds."""
_SITE = re.compile(r"^[0-9]+_|\.[^.]*$")


@dataclass
class Page:
    folder: str
    name: str
    text: str
    annotation: dict
    features: list[dict[str, float]]
    labels: list[str]
    words: list[frozenset[str]]
    """Each line's words as the learned vocabulary knows them (``linemodel.line_words``)."""

    @property
    def site(self) -> str:
        """The site a page comes from: its file name without number and extension (NN_site.txt)."""
        return _SITE.sub("", self.name)


def folder_labels(folders: list[str]) -> dict[str, str]:
    """Each folder's name in the report: its own, or its parent's and its own when two folders share a name
    (s27/r01 and s28/r01 both printed as "r01", and "loses body words on r04" did not say which)."""
    keys = {path: key for key, path in folder_keys([Path(folder) for folder in folders]).items()}
    return {folder: keys[Path(folder).resolve()] for folder in folders}


def line_labels(annotation: dict) -> dict[int, str]:
    label = {number: "J" for number in annotation["boilerplate_line_numbers"]}
    if annotation["headline_line"]:
        label[annotation["headline_line"]] = "H"
    for number in annotation["headline_duplicate_lines"]:
        label[number] = "D"
    for section in annotation["sections"]:
        if section["title_line"]:
            label[section["title_line"]] = "T"
        for number in section["body_lines"]:
            label[number] = "B"
    return label


def load_pages(folders: list[Path]) -> list[Page]:
    pages = []
    for folder, name, text, annotation in distinct_page_cases(folders):
        numbered = page_lines(text)
        body = find_body([line for _, line in numbered])
        label = line_labels(annotation)
        labels = []
        for position, (number, _) in enumerate(numbered):
            marker = position == 0 and len(numbered) > 1 and numbered[1][0] == number
            labels.append(LABELS["J" if marker else label.get(number, "J")])
        pages.append(Page(str(folder), name, text, annotation, linemodel.page_features(body), labels,
                          [linemodel.page_words(body, line.text) for line in body.lines]))
    return pages


@dataclass
class SiteCounts:
    """How many sites of one folder use each word in their furniture lines and in their article lines."""

    furniture: Counter[str]
    article: Counter[str]
    furniture_sites: int
    article_sites: int


def site_counts(pages: list[Page]) -> dict[str, SiteCounts]:
    """Per folder, each word counted once per site (a folder's pages come from different sites, so the sums
    over folders count sites too)."""
    seen: dict[str, tuple[dict[str, set[str]], dict[str, set[str]]]] = {}
    for page in pages:
        furniture, article = seen.setdefault(page.folder, ({}, {}))
        for tokens, label in zip(page.words, page.labels):
            side = furniture if label == "furniture" else article if label in ("body", "title") else None
            if side is not None:
                side.setdefault(page.site, set()).update(tokens)
    result = {}
    for folder, (furniture, article) in seen.items():
        result[folder] = SiteCounts(Counter(word for tokens in furniture.values() for word in tokens),
                                    Counter(word for tokens in article.values() for word in tokens),
                                    len(furniture), len(article))
    return result


def learn_vocabulary(counts: list[SiteCounts]) -> dict[str, float]:
    """Each word's log-odds of standing in a site's furniture rather than in its article, over sites (smoothed),
    for the words the furniture of ``MIN_FURNITURE_SITES`` sites and ``MIN_SITES`` sites in all use; a label's word
    (``linemodel.label_words``) needs only the furniture sites: articles seldom write a short labelled line at all."""
    furniture: Counter[str] = Counter()
    article: Counter[str] = Counter()
    for part in counts:
        furniture.update(part.furniture)
        article.update(part.article)
    furniture_sites = sum(part.furniture_sites for part in counts) + 2 * SMOOTHING
    article_sites = sum(part.article_sites for part in counts) + 2 * SMOOTHING
    return {word: round(math.log((used + SMOOTHING) / furniture_sites)
                        - math.log((article[word] + SMOOTHING) / article_sites), 3)
            for word, used in sorted(furniture.items())
            if used >= MIN_FURNITURE_SITES and (used + article[word] >= MIN_SITES or linemodel.LABEL_MARK in word)}


def with_vocabulary(page: Page, vocabulary: dict[str, float] | None) -> list[dict[str, float]]:
    """A page's feature rows with what ``vocabulary`` says of each line (none: the rows as loaded)."""
    if vocabulary is None:
        return page.features
    return [{**features, **linemodel.vocabulary_features(words, vocabulary, features)}
            for features, words in zip(page.features, page.words)]


def fit(pages: list[Page], *, l2: float, thresholds: dict[str, float],
        vocabulary: bool = True) -> linemodel.LineModel:
    """Fit on ``pages`` from zero; with ``vocabulary``, the vocabulary is learned from the same pages, and each page's
    word features come from the vocabulary learned without the page's folder (as the features of a new page come from
    a vocabulary that never saw it)."""
    learned = None
    rows = [page.features for page in pages]
    if vocabulary:
        counts = site_counts(pages)
        learned = learn_vocabulary(list(counts.values()))
        inner = {folder: learn_vocabulary([part for other, part in counts.items() if other != folder])
                 for folder in counts}
        rows = [with_vocabulary(page, inner[page.folder]) for page in pages]
    lines = _lines(rows, pages)
    names = sorted({name for features, _ in lines for name in features})
    x, y = _design(lines, names)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    dim = len(names) + 1
    penalty = np.full(dim, l2)
    penalty[-1] = 1e-6  # the bias is not shrunk
    w = _newton(_standardised(x, mean, scale), y, penalty, np.zeros((len(linemodel.CLASSES), dim)))
    return _model(names, mean, scale, w, thresholds, learned or {})


def fit_from_prior(pages: list[Page], *, prior: linemodel.LineModel, strength: float, l2: float,
                   thresholds: dict[str, float]) -> linemodel.LineModel:
    """Fit on ``pages`` starting from ``prior`` (a model fitted on other pages) and penalised toward it: the maximum a
    posteriori fit under a Gaussian prior centred on its weights and bias, the log-likelihood minus ``strength``/2
    times the squared distance to them (as ``l2``/2 times the squared weights in ``fit``). The prior's means, scales
    and learned vocabulary are kept as they are, so that its weights keep their meaning; a feature it does not know
    (added since) starts from 0 with the ordinary penalty ``l2``, standardised on ``pages``. A large ``strength``
    gives the prior back; a small one, a fit on ``pages`` alone. The strength is per unit of the prior's standardised
    weights, not comparable with ``fit``'s ``l2``: a feature rare on the prior's pages has a small scale (a heading's
    "#", 0.02), so one line of it on the new pages stands ~50 units out and a weak pull barely holds its raw weight."""
    rows = [with_vocabulary(page, prior.vocabulary or None) for page in pages]
    lines = _lines(rows, pages)
    known = set(prior.names)
    added = sorted({name for features, _ in lines for name in features} - known)
    names = [*prior.names, *added]
    x, y = _design(lines, names)
    fresh = x[:, len(prior.names):]
    fresh_scale = fresh.std(axis=0)
    fresh_scale[fresh_scale < 1e-9] = 1.0
    mean = np.concatenate([np.array(prior.mean), fresh.mean(axis=0)])
    scale = np.concatenate([np.array(prior.scale), fresh_scale])
    zeros = np.zeros((len(prior.classes), len(added)))
    centre = np.hstack([np.array(prior.weights), zeros, np.array(prior.bias)[:, None]])
    penalty = np.concatenate([np.full(len(prior.names), strength), np.full(len(added), l2), [strength]])
    w = _newton(_standardised(x, mean, scale), y, penalty, centre)
    return _model(names, mean, scale, w, thresholds, dict(prior.vocabulary))


def _lines(rows: list[list[dict[str, float]]], pages: list[Page]) -> list[tuple[dict[str, float], str]]:
    return [(features, label) for features_of_page, page in zip(rows, pages)
            for features, label in zip(features_of_page, page.labels)]


def _design(lines: list[tuple[dict[str, float], str]], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The feature matrix (one row per line, one column per name) and each line's class index."""
    x = np.array([[features.get(name, 0.0) for name in names] for features, _ in lines], dtype=float)
    x = x.reshape(len(lines), len(names))
    y = np.array([linemodel.CLASSES.index(label) for _, label in lines], dtype=int)
    return x, y


def _standardised(x: np.ndarray, mean: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """Standardised features with a last column of ones for the bias."""
    return np.hstack([(x - mean) / scale, np.ones((len(x), 1))])


def _newton(z: np.ndarray, y: np.ndarray, penalty: np.ndarray, centre: np.ndarray) -> np.ndarray:
    """Newton's method from ``centre`` on the multinomial log-likelihood minus ``penalty``/2 (one per column) times the
    squared distance of the weights to ``centre``: deterministic. A step that would make the objective worse is halved
    until it does not (from a prior's weights with a weak pull, a full step can overshoot and run away)."""
    classes, dim = centre.shape
    onehot = np.eye(classes)[y]
    w = centre.copy()
    for _ in range(50):
        p = _softmax(z @ w.T)
        grad = ((p - onehot).T @ z + penalty * (w - centre)).ravel()
        hessian = np.zeros((classes * dim, classes * dim))
        for k in range(classes):
            for m in range(k, classes):  # the Hessian is symmetric: each block off the diagonal once
                weight = p[:, k] * ((k == m) - p[:, m])
                block = (z * weight[:, None]).T @ z
                if k == m:
                    block += np.diag(penalty)
                hessian[k * dim:(k + 1) * dim, m * dim:(m + 1) * dim] = block
                hessian[m * dim:(m + 1) * dim, k * dim:(k + 1) * dim] = block.T
        step = np.linalg.lstsq(hessian, grad, rcond=None)[0].reshape(classes, dim)
        before = _objective(z, y, penalty, centre, w)
        while _objective(z, y, penalty, centre, w - step) > before + 1e-9 and np.abs(step).max() > 1e-7:
            step = step / 2
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def _softmax(logits: np.ndarray) -> np.ndarray:
    logits = logits - logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    return p / p.sum(axis=1, keepdims=True)


def _objective(z: np.ndarray, y: np.ndarray, penalty: np.ndarray, centre: np.ndarray, w: np.ndarray) -> float:
    """The negative log-likelihood plus the penalty, which ``_newton`` minimises."""
    logits = z @ w.T
    top = logits.max(axis=1, keepdims=True)
    log_p = logits - top - np.log(np.exp(logits - top).sum(axis=1, keepdims=True))
    return float(-log_p[np.arange(len(y)), y].sum() + 0.5 * (penalty * (w - centre) ** 2).sum())


def _model(names: list[str], mean: np.ndarray, scale: np.ndarray, w: np.ndarray, thresholds: dict[str, float],
           vocabulary: dict[str, float]) -> linemodel.LineModel:
    return linemodel.LineModel(linemodel.CLASSES, tuple(names), tuple(round(float(v), 6) for v in mean),
                               tuple(round(float(v), 6) for v in scale),
                               tuple(tuple(round(float(v), 5) + 0.0 for v in row[:-1]) for row in w),
                               tuple(round(float(v), 5) + 0.0 for v in w[:, -1]),
                               {**linemodel.DEFAULT_THRESHOLDS, **thresholds}, vocabulary)


def line_confusion(model: linemodel.LineModel, pages: list[Page]) -> dict[tuple[str, str], int]:
    confusion: dict[tuple[str, str], int] = {}
    for page in pages:
        for features, label in zip(with_vocabulary(page, model.vocabulary or None), page.labels):
            p = model.probabilities(features)
            guess = max(p, key=p.get)
            confusion[label, guess] = confusion.get((label, guess), 0) + 1
    return confusion


def log_loss(models: dict[str, linemodel.LineModel], pages: list[Page]) -> float:
    """Mean negative log-probability of each line's label, each page scored by the model fitted without its
    folder."""
    total = count = 0
    for page in pages:
        model = models[page.folder]
        for features, label in zip(with_vocabulary(page, model.vocabulary or None), page.labels):
            total -= np.log(max(model.probabilities(features)[label], 1e-12))
            count += 1
    return total / count


@dataclass
class Scored:
    score: PageScore
    as_headline: int
    """Furniture lines spoken as the headline (the headline's choice, not this model's)."""


def score_folder(model: linemodel.LineModel | None, pages: list[Page]) -> list[Scored]:
    result = []
    with linemodel.use_model(model):
        for page in pages:
            score = score_page(page.text, page.annotation, name=page.name, unseen=True)
            headline = words(parse_article(page.text, name=page.name, fmt="text").headline or "")
            result.append(Scored(score, sum(words(line) == headline for line in score.furniture_spoken)))
    return result


def errors(scored: list[Scored]) -> float:
    scores = [item.score for item in scored]
    spoken = sum(len(s.furniture_spoken) for s in scores)
    wrong_titles = sum(s.titles_predicted - s.titles_found + s.titles_expected - s.titles_found for s in scores)
    lost = sum(s.body_total - s.body_kept for s in scores)
    return spoken + wrong_titles + lost / 10


def row(label: str, scored: list[Scored]) -> str:
    scores = [item.score for item in scored]
    t = PageTotals.of(scores)
    spoken = sum(len(s.furniture_spoken) for s in scores)
    furniture = sum(s.furniture_total for s in scores)
    found = sum(s.titles_found for s in scores)
    return (f"{label[:28]:28} {t.pages:4d}  headline {t.headline:6.1%}  titles P {t.title_precision:.2f} "
            f"R {t.title_recall:.2f} ({found}/{sum(s.titles_predicted for s in scores)}/"
            f"{sum(s.titles_expected for s in scores)})  body {t.body_kept:7.2%}  furniture {t.furniture_spoken:5.1%} "
            f"({spoken}/{furniture}, {sum(item.as_headline for item in scored)} as the headline)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--grid", action="store_true", help="choose the decision thresholds by cross-validation")
    parser.add_argument("--write", action="store_true", help="write text/line_model.json (fitted on all folders)")
    parser.add_argument("--penalty", type=float, choices=PENALTIES,
                        help="fit with this penalty (chosen by an earlier run) instead of trying each of them; with "
                             f"--prior, the penalty of the features the prior does not know "
                             f"(default {PRIOR_NEW_PENALTY:g})")
    parser.add_argument("--thresholds", type=json.loads, metavar="JSON",
                        help="decision thresholds to refit with, e.g. "
                             '\'{"furniture": 0.3, "title": 0.6, "veto": 0.5}\' (chosen by an earlier --grid run); '
                             "default: the prior's with --prior, else the model decides nothing")
    parser.add_argument("--no-vocabulary", action="store_true",
                        help="fit without the learned vocabulary's word features")
    parser.add_argument("--prior", type=Path, metavar="JSON",
                        help="start from this fitted model (e.g. text/line_model.json) and penalise the fit toward it, "
                             "keeping its means, scales and vocabulary (fit_from_prior)")
    parser.add_argument("--prior-penalty", type=float, choices=PRIOR_PENALTIES,
                        help="with --prior: the prior's strength (chosen by an earlier run) instead of trying each")
    return parser


def cross_validate(pages: list[Page], folders: list[str], fitter, values: tuple[float, ...], name: str,
                   thresholds: dict[str, float]) -> tuple[float, dict[str, linemodel.LineModel]]:
    """Leave-one-folder-out for each of ``values`` (``fitter(pages, value, thresholds)``): held-out log-loss per line
    and the whole splitter's held-out figures with ``thresholds``; the value with the lowest log-loss and its fold
    models."""
    losses = {}
    for value in values:
        folds = {folder: fitter([p for p in pages if p.folder != folder], value, thresholds) for folder in folders}
        losses[value] = (log_loss(folds, pages), folds)
        held = [item for folder in folders for item in score_folder(
            linemodel.LineModel(**{**folds[folder].__dict__, "thresholds": thresholds}),
            [p for p in pages if p.folder == folder])]
        print(f"{name} {value:7.1f}: held-out log-loss per line {losses[value][0]:.4f}   "
              + row("held out", held).split(None, 2)[2])
    chosen = min(losses, key=lambda value: losses[value][0])
    print(f"chosen {name} {chosen}")
    return chosen, losses[chosen][1]


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.prior and args.no_vocabulary:
        parser.error("--prior keeps the prior's vocabulary: --no-vocabulary does not go with it")
    vocabulary = not args.no_vocabulary
    prior = (linemodel.LineModel.from_json(json.loads(args.prior.read_text(encoding="utf-8")))
             if args.prior else None)
    pages = load_pages(args.folders)
    folders = sorted({page.folder for page in pages}, key=[str(f) for f in args.folders].index)
    folder_name = folder_labels(folders)
    print(f"{len(pages)} pages, {sum(len(p.labels) for p in pages)} lines, folders: "
          + ", ".join(f"{folder_name[f]} {sum(p.folder == f for p in pages)}" for f in folders))
    base = {**(prior.thresholds if prior else linemodel.DEFAULT_THRESHOLDS), **(args.thresholds or {})}
    if prior:
        l2 = args.penalty or PRIOR_NEW_PENALTY
        print(f"the prior as it is: log-loss per line {log_loss({f: prior for f in folders}, pages):.4f}   "
              + row("prior", [i for f in folders for i in score_folder(
                  prior, [p for p in pages if p.folder == f])]).split(None, 2)[2])

        def refit(training: list[Page], strength: float, thresholds: dict[str, float]) -> linemodel.LineModel:
            return fit_from_prior(training, prior=prior, strength=strength, l2=l2, thresholds=thresholds)
        values = (args.prior_penalty,) if args.prior_penalty else PRIOR_PENALTIES
        chosen, models = cross_validate(pages, folders, refit, values, "prior penalty", base)
    else:
        def refit(training: list[Page], penalty: float, thresholds: dict[str, float]) -> linemodel.LineModel:
            return fit(training, l2=penalty, thresholds=thresholds, vocabulary=vocabulary)
        chosen, models = cross_validate(pages, folders, refit, (args.penalty,) if args.penalty else PENALTIES,
                                        "penalty", base)
    confusion: dict[tuple[str, str], int] = {}
    for folder in folders:
        for key, value in line_confusion(models[folder], [p for p in pages if p.folder == folder]).items():
            confusion[key] = confusion.get(key, 0) + value
    print("held-out line confusion (label > most probable class):")
    for label in linemodel.CLASSES:
        print(f"  {label:10}"
              + "".join(f" {guess}:{confusion.get((label, guess), 0):5d}" for guess in linemodel.CLASSES))
    candidates = [base]
    if args.grid:
        keys = sorted(linemodel.THRESHOLD_GRID)
        grid = itertools.product(*(linemodel.THRESHOLD_GRID[key] for key in keys))
        candidates = [dict(zip(keys, values)) for values in grid]
    rules = {folder: score_folder(None, [p for p in pages if p.folder == folder]) for folder in folders}
    floor = {folder: PageTotals.of([item.score for item in scored]).body_kept - MAX_BODY_LOSS
             for folder, scored in rules.items()}
    best = None
    for thresholds in candidates:
        held = {folder: score_folder(linemodel.LineModel(**{**models[folder].__dict__, "thresholds": thresholds}),
                                     [p for p in pages if p.folder == folder]) for folder in folders}
        total = sum(errors(scores) for scores in held.values())
        losing = [folder_name[folder] for folder, scored in held.items()
                  if PageTotals.of([item.score for item in scored]).body_kept < floor[folder]]
        safe = not losing
        if args.grid or not safe:
            print(f"{json.dumps(thresholds)}  errors {total:.1f}"
                  + ("" if safe else f"  (loses body words on {', '.join(losing)})"))
        if safe and (best is None or total < best[0] - 1e-9):
            best = (total, thresholds, held)
    if best is None:
        print("no thresholds keep the body words the rules keep on every folder")
        return 1
    total, thresholds, held = best
    print(f"\nchosen thresholds {json.dumps(thresholds)}; held-out errors {total:.1f}")
    print("per folder, rules alone (no model)" + (", the prior as it is" if prior else "")
          + " and rules + model fitted on the other folders:")
    for folder in folders:
        print(row(folder_name[folder] + " rules", rules[folder]))
        if prior:
            print(row(folder_name[folder] + " prior", score_folder(prior, [p for p in pages if p.folder == folder])))
        print(row(folder_name[folder] + " +model", held[folder]))
    every = [s for scores in held.values() for s in scores]
    print(row("ALL rules", [s for scores in rules.values() for s in scores]))
    print(row("ALL +model (held out)", every))
    if args.write:
        model = refit(pages, chosen, thresholds)
        linemodel.WEIGHTS.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=None) + "\n",
                                     encoding="utf-8")
        print(f"wrote {linemodel.WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
