"""The maintainers' refresh of the shipped voice list, against the loopback REST double."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.support.fake_cloud import KEY, FakeCloud
from tts import voices


def test_refresh_replaces_an_engines_arabic_voices_and_keeps_the_rest(tmp_path, monkeypatch):
    listed = tmp_path / "voices.json"
    shutil.copy(Path(voices.__file__).with_name(voices.VOICE_FILE), listed)
    with FakeCloud() as cloud:
        monkeypatch.setenv("AZURE_SPEECH_KEY", KEY)
        monkeypatch.setenv("AZURE_SPEECH_ENDPOINT", cloud.base_url)
        monkeypatch.setenv("GOOGLE_CLOUD_TTS_API_KEY", "a-wrong-key")
        monkeypatch.setenv("GOOGLE_CLOUD_TTS_URL", cloud.base_url)
        report = voices.refresh(listed, ["azure", "google-cloud"])
    assert report[0] == "azure: 2 voices" and report[1].startswith("google-cloud: kept 38 voices (401")
    rows = json.loads(listed.read_text(encoding="utf-8"))["voices"]
    assert [row["name"] for row in rows if row["engine"] == "azure"] == ["ar-EG-SalmaNeural", "ar-QA-MoazNeural"]
    assert sum(row["engine"] == "edge" for row in rows) == 32 and sum(row["engine"] == "google-cloud" for row in rows) == 38
    assert [row["engine"] for row in rows].index("azure") == 32  # the engine keeps its place in the file
