"""Measure an MP3 while its encoder writes it, so the check of a file just made needs no second decode.

``build`` encodes on one core (LAME) and leaves the other mostly idle; the
end-of-build check then decoded and measured the whole file again, alone. A
:class:`LiveMeasure` is handed the encoder's frames as they are made
(:meth:`LiveMeasure.feed`); a thread of its own decodes them with dr_mp3 and
feeds the meter, during the encoding.

What the check proves does not change. Its figures are those of
:func:`audio.check.decode.dr_mp3_blocks` on the finished file, block for block:

- dr_mp3 decodes a file with a LAME tag by decoding every audio frame and
  dropping the encoder's delay plus its own 529 samples at the start, and the
  padding less those 529 at the end; so the frames are decoded here without the
  tag and trimmed by the same counts (taken from the file's own tag);
- the frames are decoded in stretches, each started :data:`PRIMING_FRAMES`
  early and those frames' output dropped: an MP3 decoder's state (bit reservoir,
  overlap, filter bank) reaches back two frames at most, so every kept frame is
  decoded as in one pass over the whole stream;
- the meter gets the same blocks (10 s, then the rest) as from the file.

:meth:`LiveMeasure.measurements` gives the result only for a file whose audio
frames are the very bytes measured (same digest and count) and whose tag agrees
with the trimming; where dr_mp3 would not be used (junk bytes, a sample at full
scale) or anything else differs, it gives None and the check decodes the file
as before. So a file damaged or changed after encoding is still caught.
"""

from __future__ import annotations

import hashlib
import logging
import queue
import threading
from pathlib import Path

import numpy as np

from audio.check.decode import BLOCK_SECONDS, NotExact, float_block
from audio.check.meter import Measurements, Meter
from audio.check.mp3frames import StreamInfo, parse_header
from audio.mp3info import ENCODER_DELAY, SAMPLES_PER_FRAME

log = logging.getLogger(__name__)

DECODER_DELAY = 529
"""Samples dr_mp3 drops after the encoder's delay (and gives back from the padding) when a LAME tag is present."""
PRIMING_FRAMES = 8
"""Frames decoded before each stretch and discarded. A frame's decode depends on the 511 bytes of bit reservoir
before it (five frames at 32 kbps, two at 96) and on the previous frame's overlap and filter-bank state: once
those are in, the decoder is where a decode of the whole stream would be."""
MIN_STRETCH_FRAMES = 64
"""Frames gathered before a stretch is decoded (a stretch's priming costs a few frames)."""
MAX_PADDING = 4096
"""The most padding an encoder's Info frame may declare (audio.mp3info refuses more): decoded samples this far
from the end may be padding, so a block is only measured once this many more have been decoded."""


