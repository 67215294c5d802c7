"""Microsoft's neural voices through the ``edge-tts`` package (the Read Aloud service of Edge).

The real edge-tts client speaks the websocket protocol; this module adds:

- **A configurable URL.** ``AUDIO_EDITION_EDGE_URL`` replaces
  ``wss://speech.platform.bing.com/consumer/speech/synthesize/readaloud/edge/v1`` (for a
  proxy or a test server); the query parameters are added as edge-tts adds them.
  edge-tts builds the address from its module constant ``edge_tts.communicate.WSS_URL``,
  so that constant is what we set.
- **Word boundaries.** Each word's offset and duration come back with the audio; they
  give exact sentence cue times and chapter starts (see audio/assemble.py) and tell
  a complete answer from one cut short by a dropped socket.
- **A bounded number of connections** (``--edge-connections``, default 4).
- **Retries** on no audio, 403 (after edge-tts's own clock-skew correction), 429,
  5xx, timeouts, dropped sockets and damaged or cut-short audio.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import random
import threading
from urllib.parse import urlsplit

from audio_edition.errors import EngineUnavailable, InputError
from tts.base import Availability, Speech, SynthesisOptions, WordTiming, pcm_segment
from tts.cloud import SAMPLE_RATE, CloudConfig, pause, pitch_hz, rate_percent, speakable
from tts.http import parse_retry_after, short_error
from tts.mp3 import DamagedMp3, check_mp3, decode_mp3
from tts.retry import Cooldown, PermanentFailure, TransientFailure, run_with_retries
from tts.voices import known_voice

log = logging.getLogger(__name__)

URL_ENV = "AUDIO_EDITION_EDGE_URL"
DEFAULT_URL = "wss://speech.platform.bing.com/consumer/speech/synthesize/readaloud/edge/v1"
DEFAULT_VOICE = "ar-SA-HamedNeural"
TICKS_PER_MS = 10_000
"""Offsets and durations of word boundaries are in 100-nanosecond ticks."""
MP3_DELAY_MS = 46
"""Word offsets are on the timeline of the audio before MP3 encoding; decoded, the audio comes
later by the coding delay: 1,105 samples at 24 kHz (LAME's 576 plus the decoder's 529; measured
with lameenc and miniaudio). Microsoft's encoder cannot be measured offline; any encoder adds
at least the decoder's 22 ms, so the error is a few tens of milliseconds at most."""
END_TOLERANCE_MS = 150
MIN_MS_PER_LETTER = 25
"""Far less than any voice needs to say a letter at --rate 1.0 (news reads take 60-80 ms)."""
"""How far the audio may end before the last word's reported end (MP3 frames, rounding)."""

_url_lock = threading.Lock()


def edge_url() -> str:
    url = os.environ.get(URL_ENV, "").strip() or DEFAULT_URL
    parts = urlsplit(url)
    if parts.scheme not in ("ws", "wss") or not parts.netloc or parts.query:
        raise InputError(f"{URL_ENV} must be a ws:// or wss:// URL without a query, not {url!r}")
    return url


def _edge_tts_version() -> str | None:
    """The installed edge-tts's version (None when it is not installed), read without importing it:
    importing it loads aiohttp (0.12 s), which 'audio-edition engines' would pay for nothing."""
    from importlib.metadata import PackageNotFoundError, version

    if importlib.util.find_spec("edge_tts") is None:
        return None
    try:
        return version("edge-tts")
    except PackageNotFoundError:  # importable, yet not installed as a distribution (a source tree on the path)
        return "of unknown version"


def _point_client_at(url: str) -> None:
    """Make edge-tts connect to ``url`` (with its own token as the first query parameter)."""
    import edge_tts
    from edge_tts import communicate, constants

    if not hasattr(communicate, "WSS_URL") or not hasattr(constants, "TRUSTED_CLIENT_TOKEN"):
        raise EngineUnavailable(f"edge-tts {edge_tts.__version__} is not a version this engine knows (it needs "
                                f"edge_tts.communicate.WSS_URL); install edge-tts 7")
    address = f"{url}?TrustedClientToken={constants.TRUSTED_CLIENT_TOKEN}"
    with _url_lock:
        communicate.WSS_URL = address


def _stopped_early(text: str, words: list[WordTiming], audio_ms: int, rate: float) -> bool:
    """True when the answer ends before the text does: the audio stops before the last reported
    word ends, or words follow the last reported one in ``text`` and the audio after it is too short
    to hold them (MIN_MS_PER_LETTER a letter). A word the service reports in another form (a number
    read out) is not found in the text, and then only the first test applies."""
    if words[-1].end_ms > audio_ms + END_TOLERANCE_MS:
        return True
    position, found = 0, False
    for word in words:
        at = text.find(word.text, position)
        found = at >= 0 and bool(word.text)
        if found:
            position = at + len(word.text)
    letters = sum(character.isalnum() for character in text[position:]) if found else 0
    return letters > 0 and audio_ms - words[-1].end_ms < MIN_MS_PER_LETTER * letters / rate


