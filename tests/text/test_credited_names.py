"""A credit's label, a colon and a person's name alone ("حوار : NAME NAME.", "تصوير: NAME NAME":
``names.credited_name``) is a byline wherever it stands, between the deck and an interview's questions too. A place's
label over a name is a title as often ("COUNTRY: NAME NAME"), and a speaker's name before a colon opens what the
speaker says: both stay. So do a name the article tells of ("حوار: NAME" heading an interview with NAME), a list's
item ("- حوار: NAME" under a programme's label) and a line of a book's details box (review_names26 H1, H2, M2)."""

from __future__ import annotations

import pytest

from tests.support.article_views import decisions, page, spoken
from text.credits import PageEvidence
from text.names import credited_name, credited_names
from text.plain import parse_plain

MENU = ("الرئيسية", "أخبار", "فنون", "رياضة")
FOOT = ("شارك", "جميع الحقوق محفوظة © 2025")
TITLE = "المطربة الشابة تطلق أغنيتها الجديدة عن مدينتها بعد عام من الغياب"
LEAD = ("أطلقت المطربة الشابة أغنيتها الجديدة التي تحكي عن مدينتها الساحلية، بعد عام كامل من الغياب عن الساحة "
        "الفنية، وسط ترحيب واسع من جمهورها.")
QUESTION_ONE = "س: حدثينا عن الأغنية الجديدة، كيف ولدت فكرتها؟"
ANSWER_ONE = ("ج: ولدت الفكرة في ليلة صيفية على شاطئ مدينتي، كنت أسير مع أصدقائي وشعرت أنني مدينة لهذا المكان "
              "بأغنية تشبهه.")
QUESTION_TWO = "س: ما الذي تغير فيك خلال عام الغياب؟"
ANSWER_TWO = ("ج: تعلمت أن أصبر وأن أختار بعناية، فأنا لا أريد أن أقدم عملا لا أؤمن به، وجمهوري يستحق مني الأفضل "
              "دائما.")


@pytest.mark.parametrize("text", [
    "حوار : عمر الحديدي.", "حوار: لمى العطار", "حاوره: كريم منصور", "أجرى الحوار: سارة يوسف", "تصوير: محمد السيد",
    "ترجمة: نور الدين بن سالم", "إعداد : هناء الشامي",
])
def test_a_credit_label_and_a_name(text):
    assert credited_name(text)


@pytest.mark.parametrize("text", [
    "سوريا: أحمد الشرع",  # a place's label: a title as often
    "المبادرات الاجتماعية: أمل جديد",  # a title's words after a label
    "– النائب الثالث: منال بنصالح",  # a list's item: a post and who holds it
    "حوار: الفنانة رنا سعيد تتحدث عن المسرح",  # more than a name
    "عمر الحديدي: نحن هنا لنبقى",  # a speaker's name before the colon
    "حوار - عمر الحديدي",  # the dashed form names a column as readily
    "- حوار: سامر الخطيب", "• ترجمة: ريم حداد", "* تصوير: كريم منصور",  # a list's item (review_names26 H2)
    "تقرير: كريم منصور",  # may head a report on the person, as ``headline`` reads "تقرير:" (review_names26 H1)
    "تصوير: المكتب الإعلامي",  # no person's name (read by other rules)
])
def test_no_credit_label_and_name(text):
    assert not credited_name(text)


@pytest.mark.parametrize("credit", ["حوار : عمر الحديدي.", "حاورها: لمى العطار", "أجرى الحوار: سارة يوسف"])
def test_the_interviewer_between_the_lead_and_the_questions_is_dropped(credit):
    text = page(*MENU, TITLE, LEAD, credit, QUESTION_ONE, ANSWER_ONE, QUESTION_TWO, ANSWER_TWO, *FOOT)
    assert decisions(text)[credit] == "byline"
    heard = spoken(parse_plain(text))
    assert credit not in heard
    assert all(line in heard for line in (LEAD, QUESTION_ONE, ANSWER_ONE, QUESTION_TWO, ANSWER_TWO))


