"""The end-of-build check's measures taken while the MP3 is encoded: the file's own, or not used at all."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from audio.check.findings import find, measure
from audio.check.live import LiveMeasure
from audio.check.mp3frames import scan
from audio.encode import encode_blocks
from audio.tags import Tags, write_tags
from audio.timeline import Chapter
from tests.audio.check_mp3s import bursts

RATE = 44100


def _signal(seconds: float, peak: float = 0.5) -> np.ndarray:
    """Speech-like bursts with a little noise, so the frames use LAME's bit reservoir."""
    noise = np.random.default_rng(7).normal(0, 0.02, round(seconds * RATE))
    samples = bursts(seconds) + noise
    return (samples * (peak / np.abs(samples).max())).astype(np.float32)


def _encoded(path: Path, samples: np.ndarray, *, tags: bool = True, bitrate: int = 96) -> LiveMeasure:
    """``samples`` encoded (in 10 s blocks, as a build does) to ``path`` and tagged; the LiveMeasure fed."""
    live = LiveMeasure.for_encoded_editions()
    with open(path, "wb") as handle:
        encode_blocks([samples[i:i + 441000] for i in range(0, samples.size, 441000)], handle,
                      bitrate=bitrate, on_frames=live.feed)
    if tags:
        seconds = samples.size * 1000 // RATE
        write_tags(path, Tags(title="عنوان", artist="كاتب", album="نشرة", date="2024-05-30", comment=None,
                              lyrics="كلمة " * 50, cover=None), (Chapter("الأول", 0, seconds),))
    return live


def _same(one, other) -> bool:
    return all(np.array_equal(a, b) if isinstance(a, np.ndarray) else a == b
               for a, b in zip(dataclasses.astuple(one), dataclasses.astuple(other)))


@pytest.mark.parametrize(("seconds", "bitrate"), [(25.3, 96), (3.0, 96), (12.0, 32), (12.0, 320)],
                         ids=["blocks", "short", "32kbps", "320kbps"])
def test_live_measures_are_the_file_decodes(tmp_path, seconds, bitrate):
    path = tmp_path / "edition.mp3"
    with _encoded(path, _signal(seconds), bitrate=bitrate) as live:
        stream = scan(path)
        measured = live.measurements(path, stream)
    assert measured is not None
    assert measured.samples == stream.samples == round(seconds * RATE)
    assert _same(measured, measure(path)[1])  # every figure, bit for bit


def test_findings_with_live_measures_are_the_same(tmp_path):
    path = tmp_path / "edition.mp3"
    with _encoded(path, _signal(12.0)) as live:
        assert find(path, live=live) == dataclasses.replace(find(path), path=path)


def _damage(path: Path, *, at: float) -> None:
    data = bytearray(path.read_bytes())
    position = int(len(data) * at)
    data[position] ^= 0x5A
    path.write_bytes(bytes(data))


def test_a_file_changed_after_encoding_is_decoded_again(tmp_path, caplog):
    path = tmp_path / "edition.mp3"
    with _encoded(path, _signal(12.0)) as live:
        _damage(path, at=0.6)  # a byte inside the audio frames: still an MP3, other samples
        with caplog.at_level("INFO"):
            stream, measured = measure(path, live)
    assert "measured from the file (its frames are not the ones encoded)" in caplog.text
    assert _same(measured, measure(path)[1])


def test_a_file_cut_short_is_decoded_again(tmp_path):
    path = tmp_path / "edition.mp3"
    with _encoded(path, _signal(12.0), tags=False) as live:
        path.write_bytes(path.read_bytes()[:-1000])
        assert live.measurements(path, scan(path)) is None


def test_a_sample_at_full_scale_is_left_to_the_float_decode(tmp_path):
    path = tmp_path / "edition.mp3"
    with _encoded(path, _signal(12.0, peak=2.0).clip(-1.0, 1.0)) as live:  # clipped: flat tops at full scale
        assert live.measurements(path, scan(path)) is None
    assert find(path, live=live).clipped_samples > 0  # ffmpeg's float decode keeps the overs


@pytest.mark.parametrize("fed", [b"\x00" * 100, b"\xff\xfb\x70\xc4" + b"\x00" * 100],
                         ids=["not frames", "cut mid-frame"])
def test_live_measuring_of_what_is_not_whole_frames_stops(tmp_path, fed):
    live = LiveMeasure.for_encoded_editions()
    live.feed(fed)
    live.close()  # returns: the thread ends whether it failed before or after the end of the stream
    path = tmp_path / "edition.mp3"
    with open(path, "wb") as handle:
        encode_blocks([_signal(2.0)], handle)
    assert live.measurements(path, scan(path)) is None
