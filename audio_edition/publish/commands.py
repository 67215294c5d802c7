"""The ``batch``, ``watch`` and ``serve`` subcommands: their options, and the printing (command-line side only)."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from audio_edition.display import format_duration, format_size
from audio_edition.errors import InputError

BATCH_EXAMPLES = """\
examples:
  # every .txt and .md file in articles/: editions, feed.xml and pages in site/
  audio-edition batch articles/ -o site/ --engine espeak
  # a list of paths or URLs, one a line; only what is new or changed is made
  audio-edition batch today.list -o site/
  # a news site's feed, at most the 5 newest new items
  audio-edition batch https://news.example/feed.xml -o site/ --max-new 5
  # the programme's name, and the public address podcast apps will fetch from
  audio-edition batch articles/ -o site/ --title "نشرة المدينة" \\
      --base-url https://audio.news.example/
  # then serve site/ (see 'audio-edition serve --help')
  audio-edition serve site/
"""

WATCH_EXAMPLES = """\
examples:
  # poll the feed every 10 minutes until Ctrl-C
  audio-edition watch https://news.example/feed.xml -o site/ --engine espeak
  # every hour, at most 3 new items a poll, nothing published before December
  audio-edition watch https://news.example/feed.xml -o site/ --every 1h \\
      --max-new 3 --since 2026-12-01
"""

SERVE_EXAMPLES = """\
examples:
  # on this machine: subscribe to http://127.0.0.1:8000/feed.xml
  audio-edition serve site/
  # to phones on your network: make the feed's links point here first
  audio-edition batch articles/ -o site/ --base-url http://192.168.1.20:8000/
  audio-edition serve site/ --host 0.0.0.0
