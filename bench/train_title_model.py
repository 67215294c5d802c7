"""Fit the title model (text/title_model.json) on annotated pages; report it on folders held out of the fit.

    python -m bench.train_title_model --pages DIR [DIR ...] [--penalty P ...] [--nested] [--write] [--prior JSON]

Each DIR holds page texts and an ``annotations.json`` in the format of ../shared/corpus/pages (its README);
../shared/corpus/pages is used too when present (corpus/pages in the folder $AUDIO_EDITION_SHARED names, when it is
set). A page found in two folders (same text) counts once, in the first. Each folder is left out of the fit in turn
and the whole splitter's headline is scored on it (leave-one-folder-out): right when it is the annotated title line,
or when the page has none and the splitter says so (first-sentence fallback). The penalty with the most pages right
over the held-out folders is chosen (``--penalty`` lists the ones to try), with the threshold a candidate written as
one sentence inside the article must reach; each fit chooses its veto threshold on its own training pages.
``--nested`` also reports each folder with a penalty chosen without it (leave-one-folder-out over the other
folders), so that nothing in that figure was chosen on the folder it reports. ``--write`` stores the fit on every
folder with the chosen penalty. Real pages stay outside the repository; only the fitted numbers are kept.

How a candidate's choice is judged is not re-implemented here: the splitter is run with that line forced as
the title (and with none), and bench.text_quality scores the headline exactly as it does for its report.
Logistic regression with an L2 penalty, fitted by Newton's method from zero: the same pages always give the
same weights. ``--prior text/title_model.json``: fitted from the stored weights instead, penalised toward them (a
Gaussian prior centred on them; each ``--penalty`` is its strength, a tie going to the stronger), so that a few
hundred new pages refine what the pages of the stored fit taught rather than replace it.
"""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import numpy as np

from audio_edition.errors import InputError
from bench.shared_folder import ENV, named_folder
from bench.text_quality import distinct_page_cases, score_page
from text.bodyfind import find_body
from text.headline import TitleChoice, pick_title, sentence_titles, title_candidates
from text.plain import page_lines
from text.title_model import FEATURES, WEIGHTS_FILE

PAGES = Path("corpus") / "pages"


def shared_pages(checkout: Path = Path(__file__).resolve().parents[1]) -> Path | None:
    """The team's shared annotated pages: ``corpus/pages`` in the folder $AUDIO_EDITION_SHARED names when it is set,
    else ``shared/corpus/pages`` in the nearest folder above the checkout that holds it (beside the main checkout,
    or two levels up from a worktree in ``wt/NAME``, where ../shared is not: it was left out of the fit there
    without a word). None when there is none."""
    named = named_folder()
    for shared in [named] if named else [folder / "shared" for folder in checkout.parents]:
        if (shared / PAGES / "annotations.json").is_file():
            return shared / PAGES
    return None
PENALTIES = (0.1, 0.3, 1.0, 3.0, 10.0)
PRIOR_PENALTIES = (1.0, 3.0, 10.0, 30.0, 100.0, 300.0, 1000.0)
"""With ``--prior``: the strengths of the pull toward the prior's weights to try."""
SENTENCE_THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
"""The thresholds a candidate written as one sentence inside the article must reach (1.01: never the title), chosen
with the penalty by leave-one-folder-out: on its training pages alone the choice rests on a page or two."""
THRESHOLDS = (0.0,)
"""The veto thresholds to try (0: the rules alone say whether a page has a title line; the model picks
among the lines they allow). A veto was tried, with thresholds up to 0.9: no more pages right held out, and
short titles of synthetic pages lost."""
NEWTON_STEPS = 100


@dataclass(frozen=True)
class Page:
    name: str
    rows: np.ndarray
    """One row of features per line the rules allow as the title."""
    indices: tuple[int, ...]
    right: tuple[bool, ...]
    """Per row: the headline is right when that line is chosen."""
    right_without: bool
    """The headline is right when no line is chosen (the page has no title line)."""
    other_forms: frozenset[int]
    """Rows of lines that repeat the title in another form ("Title | Site"): neither title nor not, left out
    of the fit."""
    fixed: bool | None
    """A page the splitter reads without asking the model (it is unsure where the article is): whether its
    headline is right; None otherwise."""
    sentences: frozenset[int] = frozenset()
    """Lines among ``indices`` written as one sentence inside the article (``text.headline.sentence_titles``)."""


