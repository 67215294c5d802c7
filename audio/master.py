"""The final signal chain, block by block: edition gain, true-peak limiter, resample to 44.1 kHz.

Each block is rendered with enough margin that the limiter and the polyphase
resampler see the same neighbourhood they would in one whole-file pass, so the
output equals a whole-file pass while memory stays a few blocks wide.
"""

from __future__ import annotations

import logging
import math
import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from audio_edition.errors import InputError
from audio.loudness import (DEFAULT_CEILING_DBTP, DEFAULT_TARGET_LUFS, MP3_HEADROOM_DB, check_target,
                            edition_loudness, held_gain, level_parts, limiter_gain, limiter_reach,
                            measure_blocks, PeakMemory)
from audio.timeline import Edition

log = logging.getLogger(__name__)

OUTPUT_RATE = 44100
BLOCK_SECONDS = 10.0
RESAMPLE_REACH = 320
"""Input samples either side the resampler needs: with 160 or more, a block resampled with its margins
equals the same stretch of a whole-file resample (to float32 rounding) at 16, 22.05, 24 and 48 kHz."""
RESAMPLE_QUALITY = "HQ"
"""libsoxr's high quality: 20-bit precision, flat to 91 % of the lower Nyquist frequency."""
WORKERS = min(2, os.cpu_count() or 1)
"""Threads making blocks: the machines this runs on have two cores or more; more threads than that
only add memory."""
MAX_CORRECTIONS = 4
PEAK_MEMORY_HEADROOM_DB = 8.0
"""How far above the first gain the corrections may go with the envelopes of the first pass (speech
needs 3 to 5 dB); past it a pass interpolates afresh."""
PEAK_MEMORY_SECONDS = 60 * 60.0
"""Envelopes are remembered for the first hour of an edition (about 0.6 MB a minute for speech); longer
editions interpolate the rest on every pass rather than grow memory with their length."""
LOUDNESS_TOLERANCE_LU = 0.1


@dataclass(frozen=True, kw_only=True)
class Mastering:
    target_lufs: float = DEFAULT_TARGET_LUFS
    ceiling_dbtp: float = DEFAULT_CEILING_DBTP
    headroom_db: float = MP3_HEADROOM_DB
    """Extra margin under the ceiling for the peaks MP3 coding adds."""

    def __post_init__(self) -> None:
        check_target(self.target_lufs)
        if not -20.0 <= self.ceiling_dbtp <= 0.0:
            raise InputError(f"true-peak ceiling must be between -20 and 0 dBTP, not {self.ceiling_dbtp}")
        if not 0.0 <= self.headroom_db <= 6.0:
            raise InputError(f"MP3 headroom must be between 0 and 6 dB, not {self.headroom_db}")

    @property
    def limit_linear(self) -> float:
        return 10 ** ((self.ceiling_dbtp - self.headroom_db) / 20)


@dataclass(frozen=True)
class Plan:
    """What the chain will do to one edition."""

    edition: Edition
    """After per-part levelling."""
    gain_db: float
    measured_lufs: float
    peaks: PeakMemory | None = None
    """The limiter's envelopes from the measuring passes, for the encoding pass."""


def resample_ratio(rate: int, out_rate: int = OUTPUT_RATE) -> tuple[int, int]:
    divisor = math.gcd(rate, out_rate)
    return out_rate // divisor, rate // divisor


def output_frames(frames: int, rate: int, out_rate: int = OUTPUT_RATE) -> int:
    up, down = resample_ratio(rate, out_rate)
    return -(-frames * up // down)


def limited_blocks(edition: Edition, gain_db: float, limit: float, out_rate: int = OUTPUT_RATE,
                   block_seconds: float = BLOCK_SECONDS, peaks: PeakMemory | None = None) -> Iterator[np.ndarray]:
    """Float32 blocks at ``out_rate``: the edition times the gain, limited, resampled.

    Blocks are independent (each is rendered with its own margin), so WORKERS
    threads make them side by side (the heavy steps are numpy C code that
    releases the GIL); they are yielded in order, at most WORKERS ahead.
    ``peaks`` (its ceiling ``limit``) remembers the limiter's envelopes for a
    later pass over the same blocks at another gain.
    """
    import soxr

    rate = edition.frame_rate
    up, down = resample_ratio(rate, out_rate)
    # Blocks and margins are laid out for the resampler even when measuring at the edition's own rate,
    # so the measuring passes and the encoding pass see the same stretches (``peaks`` serves all).
    layout_up, layout_down = resample_ratio(rate, out_rate if out_rate != rate else OUTPUT_RATE)
    margin = layout_down * -(-RESAMPLE_REACH // layout_down) if layout_up != layout_down else 0
    reach = limiter_reach(rate)
    block = layout_down * max(1, round(block_seconds * rate / layout_down))
    gain = np.float32(10 ** (gain_db / 20))
    if peaks is not None and peaks.ceiling != limit:
        peaks = None  # remembered for another ceiling

    def make(start: int) -> np.ndarray:
        stop = min(edition.frames, start + block)
        samples = edition.render(start - margin - reach, stop + margin + reach)
        if peaks is None:
            samples *= gain
            samples *= limiter_gain(samples, rate, limit)
        else:
            needed = peaks.needed((start - margin - reach, stop + margin + reach), samples, float(gain))
            samples *= gain
            samples *= held_gain(needed, rate)
        samples = samples[reach:samples.size - reach]
        if up == down:
            return samples[margin:samples.size - margin]
        first = margin * up // down
        count = -(-stop * up // down) - start * up // down
        return soxr.resample(samples, rate, out_rate, quality=RESAMPLE_QUALITY)[first:first + count]

    with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="master") as pool:
        pending: deque[Future[np.ndarray]] = deque()
        for start in range(0, edition.frames, block):
            pending.append(pool.submit(make, start))
            if len(pending) > WORKERS:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def plan(edition: Edition, mastering: Mastering) -> Plan:
    """Level the parts, then find the one gain that takes the limited edition to the target.

    The limiter lowers loudness a little where it works, so the limited result
    is measured and the gain corrected until it is within LOUDNESS_TOLERANCE_LU
    (one correction for speech; peaky material may need more).
    """
    levelled = level_parts(edition, mastering.target_lufs)
    measured = edition_loudness(levelled)
    if not math.isfinite(measured):
        log.warning("edition is silent; loudness left as is")
        return Plan(levelled, 0.0, measured)
    gain_db = mastering.target_lufs - measured
    peaks = PeakMemory(mastering.limit_linear, 10 ** ((gain_db + PEAK_MEMORY_HEADROOM_DB) / 20),
                       frames=round(PEAK_MEMORY_SECONDS * levelled.frame_rate))
    for _ in range(MAX_CORRECTIONS):
        limited = measure_blocks(limited_blocks(levelled, gain_db, mastering.limit_linear, levelled.frame_rate,
                                                peaks=peaks), levelled.frame_rate)
        if not math.isfinite(limited) or abs(mastering.target_lufs - limited) <= LOUDNESS_TOLERANCE_LU:
            break
        gain_db += mastering.target_lufs - limited
    log.info("loudness %.1f LUFS after levelling parts; edition gain %+.1f dB", measured, gain_db)
    return Plan(levelled, gain_db, measured, peaks)
