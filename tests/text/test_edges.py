"""Furniture at the article's edges told by its neighbours (``text.neighbours``, s19 fix19_edges): a reading time
beside the page's stamp, the writer's note after the last paragraph, tag values under their label at the page's end, a
dateline credit naming a city and its country. Each with the article lines of the same shape that stay (the byline
block over the date was removed after review_edges2: its look-alikes stay here as keep-tests)."""

from __future__ import annotations

from tests.support.article_views import page, reasons, spoken
from text.plain import parse_plain
from text.rules import line_reason

MENU = ("الرئيسية", "أخبار", "اقتصاد", "رياضة")
FOOT = ("شارك", "جميع الحقوق محفوظة 2024")
TITLE = "المجلس البلدي يقر خطة جديدة لتطوير الأسواق الشعبية"
DATE = "الثلاثاء 7 مايو 2024"
LEAD = ("أقر المجلس البلدي في جلسته الأخيرة خطة لتطوير الأسواق الشعبية في المدينة، تشمل تحسين البنية التحتية "
        "وتنظيم حركة الباعة والمتسوقين.")
MORE = ("وتتضمن الخطة إنشاء مواقف جديدة للسيارات وتوسيع الممرات وتركيب مظلات تحمي الباعة من حرارة الصيف، على أن "
        "يبدأ التنفيذ قبل نهاية العام.")
LAST = ("ويأمل التجار أن تعيد الخطة الحركة إلى الأسواق القديمة بعد سنوات من الركود، وأن تجذب الزوار من المدن "
        "المجاورة في العطل.")


def titles(article) -> list[str]:
    return [section.title for section in article.sections if section.title]


def test_minutes_alone_next_to_the_date_are_a_reading_time():
    article = parse_plain(page(*MENU, TITLE, DATE, "3 دقائق", LEAD, MORE, LAST, *FOOT))
    assert "3 دقائق" not in spoken(article)
    assert LEAD in spoken(article)


def test_the_reading_named_first_is_a_reading_time_beside_the_stamp():
    """"قراءة N دقائق", "مدة القراءة: N دقائق" are a routine's items as well (review_edges M1, review_edges2 M2): no
    rule's, a reading time only next to the stamp over the first paragraph."""
    assert line_reason("قراءة 4 دقائق") is None
    assert line_reason("مدة القراءة: 2 دقائق") is None
    assert line_reason("وقت القراءة: 2 دقائق") == "reading time"
    for minutes in ("قراءة 4 دقائق", "مدة القراءة: 3 دقائق", "للقراءة: 5 دقائق"):
        article = parse_plain(page(*MENU, TITLE, DATE, minutes, LEAD, "خطة على مراحل", MORE,
                                   "تمويل مشترك", LAST, *FOOT))
        assert minutes not in " ".join(spoken(article))
        assert titles(article) == ["خطة على مراحل", "تمويل مشترك"]


def test_a_recipes_minutes_between_paragraphs_stay():
    """Minutes with no date beside them are the article's own value (a recipe's field under its label)."""
    intro = ("هذه الكعكة من الحلويات السهلة التي يمكن تحضيرها بمكونات متوفرة في كل بيت، وتناسب الفطور أو ضيافة "
             "المساء.")
    method = ("يخفق البيض مع السكر جيدا حتى يصبح المزيج كريميا، ثم يضاف عصير البرتقال والدقيق تدريجيا مع "
              "التحريك المستمر.")
    article = parse_plain(page(*MENU, "طريقة عمل كعكة البرتقال الهشة في البيت", DATE, intro, "مدة الخبز:",
                               "40 دقيقة", method, *FOOT))
    assert "40 دقيقة" in " ".join(spoken(article))


DECK = ("يعيش آلاف التجار في الأسواق الشعبية على أمل أن تعيد خطة المجلس البلدي الحركة إلى محلاتهم بعد سنوات "
        "من الركود.")
