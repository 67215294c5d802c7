"""Short lines between paragraphs that are the article's text and never a sub-heading (``text.nottitles``): a verse of
the Quran, a result after its label and the rows of its box, a quotation standing alone, the first half of a verse
written one half a line, a caption shaped as a scene. They stay spoken as body (no word dropped), so the chapters a
listener sees are the article's own. Near misses that are real sub-headings stay. Our own words throughout."""

from __future__ import annotations

from tests.support.article_views import decisions, page
from text.nottitles import never_heads_at

MATCH_TITLE = "فريق المدينة يفوز على ضيفه ويقترب من الصدارة"
MATCH_LEAD = ("فاز فريق المدينة على ضيفه فريق الساحل بثلاثة أهداف مقابل هدف في المباراة التي جرت مساء الجمعة على "
              "الملعب البلدي ضمن الجولة العشرين من الدوري.")
MATCH_MID = ("وفي الشوط الثاني، ضغط أصحاب الأرض بقوة، فأضاف المدافع الهدف الثاني برأسية بعد ركنية، ثم عزز البديل "
             "التقدم بهدف ثالث قبل النهاية بدقائق.")
MATCH_END = ("وبهذا الفوز رفع فريق المدينة رصيده إلى خمسين نقطة في المركز الثاني، بفارق نقطتين عن المتصدر، فيما "
             "بقي فريق الساحل في المركز السابع.")
WATER_TITLE = "الجفاف يضرب القرى الجبلية للعام الثالث"
WATER_LEAD = ("يعيش سكان القرى الجبلية صيفا صعبا للعام الثالث على التوالي، بعد أن تراجعت كميات الأمطار وجفت معظم "
              "الينابيع التي كانوا يعتمدون عليها في الشرب والري.")
WATER_MID = ("وتقول الجهات المحلية إن مستوى المياه الجوفية انخفض بشكل كبير خلال السنوات الماضية، محذرة من أن "
             "الوضع قد يزداد سوءا إذا استمر الحفر العشوائي للآبار.")
WATER_END = ("ويرى خبراء في الموارد المائية أن الحل يكمن في تنظيم استخدام الآبار وإقامة سدود صغيرة لحجز مياه "
             "الأمطار في الشتاء، إلى جانب حملات لترشيد الاستهلاك.")
PAY_TITLE = "الحكومة تقر زيادة في رواتب موظفي القطاع العام"
PAY_LEAD = ("أقرت الحكومة زيادة في رواتب موظفي القطاع العام بنسبة عشرة في المئة، على أن يبدأ العمل بها مطلع العام "
            "المقبل، بعد مفاوضات طويلة مع النقابات.")
PAY_MID = ("وقال وزير المالية في مؤتمر صحفي إن الزيادة ستشمل أكثر من نصف مليون موظف، وإن كلفتها ستغطى من "
           "إيرادات الضرائب الجديدة التي أقرها البرلمان.")
PAY_END = ("من جهته، رحب اتحاد النقابات بالقرار، لكنه طالب بربط الرواتب بمعدل التضخم الذي تجاوز ثمانية في المئة "
           "خلال العام الماضي.")


def test_a_result_after_its_label_and_the_rows_of_its_box_never_head_a_part():
    """A box of a match's data between paragraphs: the result row, and the label-and-value rows in a row with it
    ("البطاقات الحمراء: لا شيء"), are never a sub-heading; a label with a value that is no figure, alone between
    paragraphs ("الشاشة: لا جديد يذكر"), may be one."""
    result, scorers = "النتيجة النهائية: 3-1", "الأهداف: سالم (12)، ناصر (40) - كريم (55)"
    cards = "البطاقات الحمراء: لا شيء"
    texts = [MATCH_LEAD, MATCH_MID, result, scorers, cards, MATCH_END]
    assert all(never_heads_at(texts, position) is not None for position in (2, 3, 4))
    assert never_heads_at([MATCH_LEAD, "الشاشة: لا جديد يذكر", MATCH_END], 1) is None
    assert never_heads_at([MATCH_LEAD, cards, MATCH_END], 1) is None
    assert never_heads_at([MATCH_LEAD, "أولا: أرقام الفترة 2000 – 2012", MATCH_END], 1) is None  # years, no score


