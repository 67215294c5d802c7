"""One small JSON file per episode: what the feed and the pages are rebuilt from.

The manifest is written last, after the MP3 and its sidecars, so a folder with a
manifest holds a complete episode; a crash mid-build leaves none, and the next
batch run makes that article again.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from audio.write import write_atomic

log = logging.getLogger(__name__)

MANIFEST_SUFFIX = ".episode.json"
MANIFEST_VERSION = 1
SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,80}$")


@dataclass(frozen=True, kw_only=True)
class Episode:
    guid: str
    identity: str
    """The article's URL or file URI; the GUID is derived from it."""
    source: str
    source_hash: str
    name: str
    """Base name of the episode's files in OUTDIR: ``<slug>-<hash>``."""
    headline: str
    lead: str
    byline: str | None
    published: str
    """ISO 8601 UTC time the article was first published here; kept when it is rebuilt."""
    updated: str
    duration_ms: int
    size_bytes: int
    chapters: int
    engine: str
    has_cover: bool
    fingerprint: str = ""
    """Of the options it was made with (``fingerprint.edition_fingerprint``); empty in manifests older than it,
    so those episodes are made again once."""
    etag: str | None = None
    last_modified: str | None = None
    """The validators the article's page was served with, for a conditional request on the next run."""

    def __post_init__(self) -> None:
        if not SAFE_NAME.match(self.name):
            raise ValueError(f"unsafe episode name {self.name!r}")
        if self.duration_ms < 0 or self.size_bytes <= 0:
            raise ValueError("an episode needs a positive size and a duration")

    @property
    def mp3(self) -> str:
        return f"{self.name}.mp3"

    @property
    def vtt(self) -> str:
        return f"{self.name}.vtt"

    @property
    def chapters_file(self) -> str:
        return f"{self.name}.chapters.json"

    @property
    def cover(self) -> str | None:
        return f"{self.name}.png" if self.has_cover else None

    @property
    def page(self) -> str:
        return f"{self.name}.html"

    @property
    def manifest(self) -> str:
        return f"{self.name}{MANIFEST_SUFFIX}"

    def files(self) -> tuple[str, ...]:
        """Every file of the episode in OUTDIR, the manifest last."""
        names = [self.mp3, self.vtt, self.chapters_file, self.page]
        if self.cover:
            names.append(self.cover)
        return (*names, self.manifest)

    def is_complete(self, outdir: Path) -> bool:
        mp3 = outdir / self.mp3
        return (mp3.is_file() and mp3.stat().st_size == self.size_bytes
                and (outdir / self.vtt).is_file() and (outdir / self.chapters_file).is_file())

    def to_json(self) -> dict:
        return {"version": MANIFEST_VERSION, **asdict(self)}

    @classmethod
    def from_json(cls, payload: dict) -> Episode:
        known = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in payload.items() if key in known})


def write_manifest(outdir: Path, episode: Episode) -> Path:
    path = outdir / episode.manifest
    write_atomic(path, json.dumps(episode.to_json(), ensure_ascii=False, indent=2) + "\n")
    return path


def load_episodes(outdir: Path) -> list[Episode]:
    """Every complete episode in OUTDIR, newest first; unreadable manifests are skipped with a warning."""
    episodes = []
    for path in sorted(outdir.glob(f"*{MANIFEST_SUFFIX}")):
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            episode = Episode.from_json(payload)
        except (OSError, ValueError, TypeError) as error:
            log.warning("ignoring manifest %s: %s", path.name, error)
            continue
        if path.name != episode.manifest:
            log.warning("ignoring manifest %s: it names episode %s", path.name, episode.name)
            continue
        if not episode.is_complete(outdir):
            log.warning("ignoring %s: its MP3 or sidecars are missing or changed", path.name)
            continue
        episodes.append(episode)
    episodes.sort(key=lambda e: (e.published, e.name), reverse=True)
    return episodes
