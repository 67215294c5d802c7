import numpy as np
import pyloudnorm
import pytest
import soxr

from audio.assemble import assemble
from audio.loudness import (LoudnessMeter, PeakMemory, integrated_loudness, level_parts, limiter_gain,
                            peak_envelope, true_peak_dbtp)
from audio.master import Mastering, limited_blocks, plan
from audio.timeline import Pauses
from audio_edition.errors import InputError
from tests.support.audio_parts import part
from tests.support.fake_engine import FakeEngine

RATE = 24000


def noisy_speechlike(seconds: float, seed: int = 1) -> np.ndarray:
    """Noise bursts with pauses: a signal the gates have something to do with."""
    rng = np.random.default_rng(seed)
    samples = rng.normal(0, 0.1, int(seconds * RATE)).astype(np.float32)
    envelope = (np.sin(np.arange(samples.size) / RATE * 2 * np.pi * 0.7) > -0.3).astype(np.float32)
    return samples * envelope


def test_meter_agrees_with_pyloudnorm():
    """Within 0.1 LU, as check's meter is held to: both follow BS.1770, but pyloudnorm designs its
    K-weighting filter its own way (0.09 LU apart on white noise at 24 kHz); ours is libebur128's."""
    samples = noisy_speechlike(12)
    expected = pyloudnorm.Meter(RATE).integrated_loudness(samples.astype(np.float64))
    assert integrated_loudness(samples, RATE) == pytest.approx(expected, abs=0.1)


def test_mastering_meter_reads_what_check_reads():
    from audio.check.loudness import integrated_loudness as check_integrated
    from audio.check.meter import Meter

    samples = noisy_speechlike(12)
    meter = Meter(RATE, 1)
    meter.add(samples[:, None])
    measured = meter.result()
    expected = check_integrated(measured.k_power, 1 / measured.window_seconds)
    assert integrated_loudness(samples, RATE) == pytest.approx(expected, abs=0.02)


def test_meter_gives_the_same_result_fed_in_odd_pieces():
    samples = noisy_speechlike(6)
    meter = LoudnessMeter(RATE)
    for start in range(0, samples.size, 7777):
        meter.feed(samples[start:start + 7777])
    assert meter.integrated() == pytest.approx(integrated_loudness(samples, RATE), abs=1e-6)


def test_meter_reports_silence_as_minus_infinity():
    assert integrated_loudness(np.zeros(RATE * 2, dtype=np.float32), RATE) == float("-inf")


def test_parts_at_different_levels_come_out_level():
    loud, quiet = FakeEngine(amplitude=0.5), FakeEngine(amplitude=0.05)
    parts = [part(loud, "paragraph", 1, "a", "فقرة أولى طويلة بما يكفي للقياس الدقيق"),
             part(quiet, "paragraph", 2, "b", "فقرة ثانية طويلة بما يكفي للقياس الدقيق")]
    levelled = level_parts(assemble(parts, Pauses()), -16.0)
    first, second = levelled.placements
    loudness = [integrated_loudness(levelled.render(p.start, p.stop), RATE) for p in (first, second)]
    assert loudness[0] == pytest.approx(-16.0, abs=0.3)
    assert loudness[1] == pytest.approx(-16.0, abs=0.3)


def test_a_part_too_short_to_measure_takes_the_median_gain():
    engine = FakeEngine(amplitude=0.05)
    parts = [part(engine, "headline", 0, "h", "قصير"),
             part(engine, "paragraph", 1, "p", "فقرة طويلة بما يكفي للقياس الدقيق للمستوى")]
    levelled = level_parts(assemble(parts, Pauses()), -16.0)
    assert levelled.placements[0].gain == pytest.approx(levelled.placements[1].gain)


def test_limiter_keeps_true_peak_under_the_ceiling():
    samples = noisy_speechlike(5) * 8
    ceiling = 10 ** (-2 / 20)
    limited = samples * limiter_gain(samples, RATE, ceiling)
    assert true_peak_dbtp(samples) > 0
    assert true_peak_dbtp(limited) <= -2 + 0.1


