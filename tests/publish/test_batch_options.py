"""'batch' takes build's options, makes every episode with them, and remakes an episode when they change."""

import argparse
import json
import re

import feedparser
import pytest
from mutagen.mp3 import MP3

from audio_edition.cli import build_parser, main
from audio_edition.errors import InputError
from audio_edition.pipeline import BuildRequest
from audio_edition.publish.batch import run_batch
from audio_edition.publish.feed import Channel
from audio_edition.publish.fingerprint import edition_fingerprint
from audio_edition.publish.manifest import load_episodes
from tts.base import SynthesisOptions
from tts.espeak import EspeakConfig
from tts.gtts_engine import GttsConfig
from tts.registry import EngineSettings

from .conftest import options, write_articles

SHORT = {"brief.txt": "نبأ قصير عن السوق\n\nارتفعت أسعار الخضار في السوق اليوم. وقال التجار إن الطلب زاد.\n"}
BATCH_OWN = {"-o", "--outdir", "--jobs", "--force", "--cover"}
BUILD_ONLY = {"-o", "--output", "--jobs", "--cover", "--no-sidecars", "--programme", "--strict", "--no-check",
              "--format"}
"""Outputs that batch makes per episode itself (sidecars always; --title names the programme); --jobs is
articles at once in batch (gtts requests are --requests)."""


def option_strings(command: str) -> set[str]:
    subparsers = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return {string for action in subparsers.choices[command]._actions for string in action.option_strings}


def statuses(report) -> list[str]:
    return [outcome.status for outcome in report.outcomes]


def test_batch_takes_every_edition_option_build_takes():
    assert option_strings("build") - BUILD_ONLY <= option_strings("batch")


def test_batch_names_gtts_requests_per_article_apart_from_its_jobs():
    args = build_parser().parse_args(["batch", "in", "-o", "out", "--jobs", "3", "--requests", "5"])
    assert (args.jobs, args.requests) == (3, 5)


def test_cli_batch_options_reach_every_episode(tmp_path, speech_cache, capsys):
    folder = write_articles(tmp_path / "in", SHORT)
    outdir = tmp_path / "out"
    status = main(["batch", str(folder), "-o", str(outdir), "--engine", "espeak", "--cache-dir", str(speech_cache),
                   "--jobs", "1", "--quiet", "--bitrate", "64", "--opening-line", "--title", "برنامج السوق"])
    assert status == 0, capsys.readouterr()
    (episode,) = load_episodes(outdir)
    assert MP3(outdir / episode.mp3).info.bitrate == 64000
    assert "برنامج السوق" in (outdir / episode.vtt).read_text(encoding="utf-8")  # the spoken opening line


def test_faster_rate_makes_a_shorter_episode(tmp_path, speech_cache):
    folder = write_articles(tmp_path / "in", SHORT)
    run_batch([str(folder)], options(tmp_path / "normal", speech_cache), Channel())
    run_batch([str(folder)], options(tmp_path / "fast", speech_cache, options=SynthesisOptions(rate=1.8)), Channel())
    (normal,), (fast,) = load_episodes(tmp_path / "normal"), load_episodes(tmp_path / "fast")
    assert fast.duration_ms < normal.duration_ms * 0.8


def test_changed_rate_remakes_the_episode_on_the_next_run(tmp_path, speech_cache):
    folder = write_articles(tmp_path / "in", SHORT)
    first = run_batch([str(folder)], options(tmp_path / "out", speech_cache), Channel())
    second = run_batch([str(folder)], options(tmp_path / "out", speech_cache, options=SynthesisOptions(rate=1.3)), Channel())
    assert statuses(first) == ["made"] and statuses(second) == ["made"]


def test_lexicon_edited_in_place_remakes_the_episode_and_an_unchanged_one_does_not(tmp_path, speech_cache):
    folder = write_articles(tmp_path / "in", SHORT)
    lexicon = tmp_path / "names.tsv"
    lexicon.write_text("السوق\tالسُّوق\n", encoding="utf-8")
    runs = [run_batch([str(folder)], options(tmp_path / "out", speech_cache, lexicon=lexicon), Channel())]
    runs.append(run_batch([str(folder)], options(tmp_path / "out", speech_cache, lexicon=lexicon), Channel()))
    lexicon.write_text("السوق\tالسُّوقِ\n", encoding="utf-8")
    runs.append(run_batch([str(folder)], options(tmp_path / "out", speech_cache, lexicon=lexicon), Channel()))
    assert [statuses(run) for run in runs] == [["made"], ["skipped"], ["made"]]


