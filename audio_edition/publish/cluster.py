"""``batch --cluster``: each article's edition made as a task on a Dask cluster's workers.

The workers share no folder with this machine (the client). Each task gets what a worker cannot read
here: the article file's bytes (a page or feed item is read here, by the planner, and travels as the
article itself) and the lexicon, intro, outro and cover files, sent once per batch. It makes the edition
in a temporary folder on the worker, with the worker's own speech cache, and sends the MP3, its sidecars
and the cover back; the client writes them into OUTDIR with the manifest last, exactly as a local batch
does, and writes the feed and pages itself. ``watch`` runs each poll as a batch, so it works the same.

Faults: Dask re-runs the task of a worker that is lost mid-article on another worker (a task that loses
``distributed.scheduler.allowed-failures`` + 1 workers, 4 by default, is reported as failed); an article
that fails on a worker comes back as a failed outcome like a local one; every worker must run this
machine's audio-edition version. Importing Dask costs about half a second, so this module is imported
only when ``--cluster`` is given.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import tempfile
import uuid
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from queue import Empty, SimpleQueue
from urllib.parse import urlsplit

from audio.write import atomic_paths
from audio_edition import __version__
from audio_edition.errors import AudioEditionError, ClusterError, InputError
from audio_edition.publish import names
from audio_edition.publish.batch import BatchOptions, make_episode, retire_previous
from audio_edition.publish.manifest import Episode, write_manifest
from audio_edition.publish.plan import ArticleJob, Outcome

log = logging.getLogger(__name__)

DEFAULT_PORT = 8786
"""The port ``dask scheduler`` listens on by default."""
CONNECT_TIMEOUT = 10.0
"""Seconds to reach the scheduler."""
WORKER_WAIT = 60.0
"""Seconds to wait for a first worker when none is connected (and between two warnings that none is)."""
CHECK_EVERY = 2.0
"""Seconds between two checks that the client is still connected, while no result comes."""


def cluster_address(text: str) -> str:
    """``tcp://HOST:PORT`` from what a user typed (``HOST:PORT`` and ``tcp://HOST`` are completed); raises
    InputError for anything else."""
    candidate = text.strip()
    if "://" not in candidate:
        candidate = f"tcp://{candidate}"
    parts = urlsplit(candidate)
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        port = None
    if parts.scheme != "tcp" or not parts.hostname or port is None or parts.path not in ("", "/") \
            or parts.query or parts.username:
        raise InputError(f"--cluster {text!r}: give the Dask scheduler's address as tcp://HOST:PORT")
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return f"tcp://{host}:{port}"


def _probe(address: str) -> None:
    """A plain TCP connection first: a scheduler that is not running is one clear error at once, where
    Dask would retry until its timeout."""
    parts = urlsplit(address)
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=CONNECT_TIMEOUT):
            pass
    except socket.gaierror:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: unknown host {parts.hostname}") from None
    except ConnectionRefusedError:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: connection refused (is "
                           f"'dask scheduler' running there, on that port?)") from None
    except OSError as error:
        reason = "no answer" if isinstance(error, TimeoutError) else error.strerror or str(error)
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {reason}") from None


def connect(address: str):
    """A Dask client of the scheduler at ``address`` with at least one worker of this audio-edition version."""
    _probe(address)
    from distributed import Client

    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as error:
        raise ClusterError(f"cannot connect to the Dask scheduler at {address}: {error}") from None
    try:
        if not client.scheduler_info()["workers"]:
            log.warning("no worker is connected to %s yet; waiting up to %.0f s", address, WORKER_WAIT)
            try:
                client.wait_for_workers(1, timeout=WORKER_WAIT)
            except TimeoutError:
                raise ClusterError(f"no worker joined the Dask scheduler at {address} in {WORKER_WAIT:.0f} s; "
                                   f"start one with 'dask worker {address}'") from None
        check_versions(client)
    except BaseException:
        client.close()
        raise
    return client


def check_versions(client) -> None:
    """Every worker must run this audio-edition version: another one could make different editions, or
    not understand the task. Asked through importlib.metadata, which every Python has."""
    from importlib.metadata import version

    found = client.run(version, "audio-edition", on_error="return")
    wrong = []
    for worker, answer in sorted(found.items()):
        if isinstance(answer, BaseException):
            wrong.append(f"{worker} has no audio-edition installed")
        elif answer != __version__:
            wrong.append(f"{worker} runs audio-edition {answer}")
    if wrong:
        raise ClusterError(f"{'; '.join(wrong)}; this machine runs {__version__}: run 'pip install "
                           f"audio-edition=={__version__}' on every worker and restart it")


@dataclass(frozen=True)
class SentFile:
    """A file of the client's, sent to the workers under its own name (its suffix tells its format)."""

    name: str
    data: bytes

    @classmethod
    def read(cls, path: Path | None) -> SentFile | None:
        if path is None:
            return None
        try:
            return cls(path.name, path.read_bytes())
        except OSError as error:
            raise InputError(f"{path}: cannot read ({error.strerror})") from None

    def place(self, folder: Path) -> Path:
        path = folder / self.name
        path.write_bytes(self.data)
        return path


