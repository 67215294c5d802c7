"""Section titles on unseen pages (issue 11): lines shaped like a sub-heading that head no part, and sub-headings
that must stay. Our own words, in the shapes real pages have."""

import pytest

from text.blocks import Block, build_sections, is_bullet
from text.lineshape import ends_sentence
from text.plain import split_plain
from tests.support.pages import LEAD, SECOND, SUBHEAD, THIRD, TITLE

# A page that sets each paragraph's first words apart on a line of their own (as a column's layout breaks them).
SET_APART = """\
افتتحت البلدية
صباح اليوم محطة جديدة لتحلية مياه البحر بطاقة تبلغ مئة ألف متر مكعب يوميا في خطوة طال انتظارها.
وقال رئيس
البلدية إن المحطة تعمل بالطاقة الشمسية جزئيا وإن كلفتها بلغت نحو ثلاثين مليون دولار أمريكي.
يذكر أن المحطة
الجديدة هي الثالثة من نوعها على الساحل بعد محطتين افتتحتا في الشمال قبل خمس سنوات تقريبا.
"""

# Sub-headings written as names, one shaped like a sentence's first words ("أكبر" has a past verb's shape), and one
# paragraph of the article broken after its first words ("وقال المهندس").
WITH_SUB_HEADINGS = """\
مدينة الساحل تفتتح أكبر محطة لتحلية المياه في المنطقة
افتتحت بلدية مدينة الساحل صباح اليوم محطة جديدة لتحلية مياه البحر بطاقة تبلغ مئة ألف متر مكعب يوميا.
مراحل التشغيل
وأوضح المهندس المسؤول أن التشغيل سيبدأ بنصف الطاقة خلال الشهر الأول ثم يرتفع تدريجيا حتى يكتمل قبل نهاية العام.
أكبر محطة في المنطقة
تعد المحطة الجديدة الأكبر من نوعها في المنطقة كلها إذ تزيد طاقتها على طاقة المحطتين القديمتين معا بكثير.
وقال المهندس
المسؤول عن المحطة إن العمال أنهوا تركيب الألواح الشمسية فوق سطح المبنى الرئيسي قبل موعدها بأسبوعين.
تمويل المشروع
وجاء تمويل المشروع من قرض ميسر ومن مساهمة القطاع الخاص التي بلغت نحو ثلث الكلفة الإجمالية للمحطة.
"""


def _titles(page: str) -> list[str]:
    return [section.title for section in split_plain(page).article.sections if section.title]


def _assert_each_heads_its_part(headings, above, below, separator="\n"):
    """Each of ``headings``, on a page of its own between the lines ``above`` and ``below`` it, is the page's one
    section title."""
    for heading in headings:
        page = separator.join([*above, heading, *below]) + "\n"
        assert _titles(page) == [heading], heading


def test_first_words_set_apart_head_no_part():
    """Each paragraph's first words on a line of their own, shaped as a sentence's ("افتتحت البلدية", a verb in the
    past first; "يذكر أن المحطة"), one going on ("وقال رئيس"): no sub-heading, every word read."""
    split = split_plain(SET_APART)
    assert _titles(SET_APART) == []
    assert all(line.spoken for line in split.lines)


def test_sub_headings_stay_beside_a_broken_paragraph():
    """Keep-test: a page whose sub-headings are names keeps them, the one with a past verb's shape ("أكبر") too, when
    one paragraph of it is broken after its first words."""
    assert _titles(WITH_SUB_HEADINGS) == ["مراحل التشغيل", "أكبر محطة في المنطقة", "تمويل المشروع"]


