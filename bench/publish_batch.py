"""Time `audio-edition batch` on a set of articles: wall time per run, median of several runs.

    .venv/bin/python bench/publish_batch.py                       # ../shared/seeds and ../shared/corpus
    .venv/bin/python bench/publish_batch.py articles/ --runs 3 --jobs 2 --warm

Cold runs (the default) use a fresh speech cache each time, so every chunk is synthesised; --warm primes
one cache first and then measures runs that take all speech from it (reading, levelling, encoding,
tagging, pages and feed only). Each run writes into a fresh folder.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from audio_edition.pipeline import BuildRequest
from audio_edition.publish.batch import BatchOptions, run_batch
from audio_edition.publish.feed import Channel

if __package__:
    from bench.shared_folder import SHARED
else:  # run as a file (python bench/publish_batch.py): bench/ is on the path, the checkout is not
    from shared_folder import SHARED


def one_run(inputs: list[str], root: Path, cache: Path, jobs: int, engine: str) -> tuple[float, list]:
    outdir = Path(tempfile.mkdtemp(dir=root, prefix="out-"))
    started = time.perf_counter()
    edition = BuildRequest(source="", engine=engine, cache_dir=cache)
    report = run_batch(inputs, BatchOptions(outdir=outdir, edition=edition, jobs=jobs), Channel())
    return time.perf_counter() - started, list(report.outcomes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*", default=[str(SHARED / "seeds"), str(SHARED / "corpus")])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--engine", default="espeak")
    parser.add_argument("--warm", action="store_true", help="measure with every chunk already in the cache")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as folder:
        root = Path(folder)
        if args.warm:
            one_run(args.inputs, root, root / "cache", args.jobs, args.engine)
        times = []
        for number in range(1, args.runs + 1):
            cache = root / "cache" if args.warm else root / f"cache-{number}"
            seconds, outcomes = one_run(args.inputs, root, cache, args.jobs, args.engine)
            times.append(seconds)
            failed = sum(o.status == "failed" for o in outcomes)
            print(f"run {number}: {seconds:.1f}s for {len(outcomes)} articles ({failed} failed)")
            for outcome in outcomes:
                length = outcome.episode.duration_ms / 60000 if outcome.episode else 0
                print(f"    {outcome.seconds:7.1f}s  {length:6.1f} min of audio  {Path(outcome.source).name}")
    print(f"median of {len(times)} {'warm' if args.warm else 'cold'} runs, --jobs {args.jobs}, "
          f"--engine {args.engine}: {statistics.median(times):.1f}s")


if __name__ == "__main__":
    main()
