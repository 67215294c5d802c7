"""What an MP3's ID3v2 tag says: text tags, cover art size, chapters (CHAP/CTOC) and lyrics (USLT)."""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Cover:
    mime: str
    width: int | None
    height: int | None
    bytes: int


@dataclass(frozen=True)
class ChapterFrame:
    element_id: str
    title: str | None
    start_ms: int
    end_ms: int


@dataclass(frozen=True)
class TableOfContents:
    element_id: str
    top_level: bool
    ordered: bool
    child_ids: tuple[str, ...]


@dataclass(frozen=True)
class TagInfo:
    title: str | None = None
    artist: str | None = None
    album: str | None = None
    date: str | None = None
    language: str | None = None
    cover: Cover | None = None
    lyrics: str | None = None
    chapters: tuple[ChapterFrame, ...] = ()
    """In the order the tag stores them."""
    tocs: tuple[TableOfContents, ...] = ()


def image_size(data: bytes) -> tuple[int | None, int | None]:
    """Width and height of a PNG or JPEG from its header; (None, None) for anything else."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return struct.unpack(">II", data[16:24])
    if data[:2] == b"\xff\xd8":
        position = 2
        while position + 9 < len(data):
            if data[position] != 0xFF:
                position += 1
                continue
            marker = data[position + 1]
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:
                position += 1 if marker == 0xFF else 2
                continue
            length = int.from_bytes(data[position + 2:position + 4], "big")
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", data[position + 5:position + 9])
                return width, height
            position += 2 + length
    return None, None


def _text(tags, frame_id: str) -> str | None:
    frames = tags.getall(frame_id)
    if not frames:
        return None
    value = " / ".join(str(item) for item in frames[0].text).strip()
    return value or None


def read_tags(path: Path) -> TagInfo:
    from mutagen import MutagenError
    from mutagen.id3 import ID3, CTOCFlags, ID3NoHeaderError

    try:
        tags = ID3(str(path))
    except ID3NoHeaderError:
        return TagInfo()
    except (MutagenError, ValueError) as error:  # a damaged tag is reported as no tag, not a crash
        log.warning("%s: unreadable ID3 tag (%s)", path, error)
        return TagInfo()
    cover = None
    pictures = tags.getall("APIC")
    if pictures:
        picture = next((p for p in pictures if p.type == 3), pictures[0])  # 3: front cover
        width, height = image_size(bytes(picture.data))
        cover = Cover(mime=picture.mime, width=width, height=height, bytes=len(picture.data))
    lyrics = "\n".join(frame.text for frame in tags.getall("USLT") if frame.text.strip()) or None
    chapters = []
    for frame in tags.getall("CHAP"):
        title_frames = frame.sub_frames.getall("TIT2")
        title = " ".join(str(t) for t in title_frames[0].text).strip() if title_frames else ""
        chapters.append(ChapterFrame(frame.element_id, title or None, frame.start_time, frame.end_time))
    tocs = tuple(TableOfContents(frame.element_id, bool(frame.flags & CTOCFlags.TOP_LEVEL),
                                 bool(frame.flags & CTOCFlags.ORDERED), tuple(frame.child_element_ids))
                 for frame in tags.getall("CTOC"))
    date = _text(tags, "TDRC") or _text(tags, "TYER")
    return TagInfo(title=_text(tags, "TIT2"), artist=_text(tags, "TPE1"), album=_text(tags, "TALB"), date=date,
                   language=_text(tags, "TLAN"), cover=cover, lyrics=lyrics, chapters=tuple(chapters), tocs=tocs)
