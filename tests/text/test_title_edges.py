"""Headlines on pages with a title line whose edges carry marks, and on pages with no title line (session 27's blind
shapes): the title is the title whatever marks frame it (a lone star or bullet before it, bars around it, a hashtag's
underscores, a colon closing it over its byline: ``text.titleedges``), and a page without one says so (the
first-sentence fallback) rather than take a section's crumb with a bar spaced on one side, a writer's name beside a
place or an honorific, or a piece of a lead a narrow column wrapped. Near misses keep their roles: a list's items, a
table's row, a credit joined by an underscore, an interview's "حوار: NAME", a title naming a place before a dash, a
title over a lead its lines tell again. Synthetic pages of our own words."""

import pytest

from tests.support.article_views import decisions, page, spoken
from text.bodyfind import find_body
from text.namecredits import name_and_place, names_a_credit
from text.plain import parse_plain
from text.titlecrumbs import is_masthead
from text.titleedges import framed_alone, hashtag_words, unframed

MENU = ("الرئيسية", "أخبار محلية")
LEAD = ("شهدت بلدة الوادي، مساء أمس، انهيار الجسر القديم الذي يربط البلدة بالطريق الرئيسي، دون أن يسفر ذلك عن "
        "إصابات، وسط مطالبات السكان بفتح تحقيق في أسباب انهيار الجسر.")
SECOND = "وقال أحد السكان إن الجسر كان يعاني من تشققات منذ سنوات، وإن البلدية لم تستجب لشكاوى الأهالي."
THIRD = "وأضاف أن السكان سيعتصمون أمام مبنى البلدية حتى يتم فتح تحقيق في الحادث."


def _headline(*lines: str):
    article = parse_plain(page(*lines))
    return article.headline, article.headline_from_body


@pytest.mark.parametrize("framed, title", [
    ("*انهيار جسر الوادي ! السكان يطالبون بالتحقيق", "انهيار جسر الوادي ! السكان يطالبون بالتحقيق"),
    ("* انهيار جسر الوادي ! السكان يطالبون بالتحقيق *", "انهيار جسر الوادي ! السكان يطالبون بالتحقيق"),
    ("| انهيار جسر الوادي القديم والسكان يطالبون بالتحقيق |", "انهيار جسر الوادي القديم والسكان يطالبون بالتحقيق"),
])
def test_a_title_framed_by_marks_alone_is_the_headline_read_without_them(framed, title):
    assert _headline(framed, LEAD, SECOND, THIRD) == (title, False)


def test_a_list_s_items_are_not_framed_alone():
    """Two lines marked alike: a list's items, whose marks stay evidence."""
    lines = find_body(["* انهيار جسر الوادي القديم", "* إغلاق الطريق الرئيسي", LEAD, SECOND]).lines
    assert not framed_alone(lines, 0) and not framed_alone(lines, 1)
    alone = find_body(["* انهيار جسر الوادي القديم", LEAD, SECOND]).lines
    assert framed_alone(alone, 0)


def test_a_table_s_row_is_not_unframed():
    assert unframed("| الجسر | الوادي |") == "| الجسر | الوادي |"


def test_a_section_s_crumb_with_a_bar_spaced_on_one_side_is_no_title():
    lead = ("أعلنت السلطة المحلية في مديرية الوادي، اليوم الاثنين، عن بدء حملة لتنظيف الشوارع الرئيسية في المدينة، "
            "بمشاركة واسعة من المتطوعين وعمال النظافة.")
    second = "وقال مدير المديرية إن الحملة تستمر أسبوعا كاملا وتشمل جميع الأحياء، مشيرا إلى أن الإدارة وفرت المعدات."
    crumb = "السلطة المحلية| الإدارة"
    headline, from_body = _headline(crumb, lead, second, THIRD)
    assert from_body and headline != crumb


FOREST_LEAD = ("أطلق ناشطون في مدينة الساحل حملة واسعة على مواقع التواصل الاجتماعي لإنقاذ الغابات من الحرائق التي "
               "تلتهم آلاف الهكتارات كل صيف، مطالبين الحكومة بتوفير طائرات الإطفاء.")
FOREST_SECOND = "وقال أحد منظمي الحملة إن الغابات تمثل رئة المدينة، وإن خسارتها كارثة بيئية على السكان."


@pytest.mark.parametrize("title", ["وسم #إنقاذ_الغابات يتصدر مواقع التواصل", "إنقاذ_الغابات_مسؤولية_الجميع"])
def test_a_title_holding_a_hashtag_is_the_headline(title):
    assert _headline(title, FOREST_LEAD, FOREST_SECOND) == (title, False)
    assert decisions(page(title, FOREST_LEAD, FOREST_SECOND))[title] == "headline"


def test_a_hashtag_s_words_are_compared_apart_but_a_file_s_name_is_not():
    assert hashtag_words("وسم #إنقاذ_الغابات يتصدر") == "وسم إنقاذ الغابات يتصدر"
    assert hashtag_words("صور grain_prices_2024.jpg") == "صور grain_prices_2024.jpg"


