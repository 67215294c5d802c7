"""A real Dask cluster on 127.0.0.1 for tests and benches: ``dask scheduler`` and ``dask worker`` processes,
as a user starts them (README, "Many machines"), each worker with its own speech cache.

The scheduler and the workers end with the process that started them, even when it is killed with -9 and
cannot stop them (Linux's parent-death signal; a worker's nanny takes its worker process with it).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from audio_edition.processes import PR_SET_PDEATHSIG
from tests.support.network import closed_loopback_url
from tts.gtts_engine import BASE_URL_ENV

DASK = str(Path(sys.executable).parent / "dask")
START_TIMEOUT = 60.0


def _ends_with_us() -> Callable[[], None] | None:
    """A ``preexec_fn`` that has the kernel kill the new process when this one dies (None off Linux)."""
    if not sys.platform.startswith("linux"):
        return None
    prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up here: nothing but the call runs in the child
    parent = os.getpid()

    def in_child() -> None:
        prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        if os.getppid() != parent:  # the parent died before the signal was asked for
            os._exit(1)

    return in_child


@dataclass
class LocalCluster:
    root: Path
    address: str = ""
    scheduler: subprocess.Popen | None = None
    workers: list[subprocess.Popen] = field(default_factory=list)

    def worker_cache(self, number: int) -> Path:
        """The speech cache of worker ``number`` (its XDG_CACHE_HOME)."""
        return self.root / f"worker-{number}" / "cache"

    def start_scheduler(self) -> None:
        scheduler_file = self.root / "scheduler.json"
        self.scheduler = subprocess.Popen(
            [DASK, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
             "--scheduler-file", str(scheduler_file)],
            stdout=subprocess.DEVNULL, stderr=(self.root / "scheduler.log").open("wb"), cwd=self.root,
            preexec_fn=_ends_with_us())
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            with contextlib.suppress(OSError, ValueError, KeyError):
                self.address = json.loads(scheduler_file.read_text())["address"]
                return
            if self.scheduler.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"dask scheduler did not start: {(self.root / 'scheduler.log').read_text()}")
            time.sleep(0.05)

    def start_worker(self, *, pythonpath: Path | None = None) -> subprocess.Popen:
        """One more worker of one thread (its nanny restarts it when it is killed); ``pythonpath`` is put
        first on its import path (another audio-edition installed there)."""
        number = len(self.workers) + 1
        folder = self.root / f"worker-{number}"
        folder.mkdir(exist_ok=True)
        env = {**os.environ, "XDG_CACHE_HOME": str(self.worker_cache(number)), BASE_URL_ENV: closed_loopback_url()}
        if pythonpath is not None:
            env["PYTHONPATH"] = str(pythonpath)
        worker = subprocess.Popen(
            [DASK, "worker", self.address, "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1",
             "--name", f"worker-{number}", "--local-directory", str(folder / "scratch")],
            stdout=subprocess.DEVNULL, stderr=(folder / "worker.log").open("wb"), cwd=folder, env=env,
            preexec_fn=_ends_with_us())
        self.workers.append(worker)
        return worker

    def wait_for_workers(self, count: int) -> None:
        with self.client() as client:
            client.wait_for_workers(count, timeout=START_TIMEOUT)

    @contextlib.contextmanager
    def client(self):
        from distributed import Client

        client = Client(self.address, timeout=START_TIMEOUT, set_as_default=False)
        try:
            yield client
        finally:
            client.close()

    def stop(self) -> None:
        for process in [*self.workers, self.scheduler]:
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in [*self.workers, self.scheduler]:
            if process is None:
                continue
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)


@contextlib.contextmanager
def local_cluster(root: Path, workers: int = 2) -> Iterator[LocalCluster]:
    """A scheduler and ``workers`` workers on 127.0.0.1 (free ports), stopped on the way out."""
    root.mkdir(parents=True, exist_ok=True)
    cluster = LocalCluster(root)
    try:
        cluster.start_scheduler()
        for _ in range(workers):
            cluster.start_worker()
        if workers:
            cluster.wait_for_workers(workers)
        yield cluster
    finally:
        cluster.stop()


def edition_tasks(client) -> dict[str, list[str]]:
    """The edition tasks each worker is running now (address -> task keys)."""
    return {worker: [key for key in keys if str(key).startswith("edition-")]
            for worker, keys in client.processing().items()}


def kill_a_busy_worker(client, timeout: float = 120.0) -> tuple[str, str]:
    """Kill with -9 the process of a worker that is making an edition (its nanny starts a new one);
    returns the worker's address and the key of the edition it was making."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        busy = [(worker, keys[0]) for worker, keys in edition_tasks(client).items() if keys]
        if busy:
            worker, key = busy[0]
            pid = client.run(os.getpid, workers=[worker])[worker]
            os.kill(pid, signal.SIGKILL)
            return worker, key
        time.sleep(0.05)
    raise TimeoutError("no worker started an edition")
