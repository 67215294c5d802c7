"""Synthesise many chunks: cache first, a bounded number in flight, results in order."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Sized
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass

from audio_edition.errors import AudioEditionError, EngineUnavailable, SynthesisError
from audio_edition.ffmpeg import AudioSegment
from tts.base import Engine, Speech, SynthesisOptions, reports_word_timings, synthesize_speech
from tts.cache import SpeechCache, cache_key

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

DEFAULT_JOBS = 16
"""Requests in flight at first. A network engine spends most of a request
waiting: 16 keep a 300 ms round trip from dominating (bench/end_to_end.py).
At the service's first 429 or 5xx, gtts and the keyed services halve it for the
rest of the run (``tts.retry.InFlight``). Offline engines speak one chunk at a time."""

EXCERPT_CHARS = 40


@dataclass(frozen=True)
class RunStats:
    chunks: int
    synthesised: int
    """Engine calls made (identical chunks are synthesised once)."""
    from_cache: int


def cache_identity(engine: Engine) -> str:
    """Engine name plus its own identity (voice, settings, package version)."""
    return f"{engine.name}\x1f{engine.identity()}"


def describe_chunk(text: str, label: str) -> str:
    excerpt = text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS].rstrip() + "…"
    return f"{label}: «{excerpt}»"


def synthesize_all(
    engine: Engine,
    texts: Iterable[str],
    options: SynthesisOptions,
    *,
    cache: SpeechCache | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    labels: Iterable[str] | None = None,
) -> tuple[list[AudioSegment], RunStats]:
    """Audio for each text, in order: :func:`synthesize_speech_all` without the word timings."""
    speech, stats = synthesize_speech_all(engine, texts, options, cache=cache, jobs=jobs, progress=progress,
                                          labels=labels)
    return [clip.audio for clip in speech], stats


def synthesize_speech_all(
    engine: Engine,
    texts: Iterable[str],
    options: SynthesisOptions,
    *,
    cache: SpeechCache | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    labels: Iterable[str] | None = None,
) -> tuple[list[Speech], RunStats]:
    """Speech for each text, in order, with word timings where the engine reports them.

    ``texts`` (and ``labels``) may be generators: each text is looked up and
    started as soon as it arrives, so speech is made while the later texts are
    still being prepared (meanwhile progress counts the texts arrived so far).
    Each finished chunk is cached at once (by the worker that made it), so a run
    that fails halfway keeps its work and the rerun only makes what is missing.
    On the first failure no new chunk is started; the ones in flight finish (and
    are cached), then SynthesisError names the failing part. EngineUnavailable
    (e.g. a service refused the key) concerns every part and is raised as it is.
    """
    if isinstance(texts, Sized) and isinstance(labels, Sized) and len(labels) != len(texts):
        raise ValueError("labels must match texts one to one")
    timed = reports_word_timings(engine)
    identity = cache_identity(engine)
    results: list[Speech | None] = []
    chunk_texts: list[str] = []
    chunk_labels: list[str] = []
    keys: list[str] = []
    pending: dict[str, list[int]] = {}
    futures: dict[Future[Speech | None], list[int]] = {}
    from_cache = 0
    stop = threading.Event()  # set on the first failure: queued chunks are skipped, not started

    def make(index: int) -> Speech | None:
        if stop.is_set():
            return None
        try:
            speech = synthesize_speech(engine, chunk_texts[index], options)
        except EngineUnavailable:
            stop.set()
            raise
        except AudioEditionError as error:
            stop.set()
            where = describe_chunk(chunk_texts[index], chunk_labels[index])
            failure = SynthesisError(str(error), part=where)
            failure.cause = getattr(error, "cause", None)
            raise failure from error
        except BaseException:
            stop.set()
            raise
        if cache:
            cache.put_speech(keys[index], speech, timed=timed)
        return speech

    finished: dict[str, Speech] = {}  # made in this run, by key
    waiting: set[Future[Speech | None]] = set()
    done = 0

    def take(future: Future[Speech | None]) -> None:
        """Record a finished chunk (raising its failure, if it failed)."""
        nonlocal done
        speech = future.result()
        if speech is None:
            return  # skipped after another chunk failed; that failure is still to come
        finished[keys[futures[future][0]]] = speech
        for index in futures[future]:
            results[index] = speech
            done += 1

    pool = ThreadPoolExecutor(max_workers=max(1, jobs), thread_name_prefix="tts")  # threads start as needed
    try:
        label_list = iter(labels) if labels is not None else None
        for index, text in enumerate(texts):
            label = next(label_list, None) if label_list is not None else f"chunk {index + 1}"
            if label is None:
                raise ValueError("labels must match texts one to one")
            chunk_texts.append(text)
            chunk_labels.append(label)
            key = cache_key(identity, options, text)
            keys.append(key)
            speech = finished.get(key) or (cache.get_speech(key, timed=timed) if cache else None)
            results.append(speech)
            if speech is not None:
                from_cache += key not in finished
                done += 1
            elif key in pending:
                pending[key].append(index)  # identical chunks are synthesised once
            elif stop.is_set():
                break  # a chunk failed: its error is raised below
            else:
                future = pool.submit(make, index)
                pending[key] = futures[future] = [index]
                waiting.add(future)
            for future in [future for future in waiting if future.done()]:  # progress while texts still arrive
                waiting.discard(future)
                take(future)
            if progress:
                progress(done, len(chunk_texts))
        if label_list is not None and not stop.is_set() and next(label_list, None) is not None:
            raise ValueError("labels must match texts one to one")
        log.info("%d chunks: %d from cache, %d to synthesise with %s", len(chunk_texts), from_cache, len(pending),
                 engine.name)
        if progress:
            progress(done, len(chunk_texts))
        for future in as_completed(waiting):
            take(future)
            if progress:
                progress(done, len(chunk_texts))
    finally:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
    made = [speech for speech in results if speech is not None]
    if len(made) != len(results):
        raise SynthesisError("some chunks produced no audio")
    return made, RunStats(chunks=len(results), synthesised=len(pending), from_cache=from_cache)
