"""Backoff, jitter, Retry-After and the shared cooldown (no network, no real waiting)."""

from __future__ import annotations

import random

import pytest

from audio_edition.errors import InputError, SynthesisError
from tts.gtts_engine import parse_retry_after
from tts.retry import Cooldown, PermanentFailure, RetryPolicy, TransientFailure, run_with_retries


class Script:
    """An attempt that fails with the given failures, then returns 'done'."""

    def __init__(self, *failures: Exception) -> None:
        self.failures = list(failures)
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.failures:
            raise self.failures.pop(0)
        return "done"


def run(script: Script, policy: RetryPolicy, **kwargs) -> tuple[str, list[float]]:
    waits: list[float] = []
    result = run_with_retries(script, policy, what="test call", sleep=waits.append,
                              rng=random.Random(1), **kwargs)
    return result, waits


def test_backoff_doubles_from_the_base_delay_with_jitter_in_the_upper_half():
    policy = RetryPolicy(retries=4, base_delay=1.0, max_delay=100)
    result, waits = run(Script(*[TransientFailure("busy")] * 4), policy)
    assert result == "done"
    for retry, wait in enumerate(waits, start=1):
        ceiling = 2 ** (retry - 1)
        assert ceiling / 2 <= wait <= ceiling


def test_backoff_never_exceeds_the_maximum_delay():
    policy = RetryPolicy(retries=8, base_delay=1.0, max_delay=3.0)
    _, waits = run(Script(*[TransientFailure("busy")] * 8), policy)
    assert max(waits) <= 3.0


def test_jitter_spreads_the_waits_of_parallel_workers():
    policy = RetryPolicy(retries=1, base_delay=1.0)
    waits = {policy.backoff(1, random.Random(seed)) for seed in range(20)}
    assert len(waits) > 15


def test_retry_after_is_honoured_even_when_longer_than_the_backoff():
    policy = RetryPolicy(retries=2, base_delay=0.1)
    _, waits = run(Script(TransientFailure("429", retry_after=7.0)), policy)
    assert waits == [7.0]


def test_retry_after_beyond_the_limit_gives_up_at_once():
    script = Script(TransientFailure("429", retry_after=500.0))
    with pytest.raises(SynthesisError, match="asks to wait 500s"):
        run(script, RetryPolicy(retries=5, max_retry_after=60))
    assert script.calls == 1


def test_a_permanent_failure_is_not_retried():
    script = Script(PermanentFailure("403 bad token"))
    with pytest.raises(SynthesisError, match="probable cause: 403 bad token"):
        run(script, RetryPolicy(retries=5))
    assert script.calls == 1


def test_giving_up_names_the_number_of_tries_and_the_last_cause():
    script = Script(TransientFailure("first"), TransientFailure("second"), TransientFailure("last"))
    with pytest.raises(SynthesisError, match="test call failed after 3 tries; probable cause: last"):
        run(script, RetryPolicy(retries=2))


def test_a_429_holds_every_worker_sharing_the_cooldown():
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    cooldown = Cooldown(clock=lambda: now[0], sleep=sleep)
    run(Script(TransientFailure("429", retry_after=5.0)), RetryPolicy(retries=1), cooldown=cooldown)
    slept.clear()
    now[0] = 102.0  # another worker arrives two seconds into the five-second hold
    cooldown.wait()
    assert slept == [3.0]


def test_cooldown_wait_returns_at_once_when_nothing_is_held():
    cooldown = Cooldown(sleep=lambda seconds: pytest.fail("should not sleep"))
    cooldown.wait()


@pytest.mark.parametrize("header, seconds", [("5", 5.0), ("0", 0.0), ("1.5", 1.5), (None, None), ("soon", None)])
def test_retry_after_header_in_seconds(header, seconds):
    assert parse_retry_after(header) == seconds


def test_retry_after_header_as_an_http_date():
    from email.utils import format_datetime
    from datetime import datetime, timedelta, timezone

    when = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=30), usegmt=True)
    assert 25 <= parse_retry_after(when) <= 30


@pytest.mark.parametrize("settings", [{"retries": -1}, {"retries": 50}, {"base_delay": 5, "max_delay": 1}])
def test_invalid_retry_policy_is_an_input_error(settings):
    with pytest.raises(InputError):
        RetryPolicy(**settings)
