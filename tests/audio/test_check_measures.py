"""The check's measurements against known signals, published test cases and independent meters."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest

from audio.check.findings import find
from audio.check.loudness import integrated_loudness, loudness_range, to_dbfs
from audio.check.meter import Meter
from audio.check.mp3frames import scan
from audio.check.silence import longest_inner_gap, pauses_over, silent_windows
from audio.check.transcript import count_words, vtt_text
from audio_edition.errors import InputError
from audio_edition.ffmpeg import ffmpeg_exe
from tests.audio.check_mp3s import Spec, make

RATE = 48000


def _sine(seconds: float, dbfs: float, rate: int = RATE, frequency: float = 1000.0, phase: float = 0.0):
    t = np.arange(round(seconds * rate)) / rate
    return 10 ** (dbfs / 20) * np.sin(2 * np.pi * frequency * t + phase)


def _measure(samples: np.ndarray, rate: int = RATE, block: int = 48000):
    frames = samples if samples.ndim == 2 else samples[:, None]
    meter = Meter(rate, frames.shape[1])
    for start in range(0, frames.shape[0], block):
        meter.add(frames[start:start + block].astype(np.float32))
    return meter.result()


def _stereo(mono: np.ndarray) -> np.ndarray:
    return np.column_stack([mono, mono])


def test_stereo_sine_at_minus_23_dbfs_reads_minus_23_lufs():  # EBU Tech 3341, case 1
    measured = _measure(_stereo(_sine(20, -23.0)))
    assert integrated_loudness(measured.k_power, 100) == pytest.approx(-23.0, abs=0.1)


@pytest.mark.parametrize(("first", "second", "expected"), [(-20, -30, 10), (-20, -15, 5), (-40, -20, 20)])
def test_loudness_range_of_two_level_sine_matches_tech_3342(first, second, expected):  # Tech 3342 cases 1-3
    signal = _stereo(np.concatenate([_sine(20, first), _sine(20, second)]))
    assert loudness_range(_measure(signal).k_power, 100) == pytest.approx(expected, abs=1.0)


def test_true_peak_finds_the_peak_between_samples():
    # A quarter-rate sine sampled 45 degrees off its crest: every sample sits 3 dB under the real peak.
    signal = _sine(1.0, -6.0, rate=44100, frequency=44100 / 4, phase=np.pi / 4)
    measured = _measure(signal, rate=44100)
    assert to_dbfs(measured.sample_peak) == pytest.approx(-9.0, abs=0.1)
    assert to_dbfs(measured.true_peak) == pytest.approx(-6.0, abs=0.2)


def test_measures_do_not_depend_on_how_the_audio_is_cut_into_blocks():
    rng = np.random.default_rng(8)
    signal = rng.normal(0, 0.1, 3 * RATE) * np.repeat(rng.uniform(0, 1, 30), RATE // 10)
    whole, pieces = _measure(signal, block=signal.size), _measure(signal, block=4801)
    assert pieces.true_peak == pytest.approx(whole.true_peak, rel=1e-6)
    assert np.allclose(pieces.k_power, whole.k_power, rtol=1e-6)
    assert pieces.samples == whole.samples


def _ffmpeg_decode(path) -> np.ndarray:
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(path), "-f", "f32le", "-ac", "1", "-"],
                         check=True, capture_output=True).stdout
    return np.frombuffer(raw, dtype="<f4").astype(np.float64)


def test_integrated_loudness_agrees_with_pyloudnorm_on_the_decoded_mp3(tmp_path):
    import pyloudnorm

    mp3 = make(tmp_path / "speechlike.mp3", Spec(chapter_gain_db=(0.0, -3.0, 2.0)))
    reference = pyloudnorm.Meter(44100).integrated_loudness(_ffmpeg_decode(mp3))
    assert find(mp3).integrated_lufs == pytest.approx(reference, abs=0.1)


def _ffmpeg_mp3(path, *options: str, channels: int = 1):
    subprocess.run([ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=5",
                    "-ac", str(channels), "-ar", "44100", "-c:a", "libmp3lame", *options, str(path)], check=True)
    return path


def test_lameenc_stream_without_header_is_seen_as_cbr(tmp_path):
    info = scan(make(tmp_path / "cbr.mp3", Spec(bitrate=128)))
    assert (info.bitrate_mode, info.bitrates, info.vbr_header) == ("CBR", (128,), None)


def test_lame_info_header_marks_cbr_and_gives_the_exact_duration(tmp_path):
    mp3 = _ffmpeg_mp3(tmp_path / "info.mp3", "-b:a", "64k")
    info = scan(mp3)
    assert (info.bitrate_mode, info.vbr_header, info.sample_rate, info.channels) == ("CBR", "Info", 44100, 1)
    assert info.samples == 5 * 44100
    assert find(mp3).duration_s == pytest.approx(5.0, abs=0.001)


def test_vbr_file_is_seen_as_vbr_with_its_xing_header(tmp_path):
    info = scan(_ffmpeg_mp3(tmp_path / "vbr.mp3", "-q:a", "6", channels=2))
    assert (info.bitrate_mode, info.vbr_header, info.channels) == ("VBR", "Xing", 2)
    assert len(info.bitrates) > 1


def test_file_that_is_not_an_mp3_is_an_input_error(tmp_path):
    fake = tmp_path / "notes.mp3"
    fake.write_text("not audio at all\n" * 100)
    with pytest.raises(InputError, match="not an MP3"):
        scan(fake)


def test_empty_file_is_an_input_error(tmp_path):
    (tmp_path / "empty.mp3").write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        scan(tmp_path / "empty.mp3")


def test_device_is_an_input_error_not_a_traceback():
    with pytest.raises(InputError, match="/dev/zero: not a regular file"):
        scan(Path("/dev/zero"))


def test_named_pipe_is_refused_instead_of_waiting_for_a_writer(tmp_path):
    import os

    pipe = tmp_path / "pipe.mp3"
    os.mkfifo(pipe)
    with pytest.raises(InputError, match="not a regular file"):
        scan(pipe)


def test_truncated_mp3_is_still_measured(tmp_path):
    mp3 = make(tmp_path / "whole.mp3", Spec())
    cut = tmp_path / "cut.mp3"
    cut.write_bytes(mp3.read_bytes()[: mp3.stat().st_size // 2 + 7])
    findings = find(cut)
    assert 5.0 < findings.duration_s < 7.0
    assert findings.integrated_lufs == pytest.approx(-16.4, abs=0.5)


def test_silence_touching_a_chapter_edge_is_not_dead_air_inside_it():
    window = 0.01
    sound = np.ones(100, dtype=bool)
    quiet = np.zeros(150, dtype=bool)
    # chapter: 1.5 s silence at its start, sound, 1.5 s inside, sound, 1.5 s at its end
    loud = np.concatenate([quiet, sound, quiet, sound, quiet])
    silent = silent_windows(np.where(loud, 1.0, 0.0), -50.0)
    gap = longest_inner_gap(silent, window, 0.0, silent.size * window)
    assert (gap.start_s, gap.length_s) == pytest.approx((2.5, 1.5))


def test_a_pause_ending_just_short_of_the_next_chapter_is_not_dead_air_inside_this_one():
    """The codec smears the next chapter's first word a frame early: the section pause before it then
    ends a window or two before the boundary (the long-form edition failed its own check so)."""
    window = 0.01
    sound, quiet = np.ones(100, dtype=bool), np.zeros(149, dtype=bool)
    loud = np.concatenate([sound, quiet, np.ones(2, dtype=bool)])  # chapter ends 20 ms after the pause
    silent = silent_windows(np.where(loud, 1.0, 0.0), -50.0)
    assert longest_inner_gap(silent, window, 0.0, silent.size * window).length_s == pytest.approx(1.49)
    assert longest_inner_gap(silent, window, 0.0, silent.size * window, edge_tolerance_s=0.05) is None
    inside = np.concatenate([sound, quiet, np.ones(20, dtype=bool)])  # 200 ms of speech after it: inside
    silent = silent_windows(np.where(inside, 1.0, 0.0), -50.0)
    assert longest_inner_gap(silent, window, 0.0, silent.size * window, edge_tolerance_s=0.05).length_s \
        == pytest.approx(1.49)


def test_the_pace_leaves_out_the_pauses_longer_than_a_breath_and_nothing_at_the_edges():
    window = 0.01
    sound = np.ones(100, dtype=bool)

    def quiet(seconds: float) -> np.ndarray:
        return np.zeros(round(seconds / window), dtype=bool)

    # 1 s of silence before, then pauses of 0.3 s, 0.5 s (a breath: kept), 0.6 s and 1.2 s, then 2 s after
    loud = np.concatenate([quiet(1), sound, quiet(0.3), sound, quiet(0.5), sound, quiet(0.6), sound, quiet(1.2),
                           sound, quiet(2)])
    silent = silent_windows(np.where(loud, 1.0, 0.0), -50.0)
    pauses = pauses_over(silent, window, 0.5)
    assert (pauses.count, pauses.seconds) == (2, pytest.approx(1.8))
    assert pauses_over(silent, window, 0.25).count == 4
    assert pauses_over(np.ones(50, dtype=bool), window, 0.5).count == 0


def test_vtt_text_keeps_only_what_is_spoken():
    vtt = ("WEBVTT\n\nNOTE made by audio-edition\n\n1\n00:00:00.000 --> 00:00:02.000\nالسلام عليكم\n\n"
           "00:00:02.500 --> 00:00:04.000 align:start\n<v مذيع>أهلا - وسهلا</v>\n")
    text = vtt_text(vtt)
    assert text.split("\n") == ["السلام عليكم", "أهلا - وسهلا"]
    assert count_words(text) == 4
