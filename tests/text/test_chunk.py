"""The chunker: limits respected, boundaries at the best place, no text lost or split inside a word."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from text.chunk import chunk_spans, chunk_text, split_sentences

ARABIC_WORDS = ["قال", "الرئيس", "إن", "الحكومة", "ستعمل", "على", "خفض", "الأسعار", "في", "غزة", "مِنَ", "3.5",
                "33,175", "CNN", "يُدرِّس", "والتكنولوجيا"]
SEPARATORS = [" ", " ", " ", "، ", ". ", "؟ ", "! ", "… ", "\n", ": ", "؛ ", ", ", "  "]

texts = st.lists(st.tuples(st.sampled_from(ARABIC_WORDS), st.sampled_from(SEPARATORS)), min_size=1, max_size=80).map(
    lambda pairs: "".join(word + sep for word, sep in pairs))
any_texts = st.text(alphabet=st.sampled_from(list("ابت ثج،.؟\n x") + ["\u064e"]), max_size=300)
limits = st.integers(min_value=1, max_value=120)


def assert_partition(text: str, spans: list[tuple[int, int]]) -> None:
    """Chunks cover the text in order; only whitespace lies between or around them."""
    position = 0
    for start, end in spans:
        assert start >= position and end > start
        assert text[position:start].strip() == ""
        position = end
    assert text[position:].strip() == ""


@given(any_texts, limits)
def test_every_character_is_in_exactly_one_chunk(text: str, limit: int) -> None:
    spans = chunk_spans(text, limit)
    assert_partition(text, spans)
    assert re.sub(r"\s", "", "".join(text[a:b] for a, b in spans)) == re.sub(r"\s", "", text)


@given(any_texts, st.one_of(st.none(), limits))
def test_no_chunk_is_empty_or_padded(text: str, limit: int | None) -> None:
    for chunk in chunk_text(text, limit):
        assert chunk and chunk == chunk.strip()


@given(any_texts, limits)
def test_no_chunk_is_longer_than_the_limit(text: str, limit: int) -> None:
    assert all(len(chunk) <= limit for chunk in chunk_text(text, limit))


@settings(max_examples=200)
@given(texts, st.integers(min_value=16, max_value=120))  # the longest word with its mark fits
def test_no_boundary_falls_inside_a_word_when_words_fit(text: str, limit: int) -> None:
    spans = chunk_spans(text, limit)
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert text[end:start] != "" and text[end:start].isspace()


def test_sentence_end_is_preferred_to_the_limit() -> None:
    assert chunk_text("ذهب الولد. عاد البنت إلى البيت", 100) == ["ذهب الولد.", "عاد البنت إلى البيت"]


def test_clause_boundary_is_preferred_to_a_word_boundary() -> None:
    text = "قال الوزير في مؤتمر صحفي، إن الحكومة ستعمل على خفض الأسعار"
    assert chunk_text(text, 40)[0] == "قال الوزير في مؤتمر صحفي،"


def test_word_boundary_is_used_when_there_is_no_clause() -> None:
    assert chunk_text("واحد اثنان ثلاثة أربعة", 12) == ["واحد اثنان", "ثلاثة أربعة"]


def test_a_very_early_clause_mark_does_not_leave_a_tiny_chunk() -> None:
    text = "نعم، قال الوزير في مؤتمر صحفي إن الحكومة ستعمل على خفض الأسعار"
    assert len(chunk_text(text, 40)[0]) > len("نعم،")


def test_a_word_longer_than_the_limit_is_cut_without_separating_its_diacritics() -> None:
    chunks = chunk_text("بَبَبَبَبَ", 4)
    assert "".join(chunks) == "بَبَبَبَبَ"
    assert all(not chunk[0] == "\u064e" for chunk in chunks)


def test_no_limit_gives_one_chunk_per_sentence() -> None:
    assert chunk_text("أولا. ثانيا؟ ثالثا", None) == ["أولا.", "ثانيا؟", "ثالثا"]


def test_a_one_letter_abbreviation_does_not_end_the_sentence() -> None:
    assert split_sentences("قال د. محمد إن الوضع صعب. ثم غادر") == ["قال د. محمد إن الوضع صعب.", "ثم غادر"]


def test_a_decimal_point_does_not_end_the_sentence() -> None:
    assert split_sentences("بلغ 3.5 مليون. انتهى") == ["بلغ 3.5 مليون.", "انتهى"]


def test_zero_limit_is_rejected() -> None:
    with pytest.raises(ValueError):
        chunk_text("نص", 0)
