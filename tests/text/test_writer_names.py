"""A writer's bare name alone on a line, with no "كتب:" or "بقلم" (``text.names``, ``neighbours._writer_names``): at the
page's top over the lead, under the title over the date or the lead, maybe with the writer's role under it, or under
the deck when the page says it again after the last paragraph, it is furniture, never a section title. The same shape
heading a list article's parts, a part between paragraphs, or a title the lead speaks of stays as it was."""

from __future__ import annotations

import pytest

from tests.support.article_views import decisions, page, spoken
from text.names import bare_name, given_name_words, writer_role
from text.plain import parse_plain, split_plain

MENU = ("الرئيسية", "أخبار", "ثقافة", "رياضة", "اقتصاد")
FOOT = ("شارك", "تويتر", "جميع الحقوق محفوظة © 2025")
TITLE = "افتتاح أكبر مكتبة عامة في المحافظة بعد ثلاث سنوات من العمل"
DATE = "الخميس 8 مايو 2025"
DECK = "المكتبة الجديدة تضم أكثر من مئة ألف كتاب وقاعات للقراءة ومختبرا رقميا مفتوحا لطلاب المدارس مجانا."
LEAD = ("افتتح محافظ المدينة صباح اليوم المكتبة العامة الجديدة في حي الجامعة، بحضور عدد كبير من الكتاب والطلاب "
        "وأولياء الأمور.")
MORE = ("وتضم المكتبة ثلاثة طوابق خصص أولها للأطفال، فيما يحتوي الطابق الثاني على قاعات للمطالعة الهادئة، "
        "والثالث على أرشيف الصحف القديمة.")
LAST = ("ويأمل القائمون على المشروع أن تتحول المكتبة إلى ملتقى ثقافي دائم، ينظم الأمسيات والمعارض وورش الكتابة "
        "للشباب طوال العام.")
PART_ONE, PART_TWO = "قاعات للأطفال", "ملتقى للشباب"


def titles(article) -> list[str]:
    return [section.title for section in article.sections if section.title]


@pytest.mark.parametrize("text, rest", [
    ("هناء الدباغ", ("الدباغ",)), ("عبدالله الكعبي", ("الكعبي",)), ("عبد الرحمن منصور", ("منصور",)),
    ("نور الدين بن سالم", ("بن", "سالم")), ("منى أبو الرب", ("أبو", "الرب")), ("محمد يوسف", ("يوسف",)),
    ("سلوى حداد", ("حداد",)), ("محمد أحمد محمود الشريف", ("أحمد", "محمود", "الشريف")), ("محمد والي", ("والي",)),
])
def test_a_person_s_name_is_told_by_its_given_name(text, rest):
    assert bare_name(text) == rest


@pytest.mark.parametrize("text", [
    "محمد صلاح يعود",  # a verb: a title
    "جمال في كل مكان",  # a particle: a phrase
    "ارتفاع الأسعار",  # no given name
    "هناء",  # a given name alone
    "هناء الدباغ:",  # a mark: no bare name
    "محمد صلاح أفضل لاعب",  # a nominal sentence: more words than a name's
    "أمل كبير لمرضى السكري",  # a preposition glued to the article: a phrase
    "هدى للأطفال",
    "كامل العدد",  # an everyday word, no given name
    "خطاب الوداع",
    "أسماء الفائزين",
    "مختار القرية",
    "سامر يوسف الخطيب عبد الله الكبير",  # too long for a name line
    "سامر 2025",
])
def test_a_line_that_is_no_bare_name(text):
    assert bare_name(text) is None


def test_compound_and_glued_given_names():
    assert given_name_words(["عبد", "الله", "الكعبي"]) == 2
    assert given_name_words(["عبدالعزيز", "الكعبي"]) == 1
    assert given_name_words(["فاطمة", "الزهراء", "العمراني"]) == 2
    assert given_name_words(["إيمان", "علي"]) == given_name_words(["ايمان", "علي"]) == 1
    assert given_name_words(["عبدالجيد"]) == 0  # no such compound
    assert given_name_words(["ارتفاع", "الأسعار"]) == 0


@pytest.mark.parametrize("text, role", [
    ("كاتب وأكاديمي", True), ("كاتبة صحفية", True), ("محلل سياسي مصري", True), ("شاعر البيارات الحزينة", False),
    ("كاتب في زمن الحرب", False), ("خبير", True), ("كاتب الرواية حصل على الجائزة", False),
])
def test_a_writer_s_role_alone(text, role):
    assert writer_role(text) is role


@pytest.mark.parametrize("name", ["لمى العطار", "عبدالكريم الزين", "نور الدين بن سالم"])
def test_a_name_at_the_page_s_top_over_the_lead_is_no_section_title(name):
    """A page copied from its byline down: the name first, then the lead and the article's sub-headings."""
    text = page(name, LEAD, PART_ONE, MORE, PART_TWO, LAST, *FOOT)
    assert decisions(text)[name] == "writer's name"
    article = parse_plain(text)
    assert name not in spoken(article) and titles(article) == [PART_ONE, PART_TWO]
    assert article.byline != name  # a bare name is not published as the author (review_names M1)


