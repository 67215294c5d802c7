"""Speech-like audio and a request record for the loopback doubles of the neural services.

Each word of a text becomes a tone burst whose length follows the word (``MS_PER_CHARACTER``,
divided by the requested rate) and whose pitch comes from the *voice*, so decoded audio
tells which voice spoke it; words are separated by short gaps and the whole is padded with
silence like a real service's answer. The word timings are returned too (what edge reports
as word boundaries). Audio is real: 24 kHz 16-bit mono WAV, or MP3 encoded with lameenc.

Faults reuse the rules of tests/support/fake_google.py (``every``, ``for_text``, ``first_tries``...).
"""

from __future__ import annotations

import functools
import io
import threading
import wave
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from tests.support.fake_google import Rule, encode_mp3, first_fault

SAMPLE_RATE = 24000
MS_PER_CHARACTER = 50
WORD_GAP_MS = 70
LEAD_MS = 120
TAIL_MS = 150
BREATH_MS = 40
"""A faint noise just before the first word (above the trimming threshold, below speech)."""


@dataclass(frozen=True)
class Unauthorized:
    """401: the key is wrong (the doubles answer this on their own for a wrong key)."""
    name = "401"


@dataclass(frozen=True)
class Forbidden:
    """403, as edge answers a request whose token is stale (edge-tts then corrects its clock once)."""
    name = "403"


def voice_hz(voice: str) -> int:
    """The pitch that identifies ``voice`` in decoded audio (150-450 Hz, 5 Hz steps)."""
    return 150 + 5 * (zlib.crc32(voice.encode("utf-8")) % 61)


def speech(text: str, voice: str, rate: float = 1.0, *,
           breath: bool = False) -> tuple[np.ndarray, list[tuple[str, int, int]]]:
    """Int16 samples for ``text`` and each word's (text, start ms, end ms)."""
    words = text.split()
    pieces, timings = [np.zeros(SAMPLE_RATE * LEAD_MS // 1000)], []
    if breath:  # 40 ms of noise at about -40 dBFS, ending 30 ms before the first word
        noise = np.random.default_rng(len(text)).normal(0, 0.01, SAMPLE_RATE * BREATH_MS // 1000)
        end = pieces[0].size - SAMPLE_RATE * 30 // 1000
        pieces[0][end - noise.size:end] = noise
    position = LEAD_MS
    hz = voice_hz(voice)
    for index, word in enumerate(words):
        duration = max(60, round(MS_PER_CHARACTER * len(word) / rate))
        t = np.arange(SAMPLE_RATE * duration // 1000) / SAMPLE_RATE
        envelope = np.minimum(1.0, np.minimum(t, t[::-1]) / 0.01)
        pieces.append(0.3 * envelope * np.sin(2 * np.pi * hz * t))
        timings.append((word, position, position + duration))
        position += duration
        if index < len(words) - 1:
            gap = round(WORD_GAP_MS / rate)
            pieces.append(np.zeros(SAMPLE_RATE * gap // 1000))
            position += gap
    pieces.append(np.zeros(SAMPLE_RATE * TAIL_MS // 1000))
    samples = np.concatenate(pieces)
    return np.round(samples * 32767).astype(np.int16), timings


def wav_bytes(samples: np.ndarray, sample_rate: int = SAMPLE_RATE) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(sample_rate)
        writer.writeframes(samples.astype("<i2").tobytes())
    return buffer.getvalue()


def mp3_bytes(samples: np.ndarray, bitrate_kbps: int = 48) -> bytes:
    """MPEG-2 layer III at 24 kHz, constant bitrate: edge's audio-24khz-48kbitrate-mono-mp3."""
    return encode_mp3(samples.astype("<i2").tobytes(), bitrate_kbps)


@functools.lru_cache(maxsize=2048)
def encoded_speech(text: str, voice: str, rate: float = 1.0, *, kind: str = "wav",
                   breath: bool = False) -> tuple[bytes, tuple[tuple[str, int, int], ...]]:
    """``speech`` encoded as ``kind`` ('wav' or 'mp3') and its word timings; made once per request
    content, so a double answers a repeated request at once (benches measure the client, not the double)."""
    samples, words = speech(text, voice, rate, breath=breath)
    return (mp3_bytes(samples) if kind == "mp3" else wav_bytes(samples)), tuple(words)


@dataclass(frozen=True)
class SpeechRequest:
    number: int
    """1-based, in order of arrival."""
    api: str
    voice: str
    text: str
    outcome: str
    """'audio' when answered with speech, otherwise the fault's name."""
    settings: tuple[tuple[str, str], ...] = ()
    """Anything else the request said (model, rate, pitch...)."""


class RequestLog:
    """The record and the fault rules of one double; thread-safe."""

    def __init__(self, faults: Sequence[Rule] = ()) -> None:
        self.faults: list[Rule] = list(faults)
        self._lock = threading.Condition()
        self._requests: list[SpeechRequest] = []
        self._asked: Counter[str] = Counter()
        self.in_flight = 0
        self.max_in_flight = 0
        self.connections = 0

    def admit(self, api: str, voice: str, text: str, settings: dict[str, str] | None = None):
        """Record a request; returns the fault to answer with (None: answer with audio)."""
        with self._lock:
            number = len(self._requests) + 1
            before = self._asked[text]
            self._asked[text] += 1
            fault = first_fault(self.faults, number, text, before)
            self._requests.append(SpeechRequest(number, api, voice, text, fault.name if fault else "audio",
                                                tuple(sorted((settings or {}).items()))))
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            self._lock.notify_all()
            return fault

    def wait_for_in_flight(self, count: int, timeout: float) -> None:
        """Block until ``count`` requests have been in flight at once (since the last reset), or ``timeout``
        seconds have passed: a double holds its answers here so that a test of the client's concurrency sees
        it however slowly the machine starts each request."""
        with self._lock:
            self._lock.wait_for(lambda: self.max_in_flight >= count, timeout=timeout)

    def refused(self, api: str, outcome: str = "wrong key") -> None:
        """Record a request refused before it was read (a wrong key)."""
        with self._lock:
            self._requests.append(SpeechRequest(len(self._requests) + 1, api, "", "", outcome))

    def connection_fault(self, rules: Sequence[Rule]):
        """For a protocol whose faults come before the request is read (a websocket handshake): the
        fault for connection number n (rules see an empty text), recorded only when there is one."""
        with self._lock:
            self.connections += 1
            fault = first_fault(rules, self.connections, "", 0)
            if fault is not None:
                self._requests.append(SpeechRequest(len(self._requests) + 1, "handshake", "", "", fault.name))
            return fault

    def finished(self) -> None:
        with self._lock:
            self.in_flight -= 1

    @property
    def requests(self) -> list[SpeechRequest]:
        with self._lock:
            return list(self._requests)

    def answered(self) -> list[SpeechRequest]:
        return [request for request in self.requests if request.outcome == "audio"]

    def reset(self) -> None:
        with self._lock:
            self._requests.clear()
            self._asked.clear()
            self.faults = []
            self.connections = 0
            self.max_in_flight = self.in_flight
