"""Each rule of `check` catches its own fault in a generated MP3, and only that fault."""

from __future__ import annotations

import pytest

from audio.check import RULES, check_file
from audio.check.rules import FAIL, PASS, SKIP, WARN, Limits
from tests.audio.check_mp3s import CHAPTER_SECONDS, Spec, make, png

GOOD = Spec()


def _ms(seconds: float) -> int:
    return round(seconds * 1000)


def _chapters(*bounds: tuple[float, float], titles=("أ", "ب", "ج")):
    return tuple((f"chp{i}", titles[i], _ms(start), _ms(end)) for i, (start, end) in enumerate(bounds))


def _failed(report) -> set[str]:
    return {result.rule.id for result in report.results if result.verdict == FAIL}


def test_good_file_passes_every_rule(tmp_path):
    report = check_file(make(tmp_path / "good.mp3", GOOD))
    assert {r.rule.id: r.verdict for r in report.results if r.verdict not in (PASS, SKIP)} == {}
    assert report.verdict == PASS


BROKEN = {
    "wrong sample rate": (GOOD.but(rate=22050), {"format.sample_rate"}),
    "bitrate too low": (GOOD.but(bitrate=32), {"format.bitrate"}),
    "too quiet": (GOOD.but(lufs=-24.0), {"loudness.integrated"}),
    "missing title": (GOOD.but(title=None), {"tags.title"}),
    "cover not square": (GOOD.but(cover=png(1400, 1000)), {"tags.cover"}),
    "missing CTOC": (GOOD.but(toc=False), {"chapters.toc"}),
    "overlapping chapters": (GOOD.but(chapters=_chapters((0, 4), (3.5, 8), (8, 12))), {"chapters.contiguous"}),
    "chapter past the end": (GOOD.but(chapters=_chapters((0, 4), (4, 8), (8, 15))), {"chapters.inside"}),
    "untitled chapter": (GOOD.but(chapters=_chapters((0, 4), (4, 8), (8, 12), titles=("أ", None, "ج"))),
                         {"chapters.titles"}),
    "one chapter quieter": (GOOD.but(chapter_gain_db=(0.0, 0.0, -6.0)), {"chapters.loudness"}),
    # 2.5 s of the 12 s is dead air, so the text is 23 words, not 29: the voice still reads ~145 a minute
    "long dead air": (GOOD.but(dead_air=(CHAPTER_SECONDS + 0.9, CHAPTER_SECONDS + 3.4), words=23),
                      {"listening.silence_in_chapter"}),
    "slow pace": (GOOD.but(words=20), {"listening.pace"}),
    "fast pace": (GOOD.but(words=40), {"listening.pace"}),
}


@pytest.mark.parametrize("fault", BROKEN, ids=list(BROKEN))
def test_each_fault_is_flagged_by_its_own_rule_only(tmp_path, fault):
    spec, expected = BROKEN[fault]
    report = check_file(make(tmp_path / "broken.mp3", spec))
    assert _failed(report) == expected
    assert report.verdict == FAIL


def test_clipped_samples_fail_the_clipping_rule_and_the_true_peak_they_imply(tmp_path):
    # A decoded sample at full scale is, by definition, over a -1 dBTP ceiling: both rules must fire.
    report = check_file(make(tmp_path / "clipped.mp3", GOOD.but(clip_at=6.0)))
    assert _failed(report) == {"loudness.clipping", "loudness.true_peak"}
    assert report.findings.clipped_samples > 0


def test_table_of_contents_out_of_time_order_fails(tmp_path):
    spec = GOOD.but(chapters=tuple(reversed(GOOD.chapters)))  # CTOC lists them in tag order: last first
    report = check_file(make(tmp_path / "reversed.mp3", spec))
    result = next(r for r in report.results if r.rule.id == "chapters.toc")
    assert result.verdict == FAIL and "out of time order" in result.outcome.measured


def test_square_cover_in_range_passes(tmp_path):
    report = check_file(make(tmp_path / "cover.mp3", GOOD.but(cover=png(1400, 1400))))
    result = next(r for r in report.results if r.rule.id == "tags.cover")
    assert (result.verdict, result.outcome.measured) == (PASS, "1400x1400 px")


def test_pace_is_skipped_without_spoken_text(tmp_path):
    report = check_file(make(tmp_path / "silent-text.mp3", GOOD.but(words=None)))
    assert next(r for r in report.results if r.rule.id == "listening.pace").verdict == SKIP
    assert report.verdict == PASS


def test_pace_reads_the_vtt_sidecar_when_the_tag_has_no_text(tmp_path):
    mp3 = make(tmp_path / "edition.mp3", GOOD.but(words=None))
    mp3.with_suffix(".vtt").write_text("WEBVTT\n\n1\n00:00:00.000 --> 00:00:12.000\n" + " ".join(["كلمة"] * 20)
                                       + "\n", encoding="utf-8")
    report = check_file(mp3)
    assert (report.findings.text_source, report.findings.words) == ("vtt", 20)
    assert _failed(report) == {"listening.pace"}


