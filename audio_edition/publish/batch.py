"""``audio-edition batch``: one edition per article into OUTDIR, then the feed and the pages.

Inputs are article files, folders (their article files, not recursive), list
files (every non-blank line an http(s) URL or an existing path; ``#`` starts a
comment), and feeds (RSS, Atom or JSON Feed; a URL or a file), whose items are
articles. In a folder, an article file is one whose suffix the reader knows
(``text.reader.EXTENSIONS``: .txt, .md, ...) and whose name is not a project
file such as README, LICENSE or CHANGELOG, nor hidden.

``plan`` decides what to make (fetching feeds and pages politely, asking known
pages conditionally); each article is then made on its own (in a separate
process when ``jobs`` > 1): one failure is reported and the others go on. An
article is skipped when OUTDIR already holds a complete episode of the same
source with the same bytes; for a page, with the same article as read (a page's
bytes change on every fetch) and made with the same options
(``fingerprint.edition_fingerprint``: a new rate, lexicon content or programme
name remakes it).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import shutil
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from audio.write import remove_stale_temporaries
from audio_edition.errors import AudioEditionError, InputError
from audio_edition.pipeline import BuildRequest
from audio_edition.processes import ctrl_c_held, die_with_parent, interrupt, release_ctrl_c
from audio_edition.publish import names
from audio_edition.publish.feed import Channel, load_channel, save_channel, write_feed
from audio_edition.publish.feeds import looks_like_feed
from audio_edition.publish.fetching import DEFAULT_DELAY, PoliteFetcher, Request, load_feed_states, save_feed_states
from audio_edition.publish.manifest import Episode, load_episodes, write_manifest
from audio_edition.publish.plan import ArticleJob, Outcome, Planner, published_utc
from text.url import DEFAULT_TIMEOUT

log = logging.getLogger(__name__)

LOCAL_JOBS = 2
NOT_ARTICLES = {"readme", "license", "licence", "changelog", "contributing", "authors", "notice", "copying"}
CHANNEL_COVER = "cover.png"


@dataclass(frozen=True, kw_only=True)
class BatchOptions:
    outdir: Path
    edition: BuildRequest = BuildRequest(source="")
    """How every episode is made (engine, voice, pauses, loudness...): the same request 'build' makes.
    Its source, output, cover and programme are set per episode; what is given for them here is ignored."""
    jobs: int | None = None
    """Articles made at the same time: local processes (None: ``LOCAL_JOBS``), or articles in flight on the
    cluster (None: one per worker thread). ``edition.jobs`` is gtts requests per article."""
    force: bool = False
    cover: Path | None = None
    """A cover image for the programme and every episode; None generates them."""
    since: datetime | None = None
    """Feed items published before this are left out (items without a date are kept)."""
    max_new: int | None = None
    """At most this many new feed items are made per run; the rest wait for the next run."""
    fetch_delay: float = DEFAULT_DELAY
    """Seconds between two requests to the same host."""
    fetch_timeout: float = DEFAULT_TIMEOUT
    """Seconds a feed or page may take to answer."""
    cluster: str | None = None
    """Address of a Dask scheduler (``tcp://HOST:PORT``) whose workers make the editions; None: this machine."""

    def __post_init__(self) -> None:
        if self.jobs is not None and self.jobs < 1:
            raise InputError("--jobs must be 1 or more")
        if self.max_new is not None and self.max_new < 1:
            raise InputError("--max-new must be 1 or more")
        if self.fetch_delay < 0:
            raise InputError("--fetch-delay cannot be negative")
        if self.fetch_timeout <= 0:
            raise InputError("--fetch-timeout must be more than 0 seconds")


@dataclass(frozen=True)
class BatchReport:
    outcomes: tuple[Outcome, ...]
    feed: Path
    episodes: int
    seconds: float
    channel: Channel = field(default_factory=Channel)
    requests: tuple[Request, ...] = ()
    """Every request made to read feeds and pages, in order."""

    @property
    def failed(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.status == "failed")

    def counts(self) -> dict[str, int]:
        """new, updated, unchanged, failed and deferred articles."""
        return {"new": sum(o.status == "made" and not o.update for o in self.outcomes),
                "updated": sum(o.status == "made" and o.update for o in self.outcomes),
                "unchanged": sum(o.status == "skipped" for o in self.outcomes),
                "failed": len(self.failed), "deferred": sum(o.status == "deferred" for o in self.outcomes)}


def is_article_file(path: Path) -> bool:
    from text.reader import EXTENSIONS

    stem = path.name.split(".", 1)[0].lower()
    return (path.is_file() and not path.name.startswith(".") and path.suffix.lower() in EXTENSIONS
            and stem not in NOT_ARTICLES)


def _looks_like_a_path(line: str) -> bool:
    """One token naming a file (a folder separator or a suffix): a list entry, not a line of prose."""
    return not any(char.isspace() for char in line) and ("/" in line or "\\" in line or bool(Path(line).suffix))


def read_list(path: Path) -> list[str] | None:
    """The entries of a list file, or None when ``path`` is not one (an article, say)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    if looks_like_feed(text[:4096].encode("utf-8")):
        return None  # a feed (one minified line of JSON Feed could pass for a path)
    entries = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if names.is_url(line):
            entries.append(line)
            continue
        candidate = Path(line).expanduser()
        if not candidate.is_absolute():
            beside = path.parent / candidate
            candidate = beside if beside.exists() else candidate
        if not candidate.exists() and not _looks_like_a_path(line):
            return None
        entries.append(str(candidate))  # a missing path is still an entry: it fails as that article
    return entries or None


def collect_sources(inputs: Iterable[str]) -> list[str]:
    """Every article named by the inputs, in order, each once."""
    sources: list[str] = []
    seen: set[str] = set()

    def add(source: str) -> None:
        identity = names.source_identity(source)
        if identity not in seen:
            seen.add(identity)
            sources.append(source)

    def expand(item: str, depth: int) -> None:
        if names.is_url(item):
            add(item)
            return
        path = Path(item)
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if is_article_file(child):
                    add(str(child))
            return
        if not path.is_file():
            if depth > 0:  # named in a list file: reported as a failed article, the rest go on
                add(item)
                return
            raise InputError(f"{item}: not a file or folder" if path.exists() else f"{item}: no such file or folder")
        entries = read_list(path) if depth == 0 else None
        if entries is None:
            add(item)
            return
        for entry in entries:
            expand(entry, depth + 1)

    for item in inputs:
        expand(item, 0)
    if not sources:
        raise InputError("no articles found in the inputs (a folder's articles are its .txt and .md files)")
    return sources


def plan(sources: list[str], options: BatchOptions, known: dict[str, Episode], fingerprint: str,
         fetcher: PoliteFetcher) -> tuple[list[ArticleJob], list[Outcome]]:
    """Jobs to run, and the outcomes already decided (skipped, unreadable, deferred). Feeds read are
    remembered in OUTDIR/feeds.json."""
    planner = Planner(options, known, fingerprint, fetcher, feeds=load_feed_states(options.outdir))
    for source in sources:
        planner.add(source)
    if planner.feeds:
        save_feed_states(options.outdir, planner.feeds)
    return planner.jobs, planner.decided


def _lead(article) -> str:
    for section in article.sections:
        if section.paragraphs:
            return section.paragraphs[0]
    return ""


def _remove(outdir: Path, file_names: Iterable[str]) -> None:
    for file_name in file_names:
        path = outdir / file_name
        if path.is_file() or path.is_symlink():
            path.unlink(missing_ok=True)


def make_episode(job: ArticleJob, options: BatchOptions, programme: str) -> Outcome:
    """Build one article's edition, cover and manifest; never raises for a bad article."""
    from audio_edition.pipeline import build
    from audio_edition.publish.cover import write_cover
    from text.reader import read_article
    from text.tagtitle import edition_title

    started = time.monotonic()
    outdir = options.outdir
    name = job.name
    shown = names.shown_source(job.source)  # what is printed and stored: never a password in a URL
    try:
        article = job.article if job.article is not None else read_article(job.source, data=job.data)
        headline = edition_title(article) or names.source_stem(job.source)  # the stem only for an empty article
        cover = options.cover
        if cover is None:
            cover = write_cover(outdir / f"{name}.png", programme, headline)
        result = build(replace(options.edition, source=job.source, output=outdir / f"{name}.mp3", fmt=None,
                               sidecars=True, cover=cover, programme=programme), article=article)
        now = datetime.now(UTC).replace(microsecond=0).isoformat()
        validators = job.validators
        episode = Episode(
            guid=job.guid, identity=job.identity, source=shown, source_hash=job.source_hash, name=name,
            headline=headline, lead=_lead(article), byline=article.byline,
            published=job.previous.published if job.previous else (published_utc(article) or now), updated=now,
            duration_ms=result.duration_ms, size_bytes=result.size_bytes, chapters=result.chapters,
            engine=result.engine, has_cover=options.cover is None, fingerprint=job.fingerprint,
            etag=validators.etag if validators else None,
            last_modified=validators.last_modified if validators else None)
        write_manifest(outdir, episode)
    except BaseException as error:  # one article's failure must not stop the batch (Ctrl-C does, tidily)
        if job.previous is None or job.previous.name != name:
            _remove(outdir, [f"{name}{suffix}" for suffix in (".mp3", ".vtt", ".chapters.json", ".png")])
        if not isinstance(error, Exception):
            raise
        if not isinstance(error, AudioEditionError):
            log.exception("unexpected failure on %s", shown)
        message = str(error) if isinstance(error, AudioEditionError) else f"{type(error).__name__}: {error}"
        message = message.replace(job.source, shown)
        return Outcome(shown, "failed", error=message, seconds=time.monotonic() - started)
    retire_previous(outdir, job, name)
    return Outcome(shown, "made", episode=episode, seconds=time.monotonic() - started,
                   update=job.previous is not None)


def retire_previous(outdir: Path, job: ArticleJob, name: str) -> None:
    """Remove the files of the episode ``name`` replaces (a corrected article gets a new name)."""
    if job.previous is not None and job.previous.name != name:
        _remove(outdir, job.previous.files())


def forget_credentials(outdir: Path, episodes: list[Episode]) -> list[Episode]:
    """Episodes with any password in their source URL removed, and their manifests rewritten without it
    (manifests written before URLs were redacted may hold one, and ``serve`` serves them)."""
    safe_episodes = []
    for episode in episodes:
        safe = replace(episode, source=names.shown_source(episode.source),
                       identity=names.shown_source(episode.identity))
        if safe != episode:
            write_manifest(outdir, safe)
            log.info("removed the user info from the source URL of %s", episode.manifest)
        safe_episodes.append(safe)
    return safe_episodes


def prepare_channel(outdir: Path, channel: Channel, cover: Path | None) -> Channel:
    """Write the programme cover (a copy of ``cover`` or a generated one) and channel.json."""
    from PIL import Image, UnidentifiedImageError

    from audio_edition.publish.cover import write_cover

    if cover is not None:
        try:
            with Image.open(cover) as image:
                kind = image.format
        except (OSError, UnidentifiedImageError):
            raise InputError(f"{cover}: not a readable image") from None
        except Image.DecompressionBombError:  # a header claiming a billion pixels: refused before decoding
            raise InputError(f"{cover}: far too large an image for a cover (podcast covers are 1400-3000 px "
                             "square)") from None
        if kind not in ("PNG", "JPEG"):
            raise InputError(f"{cover}: podcast covers must be PNG or JPEG, not {kind}")
        image_name = "cover.png" if kind == "PNG" else "cover.jpg"
        shutil.copyfile(cover, outdir / image_name)
    else:
        image_name = CHANNEL_COVER
        write_cover(outdir / image_name, channel.title, channel.description)
    channel = replace(channel, image=image_name)
    save_channel(outdir, channel)
    return channel


def merge_channel(outdir: Path, **given: str | None) -> Channel:
    """Options given now win; otherwise the values saved by the last run; otherwise the defaults."""
    saved = load_channel(outdir)
    values = {key: value for key, value in (saved.to_json() if saved else {}).items() if key != "image"}
    values.update({key: value for key, value in given.items() if value is not None})
    return Channel(**values)


def publish(outdir: Path, channel: Channel) -> tuple[Path, int]:
    """Rebuild feed.xml, the pages and index.html from every complete episode in OUTDIR."""
    from audio_edition.publish.pages import write_pages

    episodes = load_episodes(outdir)
    feed = write_feed(outdir, channel, episodes)
    write_pages(outdir, channel, episodes)
    return feed, len(episodes)


class _WorkerState:
    busy = False
    stopping = False


def _start_worker(parent: int) -> None:
    """First thing in each worker process: die with the batch, and take Ctrl-C as 'stop', not as a crash."""
    die_with_parent(parent)
    signal.signal(signal.SIGINT, _worker_interrupted)
    release_ctrl_c()  # one that reached us while Python started is handled now, as 'stop'


def _worker_interrupted(_signum: int, _frame: object) -> None:
    if _WorkerState.stopping:
        return  # a second Ctrl-C must not cut the clean-up of the first short
    _WorkerState.stopping = True
    if _WorkerState.busy:  # stop this article (make_episode removes its files); an idle worker just stops
        raise KeyboardInterrupt


def _make_in_worker(job: ArticleJob, options: BatchOptions, programme: str) -> Outcome:
    if _WorkerState.stopping:  # already in the pool's queue when the batch was stopped: never started
        raise KeyboardInterrupt
    _WorkerState.busy = True
    try:
        return make_episode(job, options, programme)
    finally:
        _WorkerState.busy = False


def make_episodes(jobs: list[ArticleJob], options: BatchOptions, programme: str) -> Iterator[Outcome]:
    """Make the episodes of ``jobs`` into OUTDIR, yielding each outcome as it comes: one at a time, in local
    processes, or on the Dask cluster of ``options.cluster``."""
    if options.cluster:
        from audio_edition.publish.cluster import make_episodes_on_cluster

        yield from make_episodes_on_cluster(options.cluster, jobs, options, programme)
        return
    workers = min(options.jobs or LOCAL_JOBS, len(jobs))
    if workers <= 1:
        for job in jobs:
            yield make_episode(job, options, programme)
        return
    context = multiprocessing.get_context("spawn")  # espeak's library keeps global state: one per process
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker,
                             initargs=(os.getpid(),)) as pool:
        futures = {}
        try:
            with ctrl_c_held():  # the workers start here (on submit) and must not see Ctrl-C half-started
                for job in jobs:
                    futures[pool.submit(_make_in_worker, job, options, programme)] = job
            for future in as_completed(futures):
                try:
                    yield future.result()
                except Exception as error:  # a worker that died (killed, out of memory)
                    yield Outcome(names.shown_source(futures[future].source), "failed",
                                  error=f"worker failed: {error}")
        except (KeyboardInterrupt, GeneratorExit):  # Ctrl-C, SIGTERM: queued articles must not start
            # SIGTERM reaches the batch alone: the workers are told to stop too (Ctrl-C reached them already
            # from the terminal; they ignore a second one).
            interrupt(list(getattr(pool, "_processes", None) or ()))
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def run_batch(inputs: Iterable[str], options: BatchOptions, channel: Channel,
              progress: Callable[[int, int], None] | None = None) -> BatchReport:
    from audio.loudness import check_target
    from audio_edition.publish.fingerprint import edition_fingerprint
    from text.lexicon import load_lexicon

    started = time.monotonic()
    outdir = options.outdir
    if outdir.exists() and not outdir.is_dir():
        raise InputError(f"{outdir}: exists and is not a folder")
    sources = collect_sources(inputs)
    if options.cover is not None and not options.cover.is_file():
        raise InputError(f"{options.cover}: cover image not found")
    fingerprint = edition_fingerprint(replace(options.edition, cover=options.cover, programme=channel.title))
    load_lexicon(options.edition.lexicon)  # a bad lexicon or loudness is one error now, not one per article
    check_target(options.edition.loudness)
    outdir.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(outdir)  # a killed run's half-written files
    channel = prepare_channel(outdir, channel, options.cover)
    known = {names.episode_guid(episode.identity): episode
             for episode in forget_credentials(outdir, load_episodes(outdir))}
    fetcher = PoliteFetcher(delay=options.fetch_delay, timeout=options.fetch_timeout)
    jobs, outcomes = plan(sources, options, known, fingerprint, fetcher)
    for outcome in outcomes:  # a page that came back unchanged with new validators
        if outcome.episode is not None and outcome.episode != known.get(names.episode_guid(outcome.episode.identity)):
            write_manifest(outdir, outcome.episode)
    total = len(outcomes) + len(jobs)
    order: dict[str, int] = {}
    for source in [*map(names.shown_source, sources), *(o.source for o in outcomes), *(job.source for job in jobs)]:
        order.setdefault(source, len(order))  # inputs in the order given, a feed's items in the order planned
    if progress:
        progress(len(outcomes), total)
    for outcome in make_episodes(jobs, options, channel.title):
        outcomes.append(outcome)
        if progress:
            progress(len(outcomes), total)
    outcomes.sort(key=lambda o: order.get(o.source, len(order)))
    feed, count = publish(outdir, channel)
    return BatchReport(tuple(outcomes), feed, count, time.monotonic() - started, channel, tuple(fetcher.requests))
