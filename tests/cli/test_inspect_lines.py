"""`inspect --lines`: every input line with its decision and score; `inspect` lists every dropped line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.pages import CAPTION, LEAD, TITLE, WHOLE_PAGE

from .test_build_command import assert_one_line_error


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(WHOLE_PAGE, encoding="utf-8")
    return path


def test_lines_shows_each_line_with_its_decision_and_score(run_cli, page):
    result = run_cli("inspect", str(page), "--lines")
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if TITLE in line or CAPTION in line or LEAD in line]
    assert any(" headline " in row and row.split()[1] == "-0.5" for row in rows if TITLE in row)
    assert any("-caption in English" in row for row in rows)
    assert any(" body " in row and "sentence end" in row for row in rows if LEAD in row)
    assert "lines spoken" in result.stdout


def test_lines_json_is_one_entry_per_non_empty_line(run_cli, page):
    result = run_cli("inspect", str(page), "--lines", "--json")
    assert result.returncode == 0, result.stderr
    lines = json.loads(result.stdout)
    assert len(lines) == len([line for line in WHOLE_PAGE.splitlines() if line.strip()])
    assert set(lines[0]) == {"line", "text", "decision", "spoken", "score", "why"}
    assert [entry["decision"] for entry in lines if entry["text"] == "اعرض المزيد"] == ["before the article"]


def test_inspect_lists_dropped_lines_with_the_new_reasons(run_cli, page):
    result = run_cli("inspect", str(page))
    assert result.returncode == 0, result.stderr
    assert f"[caption in English] {CAPTION}" in result.stdout
    assert "[after the article] حول هذه القصة" in result.stdout


def test_lines_on_an_html_page_is_a_clear_error(run_cli, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(f"<!doctype html><html><body><h1>{TITLE}</h1><p>{LEAD}</p></body></html>", encoding="utf-8")
    assert_one_line_error(run_cli("inspect", str(path), "--lines"), mentions="--format text")


# Two lines of one page reading the same: a sub-heading of the article, and the same words as another story's title
# in a "read also" box (our own text). Only the box's copy is dropped; inspect --lines tells it on its own line.
SAME = "البلدية تعلن خطة جديدة لتطوير الطرق في وسط المدينة"
_OPENING = ["افتتاح الجسر الجديد فوق نهر المدينة بحضور المحافظ", "",
            "افتتح محافظ المدينة صباح اليوم الجسر الجديد فوق النهر، بعد عامين من أعمال البناء التي شارك فيها مئات "
            "العمال والمهندسين من شركات محلية.", ""]
_PARAGRAPH = ("ويبلغ طول الجسر نحو ثمانمئة متر، ويضم أربعة مسارات للسيارات وممرا خاصا للمشاة والدراجات، بحسب ما "
              "أعلنته البلدية في بيان رسمي.")
_BOX = ["اقرأ أيضا:", SAME, "محافظ المدينة يزور مستشفى الأطفال ويتفقد الأقسام الجديدة", ""]
_CLOSING = ["وأكد المحافظ أن المشروع سيخفف الازدحام في وسط المدينة، وسيختصر زمن التنقل بين ضفتي النهر إلى دقائق "
            "معدودة في ساعات الذروة.", "",
            "والجدير بالذكر أن البلدية خصصت ميزانية إضافية لصيانة الطرق المؤدية إلى الجسر خلال الأشهر المقبلة، كما "
            "ستضع لافتات جديدة."]
HEADING_THEN_BOX = "\n".join([*_OPENING, SAME, "", _PARAGRAPH, "", *_BOX, *_CLOSING]) + "\n"
"""The sub-heading (line 5) first, its copy in the box (line 10) second."""
BOX_THEN_HEADING = "\n".join([*_OPENING, *_BOX, _PARAGRAPH, "", SAME, "", *_CLOSING]) + "\n"
"""The box's copy (line 6) first, the sub-heading (line 11) second."""


def _decisions_of(run_cli, tmp_path: Path, text: str) -> dict[int, tuple[str, bool]]:
    path = tmp_path / "same.txt"
    path.write_text(text, encoding="utf-8")
    result = run_cli("inspect", str(path), "--lines", "--json")
    assert result.returncode == 0, result.stderr
    return {entry["line"]: (entry["decision"], entry["spoken"]) for entry in json.loads(result.stdout)
            if entry["text"] == SAME}


@pytest.mark.parametrize(("text", "heading_line", "box_line"), [(HEADING_THEN_BOX, 5, 10), (BOX_THEN_HEADING, 11, 6)],
                         ids=["second-dropped", "first-dropped"])
def test_lines_tells_a_drop_on_the_copy_dropped_not_on_an_identical_line(run_cli, tmp_path, text, heading_line,
                                                                          box_line):
    assert text.splitlines()[heading_line - 1] == text.splitlines()[box_line - 1] == SAME
    assert _decisions_of(run_cli, tmp_path, text) == {heading_line: ("section title", True),
                                                      box_line: ("read also", False)}


@pytest.mark.parametrize("text", [HEADING_THEN_BOX, BOX_THEN_HEADING], ids=["second-dropped", "first-dropped"])
def test_inspect_lists_the_dropped_copy_once_and_speaks_the_other(run_cli, tmp_path, text):
    path = tmp_path / "same.txt"
    path.write_text(text, encoding="utf-8")
    result = run_cli("inspect", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(f"[read also] {SAME}") == 1
    assert f": {SAME}" in result.stdout  # the section heading, spoken
    assert result.stdout.count(SAME) == 2