"""


def cluster_option(text: str) -> str:
    """argparse type of ``--cluster``: a Dask scheduler address, checked without importing Dask."""
    from audio_edition.publish.cluster import cluster_address

    try:
        return cluster_address(text)
    except InputError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def add_batch_parser(commands, formatter, add_common, add_edition_options, positive_int, *, full: bool = True) -> None:
    """``add_edition_options`` is the CLI's builder of 'build''s speech, pauses, intro/outro and output
    options: every episode of a batch takes the same options as one 'build'. Without ``full`` (another
    command is being run) only the one-line help is added: the options import the fetcher (requests)."""
    batch = commands.add_parser(
        "batch", help="make an edition of many articles, a podcast feed and web pages", formatter_class=formatter,
        description=textwrap.fill(
                    "Make one edition per article into OUTDIR, several at once, then (re)write OUTDIR/feed.xml "
                    "(RSS with itunes and Podcasting 2.0 tags), OUTDIR/index.html and one page per episode from "
                    "every complete episode in OUTDIR. INPUTs are article files, folders (their .txt/.md files; "
                    "README, LICENSE and hidden files are not articles), a text file listing paths or URLs, "
                    "one a line, or a news feed (RSS, Atom or JSON Feed; a URL or a file): each item is an "
                    "article, with the item's date and author. Pages already made are asked for "
                    "conditionally (a 304 costs nothing). Every episode is made with the options 'build' "
                    "takes. An article already made "
                    "from the same bytes with the same options (a changed rate, voice or lexicon file remakes "
                    "it) is skipped; one that fails is reported and the rest go on; the exit status is 1 if any "
                    "failed.", 100),
        epilog=BATCH_EXAMPLES)
    if not full:
        return
    batch.add_argument("inputs", nargs="+", metavar="INPUT", help="article file, folder, list file or feed")
    _add_batch_arguments(batch, add_common, add_edition_options, positive_int,
                         quiet="no progress bar; only errors, the table of articles and the summary")


def _add_batch_arguments(batch, add_common, add_edition_options, positive_int, *, quiet: str) -> None:
    """Every option of 'batch' (but its inputs), on ``batch`` or on 'watch', which takes them all;
    ``quiet`` is what -q does in that command."""
    from audio_edition.publish.fetching import DEFAULT_DELAY
    from text.url import DEFAULT_TIMEOUT

    batch.add_argument("-o", "--outdir", type=Path, required=True, help="folder for the editions, feed and pages")
    batch.add_argument("--jobs", type=positive_int, default=None, metavar="N",
                       help="articles made at the same time, each in its own process (default: 2); with "
                            "--cluster, articles in flight on the cluster (default: one per worker thread). "
                            "See --requests for gtts")
    batch.add_argument("--cluster", type=cluster_option, metavar="tcp://HOST:PORT",
                       help="make the editions on the workers of this Dask scheduler ('dask scheduler' and "
                            "'dask worker tcp://HOST:PORT' on any machines with audio-edition installed; no "
                            "shared folder needed): article files, lexicon, intro, outro and cover are sent "
                            "to them, the MP3s and sidecars come back here. --cache-dir and --piper-voice "
                            "then name folders and files on the workers")
    batch.add_argument("--force", action="store_true", help="remake every article, even unchanged ones")
    add_edition_options(batch, requests_flag="--requests",
                        requests_help="gtts requests in flight at once for each article ('build --jobs'); "
                                      "--jobs articles at once make up to --jobs x N requests")
    feed = batch.add_argument_group("podcast (remembered in OUTDIR/channel.json for the next run)")
    feed.add_argument("--base-url", metavar="URL", help="public address of OUTDIR, used for the links in feed.xml "
                                                        "(default: http://127.0.0.1:8000/, what 'serve' uses)")
    feed.add_argument("--title", metavar="NAME", help="programme name, also each MP3's album tag and the name the "
                                                      "--opening-line and --closing-line speak "
                                                      "(default: النشرة الصوتية)")
    feed.add_argument("--description", metavar="TEXT", help="programme description")
    feed.add_argument("--author", metavar="NAME", help="programme author")
    feed.add_argument("--owner-name", metavar="NAME",
                      help="itunes:owner name: who Apple Podcasts contacts about the programme (not shown to "
                           "listeners); Apple needs it to list a podcast")
    feed.add_argument("--owner-email", metavar="EMAIL", help="itunes:owner email, given with --owner-name")
    feed.add_argument("--category", metavar="NAME", help="Apple Podcasts category (default: News)")
    feed.add_argument("--cover", type=Path, metavar="FILE",
                      help="cover image (PNG or JPEG, square, 1400 px or more) for the programme and every episode "
                           "(default: generated per episode)")
    news = batch.add_argument_group("news feeds")
    news.add_argument("--since", type=_since, metavar="DATE",
                      help="leave out feed items published before DATE (2026-11-30 or 2026-11-30T08:00+03:00)")
    news.add_argument("--max-new", type=positive_int, metavar="N",
                      help="make at most N new feed items per run or poll (the newest); the rest wait for the "
                           "next one")
    news.add_argument("--fetch-delay", type=float, default=DEFAULT_DELAY, metavar="SECONDS",
                      help="wait between two requests to the same site")
    news.add_argument("--fetch-timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                      help="give up on a feed or page that has not answered in this long (it is retried on the "
                           "next run or poll)")
    add_common(batch, quiet)


def _since(text: str):
    from text.published import parse_date

    value = parse_date(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (like 2026-11-30 or 2026-11-30T08:00+03:00)")
    return value


def _duration(text: str) -> float:
    from audio_edition.publish.watch import parse_duration

    try:
        return parse_duration(text)
    except InputError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def add_watch_parser(commands, formatter, add_common, add_edition_options, positive_int, *, full: bool = True) -> None:
    watch = commands.add_parser(
        "watch", help="follow news feeds: make an episode of every new or corrected article, until stopped",
        formatter_class=formatter,
        description=textwrap.fill(
                    "Run 'batch' on FEEDs every --every, until stopped (Ctrl-C or SIGTERM: the article being "
                    "made is finished or abandoned cleanly, the feed is rewritten, and the exit status is 0). "
                    "Each poll reads each feed, makes an episode of every new item, remakes the episode of an "
                    "article whose page changed (same GUID and date, new audio) and asks every other page "
                    "conditionally; one line per poll says how many were new, updated, unchanged and failed. "
                    "A network fault or a broken feed is reported and retried at the next poll. FEEDs may "
                    "also be anything 'batch' takes.", 100),
        epilog=WATCH_EXAMPLES)
    if not full:  # see add_batch_parser
        return
    watch.add_argument("inputs", nargs="+", metavar="FEED", help="feed URL or file (or any 'batch' input)")
    watch.add_argument("--every", type=_duration, default=600.0, metavar="DURATION",
                       help="time between polls: 30s, 10m, 1h (default: 10m)")
    _add_batch_arguments(watch, add_common, add_edition_options, positive_int,
                         quiet="changes nothing here (watch has no progress bar: it prints a line per "
                               "poll); taken so that batch's options work")


def add_serve_parser(commands, formatter, add_common) -> None:
    serve = commands.add_parser(
        "serve", help="serve OUTDIR (feed, MP3s, pages) over HTTP", formatter_class=formatter,
        description=textwrap.fill("Serve the feed, MP3s, sidecars and pages of OUTDIR with byte ranges, so a "
                                  "phone on the same network can subscribe. Only files inside OUTDIR are served. "
                                  "Stop with Ctrl-C.", 100),
        epilog=SERVE_EXAMPLES)
    serve.add_argument("outdir", type=Path, metavar="OUTDIR", help="folder written by 'batch'")
    serve.add_argument("--host", default="127.0.0.1", metavar="ADDRESS",
                       help="address to listen on (0.0.0.0 for the whole network)")
    serve.add_argument("--port", type=int, default=8000, metavar="N", help="port to listen on (0 picks a free one)")
    add_common(serve)


def _batch_setup(args: argparse.Namespace):
    """BatchOptions and Channel from the options 'batch' and 'watch' share."""
    from audio_edition.cli import edition_fields
    from audio_edition.pipeline import BuildRequest
    from audio_edition.publish.batch import BatchOptions, merge_channel

    edition = BuildRequest(source="", **edition_fields(args))  # each episode sets its own source and output
    options = BatchOptions(outdir=args.outdir, edition=edition, jobs=args.jobs, force=args.force, cover=args.cover,
                           since=args.since, max_new=args.max_new, fetch_delay=args.fetch_delay,
                           fetch_timeout=args.fetch_timeout, cluster=args.cluster)
    channel = merge_channel(args.outdir, title=args.title, description=args.description, author=args.author,
                            owner_name=args.owner_name, owner_email=args.owner_email,
                            base_url=args.base_url, category=args.category)
    return options, channel


def run_batch(args: argparse.Namespace) -> int:
    from audio_edition.progress import ProgressBar
    from audio_edition.publish.batch import run_batch as batch

    options, channel = _batch_setup(args)
    bar = ProgressBar("articles", enabled=False if args.quiet else None)
    try:
        report = batch(args.inputs, options, channel, progress=bar)
    finally:
        bar.close()
    print(f"{'status':8} {'length':>7} {'size':>8} {'time':>6}  article")
    for outcome in report.outcomes:
        episode = outcome.episode
        length = format_duration(episode.duration_ms) if episode else "-"
        size = format_size(episode.size_bytes) if episode else "-"
        took = f"{outcome.seconds:.1f}s" if outcome.status == "made" or outcome.seconds else "-"
        print(f"{outcome.status:8} {length:>7} {size:>8} {took:>6}  {outcome.source}")
        if outcome.error:
            print(f"{'':8} error: {outcome.error}")
    counts = {status: sum(o.status == status for o in report.outcomes) for status in ("made", "skipped", "failed")}
    episodes = f"{report.episodes} episode{'' if report.episodes == 1 else 's'}"
    deferred = report.counts()["deferred"]
    print(f"{counts['made']} made, {counts['skipped']} skipped, {counts['failed']} failed"
          f"{f', {deferred} left for the next run (--max-new)' if deferred else ''} in {report.seconds:.1f}s; "
          f"{report.feed} has {episodes}; feed URL {report.channel.url('feed.xml')}")
    if report.requests:
        print(_requests_summary(report))
    return 1 if report.failed else 0


def _requests_summary(report) -> str:
    asked = len(report.requests)
    conditional = sum(r.conditional for r in report.requests)
    unchanged = sum(r.result == "304" for r in report.requests)
    return (f"{asked} request{'' if asked == 1 else 's'} to read feeds and pages: {conditional} conditional, "
            f"{unchanged} not modified (304)")


def run_watch(args: argparse.Namespace) -> int:
    import signal
    import time

    from audio_edition.publish.watch import describe_duration, watch

    options, channel = _batch_setup(args)

    def on_poll(poll) -> None:
        stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(poll.started))
        if poll.report is None:
            print(f"{stamp} poll {poll.number}: failed: {poll.error}", flush=True)
            return
        report, counts = poll.report, poll.report.counts()
        waiting = f", {counts['deferred']} waiting" if counts["deferred"] else ""
        print(f"{stamp} poll {poll.number}: {counts['new']} new, {counts['updated']} updated, "
              f"{counts['unchanged']} unchanged, {counts['failed']} failed{waiting} in {report.seconds:.1f}s; "
              f"{report.episodes} episodes; {_requests_summary(report)}", flush=True)
        for outcome in report.failed:
            print(f"  failed: {outcome.error}", flush=True)

    def on_term(signum, frame) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second SIGTERM must not cut the tidy-up short
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, on_term)
    print(f"watching {len(args.inputs)} input{'' if len(args.inputs) == 1 else 's'} every "
          f"{describe_duration(args.every)}; the feed is {args.outdir / 'feed.xml'}; stop with Ctrl-C or SIGTERM",
          flush=True)
    try:
        polls = watch(args.inputs, options, channel, every=args.every, on_poll=on_poll)
    finally:
        signal.signal(signal.SIGTERM, previous)
    print(f"stopped after {polls} poll{'' if polls == 1 else 's'}; {args.outdir / 'feed.xml'} is up to date",
          flush=True)
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from audio_edition.publish.feed import load_channel
    from audio_edition.publish.serve import ServeOptions, make_server, server_url

    if not (args.outdir / "feed.xml").is_file():
        raise InputError(f"{args.outdir}: no feed.xml here; run 'audio-edition batch ... -o {args.outdir}' first")
    server = make_server(ServeOptions(outdir=args.outdir, host=args.host, port=args.port))
    url = server_url(server)
    print(f"serving {args.outdir} at {url}")
    print(f"subscribe to: {url}feed.xml")
    channel = load_channel(args.outdir)
    if args.host in ("0.0.0.0", "::"):
        print(f"listening on every network address: on a phone use http://<this machine's address>:"
              f"{server.server_address[1]}/feed.xml", file=sys.stderr)
    elif channel is not None and channel.base_url != url:
        print(f"note: feed.xml links to {channel.base_url}; for players to reach it from here, rerun batch "
              f"with --base-url {url}", file=sys.stderr)
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    finally:
        server.server_close()
    return 0
