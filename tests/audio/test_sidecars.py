import json

from audio.sidecars import chapters_json, webvtt
from audio.timeline import Chapter, Cue


def test_webvtt_has_one_timed_cue_per_sentence():
    text = webvtt((Cue(0, 1500, "الجملة الأولى."), Cue(3_661_250, 3_662_000, "سطر --> ثان")))
    assert text.splitlines() == ["WEBVTT", "", "1", "00:00:00.000 --> 00:00:01.500", "الجملة الأولى.", "",
                                 "2", "01:01:01.250 --> 01:01:02.000", "سطر -> ثان"]
    assert text.endswith("\n")


def test_chapters_json_follows_podcasting_2_0():
    payload = json.loads(chapters_json((Chapter("العنوان", 0, 2500), Chapter("المقدمة", 2500, 61_234))))
    assert payload == {"version": "1.2.0", "chapters": [
        {"startTime": 0.0, "endTime": 2.5, "title": "العنوان"},
        {"startTime": 2.5, "endTime": 61.234, "title": "المقدمة"}]}


def test_a_written_transcript_reads_back_as_the_same_cues():
    from audio.sidecars import read_webvtt

    cues = (Cue(0, 1427, "تحالف المال والتكنولوجيا.."), Cue(3_601_827, 3_604_590, 'ترامب يدرس تعيين "ماسك"'))
    assert read_webvtt(webvtt(cues)) == cues
