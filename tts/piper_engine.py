"""Offline neural speech with Piper (``piper-tts``) and a voice file the user has.

A Piper voice is a pair: ``NAME.onnx`` and its config ``NAME.onnx.json`` beside
it (e.g. ar_JO-kareem-medium). Nothing is ever downloaded. The text arrives
already diacritised by text/ (the project's measured choice), so Piper's own
Arabic diacritiser is switched off rather than run a second time.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import threading
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from audio_edition.errors import EngineUnavailable, SynthesisError
from tts.base import Availability, SynthesisOptions, pcm_segment

log = logging.getLogger(__name__)

HOW_TO_CONFIGURE = ("give a voice with --piper-voice PATH.onnx or $AUDIO_EDITION_PIPER_VOICE (its "
                    "PATH.onnx.json beside it), "
                    "e.g. ar_JO-kareem-medium.onnx from the Piper voices collection")
SUPPORTED_PHONEME_TYPES = ("espeak", "text")
"""Other phoneme types (Chinese, Japanese...) need extra packages or downloads."""


@dataclass(frozen=True)
class VoiceFiles:
    """A voice's model and config, checked to exist and read."""

    model: Path
    config: Path
    settings: dict

    @property
    def sample_rate(self) -> int:
        return int(self.settings["audio"]["sample_rate"])

    @property
    def espeak_voice(self) -> str:
        return str(self.settings["espeak"]["voice"])


def find_voice(model: Path) -> VoiceFiles:
    """The voice at ``model`` and its config, or EngineUnavailable naming what is wrong."""
    if model.suffix != ".onnx":
        raise EngineUnavailable(f"piper: {model} is not a Piper voice (a .onnx file); {HOW_TO_CONFIGURE}")
    if not model.is_file():
        raise EngineUnavailable(f"piper: voice file {model} not found")
    config = model.with_name(model.name + ".json")
    if not config.is_file():
        raise EngineUnavailable(f"piper: voice config {config} not found; a Piper voice needs its .onnx.json "
                                f"beside the .onnx (download both files of the voice)")
    try:
        settings = json.loads(config.read_text(encoding="utf-8"))
        sample_rate = int(settings["audio"]["sample_rate"])
        str(settings["espeak"]["voice"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise EngineUnavailable(f"piper: {config} is not a Piper voice config ({error!r})") from error
    if sample_rate <= 0:
        raise EngineUnavailable(f"piper: {config} gives sample rate {sample_rate}")
    phoneme_type = settings.get("phoneme_type", "espeak")
    if phoneme_type not in SUPPORTED_PHONEME_TYPES:
        raise EngineUnavailable(f"piper: voices with phoneme type {phoneme_type!r} are not supported "
                                f"(only {', '.join(SUPPORTED_PHONEME_TYPES)})")
    return VoiceFiles(model=model, config=config, settings=settings)


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]


def _piper_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("piper-tts")
    except PackageNotFoundError:
        return "?"


class PiperEngine:
    """A Piper voice. Wants diacritised text and spelled-out numbers, like espeak."""

    name = "piper"
    max_chars = 400
    needs_verbalised_numbers = True
    wants_diacritics = True
    needs_network = False
    breath_words = None

    def __init__(self, voice: Path | None) -> None:
        self.voice_path = Path(voice).expanduser() if voice is not None else None
        self._lock = threading.Lock()
        self._voice = None

    @cached_property
    def files(self) -> VoiceFiles:
        if self.voice_path is None:
            raise EngineUnavailable(f"piper: no voice configured; {HOW_TO_CONFIGURE}")
        return find_voice(self.voice_path)

    @property
    def sample_rate(self) -> int:
        return self.files.sample_rate

    def availability(self) -> Availability:
        if importlib.util.find_spec("piper") is None:  # installed? (importing it loads onnxruntime: 0.3 s)
            return Availability(False, "piper: the piper-tts package is not installed (pip install piper-tts)")
        try:
            files = self.files
        except EngineUnavailable as error:
            return Availability(False, str(error))
        return Availability(True, f"piper-tts {_piper_version()}, voice {files.model.name} "
                                  f"(espeak voice {files.espeak_voice}, {files.sample_rate} Hz)")

    @cached_property
    def _identity(self) -> str:
        files = self.files
        return (f"piper-tts {_piper_version()} voice={files.model.name} size={files.model.stat().st_size} "
                f"sha256={_file_digest(files.model)} config-sha256={_file_digest(files.config)}")

    def identity(self) -> str:
        """The voice file's name, size and content hash (and its config's): a
        replaced or edited voice never reuses cached speech."""
        return self._identity

    def _loaded(self):
        if self._voice is None:
            files = self.files
            try:
                from piper import PiperVoice
            except ImportError as error:
                raise EngineUnavailable("piper: the piper-tts package is not installed") from error
            try:
                voice = PiperVoice.load(files.model, config_path=files.config)
            except Exception as error:  # onnxruntime raises its own types for a corrupt model
                raise EngineUnavailable(f"piper: cannot load voice {files.model} ({error})") from error
            voice.use_tashkeel = False  # text/ has diacritised already
            self._voice = voice
        return self._voice

    def synthesize(self, text: str, options: SynthesisOptions):
        if not text.strip():
            raise SynthesisError("piper was given no text to speak")
        from piper import SynthesisConfig

        with self._lock:  # one inference at a time: onnxruntime already uses every core
            voice = self._loaded()
            config = SynthesisConfig(length_scale=voice.config.length_scale / options.rate)
            try:
                pcm = b"".join(chunk.audio_int16_bytes for chunk in voice.synthesize(text, config))
            except (ValueError, KeyError, RuntimeError) as error:
                raise SynthesisError(f"piper could not speak the text ({error})", part=text[:40]) from error
        if not pcm:
            raise SynthesisError("piper produced no audio", part=text[:40])
        return pcm_segment(pcm, voice.config.sample_rate)

