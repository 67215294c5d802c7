"""CPU time of the plain-text splitter (``text.plain.split_plain``, line model included) per page.

    python -m bench.split_speed [DIR ...] [--runs 3]

DIR: folders of pages (NN_site.txt + annotations.json, the format of ../shared/corpus/pages, the default);
real pages stay outside the repository. Each run splits every distinct page once and prints the median, the
95th percentile and the slowest page's CPU time (process time, not wall time: on a shared machine other work
inflates wall time); the first line says how long loading the line model took. The issue's budget is 50 ms for a
page. For a before/after, run the same script against another checkout: ``PYTHONPATH=OTHER python
bench/split_speed.py ...`` (the splitter is imported from OTHER).
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import time
from pathlib import Path

from bench.shared_folder import SHARED
from bench.text_quality import distinct_page_cases, lacks_annotations
from text import linemodel
from text.plain import split_plain

SHARED_PAGES = SHARED / "corpus" / "pages"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", type=Path, nargs="*", default=[SHARED_PAGES])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if lacks_annotations("split_speed", args.folders):
        return 2
    logging.disable(logging.WARNING)  # the splitter's notes on unsure pages are not what is measured
    pages = [text for _, _, text, _ in distinct_page_cases(args.folders)]
    started = time.process_time()
    linemodel.load_model()
    print(f"{linemodel.__file__}: line model loaded in {(time.process_time() - started) * 1000:.1f} ms CPU")
    for run in range(1, args.runs + 1):
        times = []
        for text in pages:
            started = time.process_time()
            split_plain(text)
            times.append((time.process_time() - started) * 1000)
        times.sort()
        print(f"run {run}: {len(times)} pages, CPU per page: median {statistics.median(times):.2f} ms, "
              f"p95 {times[int(0.95 * (len(times) - 1))]:.2f} ms, max {times[-1]:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
