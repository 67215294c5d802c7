"""The verbalisation corpus (tests/data/verbalisation.tsv): every case reads as expected.

Each case goes through the built-in lexicon, then the verbaliser, as the offline engines get it."""

from pathlib import Path

import pytest

from text.lexicon import builtin_lexicon
from text.verbalise import verbalise

CORPUS = Path(__file__).resolve().parents[1] / "data" / "verbalisation.tsv"


def load_cases() -> list[pytest.param]:
    cases = []
    for number, line in enumerate(CORPUS.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        source, expected = line.split("\t")
        cases.append(pytest.param(source, expected, id=f"line{number}"))
    return cases


@pytest.mark.parametrize(("source", "expected"), load_cases())
def test_corpus_case_reads_as_expected(source: str, expected: str) -> None:
    assert verbalise(builtin_lexicon().apply(source)) == expected
