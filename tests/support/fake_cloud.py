"""Loopback doubles of three speech REST APIs on one HTTP server on 127.0.0.1.

- Azure AI Speech: ``POST /cognitiveservices/v1``, key in ``Ocp-Apim-Subscription-Key``, SSML body,
  ``X-Microsoft-OutputFormat: riff-24khz-16bit-mono-pcm``; answers a WAV. (``base_url`` is what
  AZURE_SPEECH_ENDPOINT takes.)
- Google Cloud Text-to-Speech: ``POST /v1/text:synthesize``, key in ``X-Goog-Api-Key``, JSON
  ``{"input": {"text"}, "voice": {"languageCode", "name"}, "audioConfig": {...}}``; answers
  ``{"audioContent": base64 LINEAR16 WAV}``; a wrong key gets Google's 400 API_KEY_INVALID.
  (``base_url`` is what GOOGLE_CLOUD_TTS_URL takes.)
- OpenAI: ``POST /v1/audio/speech``, ``Authorization: Bearer KEY``, JSON ``{"model", "voice", "input",
  "speed", "response_format"}``; answers a WAV, or an MP3 for ``"mp3"``. (``base_url + "/v1"`` is what
  OPENAI_BASE_URL takes.)

The audio is tests/support/fake_speech's: real, with the voice's pitch. Requests with a key other
than ``key`` are refused as each service does. Faults, chosen per request by the rules of
fake_google: ``RateLimited`` (429 with Retry-After), ``ServerError``, ``Unauthorized``,
``DropConnection`` (the socket closes mid-answer), ``NoAudio`` (200 with an empty body, or no
audioContent) and ``TruncatedMp3`` (the audio cut short).
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Sequence
from http.server import ThreadingHTTPServer

from tests.support.fake_edge import parse_ssml
from tests.support.fake_google import (DropConnection, NoAudio, QuietHandler, RateLimited, Rule, ServerError,
                                       TruncatedMp3, fake_server)
from tests.support.fake_speech import RequestLog, Unauthorized, encoded_speech
from tests.support.network import start_serving, stop_serving

KEY = "test-key-0123456789"
AZURE_PATH = "/cognitiveservices/v1"
GOOGLE_PATH = "/v1/text:synthesize"
OPENAI_PATH = "/v1/audio/speech"
AZURE_VOICES_PATH = "/cognitiveservices/voices/list"
GOOGLE_VOICES_PATH = "/v1/voices"
AZURE_VOICES = [{"ShortName": "ar-QA-MoazNeural", "Locale": "ar-QA", "Gender": "Male"},
                {"ShortName": "ar-EG-SalmaNeural", "Locale": "ar-EG", "Gender": "Female"},
                {"ShortName": "en-GB-RyanNeural", "Locale": "en-GB", "Gender": "Male"}]
GOOGLE_VOICES = [{"languageCodes": ["ar-XA"], "name": "ar-XA-Wavenet-D", "ssmlGender": "FEMALE"},
                 {"languageCodes": ["ar-XA"], "name": "ar-XA-Standard-B", "ssmlGender": "MALE"}]


class FakeCloud:
    """The server and its record (``log``). Use as a context manager."""

    def __init__(self, *, faults: Sequence[Rule] = (), key: str = KEY, latency: float = 0.0) -> None:
        self.log = RequestLog(faults)
        self.latency = latency
        """Seconds to think before answering a synthesis request."""
        self.key = key
        self.bodies: list[bytes] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> "FakeCloud":
        self._server = fake_server(_Handler, self)
        self._thread = start_serving(self._server, "fake-cloud")
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._server is not None:
            stop_serving(self._server, self._thread)
            self._server = None

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def requests(self):
        return self.log.requests


def _rate_factor(rate: str) -> float:
    return 1 + int(rate.rstrip("%")) / 100 if rate else 1.0


class _Handler(QuietHandler):
    server_version = "FakeSpeech"

    def _json(self, status: int, payload: dict, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(payload).encode(), "application/json; charset=utf-8", headers)

    def do_GET(self) -> None:
        """The voice lists the maintainers' refresh reads (python -m tts.voices --refresh)."""
        fake: FakeCloud = self.server.fake  # type: ignore[attr-defined]
        path = self.path.split("?", 1)[0]
        if path == AZURE_VOICES_PATH and self.headers.get("Ocp-Apim-Subscription-Key") == fake.key:
            self._send(200, json.dumps(AZURE_VOICES).encode(), "application/json")
        elif path == GOOGLE_VOICES_PATH and self.headers.get("X-Goog-Api-Key") == fake.key:
            self._json(200, {"voices": GOOGLE_VOICES})
        else:
            self._send(404 if path not in (AZURE_VOICES_PATH, GOOGLE_VOICES_PATH) else 401, b"", "text/plain")

    def do_POST(self) -> None:
        fake: FakeCloud = self.server.fake  # type: ignore[attr-defined]
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        fake.bodies.append(body)
        path = self.path.split("?", 1)[0]
        try:
            if path == AZURE_PATH:
                self._azure(fake, body)
            elif path == GOOGLE_PATH:
                self._google(fake, body)
            elif path == OPENAI_PATH:
                self._openai(fake, body)
            else:
                self._send(404, b"Not Found", "text/plain")
        except (ValueError, KeyError, TypeError) as error:
            self._send(400, f"bad request: {error}".encode(), "text/plain")

    # --- each API ----------------------------------------------------------------
    def _azure(self, fake: FakeCloud, body: bytes) -> None:
        if self.headers.get("Ocp-Apim-Subscription-Key") != fake.key:
            fake.log.refused("azure")
            self._send(401, b"", "text/plain")
            return
        if self.headers.get("X-Microsoft-OutputFormat") != "riff-24khz-16bit-mono-pcm":
            self._send(400, b"unsupported output format", "text/plain")
            return
        voice, rate, pitch, text = parse_ssml(body.decode("utf-8"))
        self._answer(fake, "azure", voice, text, {"rate": rate, "pitch": pitch}, _rate_factor(rate),
                     lambda audio: (audio, "audio/x-wav"), refuse=lambda: self._send(401, b"", "text/plain"))

    def _google(self, fake: FakeCloud, body: bytes) -> None:
        def refuse() -> None:
            self._json(400, {"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.",
                                       "status": "INVALID_ARGUMENT", "details": [{"reason": "API_KEY_INVALID"}]}})

        if self.headers.get("X-Goog-Api-Key") != fake.key:
            fake.log.refused("google-cloud")
            refuse()
            return
        request = json.loads(body)
        config = request["audioConfig"]
        if config["audioEncoding"] != "LINEAR16" or config["sampleRateHertz"] != 24000:
            raise ValueError("unexpected audioConfig")
        settings = {"rate": str(config.get("speakingRate", 1.0)), "pitch": str(config.get("pitch", 0.0)),
                    "languageCode": request["voice"]["languageCode"]}

        def encode(audio: bytes) -> tuple[bytes, str]:
            payload = {"audioContent": base64.b64encode(audio).decode()} if audio else {}
            return json.dumps(payload).encode(), "application/json; charset=utf-8"

        self._answer(fake, "google-cloud", request["voice"]["name"], request["input"]["text"], settings,
                     float(config.get("speakingRate", 1.0)), encode, refuse=refuse)

    def _openai(self, fake: FakeCloud, body: bytes) -> None:
        def refuse() -> None:
            self._json(401, {"error": {"message": "Incorrect API key provided: te***89.",
                                       "type": "invalid_request_error",
                                       "code": "invalid_api_key"}})

        if self.headers.get("Authorization") != f"Bearer {fake.key}":
            fake.log.refused("openai")
            refuse()
            return
        request = json.loads(body)
        kind = request.get("response_format", "mp3")
        settings = {"model": request["model"], "format": kind, "speed": str(request.get("speed", 1.0))}
        self._answer(fake, "openai", request["voice"], request["input"], settings, float(request.get("speed", 1.0)),
                     lambda audio: (audio, "audio/wav" if kind == "wav" else "audio/mpeg"), refuse=refuse,
                     mp3=kind == "mp3")

    # --- the answer -------------------------------------------------------------
    def _answer(self, fake: FakeCloud, api: str, voice: str, text: str, settings: dict[str, str], rate: float,
                encode, *, refuse, mp3: bool = False) -> None:
        fault = fake.log.admit(api, voice, text, settings)
        try:
            time.sleep(fake.latency)
            match fault:
                case RateLimited(retry_after=retry_after):
                    headers = {"Retry-After": retry_after} if retry_after is not None else {}
                    self._json(429, {"error": {"message": "Too many requests"}}, headers)
                case ServerError(status=status):
                    self._json(status, {"error": {"message": "The service is temporarily unavailable"}})
                case Unauthorized():
                    refuse()
                case DropConnection():
                    self.send_response(200)
                    self.send_header("Content-Type", "audio/wav")
                    self.send_header("Content-Length", "100000")
                    self.end_headers()
                    self.wfile.write(b"RIFF")
                    self.close_connection = True
                case NoAudio():
                    data, content_type = encode(b"")
                    self._send(200, data, content_type)
                case _:
                    audio, _ = encoded_speech(text, voice, rate, kind="mp3" if mp3 else "wav")
                    if isinstance(fault, TruncatedMp3):  # a WAV's header still announces the whole length
                        audio = audio[: len(audio) // 2 + 1]
                    data, content_type = encode(audio)
                    self._send(200, data, content_type)
        finally:
            fake.log.finished()
