"""Files next to the MP3: a WebVTT transcript and Podcasting 2.0 chapters JSON."""

from __future__ import annotations

import json

from audio.timeline import Chapter, Cue


def _timestamp(ms: int) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def webvtt(cues: tuple[Cue, ...]) -> str:
    lines = ["WEBVTT", ""]
    for number, cue in enumerate(cues, start=1):
        text = cue.text.replace("-->", "->").replace("\n", " ")
        lines += [str(number), f"{_timestamp(cue.start_ms)} --> {_timestamp(cue.end_ms)}", text, ""]
    return "\n".join(lines)


def chapters_json(chapters: tuple[Chapter, ...]) -> str:
    payload = {
        "version": "1.2.0",
        "chapters": [
            {"startTime": round(c.start_ms / 1000, 3), "endTime": round(c.end_ms / 1000, 3), "title": c.title}
            for c in chapters
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)
