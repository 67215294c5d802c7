"""`inspect` says the date a text page states for its article, and where on the page it read it."""

from __future__ import annotations

from pathlib import Path

from tests.text.test_page_dates import page


def test_inspect_shows_the_pages_date_and_its_line(run_cli, tmp_path: Path):
    path = tmp_path / "dated.txt"
    path.write_text(page(under=("الأحد 14/نوفمبر/2021 - الساعة: 5:12 م",)), encoding="utf-8")
    result = run_cli("inspect", str(path))
    assert result.returncode == 0, result.stderr
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("date:")]
    assert line == 'date:     2021-11-14  [from the page\'s date line, line 3: "الأحد 14/نوفمبر/2021 - الساعة: 5:12 م"]'


def test_inspect_says_nothing_of_a_date_the_page_does_not_state(run_cli, tmp_path: Path):
    path = tmp_path / "undated.txt"
    path.write_text(page(), encoding="utf-8")
    result = run_cli("inspect", str(path))
    assert result.returncode == 0, result.stderr
    assert not any(line.startswith("date:") for line in result.stdout.splitlines())


def test_inspect_lines_ends_with_the_date_it_read(run_cli, tmp_path: Path):
    path = tmp_path / "dated.txt"
    path.write_text(page("07 فبراير 2011", "بقلم سامي الخطيب"), encoding="utf-8")
    result = run_cli("inspect", str(path), "--lines")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == 'date: 2011-02-07  [from the page\'s date line, line 1: "07 فبراير 2011"]'