def headline_right(text: str, annotation: dict, name: str, forced: int | None = None, *,
                   force: bool = True) -> bool:
    """Whether the splitter's headline is right on the page, with line ``forced`` chosen as the title."""
    patch = mock.patch("text.plain.choose_title", lambda body: TitleChoice(forced, [])) if force else nullcontext()
    with patch:
        try:
            return score_page(text, annotation, name=name, unseen=True).headline_ok
        except InputError:
            return False


def folder_keys(folders: list[Path]) -> dict[str, Path]:
    """Each folder once (a folder named twice, e.g. ../shared given again in --pages, counts once) under a key of its
    own: its name, or its parent's and its own when two folders share a name (s24/b01 and s25/b01): keyed by name
    alone, the later folder replaced the earlier one and its pages were left out of the fit and of the report."""
    unique = list(dict.fromkeys(folder.resolve() for folder in folders))
    names = [folder.name for folder in unique]
    return {folder.name if names.count(folder.name) == 1 else f"{folder.parent.name}_{folder.name}": folder
            for folder in unique}


def load_pages(folder: Path, cases: list[tuple[Path, str, str, dict]], key: str | None = None) -> list[Page]:
    pages = []
    for name, text, annotation in ((n, t, a) for f, n, t, a in cases if f == folder):
        numbered = page_lines(text)
        body = find_body([line for _, line in numbered])
        label = f"{key or folder.name}/{name}"
        if body.unsure:
            pages.append(Page(label, np.zeros((0, len(FEATURES))), (), (), False, frozenset(),
                              headline_right(text, annotation, name, force=False)))
            continue
        found = title_candidates(body)
        title_lines = {annotation["headline_line"], *annotation["headline_duplicate_lines"]} - {None}
        right = tuple(headline_right(text, annotation, name, index) for index, _ in found)
        other_forms = frozenset(row for row, (index, _) in enumerate(found)
                                if numbered[index][0] in title_lines and not right[row])
        pages.append(Page(label, np.array([values for _, values in found]).reshape(-1, len(FEATURES)),
                          tuple(index for index, _ in found), right, headline_right(text, annotation, name, None),
                          other_forms, None, sentence_titles(body, [index for index, _ in found])))
    return pages


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


@dataclass(frozen=True)
class Prior:
    """Weights fitted on other pages to start from and penalise toward (``--prior``): the maximum a posteriori fit
    under a Gaussian prior centred on them."""

    centre: np.ndarray
    """One weight per feature of ``FEATURES``: the prior's, 0 for a feature it does not know."""
    known: np.ndarray
    """Per feature: whether the prior knows it (a feature added since is penalised toward 0 with ``ordinary``)."""
    ordinary: float
    """The penalty the prior was fitted with, for the features it does not know."""
    threshold: float
    sentence_threshold: float
    trained_on: dict
    """What the prior was fitted on (its file's ``trained_on``), kept in the refit's file."""


def read_prior(path: Path) -> Prior:
    """The prior's weights by feature name (a stored ``title_model.json``)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    stored = dict(zip(data["features"], data["weights"]))
    return Prior(np.array([float(stored.get(name, 0.0)) for name in FEATURES]),
                 np.array([name in stored for name in FEATURES]), float(data["penalty"]), float(data["threshold"]),
                 float(data["sentence_threshold"]), data.get("trained_on", {}))


def _fitted_rows(pages: list[Page]) -> list[tuple[Page, int]]:
    """The candidates a fit learns from: every page's but the other forms of the title, on pages the model decides."""
    return [(page, row) for page in pages if page.fixed is None for row in range(len(page.rows))
            if row not in page.other_forms]


