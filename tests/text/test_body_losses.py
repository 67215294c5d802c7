"""bench/body_losses.py: lost body words put down to the decision that lost each line."""

import json
import subprocess
import sys
from pathlib import Path

from bench.body_losses import PAST_THE_RUN, TITLE_BELOW, TITLE_MARK, page_losses
from bench.text_quality import score_page
from tests.support.pages import LEAD, SECOND, TITLE

ROOT = Path(__file__).resolve().parents[2]

# Our own page: a menu, a title, two paragraphs and a short last line the splitter drops after the article (a whole
# title's shape) that the annotation calls body.
LAST = "سكان الساحل يشكون"
PAGE = "\n".join(["الرئيسية", TITLE, LEAD, SECOND, LAST]) + "\n"
ANNOTATION = {"file": "01_example.txt", "source": "https://example.org/1", "lines": 6, "headline_line": 2,
              "headline_duplicate_lines": [], "sections": [{"title_line": None, "body_lines": [3, 4, 5]}],
              "boilerplate_line_numbers": [1]}


def test_each_lost_line_is_put_down_to_its_decision_and_the_causes_add_up():
    losses = page_losses("set", "01_example.txt", PAGE, ANNOTATION)
    assert [(loss.line, loss.cause, loss.words) for loss in losses] == [(5, "after the article", 3)]
    score = score_page(PAGE, ANNOTATION, name="01_example.txt", unseen=False)
    assert sum(loss.words for loss in losses) == score.body_total - score.body_kept


def test_a_lost_sub_heading_is_marked_and_a_kept_page_loses_nothing():
    annotation = {**ANNOTATION, "sections": [{"title_line": None, "body_lines": [3, 4]},
                                             {"title_line": 5, "body_lines": []}]}
    [loss] = page_losses("set", "01_example.txt", PAGE, annotation)
    assert loss.cause == "after the article" + TITLE_MARK
    whole = {**ANNOTATION, "lines": 5, "sections": [{"title_line": None, "body_lines": [3, 4]}]}
    assert page_losses("set", "02.txt", "\n".join(["الرئيسية", TITLE, LEAD, SECOND]) + "\n", whole) == []


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bench.body_losses", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_the_command_reports_causes_by_folder_and_the_lines_only_when_asked(tmp_path):
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "01_example.txt").write_text(PAGE, encoding="utf-8")
    (folder / "annotations.json").write_text(json.dumps({"pages": [ANNOTATION]}), encoding="utf-8")
    done = run(str(folder))
    assert done.returncode == 0, done.stderr
    assert "3 of " in done.stdout and "after the article" in done.stdout and "set:3" in done.stdout
    assert LAST not in done.stdout
    assert LAST in run(str(folder), "--lines").stdout
    refused = run(str(tmp_path))
    assert refused.returncode == 2 and "no annotations.json" in refused.stderr and "Traceback" not in refused.stderr


def test_a_line_lost_after_the_article_is_put_down_to_where_the_run_ended(tmp_path):
    [loss] = page_losses("set", "01_example.txt", PAGE, ANNOTATION)
    assert loss.after == PAST_THE_RUN
    # The page's title line under the run: the splitter read another part of the page (a glued paragraph of other
    # stories) as the article.
    page = "\n".join([f"{LEAD} {SECOND}", "إعلان", TITLE, LAST]) + "\n"
    titled = {"file": "02.txt", "lines": 5, "headline_line": 3, "headline_duplicate_lines": [],
              "sections": [{"title_line": None, "body_lines": [4]}], "boilerplate_line_numbers": [1, 2]}
    losses = page_losses("set", "02.txt", page, titled)
    assert [loss.after for loss in losses if loss.cause == "after the article"] == [TITLE_BELOW]
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "01_example.txt").write_text(PAGE, encoding="utf-8")
    (folder / "annotations.json").write_text(json.dumps({"pages": [ANNOTATION]}), encoding="utf-8")
    assert PAST_THE_RUN not in run(str(folder)).stdout
    assert PAST_THE_RUN in run(str(folder), "--after").stdout
