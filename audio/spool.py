"""Speech samples kept in a temporary file, read back stretch by stretch.

An edition's clips are its largest data: 110 MB of 16-bit samples for 45 minutes
at 22.05 kHz. Levelling and encoding read them block by block, a few times over,
so they need not stay in memory: :func:`audio.assemble.assemble` writes each
trimmed clip here once and the edition reads back only the stretch it renders.
The file is unlinked at once (``tempfile.TemporaryFile``) and closed with the last
edition that uses it; reads come from the page cache, not the process's memory.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass

import numpy as np

from audio_edition.errors import EncodeError

SAMPLE = np.dtype("<i2")


class SampleSpool:
    """An append-only file of mono int16 samples; reads are positional, so threads may share it."""

    def __init__(self) -> None:
        try:
            self._file = tempfile.TemporaryFile(prefix="audio-edition-", suffix=".pcm", buffering=0)
        except OSError as error:
            raise EncodeError(f"cannot make the temporary file for the speech in {tempfile.gettempdir()}: "
                              f"{error.strerror} (set TMPDIR to another folder)") from None
        self._frames = 0

    def add(self, samples: np.ndarray) -> SpooledSamples:
        """Write ``samples`` (int16) at the end of the file; what reads them back."""
        data = np.ascontiguousarray(samples, dtype=SAMPLE)
        view = memoryview(data).cast("B")
        try:
            while view:
                view = view[self._file.write(view):]
        except OSError as error:  # a full disk, say
            raise EncodeError(f"cannot keep the speech in a temporary file in {tempfile.gettempdir()}: "
                              f"{error.strerror} (it needs about 3 MB per minute of audio; set TMPDIR to "
                              f"a folder with room)") from None
        stored = SpooledSamples(self, self._frames, data.size)
        self._frames += data.size
        return stored

    def read(self, offset: int, count: int) -> np.ndarray:
        """``count`` samples from sample ``offset`` (read-only)."""
        data = os.pread(self._file.fileno(), count * SAMPLE.itemsize, offset * SAMPLE.itemsize)
        if len(data) != count * SAMPLE.itemsize:
            raise OSError(f"the speech spool file ended early ({len(data)} of {count * SAMPLE.itemsize} bytes)")
        return np.frombuffer(data, dtype=SAMPLE)


@dataclass(frozen=True, eq=False)
class SpooledSamples:
    """One clip's samples in a :class:`SampleSpool`: ``size`` and slicing like an int16 array."""

    spool: SampleSpool
    offset: int
    size: int

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, index: slice) -> np.ndarray:
        if not isinstance(index, slice):
            raise TypeError("spooled samples are read by slices")
        start, stop, step = index.indices(self.size)
        if step != 1:
            raise ValueError("spooled samples are read in order (step 1)")
        return self.spool.read(self.offset + start, max(0, stop - start))