def test_file_without_chapters_only_warns(tmp_path):
    report = check_file(make(tmp_path / "flat.mp3", GOOD.but(chapters=(), toc=False)))
    verdicts = {r.rule.id: r.verdict for r in report.results}
    assert verdicts["chapters.present"] == WARN
    assert {verdicts[i] for i in ("chapters.toc", "chapters.contiguous", "chapters.inside")} == {SKIP}
    assert report.verdict == WARN


def test_an_artist_holding_a_time_or_a_date_only_warns(tmp_path):
    for artist in ("21:17", "الساعة: 5:12 م", "الأحد 14/11/2021", "سامي الخطيب ٢٠١٩", "كتب 7/3"):
        report = check_file(make(tmp_path / "stamped.mp3", GOOD.but(artist=artist)))
        verdicts = {r.rule.id: r.verdict for r in report.results if r.verdict not in (PASS, SKIP)}
        assert verdicts == {"tags.artist": WARN} and report.verdict == WARN, artist


def test_an_outlets_figure_in_the_artist_is_no_time_or_date(tmp_path):
    for artist in ("France 24", "عربي21", "قناة 218"):
        report = check_file(make(tmp_path / "outlet.mp3", GOOD.but(artist=artist)))
        assert next(r for r in report.results if r.rule.id == "tags.artist").verdict == PASS, artist


def test_no_artist_and_no_album_is_no_fault(tmp_path):
    # A page that names no writer and no outlet is tagged with none, rather than a wrong one.
    report = check_file(make(tmp_path / "plain.mp3", GOOD.but(artist=None, album=None)))
    assert report.verdict == PASS
    assert next(r for r in report.results if r.rule.id == "tags.artist").verdict == SKIP


def test_limits_are_data_the_rules_are_held_to(tmp_path):
    mp3 = make(tmp_path / "good.mp3", GOOD)
    report = check_file(mp3, Limits(min_pace_wpm=150, max_pace_wpm=200, longest_breath_s=0.3))
    assert _failed(report) == {"listening.pace"}
    assert next(r for r in report.results if r.rule.id == "listening.pace").limit == \
        "150-200 words/min of speech (pauses over 0.3 s left out)"


def test_every_rule_has_a_unique_id_a_severity_and_a_source():
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    assert {rule.severity for rule in RULES} <= {FAIL, WARN}
    assert all(rule.source for rule in RULES)


def test_silent_file_fails_loudness_as_not_measurable(tmp_path):
    import numpy as np

    from tests.audio.check_mp3s import encode

    mp3 = tmp_path / "silent.mp3"
    mp3.write_bytes(encode(np.zeros(3 * 44100)))
    result = next(r for r in check_file(mp3).results if r.rule.id == "loudness.integrated")
    assert (result.verdict, result.outcome.measured) == (FAIL, "not measurable")


def test_the_documentation_lists_every_rule():
    from pathlib import Path

    document = (Path(__file__).resolve().parents[2] / "docs" / "check.md").read_text(encoding="utf-8")
    assert [rule.id for rule in RULES if f"`{rule.id}`" not in document] == []



def ffmpeg_mp3(path):
    """A tone encoded by the bundled ffmpeg, which writes an Info header counting the frames."""
    import subprocess

    from audio_edition.ffmpeg import ffmpeg_exe

    subprocess.run([ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=5",
                    "-b:a", "96k", str(path)], check=True, timeout=60)
    return path


def _completeness(path):
    return next(r for r in check_file(path).results if r.rule.id == "format.complete")


def test_truncated_file_fails_the_completeness_rule(tmp_path):
    whole = ffmpeg_mp3(tmp_path / "whole.mp3").read_bytes()
    cut = tmp_path / "cut.mp3"
    cut.write_bytes(whole[:len(whole) // 2])
    result = _completeness(cut)
    assert result.verdict == FAIL
    assert "of the 193 frames of the Info header" in result.outcome.measured


def test_whole_file_passes_the_completeness_rule(tmp_path):
    assert _completeness(ffmpeg_mp3(tmp_path / "whole.mp3")).verdict == PASS


def test_file_without_a_frame_count_skips_the_completeness_rule(tmp_path):
    assert _completeness(make(tmp_path / "plain.mp3", GOOD)).verdict == SKIP


def test_pauses_between_short_parts_do_not_make_the_pace_slow(tmp_path):
    # A list read as short groups of words parted by 0.6 s pauses (as an edition parts short paragraphs): the
    # voice reads at ~145 words a minute although 20 words take the whole 12 s (100 a minute, pauses in).
    report = check_file(make(tmp_path / "list.mp3", GOOD.but(pause_every=4, words=20)))
    f = report.findings
    assert f.pace_wpm == pytest.approx(100, abs=5)
    assert f.pauses_left_out == 6 and f.speech_s == pytest.approx(12 - 6 * 0.6, abs=0.3)
    assert f.speech_pace_wpm == pytest.approx(143, abs=7)
    assert next(r for r in report.results if r.rule.id == "listening.pace").verdict == PASS
    assert report.verdict == PASS


def test_a_pause_up_to_a_breath_is_speaking_time(tmp_path):
    report = check_file(make(tmp_path / "good.mp3", GOOD))
    assert report.findings.pauses_left_out == 0
    assert report.findings.speech_pace_wpm == pytest.approx(report.findings.pace_wpm)