CAPTION = "سوق الخضار في وسط المدينة (صورة رمزية)"


def test_a_short_line_under_a_paragraph_over_the_first_date_stays():
    """With no stamp under the title the first date may be the body's, and the paragraph over it the lead: a name's
    shape alone under a paragraph is a sub-heading as well (review_edges H1), kept."""
    for lines in ((DECK, "ماجد الراشد", DATE), (DECK, CAPTION, "ماجد الراشد", DATE)):
        article = parse_plain(page(*MENU, TITLE, *lines, LEAD, MORE, LAST, *FOOT))
        assert "ماجد الراشد" in spoken(article)


def test_a_timelines_headings_over_their_dates_stay_titles():
    """Dates that head the parts between paragraphs: the short lines over them are the parts' headings."""
    intro = ("يروي هذا التقرير تفاصيل الأيام العشرة التي عاشها البرلمان قبل التصويت على الموازنة العامة، من أول "
             "جلسة حتى لحظة إعلان النتيجة.")
    first = ("اجتمع رؤساء الكتل النيابية حتى ساعة متأخرة من الليل دون التوصل إلى اتفاق على بنود الإنفاق "
             "الرأسمالي والدعم الحكومي للوقود.")
    second = ("فوجئ النواب صباحا بمقترح حكومي معدل يخفض العجز المتوقع إلى النصف، ما أعاد النقاش إلى نقطة "
              "البداية داخل اللجنة المالية.")
    third = ("صوت المجلس لصالح الموازنة بأغلبية ضئيلة بعد جلسة استمرت تسع ساعات، وسط تصفيق من مقاعد الحكومة "
             "واحتجاج المعارضة.")
    article = parse_plain(page(*MENU, "عشرة أيام هزت البرلمان: القصة الكاملة لأزمة الموازنة", intro,
                               "ليلة الحسم", "12 مارس 2024", first, "صباح مختلف", "13 مارس 2024", second,
                               "كلمة أخيرة", "14 مارس 2024", third, *FOOT))
    assert titles(article) == ["ليلة الحسم", "صباح مختلف", "كلمة أخيرة"]


def test_names_as_a_profiles_sub_headings_stay():
    intro = ("يقدم هذا الملف ثلاثة روائيين شبان لفتت أعمالهم الأخيرة أنظار النقاد والقراء في المنطقة، ويتوقف عند "
             "ما يميز كتابة كل منهم.")
    first = ("بدأ سلمان الهاجري الكتابة في سن مبكرة، ونشر روايته الأولى وهو في الثانية والعشرين، وتدور أحداثها "
             "في حي قديم.")
    second = ("تكتب نورة الفارس عن الذاكرة والمكان، وقد ترجمت روايتها الثانية إلى لغتين، ونالت جائزة محلية "
              "للكتاب الأول.")
    article = parse_plain(page(*MENU, "ثلاثة أصوات شابة تعيد اكتشاف الرواية الخليجية", DATE, intro,
                               "سلمان الهاجري", first, "نورة الفارس", second, *FOOT))
    assert titles(article) == ["سلمان الهاجري", "نورة الفارس"]


def test_the_writers_note_after_the_article_is_dropped():
    for note in ("* أكاديمي متخصص في التخطيط العمراني", "*أستاذ باحث في علوم التربية"):
        article = parse_plain(page(*MENU, TITLE, DATE, LEAD, MORE, LAST, note, *FOOT))
        assert note not in spoken(article)
        assert LAST in spoken(article)


def test_a_last_line_marked_with_an_asterisk_that_says_something_stays():
    line = "* أستاذ التاريخ الحديث في الجامعة يعرض مخطوطة نادرة على الزوار"
    article = parse_plain(page(*MENU, TITLE, DATE, LEAD, MORE, line, *FOOT))
    assert line in spoken(article)


