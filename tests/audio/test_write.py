from pathlib import Path

import pytest

from audio.write import atomic_path, atomic_paths, write_atomic
from audio_edition.errors import EncodeError


def leftovers(folder):
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".part"))


def test_complete_write_replaces_the_file(tmp_path):
    target = tmp_path / "out.mp3"
    target.write_bytes(b"old")
    with atomic_path(target) as temporary:
        temporary.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path) == []


def test_failure_midway_keeps_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "out.mp3"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_path(target) as temporary:
        temporary.write_bytes(b"half")
        raise RuntimeError("encoder died")
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_ctrl_c_midway_leaves_no_partial_file(tmp_path):
    target = tmp_path / "out.mp3"
    with pytest.raises(KeyboardInterrupt), atomic_path(target) as temporary:
        temporary.write_bytes(b"half")
        raise KeyboardInterrupt
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_group_is_renamed_only_when_all_are_complete(tmp_path):
    targets = [tmp_path / "a.mp3", tmp_path / "a.vtt"]
    for target in targets:
        target.write_text("old")
    with pytest.raises(OSError), atomic_paths(targets) as temporaries:
        temporaries[0].write_text("new")
        raise OSError("disk full")
    assert [target.read_text() for target in targets] == ["old", "old"]
    assert leftovers(tmp_path) == []
    with atomic_paths(targets) as temporaries:
        for temporary in temporaries:
            temporary.write_text("new")
    assert [target.read_text() for target in targets] == ["new", "new"]
    assert leftovers(tmp_path) == []


def test_a_sidecar_name_taken_by_a_folder_leaves_no_mp3(tmp_path):
    mp3, vtt = tmp_path / "a.mp3", tmp_path / "a.vtt"
    vtt.mkdir()
    with pytest.raises(EncodeError, match="a.vtt: is a folder"), atomic_paths([mp3, vtt]) as temporaries:
        for temporary in temporaries:
            temporary.write_text("new")
    assert not mp3.exists()
    assert leftovers(tmp_path) == []


def test_write_atomic_writes_text_and_bytes(tmp_path):
    write_atomic(tmp_path / "a.vtt", "WEBVTT\n")
    write_atomic(tmp_path / "b.bin", b"\x00\x01")
    assert (tmp_path / "a.vtt").read_text(encoding="utf-8") == "WEBVTT\n"
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"
    assert leftovers(tmp_path) == []


def test_unwritable_folder_is_a_clear_error(tmp_path):
    with pytest.raises(EncodeError, match="cannot write to"), atomic_path(tmp_path / "missing" / "a.mp3"):
        pass


def test_the_first_target_is_renamed_last_so_it_never_stands_beside_old_sidecars(tmp_path, monkeypatch):
    import os

    mp3, vtt = tmp_path / "a.mp3", tmp_path / "a.vtt"
    mp3.write_bytes(b"old mp3")
    vtt.write_text("old vtt", encoding="utf-8")
    real_replace = os.replace

    def failing_replace(source, target):
        if Path(target) == vtt:
            raise PermissionError(13, "Permission denied")
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(EncodeError, match="a.vtt"), atomic_paths([mp3, vtt]) as temporaries:
        temporaries[0].write_bytes(b"new mp3")
        temporaries[1].write_text("new vtt", encoding="utf-8")
    assert mp3.read_bytes() == b"old mp3"


def test_a_finished_file_follows_the_users_umask(tmp_path):
    import os

    previous = os.umask(0o077)
    try:
        write_atomic(tmp_path / "a.vtt", "WEBVTT\n")
    finally:
        os.umask(previous)
    assert (tmp_path / "a.vtt").stat().st_mode & 0o777 == 0o600
