"""A page whose every paragraph a ragged wrap broke inside its sentences (``text.rewrap``): pieces of any length, some
of a word or two ("قبل مع", "ففي", "الاستوديو، نجد"), no width they fill. Each paragraph is read as one, so no piece
is dropped as furniture before or after the article and none is taken as the title. Look-alikes keep their roles on
such a page: the title, a sub-heading, a list's items, a photo's caption or a credit closed by a comma, a share widget;
a page written one paragraph a line is left as it is. Synthetic pages of our own words."""

import pytest

from tests.support.article_views import page, reasons, spoken
from text.plain import parse_plain, split_plain
from text.rewrap import rewrap, wrapped_runs
from text.unwrap import wrap_width

MENU = ("الرئيسية", "أخبار محلية", "اقتصاد", "رياضة")
TITLE = "بلدية المدينة تفتتح محطة جديدة لمعالجة المياه"
FOOTER = ("شارك الخبر", "تابعونا على فيسبوك وتويتر", "جميع الحقوق محفوظة © 2024")
WRAPPED = [
    "افتتح رئيس البلدية صباح اليوم محطة جديدة لمعالجة المياه في",
    "الحي الشمالي، بعد أشهر من العمل المتواصل الذي شارك فيه عدد",
    "من",
    "المهندسين والعمال المحليين.",
    "وقال رئيس البلدية في كلمته إن المحطة ستنتج ألف متر مكعب كل يوم، وإنها",
    "ستغطي حاجة",
    "نحو عشرين ألف أسرة، مشيرا إلى أن",
    "المرحلة الثانية ستبدأ قبل نهاية العام.",
    "ففي",
    "الوقت الذي كانت فيه الأحياء تعاني من انقطاع الماء صيفا، نجد",
    "أن",
    "السكان اليوم ينتظرون تحسنا كبيرا في الخدمة.",
]
"""Three paragraphs broken anywhere: pieces ending on a preposition, a comma, "أن"; a piece of one word ("من",
"ففي"); a piece opening with "أن"."""
PARAGRAPHS = [" ".join(WRAPPED[0:4]), " ".join(WRAPPED[4:8]), " ".join(WRAPPED[8:12])]


def _read(*lines: str):
    text = page(*lines)
    return text, parse_plain(text)


def test_each_paragraph_a_ragged_wrap_broke_is_read_as_one():
    assert wrap_width(WRAPPED) is None  # ragged: the even wrap's joining leaves the page alone
    text, article = _read(*MENU, TITLE, *WRAPPED, *FOOTER)
    assert article.headline == TITLE and not article.headline_from_body
    assert spoken(article) == PARAGRAPHS
    assert not set(WRAPPED) & set(reasons(article))
    assert not any(item in unit for item in (*MENU, *FOOTER) for unit in spoken(article))


def test_the_joined_lines_keep_the_number_of_their_first_piece_and_inspect_names_the_last():
    numbered = rewrap(list(enumerate(["", *WRAPPED])))
    assert [index for index, _ in numbered] == [0, 1, 5, 9]
    first = next(line for line in split_plain(page(TITLE, *WRAPPED)).lines if line.number == 2)
    assert first.text == PARAGRAPHS[0] and "lines 2-5 joined" in first.why


def test_a_page_without_a_title_opens_with_its_lead_read_whole():
    lead = ["شفق نيوز/ اشتكى عدد من مزارعي القرى الجنوبية في المحافظة أمس من تراجع",
            "أسعار القمح، بعد أن امتلأت الأسواق بالكميات المستوردة من",
            "الخارج بأسعار أقل."]
    text, article = _read("2024-05-12T08:00:00+00:00", *lead, *WRAPPED[4:], *FOOTER)
    assert article.headline_from_body and article.headline == " ".join(lead)
    assert spoken(article) == PARAGRAPHS[1:]
    assert not any(line.startswith(lead[0]) for line in reasons(article))


def test_a_page_written_one_paragraph_a_line_is_left_alone():
    lines = [*MENU, TITLE, *PARAGRAPHS, "وأكد رئيس البلدية أن العمل مستمر، ولن يتوقف قبل",
             "إنجاز المشروع كاملا.", *FOOTER]
    assert wrapped_runs(lines) == []  # one sentence broken on a sure mark is no wrapped page
    assert rewrap(list(enumerate(lines))) == list(enumerate(lines))


