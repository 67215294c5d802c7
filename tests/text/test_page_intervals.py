"""bench/page_intervals.py: per-page dumps of an annotated folder and page-bootstrap comparisons."""

import json
import subprocess
import sys
from pathlib import Path

from bench.page_intervals import bootstrap, figures

ROOT = Path(__file__).resolve().parents[2]

# Our own page in the shape of a scraped news page: menu, headline, date, two paragraphs, share prompt.
PAGE = "\n".join([
    "الرئيسية أخبار رياضة اقتصاد",
    "افتتاح مكتبة عامة جديدة في وسط المدينة",
    "12 مارس 2025",
    "افتتحت البلدية صباح اليوم مكتبة عامة جديدة تضم آلاف الكتب وقاعات للقراءة والدراسة.",
    "وقال رئيس البلدية إن المكتبة ستفتح أبوابها يوميا من التاسعة صباحا حتى الثامنة مساء.",
    "شارك الخبر على فيسبوك",
]) + "\n"
ANNOTATION = {"file": "01_example.txt", "source": "https://example.org/1", "lines": 7, "headline_line": 2,
              "headline_duplicate_lines": [], "sections": [{"title_line": None, "body_lines": [4, 5]}],
              "boilerplate_line_numbers": [1, 3, 6]}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bench.page_intervals", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def page(ok: int, spoken: int = 0) -> dict:
    return {"folder": "f", "page": f"{ok}{spoken}", "headline_ok": ok, "titles_found": 1, "titles_predicted": 1,
            "titles_expected": 1, "body_kept": 10, "body_total": 10, "furniture_spoken": spoken,
            "furniture_total": 2}


def test_score_writes_page_counts_and_totals(tmp_path):
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "01_example.txt").write_text(PAGE, encoding="utf-8")
    (folder / "annotations.json").write_text(json.dumps({"pages": [ANNOTATION]}), encoding="utf-8")
    out = tmp_path / "dump.json"
    done = run("score", str(out), str(folder))
    assert done.returncode == 0, done.stderr
    assert "1 pages: headline" in done.stdout
    [counts] = json.loads(out.read_text(encoding="utf-8"))
    assert counts["page"] == "01_example.txt" and counts["folder"] == "set"
    assert counts["furniture_total"] == 3 and counts["body_total"] > 20
    assert PAGE.split("\n")[3].split()[0] not in out.read_text(encoding="utf-8")  # numbers only, no page text


def test_score_refuses_a_folder_without_annotations(tmp_path):
    done = run("score", str(tmp_path / "dump.json"), str(tmp_path))
    assert done.returncode == 2
    assert "no annotations.json" in done.stderr and "Traceback" not in done.stderr


def test_pooled_figures():
    totals = figures([page(1, 0), page(0, 2)])
    assert totals["headline"] == 0.5
    assert totals["furniture_spoken"] == 0.5


def test_paired_change_of_identical_dumps_is_zero():
    pages = [page(1), page(0, 1), page(1, 2)]
    result = bootstrap(pages, pages)
    assert result["change"]["headline"] == (0.0, 0.0, 0.0)


def test_paired_change_interval_holds_the_point_change():
    before = [page(0)] * 10 + [page(1)] * 30
    after = [page(1)] * 10 + [page(1)] * 30
    value, low, high = bootstrap(before, after)["change"]["headline"]
    assert value == 0.25
    assert 0 < low <= value <= high


def test_compare_refuses_dumps_of_different_pages(tmp_path):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_text(json.dumps([page(1)]), encoding="utf-8")
    second.write_text(json.dumps([page(0)]), encoding="utf-8")
    done = run("compare", str(first), str(second))
    assert done.returncode == 2 and "same pages" in done.stderr
    done = run("compare", str(first), str(first))
    assert done.returncode == 0 and "B - A" in done.stdout