def test_asterisked_items_of_a_list_stay():
    items = ("* باحث في طب العيون ينصح بالراحة كل عشرين دقيقة", "* خبير التغذية يوصي بالإكثار من الخضروات",
             "* أستاذ البصريات يدعو إلى ضبط إضاءة الشاشة")
    article = parse_plain(page(*MENU, TITLE, DATE, LEAD, MORE, "وفيما يلي أبرز النصائح التي يقدمها المختصون:",
                               *items, *FOOT))
    heard = " ".join(spoken(article))
    assert all(item.lstrip("* ") in heard for item in items)


def test_tag_values_under_their_label_are_dropped():
    article = parse_plain(page(*MENU, TITLE, DATE, LEAD, MORE, LAST, "كلمات دالة:",
                               "الأسواق الشعبية، المجلس البلدي، التجارة", *FOOT))
    assert "الأسواق الشعبية، المجلس البلدي، التجارة" not in spoken(article)
    assert LAST in spoken(article)


def test_tag_values_over_a_comment_counter_at_the_pages_end_are_dropped():
    # The counter ("0تعليقات") is the comments' header, furniture by its rule: the tags stand above furniture only.
    tags = "الأسواق الشعبية، المجلس البلدي، التجارة"
    for counter in ("0تعليقات", "4 تعليقات", "تعليق واحد"):
        article = parse_plain(page(*MENU, TITLE, DATE, LEAD, MORE, LAST, "الكلمات المفتاحية:", tags, counter))
        assert not {tags, counter} & set(spoken(article))
        assert LAST in spoken(article)


def test_a_sentence_under_a_label_of_keywords_stays():
    sentence = ("هي الكلمات التي يكتبها المستخدم في محرك البحث، ويجب أن تظهر في عنوان الصفحة ووصفها ومحتواها "
                "بشكل طبيعي.")
    lead = ("يبحث أصحاب المواقع الصغيرة عن طرق لزيادة زوارهم من محركات البحث، وأول خطوة في ذلك اختيار الكلمات "
            "المناسبة لكل صفحة.")
    article = parse_plain(page(*MENU, "كيف تختار الكلمات المفتاحية لموقعك", DATE, lead, "الكلمات المفتاحية:",
                               sentence, *FOOT))
    assert sentence in spoken(article)


def test_a_dateline_credit_with_a_city_and_its_country_is_dropped():
    lead = ("تستعد مدينة صور الساحلية في سلطنة عمان لاستقبال موسم السياحة الشتوية، بعد أن أنهت البلدية أعمال "
            "تطوير الكورنيش والأسواق.")
    more = ("ويتوقع مسؤولو السياحة في مسقط أن يرتفع عدد الزوار هذا العام بنسبة كبيرة مقارنة بالعام الماضي، مع "
            "زيادة الرحلات الجوية.")
    credit = "مسقط/ سلطنة عمان/ صدى الساحل/ رنا حداد"
    article = parse_plain(page("مدينة صور العمانية تستعد لموسم السياحة الشتوية", credit, lead, more))
    assert credit not in spoken(article)
    assert lead in spoken(article)


