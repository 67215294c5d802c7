"""`audio-edition build` with each neural engine against the loopback doubles, as a user runs it.

Starts the edge websocket double and the REST double (azure, google-cloud, openai) on 127.0.0.1
with added latency per request (a neural service thinks before it answers), then times the whole
command for the seed article, cold (--no-cache) at several levels of concurrency (--jobs, and
--edge-connections for edge), and a rerun from a warm cache. Checks that every cold run of an
engine gives the same MP3. Prints medians of several runs, wall time and the CPU time of the
command (the machine may be shared: CPU time is the steadier figure).

    .venv/bin/python -m bench.neural_speed [--latency 0.5] [--runs 3] [--jobs 1 4 8] [--engines edge azure]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.shared_folder import SEED, WHERE
from tests.support.fake_cloud import KEY, FakeCloud
from tests.support.fake_edge import FakeEdge

COMMAND = Path(sys.executable).parent / "audio-edition"


def run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one command (children's CPU time, measured around it)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run([str(COMMAND), *args], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{result.stderr}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--article", type=Path, default=SEED)
    parser.add_argument("--latency", type=float, default=0.5, help="seconds added to every request")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 4, 8])
    parser.add_argument("--engines", nargs="+", default=["edge", "azure", "google-cloud", "openai"])
    args = parser.parse_args()
    if not args.article.is_file():
        raise SystemExit(f"{args.article}: not found (the seed article lives in seeds/ of {WHERE})")
    print(f"article {args.article.name}, latency {args.latency:g} s per request, medians of {args.runs} runs, "
          f"{os.cpu_count()} CPUs (shared machine: wall times are noisy)")
    with FakeEdge(latency=args.latency) as edge, FakeCloud(latency=args.latency) as cloud, \
            tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "AUDIO_EDITION_EDGE_URL": edge.url, "AZURE_SPEECH_KEY": KEY,
               "AZURE_SPEECH_ENDPOINT": cloud.base_url, "GOOGLE_CLOUD_TTS_API_KEY": KEY,
               "GOOGLE_CLOUD_TTS_URL": cloud.base_url, "OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": cloud.base_url + "/v1",
               "XDG_CACHE_HOME": folder}
        output = Path(folder) / "edition.mp3"
        for engine in args.engines:
            base = ["build", str(args.article), "-o", str(output), "--engine", engine, "--quiet", "--no-check"]
            digests = set()
            for jobs in args.jobs:
                extra = ["--jobs", str(jobs)] + (["--edge-connections", str(jobs)] if engine == "edge" else [])
                times = []
                for _ in range(args.runs):
                    times.append(run(base + ["--no-cache", *extra], env))
                    digests.add(hashlib.sha256(output.read_bytes()).hexdigest())
                wall = statistics.median(t[0] for t in times)
                cpu = statistics.median(t[1] for t in times)
                print(f"{engine:12} cold, {jobs} at once: {wall:6.2f} s wall, {cpu:5.2f} s CPU")
            cache = ["--cache-dir", str(Path(folder) / engine)]
            run(base + cache, env)
            warm = [run(base + cache, env) for _ in range(args.runs)]
            print(f"{engine:12} warm cache:      {statistics.median(t[0] for t in warm):6.2f} s wall, "
                  f"{statistics.median(t[1] for t in warm):5.2f} s CPU")
            print(f"{engine:12} identical MP3 in every cold run: {'yes' if len(digests) == 1 else 'NO'}")


if __name__ == "__main__":
    main()
