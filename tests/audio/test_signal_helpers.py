"""Our scipy-free signal helpers against the scipy functions they stand in for, and a build that never
imports scipy.signal."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from scipy.ndimage import minimum_filter1d, uniform_filter1d
from scipy.signal import lfilter

from audio.loudness import KWeighting, k_weighting, moving_average, sliding_minimum


@pytest.mark.parametrize("size", [1, 2, 110, 111, 1213])
@pytest.mark.parametrize("length", [1, 5, 1212, 30000])
def test_window_filters_equal_scipy_ndimage(size, length):
    gains = np.minimum(1, np.random.default_rng(length).uniform(0.3, 1.4, length)).astype(np.float32)
    assert np.array_equal(sliding_minimum(gains, size), minimum_filter1d(gains, size, mode="nearest"))
    assert np.max(np.abs(moving_average(gains, size) - uniform_filter1d(gains, size, mode="nearest"))) <= 5e-7


@pytest.mark.parametrize("channels", [None, 2])
def test_k_weighting_equals_lfilter_across_blocks(channels):
    rate = 44100
    samples = np.random.default_rng(5).normal(0, 0.2, (30000, 2) if channels else 30000)
    sections = k_weighting(rate)
    b, a = np.convolve(sections[0, :3], sections[1, :3]), np.convolve(sections[0, 3:], sections[1, 3:])
    reference = lfilter(b, a, samples, axis=0)
    weighting = KWeighting(rate, channels)
    ours = np.concatenate([weighting(samples[:12345]), weighting(samples[12345:])])
    assert np.max(np.abs(ours - reference)) < 1e-12


def test_mastering_and_encoding_never_import_scipy_signal():
    """Importing scipy.signal costs ~0.6 s of CPU under the GIL, more than all the filtering a build does
    (and scipy's own __init__ ~10 ms: the filter's module is found without it)."""
    script = ("import sys, io, numpy as np\n"
              "from audio.assemble import assemble\n"
              "from audio.encode import encode_edition\n"
              "from audio.timeline import Pauses\n"
              "from tests.support.audio_parts import part\n"
              "from tests.support.fake_engine import FakeEngine\n"
              "edition = assemble([part(FakeEngine(amplitude=0.5), 'paragraph', 1, 'a', 'نص ' * 20)], Pauses())\n"
              "encode_edition(edition, io.BytesIO())\n"
              "print(sorted(name for name in sys.modules if name == 'scipy' or name.startswith('scipy.signal')))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == "['scipy.signal._sigtools']"