def fit_weights(pages: list[Page], penalty: float, prior: Prior | None = None) -> np.ndarray:
    """Weights minimising the log-loss plus ``penalty``/2 times the squared weights (not the bias); with ``prior``,
    plus ``penalty``/2 times the squared distance to the prior's weights, the bias's too (a feature the prior does not
    know: its ordinary penalty toward 0), starting from them."""
    kept = _fitted_rows(pages)
    rows = np.array([page.rows[row] for page, row in kept]).reshape(-1, len(FEATURES))
    labels = np.array([1.0 if page.right[row] else 0.0 for page, row in kept])
    if prior is None:
        ridge = np.full(rows.shape[1], penalty)
        ridge[0] = 1e-6
        centre = np.zeros(rows.shape[1])
    else:
        ridge = np.where(prior.known, penalty, prior.ordinary)
        centre = prior.centre
    weights = centre.copy()
    for _ in range(NEWTON_STEPS):
        p = _sigmoid(rows @ weights)
        gradient = rows.T @ (p - labels) + ridge * (weights - centre)
        hessian = rows.T @ (rows * (p * (1 - p))[:, None]) + np.diag(ridge)
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-9:
            break
    return weights


def log_loss(pages: list[Page], weights: np.ndarray) -> tuple[float, int]:
    """The summed negative log-probability of each candidate's label (right as the title or not) and the count."""
    kept = _fitted_rows(pages)
    if not kept:
        return 0.0, 0
    p = _sigmoid(np.array([page.rows[row] for page, row in kept]) @ weights)
    right = np.array([page.right[row] for page, row in kept])
    return float(-np.log(np.clip(np.where(right, p, 1 - p), 1e-12, None)).sum()), len(kept)


def is_right(page: Page, weights: np.ndarray, threshold: float, sentence_threshold: float = 0.0) -> bool:
    """As text.headline.choose_headline decides, with these weights and these thresholds."""
    if page.fixed is not None:
        return page.fixed
    scored = [(index, round(float(p), 3)) for index, p in zip(page.indices, _sigmoid(page.rows @ weights))]
    chosen = pick_title(scored, threshold, page.sentences, sentence_threshold)
    return page.right_without if chosen is None else page.right[page.indices.index(chosen)]


def count_right(pages: list[Page], weights: np.ndarray, threshold: float, sentence_threshold: float = 0.0) -> int:
    return sum(is_right(page, weights, threshold, sentence_threshold) for page in pages)


