"""Google Cloud Text-to-Speech through its REST API v1 (``text:synthesize``), ar-XA voices.

POST ``{base}/v1/text:synthesize`` with the key in the ``X-Goog-Api-Key`` header (never
in the URL, where it could end up in a log or an error message). The base is
``https://texttospeech.googleapis.com`` or ``GOOGLE_CLOUD_TTS_URL``. The answer is JSON
with base64 LINEAR16 audio (a 24 kHz 16-bit mono WAV). A request takes at most 5,000
bytes of text: chunks are at most 1,500 characters (Arabic letters are 2 bytes in UTF-8).
"""

from __future__ import annotations

import base64
import binascii

from audio_edition.errors import EngineUnavailable
from tts.base import SynthesisOptions
from tts.cloud import SAMPLE_RATE, RestEngine, credential, url_from_env
from tts.mp3 import DamagedMp3

KEY_ENV = "GOOGLE_CLOUD_TTS_API_KEY"
URL_ENV = "GOOGLE_CLOUD_TTS_URL"
DEFAULT_URL = "https://texttospeech.googleapis.com"
PATH = "/v1/text:synthesize"
DEFAULT_VOICE = "ar-XA-Wavenet-B"
SEMITONES_PER_PITCH_STEP = 0.2
"""--pitch 0-100 becomes -10 to +10 semitones (the API takes -20 to +20)."""


def google_base_url() -> str:
    return url_from_env(URL_ENV, DEFAULT_URL)


def google_key() -> str:
    key = credential(KEY_ENV)
    if key is None:
        raise EngineUnavailable(f"google-cloud: set {KEY_ENV} to an API key allowed to use Cloud Text-to-Speech")
    return key


class GoogleCloudEngine(RestEngine):
    name = "google-cloud"
    service = "Google Cloud Text-to-Speech"
    max_chars = 1500
    default_voice = DEFAULT_VOICE
    key_variable = KEY_ENV
    key_hint = "(an API key of a project with the Cloud Text-to-Speech API enabled)"

    def missing_credentials(self) -> str | None:
        return None if credential(KEY_ENV) else f"set {KEY_ENV} to an API key allowed to use Cloud Text-to-Speech"

    def endpoint(self) -> str:
        return google_base_url() + PATH

    def request(self, text: str, options: SynthesisOptions) -> tuple[dict[str, str], dict]:
        voice = self.voice
        audio = {"audioEncoding": "LINEAR16", "sampleRateHertz": SAMPLE_RATE, "speakingRate": options.rate}
        if options.pitch != 50:
            if "Chirp" in voice:
                self.warn_once(f"google-cloud: {voice} does not take a pitch; --pitch is ignored")
            else:
                audio["pitch"] = round((options.pitch - 50) * SEMITONES_PER_PITCH_STEP, 1)
        body = {"input": {"text": text}, "voice": {"languageCode": voice[:5], "name": voice}, "audioConfig": audio}
        return {"X-Goog-Api-Key": google_key(), "User-Agent": "audio-edition"}, {"json": body}

    def audio_of(self, response) -> bytes:
        try:
            return base64.b64decode(response.json()["audioContent"], validate=True)
        except (ValueError, KeyError, TypeError, binascii.Error) as error:
            raise DamagedMp3(f"no base64 audioContent in the answer ({type(error).__name__})") from error

    def key_refused(self, response) -> bool:
        """Google answers a wrong key with 400 API_KEY_INVALID, a key without the API with 403."""
        if response.status_code in (401, 403):
            return True
        return response.status_code == 400 and "API_KEY_INVALID" in response.text