def test_a_label_over_a_list_leads_into_it_whatever_the_line_model_says():
    """A label closed by a colon over a list's first item heads no part even when the line model is sure of it
    (``Block.title``); over a paragraph it heads its part."""
    lead = "أعلنت الحكومة اليوم إطلاق خطة وطنية لإنتاج الكهرباء من الطاقة الشمسية خلال عشر سنوات."
    items = [Block("- خفض فاتورة الكهرباء في البيوت."), Block("- فرص عمل جديدة في المحافظات.")]
    paragraph = Block("وتقول الوزارة إن الخطة ستخفض فاتورة الكهرباء في البيوت وتخلق فرص عمل جديدة في المحافظات.")
    for label in ("الفوائد:", "🔹 الفوائد:"):
        assert [s.title for s in build_sections([Block(lead), Block(label, title=True), *items])] == [None]
        assert [s.title for s in build_sections([Block(lead), Block(label, title=True), paragraph])] == [None, label]


# An agency's story: its dateline alone over the lead (a place with no article: "الساحل" would be an event's noun),
# and two paragraphs whose first words the page set apart.
DATELINE_PAGE = """\
/وكالة الساحل/
طنجة في 12 مارس
أعلنت بلدية مدينة الساحل أنها افتتحت صباح اليوم محطة جديدة لتحلية مياه البحر بطاقة كبيرة.
وقالت
البلدية في بيان إن المحطة تعمل بالطاقة الشمسية جزئيا وإن كلفتها بلغت نحو ثلاثين مليون دولار.
وتم تشغيل المحطة
بنصف طاقتها خلال الشهر الأول على أن ترتفع طاقتها تدريجيا حتى تكتمل قبل نهاية العام الجاري.
"""


def test_a_dateline_over_the_lead_opens_it_and_pieces_are_no_sub_headings():
    """A dateline alone over the lead ("PLACE في DATE") is read with it, neither the headline nor the article's first
    sub-heading; a paragraph's first words set apart ("وقالت", "وتم تشغيل المحطة": "تم" needs what follows) head no
    part."""
    split = split_plain(DATELINE_PAGE)
    assert _titles(DATELINE_PAGE) == []
    assert all(line.spoken for line in split.lines[1:])
    assert [line.decision for line in split.lines][1] == "body"


def test_a_title_naming_what_happens_on_a_day_stays_the_headline():
    """Keep-test: two words of a title and a date ("مؤتمر المناخ في 5 نوفمبر") are no dateline."""
    page = ("مؤتمر المناخ في 5 نوفمبر\n"
            "تستضيف مدينة الساحل مؤتمر المناخ في الخامس من نوفمبر بمشاركة وفود من أربعين دولة ومنظمات دولية كثيرة.\n"
            "وقال رئيس البلدية إن المدينة أعدت قاعات المؤتمر وفنادقها لاستقبال الوفود قبل موعده بأسبوعين كاملين.\n")
    assert split_plain(page).article.headline == "مؤتمر المناخ في 5 نوفمبر"


def test_the_introduction_heads_the_first_part_of_a_page_cut_short():
    """"مقدمة" (or "تقديم:") right above the first paragraph names the article's opening part, even when the page was
    cut before any other sub-heading: it is no caption, nor furniture above the article."""
    lead = ("يعد الماء عنصرا أساسيا في حياة المدن الساحلية، فبدونه تتوقف الزراعة والصناعة، وقد زادت الحاجة إليه مع "
            "ازدياد عدد السكان في العقود الأخيرة.")
    second = ("وتواجه مدينة الساحل منذ سنوات نقصا متزايدا في مياه الشرب، دفع البلدية إلى البحث عن مصادر جديدة أهمها "
              "تحلية مياه البحر، كما يبين هذا المقال.")
    _assert_each_heads_its_part(("مقدمة", "تقديم:"), ["أزمة المياه في مدينة الساحل: الأسباب والحلول"], [lead, second],
                                separator="\n\n")


