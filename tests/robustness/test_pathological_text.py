"""Text shaped to make a regular expression backtrack: each input took minutes before (quadratic scans);
each must now finish in well under the bound (about a second here)."""

from __future__ import annotations

import threading

import pytest

from text.reader import parse_article
from text.verbalise import verbalise

BOUND = 30.0
"""Seconds: far above the linear time, far below the quadratic one (65-150 s measured before the fix)."""


def finishes(work) -> bool:
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(BOUND)
    return not thread.is_alive()


@pytest.mark.parametrize("text", [
    "عنوان\n\n" + "[" * 50000 + "نص" + "](" * 50000 + "\n",  # link brackets that never close
    "عنوان\n\n" + "_a " * 30000 + "\n",                      # emphasis markers that never close
], ids=["brackets", "emphasis"])
def test_markdown_with_markers_that_never_close(text):
    assert finishes(lambda: parse_article(text, name="odd.md", fmt="markdown"))


def test_a_long_run_of_digits_is_verbalised_in_linear_time():
    assert finishes(lambda: verbalise("1" * 20000))


def test_markdown_links_and_emphasis_still_read():
    article = parse_article("# عنوان الخبر\n\nقال **الوزير** إن [الخطة الجديدة](https://example.org/a) تبدأ _غدا_.\n",
                            name="a.md")
    assert list(article.sections[0].paragraphs) == ["قال الوزير إن الخطة الجديدة تبدأ غدا."]
