"""The ``audio-edition`` command line. The only module that prints."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from audio_edition import __version__
from audio_edition.errors import AudioEditionError, InputError

PROG = "audio-edition"

DESCRIPTION = """\
Turn an Arabic news article into a podcast-style audio edition: one MP3 with
the headline and each section read aloud, exact pauses between parts, even
loudness, ID3 tags, a chapter per section and a timed transcript.
"""

EPILOG = """\
examples:
  audio-edition build article.txt                 make article.mp3 next to you
  audio-edition build article.txt -o today.mp3 --engine espeak
  cat article.txt | audio-edition build - -o out.mp3
  audio-edition inspect article.txt               see what will be read aloud
  audio-edition inspect article.txt --json        the same as JSON for scripts
  audio-edition engines                           which speech engines work here
  audio-edition batch articles/ -o site/          many editions, feed.xml and pages
  audio-edition serve site/                       serve them to a phone or podcast app

Run 'audio-edition COMMAND --help' for the options of each command.
"""

ENGINE_HELP = """\
speech engine: 'gtts' (Google's voice, needs the internet), 'espeak' (offline,
from the espeakng-loader wheel) or 'auto' (default: gtts when Google answers a
quick probe, otherwise espeak)"""


class _Formatter(argparse.RawDescriptionHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    pass


class _Parser(argparse.ArgumentParser):
    """Usage mistakes get one line, like every other user error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{PROG}: error: {message} (see '{self.prog} --help')\n")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be 1 or more")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 <= value <= 10:
        raise argparse.ArgumentTypeError(f"{text!r} must be between 0 and 10 seconds")
    return value


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-v", "--verbose", action="store_true", help="show what the program is doing (logging)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar; only errors and the summary")


