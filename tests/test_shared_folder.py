"""Where the tests and the bench scripts look for the team's shared material: ../shared beside the checkout, or the
folder AUDIO_EDITION_SHARED names (bench/shared_folder.py)."""

import os
import subprocess
import sys

from bench import train_title_model
from bench.shared_folder import CHECKOUT, ENV, named_folder, shared_folder

BENCH = CHECKOUT / "bench"


def test_the_shared_folder_is_beside_the_checkout_unless_the_variable_names_one(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    assert named_folder() is None
    assert shared_folder(tmp_path / "team" / "main") == tmp_path / "team" / "shared"
    assert shared_folder() == CHECKOUT.parent / "shared"
    monkeypatch.setenv(ENV, "")
    assert shared_folder(tmp_path / "main") == tmp_path / "shared"
    monkeypatch.setenv(ENV, str(tmp_path / "elsewhere"))
    assert named_folder() == shared_folder(tmp_path / "main") == tmp_path / "elsewhere"


def test_a_relative_folder_in_the_variable_is_taken_from_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(ENV, "material")
    assert shared_folder() == tmp_path / "material"


def test_the_title_bench_takes_the_pages_in_the_named_folder_only(tmp_path, monkeypatch):
    above = tmp_path / "team" / "shared" / "corpus" / "pages"
    named = tmp_path / "elsewhere" / "corpus" / "pages"
    for pages in (above, named):
        pages.mkdir(parents=True)
        (pages / "annotations.json").write_text("{}", encoding="utf-8")
    monkeypatch.setenv(ENV, str(tmp_path / "elsewhere"))
    assert train_title_model.shared_pages(tmp_path / "team" / "wt" / "refit") == named
    monkeypatch.setenv(ENV, str(tmp_path / "missing"))
    assert train_title_model.shared_pages(tmp_path / "team" / "wt" / "refit") is None


def test_a_script_run_as_a_file_finds_the_definition_beside_it(tmp_path):
    # python bench/text_quality.py puts bench/ on the path, not the checkout: it imports the module by its own name.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    result = subprocess.run([sys.executable, str(BENCH / "text_quality.py"), "--help"], cwd=tmp_path,
                            env={**env, ENV: str(tmp_path)}, capture_output=True, text=True, check=True)
    assert ENV in result.stdout
