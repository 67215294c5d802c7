"""The one place that uses text/, tts/ and audio/ together: article in, edition out."""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import tee
from pathlib import Path

from audio.assemble import assemble
from audio.encode import DEFAULT_BITRATE, encode_plan
from audio.loudness import DEFAULT_TARGET_LUFS
from audio.master import Mastering, plan
from audio.music import load_music, with_music
from audio.sidecars import chapters_json, webvtt
from audio.tags import Tags, cover_mime, write_tags
from audio.timeline import Clip, Edition, Pauses, SpokenPart
from audio.write import atomic_paths, remove_stale_temporaries
from audio_edition.errors import InputError
from audio_edition.memory import give_back_freed_memory
from audio_edition.stages import log_stage, timed
from text.lexicon import Lexicon, load_lexicon
from text.model import Article
from text.reader import read_article
from text.url import is_url
from text.speech import SpeechPart, SpeechStyle, iter_speech, plan_speech, speak_paragraph
from text.tagtitle import edition_title
from tts.base import Engine, SynthesisOptions
from tts.cache import SpeechCache, default_cache_dir
from tts.registry import ENGINES, EngineSettings, choose_engine, configured_service
from tts.runner import DEFAULT_JOBS, RunStats, synthesize_speech_all

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


def speech_style(engine: Engine) -> SpeechStyle:
    return SpeechStyle(max_chars=engine.max_chars, verbalise_numbers=engine.needs_verbalised_numbers,
                       diacritise=engine.wants_diacritics, breath_words=engine.breath_words)


AUTO_PREVIEW_ENGINE = "gtts"
"""What ``inspect --speech --engine auto`` shows when no licensed service's key is set: the
engine auto uses when Google answers. inspect never probes the network, so it cannot know
which one a build picks."""


@dataclass(frozen=True)
class SpeechPlan:
    """What ``inspect --speech`` shows: the chunks an engine would be asked to say."""

    engine: str
    max_chars: int | None
    parts: tuple[SpeechPart, ...]
    breath_words: int | None = None

    def to_json(self) -> dict:
        """The stable JSON shape printed by ``inspect --speech --json``."""
        return {"engine": self.engine, "max_chars": self.max_chars,
                "parts": [{"kind": p.kind, "section": p.section, "chunks": list(p.chunks)} for p in self.parts],
                "breath_words": self.breath_words}


def speech_plan(source: str, *, fmt: str | None = None, engine: str = "auto",
                settings: EngineSettings = EngineSettings(), lexicon: Path | None = None) -> SpeechPlan:
    """Everything ``build`` does to the text for ``engine``, without synthesis or network."""
    lexicon_entries = load_lexicon(lexicon)
    article = read_article(source, fmt=fmt)
    name = (configured_service() or (AUTO_PREVIEW_ENGINE,))[0] if engine == "auto" else engine
    if name not in ENGINES:
        raise InputError(f"unknown engine {name!r}; choose from auto, {', '.join(ENGINES)}")
    chosen = ENGINES[name](settings)  # capabilities are class attributes: nothing is loaded or probed
    style = speech_style(chosen)
    return SpeechPlan(name, chosen.max_chars, plan_speech(article, style, lexicon_entries), style.breath_words)


DEFAULT_MAX_WORDS = 20_000
"""About two and a half hours of news read: far beyond any article, short of a runaway input."""


def check_length(article: Article, max_words: int | None) -> None:
    if max_words is not None and article.word_count > max_words:
        hours = article.word_count / 140 / 60
        raise InputError(f"{article.source or 'the article'}: {article.word_count} words (about {hours:.1f} hours of "
                         f"audio) is more than --max-words {max_words}; split it, or raise --max-words")


@dataclass(frozen=True, kw_only=True)
class BuildRequest:
    source: str
    output: Path | None = None
    fmt: str | None = None
    engine: str = "auto"
    settings: EngineSettings = EngineSettings()
    options: SynthesisOptions = SynthesisOptions()
    pauses: Pauses = Pauses()
    loudness: float = DEFAULT_TARGET_LUFS
    bitrate: int = DEFAULT_BITRATE
    cache_dir: Path | None = None
    use_cache: bool = True
    jobs: int = DEFAULT_JOBS
    sidecars: bool = True
    cover: Path | None = None
    programme: str | None = None
    lexicon: Path | None = None
    """User pronunciation lexicon (TSV or TOML), added to the built-in one."""
    intro: Path | None = None
    outro: Path | None = None
    opening: bool = False
    """Speak an opening line naming the programme or site before the headline."""
    closing: bool = False
    """Speak a closing line (headline and programme or site) after the last section."""
    max_words: int | None = DEFAULT_MAX_WORDS
    """Refuse longer articles (None: no limit): a runaway input would take hours and gigabytes."""