# The review's probes (review_edges, s19): sub-headings over a date in the body, a timeline's short entries, a
# routine's reading minutes, a how-to's keyword examples. Each kept as main keeps it, with and without the stamp.
REVIEW_MENU = ("الرئيسية", "أخبار", "ثقافة", "رياضة", "اقتصاد")
REVIEW_FOOT = ("شارك", "فيسبوك", "تويتر", "جميع الحقوق محفوظة © 2024")
HEADED_BY_A_DATE = (
    ("الوحدة يستضيف الجزيرة في قمة مرتقبة بالدوري الممتاز", "الجمعة 10 مايو 2024",
     "يستضيف فريق الوحدة نظيره الجزيرة مساء غد في مواجهة حاسمة قد تحدد هوية بطل الدوري الممتاز لهذا الموسم، وسط "
     "توقعات بحضور جماهيري كبير.", "ضربة البداية", "السبت 11 مايو 2024 - 20:00",
     ("تنطلق المواجهة على ملعب آل نهيان بأبوظبي، ويدير اللقاء طاقم تحكيم أجنبي بناء على طلب الناديين لضمان الحياد "
      "الكامل.",
      "ويدخل الوحدة اللقاء بصفوف مكتملة بعد عودة مهاجمه الأول من الإصابة، بينما يفتقد الجزيرة جهود لاعب الوسط بسبب "
      "الإيقاف.")),
    ("عائلة المعتقل السابق تنشر رسالته الأخيرة قبل وفاته", "الثلاثاء 7 مايو 2024",
     "نشرت عائلة المعتقل السابق مازن العلي رسالة كتبها بخط يده قبل أيام من وفاته في المستشفى، يروي فيها سنوات "
     "السجن الطويلة ويوصي أبناءه بالصبر.", "كلمات مودع", "20 أبريل 2024",
     ("أكتب إليكم هذه السطور وأنا أشعر أن الوقت يقترب، فلا تحزنوا كثيرا، فقد عشت ما كتب لي بكرامة ولم أندم على شيء "
      "فعلته.",
      "أوصيكم بأمكم خيرا، وبأن تكملوا دراستكم مهما كانت الظروف، فالعلم هو ما يبقى حين يذهب كل شيء آخر.",
      "وقالت العائلة إنها قررت نشر الرسالة بعد أن طلب كثير من أصدقائه قراءتها، وإنها ستقيم له حفل تأبين الأسبوع "
      "المقبل.")),
    ("رحيل عازف الكمان الذي أحب الناس ألحانه في كل بيت", "الأحد 12 مايو 2024",
     "غيب الموت صباح اليوم عازف الكمان الشهير جميل الرفاعي عن عمر ناهز الثمانين عاما، بعد صراع طويل مع المرض في "
     "أحد مستشفيات العاصمة.", "فتى الأوتار", "3 فبراير 1944",
     ("ولد الرفاعي في حي الميدان لأسرة محبة للموسيقى، وبدأ العزف في العاشرة من عمره على كمان قديم أهداه إياه خاله.",
      "وعرف بمشاركته في فرق موسيقية كبيرة طوال خمسة عقود، قبل أن يتفرغ لتعليم الأطفال في معهد صغير أسسه بنفسه.")),
)


def test_a_sub_heading_over_a_date_in_the_body_is_no_byline():
    """A match's kick-off, a letter's, a birth date's heading over its date, under the lead: a section title, with
    the page's stamp under the title or without it (review_edges H1)."""
    for title, stamp, lead, heading, date, rest in HEADED_BY_A_DATE:
        for top in ((title, stamp), (title,)):
            article = parse_plain(page(*REVIEW_MENU, *top, lead, heading, date, *rest, *REVIEW_FOOT))
            assert heading in titles(article), (heading, top)


def test_a_timelines_short_entries_keep_their_first_heading():
    """Entries too short to be prose, each a heading over its date (review_edges M3)."""
    entries = ("الشرارة الأولى", "أبريل 2011", "وضع حجر الأساس للمشروع.", "نقطة التحول", "مارس 2015",
               "توقيع إعلان المبادئ بين الدول الثلاث.", "طريق مسدود", "يوليو 2020", "بدء الملء الأول دون اتفاق.")
    intro = ("تعود أزمة السد إلى أكثر من عشر سنوات، تخللتها جولات تفاوض متعثرة ووساطات دولية لم تنجح في الوصول إلى "
             "اتفاق ملزم. وهذه أبرز محطاتها:")
    for top in (("أبرز محطات أزمة السد منذ بدايتها", "الاثنين 6 مايو 2024"), ("أبرز محطات أزمة السد منذ بدايتها",)):
        article = parse_plain(page(*REVIEW_MENU, *top, intro, *entries, *REVIEW_FOOT))
        assert "الشرارة الأولى" in spoken(article)


