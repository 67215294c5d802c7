"""Offline Arabic speech: libespeak-ng from the espeakng-loader wheel, through ctypes.

The library keeps global state (one voice, one set of parameters, one
callback) and is not thread-safe, so it is initialised once per process and
every call holds one process-wide lock. Synchronous mode: ``espeak_Synth``
returns when the text is spoken, and a synth callback collects the 16-bit PCM.
"""

from __future__ import annotations

import ctypes
import logging
import threading
from dataclasses import dataclass

from audio_edition.errors import EngineUnavailable, InputError, SynthesisError
from tts.base import Availability, SynthesisOptions, pcm_segment

log = logging.getLogger(__name__)

# From espeak-ng's speak_lib.h.
AUDIO_OUTPUT_SYNCHRONOUS = 2
ESPEAK_CHARS_UTF8 = 1
ESPEAK_RATE, ESPEAK_VOLUME, ESPEAK_PITCH = 1, 2, 3
POS_CHARACTER = 1
EE_OK = 0
ERROR_NAMES = {-1: "EE_INTERNAL_ERROR", 1: "EE_BUFFER_FULL", 2: "EE_NOT_FOUND"}

MIN_WPM, MAX_WPM = 80, 450
"""The range of the configured pace (``--wpm``): espeak-ng's normal rate range."""
MAX_EFFECTIVE_WPM = 900
"""Ceiling of the pace times ``--rate`` (450 x 2.0); above 450 espeak-ng time-stretches its output."""

DEFAULT_WPM = 270
"""espeak's words per minute at ``--rate 1.0``. espeak counts English-sized words;
diacritised Arabic has more syllables per word, so the real pace is far lower:
270 reads the seed article at 143 words per minute over the whole edition,
pauses included, counting the undiacritised words (bench/offline_speed.py,
one request per sentence)."""

MAX_BREATH_WORDS = 20
"""Longest unpunctuated run espeak is given in one breath. It reads Arabic news at about 3 words a second, so 20
words are 6-7 s: twice a reader's mean breath group (about 3 s, 18 syllables, in read speech). Longer runs are
common (more than half the real pages have one) and, read whole, come out breathless."""

_SYNTH_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


@dataclass(frozen=True, kw_only=True)
class EspeakConfig:
    """What the espeak voice is: an espeak-ng voice name and its base speed."""

    voice: str = "ar"
    words_per_minute: int = DEFAULT_WPM

    def __post_init__(self) -> None:
        if not self.voice or not self.voice.isprintable() or " " in self.voice:
            raise InputError(f"espeak voice must be a voice name such as 'ar', not {self.voice!r}")
        if not MIN_WPM <= self.words_per_minute <= MAX_WPM:
            raise InputError(f"espeak words per minute must be between {MIN_WPM} and {MAX_WPM}, "
                             f"not {self.words_per_minute}")


def _error_name(status: int) -> str:
    return ERROR_NAMES.get(status, f"error {status}")


