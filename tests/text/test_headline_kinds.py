"""bench/headline_kinds.py: headline misses of annotated folders counted by kind, on pages of our own."""

import json

import numpy as np

from bench import headline_kinds
from bench.train_title_model import Page
from tests.text.test_page_intervals import ANNOTATION, PAGE
from text.title_model import FEATURES, title_model

RIGHT = {**ANNOTATION, "file": "01_right.txt"}  # (the page of test_page_intervals: its title on line 2)


def _folder(tmp_path, annotations):
    folder = tmp_path / "set"
    folder.mkdir()
    for number, annotation in enumerate(annotations, 1):
        # (each page made distinct: a page found twice counts once)
        (folder / annotation["file"]).write_text(PAGE.replace("المدينة", f"المدينة {number}"), encoding="utf-8")
    (folder / "annotations.json").write_text(json.dumps({"pages": annotations}), encoding="utf-8")
    return folder


def test_a_title_taken_on_a_page_annotated_without_one_is_counted_as_such(tmp_path, capsys):
    none = {**RIGHT, "file": "02_none.txt", "headline_line": None, "boilerplate_line_numbers": [1, 2, 3, 6]}
    folder = _folder(tmp_path, [RIGHT, none])
    assert headline_kinds.main([str(folder), "-v"]) == 0
    out = capsys.readouterr().out
    assert "2 pages, 1 headline misses" in out
    assert "     1  no title line, a line taken  (set 1)" in out and "set/02_none.txt" in out
    assert "مكتبة" not in out  # page names only, never their text


def _page(right, right_without, rows, sentences=frozenset()):
    return Page("f/p", np.array(rows, dtype=float).reshape(-1, len(FEATURES)), tuple(range(len(rows))), right,
                right_without, frozenset(), None, sentences)


def test_each_kind_of_miss():
    model = title_model()
    likely, unlikely = np.zeros(len(FEATURES)), np.zeros(len(FEATURES))
    likely[0] = unlikely[0] = 1.0  # (the bias)
    likely[FEATURES.index("shares the most words in number")] = 1.0
    likely[FEATURES.index("shares words with the lead")] = 1.0
    likely[FEATURES.index("only candidate")] = 1.0
    kinds = headline_kinds.KINDS
    assert headline_kinds.miss_kind(_page((True, False), False, [likely, unlikely]), model) is None
    assert headline_kinds.miss_kind(_page((False, True), False, [likely, unlikely]), model) == kinds[1]
    assert headline_kinds.miss_kind(_page((False,), True, [likely]), model) == kinds[0]
    assert headline_kinds.miss_kind(_page((False,), False, [likely]), model) == kinds[3]
    assert headline_kinds.miss_kind(_page((), False, []), model) == kinds[4]
    assert headline_kinds.miss_kind(_page((True,), False, [unlikely], frozenset({0})), model) == kinds[2]
    unsure = Page("f/p", np.zeros((0, len(FEATURES))), (), (), False, frozenset(), False)
    assert headline_kinds.miss_kind(unsure, model) == kinds[5]


def test_a_folder_without_annotations_is_refused(tmp_path, capsys):
    assert headline_kinds.main([str(tmp_path)]) == 2
    assert "no annotations.json" in capsys.readouterr().err
