"""Offline editions of two hard shapes pass their own `check`: a list of short items, a long unpunctuated paragraph.

Both are built with the real espeak engine and LAME, and checked by decoding the MP3, as a user runs them.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from audio.check.findings import SILENCE_THRESHOLD_DBFS, measure
from audio.check.silence import silent_windows

ITEMS = ("خط الشمال متأخر قليلا", "خط الجنوب في موعده", "خط الساحل متأخر ساعة", "خط الصحراء متوقف تماما",
         "خط المدينة يعمل جزئيا", "خط الميناء في موعده", "خط المطار متأخر قليلا", "خط الجامعة يعمل كالمعتاد",
         "خط الوادي متوقف للصيانة")
LIST_ARTICLE = "# مواعيد القطارات يوم الجمعة\n\nأعلنت الهيئة مواعيد القطارات المتأخرة اليوم.\n\n" + \
    "".join(f"{item}.\n\n" for item in ITEMS)

RUN_ARTICLE = """\
# رحلة العودة إلى القرية

عاد الكاتب إلى قريته بعد غياب طويل عن الأهل والأصدقاء الذين تركهم صغارا في البيوت القديمة على ضفة النهر \
ووجد أن كل شيء قد تغير من حوله فلا الطرق بقيت كما كانت ولا الحقول ظلت خضراء كما عرفها في طفولته الأولى وحين \
سأل عن رفاقه القدامى قيل له إن أكثرهم رحل إلى المدن البعيدة بحثا عن العمل والرزق وإن من بقي منهم صار شيخا \
كبيرا لا يكاد يذكر أيام اللعب في الساحة الواسعة أمام المسجد القديم الذي هدم قبل سنوات وبني مكانه سوق صغير \
للخضار والفاكهة.
"""

PAUSE_S = 0.25


def longest_stretch_s(silent: np.ndarray, window_s: float) -> float:
    """The longest stretch from a sound to a sound with no silence of PAUSE_S in it (shorter gaps inside)."""
    longest = current = quiet = 0
    for is_silent in silent:
        if is_silent:
            quiet += 1
            if quiet * window_s >= PAUSE_S:
                current = 0
        else:
            current, quiet = current + quiet + 1 if current else 1, 0
            longest = max(longest, current)
    return longest * window_s


def longest_breathless_s(mp3: Path) -> float:
    _, measured = measure(mp3)
    return longest_stretch_s(silent_windows(measured.power, SILENCE_THRESHOLD_DBFS), measured.window_seconds)


@pytest.fixture(scope="module")
def speech_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("speech-cache")


def build_and_check(run_cli, tmp_path: Path, speech_cache: Path, name: str, text: str) -> tuple[Path, dict]:
    article = tmp_path / f"{name}.md"
    article.write_text(text, encoding="utf-8")
    mp3 = tmp_path / f"{name}.mp3"
    built = run_cli("build", str(article), "--engine", "espeak", "--strict", "-q", "-o", str(mp3),
                    "--cache-dir", str(speech_cache))
    assert built.returncode == 0, built.stdout + built.stderr
    checked = run_cli("check", str(mp3), "--json")
    assert checked.returncode == 0, checked.stdout
    return mp3, json.loads(checked.stdout)


@pytest.mark.slow
def test_a_list_of_short_items_reads_at_a_news_pace(run_cli, tmp_path, speech_cache) -> None:
    _, report = build_and_check(run_cli, tmp_path, speech_cache, "list", LIST_ARTICLE)
    listening = report["listening"]
    # The pauses between the items take a third of the file: over the whole file the pace looks slow...
    assert listening["pace_wpm"] < 120
    # ...but the voice speaks at the pace it always does, and that is what the rule judges.
    assert 130 < listening["speech_pace_wpm"] < 175 and listening["pauses_left_out"] >= len(ITEMS)
    assert next(r for r in report["rules"] if r["id"] == "listening.pace")["verdict"] == "pass"


@pytest.mark.slow
def test_a_long_unpunctuated_paragraph_is_read_in_breath_groups(run_cli, tmp_path, speech_cache) -> None:
    shown = run_cli("inspect", "--speech", "--json", "--engine", "espeak", "-", stdin=RUN_ARTICLE.encode())
    parts = json.loads(shown.stdout)["parts"]
    paragraph = next(part["chunks"] for part in parts if part["kind"] == "paragraph")
    assert len(paragraph) >= 4 and all(chunk.endswith("،") for chunk in paragraph[:-1])
    assert all(len(chunk.split()) <= 26 for chunk in paragraph)
    mp3, report = build_and_check(run_cli, tmp_path, speech_cache, "run", RUN_ARTICLE)
    # 88 words without a mark: espeak alone reads them in one 26 s breath.
    assert longest_breathless_s(mp3) < 9
    assert next(r for r in report["rules"] if r["id"] == "listening.pace")["verdict"] == "pass"


def test_the_longest_stretch_runs_over_short_gaps_and_stops_at_pauses() -> None:
    # 10 ms windows: sound 1 s, a 0.1 s gap (no pause), sound 2 s, a 0.3 s pause, sound 0.5 s
    silent = np.array([False] * 100 + [True] * 10 + [False] * 200 + [True] * 30 + [False] * 50)
    assert longest_stretch_s(silent, 0.01) == pytest.approx(3.1)
