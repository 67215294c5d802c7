"""Splitter figures on annotated page folders, with page-bootstrap intervals, and paired comparisons.

    python -m bench.page_intervals score OUT.json FOLDER [FOLDER ...]   # per-page counts, then totals
    python -m bench.page_intervals compare A.json [B.json]              # 95 % intervals; B - A paired

A few hundred pages tell less than their point figures suggest: one page more or less right moves the
headline figure by 0.3 points on 320 pages. ``score`` writes each page's counts (numbers only, no page
text, so the dump can be kept or shared) and ``compare`` resamples whole pages with replacement to
give 95 % intervals of each figure and, for two dumps of the same pages (two versions of the splitter),
of the paired change. A change whose interval holds 0 is within noise.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from bench.text_quality import PageScore, distinct_page_cases, lacks_annotations, score_page

FIGURES = ("headline", "title_precision", "title_recall", "body_kept", "furniture_spoken")
RESAMPLES = 2000


def page_counts(score: PageScore, folder: str) -> dict:
    return {"folder": folder, "page": score.name, "headline_ok": int(score.headline_ok),
            "titles_found": score.titles_found, "titles_predicted": score.titles_predicted,
            "titles_expected": score.titles_expected, "body_kept": score.body_kept,
            "body_total": score.body_total, "furniture_spoken": len(score.furniture_spoken),
            "furniture_total": score.furniture_total}


def figures(pages: list[dict]) -> dict[str, float]:
    """Pooled figures (sums over pages, as text_quality reports them)."""
    def total(key: str) -> int:
        return sum(p[key] for p in pages)

    def share(part: int, whole: int, empty: float) -> float:
        return part / whole if whole else empty

    return {"headline": share(total("headline_ok"), len(pages), 1.0),
            "title_precision": share(total("titles_found"), total("titles_predicted"), 1.0),
            "title_recall": share(total("titles_found"), total("titles_expected"), 1.0),
            "body_kept": share(total("body_kept"), total("body_total"), 1.0),
            "furniture_spoken": share(total("furniture_spoken"), total("furniture_total"), 0.0)}


def interval(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return ordered[int(0.025 * len(ordered))], ordered[min(len(ordered) - 1, int(0.975 * len(ordered)))]


def bootstrap(first: list[dict], second: list[dict] | None, *, seed: int = 11) -> dict[str, dict]:
    """Point figures, 95 % intervals, and (with ``second``, the same pages in the same order) the paired
    change second - first, all from the same page resamples."""
    rng = random.Random(seed)
    size = len(first)
    draws: dict[str, list[float]] = {f: [] for f in FIGURES}
    later: dict[str, list[float]] = {f: [] for f in FIGURES}
    change: dict[str, list[float]] = {f: [] for f in FIGURES}
    for _ in range(RESAMPLES):
        picks = [rng.randrange(size) for _ in range(size)]
        a = figures([first[i] for i in picks])
        b = figures([second[i] for i in picks]) if second else None
        for f in FIGURES:
            draws[f].append(a[f])
            if b:
                later[f].append(b[f])
                change[f].append(b[f] - a[f])
    result = {"first": {f: (figures(first)[f], *interval(draws[f])) for f in FIGURES}}
    if second:
        result["second"] = {f: (figures(second)[f], *interval(later[f])) for f in FIGURES}
        point = {f: figures(second)[f] - figures(first)[f] for f in FIGURES}
        result["change"] = {f: (point[f], *interval(change[f])) for f in FIGURES}
    return result


def fmt(figure: str, value: float) -> str:
    return f"{value:.3f}" if figure.startswith("title") else f"{100 * value:.2f} %"


def score(out: Path, folders: list[Path]) -> int:
    if lacks_annotations("page_intervals", folders):
        return 2
    pages = [page_counts(score_page(text, annotation, name=name, unseen=False), folder.name)
             for folder, name, text, annotation in distinct_page_cases(folders)]
    out.write_text(json.dumps(pages, indent=0) + "\n", encoding="utf-8")
    totals = figures(pages)
    wrong = sum(1 - p["headline_ok"] for p in pages)
    spoken = sum(p["furniture_spoken"] for p in pages)
    furniture = sum(p["furniture_total"] for p in pages)
    print(f"{len(pages)} pages: headline {fmt('headline', totals['headline'])} ({wrong} wrong), titles P "
          f"{totals['title_precision']:.3f} R {totals['title_recall']:.3f}, body kept "
          f"{fmt('body_kept', totals['body_kept'])}, furniture spoken {fmt('furniture_spoken', totals['furniture_spoken'])}"
          f" ({spoken}/{furniture}); per-page counts in {out}")
    return 0


def compare(first_path: Path, second_path: Path | None) -> int:
    first = json.loads(first_path.read_text(encoding="utf-8"))
    second = json.loads(second_path.read_text(encoding="utf-8")) if second_path else None
    if second is not None and [(p["folder"], p["page"]) for p in first] != [(p["folder"], p["page"]) for p in second]:
        print("page_intervals: error: the two dumps do not hold the same pages in the same order", file=sys.stderr)
        return 2
    result = bootstrap(first, second)
    print(f"{len(first)} pages, {RESAMPLES} page resamples, 95 % intervals")
    for label, key in (("A", "first"), ("B", "second"), ("B - A", "change")):
        if key not in result:
            continue
        cells = [f"{f} {fmt(f, v)} [{fmt(f, lo)}, {fmt(f, hi)}]" for f, (v, lo, hi) in result[key].items()]
        print(f"{label:6} " + "; ".join(cells))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    scoring = commands.add_parser("score", help="score folders, write per-page counts, print totals")
    scoring.add_argument("out", type=Path)
    scoring.add_argument("folders", type=Path, nargs="+")
    comparing = commands.add_parser("compare", help="intervals of one dump, or the paired change of two")
    comparing.add_argument("first", type=Path)
    comparing.add_argument("second", type=Path, nargs="?")
    args = parser.parse_args(argv)
    if args.command == "score":
        return score(args.out, args.folders)
    return compare(args.first, args.second)


if __name__ == "__main__":
    sys.exit(main())