@dataclass(frozen=True)
class BuildResult:
    output: Path
    engine: str
    engine_reason: str
    parts: int
    chapters: int
    duration_ms: int
    size_bytes: int
    seconds: float
    stats: RunStats
    sidecars: tuple[Path, ...] = field(default_factory=tuple)


def default_output(source: str) -> Path:
    """The article's file name with .mp3 in the current folder; for a URL, its last path segment."""
    if source == "-":
        return Path("edition.mp3")
    if is_url(source):
        from urllib.parse import unquote, urlsplit

        try:
            url = urlsplit(source)
            segment = unquote(url.path.rstrip("/").rsplit("/", 1)[-1])
            name = Path(segment).stem if segment else url.hostname or ""
        except ValueError:  # a malformed address: the reader says what is wrong with it
            name = ""
        stem = re.sub(r"[^\w.-]+", "-", name).strip("-.") or "edition"
        return Path(f"{stem}.mp3")
    return Path(Path(source).name).with_suffix(".mp3")


def check_output(output: Path, source: str | None = None) -> None:
    folder = output.parent if str(output.parent) else Path(".")
    if output.is_dir():
        raise InputError(f"{output}: is a folder; give a file name ending in .mp3")
    if source and source != "-" and output.exists() and Path(source).exists() and output.samefile(source):
        raise InputError(f"{output}: is the article itself; give the MP3 another name")
    if output.suffix.lower() != ".mp3":
        raise InputError(f"{output}: the edition is an MP3; give a file name ending in .mp3")
    if not folder.is_dir():
        raise InputError(f"{output}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise InputError(f"{output}: folder {folder} is not writable")


def _chunk_labels(part: SpeechPart, number: int) -> list[str]:
    """How an error names each chunk of ``part``, e.g. 'paragraph 3 of section 2, chunk 1 of 2'."""
    names = {"headline": "headline", "title": f"title of section {part.section}"}
    name = names.get(part.kind, f"{part.kind} {number} of section {part.section}")
    count = len(part.chunks)
    return [name if count == 1 else f"{name}, chunk {index} of {count}" for index in range(1, count + 1)]


OPENING_LINE = "من {name}."
CLOSING_LINE = "استمعتم إلى: {headline}. من {name}."


def framing_parts(article: Article, request: BuildRequest, parts: Iterable[SpeechPart],
                  style: SpeechStyle, lexicon: Lexicon | None = None) -> Iterator[SpeechPart]:
    """``parts`` with the optional spoken opening and closing lines around them, one at a time."""
    name = request.programme or article.site
    last = None
    for part in parts:
        if last is None and (request.opening or request.closing) and not name:
            log.warning("no programme or site name: no opening or closing line spoken")
        if last is None and request.opening and name:
            yield SpeechPart("opening", part.section, part.chapter_title,
                             tuple(speak_paragraph(OPENING_LINE.format(name=name), style, lexicon)))
        yield part
        last = part
    if last is not None and request.closing and name:
        yield SpeechPart("closing", last.section, last.chapter_title, tuple(speak_paragraph(
            CLOSING_LINE.format(headline=edition_title(article) or "", name=name), style, lexicon)))


def synthesise_parts(engine: Engine, parts: Iterable[SpeechPart], request: BuildRequest,
                     progress: Progress | None) -> tuple[list[SpokenPart], RunStats]:
    """Speech for every part; ``parts`` may be a generator (speech starts before the last part is ready).
    Logs the 'prepare text' stage when the generator is done."""
    prepared: list[SpeechPart] = []
    started, cpu = time.perf_counter(), time.process_time()

    def chunks() -> Iterator[tuple[str, str]]:
        seen: dict[tuple[int, str], int] = {}
        for part in parts:
            prepared.append(part)
            seen[part.section, part.kind] = number = seen.get((part.section, part.kind), 0) + 1
            yield from zip(part.chunks, _chunk_labels(part, number), strict=True)
        log_stage("prepare text", started, cpu)

    texts, labels = tee(chunks())  # the runner takes one text, then its label
    cache = SpeechCache(request.cache_dir or default_cache_dir()) if request.use_cache else None
    # An offline engine speaks one chunk at a time anyway (espeak and piper hold a lock), and espeak's output
    # depends on what it spoke before: in text order, the same article gives the same speech on every run.
    jobs = request.jobs if engine.needs_network else 1
    speech, stats = synthesize_speech_all(engine, (text for text, _ in texts), request.options, cache=cache,
                                          jobs=jobs, progress=progress, labels=(label for _, label in labels))
    spoken: list[SpokenPart] = []
    position = 0
    for part in prepared:
        clips = []
        for sentence in part.sentences:
            for index, _ in enumerate(sentence.chunks):
                words = speech[position].words
                clips.append(Clip(sentence.caption, speech[position].audio,
                                  ends_sentence=index == len(sentence.chunks) - 1,
                                  breath_after=index in sentence.breaths,
                                  words_ms=(words[0].start_ms, words[-1].end_ms) if words else None))
                position += 1
        spoken.append(SpokenPart(part.kind, part.section, part.chapter_title, tuple(clips)))
    return spoken, stats


def edition_tags(article: Article, request: BuildRequest, lyrics: str | None = None,
                 output: Path | None = None) -> Tags:
    """The MP3's tags. The artist is the writer the page names (``Article.byline``, a person's name) or none, never
    the site or the programme; the album is the programme (``--programme``, a batch's feed title) or the outlet the
    page names, or none; the title is the headline or what stands for it (``tagtitle.edition_title``), never the
    file's name but as a last resort for an article with no words at all, so the title is never None."""
    return Tags(
        title=edition_title(article) or (output.stem if output is not None else None) or "untitled",
        artist=article.byline,
        album=request.programme or article.site,
        date=(article.published or date.today().isoformat())[:10],  # the source's own calendar day
        comment=f"Source: {article.source}" if article.source else None,
        lyrics=lyrics,
        cover=request.cover,
    )


def write_edition(edition: Edition, article: Article, request: BuildRequest, output: Path,
                  on_frames: Callable[[bytes], None] | None = None) -> tuple[int, tuple[Path, ...]]:
    tags = edition_tags(article, request, edition.spoken_text, output)
    sidecars = (output.with_suffix(".vtt"), output.with_suffix(".chapters.json")) if request.sidecars else ()
    remove_stale_temporaries(output.parent, [path.name for path in (output, *sidecars)])  # from a killed run
    mastering = Mastering(target_lufs=request.loudness)
    with timed("level"):
        chain = plan(edition, mastering)
    with atomic_paths([output, *sidecars]) as temporaries:
        with timed("encode"), open(temporaries[0], "wb") as handle:
            encode_plan(chain, handle, bitrate=request.bitrate, mastering=mastering, on_frames=on_frames)
        with timed("tags"):
            write_tags(temporaries[0], tags, edition.chapters)
            if sidecars:
                temporaries[1].write_text(webvtt(edition.cues), encoding="utf-8")
                temporaries[2].write_text(chapters_json(edition.chapters), encoding="utf-8")
    return output.stat().st_size, sidecars


def build(request: BuildRequest, *, article: Article | None = None, progress: Progress | None = None,
          on_engine: Callable[[str, str], None] | None = None,
          on_stage: Callable[[str], None] | None = None,
          on_frames: Callable[[bytes], None] | None = None) -> BuildResult:
    """Make the edition. ``article``, when given, is the article already read (a feed item's page, fetched by
    the caller), and ``request.source`` only names it. ``on_engine(name, reason)`` hears which engine was
    chosen; ``on_stage(what)`` hears when a long step without a progress count starts (after speech:
    levelling and encoding); ``on_frames(data)`` is given the MP3's audio frames as they are encoded."""
    started = time.monotonic()
    output = request.output or default_output(request.source)
    check_output(output, request.source)
    Mastering(target_lufs=request.loudness)  # a bad --loudness fails before any synthesis
    if request.cover is not None:
        cover_mime(request.cover)  # so does a cover that is not an image
    if request.use_cache and request.cache_dir is not None and request.cache_dir.is_file():
        raise InputError(f"{request.cache_dir}: the speech cache must be a folder, not a file")
    for music in (request.intro, request.outro):
        if music is not None:
            load_music(music, 8000)  # and an intro or outro that is not audio (decoded again later)
    with timed("read"):
        if article is None:
            article = read_article(request.source, fmt=request.fmt)
        check_length(article, request.max_words)
        lexicon = load_lexicon(request.lexicon)
    with timed("engine"):
        engine, reason = choose_engine(request.engine, request.settings)
    log.info("engine %s: %s", engine.name, reason)
    if on_engine:
        on_engine(engine.name, reason)
    style = speech_style(engine)
    parts = framing_parts(article, request, iter_speech(article, style, lexicon), style, lexicon)
    with timed("synthesise"):  # logs 'prepare text' inside it: speech is made while the text is prepared
        spoken, stats = synthesise_parts(engine, parts, request, progress)
    spoken_parts = len(spoken)
    if spoken and spoken[0].clips:
        spoken = with_music(spoken, intro=request.intro, outro=request.outro,
                            frame_rate=spoken[0].clips[0].audio.frame_rate)
    if on_stage:
        on_stage("levelling and encoding")
    with timed("assemble"):
        edition = assemble(spoken, request.pauses)
        del spoken  # the clips' samples are in the edition's spool file now
        give_back_freed_memory()
    size, sidecars = write_edition(edition, article, request, output, on_frames)
    return BuildResult(output=output, engine=engine.name, engine_reason=reason, parts=spoken_parts,
                       chapters=len(edition.chapters), duration_ms=edition.duration_ms, size_bytes=size,
                       seconds=time.monotonic() - started, stats=stats, sidecars=sidecars)
