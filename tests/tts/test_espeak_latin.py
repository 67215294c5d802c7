"""espeak-ng's Arabic voice reads a Latin word with its English voice, not letter by letter.

The text layer relies on this (text/latin.py): it spells unknown acronyms with Arabic letter names
and leaves every other Latin word to espeak-ng. espeak_TextToPhonemes shows the language switch as
"(en)...(ar)" around the English phonemes."""

from __future__ import annotations

import ctypes

import pytest

from tts.espeak import EE_OK, _Library

PHONEME_IPA = 0x02
ESPEAK_CHARS_UTF8 = 1


def phonemes(text: str, voice: str = "ar") -> str:
    library = _Library.get()
    lib = library.lib
    lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
    lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_char_p), ctypes.c_int, ctypes.c_int]
    with library.lock:
        if lib.espeak_SetVoiceByName(voice.encode()) != EE_OK:
            pytest.skip(f"espeak-ng has no voice {voice!r}")
        pointer = ctypes.pointer(ctypes.c_char_p(text.encode()))
        out = []
        while pointer.contents.value:
            out.append((lib.espeak_TextToPhonemes(pointer, ESPEAK_CHARS_UTF8, PHONEME_IPA) or b"").decode())
    return " ".join(out)


def test_a_latin_name_inside_arabic_is_read_with_the_english_voice() -> None:
    said = phonemes("قال Eyal Ofer أمس")
    assert "(en)" in said and "(ar)" in said
    english = said.split("(en)")[1].split("(ar)")[0]
    assert english.strip() == phonemes("Eyal Ofer", voice="en").strip()


def test_an_acronym_spelled_in_arabic_letters_stays_in_the_arabic_voice() -> None:
    assert "(en)" not in phonemes("قال مكتب إف بي آي")
