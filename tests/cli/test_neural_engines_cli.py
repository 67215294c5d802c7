"""`audio-edition build --engine edge|azure|google-cloud|openai` end to end, as a user runs it.

Each build is a real process of the installed command. edge talks to the loopback websocket
double through the real edge-tts client; the three licensed services to the loopback REST
double. The edition must pass `check` (build --strict runs it), and every chunk `inspect --speech`
shows must have been asked for in the chosen voice: the seed with each engine, and the sample
article with each engine, clean and with one request in three answered 429 at the start.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audio_edition.pipeline import speech_plan
from tests.support.fake_cloud import KEY, FakeCloud
from tests.support.fake_edge import FakeEdge
from tests.support.fake_google import RateLimited, among_first, every
from tts.retry import RetryPolicy

ENGINES = ("edge", "azure", "google-cloud", "openai")
VOICES = {"edge": "ar-EG-SalmaNeural", "azure": "ar-JO-TaimNeural", "google-cloud": "ar-XA-Wavenet-A",
          "openai": "nova"}
RETRIES = RetryPolicy.retries
"""The retries a build makes by default after a chunk's first try."""
KEY_VARIABLES = {"azure": "AZURE_SPEECH_KEY", "google-cloud": "GOOGLE_CLOUD_TTS_API_KEY", "openai": "OPENAI_API_KEY"}


@pytest.fixture(scope="module")
def edge():
    with FakeEdge() as server:
        yield server


@pytest.fixture(scope="module")
def cloud():
    with FakeCloud() as server:
        yield server


@pytest.fixture
def services(edge, cloud, cli_env):
    """The doubles, reset, and an environment pointing every engine at them."""
    for log in (edge.log, cloud.log):
        log.reset()
    edge.handshake_faults = []
    cloud.key = KEY
    env = {**cli_env, "AUDIO_EDITION_EDGE_URL": edge.url, "AZURE_SPEECH_KEY": KEY,
           "AZURE_SPEECH_ENDPOINT": cloud.base_url, "GOOGLE_CLOUD_TTS_API_KEY": KEY,
           "GOOGLE_CLOUD_TTS_URL": cloud.base_url, "OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": cloud.base_url + "/v1"}
    return {"edge": edge, "cloud": cloud, "env": env}


def log_of(services, engine: str):
    return services["edge"].log if engine == "edge" else services["cloud"].log


def spoken_chunks(article: Path, engine: str) -> set[str]:
    """Every chunk `inspect --speech` shows for ``engine`` (the same planning code `build` runs)."""
    plan = speech_plan(str(article), engine=engine)
    return {chunk for part in plan.parts for chunk in part.chunks}


def run_build(run_cli, article: Path, output: Path, engine: str, env, *extra: str):
    return run_cli("build", str(article), "-o", str(output), "--engine", engine, "--voice", VOICES[engine],
                   "--quiet", "--strict", *extra, env=env)


def build(run_cli, article: Path, output: Path, engine: str, env, *extra: str):
    """A successful `build --strict`: its end-of-build check is `check`, and a failed rule fails the build."""
    result = run_build(run_cli, article, output, engine, env, *extra)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"engine {engine}" in result.stdout and "check: PASS" in result.stdout
    return result


def assert_every_chunk_asked_in_the_voice(services, engine: str, article: Path) -> None:
    answered = log_of(services, engine).answered()
    assert {request.voice for request in answered} == {VOICES[engine]}
    assert {request.text for request in answered} == spoken_chunks(article, engine)


@pytest.mark.slow
@pytest.mark.parametrize("engine", ENGINES)
def test_the_seed_built_with_each_engine_passes_check_every_part_in_the_chosen_voice(
        engine, seed_path, services, run_cli, tmp_path):
    build(run_cli, seed_path, tmp_path / "seed.mp3", engine, services["env"])
    assert_every_chunk_asked_in_the_voice(services, engine, seed_path)


@pytest.mark.slow
@pytest.mark.parametrize("engine", ENGINES)
def test_one_request_in_three_rate_limited_still_gives_the_identical_edition(
        engine, services, run_cli, sample_path, tmp_path):
    build(run_cli, sample_path, tmp_path / "clean.mp3", engine, services["env"], "--no-cache")
    assert_every_chunk_asked_in_the_voice(services, engine, sample_path)
    # Every third request among the first 3 * RETRIES. Counted over the whole run, the refusals would fall on
    # requests of several chunks in flight at once, as the threads happen to be scheduled: under load, now and
    # then on all RETRIES + 1 tries of one chunk, which then rightly fails the build. RETRIES refusals in all
    # cannot use up any chunk's tries.
    limited_every_third = among_first(3 * RETRIES, every(3, RateLimited(retry_after="0")))
    log_of(services, engine).reset()  # requests are numbered from 1 again
    if engine == "edge":  # the websocket refuses the handshake with 429
        services["edge"].handshake_faults = [limited_every_third]
    else:
        log_of(services, engine).faults = [limited_every_third]
    build(run_cli, sample_path, tmp_path / "limited.mp3", engine, services["env"], "--no-cache")
    assert sum(request.outcome == "429" for request in log_of(services, engine).requests) == RETRIES
    assert (tmp_path / "limited.mp3").read_bytes() == (tmp_path / "clean.mp3").read_bytes()
    assert (tmp_path / "limited.vtt").read_text() == (tmp_path / "clean.vtt").read_text()


@pytest.mark.parametrize("engine", ["azure", "google-cloud", "openai"])
def test_a_wrong_key_fails_in_one_line_naming_the_variable_and_leaves_no_file(
        engine, services, run_cli, sample_path, tmp_path):
    services["cloud"].key = "the-right-key"
    result = run_build(run_cli, sample_path, tmp_path / "out.mp3", engine, services["env"])
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("audio-edition: error: ")
    assert KEY_VARIABLES[engine] in lines[0] and KEY not in result.stderr + result.stdout
    assert list(tmp_path.glob("*.mp3")) == [] and not list(tmp_path.glob(".*"))


@pytest.mark.parametrize("engine", ["azure", "google-cloud", "openai"])
def test_a_missing_key_fails_in_one_line_naming_the_variable(engine, services, run_cli, sample_path, tmp_path):
    env = dict(services["env"])
    del env[KEY_VARIABLES[engine]]
    result = run_build(run_cli, sample_path, tmp_path / "out.mp3", engine, env)
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and KEY_VARIABLES[engine] in lines[0] and not list(tmp_path.glob("*.mp3"))
    assert log_of(services, engine).requests == []


def test_auto_uses_a_licensed_service_whose_key_is_set(services, run_cli, sample_path, tmp_path):
    env = {name: value for name, value in services["env"].items()
           if name not in ("GOOGLE_CLOUD_TTS_API_KEY", "AZURE_SPEECH_KEY")}
    result = run_cli("build", str(sample_path), "-o", str(tmp_path / "auto.mp3"), "--no-check", env=env)
    assert result.returncode == 0, result.stderr
    assert "engine: openai (OPENAI_API_KEY is set)" in result.stderr
    engines = run_cli("engines", env=services["env"])
    assert "auto         uses azure  AZURE_SPEECH_KEY is set" in engines.stdout
    for name in ENGINES:
        assert f"\n{name}" in engines.stdout


def test_inspect_speech_with_auto_shows_the_configured_service(services, run_cli, sample_path):
    env = {name: value for name, value in services["env"].items() if name != "AZURE_SPEECH_KEY"}
    result = run_cli("inspect", str(sample_path), "--speech", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert '"engine": "google-cloud"' in result.stdout and '"max_chars": 1500' in result.stdout