def test_a_name_under_the_title_over_the_date_is_dropped():
    text = page(*MENU, TITLE, "غادة الشامي", DATE, LEAD, PART_ONE, MORE, PART_TWO, LAST, *FOOT)
    assert decisions(text)["غادة الشامي"] == "writer's name"
    article = parse_plain(text)
    assert "غادة الشامي" not in spoken(article) and titles(article) == [PART_ONE, PART_TWO]


OBITUARY = ("انتقل إلى رحمة الله تعالى صباح اليوم المرحوم سعيد منصور العبدالله عن عمر ناهز السبعين عاما، بعد حياة "
            "حافلة بالعطاء في التعليم.")


@pytest.mark.parametrize("heading, later, lead", [
    ("جمال الطبيعة", ("أسعار التذاكر", "مواعيد الزيارة"), LEAD),  # a feature's first sub-heading
    ("نور الشريف", ("بداياته", "أعماله"), LEAD),  # a profile's heading: the prose uses another name
    ("سعيد منصور العبدالله", ("موعد العزاء", "مكان الدفن"), OBITUARY),  # an obituary's heading: the lead names him
])
def test_a_name_shaped_sub_heading_under_the_title_right_over_the_lead_stays(heading, later, lead):
    """Under a title, a line right over the lead is as often the article's first sub-heading: main keeps it a
    section title, and a name there is no byline (review_names H1). A name in three parts is taken there only when
    the article never gives its family's name: an obituary's or a profile's heading names the one its paragraph
    speaks of."""
    text = page(*MENU, TITLE, DATE, heading, lead, later[0], MORE, later[1], LAST, *FOOT)
    assert decisions(text)[heading] != "writer's name"
    assert parse_plain(text).byline != heading


def test_a_name_shaped_title_at_the_top_over_the_date_is_no_writer_s_name():
    """At the page's top a line over the date is the title: a star's name or "عادل إمام" (review_names M1)."""
    text = page("هاني الزعبي", DATE, LEAD, MORE, LAST, *FOOT)
    assert decisions(text)["هاني الزعبي"] != "writer's name"
    assert parse_plain(text).byline != "هاني الزعبي"


def test_a_name_and_its_role_under_the_title_are_dropped():
    text = page(*MENU, TITLE, "باسل النجار", "كاتب وروائي", DATE, LEAD, PART_ONE, MORE, LAST, *FOOT)
    seen = decisions(text)
    assert seen["باسل النجار"] == seen["كاتب وروائي"] == "writer's name"
    assert titles(parse_plain(text)) == [PART_ONE]


def test_a_name_under_the_deck_said_again_after_the_article_is_dropped():
    """Under the deck the name may be a sub-heading (``test_edges``' keep-test); the page's author box saying it
    again under the last paragraph shows it is the byline."""
    text = page(*MENU, TITLE, DECK, "رشا الكردي", DATE, LEAD, PART_ONE, MORE, LAST, "رشا الكردي", *FOOT)
    article = parse_plain(text)
    assert "رشا الكردي" not in spoken(article)
    assert LEAD in spoken(article) and titles(article) == [PART_ONE]


SAMI = ("حصد سامي العبد الله لقب هداف الدوري برصيد خمسة وعشرين هدفا، ليصبح العبد الله أول لاعب من ناديه يحقق ذلك منذ "
        "عشرين عاما.")
WALID = ("وقاد وليد الشمري خط الوسط بثبات طوال الموسم، وصنع أكثر من خمس عشرة فرصة محققة جعلت الشمري ركيزة لا "
         "غنى عنها.")


def test_names_heading_a_list_article_s_parts_stay_titles():
    """No intro: the first name stands right under the title over a paragraph, as a byline would; the paragraph
    speaks of him, and another name heads the next part. The first is read (as main reads it: the headline picker
    takes it for the title on this page), the second heads its part."""
    text = page(*MENU, "لاعبان صنعا الفارق في الدوري هذا الموسم", DATE, "سامي العبد الله", SAMI, "وليد الشمري", WALID,
                *FOOT)
    heard = {line.text for line in split_plain(text).lines if line.spoken}
    assert "سامي العبد الله" in heard and "وليد الشمري" in titles(parse_plain(text))
    # Either sign alone keeps it: the paragraph naming him, or the sibling name heading the next part.
    quiet = SAMI.replace("سامي العبد الله", "اللاعب").replace("العبد الله", "اللاعب")
    # (The preamble drops it as a photo's caption there, as main does: no writer's name all the same.)
    text = page(*MENU, "لاعبان صنعا الفارق في الدوري هذا الموسم", DATE, "سامي العبد الله", quiet, "وليد الشمري", WALID,
                *FOOT)
    assert decisions(text)["سامي العبد الله"] != "writer's name"


