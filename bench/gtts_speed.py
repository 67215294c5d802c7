"""How much parallel requests speed up the gTTS engine, and what a cached rerun costs.

Runs the seed article's chunks through our GttsEngine (real gtts code, real HTTP)
against the fake Google on 127.0.0.1 with added latency per request, one by one
and with several jobs, checks that every run gives the same audio in the same
order, then times a rerun from a warm cache. Prints medians of several runs.

    .venv/bin/python -m bench.gtts_speed [--latency 0.3] [--runs 3] [--jobs 1 4 8]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

from audio_edition.pipeline import speech_style
from bench.shared_folder import SEED, WHERE
from text.speech import plan_speech
from tests.support.fake_google import FakeGoogle, dominant_hz, tone_hz, tone_mp3
from text.reader import read_article
from tts.base import SynthesisOptions
from tts.cache import SpeechCache
from tts.gtts_engine import GttsConfig, GttsEngine
from tts.runner import synthesize_all

OPTIONS = SynthesisOptions(lang="ar")


def seed_chunks(article: Path, engine: GttsEngine) -> list[str]:
    parts = plan_speech(read_article(str(article)), speech_style(engine))
    return [chunk for part in parts for chunk in part.chunks]


def timed_run(engine: GttsEngine, texts: list[str], jobs: int, cache: SpeechCache | None,
              google: FakeGoogle) -> tuple[float, int, list[bytes]]:
    google.reset()
    started = time.perf_counter()
    audio, _ = synthesize_all(engine, texts, OPTIONS, cache=cache, jobs=jobs)
    seconds = time.perf_counter() - started
    return seconds, len(google.requests), [segment.raw_data for segment in audio]


def in_text_order(texts: list[str], clips: list[bytes]) -> bool:
    return all(abs(dominant_hz(clip) - tone_hz(text)) < 5 for text, clip in zip(texts, clips, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--article", type=Path, default=SEED)
    parser.add_argument("--latency", type=float, default=0.3, help="seconds added to every request")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 4, 8])
    args = parser.parse_args()
    if not args.article.is_file():
        raise SystemExit(f"{args.article}: not found (the seed article lives in seeds/ of {WHERE})")

    with FakeGoogle(latency=args.latency) as google:
        engine = GttsEngine(GttsConfig(base_url=google.base_url))
        texts = seed_chunks(args.article, engine)
        for text in texts:
            tone_mp3(text)  # the server encodes each answer once; keep that out of the timings
        print(f"machine: {platform.node()}, {os.cpu_count()} CPUs, {platform.processor() or platform.machine()}, "
              f"Python {platform.python_version()}, load {os.getloadavg()[0]:.1f}")
        print(f"article: {args.article.name}, {len(texts)} chunks ({len(set(texts))} distinct), "
              f"{sum(map(len, texts))} characters; fake endpoint latency {args.latency * 1000:.0f} ms; "
              f"median of {args.runs} runs\n")
        print(f"{'jobs':>4}  {'median s':>8}  {'min s':>6}  {'max s':>6}  {'speed-up':>8}  {'requests':>8}  same audio")
        reference: list[bytes] | None = None
        baseline = None
        for jobs in args.jobs:
            runs = [timed_run(engine, texts, jobs, None, google) for _ in range(args.runs)]
            seconds = [run[0] for run in runs]
            median = statistics.median(seconds)
            baseline = baseline or median
            reference = reference or runs[0][2]
            same = all(run[2] == reference for run in runs) and in_text_order(texts, runs[0][2])
            print(f"{jobs:>4}  {median:8.2f}  {min(seconds):6.2f}  {max(seconds):6.2f}  {baseline / median:7.1f}x"
                  f"  {runs[0][1]:>8}  {'yes' if same else 'NO'}")

        with tempfile.TemporaryDirectory() as folder:
            cache = SpeechCache(Path(folder))
            fill_seconds, fill_requests, _ = timed_run(engine, texts, max(args.jobs), cache, google)
            reruns = [timed_run(engine, texts, max(args.jobs), cache, google) for _ in range(args.runs)]
        same = all(run[2] == reference for run in reruns)
        print(f"\ncold cache: {fill_seconds:.2f}s, {fill_requests} requests")
        print(f"warm rerun: median {statistics.median(run[0] for run in reruns):.3f}s of synthesis, "
              f"{max(run[1] for run in reruns)} requests, same audio: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
