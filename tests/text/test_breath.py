"""text/breath.py: a long unpunctuated run is read in breath groups, cut where a reader would breathe."""

import re

from hypothesis import given
from hypothesis import strategies as st

from text.breath import CONTINUES, breath_cuts, breath_groups
from text.speech import SpeechStyle, speak_paragraph

FILLER = "قال المسؤول ان المشروع الجديد سيفتح ابوابه امام الزوار".split()  # no clause opener, no و


def run(count: int, *, at: dict[int, str] | None = None) -> list[str]:
    """``count`` filler words, with ``at``'s words put in at their indexes."""
    words = [FILLER[index % len(FILLER)] for index in range(count)]
    for index, word in (at or {}).items():
        words[index] = word
    return words


def group_sizes(groups: list[str]) -> list[int]:
    return [len(group.split()) for group in groups]


def words_of(groups: list[str]) -> list[str]:
    return " ".join(group.removesuffix(CONTINUES) for group in groups).split()


def test_a_long_run_is_cut_into_near_equal_groups_that_keep_every_word_in_order() -> None:
    words = run(45)
    groups = breath_groups(" ".join(words), 20)
    assert len(groups) == 3 and all(13 <= size <= 20 for size in group_sizes(groups))
    assert words_of(groups) == words


def test_every_group_but_the_last_ends_as_a_clause_that_goes_on() -> None:
    groups = breath_groups(" ".join(run(45)) + ".", 20)
    assert [group.endswith(CONTINUES) for group in groups] == [True, True, False]
    assert groups[-1].endswith(".")


def test_a_run_at_the_limit_and_runs_parted_by_a_comma_are_left_whole() -> None:
    at_limit = " ".join(run(20))
    assert breath_groups(at_limit, 20) == [at_limit]
    parted = " ".join(run(20)) + "، " + " ".join(run(20)) + "."
    assert breath_groups(parted, 20) == [parted]


def test_no_limit_means_no_cut() -> None:
    text = " ".join(run(80))
    assert breath_groups(text, None) == [text]


def test_the_cut_goes_before_a_clause_opener_near_the_even_split() -> None:
    words = run(30, at={17: "الذي"})
    groups = breath_groups(" ".join(words), 20)
    assert groups[1].split()[0] == "الذي"


def test_the_cut_goes_before_a_word_with_the_conjunction_wa_before_any_other_word() -> None:
    words = run(30, at={13: "وكانت"})
    assert breath_groups(" ".join(words), 20)[1].split()[0] == "وكانت"


def test_a_clause_opener_is_found_under_diacritics() -> None:
    words = run(30, at={17: "الَّذِي"})
    assert breath_groups(" ".join(words), 20)[1].split()[0] == "الَّذِي"


def test_a_dash_the_engine_reads_without_a_pause_is_the_best_place() -> None:
    words = run(30, at={12: "–", 17: "الذي"})
    groups = breath_groups(" ".join(words), 20)
    assert groups[0].split()[-1] == "–" and not groups[0].endswith(CONTINUES)


def test_never_inside_a_spelled_out_number() -> None:
    number = "ألفين وأربعة وعشرين".split()
    words = run(30, at={14: number[0], 15: number[1], 16: number[2]})
    text = " ".join(words)
    groups = breath_groups(text, 20)
    assert len(groups) == 2 and "ألفين وأربعة وعشرين" in groups[0] + " " + groups[1]
    assert all(" ".join(number) in group or not set(number) & set(group.split()) for group in groups)


def first_cut(words: list[str]) -> int:
    """The index of the word that opens the second group of ``words`` (cut at 20 words)."""
    text = " ".join(words)
    return len(text[:breath_cuts(text, 20)[0]].split())


def test_never_inside_a_spelled_out_number_with_the_article() -> None:
    words = run(30, at={14: "الثلاثمئة", 15: "والعشرة"})
    groups = breath_groups(" ".join(words), 20)
    assert any("الثلاثمئة والعشرة" in group for group in groups)


def test_a_word_whose_root_starts_with_fa_is_no_conjunction() -> None:
    words = run(30, at={15: "قطاعا", 16: "فعالا", 13: "فائق"})
    assert words[first_cut(words)] not in ("فعالا", "فائق")


def test_a_conjunction_before_an_imperfect_verb_still_opens_a_group() -> None:
    words = run(30, at={13: "ويقول"})
    assert words[first_cut(words)] == "ويقول"


def test_never_right_after_a_title() -> None:
    for title in ("الشيخ", "الدكتور", "الرئيس", "الأمير", "السيد"):
        words = run(30, at={14: title, 15: "صباح"})  # the even split is between them
        assert first_cut(words) != 15


def test_never_right_after_a_leaning_word() -> None:
    for word in ("بسبب", "بأن", "إلا", "أن", "إن"):
        words = run(30, at={14: word, 15: "صباح"})
        assert first_cut(words) != 15


def test_never_right_after_a_preposition() -> None:
    words = run(30, at={14: "في", 15: "على", 16: "من"})
    cut = len(" ".join(words)[:breath_cuts(" ".join(words), 20)[0]].split())
    assert words[cut - 1] not in ("في", "على", "من")


texts = st.lists(st.sampled_from(FILLER + ["الذي", "وكان", "–", "ألفين", "وعشرين", "في", "،", "."]),
                 min_size=1, max_size=120).map(" ".join)


@given(texts, st.integers(min_value=2, max_value=30))
def test_groups_hold_every_word_in_order_and_are_never_empty(text: str, limit: int) -> None:
    groups = breath_groups(text, limit)
    assert all(group and group == group.strip() for group in groups)
    assert re.sub(rf"[{CONTINUES}\s]", "", "".join(groups)) == re.sub(rf"[{CONTINUES}\s]", "", text)
    assert "".join(groups).count(CONTINUES) - text.count(CONTINUES) <= len(groups) - 1
    assert all(group.endswith(CONTINUES) or not re.search(r"\w$", group) for group in groups[:-1])


def test_a_spoken_sentence_knows_where_its_breaths_are() -> None:
    style = SpeechStyle(max_chars=None, verbalise_numbers=False, diacritise=False, breath_words=20)
    sentence = speak_paragraph(" ".join(run(45)) + ".", style)[0]
    assert len(sentence.chunks) == 3 and sentence.breaths == (0, 1)
    plain = SpeechStyle(max_chars=None, verbalise_numbers=False, diacritise=False)
    assert speak_paragraph(" ".join(run(45)) + ".", plain)[0].breaths == ()


def test_a_cut_made_for_the_engines_length_limit_is_no_breath() -> None:
    style = SpeechStyle(max_chars=120, verbalise_numbers=False, diacritise=False, breath_words=20)
    sentence = speak_paragraph(" ".join(run(45)) + ".", style)[0]
    assert len(sentence.chunks) > 1 and all(len(chunk.split()) <= 20 for chunk in sentence.chunks)
    assert sentence.breaths == () and not any(chunk.endswith(CONTINUES) for chunk in sentence.chunks)