def test_a_routines_reading_minutes_stay():
    """"قراءة 20 دقيقة" in a child's daily routine, away from the date line: the article's item (review_edges M1)."""
    article = parse_plain(page(
        *REVIEW_MENU, "جدول يومي بسيط يساعد طفلك على التوازن بين الدراسة واللعب", "الأحد 5 مايو 2024",
        "ينصح مختصون في تربية الأطفال بوضع جدول يومي ثابت بعد المدرسة، يمنح الطفل وقتا للراحة واللعب إلى جانب "
        "الواجبات، ويقلل من الجدال اليومي داخل البيت.", "وهذا مثال على جدول يناسب طفلا في المرحلة الابتدائية:",
        "- غداء وراحة 45 دقيقة", "- واجبات مدرسية ساعة واحدة", "- قراءة 20 دقيقة", "- لعب حر في الخارج ساعة",
        "ويمكن تعديل الجدول بحسب عمر الطفل وطاقته، المهم أن يلتزم به أفراد الأسرة جميعا حتى يصبح عادة.",
        *REVIEW_FOOT))
    assert "قراءة 20 دقيقة" in " ".join(spoken(article))
    assert reasons(article).get("- قراءة 20 دقيقة") is None


def test_keyword_examples_inside_the_article_stay():
    """A keyword label between the article's paragraphs announces its own examples (review_edges M2)."""
    examples = "أحذية رياضية، أحذية جري، أحذية رجالية، حذاء مريح"
    article = parse_plain(page(
        *REVIEW_MENU, "دليل المبتدئين لاختيار كلمات البحث المناسبة لمتجرك الإلكتروني", "الأربعاء 8 مايو 2024",
        "يبحث أصحاب المتاجر الإلكترونية الصغيرة عن طرق لزيادة زوارهم من محركات البحث، وأول خطوة في ذلك فهم ما "
        "يكتبه العملاء فعلا عند البحث عن منتجاتهم.",
        "لنفترض أنك تبيع الأحذية الرياضية، فهذه أمثلة على عبارات قصيرة يكتبها الناس كثيرا وتصلح لصفحات متجرك:",
        "كلمات مفتاحية:", examples,
        "أما العبارات الطويلة فتجلب زوارا أقل، لكنهم في الغالب أكثر استعدادا للشراء لأنهم يعرفون بالضبط ما يريدون.",
        "وينصح الخبراء بمراجعة هذه العبارات كل بضعة أشهر، لأن عادات البحث تتغير مع المواسم والمناسبات.",
        *REVIEW_FOOT))
    assert examples in spoken(article)


# The second review's probes (review_edges2, s19): each kept as main keeps it.
def _review_page(*lines: str):
    return parse_plain(page(*REVIEW_MENU, *lines, *REVIEW_FOOT))


def test_the_last_short_lines_over_a_date_at_the_pages_bottom_stay():
    """A poem's last verses, a list's last winner, a brief's closed roads over the page's only date, at its bottom
    (review_edges2 H1)."""
    pages = (
        ("أغنية للمدينة التي لا تنام", "على شرفة البيت القديم", "تنام الحمائم قبل المساء", "وتصحو المدينة من حلمها",
         "على صوت بائعة الورد في الحي", "يمر الغريب ويسأل عنا", "ونسأل عن وجهه في الزحام", "وتبقى المآذن شاهدة",
         "وتبقى الشبابيك مفتوحة", "الجمعة 10 مايو 2024"),
        ("وزارة الثقافة تعلن أسماء الفائزين بجوائز الدولة التقديرية لهذا العام",
         "أعلنت وزارة الثقافة مساء أمس أسماء الفائزين بجوائز الدولة التقديرية في دورتها الخامسة والعشرين، بعد "
         "مداولات استمرت ثلاثة أشهر. وجاءت النتائج على النحو التالي:", "جائزة الدولة في الرواية", "سليم الحداد",
         "جائزة الدولة في الشعر", "هدى العمري", "جائزة الدولة في الفنون التشكيلية", "كريم الزين",
         "السبت 18 مايو 2024"),
        ("إغلاق طرق رئيسية في العاصمة بسبب الماراثون الدولي",
         "أعلنت إدارة المرور إغلاق عدد من الطرق الرئيسية في العاصمة صباح الجمعة من السادسة حتى الحادية عشرة، "
         "لتأمين مسار الماراثون الدولي. والطرق المغلقة هي:", "الطريق الدائري الثاني عند تقاطع المطار",
         "شارع الملك فيصل", "جسر الجامعة الشمالي", "الخميس 16 مايو 2024 - 19:40"),
    )
    for lines in pages:
        heard = " ".join(spoken(_review_page(*lines)))
        assert lines[-2] in heard and lines[-3] in heard, lines[-2]


