"""The ffmpeg binary shipped by the imageio-ffmpeg wheel, handed to pydub.

pydub looks for a system ffmpeg on PATH; we never rely on one.
"""

from __future__ import annotations

import functools
import warnings

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Couldn't find ff", category=RuntimeWarning)
    from pydub import AudioSegment


@functools.cache
def ffmpeg_exe() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def use_bundled_ffmpeg() -> type[AudioSegment]:
    """Point pydub at the bundled ffmpeg; returns AudioSegment for convenience."""
    AudioSegment.converter = ffmpeg_exe()
    AudioSegment.ffmpeg = ffmpeg_exe()
    return AudioSegment