@pytest.mark.parametrize("title", [
    "وقعت البلدية والشركة الوطنية عقدا بقيمة مليوني دينار لتوسيع شبكة المياه",
    "عجز الموازنة السنوية للبلدية في العام الحالي هو الأكبر منذ سنوات",
    TITLE,
], ids=["past-verb-title-over-a-fronted-lead", "title-ending-on-a-preposition-and-a-word", "short-title"])
def test_a_title_over_a_wrapped_page_stays_the_headline(title):
    lead = ["بموجب العقد الذي جرى توقيعه صباح اليوم في مقر البلدية، ستمد",
            "الشركة خلال العامين المقبلين أنابيب جديدة بطول مئة كيلومتر في",
            "الأحياء الشرقية."]
    article = _read(*MENU, title, *lead, *WRAPPED[4:], *FOOTER)[1]
    assert article.headline == title and not article.headline_from_body
    assert spoken(article) == [" ".join(lead), *PARAGRAPHS[1:]]


@pytest.mark.parametrize("line", [
    "مشهد عام للمحطة الجديدة في الحي الشمالي خلال حفل الافتتاح صباح اليوم،",
    "ترجمة وإعداد فريق الموقع عن تقرير مطول لصحيفة محلية،",
], ids=["caption", "credit"])
def test_a_caption_or_a_credit_closed_by_a_comma_over_the_lead_is_not_glued_into_it(line):
    lines = [*MENU, TITLE, line, *WRAPPED, *FOOTER]
    assert line in [text for _, text in rewrap(list(enumerate(lines)))]
    article = _read(*lines)[1]
    assert article.headline == TITLE
    assert spoken(article)[-3:] == PARAGRAPHS  # read as a page one paragraph a line reads it (a caption: kept, unsure)


def test_a_sub_heading_between_wrapped_paragraphs_stays_a_sub_heading():
    heading = "تفاصيل المشروع"
    article = _read(*MENU, TITLE, *WRAPPED[:8], heading, "وأوضح المهندس المشرف أن المحطة تعمل بالطاقة",
                    "الشمسية، وأن كلفتها بلغت مليون دينار.", *FOOTER)[1]
    assert [section.title for section in article.sections] == [None, heading]
    assert spoken(article)[-1] == "وأوضح المهندس المشرف أن المحطة تعمل بالطاقة الشمسية، وأن كلفتها بلغت مليون دينار."


def test_a_lists_items_under_a_wrapped_paragraph_stay_items():
    items = ["- تحسين ضغط المياه في الأحياء المرتفعة", "- خفض نسبة الفاقد في الشبكة القديمة"]
    article = _read(*MENU, TITLE, *WRAPPED[:8], "وتهدف المحطة إلى", *items, *WRAPPED[8:], *FOOTER)[1]
    assert "وتهدف المحطة إلى" in spoken(article)
    assert all(any(unit.endswith(item[2:]) and len(unit) < len(item) + 3 for unit in spoken(article))
               for item in items)


def test_a_share_widget_under_a_piece_going_on_is_not_glued_into_it():
    cut = ["وأضاف أن المحطة الثانية ستقام في الحي الغربي،", "بعد أن تنتهي الدراسات التي"]
    text, article = _read(*MENU, TITLE, *WRAPPED, *cut, *FOOTER)
    assert not any(item in unit for item in FOOTER for unit in spoken(article))
    assert " ".join(cut) in spoken(article)


def test_other_stories_titles_cut_short_under_a_most_read_marker_are_no_pieces():
    teasers = ["وزير المالية يعلن حزمة إجراءات جديدة لدعم الشركات الصغيرة في",
               "ارتفاع أسعار الذهب في الأسواق المحلية مع اقتراب موسم الأعراس من",
               "البنك المركزي يبقي سعر الفائدة دون تغيير للمرة الرابعة على"]
    lines = [*MENU, TITLE, *WRAPPED, "الأكثر قراءة", *teasers, *FOOTER]
    assert all(teaser in [text for _, text in rewrap(list(enumerate(lines)))] for teaser in teasers)
    article = _read(*lines)[1]
    assert article.headline == TITLE and spoken(article) == PARAGRAPHS


def test_a_page_copied_with_a_blank_line_between_every_line_is_read_paragraph_by_paragraph():
    spaced = [piece for line in WRAPPED for piece in (line, "")]
    article = _read(*MENU, TITLE, "", *spaced, *FOOTER)[1]
    assert article.headline == TITLE and spoken(article) == PARAGRAPHS


