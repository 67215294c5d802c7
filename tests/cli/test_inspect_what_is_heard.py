"""`audio-edition inspect --speech --engine espeak` on a page with a newsroom's marks, run as a user runs it: a title
abbreviated in quotes or brackets is read whole within its sentence, a number grouped a typo's way or with dots is
read as a number, a bar is never read, and every word the page gives is kept. The page is written for the test (no
real page's text)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

DIACRITICS = re.compile("[\u064b-\u0652\u0670]")
HEADLINE = "المحافظة تبدأ ترميم سوق الحرفيين |"
LEAD = ('بدأت محافظة الوادي اليوم ترميم سوق الحرفيين القديم، بحضور مدير الأشغال "م. كريم الزين" ومديرة '
        "الآثار (د. هالة الشامي) وأستاذ العمارة «أ.د. فادي الأسمر».")
MONEY = ("وقال مدير الأشغال إن الترميم يمول بمنحة قيمتها (2000,000$)، وإن كلفة المرحلة الثانية تبلغ 3.000.000 يورو "
         "بحسب التقديرات الأولى للمحافظة.")
LAST = "الوادي | ويتوقع أن تنتهي الأعمال قبل الشتاء، على أن يعود الحرفيون إلى محالهم مطلع الربيع وفق التقدي"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "craft-market.txt"
    path.write_text("\n".join([HEADLINE, LEAD, MONEY, LAST]) + "\n", encoding="utf-8")
    return path


def test_inspect_keeps_every_word_the_page_gives(run_cli, article) -> None:
    result = run_cli("inspect", str(article), "--json")
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    paragraphs = shown["sections"][0]["paragraphs"]
    assert paragraphs[0] == LEAD and paragraphs[-1] == LAST  # a last word cut by the page's end is article text


def test_espeak_hears_titles_and_numbers_whole_and_no_bar(run_cli, article) -> None:
    result = run_cli("inspect", str(article), "--speech", "--engine", "espeak", "--json")
    assert result.returncode == 0, result.stderr
    parts = json.loads(result.stdout)["parts"]
    chunks = [DIACRITICS.sub("", chunk) for part in parts for chunk in part["chunks"]]
    heard = " ".join(chunks)
    assert [part["kind"] for part in parts] == ["headline", "paragraph", "paragraph", "paragraph"]
    # One chunk a sentence for espeak: the lead is one sentence, its titles said in full inside it.
    lead = [DIACRITICS.sub("", chunk) for chunk in parts[1]["chunks"]]
    assert len(lead) == 1
    assert all(title in lead[0] for title in ('"مهندس كريم', "(دكتور هالة", "«الأستاذ الدكتور فادي"))
    assert "(مليونا دولار)" in heard and "ثلاثة ملايين يورو" in heard
    assert "|" not in heard and lead[0].startswith("بدأت محافظة")
    assert chunks[0] == "المحافظة تبدأ ترميم سوق الحرفيين" and chunks[-1].startswith("الوادي، ويتوقع")
    assert chunks[-1].endswith("وفق التقدي")
