"""Refitting the line and title models on new pages from the shipped ones (``--prior``): the maximum a posteriori fit
under a Gaussian prior centred on the shipped weights (bench/fit_line_model.py, bench/train_title_model.py), on
synthetic pages of our own."""

import json
import math

import numpy as np
import pytest

from bench import fit_line_model, shared_folder, train_title_model
from bench.fit_line_model import Page, fit_from_prior
from bench.train_title_model import choose, fit_weights, read_prior
from text import linemodel
from text.linemodel import CLASSES, LineModel
from text.title_model import FEATURES
from tests.text.test_page_intervals import ANNOTATION, PAGE

FURNITURE = CLASSES.index("furniture")


def prior_model(vocabulary: dict[str, float] | None = None) -> LineModel:
    """A model that knows two features and says nothing of either."""
    return LineModel(CLASSES, ("cue", "noise"), (0.5, 0.0), (0.5, 2.0), ((0.0, 0.0),) * len(CLASSES),
                     (2.0, -3.0, 0.0, -3.0), {"furniture": 0.3, "title": 0.55, "veto": 0.5}, vocabulary or {})


def cue_pages(*, extra: bool = False) -> list[Page]:
    """Pages where a line with ``cue`` (or, with ``extra``, a feature the prior does not know) is furniture."""
    rng = np.random.default_rng(5)
    pages = []
    for number in range(12):
        features, labels = [], []
        for line in range(6):
            marked = line % 2 == 1
            row = {"cue": float(marked and not extra), "noise": float(rng.normal())}
            if extra:
                row["new"] = float(marked)
            features.append(row)
            labels.append("furniture" if marked else "body")
        pages.append(Page(f"f{number % 3}", f"0{number}_site{number}.txt", "", {}, features, labels,
                          [frozenset()] * len(labels)))
    return pages


def furniture_probability(model: LineModel, features: dict[str, float]) -> float:
    return model.probabilities(features)["furniture"]


def test_a_strong_prior_gives_the_prior_back_with_its_means_scales_and_vocabulary():
    prior = prior_model({"زقزقه": 2.5})
    model = fit_from_prior(cue_pages(), prior=prior, strength=1e9, l2=1.0, thresholds=prior.thresholds)
    assert model.names[:2] == prior.names and model.mean[:2] == prior.mean and model.scale[:2] == prior.scale
    assert model.vocabulary == prior.vocabulary and model.thresholds == prior.thresholds
    for row, before in zip(model.weights, prior.weights):
        assert all(math.isclose(value, old, abs_tol=1e-3) for value, old in zip(row, before))
    assert all(math.isclose(value, old, abs_tol=1e-3) for value, old in zip(model.bias, prior.bias))


def test_a_weak_prior_learns_what_the_new_pages_say_and_the_fit_moves_with_the_strength():
    prior = prior_model()
    marked = {"cue": 1.0, "noise": 0.0}
    probabilities = [furniture_probability(fit_from_prior(cue_pages(), prior=prior, strength=strength, l2=1.0,
                                                          thresholds={}), marked)
                     for strength in (1000.0, 10.0, 0.1)]
    assert furniture_probability(prior, marked) < 0.3
    assert probabilities == sorted(probabilities) and probabilities[-1] > 0.9


def test_a_feature_the_prior_does_not_know_starts_from_zero_with_the_ordinary_penalty():
    prior = prior_model()
    marked = {"cue": 0.0, "noise": 0.0, "new": 1.0}
    used = fit_from_prior(cue_pages(extra=True), prior=prior, strength=1e6, l2=0.1, thresholds={})
    held = fit_from_prior(cue_pages(extra=True), prior=prior, strength=1e6, l2=1e6, thresholds={})
    assert used.names == ("cue", "noise", "new") and math.isclose(used.mean[2], 0.5)
    assert used.weights[FURNITURE][2] > 1.0 and furniture_probability(used, marked) > 0.9
    assert abs(held.weights[FURNITURE][2]) < 1e-3  # the ordinary penalty, not the prior's strength


