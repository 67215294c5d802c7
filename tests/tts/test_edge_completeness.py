"""How the edge engine tells an answer cut short from a complete one (pure logic, no server)."""

from tts.base import WordTiming
from tts.edge_engine import _stopped_early

TEXT = "أعلنت الحكومة اليوم خطة جديدة"
WORDS = [WordTiming(word, 100 + 400 * index, 400 + 400 * index) for index, word in enumerate(TEXT.split())]


def test_a_complete_answer_is_complete():
    assert not _stopped_early(TEXT, WORDS, 2100, 1.0)


def test_audio_ending_before_the_last_reported_word_is_cut_short():
    assert _stopped_early(TEXT, WORDS, 1700, 1.0)


def test_words_left_after_the_last_report_with_no_room_for_them_is_cut_short():
    assert _stopped_early(TEXT, WORDS[:3], 1300, 1.0)


def test_a_final_word_the_service_did_not_report_but_spoke_is_accepted():
    assert not _stopped_early(TEXT, WORDS[:4], 2100, 1.0)


def test_a_word_reported_in_another_form_concludes_nothing():
    words = WORDS[:4] + [WordTiming("جديدةٌ", 1700, 2000)]
    assert not _stopped_early(TEXT, words, 2100, 1.0)
