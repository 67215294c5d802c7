"""Start-up of the command line: wall and CPU time of short commands, as a user runs them, median of N runs.

    .venv/bin/python -m bench.startup [--runs 7] [--article FILE] [--mp3 FILE] [--code DIR]

Each command is a fresh process (``python -m audio_edition ...``, the checkout on ``PYTHONPATH``), so its time is
all start-up plus the command's own work: ``--help``, ``inspect --help``, ``inspect ARTICLE`` (default: the
project's seed page, else samples/sample_article.txt), ``check MP3`` (default: a 12 s MP3 made once with the
imageio-ffmpeg binary) and ``voices``; then the import of the text package alone (``import text.reader,
text.plain``) and a bare interpreter, for scale. Each command runs once first to warm the disk cache and write
the bytecode an installed package has (``PYTHONDONTWRITEBYTECODE`` is left out of the children's environment: without
``.pyc`` files every run compiles the sources again, about 0.2 s). Wall time is what the user waits, CPU time
(user + system of the child) what a loaded machine inflates least; the median of each is printed.
``--code DIR [DIR ...]`` runs other checkouts (for a before/after): their runs alternate, so a machine busy with
other work slows them alike.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.shared_folder import SEED

REPO = Path(__file__).resolve().parent.parent


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(command: list[str], *, codes: list[Path], runs: int) -> list[tuple[float, float]]:
    """(median wall seconds, median CPU seconds) of ``command`` in each of ``codes``, run ``runs`` times each after
    one warm-up, the checkouts taking turns."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    walls: list[list[float]] = [[] for _ in codes]
    cpus: list[list[float]] = [[] for _ in codes]
    for run in range(runs + 1):
        for place, code in enumerate(codes):
            cpu, wall = _child_cpu(), time.perf_counter()
            subprocess.run(command, cwd=code, env={**env, "PYTHONPATH": str(code)}, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, check=False)
            if run:  # the first run warms the caches
                walls[place].append(time.perf_counter() - wall)
                cpus[place].append(_child_cpu() - cpu)
    return [(statistics.median(wall), statistics.median(cpu)) for wall, cpu in zip(walls, cpus)]


def short_mp3(folder: Path) -> Path:
    from bench.check_speed import make_long_mp3

    path = folder / "startup.mp3"
    make_long_mp3(path, 0.2, 1)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--article", type=Path, default=SEED if SEED.is_file() else REPO / "samples" /
                        "sample_article.txt")
    parser.add_argument("--mp3", type=Path, help="the MP3 for 'check' (default: a short one made here)")
    parser.add_argument("--code", type=Path, nargs="+", default=[REPO],
                        help="the checkouts to run (default: this one)")
    args = parser.parse_args(argv)
    codes = [code.resolve() for code in args.code]
    python = [sys.executable]
    cli = [*python, "-m", "audio_edition"]
    with tempfile.TemporaryDirectory() as folder:
        mp3 = args.mp3.resolve() if args.mp3 else short_mp3(Path(folder))
        commands = {
            "--help": [*cli, "--help"],
            "inspect --help": [*cli, "inspect", "--help"],
            "inspect ARTICLE": [*cli, "inspect", str(args.article.resolve())],
            "check MP3": [*cli, "check", str(mp3)],
            "voices": [*cli, "voices"],
            "import text": [*python, "-c", "import text.reader, text.plain"],
            "bare python": [*python, "-c", "pass"],
        }
        print(f"median of {args.runs} runs (after one warm-up), wall / CPU in ms; "
              + "; ".join(f"[{place}] {code}" for place, code in enumerate(codes)))
        for label, command in commands.items():
            figures = measure(command, codes=codes, runs=args.runs)
            print(f"  {label:16}" + "".join(f"  [{place}] {wall * 1000:5.0f} / {cpu * 1000:4.0f}"
                                            for place, (wall, cpu) in enumerate(figures)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
