"""Every rule `check` holds an MP3 to, with its limit, in one place.

Limits are data (:class:`Limits`); each rule is a row of :data:`RULES` naming
who sets it ("Apple": Apple Podcasts' published audio and artwork
requirements; "audio-edition": our own defaults for a news read), how bad a
miss is ("fail" makes the exit status non-zero, "warn" does not) and the
function that judges the findings.

Integrated loudness is a *failure* outside -16 +/- 1 LUFS: Apple publishes it
as the level episodes should be mastered to, our editions aim at it exactly,
and a file off by more than 1 LU jumps in level against the rest of a feed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from audio.check.findings import CHAPTER_EDGE_TOLERANCE_S, LONGEST_BREATH_S, SILENCE_THRESHOLD_DBFS, Findings
from audio_edition.errors import InputError

PASS, WARN, FAIL, SKIP = "pass", "warn", "fail", "skip"
MISS = "miss"
"""What a judge returns when the limit is not met; the rule's severity turns it into FAIL or WARN."""


@dataclass(frozen=True, kw_only=True)
class Limits:
    sample_rates: tuple[int, ...] = (44100, 48000)
    min_bitrate_kbps: int = 64
    max_bitrate_kbps: int = 320
    target_lufs: float = -16.0
    lufs_tolerance: float = 1.0
    max_true_peak_dbtp: float = -1.0
    max_clipped_samples: int = 0
    max_chapter_difference_lu: float = 2.0
    chapter_tolerance_s: float = CHAPTER_EDGE_TOLERANCE_S
    """Gap, overlap or overrun of the file end that still counts as exact (MP3 frames are 26 ms); also how
    near a chapter boundary a pause may end and still count as the pause before the next chapter."""
    min_pace_wpm: float = 120.0
    max_pace_wpm: float = 190.0
    """Both in words per minute of speech (pauses over ``longest_breath_s`` left out). Listeners rate news read at
    170-190 English words a minute normal, 210 fast (Rodero 2015); an Arabic word is about 1.1 English ones, and
    speech without its pauses runs about 9 % faster: 186 at the top of normal. The floor, slow audiobook
    narration, leaves room for the numbers a word count takes as one word. See docs/check.md."""
    longest_breath_s: float = LONGEST_BREATH_S
    """A silence up to this long is part of speaking; the pace leaves longer ones out."""
    max_silence_in_chapter_s: float = 1.0
    max_edge_silence_s: float = 2.0
    silence_threshold_dbfs: float = SILENCE_THRESHOLD_DBFS
    """What counts as silence for the two rules above: a 10 ms window under this RMS level."""
    min_cover_px: int = 1400
    max_cover_px: int = 3000

    def __post_init__(self) -> None:
        if self.min_bitrate_kbps > self.max_bitrate_kbps or self.min_pace_wpm > self.max_pace_wpm \
                or self.min_cover_px > self.max_cover_px:
            raise InputError("check limits: a minimum is above its maximum")
        if self.lufs_tolerance < 0 or self.chapter_tolerance_s < 0 or self.max_chapter_difference_lu < 0 \
                or self.longest_breath_s < 0:
            raise InputError("check limits: tolerances cannot be negative")


@dataclass(frozen=True)
class Outcome:
    verdict: str
    measured: str
    detail: str | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    severity: str
    """What a miss is: FAIL or WARN."""
    source: str
    limit: Callable[[Limits], str]
    judge: Callable[[Findings, Limits], Outcome]


@dataclass(frozen=True)
class Result:
    rule: Rule
    limit: str
    outcome: Outcome

    @property
    def verdict(self) -> str:
        return self.rule.severity if self.outcome.verdict == MISS else self.outcome.verdict


def _held(ok: bool) -> str:
    return PASS if ok else MISS


def _num(value: float | None, unit: str, digits: int = 1) -> str:
    return "none" if value is None else f"{value:.{digits}f} {unit}"


# --- format -------------------------------------------------------------------------------------------------

def _sample_rate(f: Findings, limits: Limits) -> Outcome:
    return Outcome(_held(f.stream.sample_rate in limits.sample_rates), f"{f.stream.sample_rate} Hz")


