"""``audio-edition watch``: run ``batch`` on the same inputs every so often, until stopped.

Each poll is one :func:`~audio_edition.publish.batch.run_batch`: feeds are read (conditionally), new and
corrected articles are made, the feed and pages are rewritten. A poll that fails (the network is down, the
lexicon was deleted) is reported and the next poll comes as planned; only the first poll's errors end the
watch, since they are the user's mistakes (a wrong option or file). Stopping (Ctrl-C, or SIGTERM turned into
KeyboardInterrupt by the caller) abandons the article being made (its files are removed, nothing
half-written is left) and rewrites the feed from the complete episodes, so the feed is always valid.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from audio_edition.errors import AudioEditionError, InputError
from audio_edition.publish.batch import BatchOptions, BatchReport, publish, run_batch
from audio_edition.publish.feed import Channel, load_channel

log = logging.getLogger(__name__)

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """Seconds from '30s', '10m', '1h', '1h30m' or a bare number of seconds."""
    compact = text.strip().lower()
    position, total = 0, 0.0
    while position < len(compact):
        match = _DURATION.match(compact, position)
        if not match:
            raise InputError(f"{text!r} is not a duration (like 30s, 10m, 1h or 1h30m)")
        total += float(match.group(1)) * _UNITS[match.group(2)]
        position = match.end()
    if not compact or total <= 0:
        raise InputError(f"{text!r} is not a duration (like 30s, 10m, 1h or 1h30m)")
    return total


def describe_duration(seconds: float) -> str:
    """'10m', '1h30m', '45s': the way --every is written."""
    whole = round(seconds)
    if whole != seconds or whole < 60:
        return f"{seconds:g}s"
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        count, whole = divmod(whole, size)
        if count:
            parts.append(f"{count}{unit}")
    return "".join(parts)


@dataclass(frozen=True)
class Poll:
    number: int
    started: float
    """time.time() when it began."""
    report: BatchReport | None
    error: AudioEditionError | None = None


def watch(inputs: Iterable[str], options: BatchOptions, channel: Channel, *, every: float,
          on_poll: Callable[[Poll], None], clock: Callable[[], float] = time.time,
          sleep: Callable[[float], None] = time.sleep) -> int:
    """Poll until KeyboardInterrupt; returns the number of polls begun. The feed is rewritten on the way out."""
    inputs = list(inputs)
    number = 0
    try:
        while True:
            number += 1
            started = clock()
            try:
                report = run_batch(inputs, options, channel)
            except AudioEditionError as error:
                if number == 1:
                    raise
                on_poll(Poll(number, started, None, error))
            else:
                on_poll(Poll(number, started, report))
            missed, _ = divmod(clock() - started, every)  # a poll longer than the interval skips the slots it ran over
            sleep(max(0.0, started + (missed + 1) * every - clock()))
    except KeyboardInterrupt:
        saved = load_channel(options.outdir)
        if saved is not None:
            publish(options.outdir, saved)
        return number