def test_a_title_naming_an_event_by_its_definite_noun_stays_the_headline():
    """Keep-test (reviewer, s14review3.md on e10beaa): a one-word "place" with the article that is no known city is the
    day's event ("الانتخابات في 12 ديسمبر", "العودة في 3 سبتمبر"): the page's headline, not a dateline."""
    for title, lead in (("الانتخابات في 12 ديسمبر",
                         "أعلنت الهيئة العليا للانتخابات مساء أمس أن الانتخابات التشريعية ستجرى في الثاني عشر من "
                         "ديسمبر المقبل بعد تأجيلها مرتين بسبب الخلاف على قانون الانتخاب."),
                        ("العودة في 3 سبتمبر",
                         "قررت وزارة التربية أن يبدأ العام الدراسي الجديد في الثالث من سبتمبر المقبل في جميع المدارس "
                         "الحكومية والخاصة بعد انتهاء أعمال الصيانة.")):
        page = (f"الرئيسية | سياسة\n\n{title}\n\n{lead}\n\n"
                "وقال رئيس الهيئة في مؤتمر صحفي إن باب الترشح سيفتح مطلع الشهر المقبل ويستمر أسبوعين كاملين.\n")
        assert split_plain(page).article.headline == title


# A feature whose sub-headings are short sentences, each over a paragraph opening its own sentence, and one paragraph
# broken after its first words ("وقال صاحب" / "مخبز ...": the line under it goes on from them).
SENTENCE_SUB_HEADINGS = """\
أزمة الخبز تعود إلى أسواق المدينة مع بداية الشتاء
عادت طوابير الخبز إلى شوارع المدينة منذ مطلع الأسبوع بعد أن قلصت المخابز ساعات عملها بسبب نقص الطحين.
تضاعفت الأسعار
ارتفع سعر ربطة الخبز في السوق الحرة من ألف ليرة إلى ألفين خلال أسبوعين فقط فيما بقي السعر المدعوم ثابتا.
وقال صاحب
مخبز في الحي الشرقي إن المطاحن لم تسلمه حصته من الطحين منذ عشرة أيام وإنه يعمل بنصف طاقته منذ ذلك الوقت.
تراجع الإقبال على الحلويات
انعكست الأزمة على محلات الحلويات التي تعتمد على الطحين نفسه إذ قال أصحابها إن المبيعات انخفضت إلى النصف.
وعدت الحكومة بالحل
أعلنت وزارة التجارة أن شحنة قمح مستوردة ستصل إلى الميناء نهاية الشهر وأنها ستوزع على المطاحن فور وصولها.
"""


def test_sentence_sub_headings_over_their_own_sentences_stay_beside_a_broken_paragraph():
    """Keep-test (reviewer, s14review3.md on 79d5daf): short sentences heading parts ("تضاعفت الأسعار", "وعدت الحكومة
    بالحل") stay sub-headings when the line under each opens its own sentence ("ارتفع ...", "أعلنت ..."); the broken
    paragraph's first words ("وقال صاحب"), whose line goes on from them, head no part, with and without blank lines."""
    expected = ["تضاعفت الأسعار", "تراجع الإقبال على الحلويات", "وعدت الحكومة بالحل"]
    assert _titles(SENTENCE_SUB_HEADINGS) == expected
    assert _titles(SENTENCE_SUB_HEADINGS.replace("\n", "\n\n")) == expected


def test_a_sub_heading_may_open_with_a_noun_that_begins_with_wa_or_fa():
    """"وجهة" (a destination) and "فكرة" (an idea) are nouns of their own, not و + "جهة" or ف + "كرة" going on from a
    paragraph: a short line opening with one between two paragraphs heads a part."""
    first = ("تقع المدينة الصحراوية الصغيرة في جنوب شرق البلاد، وهي معلم سياحي حقيقي يقصده الزوار من كل مكان لقضاء "
             "ليلة في الصحراء الواسعة.")
    second = ("يمكن للزائر أن يجد هنا أفضل المخيمات الصحراوية، إذ صارت رحلة السفاري في الصحراء أمرا لا بد منه لكل "
              "من يأتي إلى المنطقة.")
    _assert_each_heads_its_part(("وجهة مهيئة خصيصا للسياحة", "فكرة المخيمات الصحراوية"),
                                ["المدينة الصحراوية: رمال هادئة وسماء صافية", first], [second])


