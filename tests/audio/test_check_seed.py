"""`check` on the seed article's offline edition agrees with independent loudness meters."""

from __future__ import annotations

import contextlib
import io
import re
import subprocess
from pathlib import Path

import numpy as np
import pytest

from audio.check import check_file
from audio_edition.cli import main
from audio_edition.ffmpeg import ffmpeg_exe
from bench.shared_folder import SEED

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not SEED.is_file(), reason=f"seed article not found at {SEED}")]


@pytest.fixture(scope="module")
def seed_edition(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("seed")
    output = folder / "seed.mp3"
    with contextlib.redirect_stdout(io.StringIO()):
        status = main(["build", str(SEED), "--engine", "espeak", "-o", str(output),
                       "--cache-dir", str(folder / "cache"), "-q", "--no-check"])
    assert status == 0
    return output


@pytest.fixture(scope="module")
def report(seed_edition):
    return check_file(seed_edition)


def _ebur128(path: Path) -> dict[str, float]:
    """ffmpeg's own EBU R128 meter (libavfilter ebur128, true peak on)."""
    result = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostats", "-i", str(path), "-af",
                             "ebur128=peak=true:framelog=quiet", "-f", "null", "-"],
                            capture_output=True, check=True)
    log = result.stderr.decode("utf-8", "replace")  # ffmpeg echoes the tags, cut mid-character
    summary = log[log.rindex("Summary:"):]
    return {name: float(re.search(rf"{label}:\s+(-?[\d.]+)", summary).group(1))
            for name, label in (("integrated", "I"), ("range", "LRA"), ("true_peak", "Peak"))}


def test_seed_loudness_agrees_with_pyloudnorm_on_the_decoded_audio(seed_edition, report):
    import pyloudnorm

    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(seed_edition), "-f", "f32le", "-ac", "1", "-"],
                         capture_output=True, check=True).stdout
    samples = np.frombuffer(raw, dtype="<f4").astype(np.float64)
    reference = pyloudnorm.Meter(report.findings.stream.sample_rate).integrated_loudness(samples)
    assert report.findings.integrated_lufs == pytest.approx(reference, abs=0.5)


def test_seed_loudness_range_and_true_peak_agree_with_ffmpeg_ebur128(seed_edition, report):
    reference = _ebur128(seed_edition)
    findings = report.findings
    assert findings.integrated_lufs == pytest.approx(reference["integrated"], abs=0.5)
    assert findings.loudness_range_lu == pytest.approx(reference["range"], abs=0.5)
    assert findings.true_peak_dbtp == pytest.approx(reference["true_peak"], abs=0.5)


def test_seed_edition_fails_no_rule(report):
    failed = {r.rule.id: r.outcome.measured for r in report.results if r.verdict == "fail"}
    assert failed == {}


def test_seed_edition_reads_at_a_news_pace(report):
    result = next(r for r in report.results if r.rule.id == "listening.pace")
    assert result.verdict == "pass", result.outcome.measured
