"""A fake Google Translate TTS endpoint: real HTTP on 127.0.0.1, Google's protocol.

It answers ``POST /_/TranslateWebserverUi/data/batchexecute`` whose form field
``f.req`` is ``[[["jQ1olc","[\\"<text>\\",\\"<lang>\\",null,\\"null\\"]",null,"generic"]]]``
(``true`` instead of the inner null for slow speech) with ``)]}'`` and lines,
one holding the base64 MP3 as ``"[\\"<base64>\\"]"``, exactly as gtts expects.

The MP3 is real audio: a tone, 24 kHz mono, whose pitch comes from the text and
whose length follows it, so a decoded edition shows which text was spoken where.
Every request is recorded. Faults are chosen per request by rules (first match
wins): by request number, every n-th (among the first N: ``among_first``), by text,
for the first tries of each text, or with a seeded probability.

Use it as a context manager::

    with FakeGoogle(latency=0.3, faults=[every(3, RateLimited())]) as google:
        os.environ["AUDIO_EDITION_GTTS_URL"] = google.base_url
"""

from __future__ import annotations

import base64
import functools
import json
import random
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from tests.support.network import start_serving, stop_serving

ENDPOINT_PATH = "/_/TranslateWebserverUi/data/batchexecute"
SAMPLE_RATE = 24000
BITRATE_KBPS = 32
FRAME_BYTES = 72 * BITRATE_KBPS * 1000 // SAMPLE_RATE  # MPEG-2 layer III at 24 kHz: 96, never padded
MS_PER_CHARACTER = 55
MIN_MS = 300
SLOW_FACTOR = 1.5


# --- audio -----------------------------------------------------------------

def tone_hz(text: str) -> int:
    """The pitch that identifies ``text`` in decoded audio (220-880 Hz, 10 Hz steps)."""
    return 220 + 10 * (zlib.crc32(text.encode("utf-8")) % 67)


def expected_duration_ms(text: str, slow: bool = False) -> int:
    duration = max(MIN_MS, MS_PER_CHARACTER * len(text))
    return round(duration * SLOW_FACTOR) if slow else duration


@functools.lru_cache(maxsize=4096)
def tone_mp3(text: str, slow: bool = False) -> bytes:
    """A real MP3 (lameenc, 24 kHz mono, 32 kbit/s CBR) of a tone for ``text``."""
    import numpy as np

    samples = SAMPLE_RATE * expected_duration_ms(text, slow) // 1000
    t = np.arange(samples) / SAMPLE_RATE
    envelope = np.minimum(1.0, np.minimum(t, t[::-1]) / 0.02)  # 20 ms fades: no clicks
    wave = 0.3 * 32767 * envelope * np.sin(2 * np.pi * tone_hz(text) * t)
    return encode_mp3(wave.astype("<i2").tobytes(), BITRATE_KBPS)


def encode_mp3(pcm: bytes, bitrate_kbps: int) -> bytes:
    """Mono 16-bit PCM at 24 kHz as a constant-bitrate MPEG-2 layer III stream (lameenc), as the services send."""
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate_kbps)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_out_sample_rate(SAMPLE_RATE)
    encoder.set_channels(1)
    encoder.set_quality(7)
    return bytes(encoder.encode(pcm) + encoder.flush())


