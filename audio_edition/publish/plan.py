"""Decide, for every article the inputs name, whether to make its episode, skip it or report it failed.

Files are hashed here and read by the worker. Everything on the network is read here, in the one
batch process, through a :class:`~audio_edition.publish.fetching.PoliteFetcher`: a URL is a feed or an
article page (told by its content), a feed's items are articles, and a page we already made is asked
for conditionally. An article read here travels to the worker as data (:class:`ArticleJob` holds it), so
making an episode needs no network and no second read.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from audio_edition.errors import AudioEditionError, InputError
from audio_edition.publish import names
from audio_edition.publish.feeds import FEED_TYPES, FeedItem, looks_like_feed, parse_feed
from audio_edition.publish.fetching import FeedState, Page, PoliteFetcher, Validators
from audio_edition.publish.manifest import Episode
from text.url import redact_url
from text.model import Article

if TYPE_CHECKING:
    from audio_edition.publish.batch import BatchOptions

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArticleJob:
    """Everything a worker needs to make one episode: plain data, picklable."""

    source: str
    identity: str
    guid: str
    name: str
    source_hash: str
    previous: Episode | None
    fingerprint: str
    """Of the options the episode is made with (``fingerprint.edition_fingerprint``)."""
    article: Article | None = None
    """The article already read (a page or feed item); None for a file, which the worker reads."""
    validators: Validators | None = None
    """The page's ETag and Last-Modified, kept in the manifest for the next run's conditional request."""
    data: bytes | None = None
    """A file's bytes, for a cluster worker that cannot read the client's files (``--cluster``); None: the
    worker reads ``source``."""


@dataclass(frozen=True)
class Outcome:
    source: str
    status: str  # "made" | "skipped" | "failed" | "deferred" (over --max-new, made on a later run)
    episode: Episode | None = None
    error: str | None = None
    seconds: float = 0.0
    update: bool = False
    """Made again over an earlier episode of the same article (a corrected page, new options)."""


def up_to_date(previous: Episode | None, source_hash: str, fingerprint: str, options: BatchOptions) -> bool:
    """An episode need not be made again: same article, same options, all its files still there."""
    return (previous is not None and not options.force and previous.source_hash == source_hash
            and previous.fingerprint == fingerprint and previous.is_complete(options.outdir))


def article_hash(article: Article) -> str:
    """Hash of the article as read (and its date, when known). Used for pages: a fetched page's bytes change
    on every load (ads, tokens, timestamps), the article in it does not."""
    # The keys hashed since the first version: a key added to the JSON later must not remake every episode.
    shown = article.to_json()
    payload = {key: shown[key] for key in ("headline", "byline", "sections", "dropped")}
    if article.published:
        payload["published"] = article.published
    return names.content_hash(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8"))


@dataclass
class Planner:
    options: BatchOptions
    known: dict[str, Episode]
    fingerprint: str
    fetcher: PoliteFetcher
    feeds: dict[str, FeedState] = field(default_factory=dict)
    """Feeds read before (OUTDIR/feeds.json); updated as feeds are read."""
    jobs: list[ArticleJob] = field(default_factory=list)
    decided: list[Outcome] = field(default_factory=list)
    _names: dict[str, str] = field(default_factory=dict)
    _seen: set[str] = field(default_factory=set)
    _new_left: int | None = field(init=False, default=None)
    """New items --max-new still allows in this run."""

    def __post_init__(self) -> None:
        self._new_left = self.options.max_new

    def add(self, source: str) -> None:
        if names.is_url(source):
            self._url(source)
        else:
            self._file(source)

    def _fail(self, source: str, error: AudioEditionError | str) -> None:
        self.decided.append(Outcome(source, "failed", error=str(error)))

    def _claim(self, identity: str) -> bool:
        """False when this article was already planned (named twice, or in two feeds)."""
        if identity in self._seen:
            return False
        self._seen.add(identity)
        return True

    def _file(self, source: str) -> None:
        from text.reader import MAX_INPUT_BYTES, read_source

        identity = names.source_identity(source)
        if not self._claim(identity):
            return
        try:
            data, _ = read_source(source)
        except AudioEditionError as error:
            return self._fail(source, error)
        if len(data) > MAX_INPUT_BYTES:
            return self._fail(source, f"{source}: larger than the reader's limit")
        if looks_like_feed(data):
            try:
                feed = parse_feed(data, name=source)
            except InputError as error:
                return self._fail(source, error)
            return self._items(identity, feed.items)
        name = names.episode_name(source, data)
        if not self._name_free(name, source):
            return
        guid = names.episode_guid(identity)
        previous = self.known.get(guid)
        source_hash = names.content_hash(data)
        if up_to_date(previous, source_hash, self.fingerprint, self.options):
            self.decided.append(Outcome(source, "skipped", episode=previous))
            return
        self.jobs.append(ArticleJob(source, identity, guid, name, source_hash, previous, self.fingerprint))

    def _name_free(self, name: str, source: str) -> bool:
        if name in self._names:
            self._fail(source, f"{source}: same name and text as {self._names[name]}")
            return False
        self._names[name] = source
        return True

    def _reusable(self, previous: Episode | None, url: str) -> Validators | None:
        """The validators to ask ``url`` conditionally with: only when its episode could be kept as it is."""
        if (previous is None or self.options.force or redact_url(previous.source) != redact_url(url)
                or previous.fingerprint != self.fingerprint
                or not previous.is_complete(self.options.outdir)):
            return None
        validators = Validators(previous.etag, previous.last_modified)
        return validators if validators.headers() else None

    def _url(self, url: str) -> None:
        """A feed (told by its content, or known as one from an earlier run) or an article page."""
        identity = names.source_identity(url)
        if not self._claim(identity):
            return
        key = redact_url(url)  # what is kept in feeds.json: never a password
        state = self.feeds.get(key)
        guid = names.episode_guid(identity)
        previous = self.known.get(guid)
        try:
            fetched = self.fetcher.get(url, state.validators if state else self._reusable(previous, url))
        except AudioEditionError as error:
            return self._fail(key, error)
        if fetched.not_modified:
            if state is not None:
                return self._items(identity, state.items)
            self.decided.append(Outcome(url, "skipped", episode=previous))
            return
        if state is not None or looks_like_feed(fetched.data) or fetched.mime in FEED_TYPES:
            try:
                feed = parse_feed(fetched.data, name=url)
            except InputError as error:
                return self._fail(key, error)
            self.feeds[key] = FeedState(fetched.validators, feed.items)
            return self._items(identity, feed.items)
        self._page(key, identity, guid, fetched, previous=previous, item=None)

    def _items(self, feed_identity: str, items: tuple[FeedItem, ...]) -> None:
        """The feed's items, newest first: those older than --since left out, new ones over --max-new
        deferred to a later run."""
        since = self.options.since
        dated = sorted(items, key=lambda item: item.published_utc() or datetime.max.replace(tzinfo=UTC),
                       reverse=True)
        for item in dated:
            published = item.published_utc()
            if since is not None and published is not None and published < since:
                log.info("%s: published %s, before --since; left out", item.link or item.guid, item.published)
                continue
            identity = (names.source_identity(item.guid) if names.is_url(item.guid)
                        else f"{feed_identity}#{item.guid}")
            if identity in self._seen:
                continue
            guid = names.episode_guid(identity)
            previous = self.known.get(guid)
            source = names.shown_source(item.link) if item.link else identity
            if previous is None or not previous.is_complete(self.options.outdir):
                if self._new_left is not None and self._new_left <= 0:
                    self.decided.append(Outcome(source, "deferred"))
                    continue
                if self._new_left is not None:
                    self._new_left -= 1
            self._claim(identity)
            self._item(item, source, identity, guid, previous)

    def _item(self, item: FeedItem, source: str, identity: str, guid: str, previous: Episode | None) -> None:
        from text.reader import read_bytes

        if item.content:  # the feed holds the whole article: its page is not fetched
            try:
                article = read_bytes(item.page_html().encode("utf-8"), name=source, fmt="html")
            except AudioEditionError as error:
                return self._fail(source, error)
            return self._article(source, identity, guid, with_item(article, item), previous, None)
        if not item.link:
            return self._fail(source, f"feed item {item.guid!r}: no link to its page and no full text")
        if not names.is_url(item.link):
            return self._fail(source, f"{item.link}: not an http(s) address")
        try:
            fetched = self.fetcher.get(item.link, self._reusable(previous, item.link))
        except AudioEditionError as error:
            return self._fail(source, error)
        if fetched.not_modified:
            self.decided.append(Outcome(source, "skipped", episode=previous))
            return
        self._page(source, identity, guid, fetched, previous=previous, item=item)

    def _page(self, source: str, identity: str, guid: str, fetched: Page, *, previous: Episode | None,
              item: FeedItem | None) -> None:
        from text.reader import read_bytes

        try:
            article = read_bytes(fetched.data, name=source, fmt=fetched.fmt, declared=fetched.charset)
        except AudioEditionError as error:
            return self._fail(source, error)
        if item is not None:
            article = with_item(article, item)
        self._article(source, identity, guid, article, previous, fetched.validators)

    def _article(self, source: str, identity: str, guid: str, article: Article, previous: Episode | None,
                 validators: Validators | None) -> None:
        source_hash = article_hash(article)
        name = f"{names.slugify(names.source_stem(source))}-{source_hash[:names.HASH_DIGITS]}"
        if not self._name_free(name, source):
            return
        if up_to_date(previous, source_hash, self.fingerprint, self.options):
            kept = previous
            if validators is not None and validators != Validators(previous.etag, previous.last_modified):
                kept = replace(previous, etag=validators.etag, last_modified=validators.last_modified)
            self.decided.append(Outcome(source, "skipped", episode=kept))
            return
        self.jobs.append(ArticleJob(source, identity, guid, name, source_hash, previous, self.fingerprint,
                                    article=article, validators=validators))


def with_item(article: Article, item: FeedItem) -> Article:
    """The feed's word on author and date wins over the page's; the page fills in what the feed leaves out."""
    return replace(article, byline=item.author or article.byline, published=item.published or article.published,
                   published_from="the feed's item" if item.published else article.published_from,
                   headline=article.headline or item.title)


def published_utc(article: Article) -> str | None:
    """The article's publication time as the manifest keeps it (UTC, ISO 8601), when known."""
    from text.published import iso, parse_date

    value = parse_date(article.published)
    return iso(value.astimezone(UTC)) if value else None
