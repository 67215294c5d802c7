"""`audio-edition build --engine gtts` end to end, as a user runs it, against the fake Google.

Each build is a real subprocess whose AUDIO_EDITION_GTTS_URL points at the fake
server on 127.0.0.1; the server counts the requests.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.articles import SECOND, city_council_article, write_article
from tests.support.fake_google import FakeGoogle, RateLimited, ServerError, among_first, every, for_text
from tts.gtts_engine import BASE_URL_ENV
from tts.retry import RetryPolicy

CHUNKS = 8  # the city council article, chunked for gtts (100 characters at most)
FAILING_WORDS = "استكمال الدراسات"  # only in the second chunk of paragraph 2 of section 1


def audio_edition(*args: str | Path, google: FakeGoogle, **popen) -> subprocess.Popen:
    env = {**os.environ, BASE_URL_ENV: google.base_url}
    return subprocess.Popen([sys.executable, "-m", "audio_edition", *map(str, args)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def build(article: Path, output: Path, cache: Path | None, google: FakeGoogle, *extra: str
          ) -> subprocess.CompletedProcess:
    cache_args = ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    process = audio_edition("build", article, "-o", output, "--engine", "gtts", "--quiet", *cache_args, *extra,
                            google=google)
    stdout, stderr = process.communicate(timeout=120)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def test_build_with_gtts_writes_the_edition(tmp_path, google):
    article = write_article(tmp_path)
    result = build(article, tmp_path / "out.mp3", tmp_path / "cache", google)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out.mp3").stat().st_size > 10_000
    assert "engine gtts" in result.stdout and f"{CHUNKS} chunks synthesised" in result.stdout
    assert len(google.requests) == CHUNKS


def test_one_request_in_three_rate_limited_still_gives_the_same_edition(tmp_path, google):
    article = write_article(tmp_path)
    clean = build(article, tmp_path / "clean.mp3", tmp_path / "cache-clean", google)
    assert clean.returncode == 0, clean.stderr
    google.reset()
    # Every third of the first 3 * retries requests: counted over the whole run, the refusals could fall on every
    # try of one chunk as the threads happen to be scheduled (see the neural engines' test).
    retries = RetryPolicy.retries
    google.faults = [among_first(3 * retries, every(3, RateLimited(retry_after="1")))]
    limited = build(article, tmp_path / "limited.mp3", tmp_path / "cache-limited", google)
    assert limited.returncode == 0, limited.stderr
    assert sum(request.outcome == "429" for request in google.requests) == retries
    assert (tmp_path / "limited.mp3").read_bytes() == (tmp_path / "clean.mp3").read_bytes()
    assert (tmp_path / "limited.vtt").read_text() == (tmp_path / "clean.vtt").read_text()


def test_a_permanent_500_fails_naming_the_part_and_leaves_no_mp3(tmp_path, google):
    article = write_article(tmp_path)
    google.faults = [for_text(ServerError(500), FAILING_WORDS)]
    result = build(article, tmp_path / "out.mp3", tmp_path / "cache", google, "--retries", "1")
    assert result.returncode == 4
    assert "paragraph 2 of section 1, chunk 2 of 2" in result.stderr
    assert "500 (Internal Server Error)" in result.stderr
    assert "Traceback" not in result.stderr
    assert not list(tmp_path.glob("*.mp3")) and not list(tmp_path.glob(".*mp3*"))


def test_the_rerun_after_a_500_clears_makes_only_the_missing_requests(tmp_path, google):
    article = write_article(tmp_path)
    google.faults = [for_text(ServerError(500), FAILING_WORDS)]
    failed = build(article, tmp_path / "out.mp3", tmp_path / "cache", google, "--retries", "1")
    assert failed.returncode == 4
    made = set(google.answered_texts())
    google.reset()
    rerun = build(article, tmp_path / "out.mp3", tmp_path / "cache", google)
    assert rerun.returncode == 0, rerun.stderr
    asked = [request.text for request in google.requests]
    assert len(asked) == len(set(asked)) == CHUNKS - len(made)
    assert not made & set(asked)
    assert any(FAILING_WORDS in text for text in asked)


def build_in_process(article: Path, output: Path, cache: Path | None, google: FakeGoogle, monkeypatch) -> int:
    """The same command line through cli.main, without a new interpreter (faster)."""
    from audio_edition.cli import main

    monkeypatch.setenv(BASE_URL_ENV, google.base_url)
    cache_args = ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    return main(["build", str(article), "-o", str(output), "--engine", "gtts", "--quiet", *cache_args])


def test_a_corrected_paragraph_is_the_only_speech_made_again(tmp_path, google, monkeypatch):
    article = write_article(tmp_path)
    assert build_in_process(article, tmp_path / "out.mp3", tmp_path / "cache", google, monkeypatch) == 0
    corrected = SECOND.replace("الربيع المقبل", "الصيف المقبل")
    write_article(tmp_path, city_council_article(second=corrected))
    google.reset()
    assert build_in_process(article, tmp_path / "out.mp3", tmp_path / "cache", google, monkeypatch) == 0
    assert [request.text for request in google.requests] == [
        "وأضاف أن التنفيذ يبدأ في الصيف المقبل بعد استكمال الدراسات الفنية."]


def test_no_cache_asks_for_everything_each_time_and_writes_no_cache(tmp_path, google, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    article = write_article(tmp_path)
    for name in ("one.mp3", "two.mp3"):
        assert build_in_process(article, tmp_path / name, None, google, monkeypatch) == 0
    assert len(google.requests) == 2 * CHUNKS
    assert not list(tmp_path.rglob("*.wav"))


def test_two_builds_sharing_a_cache_at_once_both_succeed_identically(tmp_path, google):
    google.latency = 0.1
    article = write_article(tmp_path)
    cache = tmp_path / "cache"
    runs = [audio_edition("build", article, "-o", tmp_path / name, "--engine", "gtts", "--quiet",
                          "--cache-dir", cache, google=google) for name in ("a.mp3", "b.mp3")]
    outcomes = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outcomes
    assert (tmp_path / "a.mp3").read_bytes() == (tmp_path / "b.mp3").read_bytes()
    assert len(list(cache.rglob("*.wav"))) == CHUNKS


@pytest.mark.parametrize("option, value", [("--timeout", "0"), ("--retries", "-1")])
def test_bad_timeout_or_retries_is_one_clear_line(tmp_path, google, option, value):
    result = build(write_article(tmp_path), tmp_path / "out.mp3", tmp_path / "cache", google, option, value)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("audio-edition: error:")
    assert google.requests == []