class EdgeEngine:
    name = "edge"
    max_chars = 1000
    """edge-tts splits longer texts itself at 4,096 bytes; 1,000 Arabic characters stay under it."""
    sample_rate = SAMPLE_RATE
    needs_verbalised_numbers = False
    wants_diacritics = False
    needs_network = True
    breath_words = None

    def __init__(self, config: CloudConfig | None = None, *, rng: random.Random | None = None) -> None:
        self.config = config or CloudConfig()
        self.cooldown = Cooldown()
        self._rng = rng or random.Random()
        self._connections = threading.BoundedSemaphore(self.config.edge_connections)
        self.voice  # an unknown voice is refused before anything else happens

    @property
    def voice(self) -> str:
        voice = self.config.voice or DEFAULT_VOICE
        if known_voice(self.name, voice) is None:
            raise InputError(f"{voice!r} is not one of the edge voices; 'audio-edition voices --engine edge' "
                             f"lists them")
        return voice

    def availability(self) -> Availability:
        version = _edge_tts_version()
        if version is None:
            return Availability(False, "the edge-tts package is not installed")
        try:
            url = edge_url()
        except InputError as error:
            return Availability(False, str(error))
        return Availability(True, f"edge-tts {version}, voice {self.config.voice or DEFAULT_VOICE}, "
                                  f"needs {urlsplit(url).netloc}")

    def identity(self) -> str:
        return f"edge-tts {_edge_tts_version()} voice={self.voice} endpoint={edge_url()}"

    def synthesize(self, text: str, options: SynthesisOptions):
        return self.synthesize_timed(text, options).audio

    def synthesize_timed(self, text: str, options: SynthesisOptions) -> Speech:
        """Speech for ``text`` with each word's place in it (one connection; retried as the policy allows)."""
        if not speakable(text):
            return Speech(pause())
        url = edge_url()
        voice = self.voice
        return run_with_retries(lambda: self._attempt(text, options, voice, url), self.config.retry,
                                what=f"edge TTS at {urlsplit(url).netloc}", cooldown=self.cooldown, rng=self._rng)

    def _attempt(self, text: str, options: SynthesisOptions, voice: str, url: str) -> Speech:
        import asyncio  # here, like edge-tts itself: a build with another engine need not load it

        import aiohttp
        from edge_tts import Communicate, exceptions

        _point_client_at(url)
        try:
            client = Communicate(text, voice, rate=rate_percent(options.rate), pitch=pitch_hz(options.pitch),
                                 boundary="WordBoundary", connect_timeout=max(1, round(self.config.timeout)),
                                 receive_timeout=max(1, round(self.config.timeout)))
        except ValueError as error:
            raise InputError(f"edge: {error}") from error
        host = urlsplit(url).netloc
        try:
            with self._connections:
                mp3, words = asyncio.run(_collect(client))
        except exceptions.NoAudioReceived as error:
            raise TransientFailure(f"{host} sent no audio") from error
        except (exceptions.UnexpectedResponse, exceptions.UnknownResponse) as error:
            raise TransientFailure(f"{host} sent an answer edge-tts does not understand ({error})") from error
        except exceptions.WebSocketError as error:
            raise TransientFailure(f"the websocket to {host} failed ({short_error(error)})") from error
        except aiohttp.ClientResponseError as error:
            raise _classify(error, host) from error
        except (aiohttp.ClientError, ConnectionError) as error:
            raise TransientFailure(f"the connection to {host} failed or was dropped ({short_error(error)})") from error
        except asyncio.TimeoutError as error:
            raise TransientFailure(f"no answer from {host} within {self.config.timeout:g}s") from error
        try:
            check_mp3(mp3)
            pcm = decode_mp3(mp3, SAMPLE_RATE)
        except DamagedMp3 as error:
            raise TransientFailure(f"the audio from {host} is damaged: {error}") from error
        audio = pcm_segment(pcm, SAMPLE_RATE)
        if not words:
            raise TransientFailure(f"{host} sent no word boundaries")
        if _stopped_early(text, words, len(audio), options.rate):
            raise TransientFailure(f"the answer from {host} stopped before the end of the text "
                                   f"(a dropped connection?)")
        return Speech(audio, tuple(words))


async def _collect(client) -> tuple[bytes, list[WordTiming]]:
    audio = bytearray()
    words: list[WordTiming] = []
    async for message in client.stream():
        if message["type"] == "audio":
            audio += message["data"]
        elif message["type"] == "WordBoundary":
            start = round(message["offset"] / TICKS_PER_MS) + MP3_DELAY_MS
            words.append(WordTiming(message["text"], start, start + round(message["duration"] / TICKS_PER_MS)))
    return bytes(audio), words


def _classify(error, host: str) -> Exception:
    status = error.status
    said = f"{status} ({error.message}) from {host}"
    if status == 429:
        headers = error.headers or {}
        return TransientFailure(f"{said}: rate-limited; lower --edge-connections if it persists",
                                retry_after=parse_retry_after(headers.get("Retry-After")))
    if status == 403:
        return TransientFailure(f"{said}: refused (edge-tts corrected the clock once; the service may have "
                                f"changed its token: update edge-tts?)")
    if status >= 500 or status == 408:
        return TransientFailure(f"{said}: the service is failing")
    if status == 401:
        return EngineUnavailable(f"edge: {said}: refused; update edge-tts (pip install -U edge-tts)")
    if status == 404:
        return PermanentFailure(f"{said}: no speech websocket there; check {URL_ENV}")
    return PermanentFailure(f"{said}: the connection was refused")
