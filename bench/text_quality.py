"""Splitter quality over annotated articles: headline, section titles, body words, leaked junk.

    python bench/text_quality.py [--examples DIR] [--shared DIR] [-v]

Each article ``NAME.txt|.md|.html`` in the examples folder has ``NAME.expected.json``:
``headline``, then either full ``sections`` ([{"title", "paragraphs"}]) or only
``section_titles``, and ``junk``: strings of page furniture that must not be spoken.
``shared_expected.json`` holds the same for the real articles in ../shared (titles
only; the body is then the input less the headline and the annotated junk).

Figures: headline accuracy (exact), section-title precision/recall (sub-headings
only, the lead is not counted), body-word coverage (expected body words that are
spoken), extra words (spoken words that are not body: leaked furniture), and
junk strings leaked into the spoken text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from audio_edition.errors import AudioEditionError
from text.account import words
from text.clean import clean_text
from text.reader import read_article

HERE = Path(__file__).resolve().parent
EXTENSIONS = (".txt", ".md", ".html")


@dataclass
class Score:
    name: str
    headline_ok: bool
    titles_found: int
    titles_predicted: int
    titles_expected: int
    body_spoken: int
    body_expected: int
    extra_words: int
    junk_leaked: list[str]
    junk_total: int


def score(path: Path, expected: dict) -> Score:
    article = read_article(str(path))
    spoken_titles = [s.title for s in article.sections if s.title]
    spoken_body = [w for s in article.sections for t in (s.title or "", *s.paragraphs) for w in words(t)]
    if "sections" in expected:
        expected_titles = [s["title"] for s in expected["sections"] if s["title"]]
        expected_body = [w for s in expected["sections"] for t in (s["title"] or "", *s["paragraphs"])
                         for w in words(t)]
    else:
        expected_titles = [t for t in expected["section_titles"] if t]
        source = Counter(w for line in clean_text(path.read_text(encoding="utf-8")) for w in words(line))
        not_body = Counter(words(expected["headline"])) + Counter(w for j in expected["junk"] for w in words(j))
        expected_body = list((source - not_body).elements())
    found = sum((Counter(spoken_titles) & Counter(expected_titles)).values())
    covered = sum((Counter(spoken_body) & Counter(expected_body)).values())
    spoken_text = "\n".join([article.headline or ""] + [t for s in article.sections
                                                         for t in (s.title or "", *s.paragraphs)])
    return Score(
        name=path.name, headline_ok=article.headline == expected["headline"],
        titles_found=found, titles_predicted=len(spoken_titles), titles_expected=len(expected_titles),
        body_spoken=covered, body_expected=len(expected_body), extra_words=len(spoken_body) - covered,
        junk_leaked=[j for j in expected["junk"] if j in spoken_text], junk_total=len(expected["junk"]),
    )


def cases(examples: Path, shared: Path | None) -> list[tuple[Path, dict]]:
    found = []
    for path in sorted(examples.iterdir()):
        if path.suffix in EXTENSIONS:
            found.append((path, json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))))
    table = examples / "shared_expected.json"
    if shared is not None and shared.is_dir() and table.is_file():
        for relative, expected in json.loads(table.read_text(encoding="utf-8")).items():
            if not relative.startswith("_") and (shared / relative).is_file():
                found.append((shared / relative, expected))
    return found


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:6.1%}" if whole else "   n/a"


def report(scores: list[Score], title: str, verbose: bool) -> None:
    print(f"\n{title}")
    print(f"{'article':40} {'headline':8} {'title P':>7} {'title R':>7} {'body cov':>8} {'extra w':>7} {'junk leaked':>11}")
    for s in scores:
        print(f"{s.name[:40]:40} {'ok' if s.headline_ok else 'WRONG':8} {ratio(s.titles_found, s.titles_predicted):>7} "
              f"{ratio(s.titles_found, s.titles_expected):>7} {ratio(s.body_spoken, s.body_expected):>8} "
              f"{s.extra_words:7d} {len(s.junk_leaked):5d}/{s.junk_total:<5d}")
        if verbose and s.junk_leaked:
            print(f"{'':40} leaked: {' | '.join(s.junk_leaked)}")
    total = lambda attr: sum(getattr(s, attr) for s in scores)  # noqa: E731
    print(f"{'TOTAL (' + str(len(scores)) + ' articles)':40} {ratio(sum(s.headline_ok for s in scores), len(scores)):8} "
          f"{ratio(total('titles_found'), total('titles_predicted')):>7} "
          f"{ratio(total('titles_found'), total('titles_expected')):>7} "
          f"{ratio(total('body_spoken'), total('body_expected')):>8} {total('extra_words'):7d} "
          f"{sum(len(s.junk_leaked) for s in scores):5d}/{total('junk_total'):<5d}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=Path, default=HERE / "text_examples")
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared",
                        help="folder of the shared real articles (skipped when absent)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the junk strings that leaked")
    args = parser.parse_args(argv)
    try:
        all_cases = cases(args.examples, args.shared)
        own = [score(p, e) for p, e in all_cases if p.parent == args.examples]
        shared = [score(p, e) for p, e in all_cases if p.parent != args.examples]
    except AudioEditionError as error:
        print(f"text_quality: error: {error}", file=sys.stderr)
        return 2
    report(own, f"our annotated examples ({args.examples})", args.verbose)
    if shared:
        report(shared, f"shared real articles ({args.shared})", args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
