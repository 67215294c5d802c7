import struct
import zlib

import pytest
from mutagen.id3 import ID3, CTOCFlags

from audio.encode import encode_blocks
from audio.tags import Tags, write_tags
from audio.timeline import Chapter
from audio_edition.errors import EncodeError
from tests.support.mp3 import ffmpeg_chapters

import numpy as np

# Titles of very different lengths: mutagen orders frames by size, which scrambled chapters.
TITLES = ["عنوان طويل جدا للخبر كله كما نشر في الموقع", "المقدمة", "قسم", "قسم ثان أطول قليلا", "ب",
          "خاتمة القسم الأخير من الخبر", "قسم سابع", "ثامن", "تاسع وطويل بعض الشيء", "عاشر", "حادي عشر",
          "الثاني عشر والأخير"]
CHAPTERS = tuple(Chapter(title, index * 1000, (index + 1) * 1000) for index, title in enumerate(TITLES))


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


@pytest.fixture(scope="module")
def tagged(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tags")
    cover = folder / "cover.png"
    cover.write_bytes(tiny_png())
    path = folder / "edition.mp3"
    with open(path, "wb") as handle:
        encode_blocks([np.zeros(44100 * 12, dtype=np.float32)], handle)
    tags = Tags(title="عنوان الخبر", artist="كاتب الخبر", album="نشرة الأخبار", date="2024-05-30",
                comment="Source: https://example.org/news/1", lyrics="السطر الأول\nالسطر الثاني", cover=cover)
    write_tags(path, tags, CHAPTERS)
    return path


def test_text_tags_read_back(tagged):
    id3 = ID3(tagged)
    assert id3.version == (2, 3, 0)
    assert str(id3["TIT2"]) == "عنوان الخبر"
    assert str(id3["TPE1"]) == "كاتب الخبر"
    assert str(id3["TALB"]) == "نشرة الأخبار"
    assert str(id3["TDRC"]) == "2024-05-30"
    assert str(id3["TLAN"]) == "ara"


def test_date_is_stored_as_v23_year_and_day_frames(tagged):
    raw = ID3(tagged, translate=False)
    assert (str(raw["TYER"]), str(raw["TDAT"])) == ("2024", "3005")
    assert "TDRC" not in raw


def test_comment_lyrics_and_cover_read_back(tagged):
    id3 = ID3(tagged)
    assert id3.getall("COMM")[0].text == ["Source: https://example.org/news/1"]
    lyrics = id3.getall("USLT")[0]
    assert (lyrics.lang, lyrics.text) == ("ara", "السطر الأول\nالسطر الثاني")
    cover = id3.getall("APIC")[0]
    assert (cover.mime, cover.type, cover.data) == ("image/png", 3, tiny_png())


def test_one_chap_frame_per_chapter_with_exact_times(tagged):
    chaps = sorted(ID3(tagged).getall("CHAP"), key=lambda frame: frame.start_time)
    assert [(c.start_time, c.end_time, str(c.sub_frames["TIT2"])) for c in chaps] == \
           [(c.start_ms, c.end_ms, c.title) for c in CHAPTERS]


def test_top_level_ordered_toc_lists_chapters_in_time_order(tagged):
    id3 = ID3(tagged)
    tocs = id3.getall("CTOC")
    assert len(tocs) == 1
    assert tocs[0].flags & CTOCFlags.TOP_LEVEL and tocs[0].flags & CTOCFlags.ORDERED
    by_id = {frame.element_id: frame.start_time for frame in id3.getall("CHAP")}
    assert [by_id[child] for child in tocs[0].child_element_ids] == [c.start_ms for c in CHAPTERS]


def test_ffmpeg_lists_the_chapters_in_time_order(tagged):
    listed = ffmpeg_chapters(tagged)
    assert [(round(start * 1000), round(end * 1000), title) for start, end, title in listed] == \
           [(c.start_ms, c.end_ms, c.title) for c in CHAPTERS]


def test_chap_frames_are_stored_in_time_order(tagged):
    starts = [frame.start_time for frame in ID3(tagged).getall("CHAP")]
    assert starts == sorted(starts)


def test_missing_cover_is_a_clear_error(tmp_path):
    path = tmp_path / "a.mp3"
    with open(path, "wb") as handle:
        encode_blocks([np.zeros(4410, dtype=np.float32)], handle)
    with pytest.raises(EncodeError, match="cannot read cover image"):
        write_tags(path, Tags(title="t", cover=tmp_path / "missing.jpg"), ())
