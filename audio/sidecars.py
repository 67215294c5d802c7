"""Files next to the MP3: a WebVTT transcript and Podcasting 2.0 chapters JSON."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the timeline loads pydub: 'audio-edition check' reads a transcript without it
    from audio.timeline import Chapter, Cue

_STAMP = r"((?:\d+:)?\d{2}:\d{2}\.\d{3})"
_TIMING = re.compile(rf"^\s*{_STAMP}\s+-->\s+{_STAMP}")
_MARKUP = re.compile(r"<[^>]+>")


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


def _milliseconds(stamp: str) -> int:
    *hours, minutes, seconds = stamp.split(":")
    return round(((int(hours[0]) if hours else 0) * 3600 + int(minutes) * 60 + float(seconds)) * 1000)


def read_webvtt(text: str) -> tuple[Cue, ...]:
    """The cues of any WebVTT file: header, cue ids, cue settings, NOTE/STYLE/REGION blocks and voice
    or styling markup left out; a cue's text lines joined with spaces."""
    from audio.timeline import Cue

    cues: list[Cue] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").lstrip("\ufeff")):
        rows = block.strip("\n").split("\n")
        timing = next((index for index, row in enumerate(rows) if _TIMING.match(row)), None)
        if timing is None:
            continue
        start, end = _TIMING.match(rows[timing]).groups()
        body = " ".join(_MARKUP.sub("", row).strip() for row in rows[timing + 1:]).strip()
        if body:
            cues.append(Cue(_milliseconds(start), _milliseconds(end), body))
    return tuple(cues)