def test_a_list_of_posts_and_names_in_the_article_stays():
    items = ("– الرئيس: سامر الخطيب", "– النائب الأول: هناء الشامي", "– أمين الصندوق: كريم منصور")
    lead = ("انتخبت الجمعية العامة للنادي الثقافي مساء أمس مجلس إدارتها الجديد لدورة تمتد أربع سنوات، وجاءت "
            "النتائج على النحو الآتي:")
    text = page(*MENU, "النادي الثقافي ينتخب مجلس إدارته الجديد", lead, *items, LEAD, *FOOT)
    heard = spoken(parse_plain(text))
    assert all(item in heard for item in items)


INTERVIEWED = ("التقينا الفنان منير الخطيب في مرسمه بالمدينة القديمة، حيث تحدث عن معرضه المقبل وعن السنوات التي "
               "قضاها بعيدا عن بلده.")


@pytest.mark.parametrize("title", ["حوار: منير الخطيب", "حاورته: منير الخطيب"])
@pytest.mark.parametrize("date", [(), ("الأحد 12 يناير 2025",)])
def test_an_interview_s_title_naming_whom_the_lead_tells_of_stays(title, date):
    """"حوار: NAME" over a lead telling of NAME is the interview's title: whom it talks to, not who made it
    (review_names26 H1)."""
    text = page(*MENU, title, *date, INTERVIEWED, QUESTION_ONE, ANSWER_ONE, QUESTION_TWO, ANSWER_TWO, *FOOT)
    assert decisions(text)[title] != "byline"
    assert parse_plain(text).headline == title


def test_a_report_s_title_naming_a_person_stays():
    """"تقرير: NAME" heads a report on the person its lead tells of (review_names26 H1)."""
    title = "تقرير: كريم منصور"
    lead = ("يواصل اللاعب كريم منصور تألقه مع فريقه هذا الموسم، إذ سجل هدفين في المباراة الأخيرة ورفع رصيده إلى "
            "عشرين هدفا.")
    text = page(*MENU, title, "الأحد 12 يناير 2025", lead, ANSWER_ONE, *FOOT)
    assert decisions(text)[title] != "byline"
    assert parse_plain(text).headline == title


def test_a_programme_s_items_are_no_credits():
    """"- حوار: NAME" / "- قراءات: NAME" under "برنامج الأمسية:" are the article's list (review_names26 H2)."""
    items = ("- حوار: سامر الخطيب", "- قراءات: هناء الشامي")
    text = page(*MENU, TITLE, LEAD, "برنامج الأمسية:", *items, ANSWER_ONE, *FOOT)
    assert all(decisions(text)[item] != "byline" for item in items)


BOOK_BOX = ("الكتاب: الحرب والسلم", "المؤلف: ليو تولستوي", "ترجمة: سامي الدروبي", "الناشر: دار المدى")
FILM_CARD = ("إخراج: سامي العلي", "تأليف: ريم حداد", "تصوير: كريم منصور", "إنتاج: شركة الأفق")


@pytest.mark.parametrize("box, credit", [(BOOK_BOX, "ترجمة: سامي الدروبي"), (FILM_CARD, "تصوير: كريم منصور"),
                                         (BOOK_BOX[1:3], "ترجمة: سامي الدروبي")])
def test_a_credit_in_a_details_box_is_the_article_s(box, credit):
    """A translator's or a photographer's line among a book's or a film's "label: value" rows is the box's, not the
    page's credit (review_names26 M2)."""
    lines = [TITLE, LEAD, *box, ANSWER_ONE]
    assert credited_name(credit)
    assert lines.index(credit) not in credited_names(lines, PageEvidence.of(lines, [LEAD, ANSWER_ONE]))
    assert decisions(page(*MENU, *lines, *FOOT))[credit] != "byline"


