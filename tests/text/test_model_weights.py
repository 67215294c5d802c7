"""A missing or damaged weights file of either fitted model is a broken installation: both say so the same way,
with an error the CLI prints as one line (never a silent fall-back to worse splits, never a traceback)."""

import json

import pytest

from audio_edition.errors import AudioEditionError, ModelError
from text import linemodel, title_model
from text.plain import parse_plain
from tests.support.pages import WHOLE_PAGE

DAMAGES = {
    "missing": None,
    "not json": "{\"classes\": [",
    "wrong shape": json.dumps({"classes": ["body"], "names": [], "mean": [], "scale": [], "weights": [],
                               "bias": [], "thresholds": {}, "features": ["x"], "threshold": 0.5}),
}


@pytest.fixture(params=[(linemodel, "WEIGHTS", linemodel.load_model),
                        (title_model, "WEIGHTS_FILE", title_model.title_model)], ids=["line model", "title model"])
def damaged(request, tmp_path, monkeypatch):
    module, attribute, loader = request.param

    def damage(content):
        path = tmp_path / f"{attribute}.json"
        if content is not None:
            path.write_text(content, encoding="utf-8")
        monkeypatch.setattr(module, attribute, path)
        loader.cache_clear()
        return path

    yield damage
    loader.cache_clear()


@pytest.mark.parametrize("content", DAMAGES.values(), ids=DAMAGES.keys())
def test_a_damaged_weights_file_stops_the_reader_with_a_clear_error(damaged, content):
    path = damaged(content)
    with pytest.raises(ModelError, match="installation is damaged") as caught:
        parse_plain(WHOLE_PAGE)
    assert isinstance(caught.value, AudioEditionError) and str(path) in str(caught.value)
