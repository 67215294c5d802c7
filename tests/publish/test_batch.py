"""Batch runs: which files are articles, resuming, failures, names, parallel runs."""

import re
from pathlib import Path

import feedparser
import pytest

from audio_edition.cli import main
from audio_edition.errors import InputError
from audio_edition.publish.batch import collect_sources, run_batch
from audio_edition.publish.feed import Channel
from audio_edition.publish.manifest import load_episodes
from audio_edition.publish.names import episode_name

from .conftest import ARTICLES, options, write_articles

SHORT = {"short.txt": "خبر قصير للاختبار\n\nأعلنت الشركة نتائجها اليوم. وارتفعت الأرباح قليلا.\n"}


def test_folder_articles_are_txt_and_md_files_not_readme_or_hidden(tmp_path):
    folder = write_articles(tmp_path / "in")
    (folder / "README.md").write_text("# About this folder\n\nNot an article.\n", encoding="utf-8")
    (folder / ".draft.txt").write_text("مسودة", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    assert sorted(Path(s).name for s in collect_sources([str(folder)])) == ["library.md", "water.txt"]


def test_list_file_names_paths_relative_to_itself(tmp_path):
    write_articles(tmp_path / "in")
    listing = tmp_path / "today.txt"
    listing.write_text("# today's stories\nin/water.txt\n\nin/library.md\n", encoding="utf-8")
    assert [Path(s).name for s in collect_sources([str(listing)])] == ["water.txt", "library.md"]


def test_list_file_with_a_missing_path_is_still_a_list(tmp_path):
    write_articles(tmp_path / "in")
    listing = tmp_path / "today.txt"
    listing.write_text("in/water.txt\nin/typo.txt\n", encoding="utf-8")
    assert [Path(s).name for s in collect_sources([str(listing)])] == ["water.txt", "typo.txt"]


def test_list_entry_with_another_scheme_is_an_address_not_a_reason_to_read_the_list_as_an_article(tmp_path):
    listing = tmp_path / "today.txt"
    listing.write_text("ftp://example.org/story.txt\n", encoding="utf-8")
    assert collect_sources([str(listing)]) == ["ftp://example.org/story.txt"]


def test_article_file_is_not_mistaken_for_a_list(tmp_path):
    folder = write_articles(tmp_path / "in")
    assert collect_sources([str(folder / "water.txt")]) == [str(folder / "water.txt")]


def test_same_article_given_twice_is_made_once(tmp_path):
    folder = write_articles(tmp_path / "in")
    assert len(collect_sources([str(folder), str(folder / "water.txt")])) == 2


def test_missing_input_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        collect_sources([str(tmp_path / "absent")])


def test_input_that_exists_but_is_no_file_or_folder_is_not_called_missing():
    with pytest.raises(InputError, match="/dev/null: not a file or folder"):
        collect_sources(["/dev/null"])


def test_unchanged_article_is_skipped_on_the_next_run(tmp_path, speech_cache):
    folder = write_articles(tmp_path / "in", SHORT)
    first = run_batch([str(folder)], options(tmp_path / "out", speech_cache), Channel())
    second = run_batch([str(folder)], options(tmp_path / "out", speech_cache), Channel())
    assert [o.status for o in first.outcomes] == ["made"]
    assert [o.status for o in second.outcomes] == ["skipped"]


def test_corrected_article_keeps_its_guid_and_replaces_its_files(tmp_path, speech_cache):
    folder = write_articles(tmp_path / "in", SHORT)
    outdir = tmp_path / "out"
    run_batch([str(folder)], options(outdir, speech_cache), Channel())
    (before,) = load_episodes(outdir)
    (folder / "short.txt").write_text(SHORT["short.txt"] + "\nوأضافت أن العام المقبل سيكون أفضل.\n", encoding="utf-8")
    report = run_batch([str(folder)], options(outdir, speech_cache), Channel())
    (after,) = load_episodes(outdir)
    assert [o.status for o in report.outcomes] == ["made"]
    assert after.guid == before.guid and after.name != before.name
    assert after.published == before.published
    assert not (outdir / before.mp3).exists() and not (outdir / before.manifest).exists()


def test_adding_an_article_adds_an_episode(tmp_path, speech_cache):
    folder = write_articles(tmp_path / "in", SHORT)
    outdir = tmp_path / "out"
    run_batch([str(folder)], options(outdir, speech_cache), Channel())
    write_articles(folder, {"library.md": ARTICLES["library.md"]})
    run_batch([str(folder / "library.md")], options(outdir, speech_cache), Channel())
    assert len(feedparser.parse(str(outdir / "feed.xml")).entries) == 2


def test_a_text_pages_own_date_line_dates_its_episode_feed_item_and_mp3(tmp_path, speech_cache):
    from mutagen.id3 import ID3

    dated = {"old.txt": "خبر قديم للاختبار عن افتتاح المحطة\n\n07 فبراير 2011\n\n"
                        "أعلنت الشركة نتائجها اليوم. وارتفعت الأرباح قليلا.\n"}
    outdir = tmp_path / "out"
    run_batch([str(write_articles(tmp_path / "in", dated))], options(outdir, speech_cache), Channel())
    (episode,) = load_episodes(outdir)
    assert episode.published == "2011-02-07T00:00:00+00:00"  # not the day it was made
    (entry,) = feedparser.parse(str(outdir / "feed.xml")).entries
    assert entry.published_parsed[:3] == (2011, 2, 7)
    assert str(ID3(outdir / episode.mp3)["TDRC"]) == "2011-02-07"


def test_one_failure_is_reported_and_the_rest_are_made(tmp_path, speech_cache):
    folder = write_articles(tmp_path / "in", {**SHORT, "empty.txt": "   \n"})
    report = run_batch([str(folder)], options(tmp_path / "out", speech_cache), Channel())
    statuses = {Path(o.source).name: o.status for o in report.outcomes}
    assert statuses == {"empty.txt": "failed", "short.txt": "made"}
    assert "empty" in next(o.error for o in report.outcomes if o.status == "failed")
    assert len(load_episodes(tmp_path / "out")) == 1


def test_article_failing_mid_build_leaves_none_of_its_files(tmp_path, speech_cache):
    folder = write_articles(tmp_path / "in", {**SHORT, **{"library.md": ARTICLES["library.md"]}})
    outdir = tmp_path / "out"
    name = episode_name(str(folder / "short.txt"), (folder / "short.txt").read_bytes())
    (outdir / f"{name}.mp3").mkdir(parents=True)  # the MP3 cannot be written: fails after the cover is made
    report = run_batch([str(folder)], options(outdir, speech_cache), Channel())
    assert {Path(o.source).name: o.status for o in report.outcomes} == {"short.txt": "failed", "library.md": "made"}
    assert [p.name for p in outdir.glob(f"{name}*")] == [f"{name}.mp3"]


def test_progress_counts_every_article_to_the_end(tmp_path, speech_cache):
    folder = write_articles(tmp_path / "in", {**SHORT, "empty.txt": "\n"})
    calls = []
    run_batch([str(folder)], options(tmp_path / "out", speech_cache), Channel(), progress=lambda *c: calls.append(c))
    assert calls[-1] == (2, 2) and all(total == 2 for _, total in calls)


def test_every_file_lands_inside_outdir_with_a_safe_name(tmp_path, speech_cache):
    folder = write_articles(tmp_path / "in", {"مقال ..؛ <خاص> & \"جديد\".txt": SHORT["short.txt"]})
    outdir = tmp_path / "out"
    run_batch([str(folder)], options(outdir, speech_cache), Channel())
    made = [p for p in tmp_path.rglob("*") if p.is_file() and outdir not in p.parents and folder not in p.parents]
    assert made == []
    (episode,) = load_episodes(outdir)
    assert re.fullmatch(r"[a-z0-9-]+", episode.name)


def test_parallel_jobs_make_every_article(tmp_path, speech_cache):
    folder = write_articles(tmp_path / "in", {**ARTICLES, **SHORT})
    report = run_batch([str(folder)], options(tmp_path / "out", speech_cache, jobs=2), Channel())
    assert [o.status for o in report.outcomes] == ["made", "made", "made"]
    assert len(load_episodes(tmp_path / "out")) == 3


def test_cli_exit_status_is_non_zero_when_an_article_fails(tmp_path, speech_cache, capsys):
    folder = write_articles(tmp_path / "in", {**SHORT, "empty.txt": "\n"})
    status = main(["batch", str(folder), "-o", str(tmp_path / "out"), "--engine", "espeak",
                   "--cache-dir", str(speech_cache), "--jobs", "1", "--quiet"])
    out = capsys.readouterr().out
    assert status == 1
    assert re.search(r"^failed .*empty\.txt$", out, re.M) and re.search(r"^made .*short\.txt$", out, re.M)
    assert "1 made, 0 skipped, 1 failed" in out


def test_a_menu_page_fails_and_a_warning_in_a_worker_names_its_file(tmp_path, run_cli, speech_cache):
    # Trial s29 (inputs29): a page of menu words was made and listed in the feed; the warning on a page of short
    # lines, printed by a worker process, named no file.
    poem = "ديوان الصيف\nيا بحر\nيا موج الليل\nخذني إليك\nولا تعد\nفالصيف طويل\n"
    folder = write_articles(tmp_path / "in", {"menu.txt": "Home\nNews\nSports\nContact Us\nAbout\nPrivacy Policy\n",
                                              "poem.txt": poem})
    result = run_cli("batch", str(folder), "-o", str(tmp_path / "out"), "--engine", "espeak", "--cache-dir",
                     str(speech_cache), "--jobs", "2", "--quiet")
    assert result.returncode == 1
    assert re.search(r"^failed .*menu\.txt\n\s+error: .*menu\.txt: no article text found$", result.stdout, re.M)
    assert re.search(r"^made .*poem\.txt$", result.stdout, re.M)
    assert f"{folder / 'poem.txt'}: the page has only short lines" in result.stderr
    assert [entry.title for entry in feedparser.parse(str(tmp_path / "out" / "feed.xml")).entries] == ["ديوان الصيف"]


def test_cli_remembers_the_programme_settings(tmp_path, speech_cache, capsys):
    folder = write_articles(tmp_path / "in", SHORT)
    common = ["-o", str(tmp_path / "out"), "--engine", "espeak", "--cache-dir", str(speech_cache), "--quiet"]
    assert main(["batch", str(folder), *common, "--title", "برنامجي", "--base-url", "https://x.example/p/"]) == 0
    assert main(["batch", str(folder), *common]) == 0
    parsed = feedparser.parse(str(tmp_path / "out" / "feed.xml"))
    assert parsed.feed.title == "برنامجي"
    assert parsed.entries[0].enclosures[0].href.startswith("https://x.example/p/")


def test_cover_option_is_the_programme_image(tmp_path, speech_cache):
    from PIL import Image

    cover = tmp_path / "mine.jpg"
    Image.new("RGB", (1400, 1400), (200, 30, 30)).save(cover, format="JPEG")
    folder = write_articles(tmp_path / "in", SHORT)
    run_batch([str(folder)], options(tmp_path / "out", speech_cache, cover=cover), Channel())
    parsed = feedparser.parse(str(tmp_path / "out" / "feed.xml"))
    assert parsed.feed.image.href.endswith("/cover.jpg")
    assert parsed.entries[0].image.href.endswith("/cover.jpg")
    assert (tmp_path / "out" / "cover.jpg").read_bytes() == cover.read_bytes()


def test_url_in_a_list_file_is_fetched_made_and_then_skipped(tmp_path, speech_cache):
    from audio_edition.publish.names import is_url

    from .conftest import serving_folder

    pages = write_articles(tmp_path / "site", SHORT)
    with serving_folder(pages) as base:
        listing = tmp_path / "today.list"
        listing.write_text(f"{base}short.txt\n", encoding="utf-8")
        first = run_batch([str(listing)], options(tmp_path / "out", speech_cache), Channel())
        second = run_batch([str(listing)], options(tmp_path / "out", speech_cache), Channel())
    assert is_url(first.outcomes[0].source)
    assert [o.status for o in first.outcomes] == ["made"] and [o.status for o in second.outcomes] == ["skipped"]
    assert first.outcomes[0].episode.name.startswith("short-")


def test_ctrl_c_stops_the_batch_without_starting_queued_articles_or_leaving_orphans(tmp_path, cli_env, sample_path):
    import os
    import signal
    import subprocess
    import time

    from tests.conftest import audio_edition_command

    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(8):
        (folder / f"article{number}.txt").write_bytes(sample_path.read_bytes())
    outdir = tmp_path / "out"
    process = subprocess.Popen(
        [*audio_edition_command(), "batch", str(folder), "-o", str(outdir), "--engine", "espeak", "--no-cache",
         "--jobs", "2", "--quiet"], env=cli_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while not list(outdir.glob("article*.png")) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole process group
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == 130
    assert stderr.strip().splitlines()[-1] == "audio-edition: interrupted"
    made = {path.name.split(".")[0] for path in outdir.glob("article*.episode.json")}
    # At most the two in flight, the one already handed to the pool's call queue and the one the pool
    # hands on when the first finishes while the interrupt is on its way; the four still queued are never
    # started (on a loaded machine the ones in flight may finish first).
    assert len(made) <= 4
    left = {path.name.split(".")[0] for path in outdir.glob("article*") if not path.name.endswith(".tmp")}
    assert left == made  # no cover or MP3 of an article that was not finished


CREDIT_TITLE = "البلدية تفتتح حديقة عامة جديدة على ضفة النهر"
OPENING = "افتتحت البلدية صباح اليوم حديقة عامة جديدة على ضفة النهر."
CREDITED = {
    # A credit line of a date and a time under the title: no writer, no outlet in it.
    "stamped.txt": f"""{CREDIT_TITLE}
الأحد 12/مارس/2024 - الساعة: 4:10 م
{OPENING} وحضر الافتتاح عدد كبير من سكان الأحياء المجاورة.
وتضم الحديقة ممرات للمشي وملاعب للأطفال ومساحات خضراء واسعة.
""",
    # No title line: the page opens with its first part's name, read without a headline.
    "untitled.txt": f"""مقدمة
{OPENING} وحضر الافتتاح عدد كبير من سكان الأحياء المجاورة.
تفاصيل المشروع
استغرق العمل في المشروع عامين كاملين، وشارك فيه مئات العمال من أبناء المدينة.
ردود الفعل
رحب السكان بالحديقة الجديدة وقالوا إنها ستغير وجه الحي.
""",
}


def test_episodes_credit_no_time_as_author_and_are_never_titled_by_their_file(run_cli, tmp_path, speech_cache):
    from mutagen.id3 import ID3

    folder = write_articles(tmp_path / "in", CREDITED)
    outdir = tmp_path / "site"
    result = run_cli("batch", str(folder), "-o", str(outdir), "--engine", "espeak", "--cache-dir", str(speech_cache),
                     "--title", "نشرة الحي", "--quiet")
    assert result.returncode == 0, result.stderr + result.stdout
    parsed = feedparser.parse((outdir / "feed.xml").read_bytes())
    assert sorted(entry.title for entry in parsed.entries) == sorted([CREDIT_TITLE, OPENING])
    assert not [entry.get("author") for entry in parsed.entries if entry.get("author")]
    assert "podcast:person" not in (outdir / "feed.xml").read_text(encoding="utf-8")
    for entry in parsed.entries:
        tags = ID3(outdir / entry.enclosures[0].href.rsplit("/", 1)[-1])
        assert "TPE1" not in tags and str(tags["TALB"]) == "نشرة الحي"
        assert str(tags["TIT2"]) == entry.title
