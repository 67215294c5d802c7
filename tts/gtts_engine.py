"""Google's voice through the gtts package, made fault tolerant.

What gtts does not do, and this module adds:

- **Our chunking.** gtts's tokenizer would re-split our text and drops ``،``;
  we give it no pre-processors and a tokenizer that keeps the text whole, so
  each chunk from text/chunk.py (at most 100 characters) is one request.
- **A configurable endpoint.** gtts always builds
  ``https://translate.google.{tld}/_/TranslateWebserverUi/data/batchexecute``;
  ``AUDIO_EDITION_GTTS_URL`` (or GttsConfig.base_url) replaces the part before
  ``/_/``, for a mirror, a proxy or a test server.
- **Proxies that respect NO_PROXY.** gtts hands ``urllib.request.getproxies()``
  straight to requests, which then ignores NO_PROXY and sends even 127.0.0.1
  through HTTP_PROXY. We resolve proxies per URL the way requests does for
  ordinary calls, and never proxy loopback addresses. We also keep TLS
  verification on (gtts turns it off); REQUESTS_CA_BUNDLE is honoured.
- **A timeout and retries** (see tts/retry.py): 429 (honouring Retry-After),
  5xx, timeouts, dropped connections, a 200 answer with no audio (gtts then
  yields 0 bytes without raising) and truncated or undecodable MP3.
"""

from __future__ import annotations

import base64
import binascii
import functools
import logging
import os
import random
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from audio_edition.errors import InputError
from tts.base import Availability, SynthesisOptions, pcm_segment
from tts.http import connection_problem, parse_retry_after, request_settings, short_error
from tts.mp3 import DamagedMp3, check_mp3, decode_mp3
from tts.retry import Cooldown, InFlight, PermanentFailure, RetryPolicy, TransientFailure, run_with_retries

log = logging.getLogger(__name__)

BASE_URL_ENV = "AUDIO_EDITION_GTTS_URL"
DEFAULT_BASE_URL = "https://translate.google.com"
ENDPOINT_PATH = "/_/TranslateWebserverUi/data/batchexecute"
SAMPLE_RATE = 24000
PUNCTUATION_PAUSE_MS = 200
_AUDIO_LINE = re.compile(r'jQ1olc","\[\\"(.*)\\"]')  # the same pattern gtts 2.5.4 uses


@dataclass(frozen=True, kw_only=True)
class GttsConfig:
    base_url: str = ""
    """Endpoint base, e.g. https://translate.google.com (default: $AUDIO_EDITION_GTTS_URL, then Google)."""
    tld: str = "com"
    """Google host suffix (translate.google.<tld>) when no base URL is set; changes the accent."""
    timeout: float = 10.0
    """Seconds to wait for a connection and between bytes of an answer."""
    retry: RetryPolicy = field(default_factory=RetryPolicy)

    def __post_init__(self) -> None:
        if not 0 < self.timeout <= 300:
            raise InputError(f"timeout must be more than 0 and at most 300 seconds, not {self.timeout:g}")

    def resolved_base_url(self) -> str:
        """The configured base, else $AUDIO_EDITION_GTTS_URL, else Google (read at call time)."""
        base = self.base_url or os.environ.get(BASE_URL_ENV) or f"https://translate.google.{self.tld}"
        parts = urlsplit(base)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            source = "base_url" if self.base_url else BASE_URL_ENV
            raise InputError(f"{source} must be an http:// or https:// URL, not {base!r}")
        return base.rstrip("/")

    def endpoint(self) -> str:
        return self.resolved_base_url() + ENDPOINT_PATH


def _keep_whole(text: str) -> list[str]:
    """gtts tokenizer that leaves our chunk as it is."""
    return [text]


@functools.cache
def _endpoint_tts_class():
    """The gTTS subclass, built once on first use so importing this module never needs gtts."""
    import requests
    from gtts import gTTS, gTTSError

    class EndpointTTS(gTTS):
        """gTTS sending exactly our text, to our endpoint, with sane proxy handling.

        Building the requests (gtts's own ``_prepare_requests`` and RPC packing)
        is untouched apart from the URL; ``stream`` follows gtts 2.5.4's with the
        transport settings fixed and the original exception kept as __cause__.
        """

        def __init__(self, text: str, *, endpoint: str, lang: str, slow: bool, timeout: float) -> None:
            super().__init__(text, lang=lang, slow=slow, lang_check=False, pre_processor_funcs=[],
                             tokenizer_func=_keep_whole, timeout=timeout)
            self.endpoint = endpoint

        def _prepare_requests(self):
            prepared = super()._prepare_requests()
            for request in prepared:
                request.prepare_url(self.endpoint, None)
            return prepared

        def stream(self):
            for prepared in self._prepare_requests():
                response = None
                try:
                    with requests.Session() as session:
                        response = session.send(prepared, timeout=self.timeout,
                                                **request_settings(session, prepared.url))
                    response.raise_for_status()
                except requests.exceptions.HTTPError as error:
                    raise gTTSError(tts=self, response=response) from error
                except requests.exceptions.RequestException as error:
                    raise gTTSError(tts=self) from error
                for line in response.iter_lines(chunk_size=1024):
                    decoded = line.decode("utf-8", "replace")
                    if "jQ1olc" in decoded:
                        found = _AUDIO_LINE.search(decoded)
                        if not found:
                            raise gTTSError(tts=self, response=response)
                        try:
                            audio = base64.b64decode(found.group(1).encode("ascii"), validate=True)
                        except (binascii.Error, UnicodeError) as error:
                            raise DamagedMp3(f"its base64 text is malformed ({error})") from error
                        yield audio

    return EndpointTTS, gTTSError