def test_a_credit_joined_by_an_underscore_stays_a_credit():
    credit = "نبض الساحل_سامر يوسف"
    assert decisions(page(credit, FOREST_LEAD, FOREST_SECOND))[credit] != "headline"


PLANT_LEAD = ("افتتح المهندس سامي خليل، مدير مؤسسة المياه، اليوم الاثنين، مشروع محطة تحلية المياه الجديدة في المدينة، "
              "بتكلفة بلغت عشرين مليون دينار، وبطاقة إنتاجية تصل إلى مئة ألف متر مكعب يوميا.")
PLANT_SECOND = "وقال خليل إن المشروع سيحل أزمة المياه في المدينة بشكل نهائي خلال الصيف المقبل."


@pytest.mark.parametrize("date", [(), ("12 مارس 2024",)])
def test_a_title_closed_by_a_colon_over_its_writer_s_honorific_and_name_is_the_headline(date):
    title = "افتتاح محطة تحلية المياه الجديدة في المدينة:"
    headline, from_body = _headline(title, *date, "المهندس: سامي خليل", PLANT_LEAD, PLANT_SECOND)
    assert headline.rstrip(":") == title.rstrip(":") and not from_body


@pytest.mark.parametrize("line", ["سامي خليل الزيتوني – شبكة الساحل الإخبارية", "عمان- سامي خليل الزيتوني"])
def test_a_name_beside_a_place_or_an_outlet_is_never_the_headline(line):
    headline, from_body = _headline(line, PLANT_LEAD, PLANT_SECOND, THIRD)
    assert headline != line and from_body
    assert names_a_credit(line)


@pytest.mark.parametrize("line", ["حوار: منير الخطيب", "غزة – ليلة بلا كهرباء", "محمد صلاح - يعود إلى الملاعب",
                                  "الوزير: متفائلون بالاتفاق", "منير الخطيب - عميد المسرح العربي",
                                  "سامي يوسف – حفل الساحل", "باحث: كارثة قادمة", "محامية: موكلتي بريئة",
                                  "المهندس: سامي خليل"])
def test_an_interview_s_title_a_place_s_title_and_a_speaker_s_title_are_no_credits(line):
    assert not names_a_credit(line)
    assert not name_and_place(line)


NARROW = ("أطلقت وزارة الصحة في محافظة الساحل،", "اليوم الاثنين، حملة تطعيم واسعة ضد",
          "شلل الأطفال تستهدف أكثر من مئة ألف", "طفل دون سن الخامسة في جميع المديريات.")
HEALTH_SECOND = ("وقال مدير الصحة في المحافظة إن الفرق الطبية ستتنقل بين المنازل والمدارس طوال أسبوع كامل، داعيا "
                 "الأهالي إلى التعاون مع الفرق.")
HEALTH_THIRD = "وأضاف أن اللقاح آمن ومجاني، وأن الحملة تأتي ضمن خطة وطنية للقضاء على المرض."


@pytest.mark.parametrize("header", [(), MENU])
def test_a_lead_a_narrow_column_wrapped_is_read_whole_and_no_piece_is_the_title(header):
    article = parse_plain(page(*header, *NARROW, HEALTH_SECOND, HEALTH_THIRD))
    assert article.headline_from_body
    heard = " ".join(spoken(article)) + " " + (article.headline or "")
    assert all(piece in heard for piece in NARROW)


def test_a_title_over_a_narrow_wrapped_lead_that_tells_it_again_stays_the_headline():
    title = "حملة تطعيم واسعة ضد شلل الأطفال"
    assert _headline(title, *NARROW, HEALTH_SECOND, HEALTH_THIRD) == (title, False)


def test_a_title_and_its_deck_over_a_long_lead_stay():
    """Two short lines over a lead longer than them: no narrow wrap (the closing line is no longer than the pieces)."""
    title = "الصحة تطلق حملة التطعيم في الساحل"
    headline, from_body = _headline(*MENU, title, "بمشاركة ألف متطوع من الكوادر الطبية", HEALTH_SECOND, HEALTH_THIRD)
    assert headline == title and not from_body


PLAY_LEAD = ("نظمت جامعة الساحل، مساء أمس، ندوة في ذكرى رحيل عميد المسرح العربي منير الخطيب، بمشاركة عدد من أساتذة "
             "المسرح والنقاد الذين تناولوا أثره في الثقافة العربية.")
PLAY_SECOND = "وكان الراحل قد بدأ مسيرته في خمسينيات القرن الماضي، وكتب أكثر من ثلاثين مسرحية ترجم معظمها إلى لغات عدة."
DROUGHT_LEAD = ("حذر باحث في شؤون المياه، اليوم الأحد، من كارثة بيئية قادمة إذا استمر تراجع منسوب النهر بالوتيرة "
                "الحالية، داعيا الحكومة إلى التحرك العاجل.")
