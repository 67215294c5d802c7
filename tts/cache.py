"""A content-addressed cache of synthesised chunks on disk.

Key: the engine's name and identity (voice, settings, package version; see
tts/runner.py), the call options and the exact text. Values are mono 16-bit
WAV files written to a temporary name and renamed, so two runs sharing a cache
never see half a file.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
import wave
from pathlib import Path

from audio_edition.ffmpeg import AudioSegment
from tts.base import SynthesisOptions, pcm_segment

log = logging.getLogger(__name__)

CACHE_FORMAT = "1"


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("audio-edition")) / "speech"


def cache_key(identity: str, options: SynthesisOptions, text: str) -> str:
    material = "\x1f".join([CACHE_FORMAT, identity, repr(options), text])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


class SpeechCache:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.wav"

    def get(self, key: str) -> AudioSegment | None:
        path = self._path(key)
        try:
            with wave.open(str(path), "rb") as reader:
                if reader.getsampwidth() != 2 or reader.getnchannels() != 1:
                    return None
                return pcm_segment(reader.readframes(reader.getnframes()), reader.getframerate())
        except FileNotFoundError:
            return None
        except (wave.Error, EOFError, OSError) as error:
            log.warning("ignoring unreadable cache entry %s: %s", path, error)
            return None

    def put(self, key: str, audio: AudioSegment) -> None:
        """Store ``audio`` under ``key``: written to a temporary file in the same
        folder, then renamed over the final name (atomic on POSIX and Windows), so
        a reader or a concurrent run sees the whole entry or none. A cache that
        cannot be written only costs speed: logged, never raised."""
        path = self._path(key)
        temporary: str | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".wav")
            with os.fdopen(handle, "wb") as raw, wave.open(raw, "wb") as writer:
                writer.setnchannels(1)
                writer.setsampwidth(2)
                writer.setframerate(audio.frame_rate)
                writer.writeframes(audio.raw_data)
            os.replace(temporary, path)
            temporary = None
        except OSError as error:
            log.warning("could not write to the speech cache %s: %s", self.root, error)
        finally:
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
