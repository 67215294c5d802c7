"""Where the splitter loses the article's words, on annotated page folders: each lost body word put down to the
decision that lost its line.

    python -m bench.body_losses DIR [DIR ...]          # words lost by cause, with pages and folders
    python -m bench.body_losses DIR [DIR ...] --lines  # and each losing line (page text: only on folders you may read)
    python -m bench.body_losses DIR [DIR ...] --after  # and "after the article" split by where the run ended

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

from bench.text_quality import distinct_page_cases, lacks_annotations, score_page, words
from text.bodyfind import best_run, find_body, score_lines
from text.plain import LineDecision, page_lines, split_plain

CUT_INSIDE = "cut inside a spoken line"
SPOKEN_ELSEWHERE = "(the same words spoken elsewhere)"
"""A negative count: a dropped line's words that the page speaks in another line (scores count words, not lines)."""
TITLE_MARK = " [sub-heading]"
AFTER = "after the article"
TITLE_BELOW = "the page's title below the run (another part of the page read as the article)"
PAST_THE_RUN = "past the best run (the run did not reach it)"
CUT_OFF_THE_RUN = "inside the best run, cut off its end by a rule"


@dataclass(frozen=True)
class Loss:
    folder: str
    page: str
    line: int
    """1-based line number; 0 for words lost inside spoken lines."""
    cause: str
    words: int
    text: str
    after: str = ""
    """For a line lost "after the article": where the best run ended (``after_kind``)."""


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
        after = after_kind(text, annotation, number) if decision.decision == AFTER else ""
        losses.append(Loss(folder, name, number, cause, len(words(source_lines[number - 1])), decision.text, after))
    inside = lost - sum(loss.words for loss in losses)
    if inside:
        losses.append(Loss(folder, name, 0, CUT_INSIDE if inside > 0 else SPOKEN_ELSEWHERE, inside, ""))
    return losses


def after_kind(text: str, annotation: dict, number: int) -> str:
    """Why line ``number``, dropped after the article, was left out: the page's title line stands below the article
    the splitter found (it read another part of the page as the article); the line lies past the best-scoring run of
    lines (a gap of short lines the run did not cross, or a better run above); or the run held it and a rule cut the
    run's end above it."""
    numbered = page_lines(text)
    index = next((place for place, (line_number, _) in enumerate(numbered) if line_number >= number), len(numbered))
    title = annotation.get("headline_line")
    title_index = next((place for place, (line_number, _) in enumerate(numbered) if line_number == title), None)
    lines = [line for _, line in numbered]
    body = find_body(lines)
    if title_index is not None and title_index >= body.end:
        return TITLE_BELOW
    _, run_end, _ = best_run([line.score for line in score_lines(lines)[0]])
    return PAST_THE_RUN if index >= run_end else CUT_OFF_THE_RUN


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


def report(losses: list[Loss], total_words: int, *, lines: bool, after: bool = False) -> str:
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
    if after:
        out += _after_report(losses)
    if lines:
        out += [f"{loss.folder}\t{loss.page}\t{loss.line}\t{loss.cause}\t{loss.words}\t{loss.text}" for loss in losses]
    return "\n".join(out)


def _after_report(losses: list[Loss]) -> list[str]:
    """The words lost "after the article" by where the best run ended (``after_kind``), with their pages."""
    words_by: Counter[str] = Counter()
    pages: dict[str, set[str]] = defaultdict(set)
    for loss in losses:
        if loss.after:
            words_by[loss.after] += loss.words
            pages[loss.after].add(f"{loss.folder}/{loss.page}")
    return ([f"{'words':>5}  {AFTER + ', by where the run ended':70} {'pages':>5}"]
            + [f"{count:5d}  {kind:70} {len(pages[kind]):5d}" for kind, count in words_by.most_common()])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--lines", action="store_true", help="list each losing line with its text")
    parser.add_argument("--after", action="store_true",
                        help="split the words lost after the article by where the best run ended")
    args = parser.parse_args(argv)
    if lacks_annotations("body_losses", args.folders):
        return 2
    cases = distinct_page_cases(args.folders)
    total = sum(score_page(text, annotation, name=name, unseen=False).body_total
                for _, name, text, annotation in cases)
    print(report(folder_losses(args.folders), total, lines=args.lines, after=args.after))
    return 0


if __name__ == "__main__":
    sys.exit(main())
