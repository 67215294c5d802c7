"""Fixtures for the publishing tests: small Arabic articles of our own, a built folder, a live server."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from audio_edition.pipeline import BuildRequest
from audio_edition.publish.batch import BatchOptions, run_batch
from audio_edition.publish.feed import Channel
from audio_edition.publish.manifest import load_episodes
from audio_edition.publish.serve import ServeOptions, make_server, server_url
from tests.support.network import in_background

TRICKY_HEADLINE = "عنوان تجريبي: \"المياه\" & <الطاقة> في 'البلدية'"
TRICKY_LEAD = "بدأت البلدية اليوم مشروعا جديدا لتحسين شبكة المياه. وقال المهندس إن \"الخطة\" تشمل <مرحلتين> & أكثر."

ARTICLES = {
    "water.txt": f"""{TRICKY_HEADLINE}

{TRICKY_LEAD}

التمويل والجدول

قال المسؤولون إن التمويل جاهز. وسينتهي العمل خلال عام واحد.
""",
    "library.md": """# افتتاح مكتبة عامة في وسط المدينة

افتتحت المدينة مكتبة عامة جديدة تضم آلاف الكتب. وحضر الافتتاح عدد كبير من السكان.

## ساعات العمل

تفتح المكتبة أبوابها كل يوم من الصباح حتى المساء. ويمكن للزوار استعارة الكتب مجانا.
""",
}


def write_articles(folder: Path, articles: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (articles or ARTICLES).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def options(outdir: Path, cache: Path, *, jobs: int = 1, force: bool = False, cover: Path | None = None,
            **edition) -> BatchOptions:
    """Batch options for the tests: espeak, the shared speech cache, one article at a time; other keywords
    are BuildRequest fields (lexicon=path, bitrate=64...)."""
    request = BuildRequest(source="", engine="espeak", cache_dir=cache, **edition)
    return BatchOptions(outdir=outdir, edition=request, jobs=jobs, force=force, cover=cover)


@pytest.fixture(scope="session")
def speech_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("speech-cache")


@pytest.fixture(scope="session")
def published(tmp_path_factory, speech_cache: Path) -> Path:
    """An OUTDIR made once by a real batch run (espeak) of the two articles above."""
    root = tmp_path_factory.mktemp("published")
    articles = write_articles(root / "articles")
    outdir = root / "out"
    report = run_batch([str(articles)], options(outdir, speech_cache), Channel(title="نشرة الاختبار & <الأخبار>"))
    assert not report.failed, report.failed
    return outdir


@pytest.fixture(scope="session")
def episode(published: Path):
    """The published episode of the article with the tricky headline (quotes, ampersand, angle brackets)."""
    return next(e for e in load_episodes(published) if e.headline == TRICKY_HEADLINE)


@contextmanager
def serving_folder(outdir: Path) -> Iterator[str]:
    """``outdir`` served by ``serve`` on 127.0.0.1 (a free port) for the length of the block: its base URL."""
    with in_background(make_server(ServeOptions(outdir=outdir, host="127.0.0.1", port=0)), "serve") as server:
        yield server_url(server)


@pytest.fixture(scope="session")
def served(published: Path):
    """The published folder served on 127.0.0.1 (a free port), as its base URL."""
    with serving_folder(published) as base:
        yield base
