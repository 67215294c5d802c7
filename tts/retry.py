"""Retrying a flaky network call: exponential backoff with jitter, honouring Retry-After.

An attempt signals what went wrong by raising :class:`TransientFailure` (worth
another try: 429, 5xx, timeouts, dropped connections, damaged answers) or
:class:`PermanentFailure` (a retry cannot help: 403, 404, a bad URL). When the
tries run out, the last cause becomes the "probable cause" of a SynthesisError.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from audio_edition.errors import InputError, SynthesisError

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True, kw_only=True)
class RetryPolicy:
    retries: int = 3
    """Tries after the first one."""
    base_delay: float = 1.0
    """Wait before the first retry; doubled for each further retry."""
    max_delay: float = 20.0
    """Longest backoff wait between two tries."""
    max_retry_after: float = 120.0
    """Longest Retry-After we honour; a server asking for more makes us give up."""

    def __post_init__(self) -> None:
        if not 0 <= self.retries <= 20:
            raise InputError(f"retries must be between 0 and 20, not {self.retries}")
        if self.base_delay < 0 or self.max_delay < self.base_delay:
            raise InputError("retry delays must satisfy 0 <= base_delay <= max_delay")
        if self.max_retry_after < 0:
            raise InputError("max_retry_after must not be negative")

    @property
    def attempts(self) -> int:
        return self.retries + 1

    def backoff(self, retry: int, rng: random.Random) -> float:
        """Wait before retry number ``retry`` (1-based): base * 2^(retry-1), capped,
        with "equal jitter" (half fixed, half random) so parallel workers spread out."""
        ceiling = min(self.max_delay, self.base_delay * 2 ** (retry - 1))
        return ceiling / 2 + rng.uniform(0, ceiling / 2)


class TransientFailure(Exception):
    """One attempt failed in a way that may pass on its own."""

    def __init__(self, cause: str, *, retry_after: float | None = None) -> None:
        super().__init__(cause)
        self.cause = cause
        self.retry_after = retry_after


class PermanentFailure(Exception):
    """One attempt failed in a way no retry can fix."""

    def __init__(self, cause: str) -> None:
        super().__init__(cause)
        self.cause = cause


class Cooldown:
    """A pause shared by every worker of one engine.

    After a 429 with Retry-After, no worker sends anything until the wait is
    over: the limit is per client address, so one worker's 429 concerns all.
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._until = 0.0

    def hold(self, seconds: float) -> None:
        with self._lock:
            self._until = max(self._until, self._clock() + seconds)

    def wait(self) -> None:
        while True:
            with self._lock:
                remaining = self._until - self._clock()
            if remaining <= 0:
                return
            self._sleep(remaining)


class InFlight:
    """How many requests an engine's workers may have in flight: as many as the runner sends, until the
    service first answers 429 or 5xx; from then on, for the rest of the run, half the most seen in flight.

    The runner starts with more requests at once than a service may like (a 300 ms round trip would
    otherwise dominate); one sign of overload is enough to back off, and a service that keeps refusing
    is then handled by the retries and the shared :class:`Cooldown`.
    """

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._busy = 0
        self._most = 0
        self.limit: int | None = None
        """None until the first back-off."""

    @contextmanager
    def slot(self) -> Iterator[None]:
        """Hold one of the places in flight for the duration of a request."""
        with self._condition:
            while self.limit is not None and self._busy >= self.limit:
                self._condition.wait()
            self._busy += 1
            self._most = max(self._most, self._busy)
        try:
            yield
        finally:
            with self._condition:
                self._busy -= 1
                self._condition.notify()

    def back_off(self, what: str) -> None:
        """The service is overloaded or limiting us: halve the requests in flight (once per run)."""
        with self._condition:
            if self.limit is not None:
                return
            self.limit = max(1, self._most // 2)
        log.warning("%s: the service is refusing or failing requests; %d requests in flight from now on",
                    what, self.limit)


def run_with_retries(
    attempt: Callable[[], T],
    policy: RetryPolicy,
    *,
    what: str,
    cooldown: Cooldown | None = None,
    sleep: Callable[[float], None] = time.sleep,
    rng: random.Random | None = None,
) -> T:
    """``attempt()``'s result, trying again on TransientFailure as the policy allows.

    Raises SynthesisError naming ``what`` failed, after how many tries, and the last cause.
    """
    rng = rng or random.Random()
    for number in range(1, policy.attempts + 1):
        if cooldown is not None:
            cooldown.wait()
        try:
            return attempt()
        except PermanentFailure as failure:
            raise SynthesisError(f"{what} failed", cause=failure.cause) from failure
        except TransientFailure as failure:
            if number == policy.attempts:
                tries = "1 try" if number == 1 else f"{number} tries"
                raise SynthesisError(f"{what} failed after {tries}", cause=failure.cause) from failure
            delay = policy.backoff(number, rng)
            if failure.retry_after is not None:
                if failure.retry_after > policy.max_retry_after:
                    raise SynthesisError(
                        f"{what} failed", cause=f"{failure.cause}; the server asks to wait "
                        f"{failure.retry_after:.0f}s, longer than the {policy.max_retry_after:.0f}s we wait"
                    ) from failure
                if cooldown is not None:
                    cooldown.hold(failure.retry_after)
                delay = max(delay, failure.retry_after)
            log.info("%s: try %d of %d failed (%s); retrying in %.1fs",
                     what, number, policy.attempts, failure.cause, delay)
            sleep(delay)
    raise AssertionError("unreachable: the loop returns or raises")  # pragma: no cover
