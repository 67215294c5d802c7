"""The same `audio-edition batch` on local processes and on a local Dask cluster of 2 workers.

    .venv/bin/python -m bench.cluster_batch --runs 3            # the seed and the short shared articles
    .venv/bin/python -m bench.cluster_batch articles/ --runs 3

Prints, as medians of --runs:
- throughput of the whole command as a user runs it (a fresh speech cache each run, so every chunk is
  synthesised): `--jobs 2` local processes against `--cluster` with 2 one-thread workers on this machine;
  wall time, articles and minutes of audio per wall minute, and the CPU time of the batch command itself
  (on a cluster the speech is made by the workers, not by it);
- per-task overhead: with every chunk in the workers' caches and one article in flight, the time from
  submitting an article to its files written here, less the time the worker spent making it; and Dask's own
  round trip for an empty task and for a task returning 2 MiB;
- recovery from a worker killed with -9 mid-article: seconds from the kill until the article runs again,
  and the batch's wall time against the same batch without a kill.

The machine is shared while this runs: figures are noisy; compare medians.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from audio_edition.pipeline import BuildRequest
from audio_edition.publish.batch import BatchOptions, collect_sources, plan
from audio_edition.publish.cluster import make_episodes_on_cluster
from audio_edition.publish.fetching import PoliteFetcher
from audio_edition.publish.fingerprint import edition_fingerprint
from bench.shared_folder import SHARED
from tests.support.dask_cluster import edition_tasks, kill_a_busy_worker, local_cluster

SHORT_SHARED = [SHARED / "seeds", *(p for p in sorted((SHARED / "corpus").glob("*.txt")) if "longform" not in p.name)]
COMMAND = [str(Path(sys.executable).parent / "audio-edition"), "batch"]


def run_command(inputs: list[str], outdir: Path, cache: Path, *options: str) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds of the command (user + system) and its stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run([*COMMAND, *inputs, "-o", str(outdir), "--engine", "espeak", "--quiet",
                             "--cache-dir", str(cache), *options], capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"batch failed:\n{result.stdout}{result.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.stdout


def audio_minutes(stdout: str) -> float:
    """Minutes of audio made, from the summary table's length column (M:SS or H:MM:SS)."""
    total = 0.0
    for line in stdout.splitlines():
        fields = line.split()
        if len(fields) > 1 and fields[0] == "made":
            seconds = 0
            for part in fields[1].split(":"):
                seconds = seconds * 60 + int(part)
            total += seconds / 60
    return total


def throughput(label: str, inputs: list[str], root: Path, runs: int, count: int, *options: str) -> float:
    walls, cpus, minutes = [], [], 0.0
    for number in range(runs):
        wall, cpu, stdout = run_command(inputs, root / f"{label}-out-{number}", root / f"{label}-cache-{number}",
                                        *options)
        walls.append(wall)
        cpus.append(cpu)
        minutes = audio_minutes(stdout)
        print(f"  {label} run {number + 1}: {wall:.1f}s wall, {cpu:.1f}s CPU in the batch command and its processes")
    wall = statistics.median(walls)
    print(f"{label}: median {wall:.1f}s for {count} articles ({minutes:.1f} min of audio): "
          f"{count / wall * 60:.1f} articles/min, {minutes / wall * 60:.1f} min of audio per minute; "
          f"CPU of the batch command and its processes {statistics.median(cpus):.1f}s")
    return wall


def per_task_overhead(inputs: list[str], root: Path, address: str, runs: int) -> None:
    """One article in flight, warm worker caches: client-observed time per article less the worker's."""
    outdir = root / "overhead-out"
    outdir.mkdir()
    edition = BuildRequest(source="", engine="espeak", cache_dir=root / "overhead-cache")
    options = BatchOptions(outdir=outdir, edition=edition, jobs=1, force=True, cluster=address)
    jobs, _ = plan(collect_sources(inputs), options, {}, edition_fingerprint(edition), PoliteFetcher())
    list(make_episodes_on_cluster(address, jobs, options, "bench"))  # warm the workers' caches
    overheads = []
    for _ in range(runs):
        started = time.perf_counter()
        for outcome in make_episodes_on_cluster(address, jobs, options, "bench"):
            now = time.perf_counter()
            overheads.append(now - started - outcome.seconds)
            started = now
    print(f"per article (warm caches, one in flight): median overhead {statistics.median(overheads) * 1000:.0f} ms "
          f"over {len(overheads)} articles (includes connecting and the version check for the first of each run)")

    from distributed import Client

    with Client(address, set_as_default=False) as client:
        def round_trip(function, *args) -> float:
            times = []
            for _ in range(30):
                started = time.perf_counter()
                client.submit(function, *args, pure=False).result()
                times.append(time.perf_counter() - started)
            return statistics.median(times)

        print(f"Dask round trip: empty task {round_trip(int) * 1000:.1f} ms, task returning 2 MiB "
              f"{round_trip(os.urandom, 2 << 20) * 1000:.1f} ms")


def recovery(inputs: list[str], root: Path, cluster, baseline: float | None) -> None:
    outdir, cache = root / "kill-out", root / "kill-cache"
    result: dict = {}

    def batch() -> None:
        result["wall"], _, result["stdout"] = run_command(inputs, outdir, cache, "--cluster", cluster.address)

    thread = threading.Thread(target=batch)
    thread.start()
    with cluster.client() as client:
        worker, key = kill_a_busy_worker(client)
        killed_at = time.perf_counter()
        restarted = None
        while thread.is_alive() and restarted is None:
            if any(key in keys for address, keys in edition_tasks(client).items() if address != worker):
                restarted = time.perf_counter() - killed_at
            time.sleep(0.02)
    thread.join()
    made = result["stdout"].splitlines()[-1]
    again = f"ran again on another worker {restarted:.2f}s later" if restarted is not None else "never seen again"
    against = f" against {baseline:.1f}s without a kill" if baseline is not None else ""
    print(f"killed worker {worker} mid-article: its article {again}; batch {result['wall']:.1f}s{against} "
          f"({made.split(';')[0]})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*", default=[str(p) for p in SHORT_SHARED])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-throughput", action="store_true", help="only the overhead and the recovery")
    args = parser.parse_args()
    count = len(collect_sources(args.inputs))
    with tempfile.TemporaryDirectory(prefix="bench-cluster-") as folder:
        root = Path(folder)
        print(f"{count} articles, espeak, a fresh speech cache per run")
        if not args.skip_throughput:
            throughput("local --jobs 2", args.inputs, root, args.runs, count, "--jobs", "2")
        started = time.perf_counter()
        with local_cluster(root / "cluster", workers=2) as cluster:
            print(f"local cluster of 2 workers started in {time.perf_counter() - started:.1f}s")
            wall = None
            if not args.skip_throughput:
                wall = throughput("cluster 2 workers", args.inputs, root, args.runs, count, "--cluster",
                                  cluster.address)
            per_task_overhead(args.inputs, root, cluster.address, args.runs)
            cluster.wait_for_workers(2)
            recovery(args.inputs, root, cluster, wall)


if __name__ == "__main__":
    main()
