"""The voices each engine offers for Arabic, from a list shipped with the package.

``audio-edition voices`` reads only ``tts/voices.json``: it works offline and
never asks a service. Maintainers refresh the list before a release with::

    python -m tts.voices --refresh [--engine edge|azure|google-cloud]

which asks each service for its current voices (edge: the edge-tts voice list;
azure and google-cloud: their voice-list APIs, with the keys their engines use)
and keeps the Arabic ones. OpenAI publishes no voice list; its entries are
edited by hand. Engines a refresh could not reach keep their old entries.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)

VOICE_FILE = "voices.json"
ARABIC_PREFIX = "ar-"


@dataclass(frozen=True)
class Voice:
    engine: str
    name: str
    locale: str
    gender: str | None
    """'Female' or 'Male' as the service says; None where it does not say (OpenAI)."""


@functools.cache
def shipped_voices() -> tuple[Voice, ...]:
    from importlib import resources

    text = resources.files("tts").joinpath(VOICE_FILE).read_text(encoding="utf-8")
    return tuple(Voice(**row) for row in json.loads(text)["voices"])


def voices_of(engine: str | None = None) -> tuple[Voice, ...]:
    return tuple(voice for voice in shipped_voices() if engine is None or voice.engine == engine)


def known_voice(engine: str, name: str) -> Voice | None:
    return next((voice for voice in voices_of(engine) if voice.name == name), None)


def voice_list_text(voices: Iterable[Voice], refreshed: str) -> str:
    """The shipped file's text: one voice a line, so a refresh diffs line by line."""
    rows = ",\n".join("  " + json.dumps(asdict(voice), ensure_ascii=False) for voice in voices)
    about = ("Voices each engine offers for Arabic, shipped with the package and never fetched at run time. "
             "Refreshed by maintainers with: python -m tts.voices --refresh")
    return (f'{{\n "about": {json.dumps(about)},\n "refreshed": "{refreshed}",\n "voices": [\n'
            f"{rows}\n ]\n}}\n")


# --- the maintainer's refresh (network; never used at run time) ---------------

def _edge_voices() -> list[Voice]:
    import asyncio

    from edge_tts import list_voices

    return [Voice("edge", row["ShortName"], row["Locale"], row.get("Gender"))
            for row in asyncio.run(list_voices()) if row["Locale"].startswith(ARABIC_PREFIX)]


def _azure_voices() -> list[Voice]:
    import requests

    from tts.azure_engine import azure_base_url, azure_key

    response = requests.get(f"{azure_base_url()}/cognitiveservices/voices/list",
                            headers={"Ocp-Apim-Subscription-Key": azure_key()}, timeout=30)
    response.raise_for_status()
    return [Voice("azure", row["ShortName"], row["Locale"], row.get("Gender"))
            for row in response.json() if row["Locale"].startswith(ARABIC_PREFIX)]


def _google_voices() -> list[Voice]:
    import requests

    from tts.google_cloud_engine import google_base_url, google_key

    response = requests.get(f"{google_base_url()}/v1/voices", params={"languageCode": "ar"},
                            headers={"X-Goog-Api-Key": google_key()}, timeout=30)
    response.raise_for_status()
    genders = {"FEMALE": "Female", "MALE": "Male"}
    return [Voice("google-cloud", row["name"], code, genders.get(row.get("ssmlGender")))
            for row in response.json().get("voices", [])
            for code in row.get("languageCodes", [])[:1] if code.startswith(ARABIC_PREFIX)]


FETCHERS = {"edge": _edge_voices, "azure": _azure_voices, "google-cloud": _google_voices}


def refresh(path: Path, engines: Iterable[str]) -> list[str]:
    """Rewrite ``path`` with fresh lists for ``engines``; returns one line per engine saying what happened."""
    current = json.loads(path.read_text(encoding="utf-8"))["voices"]
    voices = [Voice(**row) for row in current]
    report = []
    for engine in engines:
        try:
            fresh = sorted(FETCHERS[engine](), key=lambda voice: (voice.locale, voice.name))
        except Exception as error:  # noqa: BLE001 - a maintainer tool: say what failed and keep the old list
            report.append(f"{engine}: kept {sum(v.engine == engine for v in voices)} voices ({error})")
            continue
        if not fresh:
            report.append(f"{engine}: the service listed no Arabic voice; kept the old list")
            continue
        position = next((index for index, voice in enumerate(voices) if voice.engine == engine), len(voices))
        voices = [voice for voice in voices if voice.engine != engine]
        voices[position:position] = fresh
        report.append(f"{engine}: {len(fresh)} voices")
    path.write_text(voice_list_text(voices, date.today().isoformat()), encoding="utf-8")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tts.voices", description=(
        "Maintainers: refresh the shipped voice list (tts/voices.json) from the services. azure needs "
        "AZURE_SPEECH_KEY and AZURE_SPEECH_REGION (or AZURE_SPEECH_ENDPOINT), google-cloud "
        "GOOGLE_CLOUD_TTS_API_KEY; edge needs only the internet."))
    parser.add_argument("--refresh", action="store_true", required=True, help="ask the services and rewrite the list")
    parser.add_argument("--engine", action="append", choices=sorted(FETCHERS),
                        help="only this engine (repeatable; default: all three)")
    parser.add_argument("--file", type=Path, default=Path(__file__).with_name(VOICE_FILE), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    for line in refresh(args.file, args.engine or sorted(FETCHERS)):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
