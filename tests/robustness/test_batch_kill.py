"""A batch stopped with SIGTERM or killed with -9, then run again: no worker left behind, nothing half-made
kept or served, and the rerun completes the site."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from pathlib import Path

import feedparser
import pytest

from tests.conftest import audio_edition_command
from tests.support.articles import HEADLINE, LEAD
from tests.support.processes import alive, children, state, wait_for

ARTICLES = 4
pytestmark = pytest.mark.slow


def write_articles(folder: Path) -> Path:
    """Different short articles: nothing comes from the speech cache, so work is in flight when killed."""
    folder.mkdir()
    for number in range(ARTICLES):
        text = f"{HEADLINE} {number + 1}\n\n{LEAD}\n"
        (folder / f"article{number}.txt").write_text(text, encoding="utf-8")
    return folder


def start_batch(folder: Path, outdir: Path, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [*audio_edition_command(), "batch", str(folder), "-o", str(outdir), "--engine", "espeak", "--jobs", "2",
         "--quiet"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def partial_mp3s(outdir: Path) -> list[Path]:
    return list(outdir.glob(".article*.mp3.*.part"))


def stop_while_an_mp3_is_half_written(process: subprocess.Popen, outdir: Path) -> bool:
    """Stop the batch and its workers (SIGSTOP to its process group) at a moment when an MP3 is being
    written; False if the batch ended first. Seeing the temporary and then killing is a race: under load the
    worker may finish and rename it in between. Stopped, it cannot; if it did so before it stopped, the
    group goes on until the next article's MP3 is caught."""
    while wait_for(lambda: partial_mp3s(outdir) or process.poll() is not None) and process.poll() is None:
        with contextlib.suppress(ProcessLookupError):  # the batch may end at any moment
            os.killpg(process.pid, signal.SIGSTOP)
        members = {process.pid, *children(process.pid)}
        if wait_for(lambda: all(state(pid) in ("T", "Z", None) for pid in members), 30) and partial_mp3s(outdir):
            return True
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGCONT)
    return False


def wait_gone(pids: set[int], seconds: float = 15) -> set[int]:
    wait_for(lambda: not any(alive(pid) for pid in pids), seconds)
    return {pid for pid in pids if alive(pid)}


def rerun_completes(folder: Path, outdir: Path, env: dict[str, str]) -> None:
    process = start_batch(folder, outdir, env)
    stdout, stderr = process.communicate(timeout=600)
    assert process.returncode == 0, stderr
    assert len(feedparser.parse(str(outdir / "feed.xml")).entries) == ARTICLES
    assert not list(outdir.glob(".*")), "hidden temporaries left after a complete run"


def test_sigterm_stops_the_batch_and_its_workers_like_ctrl_c(tmp_path, cli_env):
    folder, outdir = write_articles(tmp_path / "in"), tmp_path / "out"
    process = start_batch(folder, outdir, cli_env)
    assert wait_for(lambda: list(outdir.glob("article*.png")) or process.poll() is not None)
    workers = children(process.pid)
    process.send_signal(signal.SIGTERM)  # the batch process alone, as 'kill PID' or a service manager does
    stopped = time.monotonic()
    _, stderr = process.communicate(timeout=120)
    took = time.monotonic() - stopped
    assert process.returncode == 143, stderr
    assert stderr.strip().splitlines()[-1] == "audio-edition: terminated"
    assert "Traceback" not in stderr
    assert took < 30, f"took {took:.1f} s to stop"
    assert wait_gone(workers) == set()
    made = {path.name.split(".")[0] for path in outdir.glob("article*.episode.json")}
    assert len(made) < ARTICLES
    assert {path.name.split(".")[0] for path in outdir.glob("article*")} == made  # nothing half-made kept
    rerun_completes(folder, outdir, cli_env)


def test_kill_9_takes_the_workers_too_and_the_rerun_removes_what_they_left(tmp_path, cli_env):
    folder, outdir = write_articles(tmp_path / "in"), tmp_path / "out"
    process = start_batch(folder, outdir, cli_env)
    assert stop_while_an_mp3_is_half_written(process, outdir), "no MP3 was caught half-written"
    workers = children(process.pid)  # the two workers (and multiprocessing's resource tracker)
    assert len(workers) >= 2
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
    # The batch is gone: let its stopped workers run on, so they can only end as a killed batch makes them.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGCONT)
    process.communicate(timeout=60)
    assert wait_gone(workers) == set(), "workers outlived the batch"
    assert partial_mp3s(outdir), "the kill left no partial MP3 to test the clean-up with"
    rerun_completes(folder, outdir, cli_env)
