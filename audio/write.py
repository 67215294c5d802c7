"""Write files atomically: a temporary file in the target folder, renamed when complete.

A crash or Ctrl-C never leaves a partial file, and an existing file is only
ever replaced by a complete one. The temporary file (``.NAME.XXXXXXXX.part``,
hidden) is locked while it is written; a process killed with -9 cannot remove
it, so the next run removes every such file that no live writer holds
(:func:`remove_stale_temporaries`), and never one that a concurrent run is writing.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

try:
    import fcntl
except ImportError:  # not POSIX: stale temporaries are left for the user to remove
    fcntl = None  # type: ignore[assignment]

from audio_edition.errors import EncodeError

log = logging.getLogger(__name__)

PART_SUFFIX = ".part"
_TEMPORARY = re.compile(r"^\.(?P<target>.+)\.[a-z0-9_]{8}\.part$")
"""Our temporaries: mkstemp's 8 random characters between ``.TARGET.`` and ``.part``."""


@contextlib.contextmanager
def _temporary(target: Path) -> Iterator[Path]:
    """A temporary file beside ``target``, removed on the way out unless it was renamed."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
    except OSError as error:
        raise EncodeError(f"cannot write to {folder}: {error.strerror}") from None
    temporary_path = Path(temporary)
    try:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)  # held until we are done: "a live writer has it"
        yield temporary_path
    finally:
        temporary_path.unlink(missing_ok=True)
        os.close(handle)


def remove_stale_temporaries(folder: Path, targets: Iterable[str] | None = None) -> int:
    """Remove the temporaries in ``folder`` left by writes that never finished (of ``targets`` only, when
    given); how many were removed. A temporary is stale when no process holds its lock."""
    if fcntl is None or not folder.is_dir():
        return 0
    wanted = set(targets) if targets is not None else None
    removed = 0
    for path in folder.glob(f".*{PART_SUFFIX}"):
        match = _TEMPORARY.match(path.name)
        if not match or (wanted is not None and match["target"] not in wanted) or not path.is_file():
            continue
        try:
            handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # being written right now
        else:
            path.unlink(missing_ok=True)
            removed += 1
        finally:
            os.close(handle)
    if removed:
        log.info("%s: removed %d unfinished file%s left by an interrupted run", folder, removed,
                 "" if removed == 1 else "s")
    return removed


def _umask() -> int:
    """The process umask (mkstemp creates files 0600; a finished file gets the usual mode)."""
    current = os.umask(0)
    os.umask(current)
    return current


@contextlib.contextmanager
def atomic_paths(targets: Sequence[Path]) -> Iterator[list[Path]]:
    """Temporary paths beside each target, all renamed only once every one is complete.

    Used for the MP3 and its sidecars, so a failure never leaves a new
    transcript beside an old MP3 (or the other way round).
    """
    targets = [Path(target) for target in targets]
    with contextlib.ExitStack() as stack:
        temporaries = [stack.enter_context(_temporary(target)) for target in targets]
        yield temporaries
        for target in targets:  # the one rename that can fail beside a writable temporary: check it first
            if target.is_dir():
                raise EncodeError(f"cannot replace {target}: is a folder")
        mode = 0o666 & ~_umask()
        try:
            # Last target first: the first one (the MP3) is renamed only after its sidecars are in place,
            # so a new MP3 is never left beside old sidecars.
            for temporary, target in reversed(list(zip(temporaries, targets))):
                os.chmod(temporary, mode)
                os.replace(temporary, target)
        except OSError as error:
            raise EncodeError(f"cannot replace {target}: {error.strerror}") from None


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it over ``target`` on success."""
    with atomic_paths([target]) as (temporary,):
        yield temporary


def write_atomic(target: Path, data: bytes | str) -> None:
    with atomic_path(target) as temporary:
        if isinstance(data, str):
            temporary.write_text(data, encoding="utf-8")
        else:
            temporary.write_bytes(data)
