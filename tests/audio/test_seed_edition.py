"""The shared seed article through the offline engine: loudness, peaks and chapters of the real MP3."""

import numpy as np
import pytest
from mutagen.id3 import ID3

from audio.loudness import integrated_loudness
from audio_edition.pipeline import BuildRequest, build
from tests.support.mp3 import decode, ffmpeg_chapters
from text.reader import read_article

pytestmark = pytest.mark.slow

RATE = 44100
CHAPTER_GAP_S = 1.1
"""Chapters are separated by the headline (1.2 s) or section (1.5 s) pause; every pause inside one is shorter."""


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory, seed_path):
    folder = tmp_path_factory.mktemp("seed")
    result = build(BuildRequest(source=str(seed_path), output=folder / "seed.mp3", engine="espeak",
                                cache_dir=folder / "cache"))
    return result, decode(result.output)


def speech_onsets(samples: np.ndarray, min_gap_s: float) -> list[float]:
    """Seconds where sound starts after at least ``min_gap_s`` of silence (and the first sound)."""
    window = RATE // 100
    frames = samples[:samples.size // window * window].reshape(-1, window)
    loud = np.sqrt(np.mean(np.square(frames), axis=1)) > 10 ** (-45 / 20)
    indices = np.flatnonzero(loud)
    onsets = [indices[0]]
    for previous, current in zip(indices, indices[1:]):
        if (current - previous - 1) * window >= min_gap_s * RATE:
            onsets.append(current)
    starts = []
    for onset in onsets:  # refine to the sample within the 10 ms window
        chunk = np.abs(samples[onset * window:(onset + 1) * window])
        starts.append((onset * window + int(np.argmax(chunk > 10 ** (-45 / 20)))) / RATE)
    return starts


def test_seed_loudness_is_minus_16_lufs_within_1(seed_build):
    _, samples = seed_build
    assert integrated_loudness(samples, RATE) == pytest.approx(-16.0, abs=1.0)


def test_seed_sample_peak_is_at_most_minus_1_dbfs(seed_build):
    _, samples = seed_build
    assert 20 * np.log10(np.abs(samples).max()) <= -1.0


def test_seed_has_one_chapter_per_part(seed_build, seed_path):
    result, _ = seed_build
    article = read_article(str(seed_path))
    parts = 1 + len(article.sections)  # headline, lead, one per titled section
    assert parts == 6
    assert len(ID3(result.output).getall("CHAP")) == parts
    assert len(ffmpeg_chapters(result.output)) == parts


def test_seed_chapters_start_within_50_ms_of_their_speech(seed_build):
    result, samples = seed_build
    starts = [start for start, _, _ in ffmpeg_chapters(result.output)]
    onsets = speech_onsets(samples, CHAPTER_GAP_S)
    assert len(onsets) == len(starts)
    for start, onset in zip(starts, onsets):
        assert abs(start - onset) <= 0.050