def test_a_role_worded_sub_heading_over_a_date_in_the_body_stays():
    """"دبلوماسية المياه", "شاعر البيارات الحزينة": a role word opens a sub-heading as well (review_edges2 H2)."""
    pages = (
        ("ثلاث دول تعود إلى طاولة المفاوضات حول حصص مياه النهر",
         "تستأنف الدول الثلاث المتشاطئة على النهر مفاوضاتها الأسبوع المقبل بعد انقطاع دام عامين، وسط آمال حذرة "
         "بالتوصل إلى اتفاق نهائي.", "دبلوماسية المياه", "الثلاثاء 21 مايو 2024",
         "يلتقي وزراء الري في العاصمة لبحث جدول زمني لملء الخزان، وتقاسم الحصص في سنوات الجفاف التي باتت تتكرر "
         "أكثر من ذي قبل.",
         "ويقول مراقبون إن نجاح الجولة يتوقف على قبول الأطراف بآلية ملزمة لفض النزاعات، وهو ما رفضته إحدى الدول "
         "في الجولات السابقة.", "نشر بتاريخ 14 مايو 2024"),
        ("رحيل حسن الياسين عن ثمانين عاما قضى معظمها في المنفى",
         "توفي أمس الشاعر حسن الياسين في مستشفى بالعاصمة الأردنية بعد صراع طويل مع المرض، عن ثمانين عاما قضى "
         "معظمها بعيدا عن مدينته يافا.", "شاعر البيارات الحزينة", "12 مارس 1944",
         "ولد الياسين في حي العجمي بيافا لأب يعمل في تجارة البرتقال، وغادر المدينة طفلا مع عائلته، لكن صورة "
         "البيارات ظلت تسكن قصائده حتى آخر أيامه.",
         "أصدر خلال حياته أكثر من عشرين ديوانا، ونال جوائز عربية عدة، وترجمت قصائده إلى لغات كثيرة.",
         "تاريخ النشر: 6 مايو 2024"),
    )
    for lines in pages:
        assert lines[2] in titles(_review_page(*lines))


def test_reading_minutes_beside_a_diarys_day_stay():
    """"قراءة 90 دقيقة" under a diary's day between paragraphs: beside a date, not the stamp (review_edges2 M1)."""
    article = _review_page(
        "أسبوع بلا هاتف: تجربة شخصية في الانفصال عن الشاشات", "الأحد 12 مايو 2024",
        "قررت أن أترك هاتفي في الدرج أسبوعا كاملا، وأن أدون كل يوم ما أفعله بالوقت الذي كنت أقضيه أمام الشاشة. "
        "هذه يومياتي:", "الأحد 5 مايو",
        "كان اليوم الأول الأصعب، مددت يدي إلى جيبي عشرات المرات بحثا عن هاتف غير موجود، وشعرت بقلق لا أعرف مصدره.",
        "الاثنين 6 مايو", "قراءة 90 دقيقة",
        "أنهيت رواية كانت على رف مكتبتي منذ عامين، ولم أصدق أنني قرأت مئة صفحة في جلسة واحدة دون أن أتوقف.",
        "في نهاية الأسبوع عدت إلى الهاتف، لكنني لم أعد إليه كما كنت، فقد تعلمت أن الوقت الذي ظننته ضائعا كان "
        "ينتظرني فقط.")
    assert "قراءة 90 دقيقة" in " ".join(spoken(article))


