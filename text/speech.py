"""Turn an article into what an engine is asked to say, part by part.

Per sentence: runs of "|" read as a pause (never said), pronunciation lexicon, then number verbalisation and
diacritisation where the engine needs them, then chunking to the engine's
length limit, then, for an engine that pauses only at punctuation, breath
groups in long unpunctuated runs (:mod:`text.breath`). ``inspect --speech``
and ``build`` both call this, so what the editor sees is exactly what the
engine receives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from text.breath import breath_groups
from text.chunk import chunk_text, split_sentences
from text.lexicon import Lexicon
from text.model import Article


@dataclass(frozen=True, kw_only=True)
class SpeechStyle:
    """What an engine needs done to text before it reads it."""

    max_chars: int | None
    verbalise_numbers: bool
    diacritise: bool
    breath_words: int | None = None
    """Longest run of words without a mark the engine is given in one breath; None: the engine phrases
    long runs itself."""


@dataclass(frozen=True)
class SpokenSentence:
    """A sentence as shown (``caption``) and the chunks the engine gets for it."""

    caption: str
    chunks: tuple[str, ...]
    breaths: tuple[int, ...] = ()
    """Indexes of the chunks after which the reader takes a breath (a long unpunctuated run was cut
    there), as against a cut made only for the engine's length limit."""


_BARS = re.compile(r"\s*[|｜¦‖]+\s*")
"""A run of vertical bars: a page's separator ("الوادي | افتتحت ...", "TITLE |"), never read ("خط عمودي")."""
_DOUBLED_PAUSE = re.compile(r"،(?:\s*،)+")
_PAUSE_BY_A_MARK = re.compile(r"(?<=[,؛:.!?؟…])\s*،|\s*،(?=\s*[.,؛:!?؟…])")
"""A pause a bar left next to another mark: the mark pauses already."""


def without_bars(sentence: str) -> str:
    """``sentence`` with its runs of bars read as a pause between words ("A | B" -> "A، B") and dropped at its
    start or end; a sentence of bars alone says nothing."""
    if not _BARS.search(sentence):
        return sentence
    paused = _PAUSE_BY_A_MARK.sub("", _DOUBLED_PAUSE.sub("،", _BARS.sub("، ", sentence)))
    return paused.strip().strip("،").strip()


def spoken_text(sentence: str, style: SpeechStyle, lexicon: Lexicon | None = None) -> str:
    """``sentence`` as the engine will read it, before chunking."""
    sentence = without_bars(sentence)
    spoken = lexicon.apply(sentence) if lexicon is not None else sentence
    if style.verbalise_numbers:
        from text.verbalise import verbalise

        spoken = verbalise(spoken)
    if style.diacritise:
        from text.diacritise import diacritise

        spoken = diacritise(spoken)
    return spoken


def speak_sentence(sentence: str, style: SpeechStyle, lexicon: Lexicon | None = None) -> SpokenSentence:
    chunks: list[str] = []
    breaths: list[int] = []
    for chunk in chunk_text(spoken_text(sentence, style, lexicon), style.max_chars):
        groups = breath_groups(chunk, style.breath_words)
        breaths.extend(range(len(chunks), len(chunks) + len(groups) - 1))
        chunks.extend(groups)
    return SpokenSentence(sentence, tuple(chunks), tuple(breaths))


def speak_paragraph(paragraph: str, style: SpeechStyle, lexicon: Lexicon | None = None) -> list[SpokenSentence]:
    sentences = [speak_sentence(s, style, lexicon) for s in split_sentences(paragraph)]
    return [s for s in sentences if s.chunks]


@dataclass(frozen=True)
class SpeechPart:
    """One headline, section title or paragraph, as the engine will hear it."""

    kind: str  # "headline" | "title" | "paragraph"
    section: int
    """0 for the headline, 1 for the lead, then one per sub-headed section."""
    chapter_title: str
    sentences: tuple[SpokenSentence, ...]

    @property
    def chunks(self) -> tuple[str, ...]:
        return tuple(chunk for sentence in self.sentences for chunk in sentence.chunks)


LEAD_TITLE = "المقدمة"


def plan_speech(article: Article, style: SpeechStyle, lexicon: Lexicon | None = None) -> tuple[SpeechPart, ...]:
    """Every part of the article, in reading order, chunked for the engine."""
    return tuple(iter_speech(article, style, lexicon))


def iter_speech(article: Article, style: SpeechStyle, lexicon: Lexicon | None = None) -> Iterator[SpeechPart]:
    """The parts of :func:`plan_speech` one at a time, each as soon as it is ready (a build starts
    speaking the first parts while the later ones are diacritised)."""
    headline = article.headline or ""
    if headline:
        yield from _spoken(SpeechPart("headline", 0, headline, tuple(speak_paragraph(headline, style, lexicon))))
    for number, section in enumerate(article.sections, start=1):
        chapter_title = section.title or LEAD_TITLE
        if section.title:
            yield from _spoken(SpeechPart("title", number, chapter_title,
                                          tuple(speak_paragraph(section.title, style, lexicon))))
        for paragraph in section.paragraphs:
            yield from _spoken(SpeechPart("paragraph", number, chapter_title,
                                          tuple(speak_paragraph(paragraph, style, lexicon))))


def _spoken(part: SpeechPart) -> tuple[SpeechPart, ...]:
    """The part, unless nothing in it is spoken."""
    return (part,) if part.sentences else ()
