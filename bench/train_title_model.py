"""Fit the title model (text/title_model.json) on annotated pages and report it on pages held out.

    python -m bench.train_title_model [--pages DIR ...] [--held-out DIR ...] [--write]

Each DIR holds page texts and an ``annotations.json`` in the format of ../shared/corpus/pages
(its README). The fit uses ../shared/corpus/pages (when present) and every ``--pages`` folder; it prints,
for each training folder, the share of pages whose title choice is right when that folder is left out of
the fit, then the same for each ``--held-out`` folder with the fit on all training folders: choose on part
of the data, report on the rest. ``--write`` stores the weights fitted on all training folders.
Real pages stay outside the repository; only the fitted numbers are kept.

A page's title choice is right when the chosen line is its annotated title line or a word-for-word repeat of
it, or when it has none and no line is chosen. Logistic regression with an L2 penalty, fitted by plain gradient descent from zero, so
the same pages always give the same weights.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from text.account import words
from text.bodyfind import find_body, strip_bullet
from text.headline import _without_dateline, overlap, title_zone
from text.plain import page_lines
from text.title_model import FEATURES, WEIGHTS_FILE, line_features

SHARED_PAGES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pages"
PENALTY = 0.3
STEPS = 3000
RATE = 0.5
THRESHOLDS = [round(0.05 * step, 2) for step in range(2, 19)]


@dataclass(frozen=True)
class Page:
    name: str
    rows: np.ndarray
    """One row of features per candidate line."""
    title_rows: frozenset[int]
    """The rows of the annotated title and of its word-for-word repeats (any of them is a right choice);
    empty when the page has no title line (or it is no candidate)."""
    other_repeats: frozenset[int]
    """Rows of lines that repeat the title in another form ("Title | Site"): neither title nor not, left out
    of the fit."""
    has_title: bool


def load_pages(folder: Path) -> list[Page]:
    table = json.loads((folder / "annotations.json").read_text(encoding="utf-8"))
    pages = []
    for entry in table["pages"]:
        text = (folder / entry["file"]).read_text(encoding="utf-8")
        numbered = page_lines(text)
        body = find_body([line for _, line in numbered])
        if body.unsure:
            continue  # the splitter keeps such a page whole and takes no title from the model
        candidates, lead = title_zone(body)
        repeats = Counter(" ".join(strip_bullet(line.text).split()) for line in body.lines)
        title_lines = {entry["headline_line"], *entry["headline_duplicate_lines"]} - {None}
        title_words = {tuple(words(strip_bullet(line))) for number, line in numbered if number == entry["headline_line"]}
        rows, title_rows, other_repeats = [], set(), set()
        for row, index in enumerate(candidates):
            line = strip_bullet(body.lines[index].text)
            rows.append(line_features(body, index, candidates, lead_share=overlap(_without_dateline(line), lead),
                                      repeated=repeats[" ".join(line.split())] > 1))
            if numbered[index][0] in title_lines:
                # (a date marker split off line 1 is a line of its own, with the same number: not the title)
                (title_rows if tuple(words(line)) in title_words else other_repeats).add(row)
        pages.append(Page(f"{folder.name}/{entry['file']}", np.array(rows).reshape(-1, len(FEATURES)),
                          frozenset(title_rows), frozenset(other_repeats), entry["headline_line"] is not None))
    return pages


def fit(pages: list[Page]) -> tuple[np.ndarray, float]:
    kept = [(page, row) for page in pages for row in range(len(page.rows)) if row not in page.other_repeats]
    rows = np.array([page.rows[row] for page, row in kept])
    labels = np.array([1.0 if row in page.title_rows else 0.0 for page, row in kept])
    weights = np.zeros(rows.shape[1])
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(rows @ weights, -30, 30)))
        weights -= RATE * (rows.T @ (p - labels) + PENALTY * np.r_[0.0, weights[1:]]) / len(labels)
    threshold = max(THRESHOLDS, key=lambda t: (right(pages, weights, t), -abs(t - 0.5)))
    return weights, threshold


def choice(page: Page, weights: np.ndarray, threshold: float) -> int | None:
    if not len(page.rows):
        return None
    p = 1.0 / (1.0 + np.exp(-np.clip(page.rows @ weights, -30, 30)))
    best = int(np.argmax(p))  # the first of equals, as text.headline does
    return best if p[best] >= threshold else None


def right(pages: list[Page], weights: np.ndarray, threshold: float) -> int:
    return sum(choice(page, weights, threshold) in page.title_rows if page.has_title
               else choice(page, weights, threshold) is None for page in pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, nargs="*", default=[], help="more annotated folders to fit on")
    parser.add_argument("--held-out", type=Path, nargs="*", default=[], help="annotated folders only to report on")
    parser.add_argument("--write", action="store_true", help=f"store the fit in {WEIGHTS_FILE}")
    args = parser.parse_args(argv)
    folders = ([SHARED_PAGES] if (SHARED_PAGES / "annotations.json").is_file() else []) + list(args.pages)
    if not folders:
        print("no annotated folders to fit on (../shared is absent and no --pages given)", file=sys.stderr)
        return 2
    data = {folder: load_pages(folder) for folder in folders}
    held = {folder: load_pages(folder) for folder in args.held_out}
    every = [page for pages in data.values() for page in pages]
    weights, threshold = fit(every)
    print(f"fit on {len(every)} pages from {len(folders)} folders: right on {right(every, weights, threshold)} "
          f"(threshold {threshold})")
    if len(folders) > 1:
        print("each training folder left out of the fit:")
        for folder, pages in data.items():
            others = [page for other, group in data.items() if other != folder for page in group]
            w, t = fit(others)
            print(f"  {folder}: {right(pages, w, t)}/{len(pages)} = {right(pages, w, t) / len(pages):.1%}")
    for folder, pages in held.items():
        print(f"held out {folder}: {right(pages, weights, threshold)}/{len(pages)} = "
              f"{right(pages, weights, threshold) / max(1, len(pages)):.1%}")
    if args.write:
        WEIGHTS_FILE.write_text(json.dumps({
            "about": "text/title_model.py's weights, written by python -m bench.train_title_model --write",
            "trained_on": {folder.name: len(pages) for folder, pages in data.items()},
            "features": list(FEATURES), "weights": [round(float(w), 4) for w in weights], "threshold": threshold,
        }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
