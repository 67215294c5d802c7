"""The installed ``audio-edition`` command, run as a user would run it."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from audio_edition.ffmpeg import ffmpeg_exe

SUMMARY = re.compile(
    r"wrote (?P<path>\S+): engine (?P<engine>\w+), (?P<parts>\d+) parts, (?P<chapters>\d+) chapters, "
    r"(?P<minutes>\d+):(?P<seconds>\d\d) of audio, (?P<size>[\d.]+ [KM]B), made in [\d.]+s"
)


@pytest.fixture(scope="module")
def speech_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for the module, so the same article is only synthesised once."""
    return tmp_path_factory.mktemp("speech-cache")


def decode_errors(path: Path) -> tuple[str, float]:
    """ffmpeg's error output when decoding the whole file, and the decoded duration."""
    result = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1",
                             "-ar", "44100", "-"], capture_output=True, timeout=120)
    return result.stderr.decode(errors="replace"), len(result.stdout) / 2 / 44100


def assert_one_line_error(result: subprocess.CompletedProcess[str], *, mentions: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    errors = [line for line in lines if line.startswith("audio-edition: error: ")]
    assert len(errors) == 1 and lines[-1] == errors[0], result.stderr
    assert mentions in errors[0]
    assert "Traceback" not in result.stderr


def test_sample_article_becomes_a_playable_mp3_with_a_summary(run_cli, sample_path, tmp_path, speech_cache):
    output = tmp_path / "sample.mp3"
    result = run_cli("build", str(sample_path), "-o", str(output), "--engine", "espeak",
                     "--cache-dir", str(speech_cache))
    assert result.returncode == 0, result.stderr
    summary = SUMMARY.search(result.stdout)
    assert summary, result.stdout
    assert summary["engine"] == "espeak"
    assert int(summary["chapters"]) == 5  # headline, lead, three sections
    assert int(summary["parts"]) == 1 + 3 + 11  # headline, three section titles, eleven paragraphs
    errors, seconds = decode_errors(output)
    assert errors == ""
    reported = int(summary["minutes"]) * 60 + int(summary["seconds"])
    assert abs(seconds - reported) <= 1
    assert seconds > 60  # about 270 words of news read aloud


def test_the_end_of_build_check_measures_while_encoding(run_cli, sample_path, tmp_path, speech_cache):
    result = run_cli("build", str(sample_path), "-o", str(tmp_path / "sample.mp3"), "--engine", "espeak",
                     "--cache-dir", str(speech_cache), "--verbose")
    assert result.returncode == 0, result.stderr
    assert "check: PASS" in result.stdout
    assert "stage check:" in result.stderr
    assert "measured while it was encoded" in result.stderr  # the live measures were this file's


def test_seed_article_edition_has_a_chapter_per_section(run_cli, seed_path, tmp_path, speech_cache):
    output = tmp_path / "seed.mp3"
    result = run_cli("build", str(seed_path), "-o", str(output), "--engine", "espeak",
                     "--cache-dir", str(speech_cache))
    assert result.returncode == 0, result.stderr
    summary = SUMMARY.search(result.stdout)
    assert summary and int(summary["chapters"]) == 6  # headline, lead, four sections
    errors, seconds = decode_errors(output)
    assert errors == "" and seconds > 120


def test_default_output_is_named_after_the_article(run_cli, sample_path, tmp_path, speech_cache):
    result = run_cli("build", str(sample_path), "--engine", "espeak", "--cache-dir", str(speech_cache),
                     cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "sample_article.mp3").stat().st_size > 10_000


def test_article_can_come_from_stdin(run_cli, sample_path, tmp_path, speech_cache):
    output = tmp_path / "from-stdin.mp3"
    result = run_cli("build", "-", "-o", str(output), "--engine", "espeak", "--cache-dir", str(speech_cache),
                     stdin=sample_path.read_bytes())
    assert result.returncode == 0, result.stderr
    assert output.stat().st_size > 10_000


def test_rerun_takes_every_chunk_from_the_cache(run_cli, sample_path, tmp_path, speech_cache):
    for name in ("first.mp3", "second.mp3"):
        result = run_cli("build", str(sample_path), "-o", str(tmp_path / name), "--engine", "espeak",
                         "--cache-dir", str(speech_cache))
        assert result.returncode == 0, result.stderr
    assert re.search(r"\(0 chunks synthesised, \d+ from cache\)", result.stdout), result.stdout


def test_no_progress_bar_when_stderr_is_not_a_terminal(run_cli, sample_path, tmp_path, speech_cache):
    result = run_cli("build", str(sample_path), "-o", str(tmp_path / "x.mp3"), "--engine", "espeak",
                     "--cache-dir", str(speech_cache))
    assert result.returncode == 0
    assert "\r" not in result.stderr


def test_missing_article_is_one_line_error(run_cli, tmp_path):
    result = run_cli("build", str(tmp_path / "nope.txt"), "--engine", "espeak")
    assert_one_line_error(result, mentions="no such file")
    assert not (tmp_path / "nope.mp3").exists()


def test_empty_article_is_one_line_error(run_cli, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    result = run_cli("build", str(empty), "--engine", "espeak")
    assert_one_line_error(result, mentions="empty")
    assert not (tmp_path / "empty.mp3").exists()


def test_unknown_engine_is_one_line_error(run_cli, sample_path):
    result = run_cli("build", str(sample_path), "--engine", "nonesuch")
    assert_one_line_error(result, mentions="nonesuch")
    assert result.returncode == 2


def test_output_in_a_missing_folder_is_one_line_error(run_cli, sample_path, tmp_path):
    result = run_cli("build", str(sample_path), "--engine", "espeak", "-o", str(tmp_path / "no" / "x.mp3"))
    assert_one_line_error(result, mentions="does not exist")


def test_output_that_is_a_folder_is_one_line_error(run_cli, sample_path, tmp_path):
    result = run_cli("build", str(sample_path), "--engine", "espeak", "-o", str(tmp_path))
    assert_one_line_error(result, mentions="is a folder")


def test_failed_synthesis_leaves_no_output_file(run_cli, sample_path, tmp_path):
    """Google cannot be reached (nothing listens on the loopback port): no MP3, no temporary file."""
    output = tmp_path / "out" / "edition.mp3"
    output.parent.mkdir()
    result = run_cli("build", str(sample_path), "-o", str(output), "--engine", "gtts", "--no-cache")
    assert_one_line_error(result, mentions="part")
    assert list(output.parent.iterdir()) == []


def test_failed_synthesis_keeps_the_previous_edition(run_cli, sample_path, tmp_path):
    output = tmp_path / "edition.mp3"
    output.write_bytes(b"previous edition")
    result = run_cli("build", str(sample_path), "-o", str(output), "--engine", "gtts", "--no-cache")
    assert result.returncode != 0
    assert output.read_bytes() == b"previous edition"


def test_inspect_json_shows_the_seed_structure(run_cli, seed_path):
    result = run_cli("inspect", str(seed_path), "--json")
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert set(article) == {"headline", "byline", "sections", "dropped", "headline_from_body", "published",
                            "published_from"}
    assert article["headline_from_body"] is False
    assert article["published"] is None  # the seed has no date line: nothing invented
    assert article["headline"] == 'تحالف المال والتكنولوجيا.. ترامب يدرس تعيين "ماسك" مستشارا بالبيت الأبيض'
    assert "سامح جريس" in article["byline"]
    titles = [section["title"] for section in article["sections"]]
    assert titles == [None, "تحالف جديد", "مراقبة الانتخابات", "تحالف ترامب وماسك", "تبادل المصالح"]
    dropped = " | ".join(item["text"] for item in article["dropped"])
    for chrome in ("الموقع الرسمي", "مشاركة", "post-title", "أرشيفية"):
        assert chrome in dropped
    spoken = json.dumps(article["sections"], ensure_ascii=False)
    for chrome in ("الموقع الرسمي", "مشاركة :", "post-title", "أرشيفية"):
        assert chrome not in spoken


def test_engines_lists_the_offline_engine_as_usable(run_cli):
    result = run_cli("engines")
    assert result.returncode == 0
    espeak = [line for line in result.stdout.splitlines() if line.startswith("espeak")]
    assert espeak and "not usable" not in espeak[0] and "usable" in espeak[0]


def test_the_same_article_gives_the_same_edition_on_every_run(run_cli, sample_path, tmp_path):
    """espeak's speech depends on what it spoke before in the process: chunks are spoken in text order, so
    two fresh builds without a cache make byte-identical MP3s and transcripts."""
    made = []
    for name in ("first", "second"):
        output = tmp_path / f"{name}.mp3"
        result = run_cli("build", str(sample_path), "-o", str(output), "--engine", "espeak", "--no-cache",
                         "--no-check", "-q")
        assert result.returncode == 0, result.stderr
        made.append((output.read_bytes(), output.with_suffix(".vtt").read_text(encoding="utf-8")))
    assert made[0] == made[1]


def test_inspect_json_gives_the_page_date_and_where_it_was_read(run_cli, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("افتتاح جسر جديد فوق النهر\n\nالسبت 14 مارس 2026\n\n"
                    "افتتحت البلدية صباح اليوم جسرا جديدا فوق النهر يربط الحي الشمالي بوسط المدينة بعد عامين من "
                    "الأشغال، وقال رئيس البلدية إن الجسر سيخفف الازدحام في ساعات الذروة.\n", encoding="utf-8")
    result = run_cli("inspect", str(page), "--json")
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["published"] == "2026-03-14"
    assert "date line" in article["published_from"]
    assert article["headline"] == "افتتاح جسر جديد فوق النهر"
    assert article["headline_from_body"] is False
