"""Where `build` writes when no -o is given."""

import pytest

from audio_edition.pipeline import default_output


@pytest.mark.parametrize(("source", "expected"), [
    ("articles/today.txt", "today.mp3"),
    ("page.html", "page.mp3"),
    ("-", "edition.mp3"),
    ("https://news.example/2024/04/story-123.html?id=5", "story-123.mp3"),
    ("https://news.example/", "news.example.mp3"),
    ("http://news.example/a/%D8%AE%D8%A8%D8%B1/", "خبر.mp3"),
])
def test_default_output_follows_the_source_name(source, expected):
    assert str(default_output(source)) == expected
