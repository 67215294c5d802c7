"""Splitter quality over annotated articles: headline, section titles, body words, leaked junk.

    python bench/text_quality.py [--examples DIR] [--shared DIR] [--more-pages DIR ...] [--totals] [-v]

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
import hashlib
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from audio_edition.errors import AudioEditionError
from text.account import words
from text.clean import clean_line, clean_text
from text.reader import parse_article, read_article
from text.rules import split_date_marker

if __package__:
    from bench.shared_folder import SHARED, WHERE
else:  # run as a file (python bench/text_quality.py): bench/ is on the path, the checkout is not
    from shared_folder import SHARED, WHERE

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


# --- annotated pages (../shared/corpus/pages and pages of our own kept outside the repo) -------------

# The split is fixed by file number, before any tuning: pages whose number is a multiple of 3
# (03, 06, 09, 12, 15) are never looked at while choosing features and thresholds.
def is_unseen(name: str) -> bool:
    """The held-out third of the shared pages: file number divisible by 3."""
    digits = name[:2]
    return digits.isdigit() and int(digits) % 3 == 0


@dataclass
class PageScore:
    name: str
    unseen: bool
    headline_ok: bool
    titles_found: int
    titles_predicted: int
    titles_expected: int
    body_kept: int
    body_total: int
    furniture_spoken: list[str]
    furniture_total: int
    repeats_spoken: int
    milliseconds: float


def _sequence_in(needle: list[str], haystack: list[str]) -> bool:
    size = len(needle)
    return 0 < size <= len(haystack) and any(haystack[i:i + size] == needle for i in range(len(haystack) - size + 1))


def score_page(text: str, annotation: dict, *, name: str, unseen: bool) -> PageScore:
    """Score the splitter on one annotated page (annotation format of ../shared/corpus/pages/README.md).
    A " date YYYY-MM-DD" marker glued to line 1 is boilerplate (README), so line 1 is compared without it."""
    lines = [clean_line(line) for line in text.split("\n")]
    marker = split_date_marker(lines[0])
    if marker:  # the scraper's date glued to line 1 is furniture whatever the line's label
        lines[0] = marker[1]
    line_words = {number: words(lines[number - 1]) for number in range(1, len(lines) + 1)}
    started = time.process_time()
    article = parse_article(text, name=name, fmt="text")
    elapsed = (time.process_time() - started) * 1000
    headline_words = words(article.headline or "")
    expected_headline = annotation["headline_line"]
    if expected_headline is None:
        headline_ok = article.headline_from_body or article.headline is None  # no title line, and none made up
    else:
        headline_ok = not article.headline_from_body and headline_words == line_words[expected_headline]
    predicted_titles = [words(s.title) for s in article.sections if s.title]
    title_lines = [s["title_line"] for s in annotation["sections"] if s["title_line"]]
    expected_titles = [line_words[number] for number in title_lines]
    remaining = list(expected_titles)
    found = 0
    for title in predicted_titles:
        if title in remaining:
            remaining.remove(title)
            found += 1
    body_lines = [n for s in annotation["sections"] for n in s["body_lines"]] + title_lines
    expected_body = Counter(w for n in body_lines for w in line_words[n])
    units = [words(t) for s in article.sections for t in (s.title or "", *s.paragraphs)]
    spoken = Counter(w for unit in units for w in unit)
    if article.headline_from_body:
        spoken += Counter(headline_words)
    kept = sum((spoken & expected_body).values())
    body_units = [line_words[n] for n in body_lines]

    def is_spoken(number: int, candidates: list[list[str]]) -> bool:
        furniture = line_words[number]
        if not furniture:
            return False
        for unit in candidates:
            if unit == furniture:
                return True
            if unit and _sequence_in(unit, furniture) and len(unit) * 2 >= len(furniture):
                return True  # spoken with a bit cut off
            if _sequence_in(furniture, unit) and unit not in body_units and unit != headline_words:
                return True  # glued into a spoken paragraph
        return False

    furniture_lines = annotation["boilerplate_line_numbers"]
    everything = units + ([] if article.headline_from_body else [headline_words])
    leaked = [lines[n - 1] for n in furniture_lines if is_spoken(n, everything)]
    repeats = [n for n in annotation["headline_duplicate_lines"] if is_spoken(n, units)]
    return PageScore(name, unseen, headline_ok, found, len(predicted_titles), len(expected_titles), kept,
                     sum(expected_body.values()), leaked, len(furniture_lines), len(repeats), elapsed)


def page_cases(folder: Path) -> list[tuple[str, str, dict]]:
    """(name, text, annotation) for each page listed in ``folder/annotations.json``."""
    table = folder / "annotations.json"
    if not table.is_file():
        return []
    pages = json.loads(table.read_text(encoding="utf-8"))["pages"]
    return [(page["file"], (folder / page["file"]).read_text(encoding="utf-8"), page) for page in pages]


def lacks_annotations(program: str, folders: list[Path]) -> bool:
    """Whether some of ``folders`` hold no ``annotations.json``; if so says which, in one line on stderr."""
    missing = [str(folder) for folder in folders if not (folder / "annotations.json").is_file()]
    if missing:
        print(f"{program}: error: no annotations.json in {', '.join(missing)}", file=sys.stderr)
    return bool(missing)


def distinct_page_cases(folders: list[Path]) -> list[tuple[Path, str, str, dict]]:
    """(folder, name, text, annotation) for each page of ``folders``; a page whose text an earlier folder
    already holds is left out (annotated sets share copies of pages, which would count twice in a fit)."""
    seen: set[str] = set()
    cases = []
    for folder in folders:
        for name, text, annotation in page_cases(folder):
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if digest not in seen:
                seen.add(digest)
                cases.append((folder, name, text, annotation))
    return cases


def score_pages(folder: Path, *, split: bool) -> list[PageScore]:
    return [score_page(text, page, name=name, unseen=split and is_unseen(name))
            for name, text, page in page_cases(folder)]


@dataclass(frozen=True)
class PageTotals:
    pages: int
    headline: float
    title_precision: float
    title_recall: float
    body_kept: float
    furniture_spoken: float

    @classmethod
    def of(cls, scores: list[PageScore]) -> PageTotals:
        def share(part: int, whole: int, empty: float) -> float:
            return part / whole if whole else empty

        total = lambda attr: sum(getattr(s, attr) for s in scores)  # noqa: E731
        return cls(len(scores), share(sum(s.headline_ok for s in scores), len(scores), 1.0),
                   share(total("titles_found"), total("titles_predicted"), 1.0),
                   share(total("titles_found"), total("titles_expected"), 1.0),
                   share(total("body_kept"), total("body_total"), 1.0),
                   share(sum(len(s.furniture_spoken) for s in scores), total("furniture_total"), 0.0))


def report_pages(scores: list[PageScore], title: str, verbose: bool, *, split: bool = True) -> None:
    print(f"\n{title}")
    print(f"{'page':28} {'set':6} {'headline':8} {'title P':>9} {'title R':>9} {'body kept':>10} "
          f"{'furniture spoken':>16} {'repeats':>7} {'ms':>5}")
    for s in scores:
        print(f"{s.name[:28]:28} {('unseen' if s.unseen else 'tuning') if split else 'ours':6} {'ok' if s.headline_ok else 'WRONG':8} "
              f"{s.titles_found:>3}/{s.titles_predicted:<5} {s.titles_found:>3}/{s.titles_expected:<5} "
              f"{ratio(s.body_kept, s.body_total):>10} {len(s.furniture_spoken):>8}/{s.furniture_total:<7} "
              f"{s.repeats_spoken:>7} {s.milliseconds:5.1f}")
        if verbose:
            for line in s.furniture_spoken:
                print(f"{'':36} spoken: {line[:90]}")
    groups = [("all", scores)]
    if any(s.unseen for s in scores):
        groups += [("tuning", [s for s in scores if not s.unseen]), ("UNSEEN", [s for s in scores if s.unseen])]
    for label, group in groups:
        t = PageTotals.of(group)
        print(f"TOTAL {label} ({t.pages} pages): headline {t.headline:.1%}, section titles P {t.title_precision:.2f} "
              f"R {t.title_recall:.2f}, body words kept {t.body_kept:.2%}, furniture lines spoken "
              f"{t.furniture_spoken:.1%} ({sum(len(s.furniture_spoken) for s in group)}/"
              f"{sum(s.furniture_total for s in group)})")


TARGETS = ("Done when, on pages not tuned on: headline >= 95%, section titles P and R >= 0.90, "
           "body words kept >= 99%, furniture lines spoken <= 5%")


def summary_row(label: str, scores: list[PageScore]) -> str:
    t = PageTotals.of(scores)
    spoken = sum(len(s.furniture_spoken) for s in scores)
    furniture = sum(s.furniture_total for s in scores)
    return (f"{label[:34]:34} {t.pages:5d} {t.headline:8.1%} {t.title_precision:8.2f} {t.title_recall:8.2f} "
            f"{t.body_kept:9.2%} {t.furniture_spoken:9.1%} ({spoken}/{furniture})")


def report_summary(rows: list[tuple[str, list[PageScore]]]) -> None:
    """One line of totals per folder, last, so that ``| tail`` shows only totals."""
    print(f"\nSUMMARY: totals per folder. {TARGETS}")
    print(f"{'folder':34} {'pages':>5} {'headline':>8} {'titles P':>8} {'titles R':>8} {'body kept':>9} "
          f"{'furniture spoken':>16}")
    for label, scores in rows:
        print(summary_row(label, scores))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=Path, default=HERE / "text_examples")
    parser.add_argument("--shared", type=Path, default=SHARED,
                        help=f"folder of the shared real articles (skipped when absent; default: {WHERE})")
    parser.add_argument("--more-pages", type=Path, action="append", default=[], metavar="DIR",
                        help="another folder of annotated pages (NN_name.txt + annotations.json, the format of "
                             "../shared/corpus/pages); repeat it for several folders, each is reported on its "
                             "own; real pages are kept outside the repository")
    parser.add_argument("--totals", action="store_true",
                        help="print only the summary: one line of totals per folder, no page or line")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the junk strings and lines that leaked")
    args = parser.parse_args(argv)
    if lacks_annotations("text_quality", args.more_pages):
        return 2
    try:
        all_cases = cases(args.examples, args.shared)
        own = [score(p, e) for p, e in all_cases if p.parent == args.examples]
        shared = [score(p, e) for p, e in all_cases if p.parent != args.examples]
        pages = args.shared / "corpus" / "pages"
        shared_pages = score_pages(pages, split=True)
        more = [(folder, score_pages(folder, split=False)) for folder in args.more_pages]
    except AudioEditionError as error:
        print(f"text_quality: error: {error}", file=sys.stderr)
        return 2
    if not args.totals:
        report(own, f"our annotated examples ({args.examples})", args.verbose)
        if shared:
            report(shared, f"shared real articles ({args.shared})", args.verbose)
        if shared_pages:
            report_pages(shared_pages, f"annotated real pages ({pages}); 'unseen' = file number divisible by 3, "
                         "held out from tuning in session 2", args.verbose)
        for folder, scores in more:
            report_pages(scores, f"more annotated pages ({folder})", args.verbose, split=False)
    rows = []
    if shared_pages:
        rows += [("shared pages, all", shared_pages),
                 ("shared pages, dev (2/3)", [s for s in shared_pages if not s.unseen]),
                 ("shared pages, old unseen (1/3)", [s for s in shared_pages if s.unseen])]
    rows += [(str(folder), scores) for folder, scores in more]
    report_summary(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