def _bitrate(f: Findings, limits: Limits) -> Outcome:
    rate = f.stream.average_bitrate_kbps
    ok = limits.min_bitrate_kbps <= round(rate) <= limits.max_bitrate_kbps
    return Outcome(_held(ok), f"{rate:.0f} kbps {f.stream.bitrate_mode}")


def _complete(f: Findings, limits: Limits) -> Outcome:
    declared, found = f.stream.declared_frames, f.stream.audio_frames
    if not declared:
        return Outcome(SKIP, f"{found} frames; no Xing/Info/VBRI frame count to compare")
    # some encoders count the Xing/Info frame itself: one frame short is still whole
    return Outcome(_held(found >= declared - 1), f"{found} of the {declared} frames of the "
                                                  f"{f.stream.vbr_header} header")


def _id3v2(f: Findings, limits: Limits) -> Outcome:
    version = f.stream.id3v2_version
    ok = version is not None and version.split(".")[1] in ("3", "4")
    return Outcome(_held(ok), f"ID3v{version}" if version else "no ID3v2 tag")


# --- tags ---------------------------------------------------------------------------------------------------

def _title(f: Findings, limits: Limits) -> Outcome:
    return Outcome(_held(bool(f.tags.title)), "present" if f.tags.title else "missing")


def _descriptive_tags(f: Findings, limits: Limits) -> Outcome:
    missing = [name for name in ("date", "language") if not getattr(f.tags, name)]
    absent = [name for name in ("artist", "album") if not getattr(f.tags, name)]
    note = f" ({', '.join(absent)}: none given)" if absent and not missing else ""
    return Outcome(_held(not missing), ("present" if not missing else "missing " + ", ".join(missing)) + note)


# A time, a year or a day/month: a figure in an outlet's name ("France 24", "عربي21") is no stamp.
_STAMP = re.compile(r"\d{1,2}:\d{2}|(?<!\d)(?:19|20)\d{2}(?!\d)|\d+\s*/\s*\d+")
_ASCII_DIGITS = {ord(c): str(i % 10) for i, c in enumerate("0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666"
                                                          "\u0667\u0668\u0669\u06f0\u06f1\u06f2\u06f3\u06f4"
                                                          "\u06f5\u06f6\u06f7\u06f8\u06f9")}


def _artist(f: Findings, limits: Limits) -> Outcome:
    artist = f.tags.artist
    if not artist:
        return Outcome(SKIP, "no artist")
    if _STAMP.search(artist.translate(_ASCII_DIGITS)):
        return Outcome(MISS, f"{artist!r} holds a time or a date",
                       "the artist is the writer's name; a time or a date is printed by the byline")
    return Outcome(PASS, "no time or date")


def _cover(f: Findings, limits: Limits) -> Outcome:
    cover = f.tags.cover
    if cover is None:
        return Outcome(SKIP, "no cover art")
    if cover.width is None:
        return Outcome(MISS, f"{cover.mime}, size unreadable", "cover art must be JPEG or PNG")
    ok = cover.width == cover.height and limits.min_cover_px <= cover.width <= limits.max_cover_px
    return Outcome(_held(ok), f"{cover.width}x{cover.height} px")


# --- loudness -----------------------------------------------------------------------------------------------

def _integrated(f: Findings, limits: Limits) -> Outcome:
    value = f.integrated_lufs
    if value is None:
        return Outcome(MISS, "not measurable", "silent, or under 0.4 s of sound above -70 LUFS")
    ok = abs(value - limits.target_lufs) <= limits.lufs_tolerance
    return Outcome(_held(ok), _num(value, "LUFS"))


def _true_peak(f: Findings, limits: Limits) -> Outcome:
    value = f.true_peak_dbtp
    return Outcome(_held(value is None or value <= limits.max_true_peak_dbtp), _num(value, "dBTP"))


def _clipping(f: Findings, limits: Limits) -> Outcome:
    return Outcome(_held(f.clipped_samples <= limits.max_clipped_samples), f"{f.clipped_samples} samples")


# --- chapters -----------------------------------------------------------------------------------------------

def _chapters_present(f: Findings, limits: Limits) -> Outcome:
    return Outcome(_held(bool(f.chapters)), f"{len(f.chapters)} chapters")


