"""The verbaliser: context rules (case, gender, years) and leaving nothing an engine reads badly."""

from hypothesis import given
from hypothesis import strategies as st

from text.verbalise import gender_of, leftovers, verbalise


def test_case_after_fi_is_oblique_and_nominative_otherwise() -> None:
    assert verbalise("سافر 20 لاعبا") == "سافر عشرون لاعبا"
    assert verbalise("في 20 مدينة") == "في عشرين مدينة"


def test_a_preposition_glued_to_the_number_makes_it_oblique() -> None:
    assert verbalise("فاز ب20 صوتا") == "فاز بعشرين صوتا"


def test_a_comma_before_the_number_cuts_the_context() -> None:
    assert verbalise("في المدينة، 20 مدرسة") == "في المدينة، عشرون مدرسة"


def test_gender_comes_from_the_counted_noun_after_the_number() -> None:
    assert verbalise("5 رجال و5 نساء") == "خمسة رجال وخمس نساء"


def test_feminine_nouns_by_ending_and_by_list() -> None:
    assert [gender_of(w) for w in ("امرأة", "شاحنات", "نساء", "رجلا", "مليارات", "دولارات")] == [
        "feminine", "feminine", "feminine", "masculine", "masculine", "masculine"]


def test_a_four_digit_number_counting_a_noun_is_not_read_as_a_year() -> None:
    assert verbalise("شارك 2000 شخص") == "شارك ألفا شخص"


def test_a_bracket_does_not_hide_the_preposition_before_a_number() -> None:
    assert verbalise("(نحو 20 كتابا)") == "(نحو عشرين كتابا)"


def test_200_before_its_noun_takes_the_construct_form() -> None:
    assert verbalise("دُفع 200 دولار") == "دُفع مئتا دولار"
    assert verbalise("بقي 200 فقط") == "بقي مئتان فقط"


def test_a_standalone_year_is_read_in_the_genitive() -> None:
    assert verbalise("حدث ذلك 2019.") == "حدث ذلك ألفين وتسعة عشر."


def test_slash_becomes_a_pause_not_the_word_slash() -> None:
    assert verbalise("أكتوبر/ تشرين الأول") == "أكتوبر، تشرين الأول"


def test_text_without_numbers_is_unchanged() -> None:
    assert verbalise("قال الوزير إن الحكومة ستعمل.") == "قال الوزير إن الحكومة ستعمل."


number_texts = st.lists(st.one_of(
    st.sampled_from(["في", "عام", "قتيلا", "امرأة", "من", "إلى", "بين", "،", "الساعة", "مساءً", "/", "-", "CNN",
                     "القرن", "ال", "بـ", "م.", "هـ", "ص", "$", "€", "£", "%", "USD", "مليار", "كم", "م", "°م",
                     "كغ", "كم²", "ملم", "درجات", "½", "¾", "⅓", "أن", "بلغ", "و", "FBI", "−", "ميغاواط"]),
    st.integers(min_value=0, max_value=10**13).map(str),
    st.integers(min_value=0, max_value=10**7).map("{:,}".format),
    st.integers(min_value=-999, max_value=-1).map(str),
    st.tuples(st.integers(0, 999), st.integers(0, 99)).map(lambda p: f"{p[0]}.{p[1]}"),
    st.tuples(st.integers(0, 40), st.integers(0, 70)).map(lambda p: f"{p[0]}:{p[1]:02d}"),
    st.tuples(st.integers(0, 30), st.integers(0, 30)).map(lambda p: f"{p[0]}/{p[1]}"),
    st.tuples(st.integers(0, 30), st.integers(0, 30)).map(lambda p: f"{p[0]}-{p[1]}"),
    st.integers(min_value=0, max_value=99999).map(lambda n: str(n).translate(str.maketrans("0123456789",
                                                                                            "٠١٢٣٤٥٦٧٨٩"))),
), min_size=1, max_size=12).flatmap(lambda parts: st.sampled_from([" ", ""]).map(lambda sep: sep.join(parts)))


@given(number_texts)
def test_nothing_an_offline_engine_misreads_survives_verbalisation(text: str) -> None:
    assert leftovers(verbalise(text)) == []


def test_leftovers_finds_what_an_engine_would_misread() -> None:
    assert leftovers("خمسون كم و 5% و½ و/") == ["خمسون كم", "5", "%", "½", "/"]
    assert leftovers("سالب خمسة، خمس درجات تحت الصفر، نصف") == []
    assert leftovers("القيمة -خمسة أو − ثلاثة") == ["-خمسة", "− ثلاثة"]
    assert leftovers("الحصيلة - خمسة قتلى") == []  # a dash between words, not a minus
