"""The lines that present the article's writer (``text.writerlines``): a credit's label left alone, a titled name, a
full name, a name joined to the site's, a note on the writer or the writer's role, at the article's edges, are never
read out nor taken as the title. The same shapes between the article's paragraphs (a round-up's speakers, a list of
people, an interview's part under its person's name, a footnote on someone the article quotes) stay as they were."""

from __future__ import annotations

import pytest

from tests.support.article_views import decisions, page, reasons, spoken
from text.plain import parse_plain
from text.writerlines import credit_label_alone, named_note, role_line, titled_name, writer_note

MENU = ("الرئيسية", "كتاب وآراء")
FOOT = ("شارك", "جميع الحقوق محفوظة © 2025")
TITLE = "في معنى المدينة حين تكبر أسرع من أهلها"
SHORT_TITLE = "المدن الكبيرة؟"
DATE = "الأحد 11 مايو 2025"
LEAD = ("لم تعد المدن الكبيرة مجرد أماكن للسكن والعمل، بل صارت امتحانا يوميا لقدرة الناس على العيش معا، وهو امتحان "
        "يتكرر كل صباح في الطرق المزدحمة ووسائل النقل المكتظة.")
MORE = ("وحين تتسع الأحياء بلا تخطيط، تضيع المساحات العامة التي كانت تجمع الجيران، فيتحول الشارع من مكان للقاء إلى "
        "ممر سريع لا يتوقف فيه أحد.")
LAST = ("ولعل أول الطريق أن نعيد للمدينة ساحاتها وحدائقها الصغيرة، وأن نعامل الرصيف بوصفه حقا للمشاة قبل أن يكون "
        "موقفا للسيارات.")


def heard(text: str) -> str:
    return " ".join(spoken(parse_plain(text)))


@pytest.mark.parametrize("label", ["كتب بواسطة :", "• كتب بواسطة :", "بقلم:", "- بقلم :", "الكاتب:", "By:"])
def test_a_credit_label_alone_is_told(label):
    assert credit_label_alone(label)


@pytest.mark.parametrize("line", ["كتب", "الكاتب", "إعداد:", "كتب: سامر يوسف", "بقلم سامر يوسف"])
def test_a_line_that_is_no_credit_label_alone(line):
    """One word without its colon is a menu's ("Books"); "إعداد:" heads a recipe's steps; a label with its name is
    the byline rules' (``rules.BYLINE``)."""
    assert not credit_label_alone(line)


def test_a_credit_label_alone_under_the_article_is_not_read():
    """Its list mark made it an item of the article's list, read out under the last paragraph."""
    text = page(*MENU, TITLE, DATE, LEAD, MORE, LAST, "• كتب بواسطة :", "سامر الخطيب", *FOOT)
    assert "كتب بواسطة" not in heard(text)
    assert "سامر الخطيب" not in heard(text)


def test_a_name_under_a_credit_label_between_paragraphs_is_not_read():
    text = page(*MENU, TITLE, LEAD, "بقلم:", "سامر الخطيب", MORE, LAST, *FOOT)
    assert "سامر الخطيب" not in heard(text)
    assert MORE in heard(text)


@pytest.mark.parametrize("line, name", [
    ("أ.د.فؤاد البنا", ("فؤاد", "البنا")), ("أ.د. فؤاد البنا", ("فؤاد", "البنا")),
    ("د. سامر الخطيب", ("سامر", "الخطيب")),
    ("د/ سامر يوسف الخطيب", ("سامر", "يوسف", "الخطيب")), ("م. خالد عيسى", ("خالد", "عيسى")),
    ("المهندس: علي السلوم", ("علي", "السلوم")), ("الكاتبة الصحفية سلمى ربيع", ("سلمى", "ربيع")),
    ("الكاتب والباحث/ سامي يوسف", ("سامي", "يوسف")),
])
def test_a_titled_name_is_told(line, name):
    assert titled_name(line) == name