def test_a_weak_pull_from_a_prior_far_from_what_the_pages_say_converges_instead_of_running_away():
    base = prior_model()
    weights = [list(row) for row in base.weights]
    weights[CLASSES.index("body")][0], weights[FURNITURE][0] = 10.0, -10.0  # the prior says the cue is body
    prior = LineModel(CLASSES, base.names, base.mean, base.scale, tuple(tuple(row) for row in weights), base.bias,
                      base.thresholds)
    pages = cue_pages()
    model = fit_from_prior(pages, prior=prior, strength=0.01, l2=1.0, thresholds={})
    assert fit_line_model.log_loss({page.folder: prior for page in pages}, pages) > 10
    assert fit_line_model.log_loss({page.folder: model for page in pages}, pages) < 0.05
    assert all(math.isfinite(value) and abs(value) < 10 for row in model.weights for value in row)


def _folders(tmp_path):
    """Two annotated folders of our own (two pages each, the second a variant of the first)."""
    folders = []
    for folder in ("one", "two"):
        path = tmp_path / folder
        path.mkdir()
        pages = []
        for number, town in enumerate(("المدينة", "القرية" if folder == "one" else "الميناء"), 1):
            name = f"0{number}_{folder}{number}.txt"
            (path / name).write_text(PAGE.replace("المدينة", town), encoding="utf-8")
            pages.append({**ANNOTATION, "file": name})
        (path / "annotations.json").write_text(json.dumps({"pages": pages}), encoding="utf-8")
        folders.append(path)
    return folders


def test_the_line_model_bench_refits_from_the_shipped_model(tmp_path, monkeypatch, capsys):
    shipped, shipped_file = linemodel.load_model(), str(linemodel.WEIGHTS)
    written = tmp_path / "line_model.json"
    monkeypatch.setattr(linemodel, "WEIGHTS", written)
    folders = [str(path) for path in _folders(tmp_path)]
    assert fit_line_model.main([*folders, "--prior", shipped_file, "--prior-penalty", "10000", "--write"]) == 0
    out = capsys.readouterr().out
    assert "the prior as it is: log-loss per line" in out and "prior penalty 10000.0: held-out" in out
    model = LineModel.from_json(json.loads(written.read_text(encoding="utf-8")))
    # The shipped features keep their means and scales; features the shipped model does not know come after them.
    known = len(shipped.names)
    assert model.names[:known] == shipped.names and model.mean[:known] == shipped.mean
    assert model.scale[:known] == shipped.scale
    assert model.vocabulary == shipped.vocabulary and model.thresholds == shipped.thresholds
    assert max(abs(a - b) for row, old in zip(model.weights, shipped.weights) for a, b in zip(row, old)) < 0.05


def test_the_title_prior_maps_weights_by_feature_name(tmp_path):
    stored = tmp_path / "title_model.json"
    stored.write_text(json.dumps({"features": list(FEATURES[:-1]), "weights": [0.5] * (len(FEATURES) - 1),
                                  "penalty": 3.0, "threshold": 0.0, "sentence_threshold": 0.5}), encoding="utf-8")
    prior = read_prior(stored)
    assert list(prior.centre) == [0.5] * (len(FEATURES) - 1) + [0.0]
    assert list(prior.known) == [True] * (len(FEATURES) - 1) + [False] and prior.ordinary == 3.0


def _title_pages(count: int) -> list[train_title_model.Page]:
    rng = np.random.default_rng(11)
    pages = []
    for _ in range(count):
        rows = rng.integers(0, 2, size=(2, len(FEATURES))).astype(float)
        rows[:, 0], rows[:, 1] = 1.0, [0.0, 1.0]  # one feature marks the title
        pages.append(train_title_model.Page("synthetic", rows, (0, 1), (False, True), False, frozenset(), None))
    return pages