def test_a_list_item_over_the_next_item_heads_no_part_whatever_the_line_model_says():
    """A line marked as a list's item over the next item marked the same way is the list's first item even when the
    line model is sure it is a sub-heading (``Block.title``); over its part's text a marked line heads the part."""
    lead = "وتنقسم المحطة الجديدة إلى قسمين يعمل كل منهما بطاقة مستقلة عن الآخر، ويمكن تشغيلهما معا عند الحاجة:"
    paragraph = Block("يضم القسم الشمالي وحدات التحلية الكبيرة التي تعمل بالطاقة الشمسية طوال ساعات النهار كلها.")
    for first, second in (("• القسم الشمالي", "• القسم الجنوبي"), ("1. القسم الشمالي", "2. القسم الجنوبي")):
        sections = build_sections([Block(lead), Block(first, title=True), Block(second), paragraph])
        assert [s.title for s in sections] == [None], first
        sections = build_sections([Block(lead.rstrip(":") + "."), Block(first, title=True), paragraph])
        assert [s.title for s in sections] == [None, first], first


def test_a_question_drawn_from_what_was_said_heads_no_part():
    """A question opening with ف joined to its question word ("فهل ...؟") closes the paragraph's thought, whatever the
    line model says; one opening with و may head the last part ("وماذا بعد؟"), and a plain one heads a part."""
    lead = "وخرج سكان المدن إلى الأرياف لقضاء الصيف، وهم جميعا متعلقون بموسم أمطار جيد يعيد الحياة إلى المراعي."
    after = Block("وتراقب الحكومة الوضع الذي صار مفتوحا على سنة جافة لا تقل شأنا عن السنوات الصعبة التي سبقتها.")
    for line, heads in (("فهل يحمل الشهر المقبل ما يكمل فرحة هؤلاء؟", False), ("وماذا بعد؟", True),
                        ("هل يحمل الشهر المقبل الأمطار؟", True)):
        sections = build_sections([Block(lead), Block(line, title=True), after])
        assert [s.title for s in sections] == ([None, line] if heads else [None]), line


def test_a_heading_closed_by_a_full_stop_heads_its_part_when_the_paragraph_under_it_says_it_again():
    """A few words closed by a full stop between two long paragraphs head a part when the paragraph under them says
    them again ("تأجيلات بسبب الطقس." / "... بعد عدة تأجيلات بسبب الطقس."), even when no other heading of the page is
    closed so; a short sentence the paragraph does not take up stays a paragraph."""
    first = Block("قالت وكالة الفضاء إن المركبة دخلت بنجاح مدار القمر، وإنها ستحاول الهبوط على سطحه في الشهر المقبل "
                  "إذا سارت الأمور كما هو مخطط لها.")
    below = Block("وكانت المهمة قد انطلقت في السادس من سبتمبر من هذا العام بعد عدة تأجيلات بسبب الطقس، كما قالت "
                  "الوكالة في بيانها.")
    for line, heads in (("تأجيلات بسبب الطقس.", True), ("الوضع هادئ في المركز.", False)):
        sections = build_sections([first, Block(line), below])
        assert [s.title for s in sections] == ([None, line] if heads else [None]), line


def test_a_label_over_keycap_numbered_items_at_the_page_cut_end_leads_into_them():
    """A digit written as a keycap emoji ("1️⃣") numbers a list's item; a label closed by a colon over the first such
    item, the page cut right after it, leads into the list and heads no part of its own."""
    page = "\n".join([TITLE, LEAD, SUBHEAD, SECOND, "مراحل العمل", THIRD, "📍 خطوات التشغيل:",
                      "1️⃣ فتح الصمام الرئيسي: يبدأ العامل عند"]) + "\n"
    assert _titles(page) == [SUBHEAD, "مراحل العمل"]
    assert is_bullet("1️⃣ فتح الصمام الرئيسي") and not is_bullet("4.5 مليار دولار")


