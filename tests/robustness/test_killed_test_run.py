"""A test run that is stopped (SIGTERM: ``kill PID``, ``timeout``, a CI runner) or killed with -9 takes the
services its fixtures started with it: no Dask scheduler, nanny or worker outlives pytest."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.support.processes import alive, descendants, start_time, wait_for

pytestmark = pytest.mark.slow

READY_TIMEOUT = 120.0
GONE_TIMEOUT = 60.0

# A run of one test that holds a session-scoped cluster, as tests/publish/test_cluster.py does, and waits to
# be stopped. It loads the suite's own conftest (-p tests.conftest), where SIGTERM is handled.
INNER_TEST = '''
import os
import threading
from pathlib import Path

import pytest

from tests.support.dask_cluster import local_cluster


@pytest.fixture(scope="session")
def cluster(tmp_path_factory):
    with local_cluster(tmp_path_factory.mktemp("cluster"), workers=1) as cluster:
        yield cluster


def test_waits_to_be_stopped(cluster):
    Path(os.environ["READY_FILE"]).write_text("ready")
    threading.Event().wait(300)
'''


def still_running(processes: dict[int, str | None]) -> list[int]:
    """The processes (pid -> start time) still running: a reused pid is another process."""
    return [pid for pid, started in processes.items() if alive(pid) and start_time(pid) == started]


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="lists processes through /proc (Linux)")
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "kill -9"])
def test_the_cluster_of_a_stopped_test_run_does_not_outlive_it(tmp_path, stop):
    (tmp_path / "test_inner.py").write_text(INNER_TEST, encoding="utf-8")
    ready = tmp_path / "ready"
    env = {**os.environ, "PYTHONPATH": str(REPO), "READY_FILE": str(ready)}
    with (tmp_path / "inner.log").open("wb") as log:
        run = subprocess.Popen(
            [sys.executable, "-m", "pytest", "-q", "-p", "tests.conftest", "-p", "no:cacheprovider",
             "--rootdir", str(tmp_path), str(tmp_path / "test_inner.py")],
            cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT)
    services: dict[int, str | None] = {}
    try:
        assert wait_for(lambda: ready.exists() or run.poll() is not None, READY_TIMEOUT) and ready.exists(), \
            (tmp_path / "inner.log").read_text()
        services = {pid: start_time(pid) for pid in descendants(run.pid)}
        assert len(services) >= 3  # the scheduler, the worker's nanny and its worker process, at least
        os.kill(run.pid, stop)  # pytest alone, as 'kill PID' does
        run.wait(GONE_TIMEOUT)
        wait_for(lambda: not still_running(services), GONE_TIMEOUT)
        assert still_running(services) == []
        if stop == signal.SIGTERM:  # stopped as by Ctrl-C, its teardown done
            assert run.returncode == pytest.ExitCode.INTERRUPTED, (tmp_path / "inner.log").read_text()
    finally:
        if run.poll() is None:
            run.kill()
            run.wait(10)
        for pid in still_running(services):  # whatever the failure left behind
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
