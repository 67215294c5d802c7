"""Loudness from the meter's 10 ms windows: BS.1770 integrated loudness and EBU Tech 3342 loudness range.

Gating blocks (400 ms, 75 % overlap) and short-term blocks (3 s, every
100 ms) are sums of whole 10 ms windows, so any span of the file (a chapter)
is measured with the same code as the whole.
"""

from __future__ import annotations

import numpy as np

ABSOLUTE_GATE_LUFS = -70.0
RELATIVE_GATE_LU = -10.0
LRA_RELATIVE_GATE_LU = -20.0
LRA_LOW_PERCENTILE, LRA_HIGH_PERCENTILE = 10, 95
BLOCK_SECONDS, BLOCK_STEP_SECONDS = 0.4, 0.1
SHORT_TERM_SECONDS = 3.0


def _lufs(power: np.ndarray | float) -> np.ndarray | float:
    with np.errstate(divide="ignore"):
        return -0.691 + 10 * np.log10(power)


def block_powers(k_power: np.ndarray, windows_per_second: float, length_s: float,
                 step_s: float = BLOCK_STEP_SECONDS) -> np.ndarray:
    """Mean K-weighted power of every whole block of ``length_s`` starting each ``step_s``."""
    size = round(length_s * windows_per_second)
    step = max(1, round(step_s * windows_per_second))
    if k_power.size < size:
        return np.zeros(0)
    cumulative = np.concatenate([[0.0], np.cumsum(k_power, dtype=np.float64)])
    starts = np.arange(0, k_power.size - size + 1, step)
    return (cumulative[starts + size] - cumulative[starts]) / size


def integrated_loudness(k_power: np.ndarray, windows_per_second: float) -> float | None:
    """Gated integrated loudness in LUFS; None when nothing passes the absolute gate (silence, or under 400 ms)."""
    blocks = block_powers(k_power, windows_per_second, BLOCK_SECONDS)
    loud = blocks[_lufs(blocks) > ABSOLUTE_GATE_LUFS] if blocks.size else blocks
    if loud.size == 0:
        return None
    threshold = _lufs(loud.mean()) + RELATIVE_GATE_LU
    kept = loud[_lufs(loud) > threshold]
    return float(_lufs(kept.mean()))


def loudness_range(k_power: np.ndarray, windows_per_second: float) -> float | None:
    """EBU Tech 3342 LRA in LU: spread (10th to 95th percentile) of gated 3 s short-term loudness."""
    blocks = block_powers(k_power, windows_per_second, SHORT_TERM_SECONDS)
    if blocks.size == 0:
        return None
    short_term = _lufs(blocks)
    loud = short_term[short_term > ABSOLUTE_GATE_LUFS]
    if loud.size == 0:
        return None
    threshold = float(_lufs(np.mean(10 ** ((loud + 0.691) / 10)))) + LRA_RELATIVE_GATE_LU
    kept = loud[loud > threshold]
    low, high = np.percentile(kept, [LRA_LOW_PERCENTILE, LRA_HIGH_PERCENTILE])
    return float(high - low)


def to_dbfs(level: float) -> float | None:
    """Linear magnitude to dB; None for digital silence."""
    return float(20 * np.log10(level)) if level > 0 else None