def test_the_title_fit_from_a_prior_stays_at_it_when_strong_and_learns_when_weak():
    centre = np.zeros(len(FEATURES))
    centre[1] = -2.0  # the prior says the marking feature is against the title
    prior = train_title_model.Prior(centre, np.ones(len(FEATURES), dtype=bool), 3.0, 0.0, 0.5, {})
    strong = fit_weights(_title_pages(30), 1e9, prior)
    weak = fit_weights(_title_pages(30), 0.01, prior)
    assert np.allclose(strong, centre, atol=1e-3)
    assert weak[1] > 1.0


def test_a_tie_between_prior_strengths_goes_to_the_one_nearest_the_prior_and_to_its_sentence_threshold():
    results = {strength: {sentence: {"a": []} for sentence in train_title_model.SENTENCE_THRESHOLDS}
               for strength in (1.0, 100.0)}
    prior = train_title_model.Prior(np.zeros(len(FEATURES)), np.ones(len(FEATURES), dtype=bool), 3.0, 0.0, 0.3, {})
    assert choose(results) == (1.0, 0.6)
    assert choose(results, prior=prior) == (100.0, 0.3)


def test_the_title_bench_refits_from_the_shipped_weights_and_says_so_in_the_file(tmp_path, monkeypatch, capsys):
    shipped_file = train_title_model.WEIGHTS_FILE
    shipped = json.loads(shipped_file.read_text(encoding="utf-8"))
    written = tmp_path / "title_model.json"
    monkeypatch.setattr(train_title_model, "WEIGHTS_FILE", written)
    folders = [str(path) for path in _folders(tmp_path)]
    assert train_title_model.main(["--pages", *folders, "--prior", str(shipped_file), "--penalty", "1e6",
                                   "--write"]) == 0
    assert "the prior as it is, on the 2 folders not in its fit (one, two)" in capsys.readouterr().out
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["penalty"] == shipped["penalty"] and data["prior"]["penalty"] == 1e6
    assert data["prior"]["trained_on"] == shipped["trained_on"] and data["features"] == list(FEATURES)
    assert max(abs(a - b) for a, b in zip(data["weights"], shipped["weights"])) < 0.01


def test_the_line_bench_refuses_a_prior_without_its_vocabulary(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        fit_line_model.main([str(tmp_path), "--prior", str(linemodel.WEIGHTS), "--no-vocabulary"])
    assert stop.value.code == 2 and "--no-vocabulary does not go with it" in capsys.readouterr().err


def test_folders_of_the_same_name_keep_their_pages_apart(tmp_path):
    # s24/b01 and s25/b01: keyed by name alone the later replaced the earlier; a folder given twice counts once.
    first, second, other = tmp_path / "s24" / "b01", tmp_path / "s25" / "b01", tmp_path / "pages"
    for folder in (first, second, other):
        folder.mkdir(parents=True)
    keys = train_title_model.folder_keys([other, first, second, other])
    assert keys == {"pages": other.resolve(), "s24_b01": first.resolve(), "s25_b01": second.resolve()}


def test_the_line_bench_names_folders_of_the_same_name_apart(tmp_path):
    # s27/r01 and s28/r01 were both reported as "r01": "loses body words on r04" did not say which.
    first, second, other = tmp_path / "s27" / "r01", tmp_path / "s28" / "r01", tmp_path / "pages"
    for folder in (first, second, other):
        folder.mkdir(parents=True)
    names = fit_line_model.folder_labels([str(other), str(first), str(second)])
    assert names == {str(other): "pages", str(first): "s27_r01", str(second): "s28_r01"}


def test_the_title_bench_finds_the_shared_pages_from_a_worktree_too(tmp_path, monkeypatch):
    # From a worktree (wt/NAME) the checkout's ../shared is absent: the shared pages were left out without a word.
    monkeypatch.delenv(shared_folder.ENV, raising=False)
    pages = tmp_path / "team" / "shared" / "corpus" / "pages"
    pages.mkdir(parents=True)
    (pages / "annotations.json").write_text("{}", encoding="utf-8")
    assert train_title_model.shared_pages(tmp_path / "team" / "main") == pages
    assert train_title_model.shared_pages(tmp_path / "team" / "wt" / "refit") == pages
    assert train_title_model.shared_pages(tmp_path / "solo" / "wt" / "refit") is None
