"""``batch --cluster``: the real CLI against a real Dask scheduler and workers on 127.0.0.1 (separate
processes, as a user starts them), each worker with its own speech cache."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import feedparser
import pytest

from audio_edition import __version__
from audio_edition.errors import ClusterError, InputError
from audio_edition.publish.batch import BatchOptions
from audio_edition.publish.cluster import Delivery, cluster_address, deliver, edition_task
from audio_edition.publish.manifest import load_episodes
from audio_edition.publish.plan import ArticleJob, Outcome
from tests.conftest import REPO, audio_edition_command
from tests.support.dask_cluster import edition_tasks, kill_a_busy_worker, local_cluster
from tests.support.network import closed_loopback_url

from .conftest import ARTICLES, write_articles

TITLE = "نشرة الاختبار & <الأخبار>"  # the 'published' fixture's programme: the same covers and fingerprints
SHARED_SHORT = ("seeds/000_0d1342c88ff5f8bf.txt", "corpus/cnnarabic_latin.txt",
                "corpus/cnnarabic_list.txt", "corpus/cnnarabic_numbers.txt")


@pytest.fixture(scope="session")
def dask_cluster(tmp_path_factory):
    """A scheduler and two one-thread workers, started once for the session."""
    with local_cluster(tmp_path_factory.mktemp("dask-cluster")) as cluster:
        yield cluster


@pytest.fixture
def cluster(dask_cluster):
    """The session's cluster with both workers up (a worker killed by an earlier test is restarted by its
    nanny: wait for it)."""
    dask_cluster.wait_for_workers(2)
    return dask_cluster


def editions_on_the_scheduler(client) -> list[str]:
    """The keys of the edition tasks the scheduler holds (queued, running or done)."""
    def editions(dask_scheduler) -> list[str]:  # nested: sent by value, the scheduler cannot import tests
        return [str(key) for key in dask_scheduler.tasks if str(key).startswith("edition-")]

    return client.run_on_scheduler(editions)


def batch_command(inputs: list[Path], outdir: Path, *options: str) -> list[str]:
    return [*audio_edition_command(), "batch", *map(str, inputs), "-o", str(outdir), "--engine", "espeak",
            "--title", TITLE, "--quiet", *options]


def speech_files(cache_home: Path) -> list[Path]:
    return [path for path in (cache_home / "audio-edition").rglob("*") if path.is_file()]


def site(outdir: Path) -> dict[str, tuple]:
    """What a listener gets from OUTDIR: per episode file name, its headline, chapters and duration (the GUID
    comes from the article's path, which differs between the two folders of articles)."""
    return {episode.name: (episode.headline, episode.chapters, episode.engine, episode.duration_ms)
            for episode in load_episodes(outdir)}


def assert_same_site(cluster_out: Path, local_out: Path) -> None:
    made, expected = site(cluster_out), site(local_out)
    assert made.keys() == expected.keys()
    for name, (*heard, duration) in expected.items():
        assert list(made[name][:3]) == heard
        assert abs(made[name][3] - duration) <= duration * 0.01  # espeak's timing varies by a few ms per run
    feed = feedparser.parse(str(cluster_out / "feed.xml"))
    assert not feed.bozo and len(feed.entries) == len(expected)
    for episode in load_episodes(cluster_out):
        for name in episode.files():
            assert (cluster_out / name).is_file(), name


def test_cluster_batch_makes_the_same_site_as_a_local_batch(cluster, published, tmp_path, cli_env):
    articles = write_articles(tmp_path / "articles")
    (articles / "empty.txt").write_text("\n  \n", encoding="utf-8")
    result = subprocess.run(batch_command([articles], tmp_path / "out", "--cluster", cluster.address),
                            capture_output=True, text=True, env=cli_env, timeout=300)
    assert result.returncode == 1, result.stdout + result.stderr  # the empty article failed, like locally
    lines = result.stdout.splitlines()
    empty = str(articles / "empty.txt")
    assert any(line.startswith("failed") and line.endswith(empty) for line in lines), result.stdout + result.stderr
    assert f"error: {articles / 'empty.txt'}: the article is empty" in result.stdout  # the client's path
    assert "2 made, 0 skipped, 1 failed" in lines[-1]
    assert_same_site(tmp_path / "out", published)
    assert (tmp_path / "out" / "index.html").is_file()
    assert speech_files(Path(cli_env["XDG_CACHE_HOME"])) == []  # no speech was made here
    assert any(speech_files(cluster.worker_cache(number)) for number in (1, 2))

    rerun = subprocess.run(batch_command([articles], tmp_path / "out", "--cluster", cluster.address),
                           capture_output=True, text=True, env=cli_env, timeout=300)
    assert "0 made, 2 skipped, 1 failed" in rerun.stdout.splitlines()[-1]


def articles_of_our_own(folder: Path, copies: int) -> Path:
    """``copies`` × the two test articles, each copy with a paragraph of its own (another text, another name)."""
    return write_articles(folder, {f"{number}-{name}": text + f"\nفقرة إضافية رقم {number}.\n"
                                   for number in range(copies) for name, text in ARTICLES.items()})


def run_with_a_worker_killed(cluster, command: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    """Run the batch ``command``, kill -9 a worker while it makes an edition; exit status, stdout, stderr."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        with cluster.client() as client:
            kill_a_busy_worker(client)
        stdout, stderr = process.communicate(timeout=900)
    finally:
        if process.poll() is None:
            process.kill()
    return process.returncode, stdout, stderr


def test_batch_completes_when_a_worker_is_killed_mid_article(cluster, tmp_path, cli_env):
    articles = articles_of_our_own(tmp_path / "articles", 2)
    status, stdout, stderr = run_with_a_worker_killed(
        cluster, batch_command([articles], tmp_path / "out", "--cluster", cluster.address, "--no-cache"), cli_env)
    assert status == 0, stdout + stderr
    assert "4 made, 0 skipped, 0 failed" in stdout.splitlines()[-1]
    assert len(load_episodes(tmp_path / "out")) == 4


@pytest.mark.slow
def test_shared_articles_on_a_cluster_with_a_worker_killed_match_a_local_batch(cluster, shared_dir, tmp_path,
                                                                               cli_env):
    """The definition of done: the seed and three short shared articles."""
    inputs = [shared_dir / name for name in SHARED_SHORT]
    for path in inputs:
        if not path.is_file():
            pytest.skip(f"{path} is absent")
    local = subprocess.run(batch_command(inputs, tmp_path / "local", "--jobs", "2"), capture_output=True,
                           text=True, env=cli_env, timeout=900)
    assert local.returncode == 0, local.stdout + local.stderr
    shutil.rmtree(Path(cli_env["XDG_CACHE_HOME"]))
    status, stdout, stderr = run_with_a_worker_killed(
        cluster, batch_command(inputs, tmp_path / "out", "--cluster", cluster.address, "--no-cache"), cli_env)
    assert status == 0, stdout + stderr
    assert "4 made, 0 skipped, 0 failed" in stdout.splitlines()[-1]
    assert_same_site(tmp_path / "out", tmp_path / "local")
    assert speech_files(Path(cli_env["XDG_CACHE_HOME"])) == []


def other_version(root: Path, version: str) -> Path:
    """A folder holding another audio-edition as an install puts it (its packages and a dist-info naming
    ``version``), to put first on a worker's PYTHONPATH: a worker upgraded ahead of the client."""
    for package in ("audio_edition", "text", "tts", "audio"):
        shutil.copytree(REPO / package, root / package, ignore=shutil.ignore_patterns("__pycache__"))
    init = root / "audio_edition" / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8").replace(f'"{__version__}"', f'"{version}"'), encoding="utf-8")
    info = root / f"audio_edition-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: audio-edition\nVersion: {version}\n")
    return root


def test_a_worker_with_another_version_is_one_clear_error(tmp_path, cli_env):
    other = other_version(tmp_path / "other", "9.9.9")
    with local_cluster(tmp_path / "cluster", workers=1) as mixed:
        mixed.start_worker(pythonpath=other)
        mixed.wait_for_workers(2)
        with mixed.client() as client:
            from importlib.metadata import version
            assert sorted(client.run(version, "audio-edition").values()) == [__version__, "9.9.9"]
        articles = write_articles(tmp_path / "articles")
        result = subprocess.run(batch_command([articles], tmp_path / "out", "--cluster", mixed.address),
                                capture_output=True, text=True, env=cli_env, timeout=120)
    assert result.returncode == ClusterError.exit_code
    assert "Traceback" not in result.stderr
    error = result.stderr.strip().splitlines()[-1]
    assert error.startswith("audio-edition: error: tcp://127.0.0.1:")
    assert "runs audio-edition 9.9.9" in error and f"this machine runs {__version__}" in error
    assert not list((tmp_path / "out").glob("*.mp3"))


def test_a_batch_started_before_any_worker_waits_for_one(tmp_path, cli_env):
    with local_cluster(tmp_path / "cluster", workers=0) as empty:
        articles = write_articles(tmp_path / "articles", {"water.txt": ARTICLES["water.txt"]})
        process = subprocess.Popen(batch_command([articles], tmp_path / "out", "--cluster", empty.address),
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env)
        try:
            waiting = process.stderr.readline()
            assert "no worker is connected" in waiting and "waiting" in waiting
            empty.start_worker()
            stdout, stderr = process.communicate(timeout=120)
        finally:
            if process.poll() is None:
                process.kill()
    assert process.returncode == 0, stdout + stderr
    assert "1 made, 0 skipped, 0 failed" in stdout.splitlines()[-1]


@pytest.mark.slow
def test_a_scheduler_lost_mid_batch_keeps_what_was_made_and_reports_the_rest(tmp_path, cli_env):
    articles = articles_of_our_own(tmp_path / "articles", 2)
    outdir = tmp_path / "out"
    with local_cluster(tmp_path / "cluster", workers=1) as doomed:
        process = subprocess.Popen(batch_command([articles], outdir, "--cluster", doomed.address, "--jobs", "1",
                                                 "--no-cache"),
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env)
        try:
            deadline = time.monotonic() + 180
            while not list(outdir.glob("*.episode.json")) and time.monotonic() < deadline:
                time.sleep(0.05)
            doomed.scheduler.kill()  # -9: the machine of the scheduler is gone
            stdout, stderr = process.communicate(timeout=180)
        finally:
            if process.poll() is None:
                process.kill()
    assert process.returncode == 1, stdout + stderr
    assert "Traceback" not in stderr, stderr
    made = len(load_episodes(outdir))
    assert 1 <= made < 4
    assert stdout.count(f"error: lost the Dask scheduler at {doomed.address}; the next run makes it") == 4 - made
    feed = feedparser.parse(str(outdir / "feed.xml"))
    assert not feed.bozo and len(feed.entries) == made


def test_a_task_on_a_worker_of_another_version_fails_instead_of_running():
    job = ArticleJob("a.txt", "file:///a.txt", "guid", "a-0123456789", "0" * 64, None, "f", data=b"x")
    with pytest.raises(ClusterError, match="runs audio-edition"):
        edition_task(job, BatchOptions(outdir=Path("unused")), "programme", None, "0.0.0-other")


def test_unreachable_scheduler_is_one_clear_error(tmp_path, cli_env, sample_path):
    address = closed_loopback_url().replace("http://", "tcp://")
    result = subprocess.run(batch_command([sample_path], tmp_path / "out", "--cluster", address),
                            capture_output=True, text=True, env=cli_env, timeout=60)
    assert result.returncode == ClusterError.exit_code
    assert result.stderr.strip().splitlines() == [
        f"audio-edition: error: cannot reach the Dask scheduler at {address}: connection refused (is "
        "'dask scheduler' running there, on that port?)"]


@pytest.mark.parametrize("typed, address", [("127.0.0.1:8786", "tcp://127.0.0.1:8786"),
                                            ("tcp://sched.example", "tcp://sched.example:8786"),
                                            ("tcp://[::1]:9000", "tcp://[::1]:9000")])
def test_cluster_addresses_are_completed(typed, address):
    assert cluster_address(typed) == address


@pytest.mark.parametrize("typed", ["http://127.0.0.1:8786", "tcp://127.0.0.1:port", "tcp://127.0.0.1:8786/x", ""])
def test_other_cluster_addresses_are_refused(typed, run_cli, sample_path):
    with pytest.raises(InputError):
        cluster_address(typed)
    result = run_cli("batch", str(sample_path), "-o", "out", "--cluster", typed)
    assert result.returncode == 2 and "--cluster" in result.stderr and "Traceback" not in result.stderr


def test_a_delivery_missing_a_file_fails_the_article_and_writes_nothing(tmp_path, published):
    episode = load_episodes(published)[0]
    job = ArticleJob(episode.source, episode.identity, episode.guid, episode.name, episode.source_hash, None,
                     episode.fingerprint)
    delivery = Delivery(Outcome(episode.source, "made", episode=episode), {episode.mp3: b"ID3"}, "host:1")
    outcome = deliver(delivery, job, tmp_path)
    assert outcome.status == "failed" and episode.vtt in outcome.error
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_cancels_the_articles_in_flight_and_queued(cluster, tmp_path, cli_env):
    # Enough articles that the interrupt lands while most are still queued, however fast the machine.
    articles = articles_of_our_own(tmp_path / "articles", 16)
    # SIGINT back to its default in the child, as in a terminal: a suite started as a background job (CI
    # runners may) passes SIG_IGN down, and a Python started with SIGINT ignored never sees Ctrl-C.
    process = subprocess.Popen(batch_command([articles], tmp_path / "out", "--cluster", cluster.address,
                                             "--no-cache", "--jobs", "4"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    with cluster.client() as client:
        deadline = time.monotonic() + 120
        while not any(edition_tasks(client).values()) and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == 130, stderr
        assert stderr.strip().splitlines()[-1] == "audio-edition: interrupted"

        deadline = time.monotonic() + 30
        while editions_on_the_scheduler(client) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert editions_on_the_scheduler(client) == []
    assert len(load_episodes(tmp_path / "out")) < 16


@pytest.mark.slow
def test_watch_on_a_cluster_makes_each_new_feed_item_and_stops_on_sigterm(cluster, tmp_path, cli_env):
    from tests.support.news_site import NewsSite, serving_news_site

    from .test_feed_site import Lines, entries

    outdir = tmp_path / "site"
    with serving_news_site(NewsSite()) as site:
        site.add_story(0)
        process = subprocess.Popen(
            [*audio_edition_command(), "watch", f"{site.base_url}/feed.xml", "-o", str(outdir), "--every", "1s",
             "--engine", "espeak", "--fetch-delay", "0", "--quiet", "--cluster", cluster.address],
            env=cli_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            lines = Lines(process.stdout)
            lines.wait_for(lambda line: "poll 1: 1 new" in line, timeout=180)
            site.add_story(1)  # published while watch runs
            lines.wait_for(lambda line: " 1 new, 0 updated, 1 unchanged, 0 failed" in line, timeout=180)
            process.send_signal(signal.SIGTERM)
            _, err = process.communicate(timeout=120)
        finally:
            if process.poll() is None:
                process.kill()
    assert process.returncode == 0, err
    made = entries(outdir)
    assert sorted(made) == ["council", "market"]
    assert all(entry.get("author") for entry in made.values())  # the feed item's author, carried to the worker
    assert speech_files(Path(cli_env["XDG_CACHE_HOME"])) == []


def test_jobs_caps_the_articles_in_flight_on_the_cluster(cluster, tmp_path, cli_env):
    articles = articles_of_our_own(tmp_path / "articles", 2)
    process = subprocess.Popen(batch_command([articles], tmp_path / "out", "--cluster", cluster.address,
                                             "--jobs", "1"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env)
    seen = set()
    most = 0
    with cluster.client() as client:
        while process.poll() is None:
            keys = editions_on_the_scheduler(client)
            seen.update(keys)
            most = max(most, len(keys))
            time.sleep(0.02)
    stdout, stderr = process.communicate()
    assert process.returncode == 0, stdout + stderr
    assert "4 made" in stdout.splitlines()[-1]
    assert most == 1 and len(seen) >= 2  # one at a time, and the polling saw them go by


def test_plain_cli_does_not_import_dask():
    code = "import sys; from audio_edition.cli import build_parser; build_parser(); print('distributed' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr
