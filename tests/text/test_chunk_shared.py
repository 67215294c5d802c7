"""gTTS preparation of every real article in ../shared: chunks fit in 100 characters, no word is cut."""

from pathlib import Path

import pytest

from text.chunk import chunk_spans
from text.lexicon import load_lexicon
from text.speech import SpeechStyle, spoken_text
from tests.support.shared_articles import SHARED, WHERE, sentences

ARTICLES = sorted(SHARED.glob("*/*.txt")) if SHARED.is_dir() else []
GTTS = SpeechStyle(max_chars=100, verbalise_numbers=False, diacritise=False)


@pytest.mark.skipif(not ARTICLES, reason=f"no shared articles in {SHARED} ({WHERE})")
@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.name)
def test_gtts_chunks_fit_and_never_cut_a_word(path: Path) -> None:
    lexicon = load_lexicon()
    checked = 0
    for sentence in sentences(path):
        spoken = spoken_text(sentence, GTTS, lexicon)
        spans = chunk_spans(spoken, GTTS.max_chars)
        for start, end in spans:
            assert end - start <= 100, spoken[start:end]
        for (_, end), (start, _) in zip(spans, spans[1:]):
            assert spoken[end:start].isspace(), f"cut inside a word: {spoken[end - 10:start + 10]!r}"
        checked += len(spans)
    assert checked > 0
