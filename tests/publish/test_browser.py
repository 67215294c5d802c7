"""The episode page in real headless Chromium, served by our own server on 127.0.0.1."""

import pytest

from . import browser
from .conftest import TRICKY_HEADLINE

pytestmark = [pytest.mark.browser, pytest.mark.skipif(browser.missing() is not None,
                                                      reason=browser.missing() or "")]


@pytest.fixture(scope="module")
def driver():
    with browser.chromium() as chromium:
        yield chromium


def test_page_loads_with_the_headline_and_the_mp3(driver, served, episode):
    driver.get(served + episode.page)
    assert driver.find_element("css selector", "h1").text == TRICKY_HEADLINE
    assert browser.wait_for_audio(driver) == pytest.approx(episode.duration_ms / 1000, abs=1.0)


def test_clicking_a_chapter_seeks_to_its_start(driver, served, episode):
    driver.get(served + episode.page)
    browser.wait_for_audio(driver)
    start, current, _ = browser.click_chapter(driver, -1)
    assert start > 0
    assert start - 0.01 <= current <= start + 1.0


def test_transcript_highlight_follows_the_chapter_click(driver, served, episode):
    driver.get(served + episode.page)
    browser.wait_for_audio(driver)
    starts = browser.cue_starts(driver)
    for index in (-1, 1):
        _, current, highlighted = browser.click_chapter(driver, index)
        assert highlighted == max(s for s in starts if s <= current + 0.05)


def test_clicking_a_sentence_seeks_to_it(driver, served, episode):
    driver.get(served + episode.page)
    browser.wait_for_audio(driver)
    cue = driver.find_elements("css selector", "#transcript .cue")[-1]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", cue)
    cue.click()
    current = driver.execute_script("var a = document.getElementById('player'); a.pause(); return a.currentTime")
    assert float(cue.get_attribute("data-start")) - 0.01 <= current <= float(cue.get_attribute("data-start")) + 1.0
    assert "active" in cue.get_attribute("class")


def test_page_fits_a_phone_screen_without_sideways_scrolling(driver, served, episode):
    driver.get(served + episode.page)
    width, scroll = driver.execute_script("return [window.innerWidth, document.documentElement.scrollWidth]")
    assert width <= 450 and scroll <= width


def test_page_is_laid_out_right_to_left(driver, served, episode):
    driver.get(served + episode.page)
    assert driver.execute_script("return getComputedStyle(document.body).direction") == "rtl"
