"""The LAME "Info" frame that lameenc does not write: exact duration and gapless trimming.

A CBR file plays without it (duration = size / bitrate), but with it decoders
know the exact number of frames and drop the encoder's delay and padding, so
the decoded audio lines up sample for sample with the chapters and
transcript. The frame is a silent MPEG frame of the same bitrate; ffmpeg,
mutagen and Apple's decoders read it.
"""

from __future__ import annotations

from typing import BinaryIO

from audio_edition.errors import EncodeError

SAMPLES_PER_FRAME = 1152
ENCODER_DELAY = 576
"""LAME's fixed encoder delay at 44.1 kHz (lame_get_encoder_delay)."""
MONO_SIDE_INFO = 17
BITRATE_INDEX = {32: 1, 40: 2, 48: 3, 56: 4, 64: 5, 80: 6, 96: 7, 112: 8, 128: 9, 160: 10, 192: 11, 224: 12,
                 256: 13, 320: 14}
SAMPLE_RATE_INDEX = {44100: 0, 48000: 1, 32000: 2}
FLAGS_ALL = 0x0F  # frames, bytes, TOC, quality: the layout every reader expects
ENCODER_NAME = b"LAME3.100"


INFO_BYTES = 4 + MONO_SIDE_INFO + 120 + 36


def frame_size(bitrate: int, sample_rate: int) -> int:
    """Bytes in an unpadded MPEG-1 layer III frame."""
    return 144 * bitrate * 1000 // sample_rate


def info_bitrate(bitrate: int, sample_rate: int) -> int:
    """The frame's own bitrate: the stream's, or the lowest whose frame holds the tag (as LAME does)."""
    return min(rate for rate in BITRATE_INDEX if rate >= bitrate and frame_size(rate, sample_rate) >= INFO_BYTES)


def _header(bitrate: int, sample_rate: int) -> bytes:
    # sync, MPEG-1, layer III, no CRC | bitrate, rate, no padding | mono, original
    return bytes([0xFF, 0xFB, (BITRATE_INDEX[bitrate] << 4) | (SAMPLE_RATE_INDEX[sample_rate] << 2), 0xC4])


def _crc16(data: bytes) -> int:
    """CRC-16/ARC, the checksum of the LAME tag."""
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


def placeholder(bitrate: int, sample_rate: int) -> bytes:
    """A silent frame of the right size, written first and filled in by :func:`info_frame`."""
    own = info_bitrate(bitrate, sample_rate)
    return _header(own, sample_rate) + bytes(frame_size(own, sample_rate) - 4)


def info_frame(*, bitrate: int, sample_rate: int, audio_frames: int, stream_bytes: int, samples: int) -> bytes:
    """The Info frame for a CBR stream of ``audio_frames`` frames holding ``samples`` samples."""
    padding = audio_frames * SAMPLES_PER_FRAME - ENCODER_DELAY - samples
    if not 0 <= padding < 4096 or audio_frames < 1:
        raise EncodeError(f"MP3 frame count {audio_frames} does not match {samples} samples")
    body = bytearray(b"Info")
    body += FLAGS_ALL.to_bytes(4, "big")
    body += audio_frames.to_bytes(4, "big")
    body += stream_bytes.to_bytes(4, "big")
    body += bytes(min(255, index * 256 // 100) for index in range(100))  # linear seek table: CBR
    body += (0).to_bytes(4, "big")  # quality
    body += ENCODER_NAME
    body += bytes([0x01])  # tag revision 0, CBR
    body += bytes([0])  # lowpass unknown
    body += bytes(4 + 2 + 2)  # peak, radio and audiophile replay gain: not computed
    body += bytes([0])  # encoding flags, ATH type
    body += bytes([min(255, bitrate)])
    body += ((ENCODER_DELAY << 12) | padding).to_bytes(3, "big")
    body += bytes([0, 0])  # misc, MP3 gain
    body += (0).to_bytes(2, "big")  # preset and surround
    body += stream_bytes.to_bytes(4, "big")  # music length
    body += (0).to_bytes(2, "big")  # music CRC: not computed
    frame = bytearray(placeholder(bitrate, sample_rate))
    start = 4 + MONO_SIDE_INFO
    frame[start:start + len(body)] = body
    tag_end = start + len(body)
    frame[tag_end:tag_end + 2] = _crc16(bytes(frame[:tag_end])).to_bytes(2, "big")
    return bytes(frame)


def write_info_frame(out: BinaryIO, start: int, *, bitrate: int, sample_rate: int, samples: int) -> None:
    """Fill in the placeholder written at ``start`` of ``out``, once the stream is complete."""
    end = out.tell()
    stream_bytes = end - start
    audio_bytes = stream_bytes - frame_size(info_bitrate(bitrate, sample_rate), sample_rate)
    audio_frames = round(audio_bytes * sample_rate / (144 * bitrate * 1000))
    out.seek(start)
    out.write(info_frame(bitrate=bitrate, sample_rate=sample_rate, audio_frames=audio_frames,
                         stream_bytes=stream_bytes, samples=samples))
    out.seek(end)
