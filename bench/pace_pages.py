"""The speaking pace `check` measures on offline editions of real pages, list-like and long-paragraph ones included.

Picks pages by their text, builds each with ``--engine espeak`` and runs ``check --json`` on the MP3, as a
user does (a process each, with the code of ``--code``), then prints per page and in all: the pace over the
whole file (``pace_wpm``, every pause in), the pace over speech (``speech_pace_wpm``, pauses over a breath
left out: what ``listening.pace`` judges; "-" for a checkout that does not measure it), the rule's
verdict, and the longest stretch read without a pause of a quarter second (what a listener hears as one
breath); the seed article is built too.

    .venv/bin/python bench/pace_pages.py [FOLDER ...] [--pages 40] [--code DIR] [--out DIR] [--jobs 2]

FOLDERs hold real pages (``*.txt``), default the shared corpus pages. The pages are picked by a script on
their text, spread over the folders (at most ``--per-folder`` from one): a quarter with the fewest words per
spoken part (headline, title or paragraph: list-like pages, where the pauses between parts weigh most),
a quarter with the longest run of words without a mark (what espeak reads in one breath), the rest at
random (seeded). Needs the shared folder (../shared beside the checkout, or $AUDIO_EDITION_SHARED); stops
with a message when it is absent.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

if __package__:
    from bench.shared_folder import CHECKOUT, SEED, SHARED, WHERE
else:  # run as a file (python bench/pace_pages.py): bench/ is on the path, the checkout is not
    from shared_folder import CHECKOUT, SEED, SHARED, WHERE

    sys.path.insert(0, str(CHECKOUT))

MARK = re.compile(r"[.!?؟…،؛:,;]")
PAUSE_S = 0.25
"""The shortest silence counted as a pause for the longest breathless stretch."""


@dataclass(frozen=True)
class Page:
    path: Path
    kind: str
    """"list" (fewest words per part), "long run" (longest unpunctuated run), "other" or "seed"."""
    words: int
    words_per_part: float
    longest_run: int


def describe(path: Path, kind: str = "other") -> Page | None:
    """The page's shape as the splitter reads it; None when it has no paragraph."""
    from text.chunk import split_sentences
    from text.reader import read_article

    article = read_article(str(path))
    paragraphs = [p for section in article.sections for p in section.paragraphs]
    if not paragraphs:
        return None
    parts = ([article.headline] if article.headline else []) + \
        [s.title for s in article.sections if s.title] + paragraphs
    words = sum(len(part.split()) for part in parts)
    runs = [len(run.split()) for part in parts for sentence in split_sentences(part) for run in MARK.split(sentence)]
    return Page(path, kind, words, words / len(parts), max(runs, default=0))