def test_a_blank_line_ends_a_paragraph_on_a_page_wrapped_without_them_unless_the_break_is_sure():
    lines = [*WRAPPED[:6], "", *WRAPPED[6:]]
    assert [text for _, text in rewrap(list(enumerate(lines))) if text] == [
        PARAGRAPHS[0], " ".join(WRAPPED[4:6]), " ".join(WRAPPED[6:8]), PARAGRAPHS[2]]


# Look-alikes of a wrapped page (review of session 27): pages one paragraph a line whose lines stop on a comma or a
# preposition for other reasons. Each must be read as it would be with no rewrap at all.

COMMA_PARAGRAPHS = [
    "عقد المجلس البلدي جلسته الشهرية أمس برئاسة رئيس البلدية وبحضور أعضائه كافة لمناقشة خطة النظافة الجديدة،",
    "واستعرض مدير الخدمات خلال الجلسة نتائج المرحلة الأولى من الخطة، إضافة إلى عدد الشاحنات التي دخلت الخدمة،",
    "وأشار المدير إلى أن جمع النفايات صار يتم مرتين في اليوم في الأحياء المزدحمة",
    "وبين أن البلدية تعمل على توظيف عمال جدد لتغطية الأحياء البعيدة عن المركز،",
    "لافتا إلى أن المجلس خصص مبلغا إضافيا في موازنة العام المقبل لشراء حاويات حديثة",
]
"""Paragraphs one a line, several closed by a comma and the next going on from it ("لافتا إلى أن ..."), some with no
full stop at all: a site's way of writing, not a wrap."""
OTHER_STORIES = [
    "نادي الشباب يتعاقد مع مدرب أجنبي لقيادة الفريق في",
    "افتتاح سوق شعبية جديدة في وسط المدينة",
    "الدفاع المدني ينفذ تمرينا لإخلاء مبنى حكومي من",
    "طلاب المدارس يبدأون امتحانات نهاية العام الدراسي",
    "مجلس المحافظة يناقش مشروع الموازنة الجديدة خلال",
    "إغلاق طريق المطار القديم بسبب أعمال التوسعة",
]
"""Other stories' titles in a column, every other one cut short on a preposition."""


def _lines_after_rewrap(lines):
    return [text for _, text in rewrap(list(enumerate(lines)))]


def test_paragraphs_closed_by_commas_with_a_sub_heading_and_a_box_under_them_are_no_wrapped_page():
    heading = "شكاوى السكان"
    after_heading = "من جهة أخرى، تلقت البلدية خلال الشهر الماضي أكثر من مئتي شكوى تتعلق بتأخر جمع النفايات."
    lines = [*MENU, TITLE, "الأحد 3 مارس 2024", *COMMA_PARAGRAPHS[:3], heading, after_heading,
             *COMMA_PARAGRAPHS[3:], *OTHER_STORIES[:4], *FOOTER]
    assert wrapped_runs(lines) == []  # four commas and two prepositions in one stretch: no evidence of a wrap
    assert _lines_after_rewrap(lines) == lines
    article = _read(*lines)[1]
    assert heading in spoken(article) and after_heading in spoken(article)  # no piece of a sentence
    assert not any(story in unit for story in OTHER_STORIES for unit in spoken(article) if unit != story)


@pytest.mark.parametrize("label", ["آخر الأخبار", "الأكثر مشاهدة", None], ids=["latest", "most-viewed", "no-label"])
def test_a_column_of_titles_cut_on_a_preposition_under_a_clean_article_is_not_read_as_a_paragraph(label):
    article_lines = [
        "افتتح رئيس البلدية صباح اليوم محطة جديدة لمعالجة المياه في الحي الشمالي بحضور عدد من المسؤولين.",
        "وقال في كلمته إن المحطة ستنتج ألف متر مكعب يوميا وتغطي حاجة نحو عشرين ألف أسرة.",
        "وأضاف أن المرحلة الثانية من المشروع ستبدأ قبل نهاية العام الحالي.",
    ]
    box = [label] if label else []
    lines = [*MENU, TITLE, "الأحد 3 مارس 2024", *article_lines, *box, *OTHER_STORIES, "جميع الحقوق محفوظة © 2024"]
    assert wrapped_runs(lines) == []  # three sure breaks, all in one column under the last sentence's end
    article = _read(*lines)[1]
    assert article.headline == TITLE
    assert spoken(article)[:3] == article_lines
    assert not any(story in unit for story in OTHER_STORIES for unit in spoken(article))
    assert label is None or label not in [section.title for section in article.sections]


