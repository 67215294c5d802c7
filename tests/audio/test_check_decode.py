"""The check's two decoders: dr_mp3 where its answer is ffmpeg's, ffmpeg for everything else."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from audio.check.decode import NotExact, dr_mp3_blocks, ffmpeg_blocks
from audio.check.findings import find
from audio.check.loudness import integrated_loudness
from audio.check.meter import Measurements, Meter
from audio.check.mp3frames import scan
from tests.audio.check_mp3s import Spec, make


def _measured(blocks, stream) -> Measurements:
    with Meter(stream.sample_rate, stream.channels) as meter:
        for block in blocks:
            meter.add(block)
        return meter.result()


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("decode")


@pytest.mark.parametrize("spec", [Spec(), Spec(rate=22050, bitrate=64), Spec(dead_air=(5.0, 7.0))],
                         ids=["good", "22khz", "dead-air"])
def test_dr_mp3_measures_what_ffmpeg_measures(folder, spec):
    mp3 = make(folder / f"{spec.rate}-{spec.dead_air}.mp3", spec)
    stream = scan(mp3)
    fast = _measured(dr_mp3_blocks(mp3, stream), stream)
    exact = _measured(ffmpeg_blocks(mp3, sample_rate=stream.sample_rate, channels=1), stream)
    assert fast.samples == exact.samples == stream.samples
    assert fast.true_peak == pytest.approx(exact.true_peak, abs=1e-4)
    assert fast.sample_peak == pytest.approx(exact.sample_peak, abs=1e-4)
    for name in ("k_power", "power"):  # per 10 ms window: the same above -60 dB, 16-bit rounding under it
        fast_power, exact_power = getattr(fast, name), getattr(exact, name)
        audible = exact_power > 1e-6
        assert np.allclose(fast_power[audible], exact_power[audible], rtol=2e-3)
        assert np.allclose(fast_power[~audible], exact_power[~audible], rtol=0, atol=1e-8)
    per_second = 1 / exact.window_seconds
    assert integrated_loudness(fast.k_power, per_second) == pytest.approx(
        integrated_loudness(exact.k_power, per_second), abs=0.001)
    assert fast.clipped == exact.clipped == 0


def test_a_sample_at_full_scale_is_measured_from_ffmpegs_float_decode(folder):
    mp3 = make(folder / "clipped.mp3", Spec(clip_at=5.0))
    with pytest.raises(NotExact, match="full scale"):
        list(dr_mp3_blocks(mp3, scan(mp3)))
    findings = find(mp3)
    assert findings.sample_peak_dbfs > 0.0  # an over that a 16-bit decode would have clipped to 0 dBFS
    assert findings.clipped_samples > 0


def test_bytes_outside_whole_frames_are_measured_from_ffmpeg(folder):
    whole = make(folder / "whole.mp3", Spec()).read_bytes()
    assert scan(folder / "whole.mp3").unframed_bytes == 0
    middle = len(whole) // 2
    cut = folder / "cut.mp3"
    cut.write_bytes(whole[:middle + 7])
    junk = folder / "junk.mp3"
    junk.write_bytes(whole[:middle] + bytes(range(256)) * 4 + whole[middle:])
    for damaged in (cut, junk):
        stream = scan(damaged)
        assert stream.unframed_bytes > 0
        with pytest.raises(NotExact, match="not whole MP3 frames"):
            next(dr_mp3_blocks(damaged, stream))
        assert find(damaged).duration_s > 5.0


def test_a_sample_count_other_than_the_frames_promise_is_not_trusted(folder):
    mp3 = make(folder / "count.mp3", Spec())
    promised_less = dataclasses.replace(scan(mp3), encoder_padding=1152)
    with pytest.raises(NotExact, match="samples where the frames hold"):
        list(dr_mp3_blocks(mp3, promised_less))
