import io

import numpy as np
import pytest
from mutagen.mp3 import MP3, BitrateMode

from audio.assemble import assemble
from audio.encode import encode_blocks, encode_edition
from audio.loudness import integrated_loudness, true_peak_dbtp
from audio.master import Mastering, output_frames
from audio.timeline import Clip, Pauses, SpokenPart
from audio_edition.errors import EncodeError
from tests.support.audio_parts import sample_article
from tests.support.fake_engine import FakeEngine
from tests.support.mp3 import decode, ffmpeg_info, frame_headers
from tts.base import pcm_segment


def write_mp3(edition, path, **options):
    with open(path, "wb") as handle:
        encode_edition(edition, handle, **options)
    return path


@pytest.fixture(scope="module")
def edition():
    return assemble(sample_article(FakeEngine()), Pauses())


@pytest.fixture(scope="module")
def mp3(edition, tmp_path_factory):
    return write_mp3(edition, tmp_path_factory.mktemp("mp3") / "edition.mp3")


def peaky_clip(seconds: float, seed: int) -> Clip:
    """Noise with sharp peaks: at -16 LUFS its peaks pass 0 dBTP, so the limiter must work."""
    rng = np.random.default_rng(seed)
    samples = rng.normal(0, 0.02, int(seconds * 24000))
    samples[rng.integers(0, samples.size, 40)] = 0.9
    pcm = np.round(np.clip(samples, -1, 1) * 32767).astype(np.int16)
    return Clip("نص", pcm_segment(pcm.tobytes(), 24000))


def test_mp3_is_mono_44100_hz_at_96_kbps(mp3):
    info = MP3(mp3).info
    assert (info.sample_rate, info.channels) == (44100, 1)
    assert info.bitrate == pytest.approx(96000, rel=0.001)  # mutagen derives it from bytes and duration


def test_every_frame_is_96_kbps_mono_44100_hz_to_the_end_of_the_file(mp3):
    headers, left_over = frame_headers(mp3)
    assert len(headers) > 100
    assert set(headers) == {(96, 44100, 3)}
    assert left_over == 0


def test_info_frame_marks_it_cbr_with_an_exact_duration(mp3, edition):
    info = MP3(mp3).info
    assert info.bitrate_mode == BitrateMode.CBR
    assert info.length * 1000 == pytest.approx(edition.duration_ms, abs=27)  # whole frames of 26 ms
    assert "Estimating duration" not in ffmpeg_info(mp3)


def test_decoded_audio_is_sample_aligned_with_the_edition(mp3, edition):
    decoded = decode(mp3)
    assert decoded.size == output_frames(edition.frames, edition.frame_rate)
    first_sound = int(np.argmax(np.abs(decoded) > 0.01))
    assert first_sound <= 44  # under 1 ms: the encoder delay is trimmed


def test_info_frame_fits_at_the_lowest_bitrate():
    buffer = io.BytesIO()
    encode_blocks([np.zeros(44100, dtype=np.float32)], buffer, bitrate=32)
    path_free = buffer.getvalue()
    assert b"Info" in path_free[:64] and b"LAME3.100" in path_free[:200]


def test_ffmpeg_decodes_it_without_errors(mp3):
    info = ffmpeg_info(mp3)
    assert "Audio: mp3" in info and "44100 Hz, mono" in info
    assert decode(mp3).size > 0


def test_bitrate_option_sets_every_frame(edition, tmp_path):
    path = write_mp3(edition, tmp_path / "128.mp3", bitrate=128)
    headers, _ = frame_headers(path)
    assert {bitrate for bitrate, _, _ in headers} == {128}
    assert MP3(path).info.bitrate == pytest.approx(128000, rel=0.001)


def test_unknown_bitrate_is_refused(edition):
    with pytest.raises(EncodeError, match="bitrate must be one of"):
        encode_edition(edition, io.BytesIO(), bitrate=100)


def test_decoded_level_equals_the_mastered_level():
    time = np.arange(44100 * 2) / 44100
    tone = (0.25 * np.sin(2 * np.pi * 440 * time)).astype(np.float32)
    buffer = io.BytesIO()
    encode_blocks([tone], buffer)
    path_free = buffer.getvalue()
    import subprocess

    from audio_edition.ffmpeg import ffmpeg_exe
    decoded = np.frombuffer(subprocess.run([ffmpeg_exe(), "-v", "error", "-i", "-", "-f", "s16le", "-"],
                                           input=path_free, capture_output=True, check=True).stdout,
                            dtype=np.int16) / 32768
    middle = slice(22050, 66150)
    level_db = 20 * np.log10(np.sqrt(np.mean(decoded[middle] ** 2)) / np.sqrt(np.mean(tone[middle] ** 2)))
    assert level_db == pytest.approx(0.0, abs=0.1)


def test_decoded_mp3_meets_loudness_and_true_peak(tmp_path):
    parts = [SpokenPart("paragraph", number, f"قسم {number}", (peaky_clip(4, number),)) for number in (1, 2, 3)]
    path = write_mp3(assemble(parts, Pauses()), tmp_path / "peaky.mp3")
    samples = decode(path)
    assert integrated_loudness(samples, 44100) == pytest.approx(-16.0, abs=0.5)
    assert true_peak_dbtp(samples) <= -1.0
    assert 20 * np.log10(np.abs(samples).max()) <= -1.0


def test_loudness_target_is_followed(edition, tmp_path):
    path = write_mp3(edition, tmp_path / "quiet.mp3", mastering=Mastering(target_lufs=-20.0))
    assert integrated_loudness(decode(path), 44100) == pytest.approx(-20.0, abs=0.5)
