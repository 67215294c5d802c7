"""pydub's AudioSegment, imported without its ffmpeg warning, and the ffmpeg binary of the imageio-ffmpeg wheel.

The project uses AudioSegment only as an in-memory PCM container (no
``from_file``/``export``), so pydub never needs an ffmpeg; the places that
decode with ffmpeg (audio/music.py, audio/check/decode.py) call the bundled
binary from :func:`ffmpeg_exe` directly. A system ffmpeg on PATH is never used.
"""

from __future__ import annotations

import functools
import warnings

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Couldn't find ff", category=RuntimeWarning)
    from pydub import AudioSegment

__all__ = ["AudioSegment", "ffmpeg_exe"]


@functools.cache
def ffmpeg_exe() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()
