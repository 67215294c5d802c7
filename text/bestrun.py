"""The best run of a page's line weights: the contiguous run with the highest total (Kadane), and where it ends once
a thin tail (list items, labels, furniture adding less than one line of prose) is left out. ``text.bodyfind`` takes
the article from it."""

from __future__ import annotations

from text.lineshape import strip_bullet
from text.scoredline import LineScore, PROSE


def best_run(scores: list[float]) -> tuple[int, int, float]:
    """(start, end, total) of the contiguous run with the highest total (Kadane); the first best run wins."""
    best = (0, 0, 0.0)
    start, total = 0, 0.0
    for index, score in enumerate(scores):
        if total <= 0:
            start, total = index, 0.0
        total += score
        if total > best[2] + 1e-9:
            best = (start, index + 1, total)
    return best


def without_thin_tail(scored: tuple[LineScore, ...], start: int, end: int, total: float) -> int:
    """Where the best run ``scored[start:end]`` (its scores summing to ``total``) ends once its tail past a line scored
    against the article is left out, when that tail adds less than ``PROSE`` to the total (less than one line that
    reads like prose) and holds no paragraph of its own, only list items, labels and furniture: the page's next box
    (a label, then teaser titles, one of them closed by "؟"), which Kadane's sum takes in for a gain of a tenth. A
    short last paragraph past a caption stays, however little it scores."""
    running = 0.0
    for position in range(start, end - 1):
        running += scored[position].score
        tail = scored[position + 1:end]
        if (running > total - PROSE and any(line.score < 0 for line in tail)
                and not any(line.score >= PROSE and strip_bullet(line.text) == line.text for line in tail)):
            return position + 1
    return end
