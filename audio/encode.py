"""Encode to MP3 with LAME (libmp3lame in the bundled ffmpeg binary): mono, 44.1 kHz, constant bitrate.

LAME runs in its own process, fed 16-bit PCM through a pipe: it encodes on one
core while the mastering threads make the next blocks on the other. (lameenc,
the in-process wheel, holds the GIL while it encodes, so nothing else could
run meanwhile.) Every frame has the same bitrate. ffmpeg is asked for bare
frames; an Info frame is added (see :mod:`audio.mp3info`): the duration reads
exactly and decoders trim the encoder delay, keeping decoded audio aligned with
the chapters.
"""

from __future__ import annotations

import subprocess
import tempfile
import threading
from collections.abc import Iterable
from typing import BinaryIO

import numpy as np

from audio_edition.errors import EncodeError
from audio_edition.ffmpeg import ffmpeg_exe
from audio.mp3info import placeholder, write_info_frame
from audio.master import OUTPUT_RATE, Mastering, Plan, limited_blocks, plan
from audio.timeline import Edition, to_pcm16

MP3_SAMPLE_RATE = OUTPUT_RATE
DEFAULT_BITRATE = 96
BITRATES = (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
LAME_SCALE = 0.95
"""LAME's library default input scale (its command line sets 1.0; ffmpeg's libmp3lame keeps the library's),
so samples are divided by it on the way in and the decoded level equals the mastered level."""
LAME_QUALITY = 7
"""-q 7 takes half the CPU time of LAME's default -q 3 on speech at 96 kbps and its coding noise is
lower in every band, 7 dB overall (bench/lame_quality.py): at this bitrate mono speech has bits to
spare, and -q 3's noise shaping only moves noise around. -q 2 costs more still for nothing."""
READ_BYTES = 1 << 16


def check_bitrate(bitrate: int) -> int:
    if bitrate not in BITRATES:
        raise EncodeError(f"bitrate must be one of {', '.join(map(str, BITRATES))} kbps, not {bitrate}")
    return bitrate


def lame_command(bitrate: int) -> list[str]:
    """ffmpeg reading mono 16-bit PCM on stdin and writing bare CBR MP3 frames (no tags, no Xing frame)."""
    return [ffmpeg_exe(), "-nostdin", "-hide_banner", "-v", "error",
            "-f", "s16le", "-ar", str(MP3_SAMPLE_RATE), "-ac", "1", "-i", "pipe:0",
            "-c:a", "libmp3lame", "-b:a", f"{bitrate}k", "-compression_level", str(LAME_QUALITY),
            "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact",
            "-write_xing", "0", "-id3v2_version", "0", "-write_id3v1", "0", "-f", "mp3", "pipe:1"]


class _Copier(threading.Thread):
    """Copies the encoder's output into ``out`` as it comes (so the pipe never fills up)."""

    def __init__(self, source: BinaryIO, out: BinaryIO) -> None:
        super().__init__(name="lame-out", daemon=True)
        self.source, self.out, self.written, self.error = source, out, 0, None

    def run(self) -> None:
        try:
            while chunk := self.source.read(READ_BYTES):
                self.written += self.out.write(chunk)
        except OSError as error:
            self.error = error
            while self.source.read(READ_BYTES):  # let the encoder finish rather than block on a full pipe
                pass


def _close(stream: BinaryIO) -> None:
    try:
        stream.close()
    except BrokenPipeError:  # the encoder stopped early: its status and message say why
        pass


def encode_blocks(blocks: Iterable[np.ndarray], out: BinaryIO, *, bitrate: int = DEFAULT_BITRATE) -> int:
    """Write 44.1 kHz float blocks to seekable ``out`` as CBR MP3 with an Info frame; returns the bytes written."""
    check_bitrate(bitrate)
    start = out.tell()
    samples = 0
    try:
        written = out.write(placeholder(bitrate, MP3_SAMPLE_RATE))
        with tempfile.TemporaryFile() as errors:
            try:
                process = subprocess.Popen(lame_command(bitrate), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                           stderr=errors)
            except OSError as error:
                raise EncodeError(f"cannot start the MP3 encoder (ffmpeg): {error.strerror}") from None
            copier = _Copier(process.stdout, out)
            copier.start()
            fed = False
            try:
                for block in blocks:
                    samples += block.size
                    process.stdin.write(to_pcm16(block / np.float32(LAME_SCALE)))
                fed = True
            except BrokenPipeError:
                pass  # the encoder stopped: its status and message say why
            finally:
                if not fed:
                    process.kill()  # making the blocks failed or was interrupted, or the encoder died
                _close(process.stdin)
                status = process.wait()
                copier.join()
                process.stdout.close()
            if copier.error is not None:
                raise copier.error
            if status != 0 or not fed:
                errors.seek(0)
                message = errors.read().decode("utf-8", "replace").strip().splitlines()
                raise EncodeError(f"MP3 encoding failed ({message[-1] if message else f'ffmpeg exit status {status}'})")
        written += copier.written
        write_info_frame(out, start, bitrate=bitrate, sample_rate=MP3_SAMPLE_RATE, samples=samples)
    except OSError as error:
        raise EncodeError(f"cannot write the MP3: {error.strerror}") from None
    return written


def encode_plan(chain: Plan, out: BinaryIO, *, bitrate: int = DEFAULT_BITRATE,
                mastering: Mastering | None = None) -> int:
    """Limit, resample and encode a planned edition into ``out``; returns the bytes written."""
    mastering = mastering or Mastering()
    return encode_blocks(limited_blocks(chain.edition, chain.gain_db, mastering.limit_linear, peaks=chain.peaks),
                         out, bitrate=bitrate)


def encode_edition(edition: Edition, out: BinaryIO, *, bitrate: int = DEFAULT_BITRATE,
                   mastering: Mastering | None = None) -> int:
    """Level, limit, resample and encode the edition into ``out``; returns the bytes written."""
    mastering = mastering or Mastering()
    check_bitrate(bitrate)  # fail on a bad bitrate before the long work
    return encode_plan(plan(edition, mastering), out, bitrate=bitrate, mastering=mastering)
