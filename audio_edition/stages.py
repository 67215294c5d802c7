"""How long each stage of a command takes, for ``--verbose`` (and bench/end_to_end.py, which reads it)."""

from __future__ import annotations

import contextlib
import logging
import resource
import time
from collections.abc import Iterator

log = logging.getLogger(__name__)


def peak_rss_mb() -> float:
    """The process's largest resident set so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextlib.contextmanager
def timed(stage: str) -> Iterator[None]:
    """Log 'stage NAME: S s (CPU C s, peak RSS M MB)' (INFO) when the block ends, even when it fails.

    CPU is the whole process's (all threads) over the stage: on a busy machine it says more than the
    wall time does."""
    started, cpu = time.perf_counter(), time.process_time()
    try:
        yield
    finally:
        log_stage(stage, started, cpu)


def log_stage(stage: str, started: float, cpu: float) -> None:
    """The line :func:`timed` logs, for a stage that began at ``time.perf_counter()`` ``started`` and
    ``time.process_time()`` ``cpu`` (one that overlaps another stage)."""
    log.info("stage %s: %.2f s (CPU %.2f s, peak RSS %.0f MB)", stage, time.perf_counter() - started,
             time.process_time() - cpu, peak_rss_mb())
