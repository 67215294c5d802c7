"""Recognising a damaged MP3 answer before ffmpeg quietly decodes part of it."""

from __future__ import annotations

import pytest

from tests.support.fake_google import HTML_PAGE, tone_mp3, truncated
from tts.mp3 import DamagedMp3, check_mp3, decode_mp3

TEXT = "اختبار قصير للصوت"


def test_a_complete_mp3_is_measured():
    summary = check_mp3(tone_mp3(TEXT))
    assert summary.sample_rate == 24000
    assert summary.frames > 10
    assert abs(summary.duration_ms - 55 * len(TEXT)) < 120


def test_an_id3_tag_before_the_audio_is_skipped():
    tag = b"ID3\x04\x00\x00\x00\x00\x00\x0a" + b"\x00" * 10
    assert check_mp3(tag + tone_mp3(TEXT)).frames == check_mp3(tone_mp3(TEXT)).frames


def test_an_mp3_cut_inside_a_frame_is_damaged():
    with pytest.raises(DamagedMp3, match="truncated"):
        check_mp3(truncated(tone_mp3(TEXT)))


@pytest.mark.parametrize("data", [b"", HTML_PAGE, b"\x00" * 400], ids=["empty", "html", "zeros"])
def test_bytes_that_are_not_mp3_are_damaged(data):
    with pytest.raises(DamagedMp3):
        check_mp3(data)


def test_decoding_gives_16_bit_mono_pcm_at_the_asked_rate():
    pcm = decode_mp3(tone_mp3(TEXT), 24000)
    assert abs(len(pcm) / 2 / 24000 * 1000 - 55 * len(TEXT)) < 120


def test_undecodable_bytes_are_damaged():
    with pytest.raises(DamagedMp3, match="decoder"):
        decode_mp3(HTML_PAGE, 24000)
