"""Floors for the splitter on the 16 annotated real pages in ../shared/corpus/pages (bench/text_quality.py).

The floors are the figures reached when the body finder landed (issue 11); the splitter is deterministic,
so any drop is a regression. 'unseen' pages (file number divisible by 3) were held out from tuning; one
late change (titles of one or two words only when no longer title line exists) followed a failure seen on
09, so the unseen floor below is no longer a blind figure: the note of issue 11 gives the blind one (4/5).
Session 3 kept these at the maximum while measuring on new real pages kept outside the repository (see the
issue 11 note for those figures and `bench/text_quality.py --more-pages`).
"""

import pytest

from bench.text_quality import PageTotals, score_pages


@pytest.fixture(scope="module")
def scores(shared_dir):
    pages = shared_dir / "corpus" / "pages"
    if not (pages / "annotations.json").is_file():
        pytest.skip(f"annotated pages not found in {pages}")
    return score_pages(pages, split=True)


def test_all_pages(scores):
    totals = PageTotals.of(scores)
    assert totals.pages == 16
    assert totals.headline >= 16 / 16
    assert totals.title_precision >= 1.0 and totals.title_recall >= 1.0
    assert totals.furniture_spoken <= 0 / 85
    assert totals.body_kept >= 0.995


def test_unseen_pages(scores):
    totals = PageTotals.of([s for s in scores if s.unseen])
    assert totals.pages == 5
    assert totals.headline >= 5 / 5
    assert totals.title_precision >= 1.0 and totals.title_recall >= 1.0
    assert totals.furniture_spoken <= 0 / 25
    assert totals.body_kept >= 0.995

