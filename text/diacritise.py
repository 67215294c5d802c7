"""Add short vowels (tashkeel) before an engine that needs them reads the text.

Without them espeak-ng guesses most vowels wrong (يدرس is read "jdrs").
text2tashkeel bundles its ONNX models in the wheel: no network, no torch.
The default model was chosen by measuring (bench/diacritisers.py, 26 news
sentences we diacritised by hand): rawi-ensemble, rawi-v2-int8 and rawi-v3-int8
tie at about 1.2% diacritic error rate (one letter apart), far ahead of bilstm
(41%), rawi v1 (24%) and mishkal (8.5%); at 2-4 ms a sentence all are fast
enough, so the tie goes to rawi-ensemble, the best on text2tashkeel's larger
published benchmark.

The model's output is never used as is: its marks are moved onto the original
text, so letters are never lost, added or changed (the models normalise
Unicode, drop symbols and may turn ا into أ). Only tashkeel marks are added,
only on Arabic letters; Latin, digits and punctuation pass through untouched,
and marks the author already wrote are kept.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import unicodedata

from audio_edition.errors import EngineUnavailable, InputError

log = logging.getLogger(__name__)

DEFAULT_MODEL = "rawi-ensemble"
ORT_THREADS = "1"
"""onnxruntime threads per diacritiser session (text2tashkeel reads ``TT_ORT_THREADS``; an explicit
setting is kept). One sentence is a tiny graph: with one thread the seed's 25 sentences take 0.18 s
of CPU instead of 0.4 s (the extra threads only spin) and the other core stays free for the speech
engine; the marks are the same (all 162 sentences of a long article)."""

TASHKEEL = frozenset(chr(code) for code in range(0x064B, 0x0653)) | {"\u0670"}
"""Fathatan to sukun (U+064B-U+0652) and the dagger alef (U+0670)."""

_ARABIC_LETTER = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff]")


def strip_diacritics(text: str) -> str:
    """``text`` without tashkeel marks; every other character is kept."""
    return "".join(character for character in text if character not in TASHKEEL)


def _clusters(text: str) -> list[tuple[str, str]]:
    """(character, the tashkeel marks written after it) for each non-mark character.
    Marks before any character form a cluster with an empty character."""
    clusters: list[tuple[str, str]] = []
    for character in text:
        if character in TASHKEEL:
            base, marks = clusters.pop() if clusters else ("", "")
            clusters.append((base, marks + character))
        else:
            clusters.append((character, ""))
    return clusters


def _skeleton(character: str) -> str:
    """The character's letters with hamza, madda and accents taken off, to match
    a model's output letter to the input letter it came from."""
    return "".join(c for c in unicodedata.normalize("NFD", character) if not unicodedata.combining(c))


def transfer_marks(original: str, predicted: str) -> str:
    """``original`` with the tashkeel marks that ``predicted`` (a model's output for
    it) puts on each of its Arabic letters. ``strip_diacritics`` of the result is
    ``strip_diacritics(original)``, whatever the model did."""
    predicted_clusters = [(_skeleton(base), marks) for base, marks in _clusters(unicodedata.normalize("NFC", predicted))]
    out: list[str] = []
    position = 0
    lookahead = 4  # the model may drop a few characters (symbols); it never reorders
    for base, marks in _clusters(original):
        skeleton = _skeleton(base)
        found = ""
        if skeleton:
            for index in range(position, min(position + lookahead, len(predicted_clusters))):
                if predicted_clusters[index][0] == skeleton:
                    found, position = predicted_clusters[index][1], index + 1
                    break
        if _ARABIC_LETTER.fullmatch(base) and found and (not marks or set(marks) <= set(found)):
            marks = found
        out.append(base + marks)
    return "".join(out)


@functools.cache
def _diacritizer(model: str):
    try:
        from text2tashkeel import BUNDLED, Diacritizer
    except ImportError as error:
        raise EngineUnavailable(f"diacritiser: the text2tashkeel package is not installed ({error})") from error
    if model not in BUNDLED:
        # Other models fetch weights from the internet on first use: never here.
        raise InputError(f"diacritiser model {model!r} is not bundled; choose from {', '.join(sorted(BUNDLED))}")
    os.environ.setdefault("TT_ORT_THREADS", ORT_THREADS)  # read when the session is built, on first use
    return Diacritizer(model)


@functools.lru_cache(maxsize=4096)
def diacritise(text: str, *, model: str = DEFAULT_MODEL) -> str:
    """``text`` with predicted diacritics on its Arabic letters. Give one sentence
    per call (the models are trained on sentences); text without Arabic letters
    is returned as is."""
    if not _ARABIC_LETTER.search(text):
        return text
    try:
        predicted = _diacritizer(model).diacritize(text)
    except (OSError, RuntimeError) as error:  # onnxruntime could not load or run the model
        raise EngineUnavailable(f"diacritiser {model} failed: {error}") from error
    return transfer_marks(text, predicted)
