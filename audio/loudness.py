"""Loudness: ITU-R BS.1770 measurement block by block, per-part levelling, a true-peak limiter.

The edition is levelled twice: each part (headline, title, paragraph, music)
is first brought to the target on its own, so no section is louder than the
next; then one gain takes the whole edition to the target and the limiter
keeps true peaks under the ceiling (see :mod:`audio.master`).
"""

from __future__ import annotations

import functools
import importlib.machinery
import importlib.util
import logging
import math
import statistics
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from audio_edition.errors import InputError
from audio.truepeak import Interpolator, lowpass_taps

if TYPE_CHECKING:  # the timeline loads pydub; 'audio-edition check' meters with this module and needs neither
    from audio.timeline import Edition

log = logging.getLogger(__name__)

DEFAULT_TARGET_LUFS = -16.0
DEFAULT_CEILING_DBTP = -1.0
MP3_HEADROOM_DB = 2.5
"""Decoding an MP3 can raise peaks (by up to 1.6 dB seen on espeak speech at 96 kbps); the limiter aims
this far below the ceiling."""
MAX_PART_DEVIATION_DB = 10.0
"""A part's levelling gain stays this close to the median gain (never pump up near-silence)."""
ABSOLUTE_GATE_LUFS = -70.0
RELATIVE_GATE_LU = -10.0
ATTACK_S = 0.005
HOLD_S = 0.05
MEASURE_BLOCK_S = 10.0
INTERPOLATOR_TAPS = 24


def check_target(target_lufs: float) -> float:
    if not -40.0 <= target_lufs <= -5.0:
        raise InputError(f"loudness target must be between -40 and -5 LUFS, not {target_lufs}")
    return target_lufs