@dataclass(frozen=True)
class SentFiles:
    """The batch's files that every edition uses, sent to the workers once."""

    lexicon: SentFile | None = None
    intro: SentFile | None = None
    outro: SentFile | None = None
    cover: SentFile | None = None

    @classmethod
    def read(cls, options: BatchOptions) -> SentFiles:
        edition = options.edition
        return cls(SentFile.read(edition.lexicon), SentFile.read(edition.intro), SentFile.read(edition.outro),
                   SentFile.read(options.cover))

    def is_empty(self) -> bool:
        return not (self.lexicon or self.intro or self.outro or self.cover)


@dataclass(frozen=True)
class Delivery:
    """What a worker sends back: the outcome and, for a made episode, its files by name."""

    outcome: Outcome
    files: dict[str, bytes] = field(default_factory=dict)
    worker: str = ""
    """host:pid of the process that made it."""


def episode_files(episode: Episode) -> list[str]:
    """The files a worker makes for an episode, the MP3 first (renamed last); the client writes the page
    and the manifest itself."""
    return [episode.mp3, episode.vtt, episode.chapters_file, *([episode.cover] if episode.cover else [])]


def edition_task(job: ArticleJob, options: BatchOptions, programme: str, sent: SentFiles | None,
                 client_version: str) -> Delivery:
    """Runs on a worker: make one episode in a temporary folder and return its files."""
    worker = f"{socket.gethostname()}:{os.getpid()}"
    if client_version != __version__:
        raise ClusterError(f"worker {worker} runs audio-edition {__version__}, the client {client_version}")
    sent = sent or SentFiles()
    with tempfile.TemporaryDirectory(prefix="audio-edition-task-") as folder:
        work = Path(folder)
        site = work / "site"
        site.mkdir()

        def place(item: SentFile | None) -> Path | None:
            return item.place(work) if item else None

        edition = replace(options.edition, lexicon=place(sent.lexicon), intro=place(sent.intro),
                          outro=place(sent.outro))
        here = replace(options, outdir=site, edition=edition, cover=place(sent.cover), cluster=None)
        outcome = make_episode(job, here, programme)
        files = {}
        if outcome.status == "made" and outcome.episode is not None:
            files = {name: (site / name).read_bytes() for name in episode_files(outcome.episode)}
    log.info("%s: %s on %s", outcome.source, outcome.status, worker)
    return Delivery(outcome, files, worker)


def deliver(delivery: Delivery, job: ArticleJob, outdir: Path) -> Outcome:
    """Write a made episode's files into OUTDIR (the manifest last, so a failure leaves no episode)."""
    outcome = delivery.outcome
    episode = outcome.episode
    if outcome.status != "made" or episode is None:
        return outcome
    files = episode_files(episode)
    shown = names.shown_source(job.source)
    missing = [name for name in files if name not in delivery.files]
    if missing:
        return Outcome(shown, "failed", error=f"worker {delivery.worker} sent no {', '.join(missing)}",
                       seconds=outcome.seconds)
    try:
        with atomic_paths([outdir / name for name in files]) as temporaries:
            for temporary, name in zip(temporaries, files, strict=True):
                temporary.write_bytes(delivery.files[name])
        write_manifest(outdir, episode)
    except (OSError, AudioEditionError) as error:
        return Outcome(shown, "failed", error=f"cannot write the episode into {outdir}: {error}",
                       seconds=outcome.seconds)
    retire_previous(outdir, job, episode.name)
    return outcome


