"""Azure AI Speech through its REST API: the same neural voices as edge, under a contract.

POST ``{base}/cognitiveservices/v1`` with SSML; the base is
``https://{AZURE_SPEECH_REGION}.tts.speech.microsoft.com`` or ``AZURE_SPEECH_ENDPOINT``
(a custom or private endpoint, a proxy, a test server). The key goes in the
``Ocp-Apim-Subscription-Key`` header. Audio comes back as 24 kHz 16-bit mono WAV
(lossless: nothing to undo from an MP3 encoder).
"""

from __future__ import annotations

from audio_edition.errors import EngineUnavailable
from tts.base import SynthesisOptions
from tts.cloud import RestEngine, credential, pitch_hz, rate_percent, url_from_env

KEY_ENV = "AZURE_SPEECH_KEY"
REGION_ENV = "AZURE_SPEECH_REGION"
ENDPOINT_ENV = "AZURE_SPEECH_ENDPOINT"
PATH = "/cognitiveservices/v1"
OUTPUT_FORMAT = "riff-24khz-16bit-mono-pcm"
DEFAULT_VOICE = "ar-SA-HamedNeural"


def azure_base_url() -> str:
    """``AZURE_SPEECH_ENDPOINT``, else the region's speech host (EngineUnavailable when neither is set)."""
    if credential(ENDPOINT_ENV):
        return url_from_env(ENDPOINT_ENV, "")
    region = credential(REGION_ENV)
    if region is None:
        raise EngineUnavailable(f"azure: set {REGION_ENV} (e.g. westeurope) or {ENDPOINT_ENV}")
    if not region.replace("-", "").isalnum():
        raise EngineUnavailable(f"azure: {REGION_ENV} must be a region name such as westeurope")
    return f"https://{region}.tts.speech.microsoft.com"


def azure_key() -> str:
    key = credential(KEY_ENV)
    if key is None:
        raise EngineUnavailable(f"azure: set {KEY_ENV} to a key of your Speech resource")
    return key


def ssml(text: str, voice: str, options: SynthesisOptions) -> str:
    from xml.sax.saxutils import escape, quoteattr  # it loads urllib.request: only when azure speaks

    locale = voice.rsplit("-", 1)[0]
    return (f"<speak version='1.0' xmlns='http://www.w3.org/2001/10/synthesis' xml:lang={quoteattr(locale)}>"
            f"<voice name={quoteattr(voice)}><prosody rate={quoteattr(rate_percent(options.rate))} "
            f"pitch={quoteattr(pitch_hz(options.pitch))}>{escape(text)}</prosody></voice></speak>")


class AzureEngine(RestEngine):
    name = "azure"
    service = "Azure AI Speech"
    max_chars = 1000
    default_voice = DEFAULT_VOICE
    key_variable = KEY_ENV
    key_hint = f"(a key of the Speech resource that {REGION_ENV} or {ENDPOINT_ENV} names)"

    def missing_credentials(self) -> str | None:
        try:
            azure_key()
            azure_base_url()
        except EngineUnavailable as error:
            return str(error).removeprefix("azure: ")
        return None

    def endpoint(self) -> str:
        return azure_base_url() + PATH

    def request(self, text: str, options: SynthesisOptions) -> tuple[dict[str, str], dict]:
        headers = {"Ocp-Apim-Subscription-Key": azure_key(), "Content-Type": "application/ssml+xml",
                   "X-Microsoft-OutputFormat": OUTPUT_FORMAT, "User-Agent": "audio-edition"}
        return headers, {"data": ssml(text, self.voice, options).encode("utf-8")}
