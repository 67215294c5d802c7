"""Reading MP3 files back in tests: decode with the bundled ffmpeg, walk frame headers."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np

from audio_edition.ffmpeg import ffmpeg_exe

MPEG1_LAYER3_KBPS = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
MPEG1_RATES = (44100, 48000, 32000)


def decode(path: Path) -> np.ndarray:
    """Mono float32 samples at 44.1 kHz, as a player would hear them."""
    result = subprocess.run([ffmpeg_exe(), "-nostdin", "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1",
                             "-ar", "44100", "-"], capture_output=True, check=True)
    return np.frombuffer(result.stdout, dtype=np.int16).astype(np.float32) / 32768


def ffmpeg_info(path: Path) -> str:
    """What ``ffmpeg -i`` prints about the file."""
    result = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path)], capture_output=True)
    return result.stderr.decode("utf-8", "replace")  # ffmpeg cuts long tags mid-character


def ffmpeg_chapters(path: Path) -> list[tuple[float, float, str]]:
    """(start, end, title) of each chapter, in the order ``ffmpeg -i`` lists them."""
    text = ffmpeg_info(path)
    found = re.findall(r"Chapter #\d+:\d+: start ([\d.]+), end ([\d.]+)\s+Metadata:\s+title\s+: ([^\n]*)", text)
    return [(float(start), float(end), title.strip()) for start, end, title in found]


def frame_headers(path: Path) -> tuple[list[tuple[int, int, int]], int]:
    """(bitrate kbps, sample rate, channel mode) of every MPEG-1 layer III frame after the ID3 tag,
    and the number of bytes left after the last frame."""
    data = Path(path).read_bytes()
    position = 0
    if data[:3] == b"ID3":
        size = 0
        for byte in data[6:10]:
            size = (size << 7) | (byte & 0x7F)
        position = 10 + size
    headers = []
    while position + 4 <= len(data):
        b1, b2, b3 = data[position + 1], data[position + 2], data[position + 3]
        if data[position] != 0xFF or (b1 & 0xFE) != 0xFA:  # sync, MPEG-1, layer III
            break
        bitrate = MPEG1_LAYER3_KBPS[b2 >> 4]
        rate = MPEG1_RATES[(b2 >> 2) & 3]
        padding = (b2 >> 1) & 1
        headers.append((bitrate, rate, b3 >> 6))
        position += 144 * bitrate * 1000 // rate + padding
    return headers, len(data) - position
