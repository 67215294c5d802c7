"""Short lines between paragraphs that are the article's text and never a sub-heading (``text.nottitles``): a verse of
the Quran, a result after its label, a quotation standing alone. They stay spoken as body (no word dropped), so the
chapters a listener sees are the article's own. Near misses that are real sub-headings stay: a year or a range of
years after a part's label, a heading citing a verse, a quoted name, a "TOPIC خلال PERIOD" heading, a heading under a
paragraph that opens "NAME: ..." with a score inside. Our own words throughout."""

from __future__ import annotations

from tests.support.article_views import decisions, page
from text.nottitles import never_heads_a_part

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


def test_a_result_after_its_label_and_the_rows_of_its_box_are_body():
    """A box of a match's data between paragraphs: the result row is never a sub-heading (``text.nottitles``), the
    label-and-value rows in a row with it are the data box's (``text.factrows``); a label with a value that is no
    figure, alone between paragraphs, may head a part."""
    result, scorers = "النتيجة النهائية: 3-1", "الأهداف: سالم (12)، ناصر (40) - كريم (55)"
    cards = "البطاقات الحمراء: لا شيء"
    seen = decisions(page(MATCH_TITLE, MATCH_LEAD, MATCH_MID, result, scorers, cards, MATCH_END))
    assert seen[result] == seen[scorers] == seen[cards] == "body"
    assert never_heads_a_part(result) is not None
    assert never_heads_a_part("الشاشة: لا جديد يذكر") is None
    assert never_heads_a_part(cards) is None
    assert never_heads_a_part("أولا: أرقام الفترة 2000 – 2012") is None  # years, no score


def test_a_year_a_range_of_years_an_age_range_or_a_date_is_no_result():
    """Review H2 (fails before: each was "a result or figure after its label"): a figure of four digits, a range of
    years, a range of ages, a day and a month after a label are no match's result."""
    for row in ("المرحلة الأولى: 2025-2026", "أولا: 2020-2022", "نتائج الاستطلاع: 2020-2024", "المرحلة الأولى: 2025",
                "الفئة العمرية: 6-12", "الموعد: 20-3"):
        assert never_heads_a_part(row) is None, row
    for row in ("الشوط الأول: 2-1", "النتيجة: فريق المدينة 3 - 1 فريق الساحل", "نسبة المشاركة: 64%"):
        assert never_heads_a_part(row) is not None, row


def test_the_phases_of_a_plan_named_by_their_years_head_their_parts():
    """Review H2 on a page: "المرحلة الأولى: 2025-2026" over its paragraph is the plan's chapter (fails before)."""
    first, second = "المرحلة الأولى: 2025-2026", "المرحلة الثانية: 2027-2029"
    seen = decisions(page(PAY_TITLE, PAY_LEAD, PAY_MID, first,
                          "وتشمل المرحلة الأولى رفع الحد الأدنى للأجور وتعديل سلم الدرجات الوظيفية في الوزارات كافة، "
                          "إلى جانب صرف بدل غلاء المعيشة للمتقاعدين.", second,
                          "أما المرحلة الثانية فتتضمن ربط الترقيات بتقييم الأداء السنوي، وتوحيد البدلات بين الوزارات "
                          "والهيئات المستقلة، بحسب الوثيقة.", PAY_END))
    assert seen[first] == seen[second] == "section title"


def test_a_heading_under_a_quote_paragraph_holding_a_score_stays():
    """Review H3 (fails before: the paragraph "ROLE: ... 3-1 ..." above counted as a result row of a box, and the
    heading under it as another row): a paragraph opened by "NAME:" is no row; the heading stays."""
    quote = ("مدرب المدينة: فزنا 3-1 لأننا لعبنا بتركيز أكبر من منافسنا طوال المباراة، واللاعبون نفذوا ما طلبناه منهم "
             "بدقة، والآن نفكر في المباراة المقبلة خارج أرضنا.")
    heading = "الساحل: غضب في المدرجات"
    seen = decisions(page(MATCH_TITLE, MATCH_LEAD, MATCH_MID, quote, heading,
                          "وعبر أنصار فريق الساحل عن استيائهم من أداء اللاعبين، مطالبين الإدارة بمراجعة خيارات المدرب "
                          "الفنية قبل فوات الأوان، بعد تراجع الفريق في الترتيب.", MATCH_END))
    assert seen[heading] == "section title"
    assert never_heads_a_part(quote) is None



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


