"""Silence from the meter's 10 ms window powers: at the edges of the file, inside each chapter, and the
speaking time between them."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Gap:
    start_s: float
    length_s: float


def silent_windows(power: np.ndarray, threshold_dbfs: float) -> np.ndarray:
    """True for each window whose RMS level is under ``threshold_dbfs`` (a full-scale sine's RMS is -3 dBFS)."""
    return power < 10 ** (threshold_dbfs / 10)


def _runs(silent: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(starts, ends) of every run of True, ends exclusive."""
    edges = np.diff(np.concatenate([[0], silent.astype(np.int8), [0]]))
    return np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)


def edge_silence(silent: np.ndarray, window_s: float) -> tuple[float, float]:
    """Seconds of silence before the first sound and after the last (the whole length when all silent)."""
    if silent.size == 0:
        return 0.0, 0.0
    sound = np.flatnonzero(~silent)
    if sound.size == 0:
        return silent.size * window_s, silent.size * window_s
    return float(sound[0] * window_s), float((silent.size - 1 - sound[-1]) * window_s)


def longest_inner_gap(silent: np.ndarray, window_s: float, start_s: float, end_s: float,
                      edge_tolerance_s: float = 0.0) -> Gap | None:
    """Longest silence between ``start_s`` and ``end_s`` with sound on both sides inside that span.

    Silence touching the span's start or end (a pause before the next chapter)
    is not dead air inside it; nor is silence that ends, or starts, within
    ``edge_tolerance_s`` of it. A lossy codec smears the onset of the next
    chapter's first word a frame (26 ms) earlier, so a pause before a chapter
    starts can end a window or two short of the chapter's boundary.
    """
    first = max(0, int(np.ceil(start_s / window_s)))
    last = min(silent.size, int(end_s / window_s))
    if last - first < 3:
        return None
    starts, ends = _runs(silent[first:last])
    slack = int(round(edge_tolerance_s / window_s))
    inner = (starts > slack) & (ends < last - first - slack)
    if not inner.any():
        return None
    lengths = (ends - starts)[inner]
    best = int(np.argmax(lengths))
    return Gap(start_s=float((first + starts[inner][best]) * window_s), length_s=float(lengths[best] * window_s))



@dataclass(frozen=True)
class Pauses:
    """The silences longer than a breath between the first sound and the last."""

    count: int
    seconds: float


def pauses_over(silent: np.ndarray, window_s: float, longest_breath_s: float) -> Pauses:
    """The silences longer than ``longest_breath_s`` with sound on both sides.

    A silence up to a breath long (between words, phrases and sentences) is part of speaking; a longer
    one is a pause between parts (a paragraph, a title, a section) or dead air, and says nothing about
    how fast the voice speaks.
    """
    sound = np.flatnonzero(~silent)
    if sound.size == 0:
        return Pauses(0, 0.0)
    starts, ends = _runs(silent[sound[0]:sound[-1] + 1])
    windows = (ends - starts)[(ends - starts) > round(longest_breath_s / window_s)]
    return Pauses(int(windows.size), float(windows.sum() * window_s))
