"""Place spoken parts on one timeline in a single pass, with exact designed pauses.

Nothing is joined here: each clip is trimmed (a view, no copy) and given its
start frame; :meth:`Edition.render` produces audio on demand. Repeated
``AudioSegment + AudioSegment`` would copy the whole edition for every clip.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from audio_edition.errors import InputError
from audio_edition.ffmpeg import AudioSegment
from audio.spool import SampleSpool
from audio.timeline import Chapter, Clip, Cue, Edition, Pauses, Placement, SpokenPart

SILENCE_THRESHOLD_DBFS = -50.0
TRIM_WINDOW_MS = 5


def samples_of(segment: AudioSegment) -> np.ndarray:
    """The int16 samples of a mono 16-bit segment, without copying."""
    return np.frombuffer(segment.raw_data, dtype=np.int16)


def speech_bounds(samples: np.ndarray, frame_rate: int,
                  threshold_dbfs: float = SILENCE_THRESHOLD_DBFS) -> tuple[int, int]:
    """First and last+1 sample of the 5 ms windows whose RMS is above the threshold.

    (0, 0) when the whole clip is silent.
    """
    window = max(1, frame_rate * TRIM_WINDOW_MS // 1000)
    count = -(-samples.size // window)
    if count == 0:
        return 0, 0
    padded = np.zeros(count * window, dtype=np.float32)
    padded[:samples.size] = samples
    rms = np.sqrt(np.mean(np.square(padded.reshape(count, window)), axis=1))
    loud = np.flatnonzero(rms > 32768.0 * 10 ** (threshold_dbfs / 20))
    if loud.size == 0:
        return 0, 0
    return int(loud[0]) * window, min(samples.size, (int(loud[-1]) + 1) * window)


@dataclass(frozen=True)
class _Piece:
    clip: Clip
    samples: np.ndarray
    """The clip trimmed of its leading and trailing silence (a view)."""
    words: tuple[int, int]
    """Where the speech starts and ends within ``samples``: the first and last word where the
    engine reported word timings, else all of it."""


def _trimmed(clip: Clip, rate: int) -> _Piece | None:
    """``clip`` without its silence, or None when it is all silence. With word timings the cut
    never enters a word, and a breath or click before the first word stays out of the cue."""
    samples = samples_of(clip.audio)
    start, end = speech_bounds(samples, rate)
    if clip.words_ms is None:
        return _Piece(clip, samples[start:end], (0, end - start)) if end > start else None
    first = min(samples.size, max(0, round(clip.words_ms[0] * rate / 1000)))
    last = min(samples.size, max(first, round(clip.words_ms[1] * rate / 1000)))
    if last <= first:
        return _Piece(clip, samples[start:end], (0, end - start)) if end > start else None
    start, end = (min(start, first), max(end, last)) if end > start else (first, last)
    return _Piece(clip, samples[start:end], (first - start, last - start))


def gap_before(previous: SpokenPart, part: SpokenPart, pauses: Pauses) -> float:
    """The designed pause, in seconds, between two consecutive parts."""
    if previous.kind == "music" or part.kind == "music":
        return pauses.music
    if part.kind == "closing":
        return pauses.section
    if part.chapter != previous.chapter:
        return pauses.headline if previous.kind == "headline" else pauses.section
    if previous.kind == "headline":
        return pauses.headline
    if previous.kind == "title":
        return pauses.title
    return pauses.paragraph


def _check_format(parts: Sequence[SpokenPart]) -> int:
    clips = [clip for part in parts for clip in part.clips]
    if not clips:
        raise InputError("nothing to assemble: no speech was produced")
    rate = clips[0].audio.frame_rate
    for clip in clips:
        if clip.audio.frame_rate != rate or clip.audio.sample_width != 2 or clip.audio.channels != 1:
            raise InputError("all clips must be mono 16-bit at one sample rate "
                             f"(got {clip.audio.channels} ch, {clip.audio.sample_width * 8} bit, "
                             f"{clip.audio.frame_rate} Hz beside {rate} Hz)")
    return rate


def assemble(parts: Sequence[SpokenPart], pauses: Pauses | None = None) -> Edition:
    """One edition: trimmed clips, designed gaps, one cue per sentence, one chapter per chapter number.

    A chapter starts where its first part's audio starts (the first chapter at 0)
    and ends where the next begins; the last ends with the edition.
    """
    pauses = pauses or Pauses()
    rate = _check_format(parts)

    def frames_of(seconds: float) -> int:
        return round(seconds * rate)

    def to_ms(frame: int) -> int:
        return round(frame * 1000 / rate)

    spool = SampleSpool()  # the clips' samples leave memory once the caller lets go of ``parts``
    placements: list[Placement] = []
    cues: list[Cue] = []
    chapter_starts: list[tuple[int, str, int]] = []  # (chapter number, title, start frame)
    cursor = 0
    sentence_start: int | None = None
    previous: SpokenPart | None = None
    for index, part in enumerate(parts):
        pieces = [piece for clip in part.clips if (piece := _trimmed(clip, rate)) is not None]
        if not pieces:
            continue
        if previous is not None:
            cursor += frames_of(gap_before(previous, part, pauses))
        if not chapter_starts or chapter_starts[-1][0] != part.chapter:
            start = cursor + pieces[0].words[0] if chapter_starts else 0  # a chapter starts at its first word
            chapter_starts.append((part.chapter, part.chapter_title, start))
        for position, piece in enumerate(pieces):
            if position:
                before = pieces[position - 1].clip
                cursor += frames_of(pauses.sentence if before.ends_sentence or before.breath_after else pauses.chunk)
            placements.append(Placement(cursor, spool.add(piece.samples), index))
            if sentence_start is None:
                sentence_start = cursor + piece.words[0]
            words_end = cursor + piece.words[1]
            cursor += piece.samples.size
            if piece.clip.ends_sentence or position == len(pieces) - 1:
                if piece.clip.text.strip():
                    cues.append(Cue(to_ms(sentence_start), to_ms(words_end), piece.clip.text))
                sentence_start = None
        previous = part

    chapters = []
    for number, (_, title, start) in enumerate(chapter_starts):
        end = chapter_starts[number + 1][2] if number + 1 < len(chapter_starts) else cursor
        chapters.append(Chapter(title, to_ms(start), to_ms(end)))
    return Edition(rate, cursor, tuple(placements), tuple(cues), tuple(chapters))
