"""The speech cache: what its key covers, atomic entries, shared use and resuming."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from audio_edition.errors import SynthesisError
from tests.support.fake_google import FakeGoogle, ServerError, for_text
from tts.base import SynthesisOptions, pcm_segment
from tts.cache import SpeechCache, cache_key, default_cache_dir
from tts.gtts_engine import GttsConfig, GttsEngine
from tts.retry import RetryPolicy
from tts.runner import cache_identity, synthesize_all

OPTIONS = SynthesisOptions(lang="ar")
TEXT = "وصلت القافلة إلى المدينة"
TEXTS = [f"الفقرة رقم {number} من المقال" for number in range(1, 9)]


def gtts_engine(server: FakeGoogle) -> GttsEngine:
    return GttsEngine(GttsConfig(base_url=server.base_url, retry=RetryPolicy(retries=0)))


class Named:
    def __init__(self, name: str, identity: str) -> None:
        self.name, self._identity = name, identity

    def identity(self) -> str:
        return self._identity


def key(name="gtts", identity="gtts 2.5.4 endpoint=x", options=OPTIONS, text=TEXT) -> str:
    return cache_key(cache_identity(Named(name, identity)), options, text)


def test_same_engine_options_and_text_give_the_same_key():
    assert key() == key()


@pytest.mark.parametrize("change", [
    {"name": "espeak"},
    {"identity": "gtts 2.5.4 endpoint=https://mirror.example"},
    {"identity": "gtts 2.6.0 endpoint=x"},
    {"options": SynthesisOptions(lang="ar", slow=True)},
    {"options": SynthesisOptions(lang="ar", rate=1.1)},
    {"text": TEXT + "."},
    {"text": TEXT.replace("ال", "الْ", 1)},
], ids=["engine", "voice-or-endpoint", "package-version", "slow", "rate", "punctuation", "diacritic"])
def test_key_changes_with_everything_that_changes_the_audio(change):
    assert key(**change) != key()


def test_entries_round_trip_exactly(tmp_path):
    cache = SpeechCache(tmp_path)
    audio = pcm_segment(bytes(range(256)) * 10, 24000)
    cache.put("ab" * 32, audio)
    back = cache.get("ab" * 32)
    assert (back.raw_data, back.frame_rate) == (audio.raw_data, 24000)


def test_writing_leaves_no_temporary_files(tmp_path):
    cache = SpeechCache(tmp_path)
    for number in range(5):
        cache.put(f"{number:02d}" * 32, pcm_segment(b"\x01\x00" * 100, 24000))
    assert not [path for path in tmp_path.rglob("*") if path.name.startswith(".tmp-")]


def test_a_temporary_left_by_a_killed_run_is_removed_on_the_next_write_but_a_fresh_one_is_kept(tmp_path):
    import os
    import time

    cache = SpeechCache(tmp_path)
    key = cache_key("id", OPTIONS, TEXT)
    folder = tmp_path / key[:2]
    folder.mkdir()
    stale, fresh = folder / ".tmp-killed.wav", folder / ".tmp-writing.wav"
    stale.write_bytes(b"RIFF half a file")
    fresh.write_bytes(b"RIFF another run, writing now")
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    cache.put(key, pcm_segment(b"\x01\x00" * 800, 16000))
    assert not stale.exists()
    assert fresh.exists()  # a concurrent run's temporary is never touched
    assert cache.get(key) is not None


def test_a_damaged_entry_is_ignored_and_replaced(tmp_path, google):
    cache = SpeechCache(tmp_path)
    engine = gtts_engine(google)
    synthesize_all(engine, [TEXT], OPTIONS, cache=cache)
    (entry,) = tmp_path.rglob("*.wav")
    entry.write_bytes(b"RIFF not really")
    audio, stats = synthesize_all(engine, [TEXT], OPTIONS, cache=cache)
    assert stats.synthesised == 1 and len(audio[0]) > 0
    assert SpeechCache(tmp_path).get(entry.stem) is not None


def test_an_unwritable_cache_only_costs_speed(tmp_path, google, caplog):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    audio, stats = synthesize_all(gtts_engine(google), [TEXT], OPTIONS, cache=SpeechCache(blocked))
    assert stats.synthesised == 1 and len(audio[0]) > 0
    assert "could not write to the speech cache" in caplog.text


def test_default_folder_is_in_the_user_cache_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_dir().is_relative_to(tmp_path)


def test_a_rerun_makes_no_requests(tmp_path, google):
    cache = SpeechCache(tmp_path)
    first, _ = synthesize_all(gtts_engine(google), TEXTS, OPTIONS, cache=cache, jobs=4)
    google.reset()
    second, stats = synthesize_all(gtts_engine(google), TEXTS, OPTIONS, cache=cache, jobs=4)
    assert google.requests == [] and stats.from_cache == len(TEXTS)
    assert [a.raw_data for a in second] == [a.raw_data for a in first]


def test_a_failed_run_keeps_its_work_and_the_rerun_makes_only_what_is_missing(tmp_path, google):
    cache = SpeechCache(tmp_path)
    google.faults = [for_text(ServerError(500), "رقم 5 ")]
    with pytest.raises(SynthesisError):
        synthesize_all(gtts_engine(google), TEXTS, OPTIONS, cache=cache, jobs=1)
    made = set(google.answered_texts())
    assert made == set(TEXTS[:4])
    google.reset()
    _, stats = synthesize_all(gtts_engine(google), TEXTS, OPTIONS, cache=cache, jobs=1)
    assert sorted(google.answered_texts()) == sorted(set(TEXTS) - made)
    assert stats.from_cache == len(made)


def test_a_corrected_chunk_is_the_only_one_synthesised_again(tmp_path, google):
    cache = SpeechCache(tmp_path)
    synthesize_all(gtts_engine(google), TEXTS, OPTIONS, cache=cache, jobs=4)
    corrected = list(TEXTS)
    corrected[3] = corrected[3].replace("المقال", "المقالة")
    google.reset()
    synthesize_all(gtts_engine(google), corrected, OPTIONS, cache=cache, jobs=4)
    assert google.answered_texts() == [corrected[3]]


def test_two_runs_sharing_a_cache_at_once_both_get_complete_audio(tmp_path, google):
    google.latency = 0.05
    cache_root = tmp_path / "shared"
    outcomes: dict[str, list[bytes]] = {}

    def run(name: str) -> None:
        audio, _ = synthesize_all(gtts_engine(google), TEXTS, OPTIONS, cache=SpeechCache(cache_root), jobs=4)
        outcomes[name] = [segment.raw_data for segment in audio]

    runs = [threading.Thread(target=run, args=(name,)) for name in ("first", "second")]
    for thread in runs:
        thread.start()
    for thread in runs:
        thread.join()
    assert outcomes["first"] == outcomes["second"] and len(outcomes["first"]) == len(TEXTS)
    entries = list(Path(cache_root).rglob("*.wav"))
    assert len(entries) == len(TEXTS)
    assert all(SpeechCache(cache_root).get(entry.stem) is not None for entry in entries)
    assert not [path for path in cache_root.rglob(".tmp-*")]


def test_word_timings_are_cached_with_the_audio(tmp_path):
    from tts.base import Speech, WordTiming

    cache = SpeechCache(tmp_path)
    speech = Speech(pcm_segment(b"\x01\x00" * 2400, 24000), (WordTiming("كلمة", 10, 250), WordTiming("أخرى", 300, 420)))
    cache.put_speech("ab" * 32, speech, timed=True)
    assert cache.get_speech("ab" * 32, timed=True) == speech
    cache.put("cd" * 32, speech.audio)  # an entry written without its words (e.g. interrupted) is a miss
    assert cache.get_speech("cd" * 32, timed=True) is None
    assert cache.get_speech("cd" * 32, timed=False).audio == speech.audio
