"""Diacritisation adds tashkeel and nothing else: letters, Latin, digits and punctuation survive."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audio_edition.errors import InputError
from text.diacritise import TASHKEEL, diacritise, strip_diacritics, transfer_marks

SENTENCE = "ذهب الطالب إلى المدرسة صباحا"
MIXED = "قالت شركة Apple إن مبيعاتها ارتفعت 5% في عام 2024، أي 3.5 مليار (USD)!"

ARABIC_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
MIXED_ALPHABET = ARABIC_LETTERS + "".join(TASHKEEL) + "abcXYZé0123456789٠١٢٣ .,،؛؟!?:«»()-%$☺©ـﻻ\n"


def test_arabic_letters_get_short_vowels():
    result = diacritise(SENTENCE)
    assert sum(character in TASHKEEL for character in result) >= 10


def test_removing_the_marks_gives_back_the_input():
    assert strip_diacritics(diacritise(SENTENCE)) == SENTENCE


def test_latin_digits_and_punctuation_are_kept_exactly():
    assert strip_diacritics(diacritise(MIXED)) == MIXED


def test_marks_only_follow_arabic_letters():
    result = diacritise(MIXED)
    for index, character in enumerate(result):
        if character in TASHKEEL:
            before = strip_diacritics(result[:index])[-1]
            assert before in ARABIC_LETTERS, f"mark after {before!r}"


def test_text_without_arabic_is_returned_unchanged():
    assert diacritise("BBC News 2024 - live!") == "BBC News 2024 - live!"


def test_marks_the_author_wrote_are_kept():
    result = diacritise("عُقد الاجتماع")
    assert result.startswith("عُ")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=MIXED_ALPHABET, max_size=60))
def test_any_text_keeps_its_letters_through_the_model(text):
    assert strip_diacritics(diacritise(text)) == strip_diacritics(text)


@given(st.text(alphabet=MIXED_ALPHABET, max_size=40), st.text(alphabet=MIXED_ALPHABET, max_size=40))
def test_whatever_the_model_returns_the_letters_are_the_inputs(original, predicted):
    assert strip_diacritics(transfer_marks(original, predicted)) == strip_diacritics(original)


def test_a_hamza_the_model_adds_does_not_change_the_letter():
    assert transfer_marks("ان", "إِنَّ") == "اِنَّ"


def test_symbols_the_model_drops_stay_in_place():
    assert transfer_marks("كتب ☺ درس", "كَتَبَ  دَرَسَ") == "كَتَبَ ☺ دَرَسَ"


def test_marks_are_not_moved_onto_non_arabic_characters():
    assert transfer_marks("a ب", "aَ بِ") == "a بِ"


def test_a_model_that_would_download_weights_is_refused():
    with pytest.raises(InputError, match="not bundled"):
        diacritise("ذهب الطالب", model="rawi-v2")