def _with_data(job: ArticleJob) -> ArticleJob:
    """The job with its article file's bytes (read now, not at planning: only the articles in flight are
    held in memory); a page or feed item already holds its article."""
    from text.reader import read_source

    if job.data is not None or job.article is not None:
        return job
    data, _ = read_source(job.source)
    return replace(job, data=data)


def _cancel(client, in_flight: dict) -> None:
    """Cancel the tasks in flight (the queued ones were never sent), if the scheduler still listens."""
    if in_flight and client.status == "running":
        with contextlib.suppress(Exception):
            client.cancel(list(in_flight), force=True)


def _lost(address: str) -> str:
    return f"lost the Dask scheduler at {address}; the next run makes it"


def _failure(job: ArticleJob, error: BaseException, address: str) -> Outcome:
    from concurrent.futures import CancelledError

    from distributed import KilledWorker

    if isinstance(error, KilledWorker):
        message = "the workers making it were lost, one after another (killed, out of memory?)"
    elif isinstance(error, CancelledError) and "scheduler-connection-lost" in str(error):
        message = _lost(address)
    elif isinstance(error, AudioEditionError):
        message = str(error)
    else:
        message = f"on the cluster: {type(error).__name__}: {error}"
    return Outcome(names.shown_source(job.source), "failed", error=message)


def make_episodes_on_cluster(address: str, jobs: list[ArticleJob], options: BatchOptions,
                             programme: str) -> Iterator[Outcome]:
    """Make ``jobs`` on the cluster at ``address``, writing each episode into ``options.outdir`` as it comes
    back and yielding its outcome. At most ``options.jobs`` articles are in flight (None: one per worker
    thread, counted again as workers come and go). Closing the generator (Ctrl-C) cancels them."""
    if not jobs:
        return
    sent = SentFiles.read(options)
    client = connect(address)
    in_flight: dict = {}
    queue = deque(jobs)
    finished: SimpleQueue = SimpleQueue()  # futures, as they finish (put by Dask's callback thread)

    def room() -> int:
        limit = options.jobs or max(1, sum(client.nthreads().values()))
        return limit - len(in_flight)

    def submit(sent_future) -> Iterator[Outcome]:
        """Fill the room with queued jobs; yields the outcomes of those whose file cannot be read now."""
        while queue and room() > 0:
            job = queue.popleft()
            try:
                job = _with_data(job)
            except AudioEditionError as error:
                yield Outcome(names.shown_source(job.source), "failed", error=str(error))
                continue
            future = client.submit(edition_task, job, options, programme, sent_future, __version__,
                                   key=f"edition-{job.guid}-{uuid.uuid4().hex[:8]}", pure=False)
            in_flight[future] = job
            future.add_done_callback(finished.put)

    try:
        sent_future = None if sent.is_empty() else client.scatter(sent, broadcast=True)
        yield from submit(sent_future)
        idle = 0.0
        while in_flight:
            try:
                future = finished.get(timeout=CHECK_EVERY)
            except Empty:
                if client.status != "running":
                    raise ConnectionError("the client lost its connection") from None
                idle += CHECK_EVERY
                if idle >= WORKER_WAIT and not client.nthreads():
                    log.warning("no worker is connected to %s: %d articles wait for one (start one with "
                                "'dask worker %s')", address, len(in_flight), address)
                    idle = 0.0
                continue
            idle = 0.0
            job = in_flight.pop(future)
            try:
                delivery = future.result()
            except Exception as error:  # noqa: BLE001 - the task's own error, or KilledWorker
                outcome = _failure(job, error, address)
            else:
                outcome = deliver(delivery, job, options.outdir)
            future.release()
            yield outcome
            yield from submit(sent_future)
    except Exception as error:
        if not (isinstance(error, OSError) or client.status != "running"):
            _cancel(client, in_flight)
            raise
        # The scheduler is gone (its machine, or the network): what was made is kept, the rest reported.
        log.warning("lost the Dask scheduler at %s: %s", address, error)
        unfinished = [*in_flight.values(), *queue]
        in_flight.clear()
        queue.clear()
        for job in unfinished:
            yield Outcome(names.shown_source(job.source), "failed", error=_lost(address))
    except BaseException:  # Ctrl-C, SIGTERM, the generator closed: queued tasks must not start
        _cancel(client, in_flight)
        raise
    finally:
        client.close()
