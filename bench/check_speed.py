"""Time, CPU and peak memory of `audio-edition check` on a long MP3 (default: 60 minutes, mono 44.1 kHz 96 kbps).

    .venv/bin/python bench/check_speed.py [--minutes 60] [--runs 3] [--stereo] [--mp3 FILE] [--code DIR]

The test file is made once with the imageio-ffmpeg binary (speech-like tone
bursts, chapters every 5 minutes) in a temporary folder. Each run is the
installed command as a user types it (``audio-edition check FILE --json``), a
fresh process, so its time includes start-up and its peak RSS is the check's
own. ``--code DIR`` runs another checkout's CLI instead (for before/after).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from audio_edition.ffmpeg import ffmpeg_exe

CLI = Path(sys.executable).with_name("audio-edition")


def make_long_mp3(path: Path, minutes: float, channels: int) -> None:
    seconds = minutes * 60
    source = ("aevalsrc='(0.3*sin(2*PI*220*t)+0.2*sin(2*PI*1100*t))*lt(mod(t\\,0.45)\\,0.3)'"
              f":s=44100:d={seconds}")
    subprocess.run([ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i", source, "-ac", str(channels),
                    "-c:a", "libmp3lame", "-b:a", "96k", "-id3v2_version", "3", str(path)], check=True)
    from mutagen.id3 import CHAP, CTOC, ID3, TIT2, CTOCFlags

    tags = ID3(str(path))
    tags.add(TIT2(encoding=3, text="bench"))
    step = 300_000
    ids = [f"chp{i}" for i in range(int(seconds * 1000 // step))]
    for index, element_id in enumerate(ids):
        tags.add(CHAP(element_id=element_id, start_time=index * step, end_time=(index + 1) * step,
                      sub_frames=[TIT2(encoding=3, text=f"part {index + 1}")]))
    tags.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED, child_element_ids=ids))
    tags.save(str(path), v2_version=3)


def one_run(path: Path, code: Path | None, folder: str) -> tuple[float, float, float]:
    """(seconds, CPU seconds, peak RSS in MB) of one check in a child process. CPU counts the child and
    any ffmpeg it decodes with (user + system): on a busy machine it says more than the wall time."""
    command = [str(CLI), "check", str(path), "--json"]
    env = dict(os.environ)
    if code is not None:
        command = [sys.executable, "-m", "audio_edition.cli", "check", str(path), "--json"]
        env["PYTHONPATH"] = str(code)
    started = time.perf_counter()
    # run in ``folder``, not here: 'python -m' puts the current folder first on the path, before PYTHONPATH
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env, cwd=folder)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # 1: a rule failed, still a whole check
        raise SystemExit(f"check failed ({os.waitstatus_to_exitcode(status)})")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=60)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--stereo", action="store_true")
    parser.add_argument("--mp3", type=Path, help="check this MP3 of --minutes instead of making one")
    parser.add_argument("--code", type=Path, help="run the CLI of this checkout instead of the installed one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.mp3.resolve() if args.mp3 else Path(folder) / "long.mp3"  # the runs start in ``folder``
        if args.mp3 is None:
            made = time.perf_counter()
            make_long_mp3(path, args.minutes, 2 if args.stereo else 1)
            print(f"made {args.minutes:g} min {'stereo' if args.stereo else 'mono'} MP3 "
                  f"({path.stat().st_size / 2**20:.0f} MB) in {time.perf_counter() - made:.1f}s")
        load = os.getloadavg()[0]
        runs = [one_run(path, args.code, folder) for _ in range(args.runs)]
        times, cpu, memory = [r[0] for r in runs], [r[1] for r in runs], [r[2] for r in runs]
        print(f"check: median {statistics.median(times):.1f}s over {args.runs} runs "
              f"(min {min(times):.1f}s, max {max(times):.1f}s), "
              f"{args.minutes * 60 / statistics.median(times):.0f}x real time, "
              f"{statistics.median(times) / (args.minutes * 60):.2%} of the duration; CPU (with ffmpeg) median "
              f"{statistics.median(cpu):.1f}s; peak RSS median {statistics.median(memory):.0f} MB; "
              f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after")


if __name__ == "__main__":
    main()
