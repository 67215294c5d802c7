"""Intro and outro files: any format the bundled ffmpeg decodes, as mono 16-bit at the speech's rate.

The imageio-ffmpeg binary decodes, mixes down and resamples in one call and the
PCM becomes a pydub AudioSegment; pydub's own ``from_file`` would first ask
ffprobe (not shipped) what the file is.
"""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Sequence
from pathlib import Path

from audio_edition.errors import InputError
from audio_edition.ffmpeg import AudioSegment, ffmpeg_exe
from audio.timeline import Clip, SpokenPart

log = logging.getLogger(__name__)

DECODE_TIMEOUT_S = 120
MAX_MUSIC_SECONDS = 600


def load_music(path: Path, frame_rate: int) -> AudioSegment:
    """Decode ``path``, mix it down to mono and resample it to ``frame_rate`` (ffmpeg's resampler)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: audio file not found")
    command = [ffmpeg_exe(), "-nostdin", "-v", "error", "-i", str(path), "-map", "0:a:0", "-vn",
               "-t", str(MAX_MUSIC_SECONDS), "-ac", "1", "-ar", str(frame_rate), "-f", "s16le", "-acodec",
               "pcm_s16le", "-"]
    try:
        result = subprocess.run(command, capture_output=True, timeout=DECODE_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise InputError(f"{path}: cannot be decoded ({error})") from None
    if result.returncode != 0 or len(result.stdout) < 2:
        reason = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise InputError(f"{path}: cannot be decoded as audio ({reason[-1] if reason else 'no audio stream'})")
    pcm = result.stdout[:len(result.stdout) // 2 * 2]
    segment = AudioSegment(data=pcm, sample_width=2, frame_rate=frame_rate, channels=1)
    log.info("%s: %.1f s of audio", path, len(segment) / 1000)
    return segment


def music_part(path: Path, frame_rate: int, *, chapter: int, chapter_title: str) -> SpokenPart:
    """An intro or outro file as a part of the given chapter (no transcript cue)."""
    return SpokenPart("music", chapter, chapter_title, (Clip("", load_music(path, frame_rate)),))


def with_music(parts: Sequence[SpokenPart], *, intro: Path | None, outro: Path | None,
               frame_rate: int) -> list[SpokenPart]:
    """``parts`` with the intro in the first chapter and the outro in the last (the first chapter
    still starts at 0, and the chapter count stays one per part of the article)."""
    parts = list(parts)
    if intro and parts:
        parts.insert(0, music_part(intro, frame_rate, chapter=parts[0].chapter, chapter_title=parts[0].chapter_title))
    if outro and parts:
        parts.append(music_part(outro, frame_rate, chapter=parts[-1].chapter, chapter_title=parts[-1].chapter_title))
    return parts
