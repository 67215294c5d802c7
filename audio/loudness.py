"""Level the whole edition once: integrated loudness to a target, true peak under a ceiling."""

from __future__ import annotations

import logging

import numpy as np

from audio_edition.ffmpeg import AudioSegment

log = logging.getLogger(__name__)

DEFAULT_TARGET_LUFS = -16.0
DEFAULT_CEILING_DBTP = -1.5


def to_float(segment: AudioSegment) -> np.ndarray:
    samples = np.frombuffer(segment.raw_data, dtype=np.int16)
    return samples.astype(np.float64) / 32768.0


def from_float(samples: np.ndarray, frame_rate: int) -> AudioSegment:
    pcm = np.clip(np.round(samples * 32767.0), -32768, 32767).astype(np.int16)
    return AudioSegment(data=pcm.tobytes(), sample_width=2, frame_rate=frame_rate, channels=1)


def integrated_loudness(samples: np.ndarray, frame_rate: int) -> float:
    import pyloudnorm

    return float(pyloudnorm.Meter(frame_rate).integrated_loudness(samples))


def true_peak_dbtp(samples: np.ndarray, oversample: int = 4) -> float:
    """Peak of the 4x oversampled signal (ITU-R BS.1770 annex 2 style)."""
    from scipy.signal import resample_poly

    if samples.size == 0:
        return float("-inf")
    peak = float(np.max(np.abs(resample_poly(samples, oversample, 1))))
    return 20 * np.log10(peak) if peak > 0 else float("-inf")


def limit(samples: np.ndarray, frame_rate: int, ceiling_dbtp: float) -> np.ndarray:
    """A look-ahead peak limiter: smooth gain reduction where peaks pass the ceiling."""
    from scipy.ndimage import maximum_filter1d, uniform_filter1d
    from scipy.signal import resample_poly

    ceiling = 10 ** (ceiling_dbtp / 20)
    oversampled = np.abs(resample_poly(samples, 4, 1))
    envelope = oversampled.reshape(-1, 4).max(axis=1)[: samples.size] if oversampled.size >= samples.size * 4 \
        else np.abs(samples)
    needed = np.minimum(1.0, ceiling / np.maximum(envelope, 1e-9))
    window = max(1, int(frame_rate * 0.005))
    gain = -maximum_filter1d(-needed, size=2 * window + 1)
    gain = uniform_filter1d(gain, size=window)
    gain = np.minimum(gain, -maximum_filter1d(-needed, size=3))
    return samples * gain


def normalise(segment: AudioSegment, *, target_lufs: float = DEFAULT_TARGET_LUFS,
              ceiling_dbtp: float = DEFAULT_CEILING_DBTP) -> AudioSegment:
    samples = to_float(segment)
    measured = integrated_loudness(samples, segment.frame_rate)
    if not np.isfinite(measured):
        log.warning("edition is silent; loudness left as is")
        return segment
    samples = samples * 10 ** ((target_lufs - measured) / 20)
    for _ in range(3):
        if true_peak_dbtp(samples) <= ceiling_dbtp:
            break
        samples = limit(samples, segment.frame_rate, ceiling_dbtp - 0.3)
    log.info("loudness %.1f LUFS -> %.1f LUFS", measured, integrated_loudness(samples, segment.frame_rate))
    return from_float(samples, segment.frame_rate)
