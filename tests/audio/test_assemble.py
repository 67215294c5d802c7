import numpy as np
import pytest

from audio.assemble import assemble, speech_bounds
from audio.timeline import Clip, Pauses, SpokenPart
from audio_edition.errors import InputError
from tests.support.audio_parts import OPTIONS, part, sample_article
from tests.support.fake_engine import FakeEngine

ENGINE = FakeEngine()
PAUSES = Pauses(headline=1.1, title=0.55, section=1.7, paragraph=0.9, sentence=0.45, chunk=0.15)


def speech_runs(edition, min_gap_ms=50):
    """(start_ms, end_ms) of each stretch of sound in the rendered edition, found by level."""
    samples = np.abs(edition.render(0, edition.frames))
    rate = edition.frame_rate
    window = rate // 1000
    loud = samples[:samples.size // window * window].reshape(-1, window).max(axis=1) > 0.01
    runs, start, quiet = [], None, 0
    for ms, is_loud in enumerate(loud):
        if is_loud:
            if start is None:
                start = ms
            quiet = 0
            end = ms + 1
        elif start is not None:
            quiet += 1
            if quiet >= min_gap_ms:
                runs.append((start, end))
                start = None
    if start is not None:
        runs.append((start, end))
    return runs


def gaps_ms(edition):
    runs = speech_runs(edition)
    return [round(b[0] - a[1]) for a, b in zip(runs, runs[1:])]


def test_pauses_are_the_configured_lengths_within_10_ms():
    edition = assemble(sample_article(ENGINE), PAUSES)
    expected = [1100,        # after the headline (chapter change)
                450,         # between sentences of the lead
                900,         # between paragraphs
                1700,        # between sections
                550,         # after a section title
                150,         # between chunks of one sentence
                1700, 550]
    assert gaps_ms(edition) == pytest.approx(expected, abs=10)


def test_speech_lengths_survive_trimming_exactly():
    edition = assemble(sample_article(ENGINE), PAUSES)
    texts = ["عنوان الخبر", "جملة أولى في المقدمة.", "جملة ثانية.", "فقرة ثانية.", "القسم الأول",
             "جزء أول من جملة طويلة", "وجزء ثان منها.", "القسم الثاني", "نهاية الخبر."]
    lengths = [end - start for start, end in speech_runs(edition)]
    assert lengths == pytest.approx([ENGINE.speech_ms(text) for text in texts], abs=2)


def test_edition_starts_with_speech_and_ends_with_it():
    edition = assemble(sample_article(ENGINE), PAUSES)
    runs = speech_runs(edition)
    assert runs[0][0] <= 1
    assert edition.duration_ms - runs[-1][1] <= 1


def test_chapters_start_exactly_where_their_first_part_starts():
    edition = assemble(sample_article(ENGINE), PAUSES)
    ms = ENGINE.speech_ms
    headline_end = ms("عنوان الخبر")
    lead_start = headline_end + 1100
    lead_end = lead_start + ms("جملة أولى في المقدمة.") + 450 + ms("جملة ثانية.") + 900 + ms("فقرة ثانية.")
    first_start = lead_end + 1700
    first_end = first_start + ms("القسم الأول") + 550 + ms("جزء أول من جملة طويلة") + 150 + ms("وجزء ثان منها.")
    second_start = first_end + 1700
    second_end = second_start + ms("القسم الثاني") + 550 + ms("نهاية الخبر.")
    assert [(c.title, c.start_ms, c.end_ms) for c in edition.chapters] == [
        ("عنوان الخبر", 0, lead_start),
        ("المقدمة", lead_start, first_start),
        ("القسم الأول", first_start, second_start),
        ("القسم الثاني", second_start, second_end),
    ]
    assert edition.duration_ms == second_end


def test_chapter_starts_match_the_start_of_speech_in_the_audio():
    edition = assemble(sample_article(ENGINE), PAUSES)
    onsets = [start for start, _ in speech_runs(edition)]
    for chapter in edition.chapters:
        assert min(abs(onset - chapter.start_ms) for onset in onsets) <= 1


def test_parts_keep_their_order():
    parts = sample_article(ENGINE)
    edition = assemble(parts, PAUSES)
    placed = [placement.part for placement in edition.placements]
    assert placed == sorted(placed)
    starts = [placement.start for placement in edition.placements]
    assert starts == sorted(starts)


def test_one_cue_per_sentence_spanning_its_chunks():
    edition = assemble(sample_article(ENGINE), PAUSES)
    long_sentence = [cue for cue in edition.cues if cue.text == "جزء أول من جملة طويلة وجزء ثان منها."]
    assert len(long_sentence) == 1
    cue = long_sentence[0]
    expected = ENGINE.speech_ms("جزء أول من جملة طويلة") + 150 + ENGINE.speech_ms("وجزء ثان منها.")
    assert cue.end_ms - cue.start_ms == pytest.approx(expected, abs=1)
    assert len(edition.cues) == 8
    assert edition.spoken_text.count("جزء أول") == 1


def test_edition_keeps_the_speech_sample_rate():
    engine = FakeEngine(sample_rate=22050)
    edition = assemble(sample_article(engine), PAUSES)
    assert edition.frame_rate == 22050
    assert edition.audio.frame_rate == 22050
    assert gaps_ms(edition)[0] == pytest.approx(1100, abs=10)


def test_clips_at_different_rates_are_refused():
    parts = [part(ENGINE, "headline", 0, "a", "عنوان"), part(FakeEngine(sample_rate=16000), "paragraph", 1, "b", "نص")]
    with pytest.raises(InputError, match="one sample rate"):
        assemble(parts)


def test_nothing_to_assemble_is_an_input_error():
    with pytest.raises(InputError, match="no speech"):
        assemble([SpokenPart("paragraph", 1, "x", ())])


def test_silent_clips_are_skipped_without_a_gap():
    silent = ENGINE.synthesize("", OPTIONS)
    parts = [part(ENGINE, "headline", 0, "h", "عنوان"),
             SpokenPart("paragraph", 1, "t", (Clip("", silent),)),
             part(ENGINE, "paragraph", 1, "t", "نص")]
    edition = assemble(parts, PAUSES)
    assert gaps_ms(edition) == pytest.approx([1100], abs=10)


def test_speech_bounds_of_silence_is_empty():
    assert speech_bounds(np.zeros(2400, dtype=np.int16), 24000) == (0, 0)


def test_the_edition_keeps_no_clip_in_memory_and_renders_the_trimmed_clips():
    parts = sample_article(ENGINE)
    edition = assemble(parts, PAUSES)
    clips = [clip for part in parts for clip in part.clips]
    assert len(edition.placements) == len(clips)
    for placement, clip in zip(edition.placements, clips):
        assert not isinstance(placement.samples, np.ndarray)  # in the spool file
        samples = np.frombuffer(clip.audio.raw_data, dtype=np.int16)
        start, end = speech_bounds(samples, edition.frame_rate)
        np.testing.assert_array_equal(placement.samples[:], samples[start:end])
        rendered = edition.render(placement.start, placement.stop)
        np.testing.assert_allclose(rendered, samples[start:end] / 32768.0, atol=1e-7)


def test_a_breath_inside_a_long_run_gets_the_sentence_pause_and_the_sentence_stays_one_cue():
    caption = "جزء أول من جملة طويلة جدا وجزء ثان وجزء ثالث."
    texts = ("جزء أول من جملة طويلة جدا،", "وجزء ثان،", "وجزء ثالث.")
    clips = (Clip(caption, ENGINE.synthesize(texts[0], OPTIONS), ends_sentence=False, breath_after=True),
             Clip(caption, ENGINE.synthesize(texts[1], OPTIONS), ends_sentence=False),  # an engine-limit cut
             Clip(caption, ENGINE.synthesize(texts[2], OPTIONS)))
    edition = assemble([SpokenPart("paragraph", 1, "المقدمة", clips)], PAUSES)
    assert gaps_ms(edition) == pytest.approx([450, 150], abs=10)
    assert [cue.text for cue in edition.cues] == [caption]
