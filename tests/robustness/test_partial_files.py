"""Half-written files of a killed run are removed by the next one, and never those of a run still writing."""

from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path

from audio.write import atomic_path, remove_stale_temporaries


def _write_forever(target: str, ready) -> None:
    with atomic_path(Path(target)) as temporary:
        temporary.write_bytes(b"half")
        ready.set()
        signal.pause()


def test_stale_temporaries_go_and_live_ones_stay(tmp_path):
    stale = tmp_path / ".episode.mp3.abcd1234.part"
    stale.write_bytes(b"left by kill -9")
    foreign = tmp_path / ".download.part"  # not ours: another program's
    foreign.write_bytes(b"x")
    with atomic_path(tmp_path / "feed.xml") as live:  # this process is writing it right now
        live.write_text("<rss/>", encoding="utf-8")
        assert remove_stale_temporaries(tmp_path) == 1
        assert live.exists()
    assert not stale.exists() and foreign.exists()


def test_a_temporary_of_a_killed_writer_is_stale(tmp_path):
    context = multiprocessing.get_context("spawn")
    ready = context.Event()
    writer = context.Process(target=_write_forever, args=(str(tmp_path / "a.mp3"), ready))
    writer.start()
    try:
        assert ready.wait(60)
        assert remove_stale_temporaries(tmp_path) == 0  # its writer is alive
        os.kill(writer.pid, signal.SIGKILL)
        writer.join(30)
        assert len(list(tmp_path.glob(".a.mp3.*.part"))) == 1
        assert remove_stale_temporaries(tmp_path) == 1
    finally:
        writer.kill()
    assert not list(tmp_path.iterdir())


def test_only_the_named_targets_are_cleaned(tmp_path):
    mine, other = tmp_path / ".out.mp3.abcd1234.part", tmp_path / ".other.mp3.abcd1234.part"
    mine.write_bytes(b"x")
    other.write_bytes(b"x")
    assert remove_stale_temporaries(tmp_path, ["out.mp3", "out.vtt"]) == 1
    assert not mine.exists() and other.exists()
