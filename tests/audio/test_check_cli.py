"""`audio-edition check` on the command line, and the check at the end of `build`."""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from audio.check import check_file
from audio_edition.cli import main
from tests.audio.check_mp3s import Spec, make

ARTICLE = """\
# مكتبة المدينة تفتح أبوابها من جديد

أعلنت بلدية المدينة اليوم إعادة افتتاح المكتبة العامة بعد أشهر من أعمال الترميم، وقالت إن القاعات الجديدة تتسع لعدد أكبر من القراء والطلاب.

وأضافت البلدية أن المكتبة ستفتح أبوابها طوال أيام الأسبوع، وأن الدخول سيبقى مجانيا للجميع.

## برامج للأطفال

وتضم المكتبة ركنا خاصا للأطفال يقدم قراءات أسبوعية وورشا للرسم والكتابة، بمشاركة متطوعين من أبناء الحي.

ويأمل القائمون على المشروع أن تصبح المكتبة مكانا يلتقي فيه سكان المدينة من كل الأعمار.
"""



def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(list(argv))
    return status, out.getvalue()


def test_check_prints_each_rule_with_its_limit_and_exits_0_when_nothing_fails(tmp_path, capsys):
    mp3 = make(tmp_path / "good.mp3", Spec())
    assert main(["check", str(mp3)]) == 0
    out = capsys.readouterr().out
    assert "PASS  loudness.true_peak" in out and "(limit: <= -1 dBTP; Apple)" in out
    assert out.rstrip().splitlines()[-1] == "check: PASS (20 of 20 rules passed)"


def test_check_exits_1_when_a_rule_fails(tmp_path, capsys):
    mp3 = make(tmp_path / "slow.mp3", Spec(words=15))
    assert main(["check", str(mp3)]) == 1
    assert "FAIL  listening.pace" in capsys.readouterr().out


def test_check_json_has_the_documented_keys(tmp_path, capsys):
    mp3 = make(tmp_path / "good.mp3", Spec())
    assert main(["check", str(mp3), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"schema", "file", "verdict", "format", "loudness", "chapters", "tags", "listening", "rules"}
    assert report["format"]["sample_rate"] == 44100 and report["format"]["bitrate_mode"] == "CBR"
    assert set(report["loudness"]) == {"integrated_lufs", "true_peak_dbtp", "sample_peak_dbfs",
                                       "loudness_range_lu", "clipped_samples"}
    assert [c["title"] for c in report["chapters"]["items"]] == ["العنوان", "المقدمة", "الخاتمة"]
    assert set(report["rules"][0]) == {"id", "title", "severity", "source", "limit", "measured", "verdict", "detail"}


def test_check_json_keeps_the_pace_over_the_whole_file_and_adds_the_pace_over_speech(tmp_path, capsys):
    mp3 = make(tmp_path / "list.mp3", Spec(pause_every=4, words=20))
    assert main(["check", str(mp3), "--json"]) == 0
    listening = json.loads(capsys.readouterr().out)["listening"]
    assert set(listening) == {"text_source", "words", "pace_wpm", "speech_s", "pauses_left_out", "speech_pace_wpm",
                              "longest_breath_s", "silence_start_s", "silence_end_s", "longest_silence_in_chapter_s",
                              "longest_silence_at_s", "silence_threshold_dbfs"}
    assert listening["pace_wpm"] < 110 < 130 < listening["speech_pace_wpm"] < 160
    assert (listening["pauses_left_out"], listening["longest_breath_s"]) == (6, 0.5)


def test_check_of_a_file_that_is_not_an_mp3_is_one_error_line(tmp_path, capsys):
    fake = tmp_path / "fake.mp3"
    fake.write_bytes(b"RIFF" + bytes(4000))
    assert main(["check", str(fake)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("audio-edition: error: ") and "not an MP3" in err


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A small article built offline with espeak, its speech cached for the other builds here."""
    folder = tmp_path_factory.mktemp("edition")
    article = folder / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    output = folder / "article.mp3"
    status, out = _run("build", str(article), "--engine", "espeak", "-o", str(output),
                       "--cache-dir", str(folder / "cache"), "-q")
    return status, out, output, article


@pytest.mark.slow
def test_build_ends_with_a_one_line_check_verdict_and_succeeds_without_strict(built):
    status, out, _, _ = built
    assert status == 0
    assert out.rstrip().splitlines()[-1].startswith("check: ")


@pytest.mark.slow
def test_built_edition_fails_no_rule(built):
    report = check_file(built[2])
    failed = {r.rule.id: r.outcome.measured for r in report.results if r.verdict == "fail"}
    assert failed == {}


@pytest.mark.slow
def test_built_edition_reads_at_a_news_pace(built):
    result = next(r for r in check_file(built[2]).results if r.rule.id == "listening.pace")
    assert result.verdict == "pass", result.outcome.measured


@pytest.mark.slow
def test_strict_build_exits_1_when_the_check_fails_and_keeps_the_mp3(built, tmp_path):
    _, _, _, article = built
    output = tmp_path / "low.mp3"
    status, out = _run("build", str(article), "--engine", "espeak", "-o", str(output), "--bitrate", "32",
                       "--cache-dir", str(article.parent / "cache"), "-q", "--strict")
    assert status == 1
    assert "format.bitrate 32 kbps CBR (limit 64-320 kbps)" in out.splitlines()[-1]
    assert output.is_file()
