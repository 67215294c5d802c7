"""Synthesise many chunks: cache first, a bounded number in flight, results in order."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass

from audio_edition.errors import AudioEditionError, SynthesisError
from audio_edition.ffmpeg import AudioSegment
from tts.base import Engine, SynthesisOptions
from tts.cache import SpeechCache, cache_key

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RunStats:
    chunks: int
    synthesised: int
    from_cache: int


def synthesize_all(
    engine: Engine,
    texts: Sequence[str],
    options: SynthesisOptions,
    *,
    cache: SpeechCache | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    labels: Sequence[str] | None = None,
) -> tuple[list[AudioSegment], RunStats]:
    """Audio for each text, in order. Each finished chunk is cached at once, so a
    run that fails halfway keeps its work and the rerun only makes what is missing."""
    total = len(texts)
    results: list[AudioSegment | None] = [None] * total
    identity = engine.identity()
    keys = [cache_key(identity, options, text) for text in texts]
    done = 0

    def report() -> None:
        if progress:
            progress(done, total)

    pending: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        cached = cache.get(key) if cache else None
        if cached is not None:
            results[index] = cached
            done += 1
        else:
            pending.setdefault(key, []).append(index)
    from_cache = done
    report()

    def make(index: int) -> AudioSegment:
        try:
            audio = engine.synthesize(texts[index], options)
        except AudioEditionError as error:
            label = labels[index] if labels else f"chunk {index + 1}"
            if isinstance(error, SynthesisError) and error.part:
                raise
            raise SynthesisError(str(error), part=label) from error
        if cache:
            cache.put(keys[index], audio)
        return audio

    workers = max(1, min(jobs, len(pending) or 1))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="tts") as pool:
        futures = {pool.submit(make, indexes[0]): indexes for indexes in pending.values()}
        remaining = set(futures)
        while remaining:
            finished, remaining = wait(remaining, return_when=FIRST_EXCEPTION)
            for future in finished:
                error = future.exception()
                if error is not None:
                    for other in remaining:
                        other.cancel()
                    raise error
                for index in futures[future]:
                    results[index] = future.result()
                    done += 1
                report()
    audio = [segment for segment in results if segment is not None]
    if len(audio) != total:
        raise SynthesisError("some chunks produced no audio")
    return audio, RunStats(chunks=total, synthesised=len(pending), from_cache=from_cache)
