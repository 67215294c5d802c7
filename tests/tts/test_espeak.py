"""The offline espeak-ng engine, driven through the real library from espeakng-loader."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from audio_edition.errors import EngineUnavailable, InputError, SynthesisError
from tts.base import SynthesisOptions
from tts.espeak import DEFAULT_WPM, EspeakConfig, EspeakEngine
from tts.registry import EngineSettings, create_engine

# Our own diacritised fixtures (written for these tests).
ONE_SENTENCE = "ذَهَبَ الطَّالِبُ إِلَى الْمَدْرَسَةِ صَبَاحًا."
TWO_SENTENCES = ONE_SENTENCE + " وَعَادَ إِلَى بَيْتِهِ بَعْدَ الظُّهْرِ مُبَكِّرًا."


@pytest.fixture(scope="module")
def engine() -> EspeakEngine:
    return create_engine("espeak", EngineSettings())


def seconds(segment) -> float:
    return len(segment) / 1000


def test_speaks_arabic_as_audible_mono_16_bit_pcm(engine):
    audio = engine.synthesize(ONE_SENTENCE, SynthesisOptions())
    assert (audio.channels, audio.sample_width, audio.frame_rate) == (1, 2, engine.sample_rate)
    assert audio.dBFS > -35  # speech, not silence


def test_duration_is_plausible_for_five_words(engine):
    audio = engine.synthesize(ONE_SENTENCE, SynthesisOptions())
    assert 0.8 < seconds(audio) < 4.0


def test_longer_text_gives_proportionally_longer_audio(engine):
    short = seconds(engine.synthesize(ONE_SENTENCE, SynthesisOptions()))
    long = seconds(engine.synthesize(TWO_SENTENCES, SynthesisOptions()))
    assert 1.6 < long / short < 3.0


def test_faster_rate_gives_shorter_audio(engine):
    normal = seconds(engine.synthesize(ONE_SENTENCE, SynthesisOptions(rate=1.0)))
    fast = seconds(engine.synthesize(ONE_SENTENCE, SynthesisOptions(rate=2.0)))
    assert fast < 0.7 * normal


def test_configured_words_per_minute_sets_the_pace():
    slow = EspeakEngine(EspeakConfig(words_per_minute=120)).synthesize(ONE_SENTENCE, SynthesisOptions())
    fast = EspeakEngine(EspeakConfig(words_per_minute=240)).synthesize(ONE_SENTENCE, SynthesisOptions())
    assert seconds(fast) < 0.7 * seconds(slow)


def test_pitch_changes_the_audio(engine):
    low = engine.synthesize(ONE_SENTENCE, SynthesisOptions(pitch=20))
    high = engine.synthesize(ONE_SENTENCE, SynthesisOptions(pitch=80))
    assert low.raw_data != high.raw_data


def test_parallel_threads_each_get_their_own_texts_audio(engine):
    """espeak adds a little noise, so runs differ by a few samples; a mix-up would differ by seconds."""
    texts = [ONE_SENTENCE, TWO_SENTENCES] * 3
    one_by_one = [seconds(engine.synthesize(text, SynthesisOptions())) for text in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(lambda text: seconds(engine.synthesize(text, SynthesisOptions())), texts))
    assert parallel == pytest.approx(one_by_one, rel=0.02)


def test_identity_names_voice_and_pace(engine):
    assert f"voice=ar wpm={DEFAULT_WPM}" in engine.identity()
    assert EspeakEngine(EspeakConfig(words_per_minute=200)).identity() != engine.identity()


def test_unknown_voice_is_reported_unusable():
    availability = EspeakEngine(EspeakConfig(voice="xx-nonexistent")).availability()
    assert not availability.usable
    assert "xx-nonexistent" in availability.reason


def test_creating_an_engine_with_unknown_voice_fails_clearly():
    settings = EngineSettings(espeak=EspeakConfig(voice="xx-nonexistent"))
    with pytest.raises(EngineUnavailable, match="xx-nonexistent"):
        create_engine("espeak", settings)


def test_speaking_with_unknown_voice_fails_clearly():
    with pytest.raises(EngineUnavailable, match="no voice named 'xx-nonexistent'"):
        EspeakEngine(EspeakConfig(voice="xx-nonexistent")).synthesize(ONE_SENTENCE, SynthesisOptions())


def test_blank_text_is_a_synthesis_error(engine):
    with pytest.raises(SynthesisError, match="no text"):
        engine.synthesize("   ", SynthesisOptions())


@pytest.mark.parametrize("wpm", [79, 451])
def test_words_per_minute_outside_espeaks_range_is_refused(wpm):
    with pytest.raises(InputError, match="words per minute"):
        EspeakConfig(words_per_minute=wpm)


def test_engine_works_after_a_failed_call(engine):
    with pytest.raises(EngineUnavailable):
        EspeakEngine(EspeakConfig(voice="xx-nonexistent")).synthesize(ONE_SENTENCE, SynthesisOptions())
    assert engine.synthesize(ONE_SENTENCE, SynthesisOptions()).dBFS > -35


def test_a_long_sentence_is_spoken_in_one_request(engine):
    assert engine.max_chars is None
    long_sentence = " ".join([ONE_SENTENCE.rstrip(".")] * 12) + "."
    assert len(long_sentence) > 500
    audio = engine.synthesize(long_sentence, SynthesisOptions())
    one = engine.synthesize(ONE_SENTENCE, SynthesisOptions())
    assert len(audio) > 8 * len(one)
