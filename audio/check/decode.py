"""Decode an MP3 to float32 PCM blocks for the meter: dr_mp3 where it gives ffmpeg's answer, else ffmpeg.

Blocks are yielded as they are decoded, so an hour-long file is measured
without ever being held in memory whole.

- :func:`ffmpeg_blocks`: the ffmpeg binary from imageio-ffmpeg, through a pipe,
  to float: it keeps decoded overs (samples past full scale) and reads
  whatever ffmpeg reads. About 5 s of CPU for an hour of audio.
- :func:`dr_mp3_blocks`: dr_mp3 (the miniaudio wheel), in-process, on a thread
  of its own one block ahead of the meter: 1.4 s of CPU an hour. It decodes
  to 16 bits, so it clips overs, and its samples are within 5e-5 (-86 dBFS)
  of ffmpeg's: far under any level check judges. It is used only where its
  answer is ffmpeg's: a stream of whole frames (no junk, no cut-off last
  frame) that decodes to the sample count the frame scan expects, with no
  sample near full scale. Otherwise it raises :class:`NotExact` and the file
  is measured from ffmpeg's decode.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from audio.check.meter import CLIP_LEVEL
from audio.check.mp3frames import StreamInfo
from audio_edition.errors import InputError

BLOCK_SECONDS = 10
FULL_SCALE_16 = 32768


class NotExact(Exception):
    """dr_mp3's decode of this file may differ from ffmpeg's (the reason is the message)."""


def ffmpeg_blocks(path: Path, *, sample_rate: int, channels: int,
                  block_seconds: float = BLOCK_SECONDS) -> Iterator[np.ndarray]:
    """Yield (frames, channels) float32 arrays of the file's first audio stream at its own rate."""
    from audio_edition.ffmpeg import ffmpeg_exe  # here: that module loads pydub, which a dr_mp3 decode never needs

    command = [ffmpeg_exe(), "-nostdin", "-hide_banner", "-v", "error", "-i", str(path), "-map", "0:a:0",
               "-ac", str(channels), "-ar", str(sample_rate), "-f", "f32le", "-c:a", "pcm_f32le", "-"]
    frame_bytes = 4 * channels
    block_bytes = int(block_seconds * sample_rate) * frame_bytes
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, stdin=subprocess.DEVNULL)
        leftover = b""
        try:
            while True:
                chunk = process.stdout.read(block_bytes)
                if not chunk:
                    break
                chunk = leftover + chunk
                usable = len(chunk) - len(chunk) % frame_bytes
                leftover = chunk[usable:]
                if usable:
                    yield np.frombuffer(chunk[:usable], dtype="<f4").reshape(-1, channels)
        finally:
            process.stdout.close()
            status = process.wait()
        if status != 0:
            errors.seek(0)
            message = errors.read().decode("utf-8", "replace").strip().splitlines()
            raise InputError(f"{path}: cannot decode the audio ({message[-1] if message else f'ffmpeg {status}'})")


def float_block(pcm: np.ndarray, channels: int) -> np.ndarray:
    """dr_mp3's 16-bit samples as the meter's (frames, channels) float32 block; :class:`NotExact` when one is
    at full scale (ffmpeg's float decode may go past it where 16 bits clip)."""
    limit = CLIP_LEVEL * FULL_SCALE_16
    if pcm.size and (pcm.max() >= limit or -int(pcm.min()) >= limit):
        raise NotExact("a sample decodes at full scale, where 16 bits clip")
    return (pcm * np.float32(1 / FULL_SCALE_16)).reshape(-1, channels)


def dr_mp3_blocks(path: Path, stream: StreamInfo, block_seconds: float = BLOCK_SECONDS) -> Iterator[np.ndarray]:
    """Yield what :func:`ffmpeg_blocks` would (to 1/32768), decoded by dr_mp3 one block ahead of the caller;
    :class:`NotExact` (before the first block, or at any block up to the end) where that cannot be promised.
    """
    if stream.unframed_bytes:
        raise NotExact(f"{stream.unframed_bytes} bytes are not whole MP3 frames")
    import miniaudio

    chunks = miniaudio.mp3_stream_file(str(path), frames_to_read=int(block_seconds * stream.sample_rate))

    def next_block() -> np.ndarray | None:
        try:
            chunk = next(chunks, None)
        except miniaudio.DecodeError as error:
            raise NotExact(f"dr_mp3 cannot read it ({error})") from None
        return None if chunk is None else float_block(np.frombuffer(chunk, dtype=np.int16), stream.channels)

    decoded = 0
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dr_mp3") as decoder:
            pending = decoder.submit(next_block)
            while (block := pending.result()) is not None:
                pending = decoder.submit(next_block)
                decoded += block.shape[0]
                yield block
    finally:
        chunks.close()
    if decoded != stream.samples:
        raise NotExact(f"dr_mp3 decoded {decoded} samples where the frames hold {stream.samples}")
