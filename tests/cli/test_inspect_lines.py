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