def test_emoji_closing_a_line_do_not_hide_its_sentence_end():
    """A paragraph closed by a question and emoji ("... هل أنت مستعد؟ 🎮") is finished, so a numbered question standing
    alone under it heads the part below, as it does under a plain full stop."""
    intro = ("في هذا المقال نتعرف على تاريخ اللعبة وطريقة لعبها وأسباب نجاحها وتأثيرها على المجتمع وأبرز التحديات "
             "التي واجهتها. هل أنت مستعد؟ 🎮💥")
    below = ("هي لعبة فيديو متعددة اللاعبين تجمع مئة لاعب على جزيرة واحدة، ويبقى فيها آخر لاعب أو فريق على قيد "
             "الحياة فائزا بالمباراة.")
    page = "\n".join(["لعبة الجزيرة: القصة والنجاح والتأثير", LEAD, intro, "1. ما هي لعبة الجزيرة؟ 🤔", below]) + "\n"
    assert _titles(page) == ["1. ما هي لعبة الجزيرة؟ 🤔"]
    assert ends_sentence(intro) and not ends_sentence("لعبة الجزيرة 🎮")


def test_a_page_ending_no_paragraph_is_no_column_broken_into_pieces():
    """A page whose paragraphs all go without a full stop is not one copied from a narrow column (where lines stop
    inside sentences and end some paragraphs with a stop): a short line between its paragraphs heads a part."""
    lines = ["شهدت امتحانات الشهادة الثانوية هذا العام إقبالا كبيرا من الطلاب حيث تقدم لها أكثر من مئة ألف طالب",
             "نسب النجاح في امتحانات الشهادة",
             "أظهرت النتائج تفاوتا كبيرا في نسب النجاح بين المدارس الحكومية والخاصة في المحافظات كلها هذا العام",
             "وقالت الوزارة إن النتائج ستعلن على موقعها الرسمي خلال يومين وإن الطلاب يستطيعون الاستعلام عنها"]
    sections = build_sections([Block(line) for line in lines])
    assert [s.title for s in sections] == [None, "نسب النجاح في امتحانات الشهادة"]


def test_a_credit_naming_an_outlet_heads_no_part():
    """Names joined by a separator, one an outlet's ("الساحل نيوز / المدينة"), are a credit even between two paragraphs
    where the page's evidence keeps it with the article: it heads no part. A sub-heading of a place and a clause of
    the article's stays one."""
    first = Block("صوت أعضاء مجلس المحافظة خلال جلسة استثنائية على خطة مشاريع العام الحالي، فيما أكدت لجنة الإعمار أن "
                  "الخطة تشمل مشاريع كثيرة.")
    second = Block("وقالت رئيسة لجنة الإعمار في حديث لقناة الساحل نيوز إن أعضاء المجلس صوتوا بالأغلبية المطلقة على "
                   "الخطة خلال جلسة اليوم.")
    for line, heads in (("الساحل نيوز / المدينة", False), ("جريدة الساحل - المدينة", False),
                        ("المدينة - مشاريع الطرق الجديدة", True)):
        sections = build_sections([first, Block(line), second])
        assert [s.title for s in sections] == ([None, line] if heads else [None]), line


def test_an_electronic_things_name_and_its_part_head_a_part():
    """Reviewer's probe (s14review4.md, 99c6a94): "الإلكترونية" describes the thing ("الحكومة الإلكترونية / الخدمات");
    only with an outlet's name is it an outlet's word."""
    for heading in ("الحكومة الإلكترونية / الخدمات", "التجارة الإلكترونية - الأرقام"):
        page = "\n".join([TITLE, LEAD, heading, SECOND, THIRD]) + "\n"
        assert _titles(page) == [heading], heading