@pytest.mark.parametrize("block", [("حوار: لمى العطار", "تصوير: كريم منصور"),
                                   ("ترجمة: ريم حداد", "تحرير: سامر الخطيب"),
                                   ("حاورها: لمى العطار", "الأحد 12 يناير 2025")])
def test_credits_side_by_side_stay_credits(block):
    """Near miss of a details box: two credits together (an interviewer and a photographer), or a credit over the
    date, are each the page's; so is a credit over an interview's "س:" (the existing test above)."""
    lines = [TITLE, LEAD, *block, QUESTION_ONE, ANSWER_ONE]
    found = credited_names(lines, PageEvidence.of(lines, [LEAD, ANSWER_ONE]))
    assert {lines.index(line) for line in block if credited_name(line)} <= found


@pytest.mark.parametrize("text", ["كتب منير الزيتوني", "كتبت هناء الشامي", "بقلم سامر يوسف الخطيب"])
def test_the_writers_verb_and_a_name_without_a_colon(text):
    assert credited_name(text)


@pytest.mark.parametrize("text", [
    "كتب التاريخ الحديث",  # books of history: no person's name
    "كتبت الصحيفة أن الوزير سيستقيل",  # a sentence
    "كتب محمود في دفتره",  # a name and a phrase
    "وكتب منير الزيتوني",  # the verb goes on from the paragraph above
    "كتب جميلة ومفيدة", "كتب هدى ونور", "كتب نور وهداية",  # a noun and its adjectives, two names (review_furn29 H1)
])
def test_no_writers_verb_and_name(text):
    assert not credited_name(text)


REPEATED = "المعرض الدولي للكتاب يفتح أبوابه في المدينة الأسبوع القادم"
OPENING = ("تنطلق فعاليات المعرض الدولي للكتاب في المدينة يوم السبت القادم بمشاركة عدد كبير من دور النشر العربية "
           "والأجنبية.")
SECOND = ("وتضم الدورة الجديدة برنامجا ثقافيا حافلا بالندوات والأمسيات الشعرية وتوقيع الكتب لعدد من الكتاب "
          "المعروفين.")


def test_a_writers_verb_and_name_under_the_repeated_title_block_is_dropped():
    """A page copied with its title block printed twice (s28 b02/26's shape): the writer's line stands under the second
    title, inside the article's region, with no colon ("كتب NAME NAME")."""
    byline = "كتب منير الزيتوني"
    text = page(REPEATED, OPENING, REPEATED, byline, OPENING, SECOND)
    assert decisions(text)[byline] == "byline"
    assert byline not in spoken(parse_plain(text))
    assert SECOND in spoken(parse_plain(text))


def test_a_writers_verb_and_a_name_the_article_tells_of_stays():
    """"كتب NAME" where the article speaks of NAME is no byline (``untold``): the line stays."""
    told = ("وقرأ الشاعر منير الزيتوني قصيدته الجديدة في افتتاح المعرض أمام جمهور كبير من محبي الشعر في "
            "المدينة.")
    line = "كتب منير الزيتوني"
    text = page(REPEATED, OPENING, REPEATED, line, told, SECOND)
    assert decisions(text)[line] != "byline"


def test_a_writers_verb_and_name_over_the_first_paragraph_is_dropped():
    byline = "كتبت سلمى الحديدي"
    text = page(*MENU, REPEATED, byline, OPENING, SECOND, *FOOT)
    assert decisions(text)[byline] == "byline"
    assert spoken(parse_plain(text)) == [OPENING, SECOND]


