"""Write files atomically: a temporary file in the target folder, renamed when complete.

A crash or Ctrl-C never leaves a partial file, and an existing file is only
ever replaced by a complete one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from audio_edition.errors import EncodeError


@contextlib.contextmanager
def _temporary(target: Path) -> Iterator[Path]:
    """A temporary file beside ``target``, removed on the way out unless it was renamed."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
    except OSError as error:
        raise EncodeError(f"cannot write to {folder}: {error.strerror}") from None
    os.close(handle)
    temporary_path = Path(temporary)
    try:
        yield temporary_path
    finally:
        temporary_path.unlink(missing_ok=True)


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
