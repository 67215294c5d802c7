import subprocess

import pytest

from audio.assemble import assemble
from audio.music import load_music, with_music
from audio.timeline import Pauses
from audio_edition.errors import InputError
from audio_edition.ffmpeg import ffmpeg_exe
from tests.support.audio_parts import sample_article
from tests.support.fake_engine import FakeEngine


@pytest.fixture(scope="module")
def stereo_mp3(tmp_path_factory):
    """Two seconds of a stereo 48 kHz tone, encoded to MP3 by ffmpeg."""
    path = tmp_path_factory.mktemp("music") / "jingle.mp3"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-f", "lavfi", "-i", "sine=frequency=330:duration=2:sample_rate=48000",
                    "-ac", "2", "-ar", "48000", str(path)], check=True)
    return path


def test_music_is_decoded_to_mono_at_the_speech_rate(stereo_mp3):
    segment = load_music(stereo_mp3, 24000)
    assert (segment.channels, segment.frame_rate, segment.sample_width) == (1, 24000, 2)
    assert len(segment) == pytest.approx(2000, abs=60)


def test_missing_music_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="not found"):
        load_music(tmp_path / "none.mp3", 24000)


def test_undecodable_music_file_is_an_input_error(tmp_path):
    path = tmp_path / "notes.mp3"
    path.write_text("not audio at all")
    with pytest.raises(InputError, match="cannot be decoded"):
        load_music(path, 24000)


def test_intro_and_outro_join_the_first_and_last_chapters(stereo_mp3):
    engine = FakeEngine()
    parts = sample_article(engine)
    pauses = Pauses(music=0.6)
    framed_parts = with_music(parts, intro=stereo_mp3, outro=stereo_mp3, frame_rate=24000)
    plain, framed = assemble(parts, pauses), assemble(framed_parts, pauses)
    assert len(framed.chapters) == len(plain.chapters)
    assert framed.chapters[0].start_ms == 0
    shift = framed.chapters[1].start_ms - plain.chapters[1].start_ms
    assert shift == pytest.approx(2000 + 600, abs=60)
    assert [c.start_ms - shift for c in framed.chapters[1:]] == [c.start_ms for c in plain.chapters[1:]]
    assert framed.duration_ms - plain.duration_ms == pytest.approx(2 * (2000 + 600), abs=120)
    assert framed.cues[0].start_ms == shift
