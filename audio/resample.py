"""Rational resampling, the same arithmetic as ``scipy.signal.resample_poly`` without importing scipy.signal.

Importing scipy.signal takes about 0.6 s of CPU and 60 MB, all of it under the
GIL, which is more than the resampling a build does. This is resample_poly's
filter (a Kaiser-windowed sinc, beta 5, 10 zero crossings per side at the lower
rate) and its alignment (output sample ``j`` is centred on input position
``j * down / up``, zeros outside the input), computed phase by phase: every
output sample is a dot product of a few input samples (about 20) with one
phase of the filter.
"""

from __future__ import annotations

import functools

import numpy as np

from audio.truepeak import lowpass_taps

ZERO_CROSSINGS = 10
KAISER_BETA = 5.0


@functools.cache
def _phases(up: int, down: int) -> tuple[int, np.ndarray]:
    """(half the filter length, the filter as ``up`` rows of taps, row p holding taps p, p + up, ...)."""
    rate = max(up, down)
    half = ZERO_CROSSINGS * rate
    count = 2 * half + 1
    taps = lowpass_taps(count, 1 / rate, np.kaiser(count, KAISER_BETA)) * up
    per_phase = -(-count // up)
    padded = np.zeros(per_phase * up)
    padded[:count] = taps
    return half, padded.reshape(per_phase, up).T.copy()


def resample_poly(samples: np.ndarray, up: int, down: int) -> np.ndarray:
    """``samples`` (1-D) at ``up / down`` times the rate, ``ceil(size * up / down)`` samples long (``up`` and
    ``down`` without a common factor); float32 for float32 samples (as scipy computes), else float64."""
    samples = np.asarray(samples)
    dtype = np.float32 if samples.dtype == np.float32 else np.float64
    count = -(-samples.size * up // down)
    out = np.zeros(count, dtype=dtype)
    if count == 0:
        return out
    half, phases = _phases(up, down)
    phases = phases.astype(dtype, copy=False)
    width = phases.shape[1]
    # Output j = r + up * i takes the taps of phase (j * down + half) % up and the inputs ending at
    # (j * down + half) // up, going back: the same phase and an end ``down`` further for each i.
    padded = np.zeros(samples.size + 2 * width + down, dtype=dtype)
    padded[width:width + samples.size] = samples
    windows = np.lib.stride_tricks.sliding_window_view(padded, width)  # window s ends at input s - 1
    for first in range(min(up, count)):
        centre = first * down + half
        phase, last = centre % up, centre // up
        outputs = -(-(count - first) // up)
        taps = phases[phase][::-1]
        if down == 1:  # consecutive windows: a multiply-add over the whole signal per tap
            total, term = np.zeros(outputs, dtype=dtype), np.empty(outputs, dtype=dtype)
            for offset, tap in enumerate(taps):
                total += np.multiply(padded[last + 1 + offset:last + 1 + offset + outputs], tap, out=term)
            out[first::up] = total
        else:
            out[first::up] = windows[last + 1:last + 1 + down * outputs:down][:outputs] @ taps
    return out