def k_weighting(sample_rate: int) -> np.ndarray:
    """BS.1770 K-weighting (high shelf then high pass) as second-order sections for ``sample_rate``.

    The analogue prototypes below are the ones libebur128 uses; at 48 kHz they
    give the coefficients printed in BS.1770 exactly, at other rates the same curve.
    """
    f0, gain_db, q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = math.tan(math.pi * f0 / sample_rate)
    vh = 10 ** (gain_db / 20)
    vb = vh ** 0.4996667741545416
    a0 = 1 + k / q + k * k
    shelf = [(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
             1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0]
    f0, q = 38.13547087602444, 0.5003270373238773
    k = math.tan(math.pi * f0 / sample_rate)
    a0 = 1 + k / q + k * k
    high_pass = [1.0, -2.0, 1.0, 1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0]
    return np.array([shelf, high_pass])


@functools.cache
def _linear_filter() -> Callable:
    """scipy's C implementation of ``lfilter`` (``_sigtools._linear_filter(b, a, x, axis, zi)``).

    Importing scipy.signal costs about 0.6 s of CPU and 60 MB, all of it under the GIL (it stalls the
    threads that make speech), while the filter itself is one extension module that loads in 10 ms.
    So the module is loaded from its file; if a scipy release moves it, the public ``lfilter`` is
    used instead (same code, same results).
    """
    name = "scipy.signal._sigtools"
    try:
        module = sys.modules.get(name)
        if module is None:
            scipy = importlib.util.find_spec("scipy")  # where it is, without running its __init__ (~10 ms)
            folder = Path(next(iter(scipy.submodule_search_locations))) / "signal"
            path = next(folder / f"_sigtools{suffix}" for suffix in importlib.machinery.EXTENSION_SUFFIXES
                        if (folder / f"_sigtools{suffix}").is_file())
            spec = importlib.util.spec_from_file_location(name, path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            sys.modules[name] = module  # a later ``import scipy.signal`` uses this one
        return module._linear_filter
    except (ImportError, AttributeError, OSError, StopIteration, TypeError):
        from scipy.signal import lfilter

        log.debug("scipy's filter module was not found where expected; importing scipy.signal")
        return lambda b, a, x, axis, zi: lfilter(b, a, x, axis=axis, zi=zi)


class KWeighting:
    """The K-weighting filter run over consecutive blocks (state kept between them).

    One fourth-order direct-form filter (``lfilter``) instead of two sections: in
    float64 it matches the cascade to 1e-12 and takes half the time.
    """

    def __init__(self, sample_rate: int, channels: int | None = None) -> None:
        sections = k_weighting(sample_rate)
        self._b = np.convolve(sections[0, :3], sections[1, :3])
        self._a = np.convolve(sections[0, 3:], sections[1, 3:])
        self._state = np.zeros(4 if channels is None else (4, channels))

    def __call__(self, samples: np.ndarray) -> np.ndarray:
        """Float64 K-weighted ``samples`` (mono 1-D, or frames x channels when made with ``channels``)."""
        filtered, self._state = _linear_filter()(self._b, self._a, np.asarray(samples, dtype=np.float64), 0,
                                                 self._state)
        return filtered


class LoudnessMeter:
    """Gated integrated loudness (BS.1770-4) of mono audio fed in pieces of any size.

    400 ms / 75 % overlap blocks as in BS.1770, but only one sum per 100 ms is
    kept, so an hour of audio needs no full copy. The filter is the one
    ``audio-edition check`` measures with.
    """

    def __init__(self, frame_rate: int):
        self._filter = KWeighting(frame_rate)
        self._hop = round(frame_rate * 0.1)
        self._carry = np.zeros(0)
        self._sums: list[np.ndarray] = []

    def feed(self, samples: np.ndarray) -> None:
        """Add float samples (full scale 1.0)."""
        filtered = self._filter(samples)
        if self._carry.size:
            filtered = np.concatenate([self._carry, filtered])
        whole = filtered.size // self._hop * self._hop
        hops = filtered[:whole].reshape(-1, self._hop)
        self._sums.append(np.einsum("ij,ij->i", hops, hops))
        self._carry = filtered[whole:].copy()  # a view would keep the whole block alive

    def integrated(self) -> float:
        """LUFS; -inf when silent or shorter than one 400 ms block."""
        sums = np.concatenate(self._sums) if self._sums else np.zeros(0)
        if sums.size < 4:
            return float("-inf")
        power = (sums[:-3] + sums[1:-2] + sums[2:-1] + sums[3:]) / (4 * self._hop)
        with np.errstate(divide="ignore"):
            block_loudness = -0.691 + 10 * np.log10(power)
        above_absolute = block_loudness > ABSOLUTE_GATE_LUFS
        if not above_absolute.any():
            return float("-inf")
        relative = -0.691 + 10 * np.log10(power[above_absolute].mean()) + RELATIVE_GATE_LU
        gated = power[above_absolute & (block_loudness > relative)]
        return float(-0.691 + 10 * np.log10(gated.mean()))


def integrated_loudness(samples: np.ndarray, frame_rate: int) -> float:
    """Integrated loudness in LUFS of float samples (full scale 1.0)."""
    meter = LoudnessMeter(frame_rate)
    step = max(1, int(frame_rate * MEASURE_BLOCK_S))
    for start in range(0, samples.size, step):
        meter.feed(samples[start:start + step])
    return meter.integrated()


def measure_blocks(blocks: Iterable[np.ndarray], frame_rate: int) -> float:
    meter = LoudnessMeter(frame_rate)
    for block in blocks:
        meter.feed(block)
    return meter.integrated()


def edition_blocks(edition: Edition, seconds: float = MEASURE_BLOCK_S) -> Iterable[np.ndarray]:
    step = max(1, int(edition.frame_rate * seconds))
    for start in range(0, edition.frames, step):
        yield edition.render(start, min(edition.frames, start + step))


def edition_loudness(edition: Edition) -> float:
    return measure_blocks(edition_blocks(edition), edition.frame_rate)


def level_parts(edition: Edition, target_lufs: float = DEFAULT_TARGET_LUFS) -> Edition:
    """Bring every part to ``target_lufs`` on its own.

    Parts too short to measure (under 400 ms) take the median gain of the others.
    """
    from audio.timeline import FULL_SCALE

    meters: dict[int, LoudnessMeter] = {}
    for placement in edition.placements:
        meter = meters.setdefault(placement.part, LoudnessMeter(edition.frame_rate))
        meter.feed(placement.samples[:] * (placement.gain / FULL_SCALE))
    measured = {part: meter.integrated() for part, meter in meters.items()}
    gains_db = {part: target_lufs - value for part, value in measured.items() if math.isfinite(value)}
    if not gains_db:
        return edition
    median = statistics.median(gains_db.values())  # np.median would import numpy.ma (12 ms) for this
    gains = {}
    for part in meters:
        gain_db = gains_db.get(part, median)
        gain_db = min(max(gain_db, median - MAX_PART_DEVIATION_DB), median + MAX_PART_DEVIATION_DB)
        gains[part] = 10 ** (gain_db / 20)
    log.info("levelled %d parts: gains %.1f to %.1f dB", len(gains),
             20 * np.log10(min(gains.values())), 20 * np.log10(max(gains.values())))
    return edition.with_part_gains(gains)


@functools.cache
def _interpolator(oversample: int) -> Interpolator:
    """A low-pass interpolator with 24 taps per phase (BS.1770 annex 2 suggests 12 per phase; that
    under-reads peaks near Nyquist by ~0.3 dB), centred on the sample it is asked about."""
    count = INTERPOLATOR_TAPS * oversample + 1
    return Interpolator(lowpass_taps(count, 1 / oversample, np.hamming(count)) * oversample, oversample,
                        delay=INTERPOLATOR_TAPS // 2)


def peak_envelope(samples: np.ndarray, oversample: int = 4, floor: float = 0.0) -> np.ndarray:
    """Per-sample peak of the ``oversample``-times interpolated signal: the true peak near each sample.

    Exact wherever it can exceed ``floor``; elsewhere it may read lower (never above ``floor``).
    """
    return _interpolator(oversample).envelope(samples, floor)


def true_peak_dbtp(samples: np.ndarray, oversample: int = 4) -> float:
    """Peak of the 4x oversampled signal in dBTP (resample_poly's long filter: the reference measure, for
    tests and benches; builds never call it, so scipy.signal is imported here only)."""
    from scipy.signal import resample_poly

    peak = 0.0
    step = 480_000
    for start in range(0, samples.size, step):
        lo, hi = max(0, start - 64), min(samples.size, start + step + 64)
        over = np.abs(resample_poly(samples[lo:hi], oversample, 1))
        peak = max(peak, float(over.max(initial=0.0)))
    return 20 * math.log10(peak) if peak > 0 else float("-inf")


def limiter_reach(frame_rate: int) -> int:
    """How many samples either side a limiter gain depends on."""
    return round(frame_rate * HOLD_S) + round(frame_rate * ATTACK_S) + 64


def limiter_gain(samples: np.ndarray, frame_rate: int, ceiling: float) -> np.ndarray:
    """Gain (<= 1) that keeps the true-peak envelope under ``ceiling`` (linear).

    Look-ahead of ATTACK_S so gain falls before a peak, then held for HOLD_S
    and released over ATTACK_S; never above the gain a sample needs. Exact for
    all but the first and last :func:`limiter_reach` samples, so callers
    process blocks with that much margin.
    """
    envelope = peak_envelope(samples, floor=ceiling)  # where it reads low, no gain is needed anyway
    return held_gain(np.minimum(1.0, ceiling / np.maximum(envelope, 1e-9)).astype(np.float32), frame_rate)


def held_gain(needed: np.ndarray, frame_rate: int) -> np.ndarray:
    """The limiter's gain from the gain each sample ``needed`` (see :func:`limiter_gain`)."""
    if needed.size == 0 or needed.min() >= 1.0:
        return np.ones_like(needed)
    attack = max(1, round(frame_rate * ATTACK_S))
    hold = max(attack, round(frame_rate * HOLD_S))
    size = hold + attack + 1
    windowed = sliding_minimum(needed, size)  # window [k - size//2, k - size//2 + size - 1]
    shift = hold - size // 2  # make it [n - hold, n + attack]
    held = np.empty_like(windowed)
    held[shift:] = windowed[:windowed.size - shift] if shift else windowed
    held[:shift] = windowed[0]
    smooth = moving_average(held, attack)
    return np.minimum(smooth, needed)


def sliding_minimum(values: np.ndarray, size: int) -> np.ndarray:
    """The minimum of each window of ``size`` values, centred as ``scipy.ndimage.minimum_filter1d`` centres
    it (mode "nearest": a window is clipped to the array), by doubling: after step k each entry is the
    minimum of the next 2**k values, and a window is the minimum of two overlapping such spans. A dozen
    vector passes for 1,213 samples, each as fast as memory (a quarter of scipy's time on speech blocks)."""
    if values.size == 0 or size <= 1:
        return values.copy()
    before = size // 2
    minima = np.full(values.size + size - 1, np.inf, dtype=values.dtype)
    minima[before:before + values.size] = values
    span = 1
    while span * 2 <= size:
        minima = np.minimum(minima[:-span], minima[span:])  # minima[i]: the minimum of padded[i:i + 2 * span]
        span *= 2
    return np.minimum(minima[:values.size], minima[size - span:size - span + values.size])


def moving_average(values: np.ndarray, size: int) -> np.ndarray:
    """The mean of each window of ``size`` values (``scipy.ndimage.uniform_filter1d``, mode "nearest": the
    edge values repeated), float32: the sums of power-of-two spans made by doubling, the window's sum
    from the spans that make up ``size`` (pairwise sums: within a few float32 roundings of scipy's)."""
    if values.size == 0 or size <= 1:
        return values.copy()
    before = size // 2
    sums = np.empty(values.size + size - 1, dtype=np.float32)
    sums[:before], sums[before + values.size:] = values[0], values[-1]
    sums[before:before + values.size] = values
    total = np.zeros(values.size, dtype=np.float32)
    offset, span = 0, 1
    while span <= size:
        if size & span:
            total += sums[offset:offset + values.size]  # sums[i]: the sum of padded[i:i + span]
            offset += span
        if span * 2 <= size:
            sums = sums[:-span] + sums[span:]
        span *= 2
    total *= np.float32(1 / size)
    return total


class PeakMemory:
    """The true-peak envelope of each stretch the limiter has seen, kept between passes at other gains.

    The envelope does not depend on the gain (it scales with it), and the
    measuring passes of :func:`audio.master.plan` see the same stretches at a
    few gains: each stretch is interpolated once. Only the samples whose peak
    could reach ``ceiling`` at up to ``max_gain`` are kept (about a tenth of
    speech): a bit per sample says which, and their peaks are float32 (about
    half a byte per sample in all); at a higher gain a stretch is interpolated afresh.
    """

    def __init__(self, ceiling: float, max_gain: float, frames: int | None = None) -> None:
        self.ceiling, self.max_gain, self.frames = ceiling, max_gain, frames
        self._floor = ceiling / max_gain
        self._stretches: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}

    def needed(self, key: tuple[int, int], samples: np.ndarray, gain: float) -> np.ndarray:
        """Per sample of ``samples`` (the stretch ``key`` = (first, last + 1) frame, before ``gain``), the
        gain it needs to stay under the ceiling once multiplied by ``gain``. Stretches starting past
        ``frames`` are not remembered (a memory bound for long editions)."""
        if gain > self.max_gain or (self.frames is not None and key[0] >= self.frames):
            envelope = peak_envelope(samples * np.float32(gain), floor=self.ceiling)
            return np.minimum(1.0, self.ceiling / np.maximum(envelope, 1e-9)).astype(np.float32)
        if key not in self._stretches:
            envelope = peak_envelope(samples, floor=self._floor)
            loud = envelope > self._floor
            self._stretches[key] = np.packbits(loud), envelope[loud]
        bits, peaks = self._stretches[key]
        loud = np.unpackbits(bits, count=samples.size).view(bool)
        needed = np.ones(samples.size, dtype=np.float32)
        needed[loud] = np.minimum(1.0, self.ceiling / (peaks * np.float32(gain)))
        return needed