class _Library:
    """The loaded library, initialised once per process; use :meth:`get`."""

    lock = threading.Lock()
    _instance: "_Library | None" = None

    def __init__(self) -> None:
        try:
            import espeakng_loader
        except ImportError as error:
            raise EngineUnavailable("espeak: the espeakng-loader package is not installed") from error
        try:
            lib = ctypes.CDLL(espeakng_loader.get_library_path())
            data_path = espeakng_loader.get_data_path()
        except (OSError, RuntimeError) as error:
            raise EngineUnavailable(f"espeak: cannot load libespeak-ng ({error})") from error
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_SetSynthCallback.restype = None
        lib.espeak_SetSynthCallback.argtypes = [_SYNTH_CALLBACK]
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetParameter.restype = ctypes.c_int
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_Synth.restype = ctypes.c_int
        lib.espeak_Synth.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
                                     ctypes.c_uint, ctypes.c_uint, ctypes.POINTER(ctypes.c_uint), ctypes.c_void_p]
        lib.espeak_Info.restype = ctypes.c_char_p
        lib.espeak_Info.argtypes = [ctypes.c_void_p]
        self.lib = lib
        self.sample_rate = lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, str(data_path).encode(), 0)
        if self.sample_rate <= 0:
            raise EngineUnavailable(f"espeak: libespeak-ng could not initialise with its data in {data_path}")
        self._chunks: list[bytes] = []

        def collect(wav, count, _events):  # noqa: ANN001 - ctypes signature
            if count > 0 and wav:
                self._chunks.append(ctypes.string_at(wav, count * 2))
            return 0  # 0: go on synthesising

        # The library keeps only a C pointer: this object must outlive every call,
        # so it lives as long as the (process-wide) instance.
        self._callback = _SYNTH_CALLBACK(collect)
        lib.espeak_SetSynthCallback(self._callback)
        self.version = (lib.espeak_Info(None) or b"?").decode()

    @classmethod
    def get(cls) -> "_Library":
        with cls.lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance

    def has_voice(self, voice: str) -> bool:
        with self.lock:
            return self.lib.espeak_SetVoiceByName(voice.encode()) == EE_OK

    def speak(self, text: str, voice: str, wpm: int, pitch: int) -> bytes:
        """Mono 16-bit PCM at :attr:`sample_rate` for ``text``."""
        with self.lock:
            status = self.lib.espeak_SetVoiceByName(voice.encode())
            if status != EE_OK:
                raise EngineUnavailable(f"espeak: no voice named {voice!r} ({_error_name(status)})")
            for parameter, value in ((ESPEAK_RATE, wpm), (ESPEAK_PITCH, pitch)):
                status = self.lib.espeak_SetParameter(parameter, value, 0)
                if status != EE_OK:
                    raise SynthesisError(f"espeak refused parameter {parameter}={value} ({_error_name(status)})")
            self._chunks = []
            encoded = text.encode("utf-8") + b"\0"
            status = self.lib.espeak_Synth(encoded, len(encoded), 0, POS_CHARACTER, 0, ESPEAK_CHARS_UTF8,
                                           None, None)
            pcm, self._chunks = b"".join(self._chunks), []
        if status != EE_OK:
            raise SynthesisError(f"espeak could not speak the text ({_error_name(status)})", part=text[:40])
        return pcm


class EspeakEngine:
    """espeak-ng's Arabic voice, offline. Wants diacritised text and spelled-out numbers."""

    name = "espeak"
    max_chars = None
    """espeak-ng takes text of any length; one request per sentence keeps its
    intonation whole (no cut inside a sentence but at a breath, ``breath_words``)."""
    needs_verbalised_numbers = True
    wants_diacritics = True
    needs_network = False
    breath_words = MAX_BREATH_WORDS
    """espeak-ng pauses at punctuation only (about 0.1 s, even at a full stop, at this rate): an unpunctuated run
    of more than this many words, over 6 s of its Arabic, is read in breath groups."""

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
        if not library.has_voice(self.config.voice):
            return Availability(False, f"espeak-ng {library.version} has no voice named {self.config.voice!r}")
        return Availability(True, f"libespeak-ng {library.version} from espeakng-loader, voice "
                                  f"{self.config.voice}, {self.config.words_per_minute} wpm")

    def identity(self) -> str:
        return f"espeak-ng {_Library.get().version} voice={self.config.voice} wpm={self.config.words_per_minute}"

    def words_per_minute(self, options: SynthesisOptions) -> int:
        """espeak's rate for these options: the configured pace times ``options.rate``."""
        return max(MIN_WPM, min(MAX_EFFECTIVE_WPM, round(self.config.words_per_minute * options.rate)))

    def synthesize(self, text: str, options: SynthesisOptions):
        if not text.strip():
            raise SynthesisError("espeak was given no text to speak")
        library = _Library.get()
        pcm = library.speak(text, self.config.voice, self.words_per_minute(options), options.pitch)
        if not pcm:
            raise SynthesisError("espeak produced no audio", part=text[:40])
        return pcm_segment(pcm, library.sample_rate)