def test_renamed_programme_remakes_the_episode(tmp_path, speech_cache):
    folder = write_articles(tmp_path / "in", SHORT)
    run_batch([str(folder)], options(tmp_path / "out", speech_cache), Channel(title="الأول"))
    again = run_batch([str(folder)], options(tmp_path / "out", speech_cache), Channel(title="الثاني"))
    assert statuses(again) == ["made"]


def test_episode_from_a_manifest_without_fingerprint_is_remade(tmp_path, speech_cache):
    folder = write_articles(tmp_path / "in", SHORT)
    outdir = tmp_path / "out"
    run_batch([str(folder)], options(outdir, speech_cache), Channel())
    (manifest,) = outdir.glob("*.episode.json")
    payload = json.loads(manifest.read_text(encoding="utf-8"))
    del payload["fingerprint"]  # as written before options were fingerprinted
    manifest.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    assert statuses(run_batch([str(folder)], options(outdir, speech_cache), Channel())) == ["made"]


def test_cache_concurrency_and_gtts_patience_do_not_change_the_fingerprint(tmp_path):
    plain = BuildRequest(source="")
    tuned = BuildRequest(source="other.txt", output=tmp_path / "x.mp3", cache_dir=tmp_path, use_cache=False, jobs=1,
                         settings=EngineSettings(gtts=GttsConfig(timeout=60)))
    assert edition_fingerprint(tuned) == edition_fingerprint(plain)


def test_piper_voice_does_not_change_an_espeak_fingerprint(tmp_path):
    espeak = BuildRequest(source="", engine="espeak")
    with_piper = BuildRequest(source="", engine="espeak", settings=EngineSettings(piper_voice=tmp_path / "v.onnx"))
    assert edition_fingerprint(with_piper) == edition_fingerprint(espeak)


@pytest.mark.parametrize("change", [{"bitrate": 128}, {"loudness": -20.0}, {"opening": True}, {"engine": "gtts"},
                                    {"settings": EngineSettings(espeak=EspeakConfig(words_per_minute=200))}])
def test_what_a_listener_hears_changes_the_fingerprint(change):
    assert edition_fingerprint(BuildRequest(source="", **change)) != edition_fingerprint(BuildRequest(source=""))


def test_missing_lexicon_stops_the_batch_before_any_article(tmp_path, speech_cache):
    folder = write_articles(tmp_path / "in", SHORT)
    with pytest.raises(InputError, match="absent.tsv: lexicon file not found"):
        run_batch([str(folder)], options(tmp_path / "out", speech_cache, lexicon=tmp_path / "absent.tsv"), Channel())
    assert not (tmp_path / "out").exists()


def test_cli_bad_edition_option_is_one_line_error(tmp_path, capsys):
    folder = write_articles(tmp_path / "in", SHORT)
    status = main(["batch", str(folder), "-o", str(tmp_path / "out"), "--engine", "espeak", "--quiet",
                   "--intro", str(tmp_path / "jingle.mp3")])
    err = capsys.readouterr().err
    assert status != 0 and err.strip().splitlines() == [f"audio-edition: error: {tmp_path / 'jingle.mp3'}: "
                                                        "intro audio file not found"]


def test_cli_owner_is_written_and_remembered(tmp_path, speech_cache, capsys):
    folder = write_articles(tmp_path / "in", SHORT)
    common = ["-o", str(tmp_path / "out"), "--engine", "espeak", "--cache-dir", str(speech_cache), "--quiet"]
    assert main(["batch", str(folder), *common, "--owner-name", "غرفة الأخبار", "--owner-email",
                 "desk@news.example"]) == 0
    assert main(["batch", str(folder), *common]) == 0
    parsed = feedparser.parse(str(tmp_path / "out" / "feed.xml"))
    assert parsed.feed.publisher_detail == {"name": "غرفة الأخبار", "email": "desk@news.example"}


@pytest.mark.parametrize("email", ["desk", "desk@news", "a b@news.example", "<desk@news.example>", "x@@y.org"])
def test_cli_malformed_owner_email_is_a_one_line_error_before_any_work(tmp_path, capsys, email):
    folder = write_articles(tmp_path / "in", SHORT)
    status = main(["batch", str(folder), "-o", str(tmp_path / "out"), "--engine", "espeak", "--quiet",
                   "--owner-name", "Desk", "--owner-email", email])
    lines = capsys.readouterr().err.strip().splitlines()
    assert status != 0 and len(lines) == 1
    assert re.fullmatch(r"audio-edition: error: --owner-email .*: not an email address.*", lines[0])
    assert not (tmp_path / "out").exists()


def test_owner_needs_both_a_name_and_an_email():
    with pytest.raises(InputError, match="give --owner-email too"):
        Channel(owner_name="Desk")