class LiveMeasure:
    """Decode and measure MP3 frames (mono or stereo, one sample rate) as they are fed, on a thread.

    Use as a context manager around the encoding; :meth:`feed` takes the frames in order (the Info frame
    excluded), from any one thread at a time. ``encoder_delay`` is the delay the encoder's tag will declare.
    """

    def __init__(self, *, sample_rate: int, channels: int, encoder_delay: int) -> None:
        self.sample_rate, self.channels, self.encoder_delay = sample_rate, channels, encoder_delay
        self._digest = hashlib.blake2b()
        self._bytes = 0
        self._pending: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._meter = Meter(sample_rate, channels)
        self._block = int(BLOCK_SECONDS * sample_rate)
        self._data = bytearray()  # frames not yet decoded, with the priming frames before them
        self._starts: list[int] = []  # offset in _data of each whole frame found
        self._scanned = 0  # offset in _data of the next frame header
        self._primed = 0  # frames at the start of _data that were decoded already (priming only)
        self._frames = 0  # frames decoded and kept
        self._skip = encoder_delay + DECODER_DELAY
        self._samples: list[np.ndarray] = []  # decoded (after the delay), not yet measured
        self._held = 0
        self._measured = 0
        self._failure: str | None = None
        self._thread = threading.Thread(target=self._run, name="live-measure", daemon=True)
        self._thread.start()

    @classmethod
    def for_encoded_editions(cls) -> LiveMeasure:
        """For what :func:`audio.encode.encode_blocks` writes: mono, 44.1 kHz, LAME's delay."""
        from audio.encode import MP3_SAMPLE_RATE

        return cls(sample_rate=MP3_SAMPLE_RATE, channels=1, encoder_delay=ENCODER_DELAY)

    def feed(self, frames: bytes) -> None:
        """Take the next frames (the encoder's thread goes on at once: they are hashed and decoded on ours)."""
        if frames:
            self._pending.put(bytes(frames))

    def __enter__(self) -> LiveMeasure:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
        self._meter.__exit__()  # its true-peak thread, when no result was asked for

    def close(self) -> None:
        """End of the stream: decode what is left (idempotent)."""
        if self._thread.is_alive():
            self._pending.put(None)
            self._thread.join()

    def measurements(self, path: Path, stream: StreamInfo) -> Measurements | None:
        """The meter's figures for ``path`` (scanned as ``stream``), or None when they may not be its
        decode's (the reason is logged)."""
        self.close()
        reason = self._mismatch(path, stream)
        if reason is None:
            try:
                self._measure(stream.samples, final=True)
                measured = self._meter.result()
                log.info("%s: measured while it was encoded", path)
                return measured
            except NotExact as error:
                reason = str(error)
        self._meter.__exit__()
        log.info("%s: measured from the file (%s)", path, reason)
        return None

    def _mismatch(self, path: Path, stream: StreamInfo) -> str | None:
        if self._failure is not None:
            return self._failure
        if stream.unframed_bytes or stream.audio_bytes != self._bytes or stream.audio_frames != self._frames:
            return "its frames are not the ones encoded"
        if (stream.sample_rate, stream.channels, stream.version) != (self.sample_rate, self.channels, "1"):
            return "its format is not the one encoded"
        if stream.encoder_delay != self.encoder_delay or stream.encoder_padding < DECODER_DELAY:
            return "its tag does not declare the encoder's delay"
        if self._measured + self._held - (stream.encoder_padding - DECODER_DELAY) != stream.samples:
            return "the decoded count is not the one its tag declares"
        end = path.stat().st_size - (128 if stream.id3v1 else 0)
        digest = hashlib.blake2b()
        with open(path, "rb") as handle:
            handle.seek(end - stream.audio_bytes)
            while piece := handle.read(min(1 << 20, end - handle.tell())):
                digest.update(piece)
        if digest.digest() != self._digest.digest():
            return "its frames are not the ones encoded"
        return None

    def _run(self) -> None:
        ended = False
        try:
            while (frames := self._pending.get()) is not None:
                self._take_in(frames)
                self._data += frames
                self._find_frames()
                if len(self._starts) - self._primed >= MIN_STRETCH_FRAMES:
                    self._decode()
                    self._measure(None, final=False)
            ended = True
            self._find_frames()
            if self._scanned != len(self._data):
                raise NotExact("the encoder's output ends inside a frame")
            if len(self._starts) > self._primed:
                self._decode()
        except NotExact as error:
            self._failure = str(error)
        except Exception as error:  # the check decodes the file instead; it must not fail the build
            log.debug("live measuring stopped", exc_info=True)
            self._failure = f"live measuring stopped ({error})"
        if not ended:
            while (frames := self._pending.get()) is not None:  # the rest of the frames, not decoded
                self._take_in(frames)

    def _take_in(self, frames: bytes) -> None:
        self._digest.update(frames)
        self._bytes += len(frames)

    def _find_frames(self) -> None:
        while self._scanned + 4 <= len(self._data):
            header = parse_header(int.from_bytes(self._data[self._scanned:self._scanned + 4], "big"))
            if header is None or header.sample_rate != self.sample_rate or header.channels != self.channels:
                raise NotExact("the encoder's output is not whole frames of one format")
            if self._scanned + header.length > len(self._data):
                return
            self._starts.append(self._scanned)
            self._scanned += header.length

    def _decode(self) -> None:
        """Decode the whole frames found that are not decoded yet (after the priming frames before them);
        keep the last PRIMING_FRAMES of them to prime the next stretch."""
        import miniaudio

        stop = len(self._starts)
        wanted = stop - self._primed
        try:
            decoded = miniaudio.mp3_read_s16(bytes(self._data[:self._scanned]))
        except miniaudio.DecodeError as error:
            raise NotExact(f"dr_mp3 cannot read it ({error})") from None
        if decoded.sample_rate != self.sample_rate or decoded.nchannels != self.channels:
            raise NotExact("dr_mp3 read another format")
        pcm = np.frombuffer(decoded.samples, dtype=np.int16).reshape(-1, self.channels)
        count = wanted * SAMPLES_PER_FRAME
        if pcm.shape[0] < count or (self._primed == 0 and pcm.shape[0] != count):
            raise NotExact(f"dr_mp3 decoded {pcm.shape[0]} samples from {wanted} frames")
        pcm = pcm[pcm.shape[0] - count:]  # a stretch's first frames may give nothing (no reservoir yet)
        self._frames += wanted
        skip = min(self._skip, count)
        self._skip -= skip
        if skip < count:
            self._samples.append(pcm[skip:])
            self._held += count - skip
        keep = max(0, stop - PRIMING_FRAMES)
        cut = self._starts[keep]
        del self._data[:cut]
        self._starts = [start - cut for start in self._starts[keep:]]
        self._scanned -= cut
        self._primed = len(self._starts)

    def _measure(self, total: int | None, *, final: bool) -> None:
        """Feed the meter whole blocks that cannot be padding (or, at the end, up to ``total`` samples)."""
        limit = total if final else self._measured + self._held - MAX_PADDING
        if final and self._measured + self._held < total:
            raise NotExact("fewer samples decoded than the tag declares")
        while self._measured + self._block <= limit or (final and self._measured < limit):
            size = min(self._block, limit - self._measured)
            self._meter.add(float_block(self._take(size), self.channels))
            self._measured += size

    def _take(self, size: int) -> np.ndarray:
        """The next ``size`` decoded samples (frames x channels int16), taken off the held ones."""
        pieces, taken = [], 0
        while taken < size:
            piece = self._samples[0]
            use = min(size - taken, piece.shape[0])
            pieces.append(piece[:use])
            taken += use
            if use == piece.shape[0]:
                self._samples.pop(0)
            else:
                self._samples[0] = piece[use:]
        self._held -= size
        return pieces[0] if len(pieces) == 1 else np.concatenate(pieces)
