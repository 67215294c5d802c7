"""The ``audio-edition`` command line. The only module that prints."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from audio_edition import __version__
from audio_edition.display import format_duration, format_size
from audio_edition.errors import AudioEditionError, InputError
from audio_edition.processes import Terminated, sigterm_as_interrupt

PROG = "audio-edition"

DESCRIPTION = """\
Turn an Arabic news article into a podcast-style audio edition: one MP3 with
the headline and each section read aloud, exact pauses between parts, even
loudness, ID3 tags, a chapter per section and a timed transcript.
"""

EPILOG = """\
examples:
  # article.mp3 in this folder, with its transcript and chapters beside it
  audio-edition build article.txt
  audio-edition build article.txt -o today.mp3 --engine espeak
  cat article.txt | audio-edition build - -o out.mp3
  # what will be read aloud and what is dropped; the same as JSON for scripts
  audio-edition inspect article.txt
  audio-edition inspect article.txt --json
  # exactly what the engine will be asked to say
  audio-edition inspect article.txt --speech --engine espeak --lexicon names.tsv
  # which speech engines work here; the neural voices to choose from
  audio-edition engines
  audio-edition voices --engine edge
  # is an MP3 fit to publish?
  audio-edition check article.mp3
  # many editions, feed.xml and pages; a news site's feed, until stopped
  audio-edition batch articles/ -o site/
  audio-edition watch https://news.example/feed.xml -o site/ --every 10m
  # serve them to a phone or podcast app
  audio-edition serve site/