def truncated(mp3: bytes) -> bytes:
    """``mp3`` cut off in the middle of a frame, as a dropped download leaves it."""
    frames = len(mp3) // FRAME_BYTES
    return mp3[: FRAME_BYTES * max(1, frames // 2) + FRAME_BYTES // 2]


def dominant_hz(pcm: bytes, sample_rate: int = SAMPLE_RATE) -> float:
    """The strongest frequency in mono 16-bit PCM: tells which text a decoded clip speaks."""
    import numpy as np

    samples = np.frombuffer(pcm, dtype="<i2").astype(float)
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.argmax(spectrum) * sample_rate / len(samples))


# --- requests and faults ---------------------------------------------------

@dataclass(frozen=True)
class RecordedRequest:
    number: int
    """1-based, in order of arrival."""
    text: str
    lang: str
    slow: bool
    outcome: str
    """'audio' when answered with speech, otherwise the fault's name."""


@dataclass(frozen=True)
class RateLimited:
    retry_after: str | None = "1"
    name = "429"


@dataclass(frozen=True)
class ServerError:
    status: int = 500
    name = "5xx"


@dataclass(frozen=True)
class DropConnection:
    """Read the request, then close the socket without a word."""
    name = "drop"


@dataclass(frozen=True)
class HtmlPage:
    """200 with an HTML page instead of the RPC answer (gtts then yields 0 bytes)."""
    name = "html"


@dataclass(frozen=True)
class NoAudio:
    """200 with the jQ1olc line but no audio in it (gtts raises gTTSError)."""
    name = "no-audio"


@dataclass(frozen=True)
class TruncatedMp3:
    """200 with a well-formed answer whose MP3 is cut off inside a frame."""
    name = "truncated"


@dataclass(frozen=True)
class GarbledBase64:
    """200 with a well-formed answer whose audio is not valid base64."""
    name = "garbled"


@dataclass(frozen=True)
class Delay:
    """Answer normally, but only after ``seconds`` (beyond a client timeout: a hang)."""
    seconds: float
    name = "delay"


Fault = RateLimited | ServerError | DropConnection | HtmlPage | NoAudio | TruncatedMp3 | GarbledBase64 | Delay
Rule = Callable[[int, str, int], "Fault | None"]
"""(request number, text, how many times this text was asked before) -> fault or None."""


def first_fault(rules: Sequence[Rule], number: int, text: str, before: int) -> Fault | None:
    """The fault of the first rule that has one for this request (None: answer it)."""
    return next((found for rule in rules if (found := rule(number, text, before))), None)


def on_requests(fault: Fault, *numbers: int) -> Rule:
    wanted = frozenset(numbers)
    return lambda number, text, before: fault if number in wanted else None


def every(n: int, fault: Fault) -> Rule:
    """Requests n, 2n, 3n...: e.g. every(3, RateLimited()) answers 1 in 3 with 429."""
    return lambda number, text, before: fault if number % n == 0 else None


def among_first(count: int, rule: Rule) -> Rule:
    """``rule`` for requests 1 to ``count`` only; the later ones are answered."""
    return lambda number, text, before: rule(number, text, before) if number <= count else None


def for_text(fault: Fault, containing: str) -> Rule:
    """Every request whose text contains ``containing``: a permanent fault for that part."""
    return lambda number, text, before: fault if containing in text else None


def first_tries(fault: Fault, tries: int = 1) -> Rule:
    """The first ``tries`` requests for each distinct text."""
    return lambda number, text, before: fault if before < tries else None


def with_probability(fault: Fault, probability: float, seed: int = 0) -> Rule:
    """Each request number independently, decided by ``seed``: the same numbers fail on every run."""
    return lambda number, text, before: (
        fault if random.Random(f"{seed}:{number}").random() < probability else None)


# --- the server ------------------------------------------------------------

class ProtocolError(ValueError):
    pass


def parse_rpc(body: bytes) -> tuple[str, str, bool]:
    """(text, lang, slow) from a batchexecute body, checked against Google's shape."""
    try:
        form = parse_qs(body.decode("utf-8"), strict_parsing=False)
        outer = json.loads(form["f.req"][0])
        rpc_id, parameter_json, third, generic = outer[0][0]
        text, lang, speed, null = json.loads(parameter_json)
    except (KeyError, IndexError, ValueError, TypeError) as error:
        raise ProtocolError(f"not a jQ1olc request: {error}") from error
    if rpc_id != "jQ1olc" or third is not None or generic != "generic" or null != "null":
        raise ProtocolError("unexpected RPC envelope")
    if speed not in (None, True) or not isinstance(text, str) or not isinstance(lang, str):
        raise ProtocolError("unexpected RPC parameters")
    return text, lang, speed is True


def rpc_answer(audio_base64: str | None) -> bytes:
    """Google's answer body: the XSSI guard, then length-prefixed JSON lines."""
    payload = json.dumps([audio_base64]) if audio_base64 is not None else None
    detail = None if payload is not None else [3]
    rpc = json.dumps([["wrb.fr", "jQ1olc", payload, None, None, detail, "generic"],
                      ["di", 53], ["af.httprm", 52, "-6195473962540484540", 14]], separators=(",", ":"))
    tail = json.dumps([["e", 4, None, None, len(rpc) + 80]], separators=(",", ":"))
    return f")]}}'\n\n{len(rpc)}\n{rpc}\n{len(tail)}\n{tail}\n".encode("utf-8")


HTML_PAGE = (b"<!DOCTYPE html><html><head><title>Before you continue</title></head>"
             b"<body><p>Our systems have detected unusual traffic.</p></body></html>\n")


HOLD_SECONDS = 30
"""The longest ``FakeGoogle.hold_until_in_flight`` holds an answer: a client that never sends that many at once
is answered anyway, and the test's own check of the concurrency fails."""


class FakeGoogle:
    """The server and its record. Thread-safe; configure ``latency`` and ``faults`` any time."""

    def __init__(self, *, latency: float = 0.0, faults: Sequence[Rule] = ()) -> None:
        self.latency = latency
        self.faults: list[Rule] = list(faults)
        self.hold_until_in_flight = 0
        """Answer nothing until this many requests have been in flight at once (for at most ``HOLD_SECONDS``): a
        test of the client's concurrency then sees it whatever the machine's load; 0 answers at once."""
        self._lock = threading.Lock()
        self._admitted = threading.Condition(self._lock)
        self._requests: list[RecordedRequest] = []
        self._asked: Counter[str] = Counter()
        self.probes = 0
        self.in_flight = 0
        self.max_in_flight = 0
        """Most requests being answered at the same moment (since start or reset)."""
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # lifecycle
    def start(self) -> "FakeGoogle":
        self._server = fake_server(_Handler, self)
        self._thread = start_serving(self._server, "fake-google")
        return self

    def stop(self) -> None:
        if self._server is not None:
            stop_serving(self._server, self._thread)
            self._server = None

    def __enter__(self) -> "FakeGoogle":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the fake server is not running")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    # the record
    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def answered_texts(self) -> list[str]:
        """Texts answered with audio, in order of arrival."""
        return [request.text for request in self.requests if request.outcome == "audio"]

    def reset(self) -> None:
        """Forget the record and the faults (keeps latency)."""
        with self._lock:
            self._requests.clear()
            self._asked.clear()
            self.faults = []
            self.probes = 0
            self.max_in_flight = self.in_flight

    # called by the handler
    def _admit(self, text: str, lang: str, slow: bool) -> tuple[RecordedRequest, Fault | None]:
        with self._lock:
            number = len(self._requests) + 1
            before = self._asked[text]
            self._asked[text] += 1
            fault = first_fault(self.faults, number, text, before)
            record = RecordedRequest(number, text, lang, slow, fault.name if fault else "audio")
            self._requests.append(record)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            self._admitted.notify_all()
        return record, fault

    def _wait_for_concurrency(self) -> None:
        with self._admitted:
            self._admitted.wait_for(lambda: self.max_in_flight >= self.hold_until_in_flight, timeout=HOLD_SECONDS)

    def _finished(self) -> None:
        with self._lock:
            self.in_flight -= 1


def fake_server(handler: type[BaseHTTPRequestHandler], fake: object) -> ThreadingHTTPServer:
    """A threading HTTP server on 127.0.0.1 (a free port) whose handlers find ``fake`` as ``self.server.fake``
    (the fake servers share it). Clients hanging up mid-answer are expected: no traceback."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    server.block_on_close = False
    server.fake = fake  # type: ignore[attr-defined]
    server.handle_error = lambda request, address: None
    return server


class QuietHandler(BaseHTTPRequestHandler):
    """A request handler that logs nothing and answers with one call (the fake servers share it)."""

    sys_version = ""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


class _Handler(QuietHandler):
    server_version = "ESF"

    def do_GET(self) -> None:
        fake: FakeGoogle = self.server.fake  # type: ignore[attr-defined]
        with fake._lock:
            fake.probes += 1
        self._send(200, b"<html><body>fake translate</body></html>", "text/html; charset=utf-8")

    def do_POST(self) -> None:
        fake: FakeGoogle = self.server.fake  # type: ignore[attr-defined]
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path.split("?", 1)[0] != ENDPOINT_PATH:
            self._send(404, b"Not Found", "text/plain")
            return
        try:
            text, lang, slow = parse_rpc(body)
        except ProtocolError as error:
            self._send(400, str(error).encode(), "text/plain")
            return
        record, fault = fake._admit(text, lang, slow)
        try:
            answer = self._answer(fake, text, slow, fault)
        finally:
            # Counted out before the answer goes out: a client that has it may send its next request at once,
            # which must not find this one still counted in flight (a busy machine may pause this thread
            # between sending and counting).
            fake._finished()
        if answer is not None:
            self._send(*answer)

    def _answer(self, fake: FakeGoogle, text: str, slow: bool,
                fault: Fault | None) -> tuple[int, bytes, str, dict[str, str]] | None:
        """The answer to send (status, body, content type, headers), once it is time; None drops the connection."""
        fake._wait_for_concurrency()
        if fake.latency:
            time.sleep(fake.latency)
        json_type = "application/json; charset=utf-8"
        match fault:
            case None:
                return 200, rpc_answer(base64.b64encode(tone_mp3(text, slow)).decode()), json_type, {}
            case RateLimited(retry_after=retry_after):
                return 429, HTML_PAGE, "text/html", {"Retry-After": retry_after} if retry_after is not None else {}
            case ServerError(status=status):
                return status, HTML_PAGE, "text/html", {}
            case DropConnection():
                self.close_connection = True
                return None
            case HtmlPage():
                return 200, HTML_PAGE, "text/html; charset=utf-8", {}
            case NoAudio():
                return 200, rpc_answer(None), json_type, {}
            case TruncatedMp3():
                return 200, rpc_answer(base64.b64encode(truncated(tone_mp3(text, slow))).decode()), json_type, {}
            case GarbledBase64():
                return 200, rpc_answer("SUQz*not=base64*"), json_type, {}
            case Delay(seconds=seconds):
                time.sleep(seconds)
                return 200, rpc_answer(base64.b64encode(tone_mp3(text, slow)).decode()), json_type, {}
