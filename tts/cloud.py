"""What the neural network engines (edge, azure, google-cloud, openai) share.

- :class:`CloudConfig`: voice, model, timeout, retries and edge's connection cap.
- Credentials come from environment variables only, read when a request is made: they
  are never printed, logged, put in an error message or in a cache key.
- :func:`decode_answer`: the audio a service sent, checked complete (a WAV whose data
  chunk is cut short, an MP3 cut inside a frame, an error page) and decoded.
- :class:`RestEngine`: one HTTP POST per chunk, a timeout, retries with backoff on 429
  (honouring Retry-After), 5xx, timeouts, dropped connections and damaged audio; a key
  the service refuses stops the build at once with one line naming the variable.
"""

from __future__ import annotations

import logging
import os
import random
import threading
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from audio_edition.errors import EngineUnavailable, InputError
from tts.base import Availability, SynthesisOptions, pcm_segment
from tts.http import connection_problem, parse_retry_after, request_settings, short_error
from tts.mp3 import DamagedMp3, check_mp3, decode_mp3
from tts.retry import Cooldown, InFlight, PermanentFailure, RetryPolicy, TransientFailure, run_with_retries
from tts.voices import known_voice

log = logging.getLogger(__name__)

SAMPLE_RATE = 24000
PUNCTUATION_PAUSE_MS = 200
DEFAULT_TIMEOUT = 30.0
"""Seconds to wait for a connection and between bytes: a neural service may think for a few
seconds before the first byte of a long chunk."""
DEFAULT_EDGE_CONNECTIONS = 4
MAX_EDGE_CONNECTIONS = 40
"""edge-tts's maintainers call more than about 40 connections at once abusive."""


@dataclass(frozen=True, kw_only=True)
class CloudConfig:
    """How the network neural engines speak; their keys are not here (environment only)."""

    voice: str | None = None
    """The engine's voice name (None: the engine's default)."""
    model: str | None = None
    """openai's model (None: its default)."""
    timeout: float = DEFAULT_TIMEOUT
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    edge_connections: int = DEFAULT_EDGE_CONNECTIONS

    def __post_init__(self) -> None:
        if not 0 < self.timeout <= 300:
            raise InputError(f"timeout must be more than 0 and at most 300 seconds, not {self.timeout:g}")
        if not 1 <= self.edge_connections <= MAX_EDGE_CONNECTIONS:
            raise InputError(f"edge connections must be between 1 and {MAX_EDGE_CONNECTIONS}, "
                             f"not {self.edge_connections}")
        for label, value in (("voice", self.voice), ("model", self.model)):
            if value is not None and (not value.strip() or not value.isprintable()):
                raise InputError(f"{label} must be a name, not {value!r}")


def credential(variable: str) -> str | None:
    value = os.environ.get(variable, "").strip()
    return value or None


def url_from_env(variable: str, default: str) -> str:
    """An http(s) base URL from ``variable`` (else ``default``), without a trailing slash."""
    value = os.environ.get(variable, "").strip() or default
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{variable} must be an http:// or https:// URL, not {value!r}")
    return value.rstrip("/")


def speakable(text: str) -> bool:
    """False for a chunk of punctuation alone, which services refuse; it is spoken as a short pause."""
    return any(character.isalnum() for character in text)


