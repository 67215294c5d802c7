"""The check's result as data (:meth:`CheckReport.to_json`) and as text lines for people.

JSON keys (stable; ``schema`` changes if any key's meaning does). Times are
seconds, loudness LUFS/LU/dB, and a figure that cannot be measured is null::

    schema            1
    file              the path checked
    verdict           "pass" | "warn" | "fail"   (worst rule verdict; skip counts as pass)
    format            {mpeg_version, layer, sample_rate, channels, channel_mode,
                       bitrate_kbps (average over audio frames), bitrate_mode ("CBR"|"VBR", from every frame header),
                       bitrates_kbps [distinct, ascending], vbr_header ("Xing"|"Info"|"VBRI"|null), encoder,
                       frames, declared_frames (the Xing/Info/VBRI count, or null), duration_s (decoded),
                       id3_version ("2.3.0"|null), id3v1, resyncs}
    loudness          {integrated_lufs, true_peak_dbtp (4x oversampled), sample_peak_dbfs,
                       loudness_range_lu (EBU Tech 3342), clipped_samples}
    chapters          {count, toc: [{id, top_level, ordered, children: [ids]}],
                       items: [{id, title, start_s, end_s, loudness_lufs, difference_lu,
                                longest_silence_s, longest_silence_at_s}]   (in time order)}
    tags              {title, artist, album, date, language, cover: {mime, width, height, bytes} | null}
    listening         {text_source ("USLT"|"vtt"|null), words, pace_wpm (first sound to last, every pause in),
                       speech_s (the same span less the pauses longer than longest_breath_s), pauses_left_out,
                       speech_pace_wpm (words per minute of speech_s: what listening.pace judges),
                       longest_breath_s, silence_start_s, silence_end_s,
                       longest_silence_in_chapter_s, longest_silence_at_s, silence_threshold_dbfs}
    rules             [{id, title, severity ("fail"|"warn"), source, limit, measured,
                        verdict ("pass"|"warn"|"fail"|"skip"), detail}]
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from audio.check.findings import Findings, find
from audio.check.live import LiveMeasure
from audio.check.rules import FAIL, PASS, SKIP, WARN, Limits, Result, judge, pauses

SCHEMA = 1


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


@dataclass(frozen=True)
class CheckReport:
    findings: Findings
    results: tuple[Result, ...]

    @property
    def failures(self) -> tuple[Result, ...]:
        return tuple(r for r in self.results if r.verdict == FAIL)

    @property
    def warnings(self) -> tuple[Result, ...]:
        return tuple(r for r in self.results if r.verdict == WARN)

    @property
    def verdict(self) -> str:
        return FAIL if self.failures else WARN if self.warnings else PASS

    def to_json(self) -> dict:
        f, s, t = self.findings, self.findings.stream, self.findings.tags
        return {
            "schema": SCHEMA,
            "file": str(f.path),
            "verdict": self.verdict,
            "format": {
                "mpeg_version": s.version, "layer": 3, "sample_rate": s.sample_rate, "channels": s.channels,
                "channel_mode": s.channel_mode, "bitrate_kbps": round(s.average_bitrate_kbps, 1),
                "bitrate_mode": s.bitrate_mode, "bitrates_kbps": list(s.bitrates), "vbr_header": s.vbr_header,
                "encoder": s.encoder, "frames": s.audio_frames, "declared_frames": s.declared_frames,
                "duration_s": round(f.duration_s, 3),
                "id3_version": s.id3v2_version, "id3v1": s.id3v1, "resyncs": s.resyncs,
            },
            "loudness": {
                "integrated_lufs": _round(f.integrated_lufs), "true_peak_dbtp": _round(f.true_peak_dbtp),
                "sample_peak_dbfs": _round(f.sample_peak_dbfs), "loudness_range_lu": _round(f.loudness_range_lu),
                "clipped_samples": f.clipped_samples,
            },
            "chapters": {
                "count": len(f.chapters),
                "toc": [{"id": toc.element_id, "top_level": toc.top_level, "ordered": toc.ordered,
                         "children": list(toc.child_ids)} for toc in f.tocs],
                "items": [{"id": c.element_id, "title": c.title, "start_s": c.start_s, "end_s": c.end_s,
                           "loudness_lufs": _round(c.loudness_lufs), "difference_lu": _round(c.difference_lu),
                           "longest_silence_s": _round(c.longest_silence_s),
                           "longest_silence_at_s": _round(c.longest_silence_at_s)} for c in f.chapters],
            },
            "tags": {
                "title": t.title, "artist": t.artist, "album": t.album, "date": t.date, "language": t.language,
                "cover": None if t.cover is None else {"mime": t.cover.mime, "width": t.cover.width,
                                                       "height": t.cover.height, "bytes": t.cover.bytes},
            },
            "listening": {
                "text_source": f.text_source, "words": f.words, "pace_wpm": _round(f.pace_wpm, 1),
                "speech_s": _round(f.speech_s), "pauses_left_out": f.pauses_left_out,
                "speech_pace_wpm": _round(f.speech_pace_wpm, 1), "longest_breath_s": f.longest_breath_s,
                "silence_start_s": _round(f.silence_start_s), "silence_end_s": _round(f.silence_end_s),
                "longest_silence_in_chapter_s": _round(f.longest_silence_s),
                "longest_silence_at_s": _round(f.longest_silence_at_s),
                "silence_threshold_dbfs": f.silence_threshold_dbfs,
            },
            "rules": [{"id": r.rule.id, "title": r.rule.title, "severity": r.rule.severity, "source": r.rule.source,
                       "limit": r.limit, "measured": r.outcome.measured, "verdict": r.verdict,
                       "detail": r.outcome.detail} for r in self.results],
        }

    def summary(self) -> str:
        """One line: the verdict and what is wrong, for the end of a build."""
        passed = sum(1 for r in self.results if r.verdict in (PASS, SKIP))
        text = f"check: {self.verdict.upper()} ({passed} of {len(self.results)} rules passed"
        problems = [f"{r.rule.id} {r.outcome.measured} (limit {r.limit})" for r in self.failures + self.warnings]
        return text + (")" if not problems else "; " + "; ".join(problems) + ")")

    def lines(self) -> list[str]:
        """The full report for a terminal."""
        f, s, t = self.findings, self.findings.stream, self.findings.tags
        out = [f"file:      {f.path}",
               f"format:    MPEG-{s.version} Layer III, {s.sample_rate} Hz, {s.channel_mode}, "
               f"{s.average_bitrate_kbps:.0f} kbps {s.bitrate_mode}"
               f"{f' ({s.vbr_header} header)' if s.vbr_header else ' (no Xing/Info header)'}, "
               f"{f.duration_s:.2f} s, {f'ID3v{s.id3v2_version}' if s.id3v2_version else 'no ID3v2'}",
               f"loudness:  {_show(f.integrated_lufs, 'LUFS')} integrated, {_show(f.true_peak_dbtp, 'dBTP')} true peak"
               f" ({_show(f.sample_peak_dbfs, 'dBFS')} sample peak), LRA {_show(f.loudness_range_lu, 'LU')}, "
               f"{f.clipped_samples} clipped samples",
               f"tags:      title {_quote(t.title)}, artist {_quote(t.artist)}, album {_quote(t.album)}, "
               f"date {_quote(t.date)}, language {_quote(t.language)}, cover "
               + (f"{t.cover.width}x{t.cover.height} {t.cover.mime}" if t.cover else "none"),
               f"chapters:  {len(f.chapters)}" + (", CTOC " + ("present" if f.tocs else "missing") if f.chapters
                                                  else "")]
        for c in f.chapters:
            out.append(f"  {c.start_s:8.2f}-{c.end_s:8.2f} s  {_show(c.loudness_lufs, 'LUFS'):>11} "
                       f"({'n/a' if c.difference_lu is None else f'{c.difference_lu:+.1f} LU'}), "
                       f"longest pause {c.longest_silence_s:.2f} s  {c.title or '(untitled)'}")
        pace = (f"{f.speech_pace_wpm:.0f} wpm over {f.speech_s:.1f} s of speech, {f.pace_wpm:.0f} with the "
                f"{pauses(f)} ({f.words} words from {f.text_source})"
                if f.speech_pace_wpm is not None and f.pace_wpm is not None else "unknown (no spoken text)")
        out.append(f"listening: pace {pace}, silence at start {f.silence_start_s:.2f} s, end {f.silence_end_s:.2f} s, "
                   f"longest inside a chapter {f.longest_silence_s:.2f} s")
        out.append("rules:")
        for r in self.results:
            detail = f"  [{r.outcome.detail}]" if r.outcome.detail and r.verdict in (FAIL, WARN) else ""
            out.append(f"  {r.verdict.upper():4}  {r.rule.id:30} {r.outcome.measured}  (limit: {r.limit}; "
                       f"{r.rule.source}){detail}")
        out.append(self.summary())
        return out


def _show(value: float | None, unit: str) -> str:
    return "n/a" if value is None else f"{value:.1f} {unit}"


def _quote(value: str | None) -> str:
    return f"'{value}'" if value else "(missing)"


def check_file(path: str | Path, limits: Limits | None = None, *, live: LiveMeasure | None = None) -> CheckReport:
    """Measure and judge one MP3 (InputError when it cannot be read as one); ``live``: the measures taken
    while it was encoded (:mod:`audio.check.live`), used where they are this file's."""
    limits = limits or Limits()
    findings = find(Path(path), silence_threshold_dbfs=limits.silence_threshold_dbfs,
                    chapter_tolerance_s=limits.chapter_tolerance_s, longest_breath_s=limits.longest_breath_s,
                    live=live)
    return CheckReport(findings, judge(findings, limits))