def test_a_name_heading_a_part_under_its_paragraphs_with_no_siblings_stays():
    """A profile's part on a person the paragraph names, under the lead: never a byline."""
    article = parse_plain(page(*MENU, TITLE, DATE, LEAD, "سامي العبد الله", SAMI, LAST, *FOOT))
    assert "سامي العبد الله" in titles(article)


def test_a_title_opening_with_a_given_name_stays_the_headline():
    lead = ("تعيش مدينة الساحل منذ أسبوع على وقع مهرجان للمأكولات الشعبية، يشارك فيه طهاة من عشر مدن ويقدمون "
            "أطباقا من الجبال والبحر.")
    for title in ("جمال المطبخ الشعبي", "سامي يعود إلى مهرجان المأكولات الشعبية"):
        article = parse_plain(page(*MENU, title, DATE, lead, MORE, *FOOT))
        assert article.headline == title, title


def test_a_sub_heading_opening_with_a_given_name_stays():
    nature = ("تحيط بالبحيرة غابات كثيفة وتلال خضراء تتحول في الربيع إلى بساط من الأزهار البرية، ما يجعل المكان "
              "مقصدا لهواة التصوير.")
    article = parse_plain(page(*MENU, "بحيرة الجبل الأزرق وجهة الصيف الجديدة", DATE, LEAD, "جمال الغابات", nature,
                               PART_TWO, LAST, *FOOT))
    assert titles(article) == ["جمال الغابات", PART_TWO]


@pytest.mark.parametrize("name", ["منى خالد عيسى", "سامر محمد الخطيب", "عبد الله أحمد الحربي", "ريم يوسف أبو شقرة",
                                  "فاطمة الزهراء علي المنصوري", "هشام عمر بن سليمان"])
def test_a_full_name_right_under_the_title_over_the_lead_is_dropped(name):
    """A writer's name in three parts (a father's given name after the writer's) right under the title and over the
    lead, the article never giving the family's name: the byline, not the first section's title (s24 khaleejy7,
    theatersgovsy)."""
    text = page(*MENU, TITLE, name, LEAD, PART_ONE, MORE, PART_TWO, LAST, *FOOT)
    assert decisions(text)[name] == "writer's name"
    article = parse_plain(text)
    assert name not in spoken(article) and titles(article) == [PART_ONE, PART_TWO]
    assert LEAD in spoken(article)


def test_a_full_name_the_lead_speaks_of_stays_a_title():
    """A profile's first part, or a title over an article about the person: the lead gives the family's name."""
    name = "سعيد منصور العبدالله"
    text = page(*MENU, TITLE, name, OBITUARY, PART_ONE, MORE, LAST, *FOOT)
    assert decisions(text)[name] != "writer's name"  # (main's other rules read it as they did before)


def test_a_two_part_name_right_under_the_title_over_the_lead_stays_as_before():
    """A two-word name there may be a stage name heading a profile ("نور الشريف"): kept as main keeps it."""
    text = page(*MENU, TITLE, "هاني الزعبي", LEAD, PART_ONE, MORE, LAST, *FOOT)
    assert decisions(text)["هاني الزعبي"] != "writer's name"


def test_a_full_name_at_the_page_s_top_over_a_date_is_no_writer_s_name():
    """At the page's top a line over the date is the title, in three parts as in two (review_names M1)."""
    text = page("هاني محمد الزعبي", DATE, LEAD, MORE, LAST, *FOOT)
    assert decisions(text)["هاني محمد الزعبي"] != "writer's name"


@pytest.mark.parametrize("name, given", [("سلمى عادل ناصر", "سلمى"), ("حسان يوسف المصري", "حسان")])
def test_a_full_name_the_article_calls_by_its_given_name_stays(name, given):
    """A profile's heading in three parts right under the title, its paragraphs calling the person by the given name
    alone ("بدأت سلمى ...", "واليوم تشغّل سلمى ..."): the person, not the writer (review_names26 M1)."""
    first = (f"بدأ {given} رحلته مع الصحراء قبل عشر سنوات، حين قرر أن يترك عمله في المدينة ويؤسس مزرعة صغيرة "
             "للنخيل على أطراف الواحة.")
    second = (f"واليوم يشغل {given} أكثر من عشرين عاملا من القرى المجاورة، ويصدر تموره إلى أسواق عدة، ويحلم "
              "بمدرسة زراعية للشباب.")
    text = page(*MENU, "رجل يتحدى الصحراء", name, first, PART_ONE, second, PART_TWO, LAST, *FOOT)
    assert decisions(text)[name] != "writer's name"
    assert name in spoken(parse_plain(text))