def pause(milliseconds: int = PUNCTUATION_PAUSE_MS, sample_rate: int = SAMPLE_RATE):
    return pcm_segment(bytes(2 * sample_rate * milliseconds // 1000), sample_rate)


def check_wav(data: bytes) -> None:
    """DamagedMp3 unless ``data`` is a RIFF WAV whose data chunk is all there (a streamed WAV
    that does not know its length, with size 0 or 0xFFFFFFFF, is taken as it is)."""
    if len(data) < 12 or data[8:12] != b"WAVE":
        raise DamagedMp3("not a WAV file")
    position, seen_format = 12, False
    while position + 8 <= len(data):
        chunk, size = data[position:position + 4], int.from_bytes(data[position + 4:position + 8], "little")
        if chunk == b"fmt ":
            seen_format = True
        if chunk == b"data":
            if not seen_format:
                raise DamagedMp3("WAV data before its format chunk")
            available = len(data) - position - 8
            if size not in (0, 0xFFFFFFFF) and size > available:
                raise DamagedMp3(f"truncated WAV: {available} of {size} bytes of audio")
            if available < 2:
                raise DamagedMp3("a WAV without audio")
            return
        position += 8 + size + (size & 1)
    raise DamagedMp3("a WAV without a data chunk")


def decode_answer(data: bytes, sample_rate: int = SAMPLE_RATE) -> bytes:
    """Mono 16-bit PCM at ``sample_rate`` from a service's WAV or MP3 answer (checked complete)."""
    if data[:4] == b"RIFF":
        check_wav(data)
    else:
        check_mp3(data)
    return decode_mp3(data, sample_rate)  # miniaudio reads WAV as well


def rate_percent(rate: float) -> str:
    """``--rate`` as SSML prosody: 1.0 -> '+0%', 1.25 -> '+25%', 0.8 -> '-20%'."""
    return f"{round((rate - 1) * 100):+d}%"


def pitch_hz(pitch: int) -> str:
    """``--pitch`` 0-100 (50 = the voice's own) as an SSML offset of -50 to +50 Hz."""
    return f"{pitch - 50:+d}Hz"


class RestEngine:
    """A service that takes one HTTP POST per chunk and answers with audio.

    Subclasses set the class attributes and implement ``missing_credentials``,
    ``endpoint``, ``request`` and, where the audio is not the body, ``audio_of``.
    """

    name = ""
    service = ""
    max_chars: int | None = 1000
    sample_rate = SAMPLE_RATE
    needs_verbalised_numbers = False
    wants_diacritics = False
    needs_network = True
    breath_words = None
    default_voice = ""
    key_variable = ""
    key_hint = ""
    """Said after 'set KEY_VARIABLE to a valid key' when the service refuses it."""
    checks_voice = True
    """Refuse a voice that is not in the shipped list (False: any name, e.g. a self-hosted server's)."""

    def __init__(self, config: CloudConfig | None = None, *, rng: random.Random | None = None) -> None:
        self.config = config or CloudConfig()
        self.cooldown = Cooldown()
        self.in_flight = InFlight()
        self._rng = rng or random.Random()
        self._local = threading.local()
        self._warned: set[str] = set()
        self.voice  # an unknown voice is refused before anything else happens

    # --- what subclasses say -------------------------------------------------
    def missing_credentials(self) -> str | None:
        """What to set, when a needed variable is not set."""
        raise NotImplementedError

    def endpoint(self) -> str:
        raise NotImplementedError

    def request(self, text: str, options: SynthesisOptions) -> tuple[dict[str, str], dict]:
        """Headers (with the key) and the requests keyword arguments for the body."""
        raise NotImplementedError

    def audio_of(self, response) -> bytes:
        return response.content

    def key_refused(self, response) -> bool:
        return response.status_code in (401, 403)

    # --- the engine interface ------------------------------------------------
    @property
    def voice(self) -> str:
        voice = self.config.voice or self.default_voice
        if self.checks_voice and known_voice(self.name, voice) is None:
            raise InputError(f"{voice!r} is not one of the {self.name} voices; 'audio-edition voices --engine "
                             f"{self.name}' lists them")
        return voice

    def availability(self) -> Availability:
        try:
            missing = self.missing_credentials()
            endpoint = self.endpoint() if not missing else ""
        except InputError as error:
            return Availability(False, str(error))
        if missing:
            return Availability(False, missing)
        return Availability(True, f"voice {self.config.voice or self.default_voice}, needs {urlsplit(endpoint).netloc}")

    def identity(self) -> str:
        """Voice, model, settings and the service's host, never the key."""
        return f"{self.name} voice={self.voice} endpoint={self.endpoint()}"

    def warn_once(self, message: str) -> None:
        if message not in self._warned:
            self._warned.add(message)
            log.warning("%s", message)

    def synthesize(self, text: str, options: SynthesisOptions):
        if not speakable(text):
            return pause()
        endpoint = self.endpoint()
        return run_with_retries(lambda: self._attempt(text, options, endpoint), self.config.retry,
                                what=f"{self.service} at {urlsplit(endpoint).netloc}", cooldown=self.cooldown,
                                rng=self._rng)

    def _session(self):
        import requests

        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
        return session

    def _attempt(self, text: str, options: SynthesisOptions, endpoint: str):
        with self.in_flight.slot():
            return self._request(text, options, endpoint)

    def _request(self, text: str, options: SynthesisOptions, endpoint: str):
        import requests

        headers, body = self.request(text, options)
        session = self._session()
        host = urlsplit(endpoint).netloc
        try:
            response = session.post(endpoint, headers=headers, timeout=self.config.timeout,
                                    **body, **request_settings(session, endpoint))
            content = response.content  # read it all here: a connection dropped mid-body fails now
        except requests.exceptions.Timeout as error:
            raise TransientFailure(f"no answer from {host} within {self.config.timeout:g}s") from error
        except requests.exceptions.ConnectionError as error:
            raise TransientFailure(f"{connection_problem(error)} ({host})") from error
        except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError) as error:
            raise TransientFailure(f"{host} dropped the connection in the middle of the answer") from error
        except requests.exceptions.RequestException as error:
            raise PermanentFailure(f"the request to {host} cannot be made ({short_error(error)})") from error
        self._check_status(response, host)
        if not content:
            raise TransientFailure(f"{host} answered {response.status_code} without audio")
        try:
            pcm = decode_answer(self.audio_of(response), self.sample_rate)
        except DamagedMp3 as error:
            raise TransientFailure(f"the audio in the answer is damaged: {error}") from error
        return pcm_segment(pcm, self.sample_rate)

    def _check_status(self, response, host: str) -> None:
        status = response.status_code
        if 200 <= status < 300:
            return
        said = f"{status} ({response.reason}) from {host}"
        if self.key_refused(response):
            hint = f" {self.key_hint}" if self.key_hint else ""
            raise EngineUnavailable(f"{self.name}: {said}: the key in {self.key_variable} was refused; set "
                                    f"{self.key_variable} to a valid key{hint}")
        detail = service_message(response)
        if status == 429 or status >= 500:
            self.in_flight.back_off(f"{self.service} at {host} answered {status}")
        if status == 429:
            raise TransientFailure(f"{said}: rate-limited{detail}; lower --jobs if it persists",
                                   retry_after=parse_retry_after(response.headers.get("Retry-After")))
        if status >= 500 or status == 408:
            raise TransientFailure(f"{said}: the service is failing{detail}")
        if status == 404:
            raise PermanentFailure(f"{said}: no speech endpoint at {response.url}{detail}")
        raise PermanentFailure(f"{said}: the request was refused{detail}")


def service_message(response) -> str:
    """The service's own explanation of an error, short, or ''."""
    try:
        payload = response.json()
    except ValueError:
        text = response.text.strip()
        return f" ({text[:157] + '...' if len(text) > 160 else text})" if text and "<" not in text[:1] else ""
    error = payload.get("error") if isinstance(payload, dict) else None
    message = error.get("message") if isinstance(error, dict) else error if isinstance(error, str) else None
    if not message:
        return ""
    message = " ".join(str(message).split())
    return f" ({message[:157] + '...' if len(message) > 160 else message})"
