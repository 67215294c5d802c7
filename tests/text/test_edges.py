"""Furniture at the article's edges told by its neighbours (``text.neighbours``, s19 fix19_edges): a reading time
beside the date, a byline block over the date, the writer's note after the last paragraph, tag values under their
label, a dateline credit naming a city and its country. Each with the article lines of the same shape that stay."""

from __future__ import annotations

from tests.support.article_views import page, reasons, spoken
from text.plain import parse_plain
from text.neighbours import BYLINE
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
    article = parse_plain(page(*MENU, TITLE, LEAD, DATE, "3 دقائق", MORE, LAST, *FOOT))
    assert "3 دقائق" not in spoken(article)
    assert MORE in spoken(article)


def test_the_reading_named_first_is_a_reading_time_not_a_sub_heading():
    assert line_reason("قراءة 4 دقائق") == "reading time"
    assert line_reason("مدة القراءة: 2 دقائق") == "reading time"
    article = parse_plain(page(*MENU, TITLE, DATE, "قراءة 4 دقائق", LEAD, "خطة على مراحل", MORE,
                               "تمويل مشترك", LAST, *FOOT))
    assert "قراءة 4 دقائق" not in titles(article)
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


def test_a_byline_over_the_date_is_no_sub_heading():
    article = parse_plain(page(*MENU, TITLE, "هالة الزين", DATE, LEAD, "خطة على مراحل", MORE, LAST, *FOOT))
    assert "هالة الزين" not in spoken(article)
    assert titles(article) == ["خطة على مراحل"]
    assert article.headline == TITLE


def test_a_name_and_role_over_the_date_and_the_name_again_at_the_end():
    article = parse_plain(page(*MENU, TITLE, "هالة الزين", "كاتبة وباحثة", DATE, LEAD, MORE, LAST, "هالة الزين",
                               *FOOT))
    heard = spoken(article)
    assert "هالة الزين" not in heard and "كاتبة وباحثة" not in heard
    assert LEAD in heard and LAST in heard


def test_a_byline_under_the_deck_and_its_caption():
    deck = ("يعيش آلاف التجار في الأسواق الشعبية على أمل أن تعيد خطة المجلس البلدي الحركة إلى محلاتهم بعد سنوات "
            "من الركود.")
    article = parse_plain(page(*MENU, TITLE, deck, "سوق الخضار في وسط المدينة (صورة رمزية)", "ماجد الراشد", DATE,
                               LEAD, MORE, LAST, *FOOT))
    assert "ماجد الراشد" not in spoken(article)
    assert LEAD in spoken(article)


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


def test_a_person_the_article_is_about_is_no_byline():
    """A name over the date that the article speaks of is its title (a profile), not a byline."""
    lead = ("ولد يوسف الخطيب في قرية صغيرة على الساحل عام 1931، ودرس الأدب في القاهرة قبل أن يعود ليعمل مدرسا "
            "في مدرسة القرية.")
    more = ("اشتهر الخطيب بقصائده عن البحر والهجرة، وأصدر خلال حياته أحد عشر ديوانا، آخرها قبل وفاته "
            "بعامين.")
    article = parse_plain(page(*MENU, "خبر عاجل عن انقطاع الكهرباء في العاصمة", "يوسف الخطيب", DATE, lead, more,
                               *FOOT))
    assert reasons(article).get("يوسف الخطيب") != BYLINE


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