@pytest.mark.parametrize("line", [
    "الكاتب المصري",  # the article: no name
    "الباحث عن الحقيقة",  # a particle: a phrase
    "د. سامر يكتب",  # a verb: a title
    "المستشار محمد سليم",  # a post, no writer's title: the article's people are named so
    "م. 2025",
    "باحث بمركز الدراسات العمرانية",  # a title's word and no given name: a role's line
])
def test_a_line_that_is_no_titled_name(line):
    assert titled_name(line) is None


@pytest.mark.parametrize("byline", ["أ.د.فؤاد البنا", "المهندس: علي السلوم", "د/ سامي يوسف الخطيب",
                                    "الكاتبة الصحفية سلمى ربيع", "م. خالد عيسى"])
def test_a_titled_name_under_a_short_title_is_not_read(byline):
    """Under a two-word title the writer's line was read as the article's first line."""
    text = page(*MENU, SHORT_TITLE, byline, DATE, LEAD, MORE, LAST, *FOOT)
    article = parse_plain(text)
    assert article.headline == SHORT_TITLE
    assert byline not in heard(text)
    assert reasons(article)[byline] == "writer's line"


@pytest.mark.parametrize("name", ["سامر يوسف الخطيب", "الكاتب سامر الخطيب", "د. سامر الخطيب"])
def test_a_writer_s_name_as_the_page_s_last_line_is_not_read(name):
    """Three words under the last paragraph were kept as a page cut short inside the article's next paragraph."""
    text = page(TITLE, LEAD, MORE, LAST, name)
    assert name not in heard(text)
    assert decisions(text)[name] == "writer's line"


def test_a_name_the_article_gives_at_its_end_is_read_as_before():
    """A closing line naming the person the article tells of ("... سامر الخطيب") is the article's."""
    lead = LEAD.replace("لم تعد", "يقول المهندس سامر الخطيب إنه لم تعد")
    text = page(TITLE, lead, MORE, LAST, "سامر يوسف الخطيب")
    assert decisions(text)["سامر يوسف الخطيب"] != "writer's line"


def test_a_writer_s_name_under_the_deck_is_not_read():
    """Title, deck, the writer's titled name, then the lead: the name was read as the article's first sub-heading."""
    text = page(*MENU, TITLE, LEAD, "أ.د.فؤاد البنا", MORE, LAST, *FOOT)
    assert "فؤاد البنا" not in heard(text)
    assert MORE in heard(text)


def test_an_interview_s_part_under_its_person_s_name_stays():
    """The intro names the person its part is under: the part's heading, not the writer."""
    intro = ("التقينا الدكتور فؤاد البنا أستاذ التخطيط العمراني في الجامعة، وسألناه عن المدن التي تكبر أسرع من "
             "قدرة أهلها على العيش فيها.")
    text = page(*MENU, TITLE, intro, "أ.د.فؤاد البنا", MORE, LAST, *FOOT)
    assert "أ.د.فؤاد البنا" in heard(text)


def test_a_round_up_s_speakers_between_paragraphs_stay():
    """Each speaker heads the part of what they said: the names are the article's."""
    text = page(*MENU, TITLE, LEAD, "د. سامر الخطيب", MORE, "د. هالة منصور", LAST, *FOOT)
    assert "د. سامر الخطيب" in heard(text) and "د. هالة منصور" in heard(text)


def test_a_list_of_names_a_paragraph_announces_stays():
    """"... هم:" and the names under it: the article's list, though each is a titled name."""
    announce = "وقد اختارت اللجنة ثلاثة مهندسين لقيادة مشروع تطوير الساحات العامة في المدينة، وهم:"
    names = ("م. خالد عيسى", "م. سامر الخطيب", "م. هالة منصور")
    text = page(*MENU, TITLE, LEAD, MORE, announce, *names, *FOOT)
    assert all(name in heard(text) for name in names)


@pytest.mark.parametrize("line", [
    "* د. سامر الخطيب سياسي وخبير اقتصادي، ووزير سابق للتخطيط.",
    "* أستاذ التخطيط العمراني بجامعة دمشق ومستشار سابق لوزارة الإسكان",
    "سامر الخطيب: كاتب وباحث في شؤون المدن",
    "كاتب وباحث في شؤون المدن",
])
def test_a_note_on_the_writer_is_told(line):
    assert writer_note(line)


