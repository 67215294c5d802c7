"""A loopback double of Edge's Read Aloud websocket, driven in tests by the real edge-tts client.

``GET /consumer/speech/synthesize/readaloud/edge/v1?TrustedClientToken=..&ConnectionId=..&Sec-MS-GEC=..``
upgrades to a websocket. In: a ``speech.config`` text frame (output format, word boundaries
on) and an ``ssml`` text frame (voice, prosody, text). Out: ``turn.start``, then
``audio.metadata`` frames with one WordBoundary each (offset and duration in 100 ns ticks)
interleaved with binary audio frames (2-byte big-endian length of the headers, the headers
each ending in CRLF, MP3 bytes), then ``turn.end``. The MP3 is real (lameenc, 24 kHz 48 kbit/s mono, what
edge-tts asks for); its word offsets are on the PCM timeline before encoding, as a real
encoder's would be.

Faults use the rules of fake_google. ``handshake_faults`` are chosen per connection, before
the text is known: ``RateLimited``, ``ServerError``, ``Forbidden`` and ``Unauthorized`` refuse
the websocket handshake with their status. ``faults`` are chosen per request (with its text):
``NoAudio`` answers turn.start and turn.end only; ``DropConnection`` cuts the socket halfway
through the audio.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import uuid
from collections.abc import Sequence
from email.utils import formatdate
from xml.etree import ElementTree

from tests.support.fake_google import HOLD_SECONDS, DropConnection, NoAudio, RateLimited, Rule, ServerError
from tests.support.fake_speech import Forbidden, RequestLog, Unauthorized, encoded_speech

PATH = "/consumer/speech/synthesize/readaloud/edge/v1"
TICKS_PER_MS = 10_000
MP3_FRAME_BYTES = 144
"""One MPEG-2 layer III frame at 24 kHz and 48 kbit/s: 576 samples, 24 ms."""
MS_PER_MP3_FRAME = 24
AUDIO_FRAME_BYTES = 16 * MP3_FRAME_BYTES
"""Bytes of MP3 per binary frame: 16 whole MP3 frames (a cut between two leaves a valid, shorter MP3)."""
_SSML_NS = "{http://www.w3.org/2001/10/synthesis}"


def _text_frame(request_id: str, path: str, body: str, content_type: str = "application/json; charset=utf-8") -> str:
    return f"X-RequestId:{request_id}\r\nContent-Type:{content_type}\r\nPath:{path}\r\n\r\n{body}"


def _audio_frame(request_id: str, audio: bytes, content_type: str | None = "audio/mpeg") -> bytes:
    """A binary frame; the service ends a stream with an empty one without Content-Type."""
    kind = f"Content-Type:{content_type}\r\n" if content_type else ""
    header = f"X-RequestId:{request_id}\r\n{kind}X-StreamId:{request_id[:8]}\r\nPath:audio\r\n".encode("ascii")
    return len(header).to_bytes(2, "big") + header + audio


def _headers_and_body(frame: str) -> tuple[dict[str, str], str]:
    head, _, body = frame.partition("\r\n\r\n")
    headers = dict(line.split(":", 1) for line in head.split("\r\n") if ":" in line)
    return headers, body


def parse_ssml(ssml: str) -> tuple[str, str, str, str]:
    """(voice short name, rate, pitch, text) of an SSML request (edge-tts's or Azure's)."""
    root = ElementTree.fromstring(ssml)
    voice = root.find(f"{_SSML_NS}voice")
    prosody = voice.find(f"{_SSML_NS}prosody") if voice is not None else None
    if voice is None or prosody is None:
        raise ValueError("SSML without voice and prosody")
    name = voice.get("name", "")
    long_form = re.fullmatch(r"Microsoft Server Speech Text to Speech Voice \((\w+-\w+), (\w+)\)", name)
    if long_form:  # edge-tts sends the long name
        name = f"{long_form.group(1)}-{long_form.group(2)}"
    return name, prosody.get("rate", ""), prosody.get("pitch", ""), "".join(prosody.itertext())


class FakeEdge:
    """The server and its record. Use as a context manager; ``url`` is what AUDIO_EDITION_EDGE_URL takes."""

    def __init__(self, *, faults: Sequence[Rule] = (), handshake_faults: Sequence[Rule] = (),
                 breath: bool = False, latency: float = 0.0) -> None:
        self.log = RequestLog(faults)
        self.latency = latency
        """Seconds to think before answering (so concurrent connections overlap)."""
        self.hold_until_in_flight = 0
        """Answer nothing until this many requests have been in flight at once (for at most ``HOLD_SECONDS``),
        as ``FakeGoogle.hold_until_in_flight``; 0 answers at once."""
        self.handshake_faults: list[Rule] = list(handshake_faults)
        self.breath = breath
        """Put a faint noise before the first word (energy trimming keeps it; word boundaries do not)."""
        self.configs: list[dict] = []
        self.queries: list[dict[str, str]] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner = None
        self._port = 0

    # lifecycle
    def __enter__(self) -> "FakeEdge":
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._serve, args=(ready,), name="fake-edge", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the fake edge server did not start")
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._loop is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
            self._loop.close()
            self._loop = None

    def _serve(self, ready: threading.Event) -> None:
        from aiohttp import web

        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_get(PATH, self._handle)
        self._runner = web.AppRunner(app, handle_signals=False)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self._port = site._server.sockets[0].getsockname()[1]
        ready.set()
        self._loop.run_forever()

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self._port}{PATH}"

    @property
    def requests(self):
        return self.log.requests

    # the protocol
    async def _handle(self, request):
        from aiohttp import web

        self.queries.append(dict(request.query))
        if not {"TrustedClientToken", "ConnectionId", "Sec-MS-GEC", "Sec-MS-GEC-Version"} <= set(request.query):
            return web.Response(status=400, text="missing query parameters")
        match self.log.connection_fault(self.handshake_faults):
            case RateLimited(retry_after=retry_after):
                return web.Response(status=429, text="Too Many Requests",
                                    headers={"Retry-After": retry_after} if retry_after is not None else {})
            case ServerError(status=status):
                return web.Response(status=status, text="Service Unavailable")
            case Forbidden():
                return web.Response(status=403, text="Forbidden", headers={"Date": formatdate(usegmt=True)})
            case Unauthorized():
                return web.Response(status=401, text="Unauthorized")
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        try:
            config = await ws.receive_str(timeout=10)
            headers, body = _headers_and_body(config)
            if headers.get("Path") != "speech.config":
                await ws.close(code=1002, message=b"expected speech.config")
                return ws
            self.configs.append(json.loads(body))
            ssml_frame = await ws.receive_str(timeout=10)
            headers, body = _headers_and_body(ssml_frame)
            if headers.get("Path") != "ssml":
                await ws.close(code=1002, message=b"expected ssml")
                return ws
            voice, rate, pitch, text = parse_ssml(body)
            await self._speak(request, ws, headers.get("X-RequestId", uuid.uuid4().hex), voice, rate, pitch, text)
        finally:
            if not ws.closed:
                await ws.close()
        return ws

    async def _speak(self, request, ws, request_id: str, voice: str, rate: str, pitch: str, text: str) -> None:
        fault = self.log.admit("edge", voice, text, {"rate": rate, "pitch": pitch})
        counted_out = False

        async def end_turn() -> None:
            # Counted out before the turn ends, as FakeGoogle counts out before it answers: a client that has the
            # end may open its next connection at once, which must not find this one still counted in flight.
            nonlocal counted_out
            self.log.finished()
            counted_out = True
            await ws.send_str(_text_frame(request_id, "turn.end", "{}"))

        try:
            if self.hold_until_in_flight:
                await asyncio.to_thread(self.log.wait_for_in_flight, self.hold_until_in_flight, HOLD_SECONDS)
            await asyncio.sleep(self.latency)
            await ws.send_str(_text_frame(request_id, "turn.start", '{"context":{"serviceTag":"fake"}}'))
            if isinstance(fault, NoAudio):
                await end_turn()
                return
            factor = 1 + int(re.fullmatch(r"([+-]\d+)%", rate).group(1)) / 100
            mp3, words = await asyncio.to_thread(encoded_speech, text, voice, factor, kind="mp3", breath=self.breath)
            frames = [mp3[start:start + AUDIO_FRAME_BYTES] for start in range(0, len(mp3), AUDIO_FRAME_BYTES)]
            ms_per_frame = MS_PER_MP3_FRAME * AUDIO_FRAME_BYTES / MP3_FRAME_BYTES
            pending = list(words)  # each word's boundary goes out just before the audio it starts in
            for number, frame in enumerate(frames):
                if isinstance(fault, DropConnection) and number == len(frames) // 2:
                    request.transport.abort()
                    return
                while pending and pending[0][1] < (number + 1) * ms_per_frame:
                    word, start, end = pending.pop(0)
                    metadata = {"Metadata": [{"Type": "WordBoundary", "Data": {
                        "Offset": start * TICKS_PER_MS, "Duration": (end - start) * TICKS_PER_MS,
                        "text": {"Text": word, "Length": len(word), "BoundaryType": "WordBoundary"}}}]}
                    await ws.send_str(_text_frame(request_id, "audio.metadata",
                                                  json.dumps(metadata, ensure_ascii=False)))
                await ws.send_bytes(_audio_frame(request_id, frame))
            await ws.send_bytes(_audio_frame(request_id, b"", content_type=None))
            await end_turn()
        finally:
            if not counted_out:
                self.log.finished()
