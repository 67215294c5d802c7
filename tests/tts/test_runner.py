"""The runner: cache first, a bounded number of requests in flight, results in order.

Runs the real gTTS engine against the fake Google on 127.0.0.1.
"""

from __future__ import annotations

import time

import pytest

from audio_edition.errors import SynthesisError
from tests.support.fake_google import (
    Delay, FakeGoogle, ServerError, dominant_hz, for_text, on_requests, tone_hz, with_probability,
)
from tts.base import SynthesisOptions
from tts.gtts_engine import GttsConfig, GttsEngine
from tts.retry import RetryPolicy
from tts.runner import synthesize_all

OPTIONS = SynthesisOptions(lang="ar")
TEXTS = [f"الجملة رقم {number} في هذا الاختبار" for number in range(1, 13)]


def gtts_engine(server: FakeGoogle, retries: int = 0) -> GttsEngine:
    return GttsEngine(GttsConfig(base_url=server.base_url,
                                 retry=RetryPolicy(retries=retries, base_delay=0.01, max_delay=0.05)))


def spoken_texts(segments) -> list[int]:
    return [round(dominant_hz(segment.raw_data)) for segment in segments]


def test_results_come_back_in_text_order_when_requests_finish_out_of_order(google):
    google.faults = [on_requests(Delay(0.4), 1)]  # the first request is answered last
    audio, _ = synthesize_all(gtts_engine(google), TEXTS[:6], OPTIONS, jobs=4)
    heard = spoken_texts(audio)
    assert all(abs(hz - tone_hz(text)) < 5 for hz, text in zip(heard, TEXTS[:6], strict=True))


def test_random_server_errors_are_absorbed_by_retries_without_changing_the_audio(google):
    clean, _ = synthesize_all(gtts_engine(google), TEXTS, OPTIONS, jobs=4)
    google.reset()
    google.faults = [with_probability(ServerError(503), 0.25, seed=7)]
    flaky, _ = synthesize_all(gtts_engine(google, retries=8), TEXTS, OPTIONS, jobs=4)
    assert any(request.outcome == "5xx" for request in google.requests)
    assert [a.raw_data for a in flaky] == [a.raw_data for a in clean]


def test_no_more_requests_in_flight_than_jobs(google):
    google.latency = 0.15
    google.hold_until_in_flight = 3  # the first answers wait for the third request, however slow the machine
    synthesize_all(gtts_engine(google), TEXTS, OPTIONS, jobs=3)
    assert google.max_in_flight == 3


def test_the_first_server_error_halves_the_requests_in_flight_for_the_rest_of_the_run(google):
    google.latency = 0.25
    # The 503 comes once all 12 jobs are in flight, however slow the machine is to start them: the client has
    # 12 to halve.
    google.hold_until_in_flight = 12
    texts = [f"جملة الاختبار رقم {number} في هذه الفقرة" for number in range(1, 49)]
    engine = gtts_engine(google, retries=2)
    admitted: dict[int, tuple[int, bool]] = {}  # request number: (others in flight, backed off yet)

    def count_others(number: int, text: str, before: int) -> None:  # a rule that never answers with a fault
        admitted[number] = google.in_flight, engine.in_flight.limit is not None

    google.faults = [on_requests(ServerError(503), 1), count_others]
    speech, _ = synthesize_all(engine, texts, OPTIONS, jobs=12)
    assert len(speech) == len(texts)
    assert google.max_in_flight == 12  # before the 503
    backed_off = min(number for number, (_, after) in admitted.items() if after)
    # up to 11 requests that took their place before the back-off may still arrive after it
    late = [others for number, (others, _) in admitted.items() if number >= backed_off + 11]
    # from then on at most half of 12 at once
    assert late and max(late) <= 6


def test_without_errors_every_job_stays_in_flight(google):
    google.latency = 0.25
    google.hold_until_in_flight = 12  # the first answers wait for the 12th request, on a busy machine too
    texts = [f"جملة الاختبار رقم {number} في هذه الفقرة" for number in range(1, 25)]
    synthesize_all(gtts_engine(google), texts, OPTIONS, jobs=12)
    assert google.max_in_flight == 12


def test_identical_chunks_are_synthesised_once(google):
    texts = [TEXTS[0], TEXTS[1], TEXTS[0]]
    audio, stats = synthesize_all(gtts_engine(google), texts, OPTIONS, jobs=2)
    assert len(google.requests) == 2 and stats.synthesised == 2
    assert audio[0].raw_data == audio[2].raw_data


def test_progress_counts_up_to_the_total(google):
    seen: list[tuple[int, int]] = []
    synthesize_all(gtts_engine(google), TEXTS[:5], OPTIONS, jobs=2, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (5, 5)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_failure_names_the_part_its_words_and_the_probable_cause(google):
    google.faults = [for_text(ServerError(500), "رقم 3 ")]
    labels = [f"paragraph {n} of section 1" for n in range(1, 6)]
    with pytest.raises(SynthesisError) as caught:
        synthesize_all(gtts_engine(google), TEXTS[:5], OPTIONS, jobs=1, labels=labels)
    message = str(caught.value)
    assert "(part: paragraph 3 of section 1: «الجملة رقم 3 في هذا الاختبار»)" in message
    assert "probable cause: 500 (Internal Server Error)" in message
    assert caught.value.cause and "500" in caught.value.cause


def test_after_a_failure_no_new_chunk_is_started(google):
    google.faults = [for_text(ServerError(500), "رقم 2 ")]
    with pytest.raises(SynthesisError):
        synthesize_all(gtts_engine(google), TEXTS, OPTIONS, jobs=1)
    assert [request.text for request in google.requests] == TEXTS[:2]


def test_labels_must_match_the_texts(google):
    with pytest.raises(ValueError, match="labels"):
        synthesize_all(gtts_engine(google), TEXTS[:2], OPTIONS, labels=["only one"])


def test_texts_from_a_generator_are_spoken_while_the_rest_is_still_being_prepared(google):
    requested_before_the_rest: list[int] = []
    seen: list[tuple[int, int]] = []

    def prepared():
        yield TEXTS[0]
        for _ in range(500):  # the rest is "still being prepared" until the first request has gone out
            if google.requests:
                break
            time.sleep(0.01)
        requested_before_the_rest.append(len(google.requests))
        yield from TEXTS[1:4]

    audio, stats = synthesize_all(gtts_engine(google), prepared(), OPTIONS, jobs=2,
                                  progress=lambda done, total: seen.append((done, total)))
    assert requested_before_the_rest == [1]
    assert all(abs(hz - tone_hz(text)) < 5 for hz, text in zip(spoken_texts(audio), TEXTS[:4], strict=True))
    assert stats.synthesised == 4
    assert seen[-1] == (4, 4) and [done for done, _ in seen] == sorted(done for done, _ in seen)
