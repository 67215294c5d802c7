"""The verbalisation cases (tests/data/verbalisation*.tsv): every case reads as expected.

Each case goes through the built-in lexicon, then the verbaliser, as the offline engines get it.
A case with a fourth column is one we still read wrong; the column says why, and the test
fails if it starts reading right (so the note can be brought up to date)."""

from pathlib import Path

import pytest

from text.lexicon import builtin_lexicon
from text.verbalise import verbalise

DATA = Path(__file__).resolve().parents[1] / "data"
FILES = ("verbalisation.tsv", "verbalisation_holdout.tsv", "verbalisation_holdout2.tsv")


def load_cases(name: str) -> list[pytest.param]:
    cases = []
    for number, line in enumerate((DATA / name).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, source, expected, *why = line.split("\t")
        marks = [pytest.mark.xfail(strict=True, reason=why[0])] if why else []
        cases.append(pytest.param(source, expected, id=f"{name}:{number}:{kind}", marks=marks))
    return cases


def test_the_case_set_is_large_enough_and_every_line_is_well_formed() -> None:
    lines = [line for name in FILES for line in (DATA / name).read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert len(lines) >= 300
    assert all(3 <= len(line.split("\t")) <= 4 for line in lines)


@pytest.mark.parametrize(("source", "expected"), [case for name in FILES for case in load_cases(name)])
def test_case_reads_as_expected(source: str, expected: str) -> None:
    assert verbalise(builtin_lexicon().apply(source)) == expected