def test_limiter_leaves_quiet_audio_alone():
    samples = noisy_speechlike(2) * 0.5
    assert np.all(limiter_gain(samples, RATE, 0.9) == 1.0)


def test_peak_envelope_sees_peaks_between_samples():
    time = np.arange(RATE) / RATE
    samples = np.sin(2 * np.pi * (RATE / 4) * time + np.pi / 4).astype(np.float32)  # samples at +-0.707
    assert np.abs(samples).max() < 0.72
    assert peak_envelope(samples)[100:-100].max() > 0.95


def test_block_by_block_chain_equals_one_whole_pass():
    engine = FakeEngine(amplitude=0.9)
    parts = [part(engine, "paragraph", 1, "a", "نص " * 30), part(engine, "paragraph", 2, "b", "كلام " * 30)]
    edition = assemble(parts, Pauses())
    small = np.concatenate(list(limited_blocks(edition, 6.0, 0.5, block_seconds=0.3)))
    whole = np.concatenate(list(limited_blocks(edition, 6.0, 0.5, block_seconds=1000)))
    assert small.size == whole.size == -(-edition.frames * 147 // 80)
    assert np.max(np.abs(small - whole)) < 1e-5


@pytest.mark.parametrize("gain_db", [0.0, 4.0, 12.0])
def test_remembered_peaks_limit_as_fresh_ones_do(gain_db):
    """The measuring passes reuse the first pass's envelopes at other gains (and past max_gain, where
    nothing is remembered, interpolate afresh): the output must not change."""
    engine = FakeEngine(amplitude=0.9)
    edition = assemble([part(engine, "paragraph", 1, "a", "نص " * 30), part(engine, "paragraph", 2, "b", "كلام " * 30)],
                       Pauses())
    limit = Mastering().limit_linear
    peaks = PeakMemory(limit, 10 ** (6.0 / 20), frames=edition.frames // 2)  # the second half is not kept
    list(limited_blocks(edition, 0.0, limit, edition.frame_rate, block_seconds=0.5, peaks=peaks))  # fills it
    for out_rate in (edition.frame_rate, 44100):
        fresh = np.concatenate(list(limited_blocks(edition, gain_db, limit, out_rate, block_seconds=0.5)))
        remembered = np.concatenate(list(limited_blocks(edition, gain_db, limit, out_rate, block_seconds=0.5,
                                                        peaks=peaks)))
        assert np.max(np.abs(fresh - remembered)) < 1e-5
        assert true_peak_dbtp(remembered) <= 20 * np.log10(limit) + 0.1


def test_resampled_blocks_equal_a_whole_file_resample():
    engine = FakeEngine(amplitude=0.1)
    edition = assemble([part(engine, "paragraph", 1, "a", "نص " * 20)], Pauses())
    blocks = np.concatenate(list(limited_blocks(edition, 0.0, 1.0, block_seconds=0.25)))
    margin = 80 * 8  # silence either side, as each block has: soxr's one-shot call starts its output differently
    padded = edition.render(-margin, edition.frames + margin)
    whole = soxr.resample(padded, edition.frame_rate, 44100, quality="HQ")[margin * 147 // 80:][:blocks.size]
    assert np.max(np.abs(blocks - whole)) < 1e-5


def test_plan_takes_the_edition_to_the_target_after_limiting():
    engine = FakeEngine(amplitude=0.02)
    parts = [part(engine, "paragraph", number, "t", "فقرة طويلة بما يكفي للقياس " * 2) for number in (1, 2, 3)]
    chain = plan(assemble(parts, Pauses()), Mastering(target_lufs=-18.0))
    output = np.concatenate(list(limited_blocks(chain.edition, chain.gain_db, Mastering().limit_linear)))
    assert integrated_loudness(output, 44100) == pytest.approx(-18.0, abs=0.1)


@pytest.mark.parametrize("target", [-50.0, 0.0])
def test_unreasonable_loudness_target_is_refused(target):
    with pytest.raises(InputError, match="loudness target"):
        Mastering(target_lufs=target)
