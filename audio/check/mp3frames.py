"""Read an MP3's own structure: ID3v2 header, MPEG frame headers, Xing/Info/VBRI and LAME tags.

Our own frame scan (not the decoder's word) decides CBR vs VBR: a file is CBR
when every audio frame has the same bitrate. The scan reads the file through
mmap, so even a long edition is never held in memory.
"""

from __future__ import annotations

import functools
import mmap
from dataclasses import dataclass
from pathlib import Path

from audio_edition.errors import InputError

_VERSIONS = {0b00: "2.5", 0b10: "2", 0b11: "1"}
_SAMPLE_RATES = {"1": (44100, 48000, 32000), "2": (22050, 24000, 16000), "2.5": (11025, 12000, 8000)}
_BITRATES_L3 = {
    "1": (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    "2": (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_LAYERS = {0b01: 3, 0b10: 2, 0b11: 1}
_CHANNEL_MODES = ("stereo", "joint stereo", "dual channel", "mono")


@dataclass(frozen=True)
class FrameHeader:
    version: str
    layer: int
    protected: bool
    bitrate_kbps: int
    sample_rate: int
    padding: int
    channel_mode: str

    @property
    def channels(self) -> int:
        return 1 if self.channel_mode == "mono" else 2

    @property
    def length(self) -> int:
        coefficient = 144 if self.version == "1" else 72
        return coefficient * self.bitrate_kbps * 1000 // self.sample_rate + self.padding


@functools.lru_cache(maxsize=1024)
def parse_header(word: int) -> FrameHeader | None:
    """A Layer III frame header from its 32 bits, or None when it is not one (cached: a file's frames
    share a handful of header words, and an hour has 140,000 frames)."""
    if word >> 21 != 0x7FF:
        return None
    version = _VERSIONS.get((word >> 19) & 0b11)
    layer = _LAYERS.get((word >> 17) & 0b11)
    bitrate_index = (word >> 12) & 0xF
    rate_index = (word >> 10) & 0b11
    if version is None or layer != 3 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    return FrameHeader(
        version=version, layer=layer, protected=not (word >> 16) & 1,
        bitrate_kbps=_BITRATES_L3["1" if version == "1" else "2"][bitrate_index],
        sample_rate=_SAMPLE_RATES[version][rate_index], padding=(word >> 9) & 1,
        channel_mode=_CHANNEL_MODES[(word >> 6) & 0b11])


@dataclass(frozen=True)
class StreamInfo:
    """What the frame headers say about an MP3's audio."""

    version: str
    """MPEG version: "1", "2" or "2.5"."""
    sample_rate: int
    channels: int
    channel_mode: str
    audio_frames: int
    """Frames of audio (the Xing/Info/VBRI frame, which holds no audio, is not counted)."""
    bitrates: tuple[int, ...]
    """Each distinct bitrate (kbps) the audio frames use, ascending."""
    audio_bytes: int
    vbr_header: str | None
    """"Xing" (LAME's VBR/ABR marker), "Info" (LAME's CBR marker), "VBRI" (Fraunhofer) or None."""
    encoder: str | None
    encoder_delay: int
    encoder_padding: int
    resyncs: int
    """Times the scan lost frame sync and searched for it again (damaged or foreign data)."""
    id3v2_version: str | None
    id3v1: bool
    declared_frames: int | None = None
    """Audio frames the Xing/Info/VBRI header says the file holds (fewer found: the file was cut short)."""
    unframed_bytes: int = 0
    """Bytes between the ID3 tags that are not whole frames: junk before, between or after the frames, or
    a last frame cut short. Decoders differ on such bytes; on whole frames alone they agree."""

    @property
    def bitrate_mode(self) -> str:
        return "CBR" if len(self.bitrates) == 1 else "VBR"

    @property
    def samples(self) -> int:
        per_frame = 1152 if self.version == "1" else 576
        return max(0, self.audio_frames * per_frame - self.encoder_delay - self.encoder_padding)

    @property
    def average_bitrate_kbps(self) -> float:
        seconds = self.audio_frames * (1152 if self.version == "1" else 576) / self.sample_rate
        return self.audio_bytes * 8 / 1000 / seconds if seconds else 0.0


def _id3v2_size(data: mmap.mmap | bytes) -> tuple[int, str | None]:
    if len(data) < 10 or data[:3] != b"ID3":
        return 0, None
    major, revision, flags = data[3], data[4], data[5]
    size = 0
    for byte in data[6:10]:
        size = (size << 7) | (byte & 0x7F)
    footer = 10 if flags & 0x10 else 0
    return 10 + size + footer, f"2.{major}.{revision}"


def _header_at(data, position: int) -> FrameHeader | None:
    if position + 4 > len(data):
        return None
    return parse_header(int.from_bytes(data[position:position + 4], "big"))


def _find_sync(data, position: int, end: int) -> int | None:
    """Next position holding a frame header followed by another (or the end): two in a row avoid false syncs."""
    while True:
        position = data.find(b"\xff", position, end)
        if position < 0 or position + 4 > end:
            return None
        header = _header_at(data, position)
        if header is not None:
            following = position + header.length
            if following >= end or _header_at(data, following) is not None:
                return position
        position += 1


def _info_tag(data, position: int, header: FrameHeader) -> tuple[str | None, str | None, int, int, int | None]:
    """(tag kind, encoder, delay, padding, frame count) of a Xing/Info/VBRI frame at ``position``."""
    side_info = (32 if header.channels == 2 else 17) if header.version == "1" else (17 if header.channels == 2 else 9)
    offset = position + 4 + (2 if header.protected else 0) + side_info
    tag = bytes(data[offset:offset + 4])
    if tag in (b"Xing", b"Info"):
        flags = int.from_bytes(data[offset + 4:offset + 8], "big")
        frames = int.from_bytes(data[offset + 8:offset + 12], "big") if flags & 1 else None
        lame = offset + 8 + 4 * bool(flags & 1) + 4 * bool(flags & 2) + 100 * bool(flags & 4) + 4 * bool(flags & 8)
        encoder_bytes = bytes(data[lame:lame + 9])
        encoder = encoder_bytes.rstrip(b"\0 ").decode("ascii", "replace") if encoder_bytes[:1].isalpha() else None
        delay = padding = 0
        if encoder and encoder.startswith(("LAME", "Lavc", "Lavf")):
            packed = int.from_bytes(data[lame + 21:lame + 24], "big")
            delay, padding = packed >> 12, packed & 0xFFF
        return tag.decode(), encoder, delay, padding, frames
    if bytes(data[position + 36:position + 40]) == b"VBRI":
        delay = int.from_bytes(data[position + 42:position + 44], "big")
        return "VBRI", None, delay, 0, int.from_bytes(data[position + 50:position + 54], "big")
    return None, None, 0, 0, None


def scan(path: Path) -> StreamInfo:
    """Walk every frame header of ``path``; InputError when it holds no MPEG Layer III audio."""
    if Path(path).exists() and not Path(path).is_dir() and not Path(path).is_file():
        raise InputError(f"{path}: not a regular file (a device or a pipe), not an MP3")  # open() would block
    try:
        handle = open(path, "rb")
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    with handle:
        try:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:
            raise InputError(f"{path}: empty file, not an MP3") from None
        with data:
            return _scan(data, path)


def _scan(data: mmap.mmap, path: Path) -> StreamInfo:
    start, id3v2_version = _id3v2_size(data)
    end = len(data)
    id3v1 = end >= 128 and data[end - 128:end - 125] == b"TAG"
    if id3v1:
        end -= 128
    position = _find_sync(data, start, end)
    if position is None:
        raise InputError(f"{path}: not an MP3 (no MPEG Layer III audio frames found)")
    first = _header_at(data, position)
    vbr_header, encoder, delay, padding, declared = _info_tag(data, position, first)
    framed = 0
    if vbr_header is not None:
        position += first.length
        framed = first.length
    frames = audio_bytes = resyncs = 0
    bitrates: set[int] = set()
    while position + 4 <= end:
        header = _header_at(data, position)
        if header is None or header.sample_rate != first.sample_rate or header.version != first.version:
            found = _find_sync(data, position + 1, end)
            if found is None:
                break
            resyncs += 1
            position = found
            continue
        if position + header.length > end:
            break
        frames += 1
        audio_bytes += header.length
        bitrates.add(header.bitrate_kbps)
        position += header.length
    if not frames:
        raise InputError(f"{path}: not an MP3 (no MPEG Layer III audio frames found)")
    return StreamInfo(version=first.version, sample_rate=first.sample_rate, channels=first.channels,
                      channel_mode=first.channel_mode, audio_frames=frames, bitrates=tuple(sorted(bitrates)),
                      audio_bytes=audio_bytes, vbr_header=vbr_header, encoder=encoder, encoder_delay=delay,
                      encoder_padding=padding, resyncs=resyncs, id3v2_version=id3v2_version, id3v1=id3v1,
                      declared_frames=declared, unframed_bytes=end - start - framed - audio_bytes)
