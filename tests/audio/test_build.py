"""The pipeline's audio side end to end, on the fake engine: files, tags, chapters, options."""

import json

import pytest
from mutagen.id3 import ID3

import audio.encode
from audio.timeline import Pauses
from audio_edition import cli
from audio_edition.errors import EncodeError
from audio_edition.pipeline import BuildRequest, build
from tests.support.fake_engine import register_fake_engine
from tests.support.mp3 import ffmpeg_chapters

ARTICLE = """\
# مدينة تفتتح حديقة جديدة على ضفة النهر

افتتحت البلدية صباح اليوم حديقة عامة جديدة. وحضر الافتتاح عدد من السكان.

وتضم الحديقة ممرات للمشي وملاعب للأطفال.

## تفاصيل المشروع

استغرق العمل في المشروع عامين كاملين.

## ردود الفعل

رحب السكان بالحديقة الجديدة.
"""
TITLES = ["مدينة تفتتح حديقة جديدة على ضفة النهر", "المقدمة", "تفاصيل المشروع", "ردود الفعل"]


@pytest.fixture(autouse=True)
def fake_engine(monkeypatch):
    register_fake_engine(monkeypatch)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "park.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def request(article, **options):
    return BuildRequest(source=str(article), output=article.with_suffix(".mp3"), engine="fake", use_cache=False,
                        programme="نشرة المدينة", **options)


def test_build_writes_mp3_transcript_and_chapters(article):
    result = build(request(article))
    assert result.output.is_file()
    assert result.chapters == 4
    listed = ffmpeg_chapters(result.output)
    assert [title for _, _, title in listed] == TITLES
    assert listed[0][0] == 0.0
    chapters = json.loads(article.with_suffix(".chapters.json").read_text(encoding="utf-8"))["chapters"]
    assert [round(start * 1000) for start, _, _ in listed] == [round(c["startTime"] * 1000) for c in chapters]
    vtt = article.with_suffix(".vtt").read_text(encoding="utf-8")
    assert vtt.startswith("WEBVTT") and vtt.count(" --> ") == 8  # headline, 3 lead sentences, 2 titles, 2 section sentences


def test_tags_name_the_article_and_programme(article):
    id3 = ID3(build(request(article)).output)
    assert str(id3["TIT2"]) == TITLES[0]
    assert str(id3["TALB"]) == "نشرة المدينة"
    assert str(id3["TLAN"]) == "ara"
    assert "رحب السكان بالحديقة الجديدة." in id3.getall("USLT")[0].text


def test_no_sidecars_writes_only_the_mp3(article):
    build(request(article, sidecars=False))
    assert sorted(path.name for path in article.parent.iterdir()) == ["park.md", "park.mp3"]


def test_opening_and_closing_lines_are_spoken_without_new_chapters(article):
    result = build(request(article, opening=True, closing=True))
    assert result.chapters == 4
    cues = article.with_suffix(".vtt").read_text(encoding="utf-8").split("\n\n")
    assert "من نشرة المدينة." in cues[1]
    assert f"استمعتم إلى: {TITLES[0]}." in cues[-2]
    assert "من نشرة المدينة." in cues[-1]


def test_pauses_reach_the_edition(article):
    short = build(request(article, pauses=Pauses(section=0.5)))
    long = build(request(article, pauses=Pauses(section=2.5)))
    assert long.duration_ms - short.duration_ms == pytest.approx(2 * 2000, abs=5)


def test_encoder_failure_leaves_the_previous_files_and_no_temporaries(article, monkeypatch):
    build(request(article))
    before = {path.name: path.read_bytes() for path in article.parent.iterdir()}

    def failing(blocks, out, *, bitrate, on_frames=None):
        for block in blocks:
            out.write(b"\xff" * 1000)
            raise EncodeError("MP3 encoding failed: simulated")
    monkeypatch.setattr(audio.encode, "encode_blocks", failing)
    with pytest.raises(EncodeError, match="simulated"):
        build(request(article, pauses=Pauses(section=3.0)))
    after = {path.name: path.read_bytes() for path in article.parent.iterdir()}
    assert after == before


def test_cli_reports_a_missing_intro_in_one_line(article, capsys):
    status = cli.main(["build", str(article), "--engine", "fake", "--no-cache", "-q",
                       "--intro", str(article.parent / "missing.mp3")])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert err == [f"audio-edition: error: {article.parent / 'missing.mp3'}: intro audio file not found"]


def test_cli_options_set_pauses_and_loudness(article, capsys):
    status = cli.main(["build", str(article), "--engine", "fake", "--no-cache", "-q", "--pause-title", "1.0",
                       "--pause-chunk", "0.2", "--loudness", "-19", "--bitrate", "64", "--no-sidecars"])
    assert status == 0
    assert "4 chapters" in capsys.readouterr().out


def test_intro_file_plays_before_the_headline(article, tmp_path):
    import subprocess

    from audio_edition.ffmpeg import ffmpeg_exe

    jingle = tmp_path / "jingle.wav"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-f", "lavfi", "-i", "sine=frequency=500:duration=1.5",
                    str(jingle)], check=True)
    plain = build(request(article))
    framed = build(request(article, intro=jingle))
    assert framed.chapters == plain.chapters
    assert framed.duration_ms - plain.duration_ms == pytest.approx(1500 + 600, abs=60)
    assert ffmpeg_chapters(framed.output)[0][0] == 0.0


def test_tags_take_no_time_for_the_writer_and_no_programs_name_for_the_album(tmp_path):
    # A credit line of a date and a time under the title, and no --programme: no artist, no album.
    page = tmp_path / "stamped.txt"
    page.write_text("مدينة تفتتح حديقة جديدة على ضفة النهر\nالأحد 12/مارس/2024 - الساعة: 4:10 م\n"
                    "افتتحت البلدية صباح اليوم حديقة عامة جديدة. وحضر الافتتاح عدد من السكان.\n"
                    "وتضم الحديقة ممرات للمشي وملاعب للأطفال.\n", encoding="utf-8")
    id3 = ID3(build(BuildRequest(source=str(page), output=page.with_suffix(".mp3"), engine="fake",
                                 use_cache=False)).output)
    assert str(id3["TIT2"]) == "مدينة تفتتح حديقة جديدة على ضفة النهر"
    assert "TPE1" not in id3 and "TALB" not in id3


def test_a_page_without_a_title_line_is_titled_by_its_first_sentence_not_its_file_name(tmp_path):
    page = tmp_path / "untitled.txt"
    page.write_text("مقدمة\nافتتحت البلدية صباح اليوم حديقة عامة جديدة. وحضر الافتتاح عدد من السكان.\n"
                    "تفاصيل المشروع\nاستغرق العمل في المشروع عامين كاملين، وشارك فيه مئات العمال.\n"
                    "ردود الفعل\nرحب السكان بالحديقة الجديدة وقالوا إنها ستغير وجه الحي.\n", encoding="utf-8")
    id3 = ID3(build(BuildRequest(source=str(page), output=page.with_suffix(".mp3"), engine="fake",
                                 use_cache=False)).output)
    assert str(id3["TIT2"]) == "افتتحت البلدية صباح اليوم حديقة عامة جديدة."