def _toc(f: Findings, limits: Limits) -> Outcome:
    if not f.chapters:
        return Outcome(SKIP, "no chapters")
    top = [toc for toc in f.tocs if toc.top_level]
    if not top:
        return Outcome(MISS, "no top-level CTOC" if f.tocs else "no CTOC")
    toc = top[0]
    in_time_order = tuple(chapter.element_id for chapter in f.chapters)
    problems = []
    if not toc.ordered:
        problems.append("not flagged ordered")
    if sorted(toc.child_ids) != sorted(in_time_order):
        problems.append("does not list every chapter exactly once")
    elif toc.child_ids != in_time_order:
        problems.append("lists chapters out of time order")
    return Outcome(_held(not problems), "CTOC " + ("ordered, complete" if not problems else "; ".join(problems)))


def _contiguous(f: Findings, limits: Limits) -> Outcome:
    if not f.chapters:
        return Outcome(SKIP, "no chapters")
    pairs = list(zip(f.chapters, f.chapters[1:]))
    worst = max(((abs(b.start_s - a.end_s), a, b) for a, b in pairs), key=lambda item: item[0], default=None)
    if worst is None or worst[0] <= limits.chapter_tolerance_s:
        return Outcome(PASS, "each chapter starts where the last ends")
    size, before, after = worst
    kind = "overlap" if after.start_s < before.end_s else "gap"
    return Outcome(MISS, f"{kind} of {size:.3f} s",
                   f"{before.element_id} ends at {before.end_s:.3f} s, {after.element_id} starts at {after.start_s:.3f} s")


def _inside(f: Findings, limits: Limits) -> Outcome:
    if not f.chapters:
        return Outcome(SKIP, "no chapters")
    bad = [c for c in f.chapters
           if c.start_s < 0 or c.end_s <= c.start_s or c.end_s > f.duration_s + limits.chapter_tolerance_s]
    if not bad:
        return Outcome(PASS, f"all within 0-{f.duration_s:.3f} s")
    first = bad[0]
    return Outcome(MISS, f"{len(bad)} outside", f"{first.element_id}: {first.start_s:.3f}-{first.end_s:.3f} s "
                                               f"in a {f.duration_s:.3f} s file")


def _titles(f: Findings, limits: Limits) -> Outcome:
    if not f.chapters:
        return Outcome(SKIP, "no chapters")
    untitled = [c.element_id for c in f.chapters if not c.title]
    return Outcome(_held(not untitled), "all titled" if not untitled else "untitled: " + ", ".join(untitled))


def _chapter_loudness(f: Findings, limits: Limits) -> Outcome:
    measured = [c for c in f.chapters if c.difference_lu is not None]
    if not measured:
        return Outcome(SKIP, "no chapters to measure" if not f.chapters else "chapters too short or silent")
    worst = max(measured, key=lambda c: abs(c.difference_lu))
    ok = abs(worst.difference_lu) <= limits.max_chapter_difference_lu
    return Outcome(_held(ok), f"{worst.difference_lu:+.1f} LU", f"largest: {worst.element_id} "
                                                                       f"({worst.title or 'untitled'})")


# --- listening ----------------------------------------------------------------------------------------------

def pauses(f: Findings) -> str:
    """'3 pauses over 0.5 s': the pauses the pace leaves out."""
    return f"{f.pauses_left_out} pause{'' if f.pauses_left_out == 1 else 's'} over {f.longest_breath_s:g} s"


def _pace(f: Findings, limits: Limits) -> Outcome:
    """How fast the voice speaks: words per minute of speech, the pauses between parts left out (a page of
    short items parted by pauses is not read slowly)."""
    if f.speech_pace_wpm is None or f.pace_wpm is None:
        return Outcome(SKIP, "no spoken text (no USLT tag, no .vtt beside the file)")
    ok = limits.min_pace_wpm <= f.speech_pace_wpm <= limits.max_pace_wpm
    return Outcome(_held(ok), f"{f.speech_pace_wpm:.0f} wpm",
                   f"{f.words} words from {f.text_source} in {f.speech_s:.1f} s of speech; {pauses(f)} left out "
                   f"({f.pace_wpm:.0f} wpm with them)")


