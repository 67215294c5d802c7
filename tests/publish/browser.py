"""Headless Debian Chromium driven by selenium, kept off the network and away from selenium-manager."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--mute-audio", "--window-size=600,1000")
PHONE = {"deviceMetrics": {"width": 412, "height": 915, "pixelRatio": 2.0, "touch": True, "mobile": True}}
"""412×915 CSS pixels, touch, mobile viewport rules: a common phone screen (headless windows are 500 px or wider)."""


def missing() -> str | None:
    """Why the browser test cannot run here, or None when it can."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not path.exists():
            return f"{path} is not installed (bash tests/setup_browser.sh installs Debian's chromium)"
    return None


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.add_experimental_option("mobileEmulation", PHONE)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        driver.set_page_load_timeout(30)
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait_for_audio(driver, timeout: float = 15) -> float:
    """Wait until the page's player has loaded the MP3's metadata; its duration in seconds."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(
        lambda d: d.execute_script("return document.getElementById('player').readyState >= 1"))
    return driver.execute_script("return document.getElementById('player').duration")


def click_chapter(driver, index: int) -> tuple[float, float, float | None]:
    """Click chapter ``index``; (its start, audio.currentTime, start of the highlighted cue) just after."""
    from selenium.webdriver.common.by import By

    button = driver.find_elements(By.CSS_SELECTOR, "#chapters .chapter")[index]
    start = float(button.get_attribute("data-start"))
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()
    current, cue = driver.execute_script(
        "var a = document.getElementById('player'); a.pause();"
        "var c = document.querySelector('#transcript .cue.active');"
        "return [a.currentTime, c ? parseFloat(c.dataset.start) : null];")
    return start, current, cue


def cue_starts(driver) -> list[float]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#transcript .cue')).map(c => parseFloat(c.dataset.start));")


def check_episode_page(driver, url: str, expected_seconds: float) -> None:
    """The episode-page behaviour a listener relies on; raises AssertionError on the first failure."""
    driver.get(url)
    duration = wait_for_audio(driver)
    assert abs(duration - expected_seconds) < 1.0, (duration, expected_seconds)
    starts = cue_starts(driver)
    chapters = len(driver.execute_script("return document.querySelectorAll('#chapters .chapter')"))
    assert chapters >= 2 and starts
    for index in (chapters - 1, 1):
        start, current, cue = click_chapter(driver, index)
        assert start - 0.01 <= current <= start + 1.0, (index, start, current)
        assert cue == max(s for s in starts if s <= current + 0.05), (index, current, cue)
