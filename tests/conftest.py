"""Fixtures shared by every test area."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import settings

from audio_edition.processes import sigterm_as_interrupt
from bench.shared_folder import SHARED
from tests.support.network import closed_loopback_url
from tts.edge_engine import URL_ENV as EDGE_URL_ENV
from tts.gtts_engine import BASE_URL_ENV

# The property tests run on a fixed sequence of examples by default (CI's clean clone does not always say it is
# CI), so that a red run always means a change broke something, never that a new random example turned up; run
# with HYPOTHESIS_PROFILE=explore to search new examples, and add each failure found as an explicit @example.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or "ci")

_SIGTERM_HANDLER = pytest.StashKey[contextlib.ExitStack]()


def pytest_configure(config: pytest.Config) -> None:
    """SIGTERM stops a test run as Ctrl-C does: pytest tears down every fixture on the way out, so the servers
    and the Dask cluster that session fixtures started stop with the run instead of outliving it."""
    stack = contextlib.ExitStack()
    stack.enter_context(sigterm_as_interrupt())
    config.stash[_SIGTERM_HANDLER] = stack


def pytest_unconfigure(config: pytest.Config) -> None:
    config.stash[_SIGTERM_HANDLER].close()


REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "sample_article.txt"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The team's real test articles (../shared beside the checkout, or $AUDIO_EDITION_SHARED); absent in a user's
    clone."""
    if not SHARED.is_dir():
        pytest.skip(f"real articles not available: {SHARED} is absent (only in the team's workspace)")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    path = shared_dir / "seeds" / "000_0d1342c88ff5f8bf.txt"
    if not path.is_file():
        pytest.skip(f"seed article missing: {path}")
    return path


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


CLOUD_KEYS = ("AZURE_SPEECH_KEY", "AZURE_SPEECH_REGION", "AZURE_SPEECH_ENDPOINT", "GOOGLE_CLOUD_TTS_API_KEY",
              "GOOGLE_CLOUD_TTS_URL", "OPENAI_API_KEY", "OPENAI_BASE_URL")
"""A developer's own keys must not make ``--engine auto`` pick a paid service in a test."""


def closed_loopback_ws_url() -> str:
    return "ws" + closed_loopback_url().removeprefix("http") + "/edge/v1"


@pytest.fixture(autouse=True)
def gtts_endpoint_on_loopback(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the gTTS endpoint (and so every ``--engine auto`` probe) and edge's websocket at closed
    127.0.0.1 ports, unless they already point at 127.0.0.1 (a fake server), and hide cloud keys.
    Live tests are left alone: they reach the real services."""
    if request.node.get_closest_marker("live"):
        return
    current = os.environ.get(BASE_URL_ENV, "")
    if urlsplit(current).hostname != "127.0.0.1":
        monkeypatch.setenv(BASE_URL_ENV, closed_loopback_url())
    if urlsplit(os.environ.get(EDGE_URL_ENV, "")).hostname != "127.0.0.1":
        monkeypatch.setenv(EDGE_URL_ENV, closed_loopback_ws_url())
    for variable in CLOUD_KEYS:
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """Environment for running the installed command: no real network, private cache."""
    env = dict(os.environ)
    env[BASE_URL_ENV] = closed_loopback_url()
    env[EDGE_URL_ENV] = closed_loopback_ws_url()
    for variable in CLOUD_KEYS:
        env.pop(variable, None)
    env["XDG_CACHE_HOME"] = str(tmp_path / "xdg-cache")
    for proxy in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"):
        env.pop(proxy, None)
    return env


def audio_edition_command() -> list[str]:
    """The installed console script, next to the running interpreter."""
    script = Path(sys.executable).parent / "audio-edition"
    if not script.exists():
        pytest.fail(f"the audio-edition command is not installed next to {sys.executable}; run 'make test'")
    return [str(script)]


@pytest.fixture
def run_cli(cli_env: dict[str, str], tmp_path: Path):
    def run(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None,
            cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*audio_edition_command(), *args], input=stdin.decode() if stdin is not None else None,
            capture_output=True, text=True, env=env or cli_env, cwd=cwd or tmp_path, timeout=timeout,
        )

    return run