def _add_input(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("article", metavar="ARTICLE", help="article file (.txt or .md), or '-' to read stdin")
    parser.add_argument("--format", dest="fmt", choices=("text", "markdown"), default=None,
                        help="input format (default: detected from the file name and content)")


def build_parser() -> argparse.ArgumentParser:
    from audio.encode import BITRATES, DEFAULT_BITRATE
    from audio.loudness import DEFAULT_TARGET_LUFS
    from audio.timeline import Pauses
    from tts.registry import ENGINE_CHOICES

    parser = _Parser(prog=PROG, description=DESCRIPTION, epilog=EPILOG, formatter_class=_Formatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    build = commands.add_parser(
        "build", help="make the MP3 edition of an article", formatter_class=_Formatter,
        description="Read ARTICLE, speak each part and write one MP3 with tags, chapters and, beside it, "
                    "a WebVTT transcript (.vtt) and Podcasting 2.0 chapters (.chapters.json). The MP3 is "
                    "written to a temporary file and renamed when complete: a failed run leaves no MP3 "
                    "behind. Synthesised speech is cached, so a rerun only makes what is missing.")
    _add_input(build)
    build.add_argument("-o", "--output", type=Path, help="MP3 to write (default: the article's name with .mp3, "
                                                         "in the current folder; edition.mp3 for stdin)")
    speech = build.add_argument_group("speech")
    speech.add_argument("--engine", choices=ENGINE_CHOICES, default="auto", help=ENGINE_HELP)
    speech.add_argument("--rate", type=float, default=1.0, help="speaking speed relative to the engine's "
                                                                 "news-read default, 0.5 to 2.0")
    speech.add_argument("--pitch", type=int, default=50, help="voice pitch 0-100 (espeak)")
    speech.add_argument("--jobs", type=_positive_int, default=4, help="requests in flight at once (gtts)")
    speech.add_argument("--cache-dir", type=Path, help="where synthesised speech is cached "
                                                       "(default: the user cache folder)")
    speech.add_argument("--no-cache", action="store_true", help="do not read or write the speech cache")
    pauses = build.add_argument_group("pauses (seconds)")
    defaults = Pauses()
    pauses.add_argument("--pause-headline", type=_seconds, default=defaults.headline, help="after the headline")
    pauses.add_argument("--pause-section", type=_seconds, default=defaults.section, help="between sections")
    pauses.add_argument("--pause-paragraph", type=_seconds, default=defaults.paragraph,
                        help="between paragraphs")
    pauses.add_argument("--pause-sentence", type=_seconds, default=defaults.sentence, help="between sentences")
    output = build.add_argument_group("output")
    output.add_argument("--loudness", type=float, default=DEFAULT_TARGET_LUFS,
                        help="integrated loudness target in LUFS")
    output.add_argument("--bitrate", type=int, choices=BITRATES, default=DEFAULT_BITRATE, metavar="KBPS",
                        help="MP3 bitrate (constant)")
    output.add_argument("--cover", type=Path, help="cover image (JPEG or PNG) embedded in the MP3")
    output.add_argument("--programme", help="programme name for the album tag (default: the site name)")
    output.add_argument("--no-sidecars", action="store_true", help="do not write the .vtt and .chapters.json files")
    _add_common(build)

    inspect = commands.add_parser(
        "inspect", help="show what would be read aloud, without making audio", formatter_class=_Formatter,
        description="Print the headline, byline, sections and paragraphs that 'build' would speak, and each "
                    "line dropped as page furniture with the reason. Nothing is synthesised.")
    _add_input(inspect)
    inspect.add_argument("--json", action="store_true",
                         help='print {"headline", "byline", "sections": [{"title", "paragraphs"}], '
                              '"dropped": [{"text", "reason"}]}')
    _add_common(inspect)

    engines = commands.add_parser("engines", help="list the speech engines and whether each works here",
                                  formatter_class=_Formatter)
    _add_common(engines)

    from audio_edition.publish import commands as publish_commands  # batch, feed, pages, serve

    publish_commands.add_batch_parser(commands, _Formatter, _add_common, ENGINE_CHOICES, ENGINE_HELP, _positive_int)
    publish_commands.add_serve_parser(commands, _Formatter, _add_common)
    return parser


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def _format_duration(ms: int) -> str:
    seconds = round(ms / 1000)
    return f"{seconds // 60}:{seconds % 60:02d}"


def _format_size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / (1024 * 1024):.1f} MB"


def run_build(args: argparse.Namespace) -> int:
    from audio.timeline import Pauses
    from audio_edition.pipeline import BuildRequest, build
    from audio_edition.progress import ProgressBar
    from tts.base import SynthesisOptions

    request = BuildRequest(
        source=args.article, output=args.output, fmt=args.fmt, engine=args.engine,
        options=SynthesisOptions(rate=args.rate, pitch=args.pitch),
        pauses=Pauses(headline=args.pause_headline, section=args.pause_section,
                      paragraph=args.pause_paragraph, sentence=args.pause_sentence),
        loudness=args.loudness, bitrate=args.bitrate, cache_dir=args.cache_dir, use_cache=not args.no_cache,
        jobs=args.jobs, sidecars=not args.no_sidecars, cover=args.cover, programme=args.programme,
    )
    if args.cover is not None and not args.cover.is_file():
        raise InputError(f"{args.cover}: cover image not found")
    bar = ProgressBar("speaking", enabled=False if args.quiet else None)

    def announce(name: str, reason: str) -> None:
        if not args.quiet:
            print(f"engine: {name} ({reason})", file=sys.stderr)

    try:
        result = build(request, progress=bar, on_engine=announce)
    finally:
        bar.close()
    print(f"wrote {result.output}: engine {result.engine}, {result.parts} parts, {result.chapters} chapters, "
          f"{_format_duration(result.duration_ms)} of audio, {_format_size(result.size_bytes)}, "
          f"made in {result.seconds:.1f}s ({result.stats.synthesised} chunks synthesised, "
          f"{result.stats.from_cache} from cache)")
    return 0


def run_inspect(args: argparse.Namespace) -> int:
    from text.reader import read_article

    article = read_article(args.article, fmt=args.fmt)
    if args.json:
        print(json.dumps(article.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(f"headline: {article.headline or '(none)'}" + ("  [first sentence; the page has no title line]"
                                                         if article.headline_from_body else ""))
    print(f"byline:   {article.byline or '(none)'}")
    for number, section in enumerate(article.sections, start=1):
        print(f"\n== section {number}: {section.title or '(lead)'}")
        for paragraph in section.paragraphs:
            print(f"  {paragraph}")
    if article.dropped:
        print("\ndropped:")
        for item in article.dropped:
            print(f"  [{item.reason}] {item.text}")
    print(f"\n{article.word_count} words in {len(article.sections)} sections")
    return 0


def run_engines(args: argparse.Namespace) -> int:
    from tts.registry import ENGINES, EngineSettings

    settings = EngineSettings()
    for name, factory in ENGINES.items():
        try:
            availability = factory(settings).availability()
            usable, reason = availability.usable, availability.reason
        except AudioEditionError as error:
            usable, reason = False, str(error)
        print(f"{name:8} {'usable' if usable else 'not usable':11} {reason}")
    return 0


def run_publish(args: argparse.Namespace) -> int:
    from audio_edition.publish import commands as publish_commands

    return {"batch": publish_commands.run_batch, "serve": publish_commands.run_serve}[args.command](args)


COMMANDS = {"build": run_build, "inspect": run_inspect, "engines": run_engines,
            "batch": run_publish, "serve": run_publish}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _setup_logging(args.verbose)
    try:
        return COMMANDS[args.command](args)
    except AudioEditionError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