Run 'audio-edition COMMAND --help' for the options and examples of each command.
"""

ENGINE_HELP = """\
speech engine: 'gtts' (Google's voice, needs the internet), 'espeak' (offline,
from the espeakng-loader wheel), 'piper' (offline neural voice; needs
--piper-voice), 'edge' (Microsoft's neural voices, free, needs the internet),
'azure', 'google-cloud', 'openai' (licensed neural voices; keys in environment
variables, see 'audio-edition engines') or 'auto' (default: a licensed service
whose key is set, else piper when a Piper voice is configured, else gtts when
Google answers a quick probe, otherwise espeak). gtts talks to
$AUDIO_EDITION_GTTS_URL when set (a mirror or proxy of https://translate.google.com)"""

BUILD_EXAMPLES = """\
examples:
  # article.mp3, article.vtt and article.chapters.json in this folder
  audio-edition build article.txt
  # offline, with the voice that comes with audio-edition
  audio-edition build article.txt -o today.mp3 --engine espeak
  # a page from the web, read by one of edge's voices ('voices' lists them)
  audio-edition build https://news.example/story.html --engine edge \\
      --voice ar-EG-SalmaNeural
  # the article from another program
  cat article.txt | audio-edition build - -o out.mp3
  # a jingle, then the programme's name, then the headline
  audio-edition build article.txt --intro jingle.mp3 --opening-line \\
      --programme "نشرة المدينة"
"""

INSPECT_EXAMPLES = """\
examples:
  # what build would read aloud, and what it drops
  audio-edition inspect article.txt
  # the same for scripts
  audio-edition inspect article.txt --json
  # why each line of a scraped page was kept or dropped
  audio-edition inspect page.txt --lines
  # the text espeak is given: numbers spelled out, diacritised, in chunks
  audio-edition inspect article.txt --speech --engine espeak
"""

CHECK_EXAMPLES = """\
examples:
  # what was measured, one line per rule, then the verdict
  audio-edition check today.mp3
  # the same for scripts
  audio-edition check today.mp3 --json
"""

ENGINES_EXAMPLES = """\
examples:
  # which engines work here, and why the others do not
  audio-edition engines
  # is this Piper voice file usable?
  audio-edition engines --piper-voice ar_JO-kareem-medium.onnx
"""

VOICES_EXAMPLES = """\
examples:
  # every engine's Arabic voices, or edge's only
  audio-edition voices
  audio-edition voices --engine edge
  # then read an article with one of them
  audio-edition build article.txt --engine edge --voice ar-EG-SalmaNeural
"""

PIPER_VOICE_ENV = "AUDIO_EDITION_PIPER_VOICE"


class _Formatter(argparse.RawDescriptionHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    """Shows a default only where it tells the reader something."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        help_text = action.help or ""
        if action.default in (None, False, argparse.SUPPRESS) or "(default" in help_text:
            return help_text
        return super()._get_help_string(action)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        """Prose paragraphs are wrapped to the terminal; paragraphs with indented lines (examples) are kept."""
        import textwrap

        paragraphs = []
        for paragraph in text.strip("\n").split("\n\n"):
            lines = paragraph.splitlines()
            if any(line[:1].isspace() for line in lines):
                paragraphs.append("\n".join(indent + line for line in lines))
            else:
                paragraphs.append(textwrap.fill(" ".join(lines), width, initial_indent=indent,
                                                subsequent_indent=indent))
        return "\n\n".join(paragraphs) + "\n"


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


def _add_common(parser: argparse.ArgumentParser, quiet: str = argparse.SUPPRESS) -> None:
    """-v and -q, which every command takes; ``quiet`` is what -q does in this command (by default it
    does nothing there, and --help does not list it)."""
    parser.add_argument("-v", "--verbose", action="store_true", help="show what the program is doing (logging)")
    parser.add_argument("-q", "--quiet", action="store_true", help=quiet)


def _add_input(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("article", metavar="ARTICLE", help="article file (.txt, .md or .html), an http(s) URL, or '-' to read stdin")
    parser.add_argument("--format", dest="fmt", choices=("text", "markdown", "html"), default=None,
                        help="input format (default: detected from the file name and content)")


def _add_offline_voices(parser: argparse.ArgumentParser) -> None:
    """Options that say what the offline voices are (engine settings, not per-call options)."""
    import os

    from tts.espeak import DEFAULT_WPM, MAX_WPM, MIN_WPM

    parser.add_argument("--piper-voice", type=Path, metavar="PATH.onnx",
                        default=os.environ.get(PIPER_VOICE_ENV) or None,
                        help=f"Piper voice file, with its PATH.onnx.json beside it; never downloaded "
                             f"(default: ${PIPER_VOICE_ENV}, now "
                             f"{os.environ.get(PIPER_VOICE_ENV) or 'unset'})")
    parser.add_argument("--voice", default=None, metavar="NAME",
                        help="the engine's voice (default: espeak 'ar', edge and azure ar-SA-HamedNeural, "
                             "google-cloud ar-XA-Wavenet-B, openai alloy); 'audio-edition voices' lists them")
    parser.add_argument("--model", default=None, metavar="NAME",
                        help="openai: the speech model (default gpt-4o-mini-tts; a self-hosted server may want its "
                             "own, e.g. tts-1)")
    parser.add_argument("--wpm", type=int, default=DEFAULT_WPM,
                        help=f"espeak's words per minute at --rate 1.0, {MIN_WPM}-{MAX_WPM} (espeak counts "
                             "English-sized words: the default reads diacritised Arabic at a news pace)")


def _engine_settings(args: argparse.Namespace):
    """Engine settings from the voice options (and, for build and batch, the network ones)."""
    from tts.cloud import DEFAULT_EDGE_CONNECTIONS, DEFAULT_TIMEOUT, CloudConfig
    from tts.espeak import EspeakConfig
    from tts.gtts_engine import GttsConfig
    from tts.registry import EngineSettings
    from tts.retry import RetryPolicy

    timeout, retries = getattr(args, "timeout", None), getattr(args, "retries", RetryPolicy.retries)
    retry = RetryPolicy(retries=retries)
    cloud = CloudConfig(voice=args.voice, model=args.model, retry=retry,
                        timeout=DEFAULT_TIMEOUT if timeout is None else timeout,
                        edge_connections=getattr(args, "edge_connections", DEFAULT_EDGE_CONNECTIONS))
    return EngineSettings(espeak=EspeakConfig(voice=args.voice or EspeakConfig.voice, words_per_minute=args.wpm),
                          piper_voice=args.piper_voice, cloud=cloud,
                          gtts=GttsConfig(timeout=GttsConfig.timeout if timeout is None else timeout, retry=retry))


def add_edition_options(parser: argparse.ArgumentParser, *, requests_flag: str, requests_help: str):
    """The options that say how an edition sounds and is encoded, shared by 'build' and 'batch'.

    Adds the speech, pauses, intro-and-outro and output groups, and returns the output group so a
    command can add its own outputs to it. Parsed, they become BuildRequest fields via ``edition_fields``.
    ``requests_flag`` names the gtts concurrency option (dest ``requests``): 'batch' has its own --jobs.
    """
    from audio.encode import BITRATES, DEFAULT_BITRATE
    from audio.loudness import DEFAULT_TARGET_LUFS
    from audio.timeline import Pauses
    from tts.cloud import DEFAULT_EDGE_CONNECTIONS, DEFAULT_TIMEOUT, MAX_EDGE_CONNECTIONS
    from tts.gtts_engine import GttsConfig
    from tts.registry import ENGINE_CHOICES
    from tts.retry import RetryPolicy
    from audio_edition.pipeline import DEFAULT_MAX_WORDS
    from tts.runner import DEFAULT_JOBS

    speech = parser.add_argument_group("speech")
    speech.add_argument("--engine", choices=ENGINE_CHOICES, default="auto", metavar="ENGINE", help=ENGINE_HELP)
    speech.add_argument("--rate", type=float, default=1.0, help="speaking speed relative to the engine's "
                                                                 "news-read default, 0.5 to 2.0")
    speech.add_argument("--pitch", type=int, default=50, help="voice pitch 0-100, 50 the voice's own (espeak, edge, "
                                                               "azure, google-cloud)")
    _add_offline_voices(speech)
    speech.add_argument(requests_flag, dest="requests", type=_positive_int, default=DEFAULT_JOBS,
                        metavar="N", help=f"{requests_help} (default {DEFAULT_JOBS}; gtts, azure, google-cloud and "
                                          "openai halve it for the rest of the run at the service's first 429 or "
                                          "5xx answer)")
    speech.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                        help=f"network engines: give up on a request after this long without an answer (then "
                             f"retry) (default: {GttsConfig.timeout:g} for gtts, {DEFAULT_TIMEOUT:g} for the neural "
                             f"services)")
    speech.add_argument("--retries", type=int, default=RetryPolicy.retries, metavar="N",
                        help="network engines: tries after the first for a failed request (429, 5xx, timeouts, "
                             "dropped connections, damaged audio), with growing waits")
    speech.add_argument("--edge-connections", type=_positive_int, default=DEFAULT_EDGE_CONNECTIONS, metavar="N",
                        help=f"edge: websocket connections at once, at most {MAX_EDGE_CONNECTIONS} (its "
                             f"maintainers call more abusive)")
    speech.add_argument("--cache-dir", type=Path, metavar="FOLDER",
                        help="where synthesised speech is cached (default: the user cache folder)")
    speech.add_argument("--no-cache", action="store_true", help="do not read or write the speech cache")
    speech.add_argument("--lexicon", type=Path, metavar="FILE", help=LEXICON_HELP)
    pauses = parser.add_argument_group("pauses (seconds)")
    defaults = Pauses()
    pauses.add_argument("--pause-headline", type=_seconds, metavar="SECONDS", default=defaults.headline, help="after the headline")
    pauses.add_argument("--pause-section", type=_seconds, metavar="SECONDS", default=defaults.section, help="between sections")
    pauses.add_argument("--pause-paragraph", type=_seconds, metavar="SECONDS", default=defaults.paragraph,
                        help="between paragraphs")
    pauses.add_argument("--pause-sentence", type=_seconds, metavar="SECONDS", default=defaults.sentence,
                        help="between sentences, and at a breath inside a long unpunctuated run (espeak)")
    pauses.add_argument("--pause-title", type=_seconds, metavar="SECONDS", default=defaults.title,
                        help="after a section title, before its first paragraph")
    pauses.add_argument("--pause-chunk", type=_seconds, metavar="SECONDS", default=defaults.chunk,
                        help="between pieces of one sentence cut for the engine's length limit")
    pauses.add_argument("--pause-music", type=_seconds, metavar="SECONDS", default=defaults.music,
                        help="between the intro/outro file and the speech")
    framing = parser.add_argument_group(
        "intro and outro", "All off by default: the edition starts with the headline and ends with the last\n"
        "section. Files join the first/last chapter; spoken lines use the article's voice.")
    framing.add_argument("--intro", type=Path, metavar="FILE", help="audio file played before the speech "
                         "(any format ffmpeg reads; mixed to mono, levelled like the speech)")
    framing.add_argument("--outro", type=Path, metavar="FILE", help="audio file played after the speech")
    framing.add_argument("--opening-line", action="store_true",
                         help="speak 'من <programme or site>.' before the headline")
    framing.add_argument("--closing-line", action="store_true",
                         help="speak 'استمعتم إلى: <headline>. من <programme or site>.' at the end")
    output = parser.add_argument_group("output")
    output.add_argument("--max-words", type=_positive_int, default=DEFAULT_MAX_WORDS, metavar="N",
                        help="refuse an article longer than this, before any speech is made (a guard "
                             "against a wrong input file; the default is about two and a half hours)")
    output.add_argument("--loudness", type=float, default=DEFAULT_TARGET_LUFS, metavar="LUFS",
                        help="integrated loudness target (-40 to -5; -16 is the podcast norm); true peaks "
                             "stay under -1 dBTP")
    output.add_argument("--bitrate", type=int, choices=BITRATES, default=DEFAULT_BITRATE, metavar="KBPS",
                        help="MP3 bitrate (constant)")
    return output


def edition_fields(args: argparse.Namespace) -> dict:
    """BuildRequest fields from the options ``add_edition_options`` added (all but source, output, cover,
    programme and sidecars, which each command sets); checks the files they name exist."""
    from audio.timeline import Pauses
    from tts.base import SynthesisOptions

    for label, path in (("intro audio", args.intro), ("outro audio", args.outro), ("lexicon", args.lexicon)):
        if path is not None and not path.is_file():
            raise InputError(f"{path}: {label} file not found")
    return dict(
        engine=args.engine, settings=_engine_settings(args), options=SynthesisOptions(rate=args.rate, pitch=args.pitch),
        pauses=Pauses(headline=args.pause_headline, section=args.pause_section,
                      paragraph=args.pause_paragraph, sentence=args.pause_sentence, title=args.pause_title,
                      chunk=args.pause_chunk, music=args.pause_music),
        loudness=args.loudness, bitrate=args.bitrate, cache_dir=args.cache_dir, use_cache=not args.no_cache,
        jobs=args.requests, lexicon=args.lexicon, intro=args.intro, outro=args.outro,
        opening=args.opening_line, closing=args.closing_line, max_words=args.max_words)


def _no_edition_options(parser: argparse.ArgumentParser, **_: object) -> argparse._ArgumentGroup:
    """Stands in for ``add_edition_options`` for a command that is not being run (see build_parser)."""
    return parser.add_argument_group("output")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line. Given ``command`` (a name, or "" for none), only that command gets its
    options and the others just their one-line help, so '--help' and 'engines' do not import what
    'build' needs."""

    def full(name: str) -> bool:
        return command is None or command == name

    parser = _Parser(prog=PROG, description=DESCRIPTION, epilog=EPILOG, formatter_class=_Formatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    build = commands.add_parser(
        "build", help="make the MP3 edition of an article", formatter_class=_Formatter,
        description="Read ARTICLE, speak each part and write one MP3 with tags, chapters and, beside it, "
                    "a WebVTT transcript (.vtt) and Podcasting 2.0 chapters (.chapters.json). The MP3 is "
                    "written to a temporary file and renamed when complete: a failed run leaves no MP3 "
                    "behind. Synthesised speech is cached, so a rerun only makes what is missing.",
        epilog=BUILD_EXAMPLES)
    _add_input(build)
    build.add_argument("-o", "--output", type=Path, metavar="FILE.mp3",
                       help="MP3 to write (default: the article's name with .mp3, in the current folder; for a URL, "
                            "the last part of its path; edition.mp3 for stdin)")
    edition_options = add_edition_options if full("build") else _no_edition_options
    output = edition_options(build, requests_flag="--jobs", requests_help="requests in flight at once (network "
                             "engines; edge also at most --edge-connections)")
    output.add_argument("--cover", type=Path, metavar="FILE", help="cover image (JPEG or PNG) embedded in the MP3")
    output.add_argument("--programme", metavar="NAME", help="programme name: the album tag and the name "
                        "--opening-line and --closing-line speak (default: the site name)")
    output.add_argument("--no-sidecars", action="store_true", help="do not write the .vtt and .chapters.json files")
    verify = build.add_argument_group("check (see 'audio-edition check --help')")
    verify.add_argument("--strict", action="store_true", help="exit with status 1 when the end-of-build check "
                                                              "fails a rule (the MP3 is still written)")
    verify.add_argument("--no-check", action="store_true", help="skip the end-of-build check")
    _add_common(build, quiet="no progress bar and no engine line; only errors, the summary and the check")

    inspect = commands.add_parser(
        "inspect", help="show what would be read aloud, without making audio", formatter_class=_Formatter,
        description="Print the headline, byline, the article's date when the source states one (and where it "
                    "was read), the sections and paragraphs that 'build' would speak, and each line dropped as "
                    "page furniture with the reason. Nothing is synthesised.",
        epilog=INSPECT_EXAMPLES)
    _add_input(inspect)
    inspect.add_argument("--json", action="store_true",
                         help='print {"headline", "byline", "sections": [{"title", "paragraphs"}], '
                              '"dropped": [{"text", "reason"}], "headline_from_body", "published", '
                              '"published_from"}')
    inspect.add_argument("--lines", action="store_true",
                         help="print every line of a text input with what became of it (headline, section "
                              "title, body, or the reason it was dropped), its score as article text (above 0 "
                              "reads like prose) and the features behind the score; with --json, a list of "
                              '{"line", "text", "decision", "spoken", "score", "why"}')
    if full("inspect"):
        _add_speech_inspect(inspect)
    _add_common(inspect)

    check = commands.add_parser(
        "check", help="is an MP3 fit to publish? format, loudness, chapters, tags, pace, silences",
        formatter_class=_Formatter,
        description="Measure any MP3 (ours or not) and hold it to Apple's published podcast requirements and "
                    "our news-read defaults: one line per rule with the limit it was held to. Exit status 1 "
                    "when any rule fails (warnings do not count), 2 when the file cannot be read as an MP3. "
                    "The spoken text for the pace comes from the USLT tag or the .vtt file beside the MP3.",
        epilog=CHECK_EXAMPLES)
    check.add_argument("mp3", metavar="FILE.mp3", type=Path, help="the MP3 to check")
    check.add_argument("--json", action="store_true", help="print the report as JSON (keys documented in "
                                                           "docs/check.md)")
    _add_common(check)

    engines = commands.add_parser(
        "engines", help="list the speech engines and whether each works here", formatter_class=_Formatter,
        description="Print one line per speech engine: usable here or not, and why (package version, voice, "
                    "the address it would talk to, a missing voice file or key variable), and under it what "
                    "the engine needs and costs. Nothing is synthesised; only the 'auto' line makes a quick probe of Google. "
                    "The options are the ones 'build' takes for the voices, so you can check a voice before "
                    "using it. Keys are never shown.",
        epilog=ENGINES_EXAMPLES)
    if full("engines"):
        _add_offline_voices(engines)
    _add_common(engines)

    voices = commands.add_parser(
        "voices", help="list the voices of each engine (offline)", formatter_class=_Formatter,
        description="Print the Arabic voices of each network engine with their locale (accent) and gender, from "
                    "the list shipped with audio-edition: nothing touches the network. Pick one with "
                    "'build --engine E --voice NAME'. The engine's default voice is marked with *.",
        epilog=VOICES_EXAMPLES)
    if full("voices"):
        from tts.registry import DEFAULT_VOICES

        voices.add_argument("--engine", choices=sorted(DEFAULT_VOICES),
                            help="only this engine's voices (default: every engine's)")
        voices.add_argument("--json", action="store_true",
                            help='print a list of {"engine", "name", "locale", "gender"} (gender null where the '
                                 "service does not say)")
    _add_common(voices)

    from audio_edition.publish import commands as publish_commands  # batch, feed, pages, serve

    publish_commands.add_batch_parser(commands, _Formatter, _add_common, add_edition_options, _positive_int,
                                      full=full("batch"))
    publish_commands.add_watch_parser(commands, _Formatter, _add_common, add_edition_options, _positive_int,
                                      full=full("watch"))
    publish_commands.add_serve_parser(commands, _Formatter, _add_common)
    return parser


LEXICON_HELP = """pronunciation lexicon: TSV ('word<TAB>spoken form' a line) or TOML ('"word" = "spoken form"');
added to the built-in one. Matches whole words, also after the prefixes و ف ب ل ك"""


def _add_speech_inspect(inspect: argparse.ArgumentParser) -> None:
    from tts.engine_names import ENGINE_CHOICES  # the names only: inspect imports an engine only with --speech

    speech = inspect.add_argument_group("speech (--speech)")
    speech.add_argument("--speech", action="store_true",
                        help="show the text each engine request would get: after the lexicon, number "
                             "verbalisation and diacritisation where the engine needs them, chunked to its "
                             'length limit and, for espeak, a long unpunctuated run cut into breath groups. With '
                             '--json: {"engine", "max_chars", "parts": [{"kind", "section", "chunks"}], '
                             '"breath_words"}. Nothing is synthesised, nothing touches the network')
    speech.add_argument("--engine", choices=ENGINE_CHOICES, default=None, metavar="ENGINE",
                        help=f"engine to prepare the text for, one of {', '.join(ENGINE_CHOICES)} (default auto: "
                             "the licensed service whose key is set, else shown as gtts, what auto uses when "
                             "Google answers; inspect does not probe the network, so use --engine espeak to see "
                             "the offline reading)")
    speech.add_argument("--lexicon", type=Path, metavar="FILE", help=LEXICON_HELP)


OUR_PACKAGES = ("audio_edition", "text", "tts", "audio")


def _ours(record: logging.LogRecord) -> bool:
    return record.name.split(".", 1)[0] in OUR_PACKAGES


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if not verbose:  # libraries' own complaints (e.g. trafilatura on a non-HTML page) only with --verbose
        for handler in logging.getLogger().handlers:
            handler.addFilter(_ours)


def run_build(args: argparse.Namespace) -> int:
    if args.strict and args.no_check:
        raise InputError("--strict needs the end-of-build check; drop --no-check or --strict")
    from audio_edition.pipeline import BuildRequest, build
    from audio_edition.progress import ProgressBar

    request = BuildRequest(source=args.article, output=args.output, fmt=args.fmt, sidecars=not args.no_sidecars,
                           cover=args.cover, programme=args.programme, **edition_fields(args))
    if args.cover is not None and not args.cover.is_file():
        raise InputError(f"{args.cover}: cover image not found")
    bar = ProgressBar("speaking", enabled=False if args.quiet else None)

    def announce(name: str, reason: str) -> None:
        if not args.quiet:
            print(f"engine: {name} ({reason})", file=sys.stderr)

    from audio_edition.live_check import LiveCheck

    live_check = LiveCheck(enabled=not args.no_check)

    def stage(what: str) -> None:
        bar.close()
        if bar.enabled:
            print(f"{what}...", file=sys.stderr, flush=True)

    try:
        result = build(request, progress=bar, on_engine=announce, on_stage=stage, on_frames=live_check.feed)
    except BaseException:
        if (live := live_check.measure()) is not None:
            live.close()
        raise
    finally:
        bar.close()
    print(f"wrote {result.output}: engine {result.engine}, {result.parts} parts, {result.chapters} chapters, "
          f"{format_duration(result.duration_ms)} of audio, {format_size(result.size_bytes)}, "
          f"made in {result.seconds:.1f}s ({result.stats.synthesised} chunks synthesised, "
          f"{result.stats.from_cache} from cache)")
    if args.no_check:
        return 0
    import contextlib

    from audio.check import check_file
    from audio_edition.memory import give_back_freed_memory
    from audio_edition.stages import timed

    give_back_freed_memory()  # the build's buffers: the check should not add to the command's peak
    live = live_check.measure()
    try:
        with timed("check"), live or contextlib.nullcontext():
            report = check_file(result.output, live=live)
    except AudioEditionError as error:  # the edition is written; a check that cannot run is not a failed build
        print(f"check: not run ({error})")
        return 1 if args.strict else 0
    print(report.summary())
    return 1 if args.strict and report.failures else 0


def run_inspect_speech(args: argparse.Namespace) -> int:
    from audio_edition.pipeline import speech_plan

    plan = speech_plan(args.article, fmt=args.fmt, engine=args.engine or "auto", lexicon=args.lexicon)
    if args.json:
        print(json.dumps(plan.to_json(), ensure_ascii=False, indent=2))
        return 0
    limit = f"chunks of at most {plan.max_chars} characters" if plan.max_chars else "no length limit"
    if plan.breath_words:
        limit += f"; a run of over {plan.breath_words} words without a mark is read in breath groups"
    auto = (args.engine or "auto") == "auto"
    note = "  [--engine auto: shown for gtts; offline, auto uses espeak]" if auto and plan.engine == "gtts" else ""
    print(f"engine: {plan.engine} ({limit}){note}")
    count = 0
    for part in plan.parts:
        where = "headline" if part.kind == "headline" else f"section {part.section} {part.kind}"
        print(f"\n== {where}")
        for chunk in part.chunks:
            count += 1
            print(f"  {count:>3}| {chunk}")
    print(f"\n{count} chunks in {len(plan.parts)} parts")
    return 0


def run_inspect(args: argparse.Namespace) -> int:
    from text.reader import read_article

    if args.speech and args.lines:
        raise InputError("--lines and --speech are two different views; choose one")
    if args.speech:
        return run_inspect_speech(args)
    if args.engine is not None or args.lexicon is not None:
        raise InputError("--engine and --lexicon only apply with --speech")
    if args.lines:
        return run_inspect_lines(args)
    article = read_article(args.article, fmt=args.fmt)
    if args.json:
        print(json.dumps(article.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(f"headline: {article.headline or '(none)'}" + ("  [first sentence; the page has no title line]"
                                                         if article.headline_from_body else ""))
    print(f"byline:   {article.byline or '(none)'}")
    if article.published:  # else the build day dates the episode; nothing said, as before
        print(f"date:     {article.published}  [from {article.published_from or 'the source'}]")
    for number, section in enumerate(article.sections, start=1):
        print(f"\n== section {number}: {section.title or '(lead)'}")
        for paragraph in section.paragraphs:
            print(f"  {paragraph}")
    if article.dropped:
        print("\ndropped:")
        for item in article.dropped:
            print(f"  [{item.reason}] {item.text}")
    for note in article.notes:
        print(f"\nnote: {note}")
    sections = len(article.sections)
    print(f"\n{article.word_count} words in {sections} section{'' if sections == 1 else 's'}")
    return 0


def run_inspect_lines(args: argparse.Namespace) -> int:
    from text.plain import split_plain
    from text.reader import detect_format, read_text

    text, name, fmt = read_text(args.article, fmt=args.fmt)
    fmt = fmt or detect_format(text, name=name)
    if fmt != "text":
        raise InputError(f"{name}: --lines explains how a text page is split, and this input is read as {fmt} "
                         f"(add --format text to see it as text)")
    split = split_plain(text, source=name)
    if args.json:
        print(json.dumps([{"line": d.number, "text": d.text, "decision": d.decision, "spoken": d.spoken,
                           "score": d.score, "why": d.why} for d in split.lines], ensure_ascii=False, indent=2))
        return 0
    print(f"{'line':>4} {'score':>6}  {'decision':<26} text  [features]")
    for decision in split.lines:
        mark = " " if decision.spoken else "-"
        print(f"{decision.number:>4} {decision.score:>+6.1f} {mark}{decision.decision:<26} {decision.text}  "
              f"[{decision.why}]")
    spoken = sum(d.spoken for d in split.lines)
    print(f"\n{spoken} of {len(split.lines)} lines spoken ('-': dropped)")
    for note in split.article.notes:
        print(f"note: {note}")
    if split.article.published:
        print(f"date: {split.article.published}  [from {split.article.published_from}]")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from audio.check import check_file

    report = check_file(args.mp3)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(report.lines()))
    return 1 if report.failures else 0


def run_voices(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from tts.registry import DEFAULT_VOICES
    from tts.voices import voices_of

    listed = voices_of(args.engine)
    if args.json:
        print(json.dumps([asdict(voice) for voice in listed], ensure_ascii=False, indent=1))
        return 0
    for voice in listed:
        mark = "*" if DEFAULT_VOICES.get(voice.engine) == voice.name else " "
        print(f"{voice.engine:12} {mark} {voice.name:32} {voice.locale:12} {voice.gender or '-'}")
    print(f"\n{len(listed)} voices (* the engine's default)")
    return 0


def run_engines(args: argparse.Namespace) -> int:
    from tts.registry import ENGINES, NEEDS

    settings = _engine_settings(args)
    for name, factory in ENGINES.items():
        try:
            availability = factory(settings).availability()
            usable, reason = availability.usable, availability.reason
        except AudioEditionError as error:
            usable, reason = False, str(error)
        print(f"{name:12} {'usable' if usable else 'not usable':11} {reason}")
        print(f"{'':12} {'needs':11} {NEEDS[name]}")
    from tts.registry import choose_engine

    try:  # 'usable' above means installed; only this probe says whether Google answers from here
        engine, why = choose_engine("auto", settings)
        print(f"{'auto':12} {'uses ' + engine.name:11} {why}")
    except AudioEditionError as error:
        print(f"{'auto':12} {'no engine':11} {error}")
    return 0


def run_publish(args: argparse.Namespace) -> int:
    from audio_edition.publish import commands as publish_commands

    return {"batch": publish_commands.run_batch, "watch": publish_commands.run_watch,
            "serve": publish_commands.run_serve}[args.command](args)


COMMANDS = {"build": run_build, "inspect": run_inspect, "check": run_check, "engines": run_engines,
            "voices": run_voices, "batch": run_publish, "watch": run_publish, "serve": run_publish}


def _command_in(argv: Sequence[str]) -> str | None:
    """The subcommand ``argv`` runs (its first word that is not an option), if it names one."""
    word = next((arg for arg in argv if not arg.startswith("-")), None)
    return word if word in COMMANDS else None


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(_command_in(argv) or "")
    args = parser.parse_args(argv)
    _setup_logging(args.verbose)
    if getattr(args, "article", None) == "-" and sys.stdin.isatty():
        print(f"{PROG}: reading the article from the terminal; end it with Ctrl-D", file=sys.stderr)
    try:
        with sigterm_as_interrupt():  # kill PID stops as tidily as Ctrl-C
            return COMMANDS[args.command](args)
    except AudioEditionError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return error.exit_code
    except Terminated:
        print(f"{PROG}: terminated", file=sys.stderr)
        return Terminated.exit_code
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1


def run() -> None:
    """The ``audio-edition`` command: :func:`main`, then exit with its status.

    OpenBLAS (numpy's matrix products: the true-peak filters) runs on the calling thread: the command
    already spreads its work over the cores with threads of its own, and OpenBLAS's own threads only
    add CPU time (0.05-0.1 s of a build of the seed, same results). A value the user set is kept.
    Every object is frozen before exit (``gc.freeze``), so the interpreter's garbage collections at exit
    skip them: they would only walk the whole heap (about 25 ms after a build) just before the process
    ends. Files are closed and flushed by the commands themselves, and streams by the interpreter."""
    import os

    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # read when numpy loads, which main() does later
    try:
        status = main()
    except KeyboardInterrupt:  # Ctrl-C while the options were still being read
        print(f"{PROG}: interrupted", file=sys.stderr)
        status = 130
    import gc

    gc.freeze()
    sys.exit(status)


if __name__ == "__main__":
    run()
