"""Headline misses on annotated folders, counted by kind: which part of the splitter a fix would have to change.

    python -m bench.headline_kinds FOLDER [FOLDER ...] [-v]

Each page the splitter gets wrong falls into one kind:
- ``no title line, a line taken``: the page has no title line (annotated null) and a candidate was chosen;
- ``title a candidate, another chosen``: the rules allow the title and the title model picks another line;
- ``title a candidate, declined``: the rules allow it, but the model declines it (a candidate written as one sentence
  below the sentence threshold) and the first sentence is read, flagged;
- ``title no candidate, another chosen``: the rules (or the article's run) do not allow the title, and another line is
  taken;
- ``title no candidate, first sentence read``: nothing is allowed, and the first sentence is read;
- ``article's place unsure``: the splitter reads the page without asking the model.
The first kind and the last two but one are fixed by the rules or the body finder, the second and third by the
model's features or weights. Numbers only; ``-v`` names the pages of each kind (never their text), so that the
output may be kept beside the figures of a set nobody may read page by page.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from bench.train_title_model import Page, load_pages
from bench.text_quality import distinct_page_cases, lacks_annotations
from text.headline import pick_title
from text.title_model import TitleModel, title_model

KINDS = ("no title line, a line taken", "title a candidate, another chosen", "title a candidate, declined",
         "title no candidate, another chosen", "title no candidate, first sentence read", "article's place unsure")


def chosen_line(page: Page, model: TitleModel) -> int | None:
    """The line the splitter takes as the title (None: the first sentence is read), as text.headline decides."""
    z = np.clip(page.rows @ np.array(model.weights), -30, 30) if len(page.indices) else np.zeros(0)
    scored = [(index, round(float(1 / (1 + np.exp(-value))), 3)) for index, value in zip(page.indices, z)]
    return pick_title(scored, model.threshold, page.sentences, model.sentence_threshold)


def miss_kind(page: Page, model: TitleModel) -> str | None:
    """The kind of the page's headline miss (``KINDS``), or None when its headline is right."""
    if page.fixed is not None:
        return None if page.fixed else KINDS[5]
    chosen = chosen_line(page, model)
    if (page.right_without if chosen is None else page.right[page.indices.index(chosen)]):
        return None
    if page.right_without:
        return KINDS[0]
    if any(page.right):
        return KINDS[1] if chosen is not None else KINDS[2]
    return KINDS[3] if chosen is not None else KINDS[4]


def count_kinds(folders: list[Path]) -> tuple[int, dict[str, list[str]]]:
    """How many pages, and the names of the pages of each kind of miss."""
    model = title_model()
    cases = distinct_page_cases(folders)
    pages = [page for folder in folders for page in load_pages(folder, cases)]
    found: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for page in pages:
        kind = miss_kind(page, model)
        if kind is not None:
            found[kind].append(page.name)
    return len(pages), found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("-v", "--verbose", action="store_true", help="name the pages of each kind")
    args = parser.parse_args(argv)
    if lacks_annotations("headline_kinds", args.folders):
        return 2
    total, found = count_kinds(args.folders)
    wrong = sum(len(names) for names in found.values())
    print(f"{total} pages, {wrong} headline misses")
    for kind, names in found.items():
        folders = Counter(name.split("/")[0] for name in names)
        print(f"  {len(names):4d}  {kind}" + (f"  ({', '.join(f'{f} {n}' for f, n in sorted(folders.items()))})"
                                              if names else ""))
        if args.verbose:
            for name in names:
                print(f"          {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
