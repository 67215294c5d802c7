"""ID3v2.3 tags with mutagen: text frames, lyrics (full spoken text), cover, chapters.

mutagen writes frames sorted by size, and ffmpeg (like several players) lists
CHAP frames in the order they appear in the tag, whatever their start times;
after saving, the CHAP frames are put back in time order (same bytes, same
tag size, only their order changes).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from audio_edition.errors import EncodeError, InputError
from audio.timeline import Chapter


@dataclass(frozen=True, kw_only=True)
class Tags:
    title: str
    artist: str | None = None
    album: str | None = None
    date: str | None = None
    """ISO date (YYYY-MM-DD)."""
    language: str = "ara"
    comment: str | None = None
    lyrics: str | None = None
    cover: Path | None = None


IMAGE_SIGNATURES = {b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png"}


def cover_mime(path: Path) -> str:
    """The MIME type of a cover image, from its first bytes; players show only JPEG and PNG."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise InputError(f"{path}: cannot read cover image ({error.strerror})") from None
    for signature, mime in IMAGE_SIGNATURES.items():
        if head.startswith(signature):
            return mime
    raise InputError(f"{path}: not a JPEG or PNG image; podcast covers must be one of those")


def write_tags(path: Path, tags: Tags, chapters: tuple[Chapter, ...]) -> None:
    from mutagen.id3 import (APIC, CHAP, COMM, CTOC, ID3, TALB, TDRC, TIT2, TLAN, TPE1, USLT, CTOCFlags,
                             ID3NoHeaderError)

    try:
        id3 = ID3(str(path))
    except ID3NoHeaderError:
        id3 = ID3()
    enc = 1  # UTF-16 with BOM: the widest-supported Unicode encoding in ID3v2.3
    id3.add(TIT2(encoding=enc, text=tags.title))
    if tags.artist:
        id3.add(TPE1(encoding=enc, text=tags.artist))
    if tags.album:
        id3.add(TALB(encoding=enc, text=tags.album))
    if tags.date:
        id3.add(TDRC(encoding=enc, text=tags.date))
    id3.add(TLAN(encoding=enc, text=tags.language))
    if tags.comment:
        id3.add(COMM(encoding=enc, lang=tags.language, desc="", text=tags.comment))
    if tags.lyrics:
        id3.add(USLT(encoding=enc, lang=tags.language, desc="", text=tags.lyrics))
    if tags.cover:
        try:
            data = Path(tags.cover).read_bytes()
        except OSError as error:
            raise EncodeError(f"cannot read cover image {tags.cover}: {error.strerror}") from None
        mime = cover_mime(tags.cover)
        id3.add(APIC(encoding=0, mime=mime, type=3, desc="Cover", data=data))
    ids = [f"chp{index:03d}" for index in range(len(chapters))]
    for element_id, chapter in zip(ids, chapters):
        id3.add(CHAP(element_id=element_id, start_time=chapter.start_ms, end_time=chapter.end_ms,
                     sub_frames=[TIT2(encoding=enc, text=chapter.title)]))
    if chapters:
        id3.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED, child_element_ids=ids,
                     sub_frames=[TIT2(encoding=enc, text=tags.title)]))
    id3.update_to_v23()
    try:
        id3.save(str(path), v2_version=3)
    except OSError as error:
        raise EncodeError(f"cannot write tags to {path}: {error.strerror}") from None
    order_chapter_frames(Path(path))


def _frames(body: bytes) -> tuple[list[bytes], bytes]:
    """The frames of an ID3v2.3 tag body and the padding after them."""
    frames, position = [], 0
    while position + 10 <= len(body) and body[position] != 0:
        size = int.from_bytes(body[position + 4:position + 8], "big")
        frames.append(body[position:position + 10 + size])
        position += 10 + size
    return frames, body[position:]


def _chapter_start(frame: bytes) -> int:
    data = frame[10:]
    end_of_id = data.index(b"\0")
    return int.from_bytes(data[end_of_id + 1:end_of_id + 5], "big")


def order_chapter_frames(path: Path) -> None:
    """Rewrite the tag of ``path`` in place so CHAP frames come in order of start time."""
    try:
        with open(path, "r+b") as handle:
            header = handle.read(10)
            if header[:3] != b"ID3" or header[3] != 3 or header[5] & 0xC0:
                return  # not a plain v2.3 tag (unsynchronised or with an extended header): leave it
            size = 0
            for byte in header[6:10]:
                size = (size << 7) | (byte & 0x7F)
            body = handle.read(size)
            frames, padding = _frames(body)
            slots = [index for index, frame in enumerate(frames) if frame[:4] == b"CHAP"]
            in_time_order = sorted((frames[index] for index in slots), key=_chapter_start)
            for index, frame in zip(slots, in_time_order):
                frames[index] = frame
            rewritten = b"".join(frames) + padding
            if len(rewritten) != len(body):
                raise EncodeError(f"cannot order the chapters in {path}: unexpected tag layout")
            handle.seek(10)
            handle.write(rewritten)
    except OSError as error:
        raise EncodeError(f"cannot write tags to {path}: {error.strerror}") from None
