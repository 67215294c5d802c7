"""What the short commands leave out at start-up: each is a fresh process, and pays for every module it imports.

``inspect`` offers the engines' names without importing an engine (tts.registry loads them all, pydub and the
network clients with them), and ``check`` meters an MP3 without pydub. The times themselves are bench/startup.py's.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import tts.engine_names
import tts.registry
from audio_edition.ffmpeg import ffmpeg_exe

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "sample_article.txt"
RUN_AND_LIST_MODULES = """\
import contextlib, io, sys
from audio_edition.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    main(sys.argv[1:])
print(" ".join(sorted(sys.modules)))
"""


def modules_after(*argv: str) -> set[str]:
    """The modules a fresh process running ``audio-edition ARGV`` has imported when the command returns."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(REPO), os.environ.get("PYTHONPATH"))))}
    result = subprocess.run([sys.executable, "-c", RUN_AND_LIST_MODULES, *argv], capture_output=True, text=True,
                            cwd=REPO, env=env, timeout=120, check=True)
    return set(result.stdout.split())


def test_the_engine_names_are_the_registrys():
    assert tts.engine_names.ENGINE_CHOICES == tts.registry.ENGINE_CHOICES == ("auto", *tts.registry.ENGINES)


def test_inspect_imports_no_engine():
    loaded = modules_after("inspect", str(SAMPLE))
    assert "text.reader" in loaded
    assert not loaded & {"tts.registry", "tts.base", "pydub"}


def test_inspect_speech_still_finds_its_engine():
    assert "tts.registry" in modules_after("inspect", str(SAMPLE), "--speech", "--engine", "espeak")


def test_check_imports_neither_pydub_nor_the_text_package(tmp_path):
    mp3 = tmp_path / "tone.mp3"
    subprocess.run([ffmpeg_exe(), "-nostdin", "-v", "error", "-f", "lavfi", "-i", "sine=frequency=440:duration=2",
                    "-ac", "1", "-ar", "44100", "-b:a", "96k", str(mp3)], check=True)
    loaded = modules_after("check", str(mp3))
    assert "audio.check" in loaded
    assert not loaded & {"pydub", "audio.timeline", "text", "tts"}
