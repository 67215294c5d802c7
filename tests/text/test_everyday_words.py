"""Rules keyed on a word that is also an everyday verb or noun (تابع, نشر في, سجل, جاري, المصدر, a bracketed gloss),
and the line model's call to the reader, inside the article's prose: the article's sentence stays, the furniture the
rule was written for goes (reviewer, s15review2.md F1-F4, F6-F11, F13). Our own pages, in the probes' shapes."""

import pytest

from text.lineshape import calls_the_reader
from text.plain import parse_plain

HEAD = "مهرجان الأفلام القصيرة يفتتح دورته العاشرة بمشاركة ثلاثين دولة"
OPENING = ("افتتح المهرجان الدولي للأفلام القصيرة دورته العاشرة مساء السبت في قاعة المدينة الكبرى، بمشاركة أكثر "
           "من مئة فيلم من ثلاثين دولة.")
CLOSING = "ويستمر المهرجان أسبوعا كاملا في قاعات المدينة الثقافية، وتعلن الجوائز في حفل الختام."


def spoken(article):
    return [text for section in article.sections for text in (section.title, *section.paragraphs) if text]


def reasons(article):
    return {item.text: item.reason for item in article.dropped}


def _between(line: str, *, label: str = "ثقافة") -> object:
    """A short report: a category, the title, a paragraph, ``line``, a closing paragraph."""
    return parse_plain("\n".join([label, HEAD, OPENING, line, CLOSING]) + "\n")


@pytest.mark.parametrize("line", [
    "شاهد الحفل أكثر من ألفي متفرج.",  # F13: past tenses spelt as calls ("watched", "took part", "carried")
    "شارك في التحكيم خمسة مخرجين.",
    "حمل الفائزون جوائزهم إلى المسرح.",
])
def test_a_short_sentence_opening_with_a_past_tense_spelt_as_a_call_is_spoken(line):
    article = _between(line)
    assert spoken(article) == [OPENING, line, CLOSING], reasons(article)
    assert not calls_the_reader(line)


@pytest.mark.parametrize("line", ["تابعونا على فيسبوك.", "اضغط هنا للمزيد.", "شارك برأيك في التعليقات.",
                                  "حمل تطبيقنا على هاتفك.", "الرجاء عدم نسخ المحتوى."])
def test_a_call_to_the_reader_calls_whatever_its_first_word_is_spelt_like(line):
    assert calls_the_reader(line)
