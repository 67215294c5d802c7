"""No digit, sign, fraction, slash, minus or abbreviated unit reaches espeak or Piper in any shared article."""

from pathlib import Path

import pytest

from tests.support.shared_articles import SHARED, WHERE, sentences
from text.lexicon import load_lexicon
from text.speech import SpeechStyle, spoken_text
from text.verbalise import leftovers

ARTICLES = sorted([*SHARED.glob("seeds/*.txt"), *SHARED.glob("corpus/*.txt"), *SHARED.glob("corpus/pages/*.txt")])
OFFLINE = SpeechStyle(max_chars=None, verbalise_numbers=True, diacritise=False)


@pytest.mark.skipif(not ARTICLES, reason=f"no shared articles in {SHARED} ({WHERE})")
@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.name)
def test_offline_engines_get_nothing_they_would_misread(path: Path) -> None:
    lexicon = load_lexicon()
    found = {}
    for sentence in sentences(path):
        spoken = spoken_text(sentence, OFFLINE, lexicon)
        if leftovers(spoken):
            found[sentence] = (spoken, leftovers(spoken))
    assert not found
