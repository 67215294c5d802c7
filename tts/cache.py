"""A content-addressed cache of synthesised chunks on disk.

Key: the engine's name and identity (voice, settings, package version; see
tts/runner.py), the call options and the exact text. Values are mono 16-bit
WAV files written to a temporary name and renamed, so two runs sharing a cache
never see half a file (a temporary left by a killed run is removed, once it is an hour old, the next
time a run writes to the same folder). An engine that reports word timings (edge) has them in
``KEY.words.json`` beside the WAV, written first: a WAV without its words is a miss.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
import time
import wave
from pathlib import Path

from audio_edition.ffmpeg import AudioSegment
from tts.base import Speech, SynthesisOptions, WordTiming, pcm_segment

log = logging.getLogger(__name__)

CACHE_FORMAT = "1"
TEMPORARY_PREFIX = ".tmp-"
STALE_TEMPORARY_SECONDS = 3600  # far longer than any write takes, so a concurrent run's file is never touched


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("audio-edition")) / "speech"


def cache_key(identity: str, options: SynthesisOptions, text: str) -> str:
    material = "\x1f".join([CACHE_FORMAT, identity, repr(options), text])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


class SpeechCache:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._swept: set[Path] = set()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.wav"

    def _words_path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.words.json"

    def get_speech(self, key: str, *, timed: bool) -> Speech | None:
        """The entry as Speech; for a ``timed`` engine, only when its word timings are there too."""
        audio = self.get(key)
        if audio is None or not timed:
            return Speech(audio) if audio is not None else None
        try:
            rows = json.loads(self._words_path(key).read_text(encoding="utf-8"))
            words = tuple(WordTiming(str(text), int(start), int(end)) for text, start, end in rows)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError) as error:
            log.warning("ignoring unreadable word timings in the cache for %s: %s", key, error)
            return None
        return Speech(audio, words)

    def put_speech(self, key: str, speech: Speech, *, timed: bool) -> None:
        if timed:
            rows = [[word.text, word.start_ms, word.end_ms] for word in speech.words]
            self._write(self._words_path(key), lambda raw: raw.write(
                json.dumps(rows, ensure_ascii=False).encode("utf-8")), ".json")
        self.put(key, speech.audio)

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
        def write_wav(raw) -> None:
            with wave.open(raw, "wb") as writer:
                writer.setnchannels(1)
                writer.setsampwidth(2)
                writer.setframerate(audio.frame_rate)
                writer.writeframes(audio.raw_data)

        self._write(self._path(key), write_wav, ".wav")

    def _write(self, path: Path, write, suffix: str) -> None:
        temporary: str | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._sweep(path.parent)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=TEMPORARY_PREFIX, suffix=suffix)
            with os.fdopen(handle, "wb") as raw:
                write(raw)
            os.replace(temporary, path)
            temporary = None
        except OSError as error:
            log.warning("could not write to the speech cache %s: %s", self.root, error)
        finally:
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)

    def _sweep(self, folder: Path) -> None:
        """Remove temporaries a killed run left in ``folder`` (once per folder and run)."""
        if folder in self._swept:
            return
        self._swept.add(folder)
        cutoff = time.time() - STALE_TEMPORARY_SECONDS
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            for entry in entries:
                if not entry.name.startswith(TEMPORARY_PREFIX):
                    continue
                with contextlib.suppress(OSError):
                    if entry.stat().st_mtime < cutoff:
                        os.unlink(entry.path)
                        log.info("removed a temporary left in the speech cache by an interrupted run: %s",
                                 entry.name)
