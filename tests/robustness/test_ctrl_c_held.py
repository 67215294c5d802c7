"""Workers start with Ctrl-C held: a SIGINT that reaches one while Python is still starting waits for the
worker's own handler (before, the interpreter's start-up was cut with a traceback on the batch's stderr)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading

import pytest

from audio_edition.processes import ctrl_c_held, release_ctrl_c

pytestmark = pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signal masks only")


def _report_held_then_release(queue) -> None:
    held = signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, [])
    os.kill(os.getpid(), signal.SIGINT)  # arrives "during start-up": must wait, not kill or raise
    seen = []
    signal.signal(signal.SIGINT, lambda *_: seen.append("handled"))
    release_ctrl_c()
    queue.put((held, seen))


def test_a_worker_started_with_ctrl_c_held_gets_it_only_from_its_own_handler():
    context = multiprocessing.get_context("spawn")  # as the batch starts its workers
    queue = context.Queue()
    with ctrl_c_held():
        worker = context.Process(target=_report_held_then_release, args=(queue,))
        worker.start()
    held, seen = queue.get(timeout=60)
    worker.join(timeout=60)
    assert (held, seen, worker.exitcode) == (True, ["handled"], 0)


def test_ctrl_c_held_in_the_batch_is_delivered_when_the_block_ends():
    # Python's own Ctrl-C handler, as in a terminal: a suite started in the background (CI) ignores SIGINT.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    held = []
    try:
        with pytest.raises(KeyboardInterrupt):
            with ctrl_c_held():
                # To this thread, which holds it: a signal sent to the process goes to any thread not holding it
                # (the suite may still run a daemon thread of an earlier test), and would arrive at once.
                signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)
                held.append(signal.SIGINT in signal.sigpending())  # not reached if it arrived at once
    finally:
        signal.signal(signal.SIGINT, previous)
    assert held == [True]
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])
