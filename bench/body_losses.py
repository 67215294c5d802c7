"""Where the splitter loses the article's words, on annotated page folders: each lost body word put down to the
decision that lost its line.

    python -m bench.body_losses DIR [DIR ...]          # words lost by cause, with pages and folders
    python -m bench.body_losses DIR [DIR ...] --lines  # and each losing line (page text: only on folders you may read)

A body line (annotated in a section, as a sub-heading or a paragraph) is lost when ``inspect --lines`` shows it
dropped ("after the article", "image caption", "before the article", ...) or taken as the headline while the page
has a title line of its own (a headline from the page's first sentence is spoken, and counted kept). A line the
unwrapper joined to the line above it shares that line's fate. Words lost inside a spoken line (a paragraph cut
short) are counted as "cut inside a spoken line" (and a dropped line's words the page speaks elsewhere are taken
back, a negative count). The causes add up to ``text_quality``'s body words lost, so a
class of losses that recurs across folders can be told from one page's shape before anything is changed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from bench.text_quality import distinct_page_cases, score_page, words
from text.plain import LineDecision, split_plain

CUT_INSIDE = "cut inside a spoken line"
SPOKEN_ELSEWHERE = "(the same words spoken elsewhere)"
"""A negative count: a dropped line's words that the page speaks in another line (scores count words, not lines)."""
TITLE_MARK = " [sub-heading]"


@dataclass(frozen=True)
class Loss:
    folder: str
    page: str
    line: int
    """1-based line number; 0 for words lost inside spoken lines."""
    cause: str
    words: int
    text: str


def page_losses(folder: str, name: str, text: str, annotation: dict) -> list[Loss]:
    """The body words one page loses, by the decision on each losing line."""
    score = score_page(text, annotation, name=name, unseen=False)
    lost = score.body_total - score.body_kept
    if lost <= 0:
        return []
    split = split_plain(text, source=name)
    decisions = {decision.number: decision for decision in split.lines}
    titles = {section["title_line"] for section in annotation["sections"] if section["title_line"]}
    body = sorted({n for section in annotation["sections"] for n in section["body_lines"]} | titles)
    source_lines = text.split("\n")
    losses = []
    for number in body:
        decision = _fate(decisions, number)
        if decision is None or _kept(decision, from_body=split.article.headline_from_body):
            continue
        cause = decision.decision + (TITLE_MARK if number in titles else "")
        losses.append(Loss(folder, name, number, cause, len(words(source_lines[number - 1])), decision.text))
    inside = lost - sum(loss.words for loss in losses)
    if inside:
        losses.append(Loss(folder, name, 0, CUT_INSIDE if inside > 0 else SPOKEN_ELSEWHERE, inside, ""))
    return losses


def _fate(decisions: dict[int, LineDecision], number: int) -> LineDecision | None:
    """The decision on line ``number``, or on the line it was joined to (the nearest decided line above it)."""
    if number in decisions:
        return decisions[number]
    above = [other for other in decisions if other < number]
    return decisions[max(above)] if above else None


def _kept(decision: LineDecision, *, from_body: bool) -> bool:
    return decision.spoken and (decision.decision != "headline" or from_body)


def folder_losses(folders: list[Path]) -> list[Loss]:
    return [loss for folder, name, text, annotation in distinct_page_cases(folders)
            for loss in page_losses(folder.name, name, text, annotation)]


def report(losses: list[Loss], total_words: int, *, lines: bool) -> str:
    by_cause: Counter[str] = Counter()
    folders: dict[str, Counter[str]] = defaultdict(Counter)
    pages: dict[str, set[str]] = defaultdict(set)
    for loss in losses:
        by_cause[loss.cause] += loss.words
        folders[loss.cause][loss.folder] += loss.words
        pages[loss.cause].add(f"{loss.folder}/{loss.page}")
    lost = sum(by_cause.values())
    kept = 1 - lost / total_words if total_words else 1.0
    out = [f"{lost} of {total_words} body words lost ({kept:.2%} kept)",
           f"{'words':>5}  {'cause':36} {'pages':>5}  folders"]
    for cause, count in by_cause.most_common():
        spread = " ".join(f"{name}:{n}" for name, n in sorted(folders[cause].items()))
        out.append(f"{count:5d}  {cause:36} {len(pages[cause]):5d}  {spread}")
    if lines:
        out += [f"{loss.folder}\t{loss.page}\t{loss.line}\t{loss.cause}\t{loss.words}\t{loss.text}" for loss in losses]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--lines", action="store_true", help="list each losing line with its text")
    args = parser.parse_args(argv)
    missing = [str(f) for f in args.folders if not (f / "annotations.json").is_file()]
    if missing:
        print(f"body_losses: error: no annotations.json in {', '.join(missing)}", file=sys.stderr)
        return 2
    cases = distinct_page_cases(args.folders)
    total = sum(score_page(text, annotation, name=name, unseen=False).body_total
                for _, name, text, annotation in cases)
    print(report(folder_losses(args.folders), total, lines=args.lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
