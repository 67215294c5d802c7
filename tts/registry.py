"""Engine names to engines, and the choice made by ``--engine auto``."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from audio_edition.errors import EngineUnavailable, InputError
from tts.base import Engine
from tts.espeak import EspeakConfig, EspeakEngine
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


ENGINES: dict[str, Callable[[EngineSettings], Engine]] = {
    "gtts": lambda settings: GttsEngine(settings.gtts),
    "espeak": lambda settings: EspeakEngine(settings.espeak),
    "piper": lambda settings: PiperEngine(settings.piper_voice),
}
ENGINE_CHOICES = ("auto", *ENGINES)


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


def choose_engine(name: str, settings: EngineSettings) -> tuple[Engine, str]:
    """The engine to use and why it was chosen."""
    if name != "auto":
        return create_engine(name, settings), f"asked for with --engine {name}"
    if settings.piper_voice is not None and "piper" in ENGINES:
        return create_engine("piper", settings), "a Piper voice is configured"
    reachable, why = google_reachable(settings.gtts.resolved_base_url())
    if reachable:
        return create_engine("gtts", settings), f"Google TTS is reachable ({why})"
    return create_engine("espeak", settings), f"offline engine: {why}"
