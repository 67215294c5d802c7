"""The whole `audio-edition` command as a user runs it: wall time, CPU time, peak memory, stages.

Every run is a fresh process of the installed CLI (no warm imports, no speech
cache), as someone typing the command would start it:

- ``seed``: the seed page, offline (``--engine espeak``);
- ``gtts``: the seed page with gTTS against the fake Google on 127.0.0.1 with
  ``--latency`` seconds per request (tests/support/fake_google.py), compared
  with the naive script's synthesis: the same chunks one request after another;
- ``longform``: ``../shared/corpus/aljazeera_longform.txt`` offline;
- ``help``: ``audio-edition --help`` and ``audio-edition engines`` (offline: gTTS points at a closed port).

For each it prints the median of ``--runs`` runs of wall time, wall time as a
share of the audio's duration, user+sys CPU seconds, peak RSS, whether the
end-of-build check passed, and the median of each stage ``build --verbose``
reports. CPU time is much less sensitive to other work on a shared machine
than wall time.

    .venv/bin/python -m bench.end_to_end [--runs 3] [--cases seed gtts longform help] [--keep DIR]
                                         [--code OTHER_CHECKOUT] [--gtts-jobs N]

``--keep DIR`` keeps each case's last edition (MP3, .vtt, .chapters.json) in DIR/CASE/, for
``bench/edition_compare.py`` to hold against editions made by another version.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

if __package__:
    from bench.shared_folder import SHARED, WHERE
else:  # run as a file (python bench/end_to_end.py): bench/ is on the path, the checkout is not
    from shared_folder import SHARED, WHERE

SEED = SHARED / "seeds" / "000_0d1342c88ff5f8bf.txt"
LONGFORM = SHARED / "corpus" / "aljazeera_longform.txt"
CLI = Path(sys.executable).with_name("audio-edition")
STAGE = re.compile(r"stage (?P<name>[\w -]+?): (?P<seconds>[\d.]+) s")
SUMMARY = re.compile(r"(?:(?P<h>\d+):)?(?P<m>\d+):(?P<s>\d+) of audio")
CLOSED_PORT_URL = "http://127.0.0.1:9"


@dataclass
class Run:
    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    audio_s: float | None
    check: str | None
    stages: dict[str, float] = field(default_factory=dict)


def cli_command(code: Path | None) -> list[str]:
    """The installed command, or the CLI of another checkout ``code`` (its packages first on the path)."""
    return [str(CLI)] if code is None else [sys.executable, "-m", "audio_edition.cli"]


def run_cli(arguments: list[str], env: dict[str, str], cwd: Path, code: Path | None = None) -> Run:
    """One CLI process; wall time, its own rusage (os.wait4), and what it printed."""
    if code is not None:
        env = {**env, "PYTHONPATH": str(code)}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen([*cli_command(code), *arguments], stdout=out, stderr=err,
                                   stdin=subprocess.DEVNULL, env=env, cwd=cwd)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text = out.read().decode("utf-8", "replace") + err.read().decode("utf-8", "replace")
    if process.returncode not in (0, 1):
        raise SystemExit(f"audio-edition {' '.join(arguments)} failed ({process.returncode}):\n{text}")
    summary = SUMMARY.search(text)
    audio = None
    if summary:
        audio = int(summary["h"] or 0) * 3600 + int(summary["m"]) * 60 + int(summary["s"])
    check = next((line.split()[1] for line in text.splitlines() if line.startswith("check: ")), None)
    stages = {match["name"]: float(match["seconds"]) for match in STAGE.finditer(text)}
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, audio, check, stages)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def report(name: str, runs: list[Run], extra: str = "") -> None:
    wall = median([r.wall_s for r in runs])
    audio = runs[-1].audio_s
    share = f"{wall / audio:6.2%} of {audio / 60:5.1f} min" if audio else " " * 19
    checks = ",".join(sorted({r.check for r in runs if r.check})) or "-"
    print(f"{name:9} wall {wall:7.2f}s (min {min(r.wall_s for r in runs):6.2f})  {share}  "
          f"CPU {median([r.cpu_s for r in runs]):6.2f}s  peak RSS {median([r.peak_rss_mb for r in runs]):5.0f} MB  "
          f"check {checks}{extra}", flush=True)
    names = [stage for stage in runs[-1].stages]
    if names:
        print("          stages: " + ", ".join(f"{stage} {median([r.stages.get(stage, 0.0) for r in runs]):.2f}s"
                                              for stage in names), flush=True)


def naive_synthesis_s(google_url: str) -> float:
    """The naive script: every chunk of the seed through gTTS, one request after another (our engine, jobs=1)."""
    from audio_edition.pipeline import speech_style
    from text.reader import read_article
    from text.speech import plan_speech
    from tts.base import SynthesisOptions
    from tts.gtts_engine import GttsConfig, GttsEngine
    from tts.runner import synthesize_all

    engine = GttsEngine(GttsConfig(base_url=google_url))
    texts = [chunk for part in plan_speech(read_article(str(SEED)), speech_style(engine)) for chunk in part.chunks]
    started = time.perf_counter()
    synthesize_all(engine, texts, SynthesisOptions(lang="ar"), jobs=1)
    return time.perf_counter() - started


def build_case(name: str, article: Path, engine: str, runs: int, env: dict[str, str], keep: Path | None,
               folder: Path, code: Path | None, extra: tuple[str, ...] = ()) -> list[Run]:
    results = []
    output = folder / name / "edition.mp3"
    output.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(runs):
        results.append(run_cli(["build", str(article), "--engine", engine, "--no-cache", "--verbose", "-o",
                                str(output), *extra], env, folder, code))
    if keep is not None:
        target = keep / name
        target.mkdir(parents=True, exist_ok=True)
        for path in output.parent.iterdir():
            shutil.copy2(path, target / path.name)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cases", nargs="+", default=["help", "seed", "gtts", "longform"],
                        choices=["help", "seed", "gtts", "longform"])
    parser.add_argument("--latency", type=float, default=0.3, help="seconds the fake Google adds to each request")
    parser.add_argument("--gtts-jobs", type=int, help="--jobs for the gtts case's builds (default: the tool's)")
    parser.add_argument("--keep", type=Path, help="keep each case's last edition in KEEP/CASE/")
    parser.add_argument("--code", type=Path, help="run the CLI of this checkout instead of the installed one "
                                                  "(e.g. a worktree of an older commit: before and after figures "
                                                  "taken side by side on a busy machine)")
    args = parser.parse_args()
    for needed in (SEED, LONGFORM):
        if not needed.is_file():
            raise SystemExit(f"{needed}: not found ({WHERE})")
    if not CLI.is_file():
        raise SystemExit(f"{CLI}: not found; run 'make install' first")
    env = {**os.environ, "AUDIO_EDITION_GTTS_URL": CLOSED_PORT_URL, "NO_PROXY": "*"}
    env.pop("AUDIO_EDITION_PIPER_VOICE", None)
    print(f"machine: {platform.node()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.1f} (shared machine: wall times are noisy, CPU times less so)")
    print(f"median of {args.runs} runs, each a fresh process; no speech cache\n", flush=True)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        if "help" in args.cases:
            report("--help", [run_cli(["--help"], env, folder, args.code) for _ in range(args.runs)])
            report("engines", [run_cli(["engines"], env, folder, args.code) for _ in range(args.runs)])
        if "seed" in args.cases:
            report("seed", build_case("seed", SEED, "espeak", args.runs, env, args.keep, folder, args.code))
        if "gtts" in args.cases:
            from tests.support.fake_google import FakeGoogle

            with FakeGoogle(latency=args.latency) as google:
                naive = naive_synthesis_s(google.base_url)  # also warms the fake's cache of answers
                jobs = ("--jobs", str(args.gtts_jobs)) if args.gtts_jobs else ()
                runs = build_case("gtts", SEED, "gtts", args.runs, {**env, "AUDIO_EDITION_GTTS_URL": google.base_url},
                                  args.keep, folder, args.code, jobs)
            wall = median([r.wall_s for r in runs])
            report("gtts", runs, f"\n          naive sequential synthesis {naive:.2f}s at {args.latency * 1000:.0f} ms: "
                                 f"whole command {naive / wall:.1f}x faster")
        if "longform" in args.cases:
            report("longform", build_case("longform", LONGFORM, "espeak", args.runs, env, args.keep, folder,
                                          args.code))
    return 0


if __name__ == "__main__":
    sys.exit(main())
