"""Encode to MP3 with the LAME encoder from the lameenc wheel: mono, 44.1 kHz, constant bitrate.

Every frame has the same bitrate. lameenc writes no Info frame, so one is
added (see :mod:`audio.mp3info`): the duration reads exactly and decoders trim
the encoder delay, keeping decoded audio aligned with the chapters.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO

import numpy as np

from audio_edition.errors import EncodeError
from audio.mp3info import placeholder, write_info_frame
from audio.master import OUTPUT_RATE, Mastering, limited_blocks, plan
from audio.timeline import Edition, to_pcm16

MP3_SAMPLE_RATE = OUTPUT_RATE
DEFAULT_BITRATE = 96
BITRATES = (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
LAME_SCALE = 0.95
"""LAME's library default input scale (its command line sets 1.0); lameenc cannot change it, so
samples are divided by it on the way in and the decoded level equals the mastered level."""
LAME_QUALITY = 3
"""LAME's own default (-q 3): -q 2 costs twice the time for no audible gain on speech at 96 kbps."""


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


def encode_blocks(blocks: Iterable[np.ndarray], out: BinaryIO, *, bitrate: int = DEFAULT_BITRATE) -> int:
    """Write 44.1 kHz float blocks to seekable ``out`` as CBR MP3 with an Info frame; returns the bytes written."""
    encoder = _encoder(bitrate)
    start = out.tell()
    samples = 0
    try:
        written = out.write(placeholder(bitrate, MP3_SAMPLE_RATE))
        for block in blocks:
            samples += block.size
            written += out.write(bytes(encoder.encode(to_pcm16(block / np.float32(LAME_SCALE)))))
        written += out.write(bytes(encoder.flush()))
        write_info_frame(out, start, bitrate=bitrate, sample_rate=MP3_SAMPLE_RATE, samples=samples)
    except RuntimeError as error:  # lameenc raises bare RuntimeError
        raise EncodeError(f"MP3 encoding failed: {error}") from error
    except OSError as error:
        raise EncodeError(f"cannot write the MP3: {error.strerror}") from None
    return written


def encode_edition(edition: Edition, out: BinaryIO, *, bitrate: int = DEFAULT_BITRATE,
                   mastering: Mastering | None = None) -> int:
    """Level, limit, resample and encode the edition into ``out``; returns the bytes written."""
    mastering = mastering or Mastering()
    _encoder(bitrate)  # fail on a bad bitrate before the long work
    chain = plan(edition, mastering)
    return encode_blocks(limited_blocks(chain.edition, chain.gain_db, mastering.limit_linear), out,
                         bitrate=bitrate)
