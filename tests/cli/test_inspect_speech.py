"""`audio-edition inspect --speech`: what each engine is asked to say, and that build sends exactly that."""

import json
import re
import socket
from pathlib import Path

import pytest
from pydub.generators import Sine

import tts.registry
from audio_edition.cli import main
from bench.shared_folder import SHARED
from tts.base import Availability

NUMBERS_ARTICLE = SHARED / "corpus" / "cnnarabic_numbers.txt"
DIACRITICS = re.compile("[\u064b-\u0652\u0670]")

ARTICLE = """\
تقرير اقتصادي: الأرباح تتعافى في 2024
ارتفعت أرباح شركة SpaceX بنسبة 12% خلال 3 سنوات، وبلغت $18.5 مليار.
وقال د. سامي إن الطلب زاد منذ 7 أكتوبر 2023 بعد تراجع طويل.

آفاق العام المقبل
يتوقع المحللون نموا يبلغ 1.7 نقطة في الربع الأول من العام المقبل، ويرون أن سعر السهم قد يصل إلى €25 قريبا.
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "market.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("inspect --speech touched the network")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(tts.registry, "google_reachable", refuse)


def inspect_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["inspect", *args, "--speech", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def all_chunks(plan: dict) -> list[str]:
    return [chunk for part in plan["parts"] for chunk in part["chunks"]]


def test_json_has_the_stable_keys_and_part_kinds(article, capsys, no_network) -> None:
    plan = inspect_json(capsys, str(article), "--engine", "gtts")
    assert list(plan) == ["engine", "max_chars", "parts", "breath_words"]
    assert (plan["engine"], plan["max_chars"], plan["breath_words"]) == ("gtts", 100, None)
    assert [(p["kind"], p["section"]) for p in plan["parts"]] == [
        ("headline", 0), ("paragraph", 1), ("paragraph", 1), ("title", 2), ("paragraph", 2)]
    assert all(list(part) == ["kind", "section", "chunks"] for part in plan["parts"])


def test_gtts_gets_digits_as_written_in_chunks_of_100(article, capsys, no_network) -> None:
    chunks = all_chunks(inspect_json(capsys, str(article), "--engine", "gtts"))
    assert all(len(chunk) <= 100 for chunk in chunks)
    assert any("12%" in chunk for chunk in chunks)


def test_auto_shows_gtts_without_probing_the_network(article, capsys, no_network) -> None:
    assert inspect_json(capsys, str(article))["engine"] == "gtts"


def test_espeak_gets_numbers_in_words_and_diacritised_text(article, capsys, no_network) -> None:
    plan = inspect_json(capsys, str(article), "--engine", "espeak")
    assert (plan["engine"], plan["max_chars"]) == ("espeak", None)  # espeak takes whole sentences
    spoken = " ".join(all_chunks(plan))
    assert not re.search(r"[0-9٠-٩%$€]", spoken)
    assert DIACRITICS.search(spoken)
    bare = DIACRITICS.sub("", spoken)
    for phrase in ("اثني عشر بالمئة", "ثلاث سنوات", "ثمانية عشر فاصلة خمسة مليار دولار", "دكتور سامي",
                   "السابع من أكتوبر ألفين وثلاثة وعشرين", "واحد فاصلة سبعة نقطة", "خمسة وعشرين يورو"):
        assert phrase in bare


def test_lexicon_file_changes_what_the_engine_is_asked_to_say(article, tmp_path, capsys, no_network) -> None:
    lexicon = tmp_path / "names.tsv"
    lexicon.write_text("SpaceX\tسبيس إكس\n", encoding="utf-8")
    chunks = all_chunks(inspect_json(capsys, str(article), "--engine", "gtts", "--lexicon", str(lexicon)))
    assert any("شركة سبيس إكس" in chunk for chunk in chunks)
    assert not any("SpaceX" in chunk for chunk in chunks)


def test_text_output_numbers_each_chunk_under_its_part(article, capsys, no_network) -> None:
    assert main(["inspect", str(article), "--speech", "--engine", "gtts"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("engine: gtts (chunks of at most 100 characters)")
    assert "== headline" in out and "== section 2 title" in out
    assert re.search(r"^\s+1\| تقرير اقتصادي:", out, re.MULTILINE)


def test_malformed_lexicon_is_one_error_line_naming_file_and_line(article, tmp_path, capsys) -> None:
    lexicon = tmp_path / "bad.tsv"
    lexicon.write_text("# names\nماسك\tماسْك\nبلا عمود ثان\n", encoding="utf-8")
    assert main(["inspect", str(article), "--speech", "--lexicon", str(lexicon)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"audio-edition: error: {lexicon}:3: ")
    assert len(err.strip().splitlines()) == 1


def test_speech_options_without_speech_are_refused(article, capsys) -> None:
    assert main(["inspect", str(article), "--engine", "espeak"]) == 2
    assert "--speech" in capsys.readouterr().err


class RecordingEngine:
    """An espeak stand-in (same capabilities) that records each text it is asked to say."""

    name = "espeak"
    max_chars = 400
    sample_rate = 22050
    needs_verbalised_numbers = True
    wants_diacritics = True
    breath_words = 20
    needs_network = False

    def __init__(self) -> None:
        self.texts: list[str] = []

    def availability(self) -> Availability:
        return Availability(True, "records requests")

    def identity(self) -> str:
        return "recording"

    def synthesize(self, text, options):
        self.texts.append(text)
        return Sine(220, sample_rate=self.sample_rate).to_audio_segment(duration=120, volume=-20)  # mono 16-bit


def test_build_sends_the_engine_exactly_what_inspect_shows(article, tmp_path, capsys, monkeypatch) -> None:
    engine = RecordingEngine()
    monkeypatch.setitem(tts.registry.ENGINES, "espeak", lambda settings: engine)
    lexicon = tmp_path / "names.toml"
    lexicon.write_text('"SpaceX" = "سبيس إكس"\n', encoding="utf-8")
    shown = all_chunks(inspect_json(capsys, str(article), "--engine", "espeak", "--lexicon", str(lexicon)))
    assert engine.texts == []
    status = main(["build", str(article), "--engine", "espeak", "--lexicon", str(lexicon), "--jobs", "1",
                   "--no-cache", "--no-sidecars", "-q", "-o", str(tmp_path / "market.mp3")])
    assert status == 0
    assert engine.texts == shown
    assert any("سبيس" in DIACRITICS.sub("", text) for text in engine.texts)


@pytest.mark.skipif(not NUMBERS_ARTICLE.is_file(), reason=f"{NUMBERS_ARTICLE} is absent (shared corpus)")
def test_espeak_reads_every_number_of_the_numbers_article_in_words(capsys, no_network) -> None:
    chunks = all_chunks(inspect_json(capsys, str(NUMBERS_ARTICLE), "--engine", "espeak"))
    for chunk in chunks:
        assert not re.search(r"[0-9٠-٩%$€]", chunk), chunk
    spoken = DIACRITICS.sub("", " ".join(chunks))
    expected = [
        "عنها ثلاثة وثلاثون ألفا ومئة وخمسة وسبعون قتيلا وخمسة وسبعون ألفا وثمانمئة وستة وثمانون مصابا",
        "السابع من أكتوبر، تشرين الأول",
        "إلى ثلاثة وثلاثين ألفا ومئة وخمسة وسبعين قتيلا، وخمسة وسبعين ألفا وثمانمئة وستة وثمانين مصابا",
        "الخامس من أبريل، نيسان ألفين وأربعة وعشرين",
        "أكثر من تسعة آلاف وخمسمئة امرأة، وأربعة عشر ألفا وخمسمئة طفل",
        "حوالي واحد فاصلة سبعة مليون شخص",
        "أن ثمانية وعشرين طفلا",
        "كانون الأول ألفين وثلاثة وعشرين",
        "بنحو ثمانية عشر فاصلة خمسة مليار دولار",
        "في عام ألفين واثنين وعشرين",
    ]
    for phrase in expected:
        assert phrase in spoken
    # The words are right; the case is not decided here (genitive after the noun تضرر and accusative
    # after the verb يعادل are not recognised, so either ending is accepted).
    assert re.search("ست(?:ون|ين) بالمئة من المباني السكنية وثمان(?:ون|ين) بالمئة من المنشآت", spoken)
    assert re.search("يعادل سبعة وتسع(?:ون|ين) بالمئة", spoken)


MEASURES_ARTICLE = """\
موجة برد تضرب المنطقة
انخفضت الحرارة إلى -5 درجات، وسجلت القمم -12 °م، وتساقطت ثلوج بسماكة 40 سم على طريق طوله 50 كم.
وحصلت المعارضة على 1/3 المقاعد و¼ الأصوات، وتراجع النمو -0.5% بينما انتهت المباراة 2-1.
"""


def test_espeak_gets_no_minus_fraction_or_unit_abbreviation(tmp_path, capsys, no_network) -> None:
    path = tmp_path / "cold.txt"
    path.write_text(MEASURES_ARTICLE, encoding="utf-8")
    spoken = DIACRITICS.sub("", " ".join(all_chunks(inspect_json(capsys, str(path), "--engine", "espeak"))))
    assert not re.search(r"[\d%/½¼−-]|\s(?:كم|سم|°م|°)(?!\w)", spoken), spoken
    for words in ("خمس درجات تحت الصفر", "اثنتي عشرة درجة مئوية تحت الصفر", "أربعين سنتيمترا",
                  "خمسون كيلومترا", "ثلث المقاعد", "ربع الأصوات", "سالب صفر فاصلة خمسة بالمئة",
                  "اثنان مقابل واحد"):
        assert words in spoken
