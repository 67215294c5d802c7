"""Small MP3s for the check's tests: a "good" edition and one change at a time that breaks one rule.

The audio is speech-like: syllable-length bursts of two tones with soft edges,
short gaps, levelled to -16 LUFS before LAME encodes it (lameenc), tagged with
mutagen directly (not through audio/tags.py, so these files do not depend on
the code under test).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

RATE = 44100
CHAPTER_SECONDS = 4.0
CHAPTERS = ("العنوان", "المقدمة", "الخاتمة")
WORD = "كلمة"


def bursts(seconds: float, rate: int = RATE, *, pause_every: int | None = None) -> np.ndarray:
    """0.3 s tone bursts (220 + 1100 Hz, raised-cosine edges) every 0.45 s: never a pause near 1 s.
    ``pause_every``: every that many-th burst is left out, a 0.6 s pause between short groups."""
    t = np.arange(round(seconds * rate)) / rate
    tone = 0.6 * np.sin(2 * np.pi * 220 * t) + 0.4 * np.sin(2 * np.pi * 1100 * t)
    phase = (t % 0.45) / 0.3
    envelope = np.where(phase < 1, np.sin(np.pi * np.clip(phase, 0, 1)) ** 0.5, 0.0)
    if pause_every:
        envelope[np.floor(t / 0.45).astype(int) % pause_every == pause_every - 1] = 0.0
    return tone * envelope


def level(samples: np.ndarray, lufs: float, rate: int = RATE) -> np.ndarray:
    import pyloudnorm

    measured = pyloudnorm.Meter(rate).integrated_loudness(samples)
    return samples * 10 ** ((lufs - measured) / 20)


def encode(samples: np.ndarray, *, rate: int = RATE, bitrate: int = 96) -> bytes:
    import lameenc

    pcm = np.clip(np.round(samples * 32767), -32768, 32767).astype(np.int16)
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate)
    encoder.set_in_sample_rate(rate)
    encoder.set_out_sample_rate(rate)  # LAME would otherwise pick a lower rate for low bitrates
    encoder.set_channels(1)
    encoder.set_quality(2)
    return bytes(encoder.encode(pcm.tobytes()) + encoder.flush())


def png(width: int, height: int) -> bytes:
    """A valid grey PNG of the given size, made without an imaging library."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\0" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


@dataclass(frozen=True, kw_only=True)
class Spec:
    """What one test MP3 is; the defaults pass every rule."""

    rate: int = RATE
    bitrate: int = 96
    lufs: float = -16.0
    chapter_gain_db: tuple[float, ...] = (0.0, 0.0, 0.0)
    dead_air: tuple[float, float] | None = None
    """(start, end) seconds zeroed inside the file."""
    clip_at: float | None = None
    """Second at which a burst is driven past full scale for a few ms."""
    chapters: tuple[tuple[str, str | None, int, int], ...] = field(default_factory=lambda: tuple(
        (f"chp{i}", title, round(i * CHAPTER_SECONDS * 1000), round((i + 1) * CHAPTER_SECONDS * 1000))
        for i, title in enumerate(CHAPTERS)))
    toc: bool = True
    words: int | None = 29
    """Words in the USLT text: 29 over ~12 s of speaking is ~145 words/min."""
    pause_every: int | None = None
    """Leave out every that many-th burst: short groups parted by 0.6 s, as a list of short items is read."""
    title: str | None = "نشرة تجريبية"
    artist: str | None = "مراسل"
    album: str | None = "برنامج"
    cover: bytes | None = None

    def but(self, **changes) -> "Spec":
        return replace(self, **changes)


def make(path: Path, spec: Spec = Spec()) -> Path:
    from mutagen.id3 import APIC, CHAP, CTOC, ID3, TALB, TDRC, TIT2, TLAN, TPE1, USLT, CTOCFlags

    pieces = [bursts(CHAPTER_SECONDS, spec.rate, pause_every=spec.pause_every) * 10 ** (gain / 20)
              for gain in spec.chapter_gain_db]
    samples = level(np.concatenate(pieces), spec.lufs, spec.rate)
    if spec.dead_air:
        start, end = (round(s * spec.rate) for s in spec.dead_air)
        samples[start:end] = 0.0
    if spec.clip_at is not None:
        at = round(spec.clip_at * spec.rate)
        samples[at:at + spec.rate // 100] *= 8.0
        samples = np.clip(samples, -1.0, 1.0)
    path.write_bytes(encode(samples, rate=spec.rate, bitrate=spec.bitrate))
    tags = ID3()
    if spec.title:
        tags.add(TIT2(encoding=3, text=spec.title))
    if spec.artist:
        tags.add(TPE1(encoding=3, text=spec.artist))
    if spec.album:
        tags.add(TALB(encoding=3, text=spec.album))
    tags.add(TDRC(encoding=3, text="2026-11-25"))
    tags.add(TLAN(encoding=3, text="ara"))
    if spec.words:
        tags.add(USLT(encoding=3, lang="ara", desc="", text=" ".join([WORD] * spec.words)))
    for element_id, title, start, end in spec.chapters:
        tags.add(CHAP(element_id=element_id, start_time=start, end_time=end,
                      sub_frames=[TIT2(encoding=3, text=title)] if title else []))
    if spec.toc:
        tags.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                      child_element_ids=[c[0] for c in spec.chapters]))
    if spec.cover:
        tags.add(APIC(encoding=0, mime="image/png", type=3, desc="", data=spec.cover))
    tags.save(str(path), v2_version=3)
    return path