def pick(folders: list[Path], count: int, per_folder: int, min_words: int = 30) -> list[Page]:
    logging.disable(logging.WARNING)  # the splitter's notes about odd pages are not the bench's business
    pages = [page for folder in folders for path in sorted(folder.glob("*.txt"))
             if (page := describe(path)) is not None and page.words >= min_words]
    logging.disable(logging.NOTSET)
    used: dict[Path, int] = {}
    chosen: list[Page] = []

    def take(candidates: list[Page], wanted: int, kind: str) -> None:
        taken = 0
        for page in candidates:
            if taken == wanted:
                return
            if used.get(page.path.parent, 0) >= per_folder or any(c.path == page.path for c in chosen):
                continue
            used[page.path.parent] = used.get(page.path.parent, 0) + 1
            chosen.append(Page(page.path, kind, page.words, page.words_per_part, page.longest_run))
            taken += 1

    take(sorted(pages, key=lambda p: p.words_per_part), count // 4, "list")
    take(sorted(pages, key=lambda p: -p.longest_run), count // 4, "long run")
    shuffled = pages[:]
    random.Random(30).shuffle(shuffled)
    take(shuffled, count - len(chosen), "other")
    return chosen


def build_and_check(page: Page, code: Path, out: Path, number: int) -> dict:
    mp3 = out / f"{number:02d}.mp3"
    env = {**os.environ, "PYTHONPATH": str(code)}
    python = sys.executable
    built = subprocess.run([python, "-m", "audio_edition", "build", str(page.path), "--engine", "espeak", "-q",
                            "--no-check", "-o", str(mp3)], cwd=code, env=env, capture_output=True, text=True)
    if built.returncode != 0:
        return {"error": (built.stderr.strip().splitlines() or ["build failed"])[-1]}
    checked = subprocess.run([python, "-m", "audio_edition", "check", str(mp3), "--json"], cwd=code, env=env,
                             capture_output=True, text=True)
    try:
        report = json.loads(checked.stdout)
    except json.JSONDecodeError:
        return {"error": (checked.stderr.strip().splitlines() or ["check failed"])[-1]}
    rule = next(r for r in report["rules"] if r["id"] == "listening.pace")
    listening = report["listening"]
    return {"pace": listening["pace_wpm"], "speech_pace": listening.get("speech_pace_wpm"),
            "verdict": rule["verdict"], "limit": rule["limit"], "duration": report["format"]["duration_s"],
            "stretch": longest_stretch(mp3)}


def longest_stretch(mp3: Path) -> float:
    """Seconds of the longest stretch of sound with no silence of :data:`PAUSE_S` inside it."""
    import numpy as np

    from audio.check.findings import SILENCE_THRESHOLD_DBFS, measure
    from audio.check.silence import silent_windows

    _, measured = measure(mp3)
    silent = silent_windows(measured.power, SILENCE_THRESHOLD_DBFS)
    edges = np.diff(np.concatenate([[0], silent.astype(np.int8), [0]]))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    pauses = [(a, b) for a, b in zip(starts, ends) if (b - a) * measured.window_seconds >= PAUSE_S]
    sound = np.flatnonzero(~silent)
    if sound.size == 0:
        return 0.0
    bounds = [sound[0], *[edge for pause in pauses for edge in pause], sound[-1] + 1]
    stretches = [b - a for a, b in zip(bounds[::2], bounds[1::2])]
    return max(stretches) * measured.window_seconds


def summary(label: str, values: list[float], digits: int = 0) -> str:
    if not values:
        return f"{label}: none"
    return (f"{label}: min {min(values):.{digits}f}  median {statistics.median(values):.{digits}f}  "
            f"max {max(values):.{digits}f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--per-folder", type=int, default=2)
    parser.add_argument("--code", type=Path, default=CHECKOUT, help="checkout whose build and check run")
    parser.add_argument("--out", type=Path, help="keep the MP3s here (default: a temporary folder)")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    folders = args.folders or [SHARED / "corpus" / "pages"]
    missing = [folder for folder in [*folders, SEED] if not folder.exists()]
    if missing:
        print(f"skipped: {', '.join(map(str, missing))} not found (the shared folder is {WHERE})")
        return 0
    pages = pick(folders, args.pages, args.per_folder)
    seed = describe(SEED, "seed")
    if seed is not None:
        pages.append(seed)
    code = args.code.resolve()
    with tempfile.TemporaryDirectory() as scratch:
        out = args.out or Path(scratch)
        out.mkdir(parents=True, exist_ok=True)
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            results = list(pool.map(lambda item: build_and_check(item[1], code, out, item[0]),
                                    enumerate(pages, start=1)))
    print(f"code: {code}   pages: {len(pages) - 1} from {len(folders)} folders, and the seed")
    print(f"{'kind':8} {'words':>5} {'w/part':>6} {'run':>4} {'whole':>6} {'speech':>6}  verdict  "
          f"{'breath':>6}  page")
    for page, result in zip(pages, results):
        if "error" in result:
            print(f"{page.kind:8} {page.words:5d} {page.words_per_part:6.1f} {page.longest_run:4d}  error: "
                  f"{result['error']}  {page.path}")
            continue
        speech = f"{result['speech_pace']:6.1f}" if result["speech_pace"] is not None else f"{'-':>6}"
        print(f"{page.kind:8} {page.words:5d} {page.words_per_part:6.1f} {page.longest_run:4d} {result['pace']:6.1f} "
              f"{speech}  {result['verdict']:7}  {result['stretch']:5.1f}s  {page.path}")
    done = [(page, result) for page, result in zip(pages, results) if "error" not in result and page.kind != "seed"]
    print(f"\nlimit: {done[0][1]['limit'] if done else '?'}")
    print(summary("pace over the whole file ", [r["pace"] for _, r in done]))
    print(summary("pace over speech         ", [r["speech_pace"] for _, r in done if r["speech_pace"] is not None]))
    for kind in ("list", "long run", "other"):
        fails = [p for p, r in done if p.kind == kind and r["verdict"] == "fail"]
        print(f"listening.pace fails, {kind:8}: {len(fails)} of {sum(1 for p, _ in done if p.kind == kind)}")
    print(f"listening.pace fails in all: {sum(1 for _, r in done if r['verdict'] == 'fail')} of {len(done)}")
    print(summary("longest breathless stretch, s", [r["stretch"] for _, r in done], 1) +
          f"  (pages with one over 10 s: {sum(1 for _, r in done if r['stretch'] > 10)})")
    seed_result = results[-1] if seed is not None else None
    if seed_result and "error" not in seed_result:
        speech = seed_result["speech_pace"]
        print(f"seed: {seed_result['verdict']}, {seed_result['pace']:.1f} wpm over the whole file"
              + (f", {speech:.1f} over speech" if speech is not None else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