def _inner_silence(f: Findings, limits: Limits) -> Outcome:
    ok = f.longest_silence_s <= limits.max_silence_in_chapter_s
    where = f" at {f.longest_silence_at_s:.2f} s" if f.longest_silence_at_s is not None else ""
    return Outcome(_held(ok), f"{f.longest_silence_s:.2f} s{where}")


def _edge_silence(f: Findings, limits: Limits) -> Outcome:
    ok = max(f.silence_start_s, f.silence_end_s) <= limits.max_edge_silence_s
    return Outcome(_held(ok), f"start {f.silence_start_s:.2f} s, end {f.silence_end_s:.2f} s")


APPLE, OURS, ID3 = "Apple", "audio-edition", "ID3v2 chapters spec"

RULES: tuple[Rule, ...] = (
    Rule("format.sample_rate", "sample rate", FAIL, APPLE,
         lambda l: " or ".join(f"{rate} Hz" for rate in l.sample_rates), _sample_rate),
    Rule("format.bitrate", "bitrate", FAIL, OURS,
         lambda l: f"{l.min_bitrate_kbps}-{l.max_bitrate_kbps} kbps", _bitrate),
    Rule("format.complete", "whole file", FAIL, OURS, lambda l: "every frame its Xing/Info/VBRI header counts",
         _complete),
    Rule("format.id3v2", "ID3v2 tag", FAIL, OURS, lambda l: "ID3v2.3 or ID3v2.4", _id3v2),
    Rule("tags.title", "title tag", FAIL, OURS, lambda l: "TIT2 present", _title),
    Rule("tags.descriptive", "date and language tags", WARN, OURS,
         lambda l: "TDRC, TLAN present (TPE1, TALB when the page names a writer, an outlet)", _descriptive_tags),
    Rule("tags.artist", "artist tag", WARN, OURS, lambda l: "a name: no time or date", _artist),
    Rule("tags.cover", "cover art", FAIL, APPLE,
         lambda l: f"square JPEG/PNG, {l.min_cover_px}-{l.max_cover_px} px (when present)", _cover),
    Rule("loudness.integrated", "integrated loudness", FAIL, APPLE,
         lambda l: f"{l.target_lufs:.0f} +/- {l.lufs_tolerance:g} LUFS", _integrated),
    Rule("loudness.true_peak", "true peak", FAIL, APPLE, lambda l: f"<= {l.max_true_peak_dbtp:g} dBTP", _true_peak),
    Rule("loudness.clipping", "clipped samples", FAIL, OURS, lambda l: f"<= {l.max_clipped_samples}", _clipping),
    Rule("chapters.present", "chapters", WARN, OURS, lambda l: "at least one CHAP frame", _chapters_present),
    Rule("chapters.toc", "table of contents", FAIL, ID3,
         lambda l: "top-level ordered CTOC listing every chapter in time order", _toc),
    Rule("chapters.contiguous", "chapters contiguous", FAIL, OURS,
         lambda l: f"no gap or overlap over {l.chapter_tolerance_s * 1000:.0f} ms", _contiguous),
    Rule("chapters.inside", "chapters inside the file", FAIL, ID3,
         lambda l: "0 <= start < end <= duration", _inside),
    Rule("chapters.titles", "chapter titles", FAIL, OURS, lambda l: "every CHAP has a TIT2", _titles),
    Rule("chapters.loudness", "chapter loudness", FAIL, OURS,
         lambda l: f"within +/- {l.max_chapter_difference_lu:g} LU of the whole", _chapter_loudness),
    Rule("listening.pace", "speaking pace", FAIL, OURS,
         lambda l: f"{l.min_pace_wpm:.0f}-{l.max_pace_wpm:.0f} words/min of speech (pauses over "
                   f"{l.longest_breath_s:g} s left out)", _pace),
    Rule("listening.silence_in_chapter", "longest silence inside a chapter", FAIL, OURS,
         lambda l: f"<= {l.max_silence_in_chapter_s:g} s", _inner_silence),
    Rule("listening.silence_at_edges", "silence at start and end", WARN, OURS,
         lambda l: f"<= {l.max_edge_silence_s:g} s each", _edge_silence),
)


def judge(findings: Findings, limits: Limits | None = None) -> tuple[Result, ...]:
    limits = limits or Limits()
    return tuple(Result(rule, rule.limit(limits), rule.judge(findings, limits)) for rule in RULES)