DROUGHT_SECOND = "وقال الباحث إن منسوب النهر تراجع إلى أدنى مستوى له منذ عقود، وإن الزراعة في المنطقة مهددة بالكامل."


@pytest.mark.parametrize("title, lead, second", [
    ("منير الخطيب - عميد المسرح العربي", PLAY_LEAD, PLAY_SECOND),
    ("باحث: كارثة قادمة", DROUGHT_LEAD, DROUGHT_SECOND),
])
def test_a_person_s_title_and_a_speaker_s_quote_stay_the_headline(title, lead, second):
    """Review M1: a name beside a description, a role before a quote are titles; only a place or an outlet beside a
    name, or a colon byline under a colon title, credits a writer."""
    assert _headline(*MENU, title, "12 مارس 2024", lead, second, THIRD) == (title, False)


def test_a_label_over_its_writer_is_never_the_headline():
    """Review M2: "تقرير من إعداد:" announces its writer; on a page with no title line the lead's sentence is read."""
    headline, from_body = _headline(*MENU, "تقرير من إعداد:", "سامي خليل – عمان", PLANT_LEAD, PLANT_SECOND, THIRD)
    assert from_body and headline != "تقرير من إعداد:"


THESIS_TITLE = "الباحثة سامية خليل تنال الدكتوراه بميزة مشرف جدا"
THESIS_CLOSE = ("وبعد المداولة قررت اللجنة قبول الأطروحة ومنح الباحثة لقب دكتورة في القانون الخاص بميزة مشرف جدا مع "
                "التوصية بالنشر، وسط حضور كبير من الأساتذة والطلبة وأفراد العائلة.")
THESIS_SECOND = ("ويتناول موضوع الأطروحة تنظيم الأسواق الشعبية في المدن بين القانون والعرف المحلي، "
                 "وقد قسمته الباحثة إلى بابين رئيسيين.")
TEAM_TITLE = "المنتخب يعلن قائمة اللاعبين المشاركين في بطولة آسيا"
TEAM_CLOSE = ("وأعلن الجهاز الفني للمنتخب الوطني القائمة النهائية للاعبين المشاركين في بطولة آسيا المقبلة، بعد معسكر "
              "تدريبي استمر أسبوعين في العاصمة.")
TEAM_SECOND = "وقال المدرب في مؤتمر صحفي إن اختيار اللاعبين جاء بناء على مستواهم في الدوري المحلي هذا الموسم."


@pytest.mark.parametrize("lines", [
    (THESIS_TITLE, "ناقشت الباحثة سامية خليل أطروحتها أمام لجنة من السادة:", "د. منير يوسف", "د. أحمد سالم",
     "د. ليلى منصور", THESIS_CLOSE, THESIS_SECOND),
    (THESIS_TITLE, "وتكونت لجنة المناقشة من السادة الأساتذة:", "د. منير يوسف", "د. أحمد سالم", "د. ليلى منصور",
     THESIS_CLOSE, THESIS_SECOND),
    (TEAM_TITLE, "12 مارس 2024", "وضمت القائمة ثلاثة لاعبين جدد هم:", "سامي يوسف - نادي الوحدة",
     "أحمد سالم - نادي الشرطة", "خالد منير - نادي الزوراء", TEAM_CLOSE, TEAM_SECOND),
])
def test_a_paragraph_announcing_a_list_of_names_keeps_the_list(lines):
    """Review H1: two names or more under a line closed by a colon are the list it announces, not a byline."""
    heard = spoken(parse_plain(page(*MENU, *lines)))
    announcing = next(index for index, line in enumerate(lines) if line.endswith(":"))
    assert all(line in heard for line in lines[announcing:])


COLLAPSE_LEAD = ("انهار عقار مكون من خمسة طوابق في منطقة العطارين، فجر اليوم الثلاثاء، دون وقوع إصابات، بعد "
                 "إخلائه من السكان قبل ساعات من الانهيار.")
DEATH_LEAD = ("توفي الفنان سامي خليل، صباح اليوم الثلاثاء، عن عمر ناهز ثمانين عاما، بعد صراع طويل مع المرض، حسبما "
              "أعلنت نقابة المهن التمثيلية في بيان رسمي.")


@pytest.mark.parametrize("kicked, lead", [("عاجل| وفاة الفنان سامي خليل", DEATH_LEAD),
                                          ("بالصور| انهيار عقار في العطارين", COLLAPSE_LEAD),
                                          ("فيديو | انهيار عقار في العطارين", COLLAPSE_LEAD)])
def test_a_short_title_under_its_kicker_and_a_bar_is_the_headline(kicked, lead):
    """Review H2: a kicker before a bar ("عاجل|", "فيديو |") tags a title, it heads no masthead."""
    assert _headline(*MENU, kicked, "12 مارس 2024", lead, SECOND, THIRD) == (kicked, False)


def test_a_section_s_name_beside_a_kicker_is_still_a_masthead():
    assert is_masthead("فيديو | أخبار محلية") and not is_masthead("فيديو | انهيار عقار في العطارين")