class GttsEngine:
    name = "gtts"
    max_chars = 100
    sample_rate = SAMPLE_RATE
    needs_verbalised_numbers = False
    wants_diacritics = False
    needs_network = True
    breath_words = None

    def __init__(self, config: GttsConfig | None = None, *, rng: random.Random | None = None) -> None:
        self.config = config or GttsConfig()
        self.cooldown = Cooldown()
        self.in_flight = InFlight()
        self._rng = rng or random.Random()
        self._warned_options = False

    def availability(self) -> Availability:
        try:
            import gtts
        except ImportError:
            return Availability(False, "the gtts package is not installed")
        return Availability(True, f"gtts {gtts.__version__}, needs {self.config.resolved_base_url()}")

    def identity(self) -> str:
        """Package version and endpoint: a mirror or a test server may not sound like
        Google, so their audio never stands in for Google's in a shared cache."""
        import gtts

        return f"gtts {gtts.__version__} endpoint={self.config.resolved_base_url()}"

    def synthesize(self, text: str, options: SynthesisOptions):
        """Mono 16-bit PCM at 24 kHz for ``text`` (one request; retried as the policy allows)."""
        if (options.rate != 1.0 or options.pitch != 50) and not self._warned_options:
            self._warned_options = True
            log.warning("gtts ignores rate and pitch (Google offers only normal or slow speech)")
        if not any(character.isalnum() for character in text):
            # gtts refuses text with nothing to pronounce; such a chunk is a pause.
            return pcm_segment(bytes(2 * SAMPLE_RATE * PUNCTUATION_PAUSE_MS // 1000), SAMPLE_RATE)
        endpoint = self.config.endpoint()
        return run_with_retries(lambda: self._attempt(text, options, endpoint), self.config.retry,
                                what=f"Google TTS at {urlsplit(endpoint).netloc}", cooldown=self.cooldown,
                                rng=self._rng)

    def _attempt(self, text: str, options: SynthesisOptions, endpoint: str):
        with self.in_flight.slot():
            return self._request(text, options, endpoint)

    def _request(self, text: str, options: SynthesisOptions, endpoint: str):
        tts_class, gtts_error = _endpoint_tts_class()
        tts = tts_class(text, endpoint=endpoint, lang=options.lang, slow=options.slow,
                        timeout=self.config.timeout)
        try:
            mp3 = b"".join(tts.stream())
        except gtts_error as error:
            raise self._classify(error, endpoint, options.lang) from error
        except DamagedMp3 as error:
            raise TransientFailure(f"the audio in the answer is damaged: {error}") from error
        if not mp3:
            raise TransientFailure("the endpoint answered 200 without audio (an HTML page such as a "
                                   "consent or captcha wall, or a changed protocol)")
        try:
            check_mp3(mp3)
            pcm = decode_mp3(mp3, SAMPLE_RATE)
        except DamagedMp3 as error:
            raise TransientFailure(f"the audio in the answer is damaged: {error}") from error
        return pcm_segment(pcm, SAMPLE_RATE)

    def _classify(self, error, endpoint: str, lang: str) -> Exception:
        """A gTTSError as a transient or permanent failure with a probable cause."""
        import requests

        host = urlsplit(endpoint).netloc
        response = error.rsp
        if response is None:
            reason = error.__cause__
            if isinstance(reason, requests.exceptions.Timeout):
                return TransientFailure(f"no answer from {host} within {self.config.timeout:g}s")
            if isinstance(reason, requests.exceptions.ConnectionError):
                return TransientFailure(f"{connection_problem(reason)} ({host})")
            return PermanentFailure(f"the request to {endpoint} cannot be made ({short_error(reason or error)})")
        status = response.status_code
        said = f"{status} ({response.reason}) from {host}"
        if status == 429 or status >= 500:
            self.in_flight.back_off(f"Google TTS at {host} answered {status}")
        if status == 429:
            return TransientFailure(f"{said}: Google is rate-limiting this address; wait a while or "
                                    f"lower --jobs", retry_after=parse_retry_after(response.headers.get("Retry-After")))
        if status >= 500 or status == 408:
            return TransientFailure(f"{said}: the service is failing; try again later")
        if status == 200:
            return TransientFailure(f"{said} without an audio stream: language {lang!r} unsupported, "
                                    f"or the protocol changed")
        if status == 403:
            return PermanentFailure(f"{said}: bad token or upstream API changes (update gtts?)")
        if status == 404:
            return PermanentFailure(f"{said}: no TTS endpoint at {endpoint}; check {BASE_URL_ENV}")
        return PermanentFailure(f"{said}: the request was refused")


def probe_endpoint(base_url: str, timeout: float) -> tuple[bool, str]:
    """Whether the endpoint answers HTTP at all within ``timeout`` (any status counts),
    going through the same proxies as synthesis."""
    import requests

    host = urlsplit(base_url).netloc or base_url
    try:
        with requests.Session() as session:
            request = requests.Request("GET", base_url + "/").prepare()
            response = session.send(request, timeout=timeout, allow_redirects=False,
                                    **request_settings(session, request.url))
            response.close()
    except requests.exceptions.Timeout:
        return False, f"{host} cannot be reached (no answer within {timeout:g} s)"
    except requests.exceptions.ConnectionError as error:
        return False, f"{host} cannot be reached ({connection_problem(error)})"
    except requests.exceptions.RequestException as error:
        return False, f"{host} cannot be reached ({short_error(error)})"
    return True, f"{host} answered HTTP {response.status_code}"
