"""Add short vowels (tashkeel) before an engine that needs them reads the text.

Without them espeak-ng guesses most vowels wrong (يدرس is read "jdrs").
text2tashkeel bundles its ONNX models in the wheel: no network, no torch.
"""

from __future__ import annotations

import functools
import logging
import re

log = logging.getLogger(__name__)

DEFAULT_MODEL = "rawi-ensemble"
_ARABIC_RUN = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


@functools.cache
def _diacritizer(model: str):
    from text2tashkeel import Diacritizer

    return Diacritizer(model)


def diacritise(text: str, *, model: str = DEFAULT_MODEL) -> str:
    """``text`` with predicted diacritics; text without Arabic letters is returned as is."""
    if not _ARABIC_RUN.search(text):
        return text
    return _diacritizer(model).diacritize(text)
