"""watch's durations and its poll schedule (the loop itself runs for real in test_feed_site)."""

import pytest

from audio_edition.cli import main
from audio_edition.errors import InputError
from audio_edition.publish.watch import describe_duration, parse_duration


@pytest.mark.parametrize(("text", "seconds"), [("30s", 30), ("10m", 600), ("1h", 3600), ("1h30m", 5400),
                                               ("90", 90), ("0.5s", 0.5), (" 2M ", 120)])
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "0s", "ten minutes", "10x", "-5m"])
def test_what_is_not_a_duration_is_refused(text):
    with pytest.raises(InputError, match="not a duration"):
        parse_duration(text)


def test_durations_are_shown_the_way_they_are_written():
    assert [describe_duration(s) for s in (30, 600, 5400, 0.5)] == ["30s", "10m", "1h30m", "0.5s"]


def test_a_bad_every_is_one_usage_line(tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["watch", "feed.xml", "-o", str(tmp_path), "--every", "soon"])
    assert stopped.value.code == 2
    assert "not a duration" in capsys.readouterr().err
