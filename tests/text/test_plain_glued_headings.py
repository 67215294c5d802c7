"""Sub-headings glued to the end of flattened paragraphs (one section per long line)."""

from text.headings import heading_tail
from text.plain import parse_plain

SENTENCE = "وتحدث الباحثون في المؤتمر عن تاريخ المدينة القديمة وأسواقها ومكتباتها التي ازدهرت قرونا طويلة."


def section(sentences: int = 6) -> str:
    return " ".join([SENTENCE] * sentences)  # 13 words a sentence: 78 words


def test_headings_glued_to_paragraph_ends_start_sections():
    text = "\n".join(["تاريخ المدينة القديمة", section() + " الأسواق القديمة", section() + "  المكتبات العامة",
                      section()]) + "\n"
    article = parse_plain(text)
    assert [s.title for s in article.sections] == [None, "الأسواق القديمة", "المكتبات العامة"]
    assert all(p == section() for s in article.sections for p in s.paragraphs)


def test_one_unpunctuated_paragraph_end_is_not_taken_for_a_heading():
    text = "\n".join(["تاريخ المدينة القديمة", section() + " الأسواق القديمة", section()]) + "\n"
    assert [s.title for s in parse_plain(text).sections] == [None]


def test_tail_opening_like_a_sentence_is_not_a_heading():
    assert heading_tail(section() + " وقال الباحث", has_next=True) is None


def test_tail_ending_with_a_particle_is_not_a_heading():
    assert heading_tail(section() + " المدينة في", has_next=True) is None


def test_tail_with_a_comma_is_not_a_heading():
    assert heading_tail(section() + " الأسواق، والمكتبات", has_next=True) is None


def test_short_line_tail_is_not_a_heading():
    assert heading_tail(SENTENCE + " الأسواق القديمة", has_next=True) is None


def test_last_line_tail_is_not_a_heading():
    assert heading_tail(section() + " الأسواق القديمة", has_next=False) is None


def test_tail_is_cut_after_the_sentence_end():
    assert heading_tail(section() + " الأسواق القديمة", has_next=True) == (section(), "الأسواق القديمة")