FAQ = [
    "منوعات",
    "كل ما تريد معرفته عن التسجيل في الجامعات الحكومية هذا العام",
    ("فتحت وزارة التعليم العالي باب التسجيل الإلكتروني في الجامعات الحكومية للطلبة الناجحين في امتحان "
     "الثانوية العامة، ويستمر التسجيل حتى نهاية الشهر الجاري."),
    "ونجيب في هذا التقرير عن أبرز الأسئلة التي يطرحها الطلبة وأولياء أمورهم حول خطوات التسجيل وشروطه.",
    "1. ما هي الوثائق المطلوبة للتسجيل؟",
    "2. صورة عن شهادة الثانوية العامة مصدقة من الوزارة.",
    "3. صورة عن الهوية الشخصية أو جواز السفر ساري المفعول.",
    "4. كيف أختار التخصص المناسب؟",
    "5. ينصح الخبراء بمراجعة معدلات القبول في السنوات السابقة قبل ترتيب الرغبات.",
    "6. ما موعد إعلان النتائج؟",
    ("وتعلن نتائج القبول الموحد عادة بعد أسبوعين من إغلاق باب التسجيل، عبر الموقع الإلكتروني للوزارة "
     "ورسائل نصية تصل إلى هواتف الطلبة."),
]


def test_a_numbered_question_over_a_numbered_answer_heads_its_part():
    """Reviewer's probe (s14review4.md, 43492b0): in a numbered FAQ each question heads the numbered answer under it;
    a list's item over its next item of the same kind still heads nothing."""
    titles = _titles("\n".join(FAQ) + "\n")
    assert titles == [line for line in FAQ if line.endswith("؟") and line[:1].isdigit()]


def test_a_part_named_by_a_madda_word_or_a_word_whose_wa_is_its_own_heads_its_part():
    """Reviewer's probes (s15fixreview_body.md M2, M3): "آي باد" names a product, not "أي" opening a sentence, and the
    و of "وفق" is the word's own, no conjunction joined to an opener ("واضاف" goes on from above)."""
    title = "أي جهاز لوحي تختار؟ مقارنة بين أبرز الأجهزة"
    first = "تتنافس الشركات هذا العام على سوق الأجهزة اللوحية، ولكل جهاز منها ما يميزه قبل الشراء."
    second = "يأتي الجهاز بشاشة واضحة وبطارية تدوم يومين، لكن سعره هو الأعلى بين الأجهزة المعروضة."
    _assert_each_heads_its_part(("آي باد برو الجديد:", "وفق الأسعار الحالية"), [title, first], [second])


@pytest.mark.parametrize("label", ["أولا:", "المحور الأول:", "تفاصيل الجلسة:"])
def test_a_parts_name_under_a_label_numbering_or_naming_the_parts_heads_its_part(label):
    """Reviewer's probes (s15fixreview_body.md M6): a label numbering a part ("أولا:", "المحور الأول:") or naming a
    group of parts, no lead-in going on as a sentence, stands over the part's name, which heads its paragraph."""
    name = "حماية الشواطئ من التلوث"
    part = "طالب المجتمعون بمنع رمي مخلفات المصانع في البحر، وبفرض غرامات كبيرة على المخالفين من الشركات."
    page = "\n".join([TITLE, LEAD, SECOND, label, name, part]) + "\n"
    assert name in _titles(page)


def test_a_verse_under_a_lead_in_going_on_as_a_sentence_heads_no_part_over_a_paragraph():
    """Keep-test for M6: "ومن أشهر ..." leads into its verse even when a finished paragraph follows the verse."""
    verse = "يا ليل طل فالقلب لا يعرف النوم"
    page = "\n".join([TITLE, LEAD, "ومن أشهر قصائده:", verse, THIRD]) + "\n"
    assert verse not in _titles(page)
