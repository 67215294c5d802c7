"""The interpolator's matrix products give what a plain filter over every window gives, at every length."""

import numpy as np
import pytest

from audio.truepeak import CHUNK, ROWS, WIDTH, Interpolator, lowpass_taps


def _interpolator(delay: int, dtype: type = np.float64, count: int = 81) -> Interpolator:
    """check's filter (81 taps: rows of 36 samples), or with 97 taps the limiter's length (rows of 40)."""
    return Interpolator(lowpass_taps(count, 0.25, np.kaiser(count, 5.0)) * 4, 4, delay=delay, dtype=dtype)


def _direct(interpolator: Interpolator, samples: np.ndarray) -> np.ndarray:
    """Per sample, the largest magnitude among the sample and every phase's value: one dot product a window."""
    before = interpolator.span - 1 - interpolator.delay
    padded = np.concatenate([np.zeros(before), samples, np.zeros(interpolator.delay)])
    windows = np.lib.stride_tricks.sliding_window_view(padded, interpolator.span)
    return np.maximum(np.abs(samples), np.abs(windows @ interpolator.matrix).max(axis=1))


@pytest.mark.parametrize("size", [1, 20, 21, 22, WIDTH * ROWS - 1, WIDTH * ROWS + 5, CHUNK * 3 + 7])
@pytest.mark.parametrize("delay, count", [(0, 81), (10, 81), (12, 97)])
@pytest.mark.parametrize("dtype, tolerance", [(np.float64, 1e-12), (np.float32, 1e-5)])
def test_envelope_and_peak_equal_filtering_every_window(size, delay, count, dtype, tolerance):
    interpolator = _interpolator(delay, dtype, count)
    samples = np.random.default_rng(size).standard_normal(size).astype(np.float32)
    expected = _direct(interpolator, samples.astype(np.float64))
    assert np.allclose(interpolator.envelope(samples), expected, rtol=max(tolerance, 1e-6), atol=0)
    # peak() sees only the windows wholly inside the samples: with delay 0, window n ends at sample n
    inside = expected[interpolator.span - 1:] if delay == 0 else None
    if inside is not None and inside.size:
        assert interpolator.peak(samples) == pytest.approx(inside.max(), rel=tolerance)


def test_a_floor_skips_only_what_cannot_reach_it():
    interpolator = _interpolator(10)
    samples = np.random.default_rng(7).standard_normal(CHUNK * 8).astype(np.float32) * 0.01
    samples[CHUNK * 5 + 100] = 0.9  # one loud chunk among quiet ones
    exact = interpolator.envelope(samples)
    floored = interpolator.envelope(samples, floor=0.5)
    loud = exact > 0.5
    assert loud.any() and np.array_equal(floored[loud], exact[loud])
    assert np.all(floored <= np.maximum(exact, 0.5))
