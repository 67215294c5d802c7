"""Handing freed memory back to the system between the stages of a build.

glibc's malloc raises its mmap threshold after large blocks are freed, so later
blocks of that size (speech clips, levelling buffers) come from the heap, and
freeing them keeps them in the process: after a 45-minute build its clips and
buffers, long released, still held 140 MB. ``malloc_trim`` returns them.
Elsewhere (no glibc) this does nothing.
"""

from __future__ import annotations

import ctypes
import functools


@functools.cache
def _malloc_trim():
    try:  # the C library the interpreter already uses (find_library would start ldconfig)
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):  # not glibc, or no dlopen(NULL) (Windows)
        return None


def give_back_freed_memory() -> None:
    """Return the heap's free pages to the system (glibc), so the next stage does not add to the peak."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
