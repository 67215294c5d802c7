"""True peak: the level of the signal between samples, from polyphase interpolation, computed only where it matters.

An interpolated value near sample n is a weighted sum of the few samples around
n, so it can never exceed ``bound`` (the largest sum of absolute tap values of
one phase, about 2.3) times the largest of those samples. A chunk of samples
where that bound stays under the level a caller cares about (the limiter's
ceiling, the loudest peak found so far) cannot matter and is skipped: the
results are those of interpolating everywhere. The rest is matrix products:
each row of inputs gives ``WIDTH`` windows' values of every phase at once
(a block-Toeplitz matrix), which BLAS computes five times faster than one
``np.convolve`` per phase (in float64 like them, or float32 for a meter).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

SAFETY = 1.0001
"""Sums may round a little above the exact bound: a window this close to the level is interpolated too."""
CHUNK = 4096
"""Samples judged together: a chunk whose bound stays under the level is skipped."""
DELTA = 1e-9
"""A tap smaller than this is zero (the sample-aligned phase of a Nyquist filter is a single tap)."""
WIDTH = 16
"""Windows whose values one row of a matrix product gives."""
ROWS = 256
"""Rows per matrix product: few enough that OpenBLAS keeps it on one thread (a second thread would spin
on a busy machine for no gain), enough that Python's overhead per product is small."""


def lowpass_taps(count: int, cutoff: float, window: np.ndarray) -> np.ndarray:
    """Windowed-sinc low-pass with unit gain at DC (``cutoff`` relative to Nyquist): what
    ``scipy.signal.firwin(count, cutoff, window=...)`` gives, without importing scipy.signal."""
    middle = np.arange(count) - (count - 1) / 2
    taps = cutoff * np.sinc(cutoff * middle) * window
    return taps / taps.sum()


