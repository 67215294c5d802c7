"""What the listener hears around a page's marks: a one-letter abbreviation's dot in quotes or brackets ends no
sentence and the title is said in full ("د. NAME" -> دكتور NAME); "أ." is a title only before a given name (it is
also a grade, a vitamin, a list's mark); a run of bars "|" is a pause, never read. Every text is written for the
test (no real page's text)."""

import pytest

from text.blocks import first_sentence
from text.chunk import split_sentences
from text.speech import SpeechStyle, speak_paragraph, spoken_text
from text.verbalise import verbalise

ESPEAK = SpeechStyle(max_chars=None, verbalise_numbers=True, diacritise=False)
GTTS = SpeechStyle(max_chars=100, verbalise_numbers=False, diacritise=False)


@pytest.mark.parametrize("sentence", [
    'وأكد مدير الميناء "م. كريم الزين" أن الرافعات الجديدة تصل الشهر المقبل.',
    "وتابعت المعلمات الورشة مع المدربة (د. هالة الشامي) حتى المساء.",
    "وقدم رئيس القسم «أ.د. فادي الأسمر» محاضرته الأولى للطلبة.",
    "وقدم رئيس القسم أ.د. فادي الأسمر محاضرته الأولى للطلبة.",
    "وشارك في اللجنة عميد المعهد وا.د. فادي الأسمر منذ تأسيسها.",
    "ورفعت الشركة رسم الاشتراك إلى أربعين ألف ل.ل. في الأحياء الجبلية.",
    "ووقع الاتفاقية مدير البلدية ود. عادل الجبوري بعد اجتماع طويل.",
    "ووقع الاتفاقية مدير البلدية وم. عادل الجبوري بعد اجتماع طويل.",
])
def test_an_abbreviations_dot_in_quotes_brackets_or_a_row_ends_no_sentence(sentence: str) -> None:
    assert split_sentences(sentence) == [sentence]
    assert [len(spoken.chunks) for spoken in speak_paragraph(sentence, ESPEAK)] == [1]


def test_a_sentence_still_ends_after_a_word_and_a_full_stop() -> None:
    assert split_sentences("وتأجل الموعد مرة أخرى. وقال الحارس") == ["وتأجل الموعد مرة أخرى.", "وقال الحارس"]
    assert split_sentences("وبني السور عام 1870م. وقال الحارس") == ["وبني السور عام 1870م.", "وقال الحارس"]
    # "ود" is also a word (affection): joined to و before no name, its dot ends the sentence.
    assert split_sentences("وجمع بين الجارين ود. وقال الحارس") == ["وجمع بين الجارين ود.", "وقال الحارس"]


def test_a_first_sentence_standing_in_for_the_headline_goes_past_a_title_abbreviated() -> None:
    lead = "طالب رئيس اللجنة العميد د. كريم الزين التجار بخفض أسعار الخبز. وقال إن الطحين متوفر."
    assert first_sentence(lead) == ("طالب رئيس اللجنة العميد د. كريم الزين التجار بخفض أسعار الخبز.",
                                    "وقال إن الطحين متوفر.")


@pytest.mark.parametrize(("written", "heard"), [
    ('وأكد "م. كريم الزين" أن', 'وأكد "مهندس كريم الزين" أن'),
    ("مع المدربة (د. هالة الشامي)", "مع المدربة (دكتور هالة الشامي)"),
    ("رئيس القسم «أ.د. فادي الأسمر»", "رئيس القسم «الأستاذ الدكتور فادي الأسمر»"),
    ("رئيس القسم ا.د.فادي الأسمر", "رئيس القسم الأستاذ الدكتور فادي الأسمر"),
    ("عميد المعهد وا.د. فادي الأسمر", "عميد المعهد والأستاذ الدكتور فادي الأسمر"),
    ("الخطيب أ.د، فادي الأسمر", "الخطيب الأستاذ الدكتور فادي الأسمر"),
    ('أمين الصندوق "أ. كريم الزين"', 'أمين الصندوق "الأستاذ كريم الزين"'),
    ("أمين الصندوق أ. كريم الزين", "أمين الصندوق الأستاذ كريم الزين"),
    ("أمين الصندوق أ. عبد الله الزين", "أمين الصندوق الأستاذ عبد الله الزين"),
    # "و" joined to the title's letter
    ("مدير البلدية ود. عادل الجبوري", "مدير البلدية ودكتور عادل الجبوري"),
    ("مدير البلدية وم. عادل الجبوري", "مدير البلدية ومهندس عادل الجبوري"),
    ("مدير البلدية وأ. عادل الجبوري", "مدير البلدية والأستاذ عادل الجبوري"),
])
def test_a_title_abbreviated_before_a_name_is_said_in_full(written: str, heard: str) -> None:
    assert verbalise(written) == heard


@pytest.mark.parametrize("text", [
    "أ. ترميم الجسور في القرى",  # a list's first mark at the paragraph's start
    "وتضم المجموعة د. فرق الجنوب",  # the letter names a group
    "وتنص الفقرة أ. من المادة الخامسة",  # a clause's letter before a preposition
    # أ. names a grade, a vitamin, an item of an inline list: no given name follows it
    "وسجلت العيادة إصابات بالتهاب الكبد من النوع أ. وقالت الممرضة إن",
    "ويضعف نقص فيتامين أ. قدرة العين على الرؤية ليلًا",
    "وتقوم الخطة على ثلاثة محاور: أ. ترميم الجسور، ب. توسيع الطرق",
    "ونال الطالب تقدير أ. مرتين متتاليتين",
    "وبينهم ود. قديم منذ الطفولة",  # ود is a word here (affection)
])
def test_a_letter_that_names_a_part_or_an_item_is_no_title(text: str) -> None:
    assert verbalise(text) == text


@pytest.mark.parametrize(("written", "heard"), [
    ("الوادي | افتتحت البلدية سوق الخضار", "الوادي، افتتحت البلدية سوق الخضار"),
    ("البلدية تفتتح سوق الخضار |", "البلدية تفتتح سوق الخضار"),
    ("| البلدية تفتتح سوق الخضار ||", "البلدية تفتتح سوق الخضار"),
    ("أخبار محلية || اقتصاد | البلدية تفتتح", "أخبار محلية، اقتصاد، البلدية تفتتح"),
    ("وأضاف، | أن البلدية", "وأضاف، أن البلدية"),
])
def test_bars_are_a_pause_never_read(written: str, heard: str) -> None:
    for style in (ESPEAK, GTTS):
        assert spoken_text(written, style) == heard


def test_a_paragraph_of_bars_alone_says_nothing() -> None:
    assert speak_paragraph("|", ESPEAK) == [] and speak_paragraph(" || ", GTTS) == []