def test_real_sub_headings_of_the_same_surface_stay():
    """Near misses: a label and a value that is no figure, a half alone, a score without a label, a part over a
    paragraph under a colon lead-in, a question, a span of time after "خلال", a title quoting a name."""
    for heading in ("الشاشة: لا جديد يذكر", "الشوط الثاني", "فريق المدينة يعود بفوز ثمين 2-0",
                    "هل يعود الفريق إلى الصدارة؟", "التغيير الثالث خلال أربعة أشهر", "برنامج \"الأمل\" يرجع بموسم آخر"):
        seen = decisions(page(MATCH_TITLE, MATCH_LEAD, MATCH_MID, heading, MATCH_END))
        assert seen[heading] == "section title", heading
    part = "نبع العين الكبيرة"
    seen = decisions(page(WATER_TITLE, WATER_LEAD, "وتعرف المنطقة بعدد من الينابيع التي جفت مياهها، أهمها:", part,
                          WATER_MID, WATER_END))
    assert seen[part] == "section title"


def test_headings_shaped_as_a_scene_stay():
    """Review H1 (fails before: "a photo's caption (a scene)"): "TOPIC خلال PERIOD" and "NAME خلال EVENT: WORDS SAID"
    head their parts."""
    for heading in ("الصادرات خلال الربع الأول", "الوزير خلال زيارته: لا تراجع عن الزيادة"):
        seen = decisions(page(PAY_TITLE, PAY_LEAD, PAY_MID, heading, PAY_END))
        assert seen[heading] == "section title", heading


def test_a_heading_citing_a_verse_in_its_own_words_stays():
    """Review M1 (fails before: "a verse of the Quran"): a heading that quotes a verse inside its text names its part;
    the verse alone, or after "قال تعالى:", stays body."""
    for heading in ("تفسير قوله تعالى ﴿وَأَنْزَلْنَا مِنَ السَّمَاءِ مَاءً﴾", "معنى ﴿مَاءً بِقَدَرٍ﴾"):
        seen = decisions(page(WATER_TITLE, WATER_LEAD, WATER_MID, heading, WATER_END))
        assert seen[heading] == "section title", heading
    assert never_heads_a_part("﴿مَاءً بِقَدَرٍ﴾ (المؤمنون: 18)") is not None


def test_a_quoted_name_of_two_words_heads_its_part():
    """Review M4 (fails before: "a quotation standing alone"): two quoted words are a name ("«الورقة الأخيرة»"), not a
    statement."""
    heading = "«الورقة الأخيرة»"
    seen = decisions(page(PAY_TITLE, PAY_LEAD, PAY_MID, heading, PAY_END))
    assert seen[heading] == "section title"


def test_a_list_header_under_a_colon_lead_in_stays_a_title():
    """Review M2 (fails before: "a half-verse under its lead-in"): the first announced part of a recipe keeps its
    name, as its second part does."""
    lead = ("تعد المقلوبة من أشهر الأطباق في بلاد الشام، ولا تكاد تخلو منها مائدة في الأعياد والمناسبات العائلية، "
            "وتتميز بطريقة تقديمها المقلوبة التي تجمع الأرز والخضار واللحم في قدر واحدة.")
    step = ("يقلى الباذنجان في الزيت حتى يصبح ذهبيا، ثم يسلق الدجاج مع البهارات ويصفى المرق، وترص الطبقات في القدر "
            "ويضاف الأرز والمرق ويترك على نار هادئة ساعة كاملة.")
    serve = ("بعد نضج الأرز تقلب القدر في صينية واسعة بحذر، ويزين الطبق باللوز والصنوبر المحمص، ويقدم ساخنا مع "
             "اللبن أو السلطة.")
    seen = decisions(page("الرئيسية", "مطبخ", "طريقة عمل المقلوبة بالدجاج والباذنجان خطوة بخطوة", lead,
                          "وفيما يلي طريقة تحضيرها في المنزل:", "المقادير", "دجاجة كاملة مقطعة أرباعا",
                          "3 أكواب أرز مصري", "حبتان من الباذنجان الكبير", "ملعقة كبيرة بهارات مشكلة", "طريقة التحضير",
                          step, serve))
    assert seen["المقادير"] == seen["طريقة التحضير"] == "section title"
