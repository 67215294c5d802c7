"""The podcast feed, ``OUTDIR/feed.xml``, rebuilt from the episode manifests.

feedgen writes RSS 2.0 and the itunes namespace (its ``podcast`` extension) and
escapes all text. feedgen 1.0 knows nothing of the Podcasting 2.0 namespace, so
:class:`Podcast2Extension` adds ``podcast:chapters`` and ``podcast:transcript``
to each item, and ``podcast:locked``/``podcast:guid`` to the channel, through
feedgen's own extension mechanism.

GUIDs come from the article's identity (its URL or file path), never from its
text, so a corrected article keeps its GUID: players update the episode in
place instead of showing it twice.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path
from urllib.parse import quote, urljoin

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from feedgen.util import xml_elem

from audio.write import write_atomic
from audio_edition.errors import InputError
from audio_edition.publish.manifest import Episode
from audio_edition.publish.names import GUID_NAMESPACE

log = logging.getLogger(__name__)

PODCAST_NS = "https://podcastindex.org/namespace/1.0"
CHAPTERS_TYPE = "application/json+chapters"
CHANNEL_FILE = "channel.json"
DEFAULT_BASE_URL = "http://127.0.0.1:8000/"
DEFAULT_TITLE = "النشرة الصوتية"
EMAIL = re.compile(r"[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]+")
"""One plain address (no display name): local part, @, a domain with a dot."""


@dataclass(frozen=True, kw_only=True)
class Channel:
    """Programme-level settings; kept in OUTDIR/channel.json so the feed can be rebuilt from the folder alone."""

    title: str = DEFAULT_TITLE
    description: str = "مقالات إخبارية عربية بصوت مقروء، مع فصول ونص مرافق"
    author: str = "audio-edition"
    base_url: str = DEFAULT_BASE_URL
    category: str = "News"
    owner_name: str | None = None
    owner_email: str | None = None
    """itunes:owner, the contact Apple Podcasts needs to list the programme; both or neither."""
    language: str = "ar"
    image: str = "cover.png"
    """File name of the channel cover inside OUTDIR."""

    def __post_init__(self) -> None:
        if not self.base_url.lower().startswith(("http://", "https://")):
            raise InputError(f"--base-url {self.base_url!r}: give an http:// or https:// address")
        if not self.base_url.endswith("/"):
            object.__setattr__(self, "base_url", self.base_url + "/")
        if not self.title.strip():
            raise InputError("the programme title is empty")
        if self.owner_email is not None and not EMAIL.fullmatch(self.owner_email):
            raise InputError(f"--owner-email {self.owner_email!r}: not an email address (like name@example.org)")
        if self.owner_name is not None and not self.owner_name.strip():
            raise InputError("--owner-name is empty")
        if (self.owner_name is None) != (self.owner_email is None):
            missing = "--owner-email" if self.owner_email is None else "--owner-name"
            raise InputError(f"the podcast owner needs a name and an email: give {missing} too")

    def url(self, name: str) -> str:
        """Absolute URL of a file in OUTDIR (names are ASCII already; quoting is belt and braces)."""
        return urljoin(self.base_url, quote(name))

    @property
    def podcast_guid(self) -> str:
        return str(uuid.uuid5(GUID_NAMESPACE, "channel:" + self.base_url))

    def to_json(self) -> dict:
        return {key: getattr(self, key) for key in self.__dataclass_fields__}


def save_channel(outdir: Path, channel: Channel) -> None:
    write_atomic(outdir / CHANNEL_FILE, json.dumps(channel.to_json(), ensure_ascii=False, indent=2) + "\n")


def load_channel(outdir: Path) -> Channel | None:
    path = outdir / CHANNEL_FILE
    if not path.is_file():
        return None
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        return Channel(**{k: v for k, v in payload.items() if k in Channel.__dataclass_fields__})
    except (OSError, ValueError, TypeError, AttributeError, InputError) as error:
        log.warning("ignoring %s (saved programme settings): %s", path, error)
        return None


class Podcast2Extension(BaseExtension):
    """Channel part of the Podcasting 2.0 namespace: podcast:locked and podcast:guid."""

    def __init__(self) -> None:
        self._guid: str | None = None
        self._owner: str | None = None

    def extend_ns(self) -> dict:
        return {"podcast": PODCAST_NS}

    def podcast_guid(self, value: str) -> None:
        self._guid = value

    def podcast_locked(self, owner: str) -> None:
        self._owner = owner

    def extend_rss(self, rss_feed):
        channel = rss_feed[0]
        if self._owner:
            locked = xml_elem(f"{{{PODCAST_NS}}}locked", channel)
            locked.attrib["owner"] = self._owner
            locked.text = "no"
        if self._guid:
            xml_elem(f"{{{PODCAST_NS}}}guid", channel).text = self._guid
        return rss_feed


class Podcast2EntryExtension(BaseEntryExtension):
    """Item part: podcast:chapters, podcast:transcript (one per format) and podcast:person."""

    def __init__(self) -> None:
        self._chapters: tuple[str, str] | None = None
        self._transcripts: list[dict[str, str]] = []
        self._people: list[tuple[str, str, str]] = []

    def podcast_person(self, name: str, *, role: str = "author", group: str = "writing") -> None:
        """A person credited for the episode; the article's writer is role 'author' in group 'writing'
        of the Podcasting 2.0 taxonomy."""
        self._people.append((name, role, group))

    def podcast_chapters(self, url: str, type: str = CHAPTERS_TYPE) -> None:  # noqa: A002 - the spec's name
        self._chapters = (url, type)

    def podcast_transcript(self, url: str, type: str, *, language: str | None = None,  # noqa: A002
                           rel: str | None = None) -> None:
        attributes = {"url": url, "type": type}
        if language:
            attributes["language"] = language
        if rel:
            attributes["rel"] = rel
        self._transcripts.append(attributes)

    def extend_rss(self, entry):
        if self._chapters:
            chapters = xml_elem(f"{{{PODCAST_NS}}}chapters", entry)
            chapters.attrib["url"], chapters.attrib["type"] = self._chapters
        for attributes in self._transcripts:
            transcript = xml_elem(f"{{{PODCAST_NS}}}transcript", entry)
            transcript.attrib.update(attributes)
        for name, role, group in self._people:
            person = xml_elem(f"{{{PODCAST_NS}}}person", entry)
            person.attrib.update({"role": role, "group": group})
            person.text = name
        return entry


def itunes_duration(ms: int) -> str:
    seconds = round(ms / 1000)
    hours, rest = divmod(seconds, 3600)
    return f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"


def build_feed(channel: Channel, episodes: list[Episode]) -> bytes:
    """The RSS document for these episodes (newest first), as UTF-8 bytes."""
    feed = FeedGenerator()
    feed.load_extension("podcast")
    feed.register_extension("podcast2", Podcast2Extension, Podcast2EntryExtension, atom=False)
    feed.title(channel.title)
    feed.description(channel.description)
    feed.link(href=channel.url("feed.xml"), rel="self", type="application/rss+xml")
    feed.link(href=channel.url("index.html"), rel="alternate")  # feedgen's RSS <link> is the last one set
    feed.language(channel.language)
    feed.author({"name": channel.author})
    feed.image(url=channel.url(channel.image), title=channel.title, link=channel.url("index.html"))
    feed.generator("audio-edition")
    feed.podcast.itunes_author(channel.author)
    if channel.owner_name and channel.owner_email:
        feed.podcast.itunes_owner(name=channel.owner_name, email=channel.owner_email)
    feed.podcast.itunes_summary(channel.description)
    feed.podcast.itunes_image(channel.url(channel.image))
    feed.podcast.itunes_category(channel.category)
    feed.podcast.itunes_explicit("no")
    feed.podcast.itunes_type("episodic")
    feed.podcast2.podcast_guid(channel.podcast_guid)
    feed.podcast2.podcast_locked(channel.owner_email or channel.author)  # the spec asks for an email
    if episodes:
        feed.lastBuildDate(max(datetime.fromisoformat(e.updated) for e in episodes))
    for episode in sorted(episodes, key=lambda e: (e.published, e.name)):
        entry = feed.add_entry()  # feedgen puts later entries first: newest at the top
        entry.guid(episode.guid, permalink=False)
        entry.title(episode.headline)
        entry.description(escape(episode.lead or episode.headline, quote=False))  # RSS descriptions are HTML
        entry.link(href=channel.url(episode.page))
        entry.enclosure(channel.url(episode.mp3), str(episode.size_bytes), "audio/mpeg")
        entry.pubDate(datetime.fromisoformat(episode.published))
        if episode.byline:
            entry.podcast.itunes_author(episode.byline)
            entry.podcast2.podcast_person(episode.byline)
        entry.podcast.itunes_duration(itunes_duration(episode.duration_ms))
        entry.podcast.itunes_image(channel.url(episode.cover or channel.image))
        entry.podcast.itunes_episode_type("full")
        entry.podcast2.podcast_chapters(channel.url(episode.chapters_file))
        entry.podcast2.podcast_transcript(channel.url(episode.vtt), "text/vtt", language="ar", rel="captions")
    return feed.rss_str(pretty=True)


def write_feed(outdir: Path, channel: Channel, episodes: list[Episode]) -> Path:
    path = outdir / "feed.xml"
    write_atomic(path, build_feed(channel, episodes))
    return path
