"""Encode PCM to MP3 with the LAME encoder from the lameenc wheel."""

from __future__ import annotations

from audio_edition.errors import EncodeError
from audio_edition.ffmpeg import AudioSegment

MP3_SAMPLE_RATE = 44100
DEFAULT_BITRATE = 96
BITRATES = (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)


def resample(segment: AudioSegment, rate: int = MP3_SAMPLE_RATE) -> AudioSegment:
    """Band-limited polyphase resampling to ``rate`` (pydub's ratecv aliases)."""
    if segment.frame_rate == rate:
        return segment
    from math import gcd

    import numpy as np
    from scipy.signal import resample_poly

    divisor = gcd(rate, segment.frame_rate)
    samples = np.frombuffer(segment.raw_data, dtype=np.int16).astype(np.float64)
    out = resample_poly(samples, rate // divisor, segment.frame_rate // divisor)
    pcm = np.clip(np.round(out), -32768, 32767).astype(np.int16)
    return AudioSegment(data=pcm.tobytes(), sample_width=2, frame_rate=rate, channels=1)


def encode_mp3(segment: AudioSegment, *, bitrate: int = DEFAULT_BITRATE) -> bytes:
    """Mono 44.1 kHz CBR MP3 bytes."""
    if bitrate not in BITRATES:
        raise EncodeError(f"bitrate must be one of {', '.join(map(str, BITRATES))} kbps, not {bitrate}")
    try:
        import lameenc
    except ImportError as error:
        raise EncodeError("the lameenc package is not installed") from error
    segment = resample(segment)
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate)
    encoder.set_in_sample_rate(MP3_SAMPLE_RATE)
    encoder.set_channels(1)
    encoder.set_quality(2)
    try:
        return bytes(encoder.encode(segment.raw_data) + encoder.flush())
    except Exception as error:  # lameenc raises bare RuntimeError
        raise EncodeError(f"MP3 encoding failed: {error}") from error
