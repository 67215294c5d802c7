"""Engine names to engines, and the choice made by ``--engine auto``."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from audio_edition.errors import EngineUnavailable, InputError
from tts import azure_engine, edge_engine, google_cloud_engine, openai_engine
from tts.azure_engine import AzureEngine
from tts.base import Engine
from tts.cloud import CloudConfig, credential
from tts.edge_engine import EdgeEngine
from tts.engine_names import ENGINE_CHOICES, ENGINE_NAMES
from tts.espeak import EspeakConfig, EspeakEngine
from tts.google_cloud_engine import GoogleCloudEngine
from tts.openai_engine import OpenAIEngine
from tts.gtts_engine import GttsConfig, GttsEngine, probe_endpoint
from tts.piper_engine import PiperEngine

log = logging.getLogger(__name__)

PROBE_TIMEOUT = 1.5


@dataclass(frozen=True, kw_only=True)
class EngineSettings:
    """Everything needed to construct any engine (what a voice *is*)."""

    gtts: GttsConfig = GttsConfig()
    espeak: EspeakConfig = EspeakConfig()
    piper_voice: Path | None = None
    cloud: CloudConfig = CloudConfig()
    """Voice, model, timeout and retries of edge, azure, google-cloud and openai."""


_FACTORIES: dict[str, Callable[[EngineSettings], Engine]] = {
    "gtts": lambda settings: GttsEngine(settings.gtts),
    "espeak": lambda settings: EspeakEngine(settings.espeak),
    "piper": lambda settings: PiperEngine(settings.piper_voice),
    "edge": lambda settings: EdgeEngine(settings.cloud),
    "azure": lambda settings: AzureEngine(settings.cloud),
    "google-cloud": lambda settings: GoogleCloudEngine(settings.cloud),
    "openai": lambda settings: OpenAIEngine(settings.cloud),
}
ENGINES: dict[str, Callable[[EngineSettings], Engine]] = {name: _FACTORIES[name] for name in ENGINE_NAMES}
"""Each engine by name, in ``tts.engine_names``' order: the names live there alone, so ``--engine`` choices and
this table cannot drift apart (a name without a factory fails at import)."""

DEFAULT_VOICES = {"edge": edge_engine.DEFAULT_VOICE, "azure": azure_engine.DEFAULT_VOICE,
                  "google-cloud": google_cloud_engine.DEFAULT_VOICE, "openai": openai_engine.DEFAULT_VOICE}
"""The network engines' voices when --voice is not given (their lists: 'audio-edition voices')."""

CONFIGURED_BY = (("azure", azure_engine.KEY_ENV), ("google-cloud", google_cloud_engine.KEY_ENV),
                 ("openai", openai_engine.KEY_ENV))
"""Licensed services ``auto`` uses, in this order, when their key is set: set on purpose, they
come before Piper, gTTS and espeak. (edge needs no key, so auto never picks it.)"""

NEEDS = {
    "gtts": "internet access to Google Translate; free",
    "espeak": "nothing: installed by pip; offline",
    "piper": "a Piper voice file (--piper-voice or $AUDIO_EDITION_PIPER_VOICE); offline",
    "edge": "internet access to Microsoft Edge's Read Aloud service; free, unofficial, no key",
    "azure": "AZURE_SPEECH_KEY and AZURE_SPEECH_REGION (or AZURE_SPEECH_ENDPOINT); paid per character",
    "google-cloud": "GOOGLE_CLOUD_TTS_API_KEY (GOOGLE_CLOUD_TTS_URL to change the server); paid per character",
    "openai": "OPENAI_API_KEY (OPENAI_BASE_URL for a self-hosted server); paid per character at OpenAI",
}
"""What each engine needs, for 'audio-edition engines'."""


def create_engine(name: str, settings: EngineSettings) -> Engine:
    if name not in ENGINES:
        raise InputError(f"unknown engine {name!r}; choose from {', '.join(ENGINE_CHOICES)}")
    engine = ENGINES[name](settings)
    availability = engine.availability()
    if not availability.usable:
        raise EngineUnavailable(f"engine {name} cannot run here: {availability.reason}")
    return engine


def google_reachable(base_url: str, timeout: float = PROBE_TIMEOUT) -> tuple[bool, str]:
    """A quick HTTP request to the configured gTTS endpoint, through the same
    proxies synthesis would use (any HTTP answer counts as reachable)."""
    return probe_endpoint(base_url, timeout)


def configured_service() -> tuple[str, str] | None:
    """The licensed service ``auto`` uses and the variable that configures it, when a key is set."""
    return next(((service, variable) for service, variable in CONFIGURED_BY if credential(variable)), None)


def choose_engine(name: str, settings: EngineSettings) -> tuple[Engine, str]:
    """The engine to use and why it was chosen."""
    if name != "auto":
        return create_engine(name, settings), f"asked for with --engine {name}"
    configured = configured_service()
    if configured:
        return create_engine(configured[0], settings), f"{configured[1]} is set"
    if settings.piper_voice is not None and "piper" in ENGINES:
        return create_engine("piper", settings), "a Piper voice is configured"
    reachable, why = google_reachable(settings.gtts.resolved_base_url())
    if reachable:
        return create_engine("gtts", settings), f"Google TTS is reachable ({why})"
    return create_engine("espeak", settings), f"offline engine: {why}"
