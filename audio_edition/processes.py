"""Process lifetime: SIGTERM handled like Ctrl-C, and worker processes that never outlive their parent.

``kill PID`` (SIGTERM, what service managers and ``timeout`` send) should stop a
command as tidily as Ctrl-C: temporary files removed, queued work cancelled, one
line and a non-zero status. Inside :func:`sigterm_as_interrupt`, SIGTERM raises
:class:`Terminated`, a ``KeyboardInterrupt``, so every clean-up path written for
Ctrl-C runs for it too.

A worker process calls :func:`die_with_parent` first: when its parent dies, even
by ``kill -9``, the kernel kills it at once (Linux's parent-death signal; other
systems poll for the parent every half second). Without it, a killed batch's
workers went on making queued articles for nobody.

Workers are started inside :func:`ctrl_c_held` and call :func:`release_ctrl_c`
once their own Ctrl-C handler is in place: a Ctrl-C (or the batch's SIGINT on
SIGTERM) that reaches a worker still starting Python waits for that handler
instead of printing a traceback from the middle of the interpreter's start-up.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator

log = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1
"""prctl(2) option: the signal this process gets when its parent dies."""
POLL_SECONDS = 0.5


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: stop as for Ctrl-C."""

    exit_code = 128 + signal.SIGTERM


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM raises :class:`Terminated` in the main thread (elsewhere: no change)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(_signum: int, _frame: object) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second SIGTERM must not cut the tidy-up short
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def die_with_parent(parent: int) -> None:
    """Make this process end when process ``parent`` (the one that started it) ends."""
    if not _parent_death_signal(signal.SIGKILL):
        threading.Thread(target=_watch_parent, args=(parent,), name="watch-parent", daemon=True).start()
    if os.getppid() != parent:  # the parent died before we asked
        os._exit(1)


def _parent_death_signal(signum: int) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signum), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(POLL_SECONDS)
    os._exit(1)


@contextlib.contextmanager
def ctrl_c_held() -> Iterator[None]:
    """Within the block, SIGINT stays pending in this thread, and processes started here begin with it
    pending too (a blocked signal is inherited across fork and exec); it is delivered when the block ends."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def release_ctrl_c() -> None:
    """In a process started inside :func:`ctrl_c_held`: take SIGINT again (one that came meanwhile arrives now)."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def interrupt(pids: Iterable[int]) -> None:
    """Send SIGINT (Ctrl-C) to each process: they stop their work and tidy up as for Ctrl-C."""
    for pid in pids:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGINT)
