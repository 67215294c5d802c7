"""One pass over decoded PCM blocks: the figures every loudness and silence measure is built from.

Per 10 ms window it keeps the K-weighted power (ITU-R BS.1770) and the plain
power; over the whole file the sample peak, the true peak (4x oversampled)
and the count of clipped samples. An hour of audio leaves ~360,000 windows
(a few MB) behind, never the audio itself.
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from audio.loudness import KWeighting
from audio.truepeak import Interpolator, lowpass_taps

WINDOWS_PER_SECOND = 100
OVERSAMPLE = 4
CLIP_LEVEL_DBFS = -0.1
CLIP_LEVEL = 10 ** (CLIP_LEVEL_DBFS / 20)
"""A decoded sample this close to full scale (or past it) counts as clipped. Not exactly 1.0: lossy
coding moves a clipped (flat-topped) source a fraction of a dB either way, so most of its samples
decode just under full scale; and anything at full scale clips on a fixed-point output."""


def interpolator(factor: int = OVERSAMPLE) -> Interpolator:
    """Low-pass interpolation for ``factor``x oversampling (the design scipy's resample_poly uses)."""
    count = 2 * 10 * factor + 1
    return Interpolator(lowpass_taps(count, 1 / factor, np.kaiser(count, 5.0)) * factor, factor, dtype=np.float32)


@dataclass(frozen=True)
class Measurements:
    sample_rate: int
    channels: int
    samples: int
    """Frames decoded (per channel)."""
    window: int
    """Samples per analysis window (10 ms; 9.98 ms at 11,025 Hz)."""
    k_power: np.ndarray
    """K-weighted mean square of each window, summed over channels (BS.1770 weights 1.0 for L and R)."""
    power: np.ndarray
    """Plain mean square of each window, averaged over channels."""
    sample_peak: float
    true_peak: float
    clipped: int

    @property
    def duration(self) -> float:
        return self.samples / self.sample_rate

    @property
    def window_seconds(self) -> float:
        return self.window / self.sample_rate


class Meter:
    """Feed blocks in order with :meth:`add`; :meth:`result` gives the Measurements.

    The true peak, the costliest measure, is found on a second thread (its
    convolutions release the GIL) while the next block is decoded and weighted;
    at most one block waits for it.
    """

    def __init__(self, sample_rate: int, channels: int) -> None:
        self.sample_rate, self.channels = sample_rate, channels
        self.window = max(1, sample_rate // WINDOWS_PER_SECOND)
        self._k_weighting = KWeighting(sample_rate, channels)  # starts at rest
        self._interpolator = interpolator()
        self._context = self._interpolator.span - 1  # input samples before a block its first outputs need
        self._tail = np.zeros((self._context, channels), dtype=np.float32)
        self._pending_raw = np.zeros((0, channels), dtype=np.float32)
        self._pending_k = np.zeros((0, channels), dtype=np.float64)
        self._k_power: list[np.ndarray] = []
        self._power: list[np.ndarray] = []
        self._samples = 0
        self._sample_peak = 0.0
        self._true_peak = 0.0
        """Written only by the true-peak thread until :meth:`result`."""
        self._clipped = 0
        self._peaks = ThreadPoolExecutor(max_workers=1, thread_name_prefix="true-peak")
        self._peak_jobs: deque[Future[None]] = deque()

    def add(self, block: np.ndarray) -> None:
        if block.size == 0:
            return
        self._samples += block.shape[0]
        self._sample_peak = max(self._sample_peak, float(block.max()), -float(block.min()))
        self._clipped += int(np.count_nonzero(block >= CLIP_LEVEL)) + int(np.count_nonzero(block <= -CLIP_LEVEL))
        self._queue_peak(block)
        weighted = self._k_weighting(block)
        raw = np.concatenate([self._pending_raw, block]) if self._pending_raw.size else block
        weighted = np.concatenate([self._pending_k, weighted]) if self._pending_k.size else weighted
        whole = raw.shape[0] // self.window * self.window
        self._pending_raw, self._pending_k = raw[whole:], weighted[whole:]
        if whole:
            shape = (whole // self.window, self.window, self.channels)
            k_windows = weighted[:whole].reshape(shape)
            raw_windows = raw[:whole].reshape(shape)
            self._k_power.append(np.einsum("wsc,wsc->w", k_windows, k_windows) / self.window)
            self._power.append(np.einsum("wsc,wsc->w", raw_windows, raw_windows, dtype=np.float64)
                               / (self.window * self.channels))

    def _queue_peak(self, block: np.ndarray) -> None:
        """Hand the block, with the samples before it its first outputs need, to the true-peak thread."""
        extended = np.concatenate([self._tail, block], dtype=np.float32)
        self._tail = extended[-self._context:]
        while len(self._peak_jobs) > 1:
            self._peak_jobs.popleft().result()
        self._peak_jobs.append(self._peaks.submit(self._oversampled_peak, extended, self._sample_peak))

    def _oversampled_peak(self, extended: np.ndarray, sample_peak: float) -> None:
        """Peak of the 4x reconstruction over the outputs whose whole filter span is in ``extended``. Only
        stretches that could beat the loudest peak so far (or the sample peak) are interpolated."""
        for channel in range(self.channels):
            floor = max(self._true_peak, sample_peak)
            self._true_peak = max(self._true_peak, self._interpolator.peak(extended[:, channel], floor))

    def __enter__(self) -> Meter:
        return self

    def __exit__(self, *_: object) -> None:
        """Stop the true-peak thread (a meter left mid-file, by an error, never gives a result)."""
        self._peaks.shutdown(cancel_futures=True)

    def result(self) -> Measurements:
        self._queue_peak(np.zeros((self._context, self.channels), dtype=np.float32))  # flush the tail
        while self._peak_jobs:
            self._peak_jobs.popleft().result()
        self._peaks.shutdown()
        join = (lambda parts: np.concatenate(parts) if parts else np.zeros(0))
        return Measurements(sample_rate=self.sample_rate, channels=self.channels, samples=self._samples,
                            window=self.window, k_power=join(self._k_power), power=join(self._power),
                            sample_peak=self._sample_peak, true_peak=max(self._true_peak, self._sample_peak),
                            clipped=self._clipped)
