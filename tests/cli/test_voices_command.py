"""`audio-edition voices`: the shipped voice list, offline."""

from __future__ import annotations

import json
import subprocess
import sys

from tts.voices import voices_of

NO_NETWORK = """
import socket, sys
def refuse(*args, **kwargs):
    raise SystemExit("a network connection was attempted")
socket.socket.connect = socket.socket.connect_ex = refuse
socket.create_connection = socket.getaddrinfo = refuse
from audio_edition.cli import main
sys.exit(main(sys.argv[1:]))
"""


def voices(*args: str, env) -> subprocess.CompletedProcess:
    """The command in a real process where any attempt to open a connection ends it."""
    return subprocess.run([sys.executable, "-c", NO_NETWORK, "voices", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_edge_json_lists_the_arabic_voices_with_no_network(cli_env):
    result = voices("--engine", "edge", "--json", env=cli_env)
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    assert all(set(voice) == {"engine", "name", "locale", "gender"} for voice in listed)
    assert {voice["engine"] for voice in listed} == {"edge"}
    assert len(listed) == 32 and len({voice["locale"] for voice in listed}) == 16
    assert all(voice["locale"].startswith("ar-") and voice["gender"] in ("Female", "Male") for voice in listed)
    names = {voice["name"] for voice in listed}
    assert {"ar-SA-HamedNeural", "ar-EG-SalmaNeural", "ar-MA-JamalNeural", "ar-AE-FatimaNeural"} <= names


def test_the_table_marks_each_engines_default(cli_env):
    result = voices(env=cli_env)
    assert result.returncode == 0, result.stderr
    defaults = [line.split()[0:3] for line in result.stdout.splitlines() if " * " in line]
    assert defaults == [["edge", "*", "ar-SA-HamedNeural"], ["azure", "*", "ar-SA-HamedNeural"],
                        ["google-cloud", "*", "ar-XA-Wavenet-B"], ["openai", "*", "alloy"]]
    assert f"{len(voices_of())} voices" in result.stdout


def test_every_engine_has_voices_and_names_are_unique_per_engine():
    for engine in ("edge", "azure", "google-cloud", "openai"):
        names = [voice.name for voice in voices_of(engine)]
        assert names and len(names) == len(set(names))
