"""Word timings (edge's word boundaries) place cues and chapters at the words themselves."""

import numpy as np

from audio.assemble import assemble
from audio.timeline import Clip, Pauses, SpokenPart
from tts.base import pcm_segment

RATE = 24000


def clip_with_breath(text: str, words_ms: tuple[int, int] | None) -> Clip:
    """100 ms silence, a 60 ms breath (quiet noise, louder than the trimming threshold), 40 ms silence,
    then 500 ms of speech from 200 ms, then 150 ms silence."""
    samples = np.zeros(RATE * 850 // 1000)
    samples[RATE // 10:RATE * 160 // 1000] = np.random.default_rng(1).normal(0, 0.01, RATE * 60 // 1000)
    t = np.arange(RATE // 2) / RATE
    samples[RATE // 5:RATE * 700 // 1000] = 0.3 * np.sin(2 * np.pi * 300 * t)
    return Clip(text, pcm_segment(np.round(samples * 32767).astype(np.int16).tobytes(), RATE), words_ms=words_ms)


def edition(words_ms):
    parts = [SpokenPart("headline", 0, "العنوان", (clip_with_breath("العنوان.", words_ms),)),
             SpokenPart("paragraph", 1, "المقدمة", (clip_with_breath("الجملة الأولى.", words_ms),))]
    return assemble(parts, Pauses(headline=1.0))


def test_without_word_timings_the_breath_counts_as_speech():
    plain = edition(None)
    assert plain.cues[1].start_ms == plain.chapters[1].start_ms
    assert plain.cues[1].end_ms - plain.cues[1].start_ms >= 595  # breath, gap and speech


def test_with_word_timings_cues_and_chapters_start_and_end_at_the_words():
    timed = edition((200, 700))
    plain = edition(None)
    assert timed.frames == plain.frames  # the breath is kept in the audio: nothing is cut
    headline, lead = timed.cues
    assert headline.start_ms == 100 and headline.end_ms - headline.start_ms == 500
    assert lead.end_ms - lead.start_ms == 500
    assert timed.chapters[1].start_ms == lead.start_ms == plain.cues[1].start_ms + 100
    assert timed.chapters[0].start_ms == 0 and timed.chapters[0].end_ms == timed.chapters[1].start_ms


def test_word_timings_never_cut_speech_the_level_finds():
    timed = edition((300, 500))  # a service reporting words inside the speech: the audio is still all kept
    assert timed.frames == edition(None).frames