def test_a_routines_reading_duration_and_the_next_item_stay():
    """"- مدة القراءة: 20 دقيقة" in a child's routine, and the item under it (review_edges2 M2)."""
    article = _review_page(
        "كيف تغرس حب القراءة في طفلك؟ روتين يومي بسيط", "الثلاثاء 14 مايو 2024",
        "يؤكد المختصون أن عادة القراءة تبنى بالتدريج، وأن الطفل يحتاج إلى روتين ثابت يعرف فيه متى يقرأ وأين ومع "
        "من.", "وهذا روتين مقترح لطفل في السابعة من عمره:", "- وقت النوم: التاسعة مساء", "- مدة القراءة: 20 دقيقة",
        "- عدد الكتب: كتاب واحد أسبوعيا",
        "وتزاد مدة القراءة تدريجيا مع تقدم الطفل في العمر، حتى تصل إلى ساعة كاملة في سن الثانية عشرة.")
    heard = " ".join(spoken(article))
    assert "مدة القراءة: 20 دقيقة" in heard and "عدد الكتب: كتاب واحد أسبوعيا" in heard


def test_keyword_examples_then_a_short_closing_line_stay():
    """Examples under a keyword label, then the article's short last line (review_edges2 M3)."""
    examples = "وصفات سريعة، أكلات شعبية، حلويات رمضان، فطور صحي"
    article = _review_page(
        "خمس خطوات لاختيار الكلمات المفتاحية لمدونتك", "الأحد 19 مايو 2024",
        "الكلمات المفتاحية هي ما يكتبه القارئ في محرك البحث، واختيارها بعناية يضاعف زوار مدونتك دون أن تدفع شيئا "
        "للإعلانات.",
        "ابحث عن الكلمات الطويلة الأقل منافسة، وتجنب الكلمات العامة التي تتصدرها المواقع الكبرى منذ سنوات، ثم وزعها "
        "على عناوين مقالاتك.", "فلو كانت مدونتك عن الطبخ المنزلي مثلا، فقد تبدو قائمتك هكذا:", "كلمات مفتاحية:",
        examples, "جربها وراقب النتائج بعد شهر.")
    heard = " ".join(spoken(article))
    assert examples in heard and "جربها وراقب النتائج بعد شهر." in heard


def test_a_footnote_on_a_person_the_article_quotes_stays():
    """"* باحث فرنسي ..." under an article that marks "جان دوبوا*": the footnote is the article's (review_edges2 M4)."""
    note = "* باحث فرنسي متخصص في شؤون الهجرة"
    article = _review_page(
        "هل تنجح خطة الاتحاد الأوروبي لوقف الهجرة عبر المتوسط؟", "الثلاثاء 7 مايو 2024",
        "أقر الاتحاد الأوروبي الشهر الماضي حزمة إجراءات جديدة لوقف الهجرة غير النظامية عبر المتوسط، تشمل تمويل "
        "خفر السواحل في دول العبور.",
        "ويرى الباحث جان دوبوا* أن هذه الخطة تكرر أخطاء الخطط السابقة، لأنها تعالج النتائج وتترك الأسباب، أي الفقر "
        "والحروب وتغير المناخ.",
        "ويتوقع أن تتغير طرق الهجرة بدل أن تتوقف، وأن يدفع المهاجرون ثمنا أعلى في رحلات أطول وأخطر.", note)
    assert reasons(article).get(note) != "author's note"
    assert note.lstrip("* ") in " ".join(spoken(article))
