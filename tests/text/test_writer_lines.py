"""The lines that present the article's writer (``text.writerlines``): a credit's label left alone, a titled name, a
full name, a name after the city and a colon, a note on the writer or the writer's role, at the article's edges, are
not read out. The same shapes between the article's paragraphs (a round-up's speakers, a list of people, an
interview's part under its person's name, a footnote on someone the article quotes), a name the prose gives, and a
name and post in the title's place or closing a cut page stay as they were."""

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
    ("الكاتبة الصحفية سلمى ربيع", ("سلمى", "ربيع")),
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
    "باحث: كارثة قادمة",  # a colon: a quote's title ("المهندس: NAME" is a byline by its place only: namecredits)
    "المهندس: علي السلوم",
])
def test_a_line_that_is_no_titled_name(line):
    assert titled_name(line) is None


@pytest.mark.parametrize("byline", ["أ.د.فؤاد البنا", "د/ سامي يوسف الخطيب",
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


def test_a_speaker_s_name_over_the_speaker_s_paragraph_stays():
    """A name between the first paragraph and the next heads what that person says, the next speaker named inline:
    the first paragraph is the article's, not a deck the writer's name would sit under (review M3)."""
    name = "د. رنا فؤاد حداد"
    said = ("تقول أستاذة التخطيط إن المدن التي تتسع بلا ساحات عامة تفقد ما يجمع أهلها، وإن الحل يبدأ من الأحياء "
            "الصغيرة قبل الطرق الكبيرة.")
    other = ("أما المهندس سامر الخطيب فيرى أن المشكلة في النقل العام قبل كل شيء، وأن الساحات لا تنفع إن لم يصل "
             "إليها الناس بسهولة.")
    text = page(*MENU, TITLE, DATE, LEAD, name, said, other, *FOOT)
    assert name in heard(text)


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


# Review near-misses (s27/review_credits.md): a person's name and post is a news title's shape as well.

APPOINTED = ("أصدر مجلس الوزراء اليوم قرارا بتعيين اللواء رامي فؤاد حداد في منصبه الجديد، خلفا لسلفه الذي أحيل إلى "
             "التقاعد بعد ثلاثين عاما من الخدمة.")
APPOINTED_MORE = ("وكان حداد قد تولى قبل ذلك إدارة المعهد الوطني للتدريب، وعرف بخطته لتحديث المراكز في المحافظات "
                  "وربطها بشبكة واحدة.")
APPOINTED_LAST = ("ومن المنتظر أن يؤدي اليمين أمام رئيس الدولة مطلع الأسبوع المقبل، قبل أن يباشر مهامه في المقر "
                  "العام.")


@pytest.mark.parametrize("title", [
    "رامي فؤاد حداد، مدير الأمن العام الجديد",
    "رامي حداد - مدير الأمن العام الجديد",
    "د. رامي فؤاد حداد رئيس الجامعة الوطنية الجديد",
    "رامي حداد خبير أمني بارز",
    "رامي حداد، أستاذ القانون: الإصلاح نحو مزيد من المراكز",
])
def test_a_title_naming_the_article_s_person_and_post_stays_the_headline(title):
    """The lead names the person by the family's name: the title tells of them, though it opens with a name and a
    post or role as a note on the writer does (review H1)."""
    text = page(*MENU, title, DATE, APPOINTED, APPOINTED_MORE, APPOINTED_LAST, *FOOT)
    assert parse_plain(text).headline == title


def test_a_name_and_post_in_the_title_s_place_is_no_writer_s_note():
    """With only the menu above it, the line stands where the title does: a note on the writer sits under one, so
    this one stays whatever the prose says (review H1)."""
    title = "سامي نبيل العطار، أستاذ التخطيط العمراني"
    text = page(*MENU, title, LEAD, MORE, LAST, *FOOT)
    assert decisions(text)[title] != "writer's line"


def test_a_note_on_a_person_the_article_names_is_read():
    """Under the last paragraph, "NAME، ROLE ..." of someone the article quotes by the family's name is its line."""
    last = APPOINTED_LAST + " وقال حداد إنه سيعلن خطته خلال أيام."
    note = "رامي فؤاد حداد، أستاذ القانون الإداري في الجامعة الوطنية"
    text = page(*MENU, TITLE, DATE, APPOINTED, APPOINTED_MORE, last, note, *FOOT)
    assert decisions(text)[note] != "writer's note"


@pytest.mark.parametrize("title", ["الشاعر سليم حداد", "الدكتور رامي سليم حداد"])
def test_a_profile_s_titled_name_stays_its_headline(title):
    """A profile titled with its person's title and name, the prose calling the person by the family's name
    (review M1)."""
    lead = ("ولد حداد في قرية صغيرة على الساحل، وبدأ الكتابة في سن مبكرة قبل أن ينتقل إلى العاصمة حيث عمل في الصحافة "
            "سنوات طويلة.")
    more = ("ونشر حداد أول كتبه في الثلاثين من عمره، ثم توالت أعماله التي ترجم بعضها إلى لغات عدة ودرست في "
            "الجامعات.")
    text = page(*MENU, title, DATE, lead, more, LAST, *FOOT)
    assert parse_plain(text).headline == title


@pytest.mark.parametrize("line", ["سامي عبد الله العطار، مدير الدفاع المدني",
                                  "سامي عبد الله العطار، أستاذ التخطيط العمراني"])
def test_a_name_and_role_as_the_cut_page_s_last_line_stays(line):
    """Nothing under it: the excerpt may have been cut inside the next paragraph ("NAME، ROLE، قال ...": review
    M2)."""
    text = page(TITLE, DATE, LEAD, MORE, LAST, line)
    assert decisions(text)[line] != "writer's note"


def test_a_marked_note_as_the_page_s_last_line_is_not_read():
    """The asterisk sets a note apart from the article's next paragraph: at the page's end it is the writer's."""
    note = "* أستاذ التخطيط العمراني بجامعة دمشق ومستشار سابق لوزارة الإسكان"
    text = page(TITLE, DATE, LEAD, MORE, LAST, note)
    assert decisions(text)[note] == "writer's note"


def test_a_role_and_a_quote_under_a_name_stay_the_title():
    """"ROLE: quote" is the commonest title's shape; under a bare name it is no role line of the writer's (review
    M4)."""
    title = "أستاذ اقتصاد: المدن الكبيرة نحو مزيد من الازدحام"
    assert not role_line(title)
    text = page(*MENU, "سامر يوسف الخطيب", title, DATE, LEAD, MORE, LAST, *FOOT)
    assert parse_plain(text).headline == title


def test_a_name_and_post_under_the_article_is_no_note_unmarked():
    """A post ("مدير", "رئيس") after a name opens a note on the writer only when an asterisk marks it: unmarked it
    is how an article names its people (review L2)."""
    line = "سامي عبد الله العطار، مدير مركز الدراسات العمرانية"
    assert not writer_note(line)
    assert writer_note("* " + line)
    text = page(*MENU, TITLE, DATE, LEAD, MORE, LAST, line, *FOOT)
    assert decisions(text)[line] != "writer's note"


@pytest.mark.parametrize("line", ["رامي حداد، أستاذ القانون: الإصلاح نحو مزيد من المراكز",
                                  "أستاذ القانون: الإصلاح نحو مزيد من المراكز"])
def test_a_role_and_a_quote_is_no_note(line):
    """A colon with words after it past the name gives what a speaker says (review H1's quote title)."""
    assert not writer_note(line)


def test_three_titled_names_over_the_lead_are_a_list():
    """More lines than a name and a note at the top edge are a panel's names, not the writer's block."""
    names = ("م. خالد عيسى", "م. سامر الخطيب", "م. رنا منصور")
    text = page(*MENU, TITLE, DATE, *names, LEAD, MORE, LAST, *FOOT)
    assert all(decisions(text)[name] != "writer's line" for name in names)


def test_a_name_under_a_last_paragraph_announcing_it_stays():
    """A last paragraph closed by a colon announces what follows: the name under it is the article's."""
    last = "وقد فاز بجائزة المسابقة هذا العام المهندس الذي صمم ساحة الحي القديم، وهو:"
    name = "سامر يوسف الخطيب"
    text = page(*MENU, TITLE, DATE, LEAD, MORE, last, name, *FOOT)
    assert decisions(text)[name] != "writer's line"
