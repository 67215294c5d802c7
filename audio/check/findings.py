"""Everything `check` measures in an MP3, before any rule judges it."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from audio.check.decode import NotExact, dr_mp3_blocks, ffmpeg_blocks
from audio.check.id3read import ChapterFrame, TableOfContents, TagInfo, read_tags
from audio.check.live import LiveMeasure
from audio.check.loudness import integrated_loudness, loudness_range, to_dbfs
from audio.check.meter import Measurements, Meter
from audio.check.mp3frames import StreamInfo, scan
from audio.check.silence import edge_silence, longest_inner_gap, pauses_over, silent_windows
from audio.check.transcript import count_words, spoken_text

log = logging.getLogger(__name__)

SILENCE_THRESHOLD_DBFS = -50.0
"""A 10 ms window quieter than this (RMS) is silence: ~34 dB under speech levelled to -16 LUFS.
The default of ``Limits.silence_threshold_dbfs``."""

LONGEST_BREATH_S = 0.5
"""A silence up to this long is a breath, part of speaking; a longer one is a pause between parts, left out of
the speaking time the pace is measured over. Readers breathe at phrase and sentence ends (our sentence pause is
0.4 s); our editions part paragraphs, titles and sections by 0.6-1.5 s. The default of
``Limits.longest_breath_s``."""


@dataclass(frozen=True)
class ChapterFinding:
    element_id: str
    title: str | None
    start_s: float
    end_s: float
    loudness_lufs: float | None
    """None when the chapter is too short or too quiet to gate (under 400 ms of sound)."""
    difference_lu: float | None
    """Chapter loudness minus the whole file's."""
    longest_silence_s: float
    longest_silence_at_s: float | None


@dataclass(frozen=True)
class Findings:
    path: Path
    stream: StreamInfo
    duration_s: float
    integrated_lufs: float | None
    true_peak_dbtp: float | None
    sample_peak_dbfs: float | None
    loudness_range_lu: float | None
    clipped_samples: int
    tags: TagInfo
    chapters: tuple[ChapterFinding, ...]
    """In time order (the tag's own order is judged through the CTOC)."""
    tocs: tuple[TableOfContents, ...]
    text_source: str | None
    words: int | None
    pace_wpm: float | None
    """Words per minute from the first sound to the last, every pause included."""
    speech_s: float
    """Seconds from the first sound to the last, less the pauses longer than a breath."""
    pauses_left_out: int
    """How many pauses longer than a breath ``speech_s`` leaves out."""
    speech_pace_wpm: float | None
    """Words per minute of ``speech_s``: how fast the voice speaks, what ``listening.pace`` judges."""
    longest_breath_s: float
    silence_start_s: float
    silence_end_s: float
    longest_silence_s: float
    """Longest silence inside one chapter (the whole file when it has none)."""
    longest_silence_at_s: float | None
    silence_threshold_dbfs: float


def measure(path: Path, live: LiveMeasure | None = None) -> tuple[StreamInfo, Measurements]:
    """The frame scan and the meter's figures, from dr_mp3's decode where it is ffmpeg's (see
    :mod:`audio.check.decode`), else from ffmpeg's; from ``live``, the same figures taken while the file
    was encoded, where they are this file's (see :mod:`audio.check.live`)."""
    stream = scan(path)
    if live is not None and (measured := live.measurements(path, stream)) is not None:
        return stream, measured
    try:
        return stream, _metered(dr_mp3_blocks(path, stream), stream)
    except NotExact as reason:
        log.info("%s: %s; measuring ffmpeg's float decode", path, reason)
    return stream, _metered(ffmpeg_blocks(path, sample_rate=stream.sample_rate, channels=stream.channels), stream)


def _metered(blocks: Iterable[np.ndarray], stream: StreamInfo) -> Measurements:
    with Meter(stream.sample_rate, stream.channels) as meter:
        for block in blocks:
            meter.add(block)
        return meter.result()


def _chapter(frame: ChapterFrame, measured: Measurements, whole: float | None, silent,
             edge_tolerance_s: float) -> ChapterFinding:
    per_second = 1 / measured.window_seconds
    first = max(0, round(frame.start_ms / 1000 * per_second))
    last = min(measured.k_power.size, round(frame.end_ms / 1000 * per_second))
    loudness = integrated_loudness(measured.k_power[first:last], per_second) if last > first else None
    gap = longest_inner_gap(silent, measured.window_seconds, frame.start_ms / 1000, frame.end_ms / 1000,
                            edge_tolerance_s)
    return ChapterFinding(
        element_id=frame.element_id, title=frame.title, start_s=frame.start_ms / 1000, end_s=frame.end_ms / 1000,
        loudness_lufs=loudness,
        difference_lu=loudness - whole if loudness is not None and whole is not None else None,
        longest_silence_s=gap.length_s if gap else 0.0, longest_silence_at_s=gap.start_s if gap else None)


CHAPTER_EDGE_TOLERANCE_S = 0.05
"""How near a chapter boundary a pause may end and still be the pause before the next chapter.
The default of ``Limits.chapter_tolerance_s``."""


def find(path: Path, *, silence_threshold_dbfs: float = SILENCE_THRESHOLD_DBFS,
         chapter_tolerance_s: float = CHAPTER_EDGE_TOLERANCE_S, longest_breath_s: float = LONGEST_BREATH_S,
         live: LiveMeasure | None = None) -> Findings:
    """Read, decode and measure ``path`` (InputError when it is not a readable MP3); ``live``: the
    measures taken while it was encoded, if any."""
    path = Path(path)
    stream, measured = measure(path, live)
    tags = read_tags(path)
    per_second = 1 / measured.window_seconds
    whole = integrated_loudness(measured.k_power, per_second)
    silent = silent_windows(measured.power, silence_threshold_dbfs)
    chapters = tuple(_chapter(frame, measured, whole, silent, chapter_tolerance_s)
                     for frame in sorted(tags.chapters, key=lambda c: (c.start_ms, c.end_ms)))
    if chapters:
        worst = max(chapters, key=lambda c: c.longest_silence_s)
        longest, longest_at = worst.longest_silence_s, worst.longest_silence_at_s
    else:
        gap = longest_inner_gap(silent, measured.window_seconds, 0.0, measured.duration)
        longest, longest_at = (gap.length_s, gap.start_s) if gap else (0.0, None)
    lead, tail = edge_silence(silent, measured.window_seconds)
    text, source = spoken_text(path, tags.lyrics)
    words = count_words(text) if text is not None else None
    speaking = measured.duration - lead - tail
    pace = words / (speaking / 60) if words and speaking > 0 else None
    pauses = pauses_over(silent, measured.window_seconds, longest_breath_s)
    speech = max(0.0, speaking - pauses.seconds)
    speech_pace = words / (speech / 60) if words and speech > 0 else None
    return Findings(
        path=path, stream=stream, duration_s=measured.duration, integrated_lufs=whole,
        true_peak_dbtp=to_dbfs(measured.true_peak), sample_peak_dbfs=to_dbfs(measured.sample_peak),
        loudness_range_lu=loudness_range(measured.k_power, per_second), clipped_samples=measured.clipped,
        tags=tags, chapters=chapters, tocs=tags.tocs, text_source=source, words=words, pace_wpm=pace,
        speech_s=speech, pauses_left_out=pauses.count, speech_pace_wpm=speech_pace, longest_breath_s=longest_breath_s,
        silence_start_s=lead, silence_end_s=tail, longest_silence_s=longest, longest_silence_at_s=longest_at,
        silence_threshold_dbfs=silence_threshold_dbfs)
