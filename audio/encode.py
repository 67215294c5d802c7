"""Encode to MP3 with the LAME encoder from the lameenc wheel: mono, 44.1 kHz, constant bitrate.

Every frame has the same bitrate. lameenc writes no Info frame, so one is
added (see :mod:`audio.mp3info`): the duration reads exactly and decoders trim
the encoder delay, keeping decoded audio aligned with the chapters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import BinaryIO

import numpy as np

from audio_edition.errors import EncodeError
from audio.mp3info import placeholder, write_info_frame
from audio.master import OUTPUT_RATE, Mastering, Plan, limited_blocks, plan
from audio.timeline import Edition, to_pcm16

MP3_SAMPLE_RATE = OUTPUT_RATE
DEFAULT_BITRATE = 96
BITRATES = (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
LAME_SCALE = 0.95
"""LAME's library default input scale (its command line sets 1.0); lameenc cannot change it, so
samples are divided by it on the way in and the decoded level equals the mastered level."""
LAME_QUALITY = 7
"""-q 7 takes half the CPU time of LAME's default -q 3 on speech at 96 kbps and its coding noise is
lower in every band, 7 dB overall (bench/lame_quality.py): at this bitrate mono speech has bits to
spare, and -q 3's noise shaping only moves noise around. -q 2 costs more still for nothing."""


def _encoder(bitrate: int):
    if bitrate not in BITRATES:
        raise EncodeError(f"bitrate must be one of {', '.join(map(str, BITRATES))} kbps, not {bitrate}")
    try:
        import lameenc
    except ImportError as error:
        raise EncodeError("the lameenc package is not installed") from error
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate)
    encoder.set_in_sample_rate(MP3_SAMPLE_RATE)
    encoder.set_out_sample_rate(MP3_SAMPLE_RATE)
    encoder.set_channels(1)
    encoder.set_quality(LAME_QUALITY)
    return encoder


def encode_blocks(blocks: Iterable[np.ndarray], out: BinaryIO, *, bitrate: int = DEFAULT_BITRATE,
                  on_frames: Callable[[bytes], None] | None = None) -> int:
    """Write 44.1 kHz float blocks to seekable ``out`` as CBR MP3 with an Info frame; returns the bytes written.

    LAME runs in a second thread (lameenc releases the GIL) while the next block is made, so
    mastering and encoding share both cores; blocks are encoded one at a time, in order.
    ``on_frames`` is given the audio frames as they are written, in order (not the Info frame).
    """
    encoder = _encoder(bitrate)
    start = out.tell()
    samples = 0

    def write(frames: bytes) -> int:
        if on_frames is not None:
            on_frames(frames)
        return out.write(frames)

    def encode(pcm: bytes) -> int:
        return write(bytes(encoder.encode(pcm)))

    try:
        written = out.write(placeholder(bitrate, MP3_SAMPLE_RATE))
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="lame") as lame:
            pending = None
            for block in blocks:
                samples += block.size
                pcm = to_pcm16(block / np.float32(LAME_SCALE))
                if pending is not None:
                    written += pending.result()
                pending = lame.submit(encode, pcm)
            if pending is not None:
                written += pending.result()
        written += write(bytes(encoder.flush()))
        write_info_frame(out, start, bitrate=bitrate, sample_rate=MP3_SAMPLE_RATE, samples=samples)
    except RuntimeError as error:  # lameenc raises bare RuntimeError
        raise EncodeError(f"MP3 encoding failed: {error}") from error
    except OSError as error:
        raise EncodeError(f"cannot write the MP3: {error.strerror}") from None
    return written


def encode_plan(chain: Plan, out: BinaryIO, *, bitrate: int = DEFAULT_BITRATE,
                mastering: Mastering | None = None, on_frames: Callable[[bytes], None] | None = None) -> int:
    """Limit, resample and encode a planned edition into ``out``; returns the bytes written."""
    mastering = mastering or Mastering()
    return encode_blocks(limited_blocks(chain.edition, chain.gain_db, mastering.limit_linear, peaks=chain.peaks),
                         out, bitrate=bitrate, on_frames=on_frames)


def encode_edition(edition: Edition, out: BinaryIO, *, bitrate: int = DEFAULT_BITRATE,
                   mastering: Mastering | None = None) -> int:
    """Level, limit, resample and encode the edition into ``out``; returns the bytes written."""
    mastering = mastering or Mastering()
    _encoder(bitrate)  # fail on a bad bitrate before the long work
    return encode_plan(plan(edition, mastering), out, bitrate=bitrate, mastering=mastering)
