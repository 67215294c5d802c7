"""Mistakes a new user makes, each answered by one clear line before any speech is made.

The gtts endpoint is a closed loopback port (see ``cli_env``): a run that reached synthesis would
fail there, so an error naming the user's mistake shows it was caught first.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_build_command import assert_one_line_error

ARTICLE = "عنوان الخبر\n\nأعلنت الشركة نتائجها اليوم. وارتفعت الأرباح قليلا.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_cover_that_is_not_an_image_is_refused_before_synthesis(run_cli, article, tmp_path):
    cover = tmp_path / "cover.jpg"
    cover.write_text("not a picture", encoding="utf-8")
    output = tmp_path / "out.mp3"
    result = run_cli("build", str(article), "-o", str(output), "--engine", "gtts", "--cover", str(cover))
    assert_one_line_error(result, mentions="cover.jpg: not a JPEG or PNG image")
    assert not output.exists()


def test_intro_that_is_not_audio_is_refused_before_synthesis(run_cli, article, tmp_path):
    intro = tmp_path / "jingle.mp3"
    intro.write_text("not audio", encoding="utf-8")
    output = tmp_path / "out.mp3"
    result = run_cli("build", str(article), "-o", str(output), "--engine", "gtts", "--intro", str(intro))
    assert_one_line_error(result, mentions="jingle.mp3: cannot be decoded as audio")
    assert not output.exists()


def test_wrong_format_gives_one_line_without_library_logging(run_cli, article):
    result = run_cli("inspect", str(article), "--format", "html")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"audio-edition: error: {article}: no article text found in the page"]


def test_output_that_is_the_article_itself_is_refused(run_cli, article):
    result = run_cli("build", str(article), "-o", str(article), "--engine", "gtts")
    assert_one_line_error(result, mentions="is the article itself")
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_output_not_named_mp3_is_refused(run_cli, article, tmp_path):
    output = tmp_path / "edition.wav"
    result = run_cli("build", str(article), "-o", str(output), "--engine", "gtts")
    assert_one_line_error(result, mentions="edition.wav: the edition is an MP3; give a file name ending in .mp3")
    assert not output.exists()


def test_cache_dir_that_is_a_file_is_refused(run_cli, article, tmp_path):
    output = tmp_path / "out.mp3"
    result = run_cli("build", str(article), "-o", str(output), "--engine", "gtts", "--cache-dir", str(article))
    assert_one_line_error(result, mentions="article.txt: the speech cache must be a folder, not a file")
    assert not output.exists()


@pytest.mark.parametrize("command", [None, "build", "inspect", "check", "engines", "voices", "batch", "watch", "serve"])
def test_help_fits_an_80_column_terminal(run_cli, cli_env, command):
    result = run_cli(*[command] if command else [], "--help", env={**cli_env, "COLUMNS": "80"})
    assert result.returncode == 0
    too_wide = [line for line in result.stdout.splitlines() if len(line) > 80]
    assert too_wide == []


def test_help_shows_the_default_speaking_rate_and_pace(run_cli):
    result = run_cli("build", "--help")
    assert "0.5 to 2.0 (default: 1.0)" in result.stdout
    assert "(default: 270)" in result.stdout


def test_help_says_when_no_piper_voice_is_set(run_cli, cli_env):
    env = {key: value for key, value in cli_env.items() if key != "AUDIO_EDITION_PIPER_VOICE"}
    result = run_cli("engines", "--help", env=env)
    assert "now None" not in result.stdout and "now unset" in result.stdout


def test_engines_help_says_what_it_prints(run_cli):
    result = run_cli("engines", "--help")
    assert "one line per speech engine" in result.stdout


def test_engines_says_what_auto_would_use_when_google_is_unreachable(run_cli):
    result = run_cli("engines")
    assert result.returncode == 0
    auto = [line for line in result.stdout.splitlines() if line.startswith("auto")]
    assert auto and "uses espeak" in auto[0] and "cannot be reached" in auto[0]


def test_inspect_counts_one_section_in_the_singular(run_cli, article):
    result = run_cli("inspect", str(article))
    assert result.returncode == 0
    assert result.stdout.rstrip().splitlines()[-1].endswith(" in 1 section")


def test_batch_counts_one_episode_in_the_singular(run_cli, article, tmp_path):
    result = run_cli("batch", str(article), "-o", str(tmp_path / "site"), "--engine", "espeak", "--quiet")
    assert result.returncode == 0, result.stderr
    assert "site/feed.xml has 1 episode;" in result.stdout


def test_article_with_little_arabic_is_read_with_a_warning(run_cli, tmp_path):
    english = tmp_path / "english.txt"
    english.write_text("A headline in English\n\nThe whole article is in English, not Arabic.\n", encoding="utf-8")
    result = run_cli("inspect", str(english))
    assert result.returncode == 0
    assert "english.txt: little Arabic text (0% of its letters); an Arabic voice will read it" in result.stderr


def test_arabic_article_gets_no_language_warning(run_cli, article):
    result = run_cli("inspect", str(article))
    assert result.returncode == 0 and result.stderr == ""


def test_strict_without_the_check_is_refused(run_cli, sample_path):
    result = run_cli("build", str(sample_path), "--engine", "espeak", "--strict", "--no-check")
    assert result.returncode == 2
    assert result.stderr.strip() == ("audio-edition: error: --strict needs the end-of-build check; "
                                     "drop --no-check or --strict")


def test_an_article_longer_than_max_words_is_refused_before_any_speech(run_cli, sample_path, tmp_path):
    output = tmp_path / "long.mp3"
    result = run_cli("build", str(sample_path), "--engine", "espeak", "--max-words", "50", "-o", str(output))
    assert_one_line_error(result, mentions="is more than --max-words 50")
    assert "engine:" not in result.stderr  # refused before an engine was even chosen
    assert not output.exists()


def test_a_page_of_menu_words_alone_is_no_article(run_cli, tmp_path):
    # Trial s29 (inputs29): a scrape that caught a site's menu alone became an edition titled "اتصل بنا".
    page = tmp_path / "menu.txt"
    page.write_text("الرئيسية\nأخبار\nرياضة\nاقتصاد\nاتصل بنا\nمن نحن\nسياسة الخصوصية\n", encoding="utf-8")
    output = tmp_path / "menu.mp3"
    result = run_cli("build", str(page), "-o", str(output), "--engine", "espeak")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"audio-edition: error: {page}: no article text found"]
    assert not output.exists()
