"""Decode any MP3 to float32 PCM blocks with the ffmpeg binary from imageio-ffmpeg.

Blocks are yielded as they arrive so an hour-long file is measured without
ever being held in memory whole. Float output keeps decoded overs (samples
past full scale), which a 16-bit decode would hide by clipping them.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from audio_edition.errors import InputError
from audio_edition.ffmpeg import ffmpeg_exe

BLOCK_SECONDS = 10


def decode_blocks(path: Path, *, sample_rate: int, channels: int,
                  block_seconds: float = BLOCK_SECONDS) -> Iterator[np.ndarray]:
    """Yield (frames, channels) float32 arrays of the file's first audio stream at its own rate."""
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
