"""text/speech.py: the order of the steps an engine's text goes through."""

from text.lexicon import Lexicon
from text.speech import SpeechStyle, speak_paragraph, spoken_text

PLAIN = SpeechStyle(max_chars=100, verbalise_numbers=False, diacritise=False)
VERBALISED = SpeechStyle(max_chars=100, verbalise_numbers=True, diacritise=False)


def test_engines_that_read_digits_get_them_unchanged() -> None:
    assert spoken_text("ارتفع 60% في 2024", PLAIN) == "ارتفع 60% في 2024"


def test_lexicon_applies_before_numbers_are_verbalised() -> None:
    lexicon = Lexicon({"F-16": "إف ستة عشر"})
    assert spoken_text("طائرات F-16 و5 طائرات", VERBALISED, lexicon) == "طائرات إف ستة عشر وخمس طائرات"


def test_each_sentence_keeps_its_written_form_as_caption() -> None:
    sentences = speak_paragraph("بلغ العدد 20. ثم توقف", VERBALISED)
    assert [(s.caption, s.chunks) for s in sentences] == [("بلغ العدد 20.", ("بلغ العدد عشرين.",)),
                                                          ("ثم توقف", ("ثم توقف",))]


def test_verbalised_text_is_chunked_to_the_engine_limit() -> None:
    style = SpeechStyle(max_chars=30, verbalise_numbers=True, diacritise=False)
    chunks = speak_paragraph("وصل عدد الزوار إلى 33,175 زائرا", style)[0].chunks
    assert all(len(chunk) <= 30 for chunk in chunks) and len(chunks) > 1
