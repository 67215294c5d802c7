"""The ``batch`` and ``serve`` subcommands: their options, and the printing (command-line side only)."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from audio_edition.display import format_duration, format_size
from audio_edition.errors import InputError



def cluster_option(text: str) -> str:
    """argparse type of ``--cluster``: a Dask scheduler address, checked without importing Dask."""
    from audio_edition.publish.cluster import cluster_address

    try:
        return cluster_address(text)
    except InputError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def add_batch_parser(commands, formatter, add_common, add_edition_options, positive_int) -> None:
    """``add_edition_options`` is the CLI's builder of 'build''s speech, pauses, intro/outro and output
    options: every episode of a batch takes the same options as one 'build'."""
    batch = commands.add_parser(
        "batch", help="make an edition of many articles, a podcast feed and web pages", formatter_class=formatter,
        description=textwrap.fill(
                    "Make one edition per article into OUTDIR, several at once, then (re)write OUTDIR/feed.xml "
                    "(RSS with itunes and Podcasting 2.0 tags), OUTDIR/index.html and one page per episode from "
                    "every complete episode in OUTDIR. INPUTS are article files, folders (their .txt/.md files; "
                    "README, LICENSE and hidden files are not articles) or a text file listing paths or URLs, "
                    "one a line. Every episode is made with the options 'build' takes. An article already made "
                    "from the same bytes with the same options (a changed rate, voice or lexicon file remakes "
                    "it) is skipped; one that fails is reported and the rest go on; the exit status is 1 if any "
                    "failed.", 100))
    batch.add_argument("inputs", nargs="+", metavar="INPUT", help="article file, folder or list file")
    batch.add_argument("-o", "--outdir", type=Path, required=True, help="folder for the editions, feed and pages")
    batch.add_argument("--jobs", type=positive_int, default=None,
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
    feed.add_argument("--base-url", help="public address of OUTDIR, used for the links in feed.xml "
                                         "(default: http://127.0.0.1:8000/, what 'serve' uses)")
    feed.add_argument("--title", help="programme name, also each MP3's album tag and the name the "
                                      "--opening-line and --closing-line speak (default: النشرة الصوتية)")
    feed.add_argument("--description", help="programme description")
    feed.add_argument("--author", help="programme author")
    feed.add_argument("--owner-name", help="itunes:owner name: who Apple Podcasts contacts about the programme "
                                           "(not shown to listeners); Apple needs it to list a podcast")
    feed.add_argument("--owner-email", help="itunes:owner email, given with --owner-name")
    feed.add_argument("--category", help="Apple Podcasts category (default: News)")
    feed.add_argument("--cover", type=Path, help="cover image (PNG or JPEG, square, 1400 px or more) for the "
                                                 "programme and every episode (default: generated per episode)")
    add_common(batch)


def add_serve_parser(commands, formatter, add_common) -> None:
    serve = commands.add_parser(
        "serve", help="serve OUTDIR (feed, MP3s, pages) over HTTP", formatter_class=formatter,
        description=textwrap.fill("Serve the feed, MP3s, sidecars and pages of OUTDIR with byte ranges, so a "
                                  "phone on the same network can subscribe. Only files inside OUTDIR are served. "
                                  "Stop with Ctrl-C.", 100))
    serve.add_argument("outdir", type=Path, metavar="OUTDIR", help="folder written by 'batch'")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (0.0.0.0 for the whole network)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (0 picks a free one)")
    add_common(serve)


def run_batch(args: argparse.Namespace) -> int:
    from audio_edition.cli import edition_fields
    from audio_edition.pipeline import BuildRequest
    from audio_edition.progress import ProgressBar
    from audio_edition.publish.batch import BatchOptions, merge_channel
    from audio_edition.publish.batch import run_batch as batch

    edition = BuildRequest(source="", **edition_fields(args))  # each episode sets its own source and output
    options = BatchOptions(outdir=args.outdir, edition=edition, jobs=args.jobs, force=args.force, cover=args.cover,
                           cluster=args.cluster)
    channel = merge_channel(args.outdir, title=args.title, description=args.description, author=args.author,
                            owner_name=args.owner_name, owner_email=args.owner_email,
                            base_url=args.base_url, category=args.category)
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
    print(f"{counts['made']} made, {counts['skipped']} skipped, {counts['failed']} failed in {report.seconds:.1f}s; "
          f"{report.feed} has {episodes}; feed URL {report.channel.url('feed.xml')}")
    return 1 if report.failed else 0


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
