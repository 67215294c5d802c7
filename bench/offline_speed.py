"""How fast the offline engine speaks an article, and at what pace.

Prints, per run and as the median of several runs: diacritisation seconds,
synthesis seconds, audio seconds of the assembled edition (pauses included, as
``audio-edition check`` measures it), the ratio (diacritisation + synthesis)
/ audio, and words per minute counted on the undiacritised spoken text.

    .venv/bin/python bench/offline_speed.py [ARTICLE] [--runs 5] [--engine espeak]
                                            [--wpm N] [--piper-voice PATH.onnx]

The default article is the seed page (../shared/seeds/ beside the checkout, or seeds/ in $AUDIO_EDITION_SHARED).
No cache is used: every run synthesises every chunk.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from dataclasses import replace
from pathlib import Path

from audio.assemble import assemble
from audio_edition.pipeline import speech_style
from text.speech import plan_speech
from text.reader import read_article
from tts.base import SynthesisOptions
from tts.espeak import DEFAULT_WPM
from tts.registry import EngineSettings, create_engine
from tts.runner import synthesize_all

if __package__:
    from bench.shared_folder import SEED
else:  # run as a file (python bench/offline_speed.py): bench/ is on the path, the checkout is not
    from shared_folder import SEED


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import os

    return f"{platform.node()} {cpu}, {os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}"


def one_run(article, engine, options: SynthesisOptions) -> dict[str, float]:
    from text.diacritise import diacritise

    diacritise.cache_clear()  # every run diacritises every sentence
    started = time.perf_counter()
    parts = plan_speech(article, speech_style(engine))
    planned = time.perf_counter()
    texts = [chunk for part in parts for chunk in part.chunks]
    audio, _ = synthesize_all(engine, texts, options, cache=None, jobs=1)
    synthesised = time.perf_counter()

    from audio.timeline import Clip, SpokenPart

    position, spoken = 0, []
    for part in parts:
        clips = []
        for sentence in part.sentences:
            for index, _ in enumerate(sentence.chunks):
                clips.append(Clip(sentence.caption, audio[position], ends_sentence=index == len(sentence.chunks) - 1,
                                  breath_after=index in sentence.breaths))
                position += 1
        spoken.append(SpokenPart(part.kind, part.section, part.chapter_title, tuple(clips)))
    edition = assemble(spoken)
    words = len(" ".join(s.caption for part in parts for s in part.sentences).split())
    audio_seconds = edition.duration_ms / 1000
    speech_seconds = sum(len(a) for a in audio) / 1000
    return {
        "diacritise_s": planned - started,
        "synth_s": synthesised - planned,
        "audio_s": audio_seconds,
        "raw_speech_s": speech_seconds,
        "ratio": (synthesised - started) / audio_seconds,
        "wpm": words / (audio_seconds / 60),
        "words": words,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("article", nargs="?", default=str(SEED))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--engine", default="espeak", choices=("espeak", "piper"))
    parser.add_argument("--wpm", type=int, default=DEFAULT_WPM, help="espeak words per minute at rate 1.0")
    parser.add_argument("--piper-voice", type=Path)
    args = parser.parse_args()

    settings = EngineSettings()
    settings = replace(settings, espeak=replace(settings.espeak, words_per_minute=args.wpm),
                       piper_voice=args.piper_voice)
    started = time.perf_counter()
    engine = create_engine(args.engine, settings)
    engine.synthesize("تَحْمِيلٌ", SynthesisOptions())
    from text.diacritise import diacritise

    diacritise("تحميل")
    load_seconds = time.perf_counter() - started
    article = read_article(args.article)
    print(f"machine: {machine()}")
    print(f"engine:  {engine.identity()}")
    print(f"article: {args.article}")
    print(f"one-off load of the engine and the diacritiser: {load_seconds:.2f}s (not in the runs below)")
    rows = []
    for run in range(1, args.runs + 1):
        row = one_run(article, engine, SynthesisOptions())
        rows.append(row)
        print(f"run {run}: diacritise {row['diacritise_s']:.2f}s  synth {row['synth_s']:.2f}s  "
              f"audio {row['audio_s']:.1f}s  ratio {row['ratio']:.2%}  {row['wpm']:.0f} wpm ({row['words']:.0f} words)")
    median = {key: statistics.median(row[key] for row in rows) for key in rows[0]}
    print(f"median of {len(rows)}: diacritise {median['diacritise_s']:.2f}s  synth {median['synth_s']:.2f}s  "
          f"total {median['diacritise_s'] + median['synth_s']:.2f}s  audio {median['audio_s']:.1f}s  "
          f"ratio {median['ratio']:.2%}  pace {median['wpm']:.0f} words/min")


if __name__ == "__main__":
    main()