QUOTED = ('"مبروك لكل أهل البلد، اللاعبون رفعوا رؤوسنا والحلم صار حقيقة، ونتمنى أن تكتمل الفرحة في النهائيات '
          'الكبرى."',
          '"فرحة لا توصف، شكرا لكل لاعب قدم كل ما عنده في الملعب، وشكرا للجمهور الذي وقف خلف الفريق حتى '
          'النهاية."',
          '"ما حدث اليوم تاريخ، ومنتخبنا يستحق كل خير، ألف مبروك للجهاز الفني وللاعبين ولكل المشجعين في كل '
          'مكان."')
CHEERED = ("احتفى عدد كبير من نجوم الفن والرياضة بتأهل المنتخب الوطني إلى نهائيات كأس العالم، ونشروا رسائل تهنئة "
           "على حساباتهم في مواقع التواصل الاجتماعي.")
AFTER = ("وكان المنتخب قد حسم تأهله بعد الفوز بثلاثة أهداف دون رد في المباراة التي أقيمت مساء أمس أمام جمهور "
         "غفير.")


def test_a_roundups_writers_over_their_quotes_stay():
    """Stars' posts, each under "كتب/كتبت NAME" (review_furn29 H1, p1): who said each quote is the article's."""
    signed = ("كتب سامر الخطيب", "كتبت هناء الشامي", "كتب ياسر المنياوي")
    text = page(*MENU, "نجوم الفن يهنئون المنتخب بعد التأهل إلى كأس العالم", CHEERED,
                "وجاءت أبرز رسائل النجوم على النحو الآتي:",
                *(line for pair in zip(signed, QUOTED) for line in pair), AFTER, *FOOT)
    heard = spoken(parse_plain(text))
    assert all(line in heard for line in signed)


def test_one_writer_over_a_quote_inside_the_story_stays():
    """A single "كتبت NAME" over a doctor's post in the middle of a story (review_furn29 H1, p7): no byline's place."""
    signed = "كتبت رنا الحسيني"
    text = page(*MENU, "وزارة الصحة تطلق حملة للتطعيم ضد الحصبة في المدارس", CHEERED,
                "وتفاعل عدد من الأطباء مع الحملة عبر مواقع التواصل الاجتماعي، ومن أبرز ما كتبوه:", signed,
                QUOTED[1], AFTER, *FOOT)
    assert signed in spoken(parse_plain(text))


@pytest.mark.parametrize("signed", [("كتب سامر يوسف الخطيب", "كتب كريم منصور"), ("كتب جميلة ومفيدة",)])
def test_books_sub_headings_naming_authors_or_kinds_stay(signed):
    """A fair's best sellers under "كتب NAME" sub-headings, or a gifts guide's "كتب جميلة ومفيدة" (review_furn29 H1,
    p3 and p4): the article's sub-headings."""
    paragraphs = ("حافظت روايات الكاتب الراحل على صدارة المبيعات للعام الخامس على التوالي، وسط إقبال لافت من "
                  "القراء الشباب.",
                  "وجاءت أعمال صاحب الرواية التاريخية الشهيرة في المرتبة الثانية، بعد أن نفدت طبعتها الجديدة في "
                  "يومين.")
    text = page(*MENU, "الكتب الأكثر مبيعا في معرض الكتاب هذا العام", CHEERED,
                *(line for pair in zip(signed, paragraphs) for line in pair), AFTER, *FOOT)
    heard = spoken(parse_plain(text))
    assert all(line in heard for line in signed)


def test_two_writers_verbs_and_names_on_a_page_are_no_byline():
    """The page signs two names with the writer's verb, both over its prose (poems of two poets, review_furn29 H1):
    a list of writers, not the page's byline."""
    lines = [TITLE, "كتب سامر الخطيب", "يا ليل الصب متى غده", "كتب كريم منصور", "أقبل الربيع ضاحكا يختال", LEAD]
    assert credited_names(lines, PageEvidence.of(lines, [LEAD]), first_paragraph=len(lines) - 1) == frozenset()
    assert credited_names(lines[:3] + lines[5:], PageEvidence.of(lines, [LEAD]), first_paragraph=3) == {1}
