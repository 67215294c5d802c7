"""Checking and decoding the MP3 a network engine sends back.

MP3 decoders (ffmpeg, miniaudio) take a truncated MP3 without complaint and
just stop early, so a cut-off download would pass as shorter speech. :func:`check_mp3` walks the
MPEG layer III frame headers and rejects an answer whose last frame is
incomplete, or that is not MP3 at all (an HTML error page, say).
"""

from __future__ import annotations

from dataclasses import dataclass

# Layer III bitrates in kbit/s by bitrate index: MPEG-1, then MPEG-2 and 2.5.
_BITRATES_V1 = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
_BITRATES_V2 = (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)
_SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}
_ID3V1_SIZE = 128


class DamagedMp3(Exception):
    """The bytes are not a complete MPEG layer III stream."""


@dataclass(frozen=True)
class Mp3Summary:
    frames: int
    sample_rate: int
    samples: int

    @property
    def duration_ms(self) -> float:
        return 1000 * self.samples / self.sample_rate


def _id3v2_size(data: bytes) -> int:
    if data[:3] != b"ID3" or len(data) < 10:
        return 0
    size = (data[6] << 21) | (data[7] << 14) | (data[8] << 7) | data[9]
    footer = 10 if data[5] & 0x10 else 0
    return 10 + size + footer


def check_mp3(data: bytes) -> Mp3Summary:
    """Frame count, sample rate and length of ``data``; DamagedMp3 when it is
    empty, not MPEG layer III, or cut off inside a frame."""
    position = _id3v2_size(data)
    frames = samples = 0
    sample_rate = 0
    while position < len(data):
        remaining = len(data) - position
        if remaining == _ID3V1_SIZE and data[position:position + 3] == b"TAG":
            break
        where = "at the start" if frames == 0 else f"after frame {frames}"
        if remaining < 4:
            raise DamagedMp3(f"truncated: {remaining} stray bytes {where}")
        header = int.from_bytes(data[position:position + 4], "big")
        if header >> 21 != 0x7FF:
            preview = data[position:position + 12]
            raise DamagedMp3(f"no MPEG frame {where} (found {preview!r})")
        version = (header >> 19) & 0b11
        layer = (header >> 17) & 0b11
        bitrate_index = (header >> 12) & 0b1111
        rate_index = (header >> 10) & 0b11
        padding = (header >> 9) & 1
        if version == 1 or layer != 0b01:
            raise DamagedMp3(f"frame {frames + 1} is not MPEG layer III audio")
        if bitrate_index in (0, 15) or rate_index == 3:
            raise DamagedMp3(f"frame {frames + 1} has an invalid header")
        rate = _SAMPLE_RATES[version][rate_index]
        if version == 3:
            bitrate, per_frame, factor = _BITRATES_V1[bitrate_index], 1152, 144
        else:
            bitrate, per_frame, factor = _BITRATES_V2[bitrate_index], 576, 72
        length = factor * bitrate * 1000 // rate + padding
        if length > remaining:
            raise DamagedMp3(f"truncated: frame {frames + 1} needs {length} bytes, {remaining} left")
        sample_rate = sample_rate or rate
        frames += 1
        samples += per_frame
        position += length
    if frames == 0:
        raise DamagedMp3("no audio frames")
    return Mp3Summary(frames=frames, sample_rate=sample_rate, samples=samples)


def decode_mp3(data: bytes, sample_rate: int) -> bytes:
    """Mono 16-bit little-endian PCM at ``sample_rate``.

    Decoded in-process by miniaudio (dr_mp3): about 3 ms for a chunk where
    starting an ffmpeg process costs 40-50 ms, which adds up over hundreds of
    chunks on a 2-core machine (bench/gtts_speed.py).
    """
    import miniaudio

    try:
        decoded = miniaudio.decode(data, output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1,
                                   sample_rate=sample_rate)
    except miniaudio.DecodeError as error:
        raise DamagedMp3(f"the MP3 decoder refused it ({error})") from error
    if not decoded.samples:
        raise DamagedMp3("the MP3 decoder found no audio")
    return decoded.samples.tobytes()
