"""Build SpokenParts from the fake engine, the way the pipeline does, for audio tests."""

from __future__ import annotations

from audio.timeline import Clip, SpokenPart
from tests.support.fake_engine import FakeEngine
from tts.base import SynthesisOptions

OPTIONS = SynthesisOptions()


def part(engine: FakeEngine, kind: str, chapter: int, title: str, *sentences: str | tuple[str, ...]) -> SpokenPart:
    """A part whose sentences are plain strings, or tuples of chunks of one sentence."""
    clips = []
    for sentence in sentences:
        chunks = (sentence,) if isinstance(sentence, str) else sentence
        caption = " ".join(chunks)
        for index, chunk in enumerate(chunks):
            clips.append(Clip(caption, engine.synthesize(chunk, OPTIONS), ends_sentence=index == len(chunks) - 1))
    return SpokenPart(kind, chapter, title, tuple(clips))


def sample_article(engine: FakeEngine) -> list[SpokenPart]:
    """Headline, a two-paragraph lead, and two titled sections (one long sentence split in chunks)."""
    return [
        part(engine, "headline", 0, "عنوان الخبر", "عنوان الخبر"),
        part(engine, "paragraph", 1, "المقدمة", "جملة أولى في المقدمة.", "جملة ثانية."),
        part(engine, "paragraph", 1, "المقدمة", "فقرة ثانية."),
        part(engine, "title", 2, "القسم الأول", "القسم الأول"),
        part(engine, "paragraph", 2, "القسم الأول", ("جزء أول من جملة طويلة", "وجزء ثان منها.")),
        part(engine, "title", 3, "القسم الثاني", "القسم الثاني"),
        part(engine, "paragraph", 3, "القسم الثاني", "نهاية الخبر."),
    ]