class Interpolator:
    """``factor``-times oversampling by the FIR ``taps`` (already scaled by ``factor``), phase by phase.

    The interpolated values "at" sample n are the ``factor`` phase outputs whose
    input window is ``x[n + delay - span + 1 : n + delay + 1]``.
    """

    def __init__(self, taps: np.ndarray, factor: int, delay: int = 0, dtype: type = np.float64) -> None:
        """``dtype`` of the products: float32 halves their cost, and its rounding (a few 1e-7 of full
        scale) is far under any level a meter reports."""
        self.factor, self.delay, self.dtype = factor, delay, dtype
        self.span = -(-taps.size // factor)
        padded = np.zeros(self.span * factor, dtype=np.float64)
        padded[:taps.size] = taps
        # row j multiplies x[n + delay - span + 1 + j]: tap index k = span - 1 - j of each phase
        self.matrix = padded.reshape(self.span, factor)[::-1].copy()
        self.bound = float(np.abs(self.matrix).sum(axis=0).max())
        single = [np.count_nonzero(np.abs(phase) > DELTA) == 1 for phase in self.matrix.T]
        self._single_taps = tuple((int(np.argmax(np.abs(phase))), float(phase[np.argmax(np.abs(phase))]))
                                  for phase, one in zip(self.matrix.T, single) if one)
        """(row, tap) of each phase that is one tap: the sample itself, scaled."""
        spread = [phase for phase, one in zip(self.matrix.T, single) if not one]
        self._toeplitz = np.zeros((WIDTH + self.span - 1, len(spread) * WIDTH), dtype=dtype)
        """Input row (``WIDTH + span - 1`` samples) times this = column ``p * WIDTH + o`` is the value of the
        ``p``-th phase of many taps at the row's window ``o``."""
        for index, phase in enumerate(spread):
            for offset in range(WIDTH):
                self._toeplitz[offset:offset + self.span, index * WIDTH + offset] = phase

    def _padded(self, samples: np.ndarray) -> np.ndarray:
        """``samples`` with zeros around them, so that window n is ``padded[n:n + span]``."""
        offset = self.delay - self.span + 1  # padded[i] is samples[i + offset]
        padded = np.zeros(samples.size + self.span - 1, dtype=self.dtype)
        first = max(0, -offset)
        count = min(padded.size - first, samples.size - (first + offset))
        padded[first:first + count] = samples[first + offset:first + offset + count]
        return padded

    def _products(self, padded: np.ndarray) -> Iterator[tuple[int, int, np.ndarray]]:
        """(first window, windows, values) for the whole windows of ``padded``, ``ROWS * WIDTH``
        windows at a time: ``values[r, p, o]`` is the ``p``-th many-tap phase at window ``first + r * WIDTH + o``.
        Past ``windows`` (in the last row of the last product) the values are of zeros beyond ``padded``."""
        total = padded.size - self.span + 1
        phases = self._toeplitz.shape[1] // WIDTH
        pieces = -(-self._toeplitz.shape[0] // WIDTH)  # a row is this many runs of WIDTH samples, the last cut
        for first in range(0, total, ROWS * WIDTH):
            windows = min(ROWS * WIDTH, total - first)
            rows = -(-windows // WIDTH)
            part = padded[first:first + (rows + pieces - 1) * WIDTH]
            if part.size < (rows + pieces - 1) * WIDTH:
                part = np.concatenate([part, np.zeros((rows + pieces - 1) * WIDTH - part.size, part.dtype)])
            runs = [part[index * WIDTH:(index + rows) * WIDTH].reshape(rows, WIDTH) for index in range(pieces)]
            runs[-1] = runs[-1][:, :self._toeplitz.shape[0] - (pieces - 1) * WIDTH]
            products = np.concatenate(runs, axis=1, dtype=self.dtype) @ self._toeplitz  # rows of inputs: one copy
            yield first, windows, products.reshape(rows, phases, WIDTH)

    def _window_peaks(self, padded: np.ndarray) -> np.ndarray:
        """Per whole window of ``padded``, the largest magnitude among its interpolated values."""
        result = np.zeros(max(0, padded.size - self.span + 1), dtype=self.dtype)
        for first, windows, values in self._products(padded):
            np.abs(values, out=values)
            peaks = values[:, 0]
            for phase in range(1, values.shape[1]):
                np.maximum(peaks, values[:, phase], out=peaks)
            result[first:first + windows] = peaks.ravel()[:windows]
        for row, tap in self._single_taps:
            np.maximum(result, np.abs(padded[row:row + result.size] * tap), out=result)
        return result

    def _peak(self, padded: np.ndarray) -> float:
        """The largest interpolated magnitude over the whole windows of ``padded``."""
        windows = padded.size - self.span + 1
        peak = max((abs(tap) * float(np.abs(padded[row:row + windows]).max()) for row, tap in self._single_taps),
                   default=0.0)
        for _, count, values in self._products(padded):
            if count < values.shape[0] * WIDTH:  # the last rows run past the last window
                values = values.transpose(0, 2, 1).reshape(-1, values.shape[1])[:count]
            if values.size:
                peak = max(peak, float(values.max()), -float(values.min()))
        return peak

    def _loud_runs(self, samples: np.ndarray, floor: float) -> list[tuple[int, int]]:
        """(first, last + 1) window ranges, in whole chunks, outside of which no interpolated value
        can exceed ``floor`` (the bound times the loudest sample a chunk's windows see)."""
        windows = samples.size - self.span + 1
        chunks = -(-windows // CHUNK)
        whole = min(samples.size // CHUNK, chunks + 1)
        split = samples[:whole * CHUNK].reshape(whole, CHUNK)  # a view: no copy, no pass for magnitudes
        peaks = np.zeros(chunks + 1, dtype=np.float64)
        peaks[:whole] = np.maximum(split.max(axis=1, initial=0), -split.min(axis=1, initial=0))
        rest = samples[whole * CHUNK:(chunks + 1) * CHUNK]
        if rest.size:
            peaks[whole] = max(float(rest.max()), -float(rest.min()))
        reach = np.maximum(peaks[:-1], peaks[1:])  # a chunk's windows run span - 1 < CHUNK samples past it
        loud = np.concatenate([[False], reach * (self.bound * SAFETY) > floor, [False]])
        edges = np.flatnonzero(np.diff(loud.astype(np.int8)))
        return [(int(a) * CHUNK, min(windows, int(b) * CHUNK)) for a, b in zip(edges[::2], edges[1::2])]

    def envelope(self, samples: np.ndarray, floor: float = 0.0) -> np.ndarray:
        """Per sample, the largest magnitude among the sample and the interpolated values at it
        (zeros assumed outside ``samples``), float32. Exact wherever it can exceed ``floor``;
        elsewhere just the sample's magnitude (which is then no more than ``floor`` either)."""
        samples = np.asarray(samples, dtype=np.float32)
        envelope = np.abs(samples)
        if samples.size == 0:
            return envelope
        padded = self._padded(samples)
        for start, stop in self._loud_runs(padded, floor):
            part = envelope[start:stop]
            np.maximum(part, self._window_peaks(padded[start:stop + self.span - 1]).astype(np.float32), out=part)
        return envelope

    def peak(self, samples: np.ndarray, floor: float = 0.0) -> float:
        """Largest interpolated magnitude over the windows lying wholly inside ``samples`` when it
        exceeds ``floor`` (else some value no larger than ``floor``).

        With ``floor`` the loudest peak found so far, only the stretches that could beat it are
        interpolated.
        """
        samples = np.asarray(samples)
        if samples.size < self.span:
            return 0.0
        peak = 0.0
        for start, stop in self._loud_runs(samples, floor):
            peak = max(peak, self._peak(samples[start:stop + self.span - 1]))
        return peak