def fit(pages: list[Page], penalty: float, thresholds: tuple[float, ...] = THRESHOLDS,
        prior: Prior | None = None) -> tuple[np.ndarray, float]:
    """Weights and the threshold with the most training pages right (the middle one of equals)."""
    weights = fit_weights(pages, penalty, prior)
    counts = [count_right(pages, weights, threshold) for threshold in thresholds]
    best = [threshold for threshold, count in zip(thresholds, counts) if count == max(counts)]
    return weights, best[len(best) // 2]


def fold_fits(data: dict[str, list[Page]], penalty: float, thresholds: tuple[float, ...],
              prior: Prior | None = None) -> dict[str, tuple[np.ndarray, float]]:
    """For each folder, the weights and threshold fitted on every other folder."""
    return {folder: fit([page for other, group in data.items() if other != folder for page in group],
                        penalty, thresholds, prior) for folder in data}


def wrong_held_out(data: dict[str, list[Page]],
                   fits: dict[str, tuple[np.ndarray, float]]) -> dict[float, dict[str, list[Page]]]:
    """For each sentence threshold, each folder's pages its fold's fit (``fold_fits``) gets wrong."""
    wrong: dict[float, dict[str, list[Page]]] = {sentence: {} for sentence in SENTENCE_THRESHOLDS}
    for folder, pages in data.items():
        weights, threshold = fits[folder]
        for sentence in SENTENCE_THRESHOLDS:
            wrong[sentence][folder] = [page for page in pages if not is_right(page, weights, threshold, sentence)]
    return wrong


def held_out(data: dict[str, list[Page]], penalty: float, thresholds: tuple[float, ...],
             prior: Prior | None = None) -> dict[float, dict[str, list[Page]]]:
    """For each sentence threshold, each folder's pages the fit on every other folder gets wrong."""
    return wrong_held_out(data, fold_fits(data, penalty, thresholds, prior))


def held_out_log_loss(data: dict[str, list[Page]], fits: dict[str, tuple[np.ndarray, float]]) -> float:
    """The log-loss per candidate of each folder's candidates under its fold's weights (``fold_fits``)."""
    losses = [log_loss(pages, fits[folder][0]) for folder, pages in data.items()]
    return sum(value for value, _ in losses) / max(1, sum(count for _, count in losses))


def choose(results: dict[float, dict[float, dict[str, list[Page]]]], *,
           prior: Prior | None = None) -> tuple[float, float]:
    """The penalty and the sentence threshold with the most pages right over the folders each held out in turn
    (a tie: the weaker penalty, or with ``prior`` the stronger, the fit nearer the prior's weights; and the middle one
    of equal sentence thresholds, or the prior's when it is one of them)."""
    wrong = {(penalty, sentence): sum(len(pages) for pages in by_folder.values())
             for penalty, by_sentence in results.items() for sentence, by_folder in by_sentence.items()}
    fewest = min(wrong.values())
    tied = [penalty for penalty, _ in wrong if any(wrong[penalty, s] == fewest for s in SENTENCE_THRESHOLDS)]
    penalty = max(tied) if prior else min(tied)
    best = [sentence for sentence in SENTENCE_THRESHOLDS if wrong[penalty, sentence] == fewest]
    if prior and prior.sentence_threshold in best:
        return penalty, prior.sentence_threshold
    return penalty, best[len(best) // 2]


def best_penalty(data: dict[str, list[Page]], penalties: list[float], thresholds: tuple[float, ...],
                 prior: Prior | None = None) -> tuple[float, float]:
    """The penalty and the sentence threshold chosen by leave-one-folder-out over these folders (``choose``)."""
    return choose({penalty: held_out(data, penalty, thresholds, prior) for penalty in penalties},
                  prior=prior)


def nested_held_out(data: dict[str, list[Page]], penalties: list[float], thresholds: tuple[float, ...],
                    prior: Prior | None = None) -> dict[str, tuple[int, float]]:
    """For each folder: pages right and the penalty chosen without it (by leave-one-folder-out over the
    others, with the sentence threshold), so that nothing about the figure was chosen on the folder it reports."""
    result = {}
    for folder, pages in data.items():
        others = {name: group for name, group in data.items() if name != folder}
        penalty, sentence = best_penalty(others, penalties, thresholds, prior)
        weights, threshold = fit([page for group in others.values() for page in group], penalty, thresholds, prior)
        result[folder] = (count_right(pages, weights, threshold, sentence), penalty)
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, nargs="*", default=[], help="annotated folders to fit on")
    parser.add_argument("--penalty", type=float, nargs="*",
                        help=f"L2 penalties to try (default {', '.join(f'{p:g}' for p in PENALTIES)}; with --prior, "
                             f"the prior's strengths: {', '.join(f'{p:g}' for p in PRIOR_PENALTIES)})")
    parser.add_argument("--threshold", type=float, nargs="*", default=list(THRESHOLDS),
                        help="veto thresholds to try (each fit takes the best on its training pages)")
    parser.add_argument("--write", action="store_true", help=f"store the fit in {WEIGHTS_FILE}")
    parser.add_argument("-v", "--verbose", action="store_true", help="name the held-out pages that are wrong")
    parser.add_argument("--nested", action="store_true",
                        help="also report each folder with the penalty chosen without it (slower)")
    parser.add_argument("--prior", type=Path, metavar="JSON",
                        help="start from these stored weights (e.g. text/title_model.json) and penalise the fit "
                             "toward them (each penalty is then the prior's strength)")
    return parser


def fresh_folders(prior: Prior, data: dict[str, list[Page]]) -> list[str]:
    """The folders the prior was not fitted on (``trained_on``): the only ones where it is held out as the refit is."""
    return [folder for folder in data if folder not in prior.trained_on]


def _report_prior(prior: Prior, data: dict[str, list[Page]]) -> None:
    """The prior as it is on the folders it was not fitted on."""
    fresh = {folder: data[folder] for folder in fresh_folders(prior, data)}
    size = sum(len(pages) for pages in fresh.values())
    right = sum(count_right(pages, prior.centre, prior.threshold, prior.sentence_threshold) for pages in fresh.values())
    per_candidate = held_out_log_loss(fresh, {folder: (prior.centre, prior.threshold) for folder in fresh})
    print(f"the prior as it is, on the {len(fresh)} folders not in its fit ({', '.join(fresh)}): headline right "
          f"{right}/{size} = {right / max(1, size):.1%} (sentence threshold {prior.sentence_threshold:g}); "
          f"log-loss per candidate {per_candidate:.4f}")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    prior = read_prior(args.prior) if args.prior else None
    penalties = args.penalty or list(PRIOR_PENALTIES if prior else PENALTIES)
    shared = shared_pages()
    folders = ([shared] if shared else []) + list(args.pages)
    named = named_folder()
    where = f"in {named / PAGES} (${ENV})" if named else "above the checkout"
    print(f"shared pages: {shared}" if shared else f"no shared pages found {where}: only --pages")
    if len(folders) < 2:
        print("at least two annotated folders are needed (../shared and --pages DIR ...)", file=sys.stderr)
        return 2
    keys = folder_keys(folders)
    cases = distinct_page_cases(list(keys.values()))
    data = {key: load_pages(folder, cases, key) for key, folder in keys.items()}
    total = sum(len(pages) for pages in data.values())
    print(f"{total} pages in {len(data)} folders (pages repeated in a later folder counted once)")
    if prior:
        _report_prior(prior, data)
    thresholds = tuple(args.threshold)
    fits = {penalty: fold_fits(data, penalty, thresholds, prior) for penalty in penalties}
    results = {penalty: wrong_held_out(data, fits[penalty]) for penalty in penalties}
    penalty, sentence = choose(results, prior=prior)
    fresh = fresh_folders(prior, data) if prior else []
    for each, by_sentence in results.items():
        right = {value: total - sum(len(pages) for pages in by_folder.values()) for value, by_folder in by_sentence.items()}
        on_fresh = sum(len(data[folder]) - len(by_sentence[sentence][folder]) for folder in fresh)
        fresh_note = f"; on the folders not in the prior's fit {on_fresh}/{sum(len(data[f]) for f in fresh)}"
        print(f"penalty {each:g}: held-out headline right {right[sentence]}/{total} = {right[sentence] / total:.1%} "
              f"with sentence threshold {sentence:g} (" + ", ".join(f"{value:g}: {count}" for value, count in right.items())
              + f"); log-loss per candidate {held_out_log_loss(data, fits[each]):.4f}" + (fresh_note if prior else ""))
    print(f"chosen penalty {penalty:g}, sentence threshold {sentence:g}; each folder left out of the fit:")
    for folder, pages in data.items():
        wrong = results[penalty][sentence][folder]
        print(f"  {folder:24} {len(pages) - len(wrong):3d}/{len(pages):3d} = {1 - len(wrong) / max(1, len(pages)):6.1%}"
              + (f"  wrong: {', '.join(page.name.split('/')[1] for page in wrong)}" if args.verbose and wrong else ""))
    if args.nested:
        nested = nested_held_out(data, penalties, thresholds, prior)
        right = sum(count for count, _ in nested.values())
        print(f"nested (penalty chosen without the folder): held-out headline right {right}/{total} = {right / total:.1%}")
        print("  " + ", ".join(f"{folder} {count}/{len(data[folder])} @{penalty:g}"
                               for folder, (count, penalty) in nested.items()))
    every = [page for pages in data.values() for page in pages]
    weights, threshold = fit(every, penalty, thresholds, prior)
    print(f"fit on all {total} pages: right on {count_right(every, weights, threshold, sentence)} (threshold "
          f"{threshold}, sentence threshold {sentence})")
    if args.write:
        trained_on = {folder: len(pages) for folder, pages in data.items()}
        WEIGHTS_FILE.write_text(json.dumps({
            "about": "text/title_model.py's weights, written by python -m bench.train_title_model --write",
            "trained_on": trained_on, "penalty": prior.ordinary if prior else penalty,
            **({"prior": {"trained_on": prior.trained_on, "penalty": penalty}} if prior else {}),
            "features": list(FEATURES), "weights": [round(float(w), 4) for w in weights], "threshold": threshold,
            "sentence_threshold": sentence,
        }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
