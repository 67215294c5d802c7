"""A fingerprint of how an episode is made, so that a batch run remakes an episode whose options changed.

It covers everything that changes what a listener hears or sees: engine and voice, rate, pitch, pauses,
loudness, bitrate, the opening and closing lines, the programme name, and the *content* of the lexicon,
intro, outro and cover files (editing a lexicon in place remakes the episodes; moving it does not). It
leaves out where and how fast an edition is made: the source and output (the manifest keys those), the
speech cache, request concurrency, and gtts timeouts and retries.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, fields, is_dataclass
from pathlib import Path

from audio_edition.errors import InputError
from audio_edition.pipeline import BuildRequest

NOT_HEARD = frozenset({"source", "output", "fmt", "cache_dir", "use_cache", "jobs", "sidecars"})
CONTENT_FILES = frozenset({"lexicon", "intro", "outro", "cover"})
DIGITS = 16
CLOUD_ENGINES = frozenset({"edge", "azure", "google-cloud", "openai"})


def file_hash(path: Path, label: str) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
    except FileNotFoundError:
        raise InputError(f"{path}: {label} file not found") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read the {label} file ({error.strerror or error})") from None
    return digest.hexdigest()


def _voice_file(path: Path | None) -> str | None:
    """A Piper voice is tens of megabytes: named by path, size and modification time, not hashed."""
    if path is None:
        return None
    try:
        stat = path.stat()
    except OSError:
        return str(path)
    return f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}"


def _settings(settings, engine: str) -> dict:
    """The voice settings of the engine asked for ('auto' may use any): a Piper voice named in the
    environment does not remake espeak episodes."""
    voices = {"espeak": lambda: asdict(settings.espeak), "piper": lambda: _voice_file(settings.piper_voice),
              "gtts": lambda: {"base_url": settings.gtts.base_url, "tld": settings.gtts.tld}}
    chosen = {name: voice() for name, voice in voices.items() if engine in (name, "auto")}
    cloud = {"voice": settings.cloud.voice, "model": settings.cloud.model}
    if engine in CLOUD_ENGINES or (engine == "auto" and any(cloud.values())):
        chosen["cloud"] = cloud  # left out for auto without them: older episodes' fingerprints still match
    return chosen


def edition_fingerprint(request: BuildRequest) -> str:
    """Short hex digest of the options of ``request`` that shape the episode; raises InputError for a named
    lexicon, intro, outro or cover file that cannot be read."""
    values: dict[str, object] = {}
    for item in fields(request):
        if item.name in NOT_HEARD:
            continue
        value = getattr(request, item.name)
        if item.name in CONTENT_FILES:
            value = file_hash(Path(value), item.name) if value is not None else None
        elif item.name == "settings":
            value = _settings(value, request.engine)
        elif is_dataclass(value):
            value = asdict(value)
        values[item.name] = value
    text = json.dumps(values, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:DIGITS]
