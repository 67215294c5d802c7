"""Time and peak memory to assemble, level and encode 5-, 20- and 60-minute editions.

Each run happens in a fresh subprocess (peak RSS is per process), from
synthetic parts: one distinct 24 kHz clip per part (gTTS's rate), padded with
silence like real engine output, 1,600 parts per hour. Prints the median of
several runs per size, and the CPU time per minute of audio (flat = linear).
"RSS in" is the process before assembly (interpreter, numpy, the clips);
"peak RSS" is the whole run's maximum.

    python bench/assemble_memory.py [--runs 3] [--minutes 5 20 60]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time

PARTS_PER_HOUR = 1600
RATE = 24000
PADDING_S = (0.15, 0.2)


def synthetic_parts(minutes: float):
    import numpy as np

    from audio.timeline import Clip, Pauses, SpokenPart
    from tts.base import pcm_segment

    pauses = Pauses()
    count = max(1, round(PARTS_PER_HOUR * minutes / 60))
    speech_s = minutes * 60 / count - pauses.paragraph
    rng = np.random.default_rng(0)
    parts = []
    for index in range(count):
        frames = int(speech_s * RATE)
        time_s = np.arange(frames, dtype=np.float32) / RATE
        syllables = 0.5 + 0.5 * np.sin(2 * np.pi * 4 * time_s + index)  # a 4 Hz speech-like envelope
        voice = np.sin(2 * np.pi * (120 + index % 80) * time_s) + 0.3 * rng.standard_normal(frames, dtype=np.float32)
        speech = (0.2 * (0.5 + index % 5 / 5) * syllables * voice).astype(np.float32)
        padded = np.concatenate([np.zeros(int(PADDING_S[0] * RATE), np.float32), speech,
                                 np.zeros(int(PADDING_S[1] * RATE), np.float32)])
        pcm = np.clip(np.round(padded * 32767), -32768, 32767).astype(np.int16)
        clip = Clip(f"جملة {index}.", pcm_segment(pcm.tobytes(), RATE))
        parts.append(SpokenPart("paragraph", 1 + index // 20, f"قسم {1 + index // 20}", (clip,)))
    return parts, pauses


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_s() -> float:
    """This process's CPU seconds and its finished children's (the encoder is an ffmpeg process)."""
    return sum(usage.ru_utime + usage.ru_stime for usage in (resource.getrusage(resource.RUSAGE_SELF),
                                                             resource.getrusage(resource.RUSAGE_CHILDREN)))


def one_run(minutes: float) -> dict:
    from audio.assemble import assemble
    from audio.encode import encode_edition

    parts, pauses = synthetic_parts(minutes)
    rss_parts = rss_mb()
    started, cpu_started = time.perf_counter(), cpu_s()
    edition = assemble(parts, pauses)
    assembled = time.perf_counter()
    with tempfile.TemporaryFile() as handle:
        size = encode_edition(edition, handle)
    finished = time.perf_counter()
    return {"minutes": minutes, "audio_minutes": edition.duration_ms / 60000, "parts": len(parts),
            "assemble_s": assembled - started, "level_encode_s": finished - assembled,
            "total_s": finished - started, "cpu_s": cpu_s() - cpu_started, "mp3_mb": size / 2**20,
            "rss_with_parts_mb": rss_parts, "peak_rss_mb": rss_mb()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--minutes", type=float, nargs="+", default=[5, 20, 60])
    parser.add_argument("--one", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(one_run(args.one)))
        return 0
    print(f"{'minutes':>7} {'parts':>5} {'assemble s':>10} {'level+encode s':>14} {'total s':>8} "
          f"{'CPU s':>7} {'CPU s/audio min':>15} {'RSS in MB':>12} {'peak RSS MB':>11}")
    for minutes in args.minutes:
        runs = []
        for _ in range(args.runs):
            output = subprocess.run([sys.executable, __file__, "--one", str(minutes)], capture_output=True,
                                    text=True, check=True).stdout
            runs.append(json.loads(output))
        median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        print(f"{median['audio_minutes']:7.1f} {median['parts']:5.0f} {median['assemble_s']:10.2f} "
              f"{median['level_encode_s']:14.1f} {median['total_s']:8.1f} {median['cpu_s']:7.1f} "
              f"{median['cpu_s'] / median['audio_minutes']:15.2f} {median['rss_with_parts_mb']:12.0f} "
              f"{median['peak_rss_mb']:11.0f}", flush=True)
    print(f"(median of {args.runs} runs each, every run in its own process; wall times depend on the load of a "
          "shared machine, CPU seconds much less)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