@pytest.mark.parametrize("line", [
    "خبير اقتصادي يحذر من انهيار العملة",  # a verb: a title
    "كاتب الرواية حصل على الجائزة",  # the role of someone the article speaks of, unmarked
    "مدير المدرسة سامر الخطيب",
    "* أستاذ التاريخ الحديث في الجامعة يعرض مخطوطة نادرة على الزوار",
])
def test_a_line_that_is_no_note_on_the_writer(line):
    assert not writer_note(line)


def test_a_note_on_the_writer_under_the_article_is_not_read():
    note = "* د. سامر الخطيب سياسي وخبير اقتصادي، ووزير سابق للتخطيط والتعاون الدولي."
    text = page(*MENU, TITLE, DATE, LEAD, MORE, LAST, "* * *", "بقلم: سامر الخطيب", note, "المصدر: صحيفة الساحل")
    assert "وزير سابق" not in heard(text)
    assert LAST in heard(text)


def test_asterisked_items_of_a_list_under_the_article_stay():
    items = ("* أستاذ التخطيط العمراني بجامعة دمشق", "* أستاذ الهندسة المدنية بجامعة حلب")
    text = page(*MENU, TITLE, DATE, LEAD, MORE, LAST, *items, *FOOT)
    assert all(item.lstrip("* ") in heard(text) for item in items)


def test_the_writer_s_name_and_role_over_the_article_are_not_read():
    """"NAME، أستاذ ..." under the title's share buttons: the writer's line."""
    line = "سامر شبيه، أستاذ التعليم العالي في القانون، جامعة دمشق"
    assert named_note(line)
    text = page(*MENU, TITLE, "شارك", line, LEAD, MORE, LAST, *FOOT)
    assert "أستاذ التعليم العالي" not in heard(text)


def test_the_writer_s_role_under_the_byline_is_not_read():
    role = "باحث بمركز الدراسات العمرانية والاستراتيجية"
    assert role_line(role)
    text = page(*MENU, TITLE, "أ.د. فؤاد البنا", role, LEAD, MORE, LAST, *FOOT)
    assert "باحث بمركز" not in heard(text)
    assert LEAD in heard(text)


def test_a_role_line_over_the_lead_without_a_byline_stays():
    """Without the writer's line over it, a line naming a post may be the deck's or a label's."""
    role = "باحث بمركز الدراسات العمرانية والاستراتيجية"
    text = page(*MENU, TITLE, DATE, role, LEAD, MORE, LAST, *FOOT)
    assert decisions(text)[role] != "writer's line"


def test_a_writer_joined_to_the_site_over_a_page_without_title_is_not_read():
    line = "سامر الخطيب | الساحل أونلاين"
    text = page(line, LEAD, MORE, LAST)
    article = parse_plain(text)
    assert article.headline != line
    assert "الساحل أونلاين" not in heard(text)


def test_a_reporter_after_the_city_over_a_page_without_title_is_not_its_headline():
    """"CITY : NAME NAME" over the lead: the dateline's byline, not a title (the page has none)."""
    line = "حمص : سامر الخطيب"
    text = page(line, LEAD.replace("لم تعد المدن", "لم تعد المدن مثل حمص"), MORE, LAST)
    article = parse_plain(text)
    assert article.headline != line
    assert decisions(text)[line] == "writer's line"


def test_a_speaker_s_words_after_the_name_stay_the_title():
    """"NAME NAME: ..." names the speaker of a quote the title gives: the colon's other side is no name's."""
    title = "سامر الخطيب: المدن الكبيرة تحتاج إلى ساحات"
    lead = LEAD.replace("لم تعد", "قال المهندس سامر الخطيب إنه لم تعد")
    text = page(*MENU, title, DATE, lead, MORE, LAST, *FOOT)
    assert parse_plain(text).headline == title
