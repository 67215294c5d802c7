"""Offline Arabic speech: libespeak-ng from the espeakng-loader wheel, through ctypes.

The library keeps global state and is not thread-safe, so every call holds
one process-wide lock. Synchronous mode: a synth callback collects 16-bit PCM.
"""

from __future__ import annotations

import ctypes
import logging
import threading
from dataclasses import dataclass

from audio_edition.errors import EngineUnavailable, SynthesisError
from tts.base import Availability, SynthesisOptions, pcm_segment

log = logging.getLogger(__name__)

AUDIO_OUTPUT_SYNCHRONOUS = 2
ESPEAK_CHARS_UTF8 = 1
ESPEAK_ENDPAUSE = 0x1000
ESPEAK_RATE, ESPEAK_VOLUME, ESPEAK_PITCH = 1, 2, 3
EE_OK = 0

DEFAULT_WPM = 165
"""espeak's words per minute at rate 1.0. Diacritised Arabic counts more
syllables per word, so this reads at a news pace of roughly 140 words/min."""

_SYNTH_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


@dataclass(frozen=True, kw_only=True)
class EspeakConfig:
    voice: str = "ar"
    words_per_minute: int = DEFAULT_WPM


class _Library:
    """The loaded library, initialised once per process."""

    lock = threading.Lock()
    _instance: "_Library | None" = None

    def __init__(self) -> None:
        try:
            import espeakng_loader
        except ImportError as error:
            raise EngineUnavailable("espeak: the espeakng-loader package is not installed") from error
        try:
            self.lib = ctypes.CDLL(espeakng_loader.get_library_path())
            data_path = espeakng_loader.get_data_path()
        except (OSError, RuntimeError) as error:
            raise EngineUnavailable(f"espeak: cannot load libespeak-ng ({error})") from error
        self.lib.espeak_Initialize.restype = ctypes.c_int
        self.lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        self.lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        self.lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        self.lib.espeak_Synth.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
                                          ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p]
        self.sample_rate = self.lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, data_path.encode(), 0)
        if self.sample_rate <= 0:
            raise EngineUnavailable("espeak: libespeak-ng failed to initialise its data")
        self.chunks: list[bytes] = []

        def collect(wav, count, _events):  # noqa: ANN001 - ctypes signature
            if count > 0 and wav:
                self.chunks.append(ctypes.string_at(wav, count * 2))
            return 0

        self._callback = _SYNTH_CALLBACK(collect)  # keep a reference: ctypes does not
        self.lib.espeak_SetSynthCallback(self._callback)
        self.version = self._version()

    def _version(self) -> str:
        info = self.lib.espeak_Info
        info.restype = ctypes.c_char_p
        info.argtypes = [ctypes.c_void_p]
        return (info(None) or b"?").decode()

    @classmethod
    def get(cls) -> "_Library":
        with cls.lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance

    def speak(self, text: str, voice: str, wpm: int, pitch: int) -> bytes:
        with self.lock:
            if self.lib.espeak_SetVoiceByName(voice.encode()) != EE_OK:
                raise EngineUnavailable(f"espeak: no voice named {voice!r}")
            self.lib.espeak_SetParameter(ESPEAK_RATE, wpm, 0)
            self.lib.espeak_SetParameter(ESPEAK_PITCH, pitch, 0)
            self.chunks = []
            encoded = text.encode("utf-8") + b"\0"
            status = self.lib.espeak_Synth(encoded, len(encoded), 0, 0, 0,
                                           ESPEAK_CHARS_UTF8 | ESPEAK_ENDPAUSE, None, None)
            if status != EE_OK:
                raise SynthesisError(f"espeak returned error {status}", part=text[:40])
            return b"".join(self.chunks)


class EspeakEngine:
    name = "espeak"
    max_chars = 400
    needs_verbalised_numbers = True
    wants_diacritics = True
    needs_network = False

    def __init__(self, config: EspeakConfig | None = None) -> None:
        self.config = config or EspeakConfig()

    @property
    def sample_rate(self) -> int:
        return _Library.get().sample_rate

    def availability(self) -> Availability:
        try:
            library = _Library.get()
        except EngineUnavailable as error:
            return Availability(False, str(error))
        return Availability(True, f"libespeak-ng {library.version} from espeakng-loader, voice {self.config.voice}")

    def identity(self) -> str:
        return f"espeak-ng {_Library.get().version} voice={self.config.voice} wpm={self.config.words_per_minute}"

    def synthesize(self, text: str, options: SynthesisOptions):
        library = _Library.get()
        wpm = round(self.config.words_per_minute * options.rate)
        pcm = library.speak(text, self.config.voice, wpm, options.pitch)
        if not pcm:
            raise SynthesisError("espeak produced no audio", part=text[:40])
        return pcm_segment(pcm, library.sample_rate)
