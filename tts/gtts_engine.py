"""Google's voice through the gtts package."""

from __future__ import annotations

import io
import logging
import os
from dataclasses import dataclass

from audio_edition.errors import SynthesisError
from audio_edition.ffmpeg import use_bundled_ffmpeg
from tts.base import Availability, SynthesisOptions, to_engine_pcm

log = logging.getLogger(__name__)

BASE_URL_ENV = "AUDIO_EDITION_GTTS_URL"
DEFAULT_BASE_URL = "https://translate.google.com"


@dataclass(frozen=True, kw_only=True)
class GttsConfig:
    base_url: str = ""
    timeout: float = 10.0

    def resolved_base_url(self) -> str:
        return (self.base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")


class GttsEngine:
    name = "gtts"
    max_chars = 100
    sample_rate = 24000
    needs_verbalised_numbers = False
    wants_diacritics = False
    needs_network = True

    def __init__(self, config: GttsConfig | None = None) -> None:
        self.config = config or GttsConfig()

    def availability(self) -> Availability:
        try:
            import gtts
        except ImportError:
            return Availability(False, "the gtts package is not installed")
        return Availability(True, f"gtts {gtts.__version__}, needs {self.config.resolved_base_url()}")

    def identity(self) -> str:
        import gtts

        return f"gtts {gtts.__version__}"

    def synthesize(self, text: str, options: SynthesisOptions):
        from gtts import gTTS, gTTSError

        buffer = io.BytesIO()
        try:
            gTTS(text, lang=options.lang, slow=options.slow, lang_check=False,
                 timeout=self.config.timeout).write_to_fp(buffer)
        except gTTSError as error:
            raise SynthesisError("Google TTS request failed", part=text[:40], cause=str(error)) from error
        data = buffer.getvalue()
        if not data:
            raise SynthesisError("Google TTS answered without audio", part=text[:40])
        segment_type = use_bundled_ffmpeg()
        return to_engine_pcm(segment_type.from_file(io.BytesIO(data), format="mp3", codec="mp3"))
