import gc
import weakref

import numpy as np
import pytest

from audio.spool import SampleSpool, SpooledSamples
from audio_edition.errors import EncodeError


def test_samples_come_back_by_slices_as_written():
    spool = SampleSpool()
    rng = np.random.default_rng(7)
    clips = [rng.integers(-32768, 32767, size, dtype=np.int16) for size in (0, 1, 4097, 333)]
    stored = [spool.add(clip) for clip in clips]
    for clip, kept in zip(clips, stored):
        assert isinstance(kept, SpooledSamples) and kept.size == len(kept) == clip.size
        np.testing.assert_array_equal(kept[:], clip)
        np.testing.assert_array_equal(kept[5:300], clip[5:300])
        np.testing.assert_array_equal(kept[-3:], clip[-3:])
        assert kept[10**6:].size == 0


def test_a_strided_or_single_index_read_is_refused():
    kept = SampleSpool().add(np.arange(10, dtype=np.int16))
    with pytest.raises(ValueError):
        kept[::2]
    with pytest.raises(TypeError):
        kept[3]


def test_the_file_goes_with_the_last_clip_that_uses_it():
    spool = SampleSpool()
    kept = spool.add(np.ones(100, dtype=np.int16))
    file = weakref.ref(spool._file)
    del spool
    gc.collect()
    assert file() is not None
    del kept
    gc.collect()
    assert file() is None  # closed, and the unlinked file with it


def test_a_temporary_folder_that_cannot_be_written_is_one_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "missing"))
    with pytest.raises(EncodeError, match="set TMPDIR"):
        SampleSpool()