def test_a_score_between_the_teams_names_and_a_half_time_score_are_body():
    """Fails before: both headed a part (the line model sure of them)."""
    for line in ("النتيجة: فريق المدينة 3 - 1 فريق الساحل", "الشوط الأول: 2-1"):
        seen = decisions(page(MATCH_TITLE, MATCH_LEAD, line, MATCH_MID, MATCH_END))
        assert seen[line] == "body", line


def test_a_verse_of_the_quran_is_body_under_its_lead_in_or_after_it_on_its_line():
    """Fails before: the verse headed a part, with and without its lead-in line above it."""
    verse = "﴿وَأَنْزَلْنَا مِنَ السَّمَاءِ مَاءً بِقَدَرٍ﴾"
    seen = decisions(page(WATER_TITLE, WATER_LEAD, WATER_MID, "واستشهد خطيب الجامع في خطبته بقوله تعالى:", verse,
                          "داعيا المصلين إلى الاقتصاد في استعمال الماء وعدم الإسراف فيه خلال أشهر الصيف.", WATER_END))
    assert seen[verse] == "body"
    said = "قال تعالى: " + verse
    assert decisions(page(WATER_TITLE, WATER_LEAD, WATER_MID, said, WATER_END))[said] == "body"


def test_a_quotation_standing_alone_is_body():
    """Fails before: the quoted words headed a part."""
    quote = "\"لن نتراجع عن الزيادة\""
    seen = decisions(page(PAY_TITLE, PAY_LEAD, PAY_MID, quote,
                          "بهذه الكلمات ختم الوزير حديثه للصحفيين، مؤكدا أن الحوار مع النقابات سيستمر.", PAY_END))
    assert seen[quote] == "body"


def test_a_verse_written_one_half_a_line_under_its_lead_in_is_body():
    """Fails before: the first half-verse headed a part."""
    first, second = "أيا نبعَ القريةِ هل يعودُ ماؤكَ", "فقد طالَ الانتظارُ وجفَّ الرجاءُ"
    seen = decisions(page(WATER_TITLE, WATER_LEAD, WATER_MID, "وكتب شاعر القرية عن الينابيع الجافة:", first, second,
                          WATER_END))
    assert seen[first] == seen[second] == "body"


def test_a_caption_shaped_as_a_scene_between_paragraphs_is_no_sub_heading():
    """Fails before: "NAME خلال الاجتماع" headed a part; it is kept as body (no word dropped)."""
    caption = "الوزير خلال الاجتماع"
    seen = decisions(page(PAY_TITLE, PAY_LEAD, PAY_MID, caption, PAY_END))
    assert seen[caption] == "body"


def test_real_sub_headings_of_the_same_surface_stay():
    """Near misses: a label and a value that is no figure, a half alone, a score without a label, a part over a
    paragraph under a colon lead-in, a question, a span of time after "خلال", a title quoting a name."""
    for heading in ("الشاشة: لا جديد يذكر", "الشوط الثاني", "فريق المدينة يعود بفوز ثمين 2-0",
                    "هل يعود الفريق إلى الصدارة؟", "التعديل الثاني خلال ثلاثة أسابيع", "مسلسل \"الأمل\" يعود من جديد"):
        seen = decisions(page(MATCH_TITLE, MATCH_LEAD, MATCH_MID, heading, MATCH_END))
        assert seen[heading] == "section title", heading
    part = "نبع العين الكبيرة"
    seen = decisions(page(WATER_TITLE, WATER_LEAD, "وتعرف المنطقة بعدد من الينابيع التي جفت مياهها، أهمها:", part,
                          WATER_MID, WATER_END))
    assert seen[part] == "section title"
