"""Other processes seen through /proc (Linux): what a test started, and whether it is still running."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path


def _stat_fields(pid: int) -> list[str] | None:
    """/proc/PID/stat's fields after the command name (state, ppid, ...); None once the process is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        fields = _stat_fields(int(stat.parent.name))
        if fields and int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def descendants(pid: int) -> set[int]:
    found, todo = set(), [pid]
    while todo:
        below = children(todo.pop()) - found
        todo.extend(below)
        found |= below
    return found


def state(pid: int) -> str | None:
    """The process's state letter (R running, S sleeping, T stopped, Z zombie...); None once it is gone."""
    fields = _stat_fields(pid)
    return fields[0] if fields else None


def start_time(pid: int) -> str | None:
    """When the process started, in clock ticks: with the pid it names one process, even once the pid is reused."""
    fields = _stat_fields(pid)
    return fields[19] if fields else None


def alive(pid: int) -> bool:
    return state(pid) not in (None, "Z")


def wait_for(condition: Callable[[], object], seconds: float = 120) -> bool:
    ends = time.monotonic() + seconds
    while time.monotonic() < ends:
        if condition():
            return True
        time.sleep(0.01)
    return False
