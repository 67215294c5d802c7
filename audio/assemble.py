"""Join spoken parts into one edition in a single pass.

Repeated ``AudioSegment + AudioSegment`` copies the whole edition each time
(quadratic); here raw PCM pieces are collected and joined once.
"""

from __future__ import annotations

from collections.abc import Sequence

from audio_edition.errors import InputError
from audio_edition.ffmpeg import AudioSegment
from audio.timeline import Chapter, Cue, Edition, Pauses, SpokenPart

SILENCE_THRESHOLD_DBFS = -50.0
TRIM_CHUNK_MS = 5


def trim_silence(segment: AudioSegment, threshold_dbfs: float = SILENCE_THRESHOLD_DBFS) -> AudioSegment:
    """Cut leading and trailing silence (engines pad their output)."""
    length = len(segment)
    start = 0
    while start < length and segment[start:start + TRIM_CHUNK_MS].dBFS < threshold_dbfs:
        start += TRIM_CHUNK_MS
    end = length
    while end > start and segment[max(start, end - TRIM_CHUNK_MS):end].dBFS < threshold_dbfs:
        end -= TRIM_CHUNK_MS
    return segment[start:end]


def _silence_bytes(ms: float, frame_rate: int, sample_width: int) -> bytes:
    return b"\0" * (round(ms * frame_rate / 1000) * sample_width)


def assemble(parts: Sequence[SpokenPart], pauses: Pauses | None = None) -> Edition:
    """One edition: trimmed clips, designed gaps, cues and chapters at measured times."""
    pauses = pauses or Pauses()
    clips = [clip for part in parts for clip in part.clips]
    if not clips:
        raise InputError("nothing to assemble: no speech was produced")
    rate = clips[0].audio.frame_rate
    width = clips[0].audio.sample_width
    if any(c.audio.frame_rate != rate or c.audio.sample_width != width or c.audio.channels != 1 for c in clips):
        raise InputError("all clips must be mono with one sample rate and width")

    pieces: list[bytes] = []
    frames = 0
    cues: list[Cue] = []
    chapter_starts: list[tuple[int, str, int]] = []  # (chapter, title, start frame)

    def to_ms(frame_count: int) -> int:
        return round(frame_count * 1000 / rate)

    def add_gap(seconds: float) -> None:
        nonlocal frames
        data = _silence_bytes(seconds * 1000, rate, width)
        pieces.append(data)
        frames += len(data) // width

    previous: SpokenPart | None = None
    for part in parts:
        if not part.clips:
            continue
        if previous is not None:
            if part.chapter != previous.chapter:
                add_gap(pauses.headline if previous.kind == "headline" else pauses.section)
            else:
                add_gap(pauses.paragraph if part.kind == "paragraph" and previous.kind == "paragraph"
                        else pauses.headline if previous.kind == "headline" else pauses.paragraph)
        if not chapter_starts or chapter_starts[-1][0] != part.chapter:
            chapter_starts.append((part.chapter, part.chapter_title, frames))
        for position, clip in enumerate(part.clips):
            if position:
                add_gap(pauses.sentence if part.clips[position - 1].ends_sentence else pauses.chunk)
            data = trim_silence(clip.audio).raw_data
            start = frames
            pieces.append(data)
            frames += len(data) // width
            cues.append(Cue(to_ms(start), to_ms(frames), clip.text))
        previous = part

    audio = AudioSegment(data=b"".join(pieces), sample_width=width, frame_rate=rate, channels=1)
    total_ms = len(audio)
    chapters = []
    for index, (_, title, start) in enumerate(chapter_starts):
        end = chapter_starts[index + 1][2] if index + 1 < len(chapter_starts) else None
        chapters.append(Chapter(title, to_ms(start), to_ms(end) if end is not None else total_ms))
    return Edition(audio=audio, cues=tuple(cues), chapters=tuple(chapters))
