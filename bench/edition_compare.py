"""Hold editions made by one version of the tool against the same editions made by another.

Each folder holds CASE/edition.mp3 with its .vtt (``bench/end_to_end.py --keep DIR`` makes them). Build
both from one speech cache (``--cache-dir``): espeak and the diacritiser do not give the same speech on
every run (chapter times move 20-60 ms between two runs of the same version without a cache).
For every case in both, prints and judges: the check verdict of the new edition, integrated
loudness (within 0.3 LU of the reference), true peak after decoding (at most -1 dBTP), chapter
starts and transcript cue times (within 10 ms), and the text of every ID3 text frame, chapter
titles and the lyrics (byte-identical).

    .venv/bin/python -m bench.edition_compare REFERENCE_DIR NEW_DIR

Exit status 1 when any case misses a limit.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from audio.check import check_file
from audio.sidecars import read_webvtt

LOUDNESS_LU = 0.3
TIME_MS = 10
MAX_TRUE_PEAK = -1.0


def tag_texts(path: Path) -> dict[str, bytes]:
    """Every text-bearing ID3 frame, chapter titles included, as UTF-8 bytes."""
    from mutagen.id3 import ID3

    tags = ID3(str(path))
    texts: dict[str, bytes] = {}
    for key, frame in tags.items():
        if hasattr(frame, "text"):
            value = frame.text if isinstance(frame.text, str) else "\x00".join(map(str, frame.text))
            texts[key] = value.encode("utf-8")
        if key.startswith("CHAP"):
            for sub_key, sub in frame.sub_frames.items():
                texts[f"{key}/{sub_key}"] = "\x00".join(map(str, sub.text)).encode("utf-8")
    return texts


def compare(reference: Path, new: Path) -> list[str]:
    """Misses, one line each (empty: the new edition is as good)."""
    misses = []
    old_report, new_report = check_file(reference / "edition.mp3"), check_file(new / "edition.mp3")
    old, now = old_report.findings, new_report.findings
    print(f"  check {old_report.verdict} -> {new_report.verdict}; loudness {old.integrated_lufs:.2f} -> "
          f"{now.integrated_lufs:.2f} LUFS; true peak {old.true_peak_dbtp:.2f} -> {now.true_peak_dbtp:.2f} dBTP; "
          f"duration {old.duration_s:.3f} -> {now.duration_s:.3f} s")
    if new_report.failures:
        misses.append("check fails: " + ", ".join(r.rule.id for r in new_report.failures))
    if abs(now.integrated_lufs - old.integrated_lufs) > LOUDNESS_LU:
        misses.append(f"loudness moved {now.integrated_lufs - old.integrated_lufs:+.2f} LU")
    if now.true_peak_dbtp > MAX_TRUE_PEAK:
        misses.append(f"true peak {now.true_peak_dbtp:.2f} dBTP")
    starts = ([(round(c.start_s * 1000), round(c.end_s * 1000)) for c in old.chapters],
              [(round(c.start_s * 1000), round(c.end_s * 1000)) for c in now.chapters])
    worst = max((abs(a - b) for x, y in zip(*starts) for a, b in zip(x, y)), default=0)
    print(f"  {len(starts[1])} chapters, largest move {worst} ms", end="")
    if len(starts[0]) != len(starts[1]) or worst > TIME_MS:
        misses.append(f"chapters differ ({len(starts[0])} -> {len(starts[1])}, {worst} ms)")
    cues = [read_webvtt((folder / "edition.vtt").read_text(encoding="utf-8")) for folder in (reference, new)]
    worst = max((max(abs(a.start_ms - b.start_ms), abs(a.end_ms - b.end_ms))
                 for a, b in zip(*cues)), default=0)
    print(f"; {len(cues[1])} cues, largest move {worst} ms", end="")
    if len(cues[0]) != len(cues[1]) or worst > TIME_MS or [c.text for c in cues[0]] != [c.text for c in cues[1]]:
        misses.append(f"transcript differs ({len(cues[0])} -> {len(cues[1])} cues, {worst} ms)")
    texts = tag_texts(reference / "edition.mp3"), tag_texts(new / "edition.mp3")
    differing = sorted(key for key in set(texts[0]) | set(texts[1]) if texts[0].get(key) != texts[1].get(key))
    print(f"; {len(texts[1])} tag texts, {len(differing)} differ")
    if differing:
        misses.append("tag text differs: " + ", ".join(differing))
    return misses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("reference", type=Path)
    parser.add_argument("new", type=Path)
    args = parser.parse_args()
    cases = sorted(p.name for p in args.reference.iterdir() if (args.new / p.name / "edition.mp3").is_file())
    if not cases:
        raise SystemExit("no case in both folders (CASE/edition.mp3)")
    failed = False
    for case in cases:
        print(f"{case}:")
        misses = compare(args.reference / case, args.new / case)
        for miss in misses:
            print(f"  MISS {miss}")
        failed |= bool(misses)
    print("same quality" if not failed else "quality differs")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
