"""Any OpenAI-compatible speech server: OpenAI itself, or the self-hosted ones teams run.

POST ``{OPENAI_BASE_URL}/audio/speech`` (default base ``https://api.openai.com/v1``) with
``Authorization: Bearer $OPENAI_API_KEY`` and ``{"model", "voice", "input", "speed",
"response_format": "wav"}``. OpenAI takes at most 4,096 characters a request. Voices are
not checked against the shipped list, since a self-hosted server has its own.
"""

from __future__ import annotations

from tts.base import SynthesisOptions
from tts.cloud import RestEngine, credential, url_from_env
from tts.voices import known_voice

KEY_ENV = "OPENAI_API_KEY"
URL_ENV = "OPENAI_BASE_URL"
DEFAULT_URL = "https://api.openai.com/v1"
PATH = "/audio/speech"
DEFAULT_VOICE = "alloy"
DEFAULT_MODEL = "gpt-4o-mini-tts"


class OpenAIEngine(RestEngine):
    name = "openai"
    service = "OpenAI speech"
    max_chars = 4000
    default_voice = DEFAULT_VOICE
    key_variable = KEY_ENV
    checks_voice = False

    @property
    def model(self) -> str:
        return self.config.model or DEFAULT_MODEL

    def missing_credentials(self) -> str | None:
        return None if credential(KEY_ENV) else (f"set {KEY_ENV} (and {URL_ENV} for a server other than "
                                                 f"OpenAI's)")

    def endpoint(self) -> str:
        return url_from_env(URL_ENV, DEFAULT_URL) + PATH

    def identity(self) -> str:
        return f"openai voice={self.voice} model={self.model} endpoint={self.endpoint()}"

    def request(self, text: str, options: SynthesisOptions) -> tuple[dict[str, str], dict]:
        if options.pitch != 50:
            self.warn_once("openai: the speech API has no pitch setting; --pitch is ignored")
        if known_voice(self.name, self.voice) is None and self.endpoint().startswith(DEFAULT_URL):
            self.warn_once(f"openai: {self.voice!r} is not one of OpenAI's voices ('audio-edition voices "
                           f"--engine openai')")
        body = {"model": self.model, "voice": self.voice, "input": text, "speed": options.rate,
                "response_format": "wav"}
        return {"Authorization": f"Bearer {credential(KEY_ENV)}", "User-Agent": "audio-edition"}, {"json": body}