def test_an_interview_whose_questions_lack_a_question_mark_is_no_wrapped_page():
    lines = [*MENU, "مديرة المكتبة العامة: نريد أن يعود الشباب إلى القراءة", "حاورتها: هدى ناصر",
             "قالت مديرة المكتبة العامة إن عدد الزوار ارتفع هذا العام، رغم قلة الموارد،",
             "وأوضحت أن المكتبة أطلقت برنامجا للقراءة الصيفية، بالتعاون مع المدارس القريبة،",
             "ما الذي تغير في المكتبة خلال السنوات الأخيرة",
             "تغير الكثير، فقد أضفنا قاعة للأطفال وركنا للكتب الصوتية،",
             "وصار بوسع القارئ أن يستعير الكتب عبر الموقع الإلكتروني",
             "كيف تجذبون الشباب إلى القراءة",
             "ننظم مسابقات شهرية ونستضيف كتابا شبابا يتحدثون عن تجاربهم.", *FOOTER]
    assert wrapped_runs(lines) == []
    assert _lines_after_rewrap(lines) == lines


def test_a_title_under_a_short_kicker_stays_the_headline_over_a_wrapped_lead():
    kicker = "ملف التعليم الجامعي"  # a series name over the title
    title = "المجلس البلدي يقر خطة النقل الجديدة التي طال انتظارها بعد سنوات من التأجيل"
    lead = ["مدير النقل في البلدية قال في مؤتمر صحفي اليوم إن أول دفعة من الحافلات ستصل",
            "إلى المدينة في الربيع المقبل، على أن تعمل على",
            "الخطوط الرئيسية."]
    article = _read(*MENU, kicker, title, *lead, *WRAPPED[4:], *FOOTER)[1]
    assert article.headline == title and not article.headline_from_body
    assert all(piece in " ".join(spoken(article)) for piece in lead)


def test_a_sub_heading_under_a_wrapped_paragraph_left_without_a_full_stop_stays_a_sub_heading():
    heading = "كلفة المشروع"
    last = ["وأكد المهندس المشرف أن العمل في المحطة سار وفق", "الجدول المحدد دون أي تأخير يذكر"]
    article = _read(*MENU, TITLE, *WRAPPED, *last, heading, "بلغت كلفة المحطة مليوني دينار من موازنة البلدية.",
                    *FOOTER)[1]
    assert heading in [section.title for section in article.sections]
    assert " ".join(last) in spoken(article)


def test_a_title_broken_over_two_lines_stays_apart_from_its_lead_on_a_wrapped_page():
    title = ["البلدية تفتتح محطة جديدة لمعالجة المياه في", "الحي الشمالي بعد أشهر من العمل"]
    lead = "بحضور عدد من المسؤولين، جرى افتتاح محطة المياه في الحي الشمالي صباح اليوم."
    lines = [*MENU, *title, lead, *WRAPPED[4:], *FOOTER]
    assert lead in _lines_after_rewrap(lines)  # the lead tells the title's words again: no piece of it


def test_a_long_page_with_a_few_lines_stopping_on_a_preposition_is_no_wrapped_page():
    places = ("الشمالي", "الجنوبي", "الشرقي", "الغربي", "القديم", "الجديد", "الصناعي", "التجاري", "الجامعي", "الساحلي")
    paragraphs = [f"وتابع المتحدث أن البلدية ستواصل {work} في الحي {place} حتى نهاية الموسم."
                  for work in ("أعمال الصيانة", "حملات النظافة") for place in places]
    cut = [[f"وأوضح أن الأعمال في الحي {place} ستنتهي خلال", f"الأسابيع القليلة المقبلة في الحي {place}."]
           for place in places[:3]]
    lines = [*MENU, TITLE, *paragraphs[:5], *cut[0], *paragraphs[5:12], *cut[1], *paragraphs[12:], *cut[2], *FOOTER]
    assert wrapped_runs(lines) == []  # three breaks in 34 lines: a few sentences cut short, not a wrapped page
    assert _lines_after_rewrap(lines) == lines
