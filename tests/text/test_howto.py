"""A service story's own instructions in the second person (``text.howto``): a line announcing the steps under the
article's text and over its first step, or the page's last step cut off by the excerpt, is read; a call naming the
site's own channel, a cut call sharing no words, a poll cut off, stay dropped."""

import pytest

from text.plain import split_plain

# Under a sub-heading over the steps, a colon closing it, over a step sharing its words (s25/r04/39's shape).
STEPS_UNDER_A_HEADING = (
    'الاستعلام عن المخالفات المرورية بالخطوات',
    'أعلنت الإدارة العامة للمرور عن تحديث نظام الاستعلام عن المخالفات المرورية، بحيث يتمكن '
    'أصحاب المركبات من معرفة المخالفات المسجلة عليهم ودفعها في اليوم نفسه.',
    'خطوات الاستعلام عن المخالفات',
    'يمكنكم الاستعلام عن المخالفات المرورية عبر بوابة الوزارة وفق ما يلي:',
    '- افتح بوابة وزارة الداخلية وسجل الدخول باستخدام رقم الهوية وكلمة المرور.',
    '- اختر خدمة الاستعلام عن المخالفات من قائمة خدمات المرور.',
    '- أدخل رقم لوحة المركبة ثم اضغط على زر عرض المخالفات.',
)
# The page's last line, cut inside a quote by the excerpt, right after the article's paragraph (s25/r04/26's shape).
CUT_LAST_STEP = (
    'نتائج الشهادة الثانوية متاحة الآن',
    'أعلنت وزارة التربية والتعليم صباح اليوم نتائج امتحانات الشهادة الثانوية للعام الدراسي '
    'الحالي، وبلغت نسبة النجاح العامة اثنين وسبعين في المئة.',
    'وأوضح وزير التربية أن النتائج متاحة على موقع الوزارة الرسمي، وأن كشوف الدرجات ستصل إلى '
    'المدارس خلال أسبوع من تاريخ الإعلان.',
    'وأشار الوزير إلى أن باب التظلم من النتائج يفتح يوم الأحد المقبل ويستمر لمدة عشرة أيام.',
    'للحصول على النتيجة، يمكنك إدخال رقم الجلوس في خانة “رقم الجلوس” على موقع الوزارة ثم اختيار “عرض النت',
)
# "يمكنك ... الخطوات التالية:" between two of the article's paragraphs (s25/b02/22's shape).
ANNOUNCED_STEPS = (
    'حجز موعد في مكتب الأحوال المدنية',
    'أتاحت وكالة الأحوال المدنية خدمة حجز المواعيد إلكترونيا لجميع المراجعين، بهدف تقليل '
    'الازدحام في المكاتب وتسريع إنجاز المعاملات اليومية.',
    'وأكدت الوكالة أن المراجع الذي لا يملك موعدا مسبقا لن يتمكن من دخول المكتب اعتبارا من بداية الشهر المقبل.',
    'يمكنك حجز موعد في مكتب الأحوال المدنية بسهولة من خلال الخطوات التالية:',
    'للبدء في حجز الموعد، يجب عليك الدخول إلى منصة الأحوال المدنية ثم اختيار خدمة حجز موعد من القائمة الرئيسية.',
    'بعد ذلك اختر المدينة والمكتب الأقرب إليك، ثم حدد اليوم والساعة المناسبين من الأوقات المتاحة.',
)
# Near misses: a call naming the site's page over a paragraph; a cut call to join the site's channel; a poll cut off.
ELECTION_STORY = (
    'انطلاق الحملات الانتخابية للانتخابات البرلمانية',
    'انطلقت اليوم الحملات الانتخابية للانتخابات البرلمانية في جميع المحافظات، بمشاركة أكثر من '
    'ألفي مرشح يتنافسون على ثلاثمئة مقعد في البرلمان الجديد.',
    'وأضاف المتحدث أن الحكومة ستواصل متابعة تنفيذ الخطة خلال الأشهر المقبلة، مؤكدا أن النتائج '
    'الأولية مشجعة وأن التقييم النهائي سيصدر في نهاية العام بعد مراجعة جميع البيانات.',
    'وأشار إلى أن اللجنة المختصة عقدت عشرة اجتماعات منذ بداية العام لمناقشة التحديات التي تواجه '
    'التنفيذ، وأن توصياتها رفعت إلى مجلس الوزراء لاعتمادها.',
)
SITE_PAGE_OVER_PROSE = (
    *ELECTION_STORY,
    'يمكنك متابعة تغطيتنا الكاملة للانتخابات البرلمانية عبر صفحتنا:',
    'وتستمر الحملات الانتخابية ثلاثة أسابيع، ويحظر القانون استخدام المباني الحكومية ودور '
    'العبادة في الدعاية الانتخابية للمرشحين.',
)
CUT_CALL_TO_THE_CHANNEL = (
    *ELECTION_STORY,
    'لمتابعة آخر أخبار الانتخابات البرلمانية يمكنك الاشتراك في قناتنا على “تيليغر',
)
CUT_POLL = (
    *ELECTION_STORY,
    'هل أنت مع مقاطعة الانتخابات أم مع المشار',
)


def _spoken(lines: tuple[str, ...]) -> str:
    article = split_plain("\n\n".join(lines)).article
    return " ".join([article.headline or ""] + [paragraph for section in article.sections
                                                for paragraph in section.paragraphs])


@pytest.mark.parametrize(("page", "read"), [
    (STEPS_UNDER_A_HEADING, ("يمكنكم الاستعلام عن المخالفات المرورية", "أدخل رقم لوحة المركبة")),
    (CUT_LAST_STEP, ("يمكنك إدخال رقم الجلوس", "وأشار الوزير")),
    (ANNOUNCED_STEPS, ("يمكنك حجز موعد في مكتب الأحوال المدنية", "بعد ذلك اختر المدينة")),
], ids=["steps under a sub-heading", "cut last step", "line announcing the steps"])
def test_the_storys_own_steps_are_read(page: tuple[str, ...], read: tuple[str, ...]) -> None:
    spoken = _spoken(page)
    for words in read:
        assert words in spoken


@pytest.mark.parametrize(("page", "dropped", "read"), [
    (SITE_PAGE_OVER_PROSE, "تغطيتنا", "وتستمر الحملات الانتخابية"),
    (CUT_CALL_TO_THE_CHANNEL, "قناتنا", "وأشار إلى أن اللجنة"),
    (CUT_POLL, "مقاطعة الانتخابات", "انطلقت اليوم الحملات الانتخابية"),
], ids=["call naming the site's page", "cut call to the site's channel", "cut poll"])
def test_the_sites_calls_stay_dropped(page: tuple[str, ...], dropped: str, read: str) -> None:
    spoken = _spoken(page)
    assert dropped not in spoken
    assert read in spoken


# Near misses naming no word of the site (review of s26, H1, H2): a promo closing on a colon over the article's next
# paragraph, told in the third person, or over a teaser or a "read more" list; a promo cut off as the page's last
# line under the article's prose. None tells the reader a step of the article's, so each stays dropped.
GOLD_ARTICLE = (
    'أسعار الذهب تصعد في محلات الصاغة',
    'صعدت أسعار الذهب في محلات الصاغة صباح اليوم بنحو ثلاثة في المئة، بعد أسبوع من الهدوء، مع إقبال '
    'المشترين على السبائك الصغيرة قبيل موسم الأعياد وتراجع العملة المحلية.',
    'وقال نقيب تجار الذهب إن أسعار الذهب قد تواصل الصعود في الأيام المقبلة، داعيا المواطنين إلى التريث '
    'وعدم الاندفاع نحو الشراء.',
)
GOLD_NEXT_PARAGRAPH = ('وأوضح النقيب أن سعر غرام الذهب عيار واحد وعشرين سجل أعلى مستوى له منذ مطلع العام، '
                       'وأن الطلب على المشغولات تراجع لصالح السبائك.')
PROMOS_OVER_THE_NEXT_PARAGRAPH = (
    'يمكنك الاشتراك في النشرة الاقتصادية لمعرفة أسعار الذهب كل صباح:',
    'للمزيد من أخبار الذهب والعملات يمكنك زيارة قسم الاقتصاد:',
    'يمكنك تحميل جدول أسعار الذهب كاملا بصيغة بي دي إف من الرابط التالي:',
)
PROMOS_CUT_LAST = (
    'يمكنك متابعة أسعار الذهب لحظة بلحظة من خلال تطبيق الصحيفة المتوفر على متجر أبل وغو',
    'ولمعرفة أسعار الذهب فور تغيرها يمكنك تفعيل التنبيهات من خلال الضغط على أيقونة الجر',
)
HOUSING_ARTICLE = (
    'موعد صرف الدفعة الجديدة من الدعم السكني',
    'حددت وزارة الإسكان موعد صرف الدفعة الجديدة من الدعم السكني، وقالت إن المبالغ تودع في حسابات '
    'المستفيدين قبل نهاية الشهر الجاري دون تأخير.',
    'وبينت الوزارة أن المستفيدين من هذه الدفعة يزيد عددهم على مئة وخمسين ألف أسرة في المناطق كافة.',
)


def test_promo_over_the_articles_next_paragraph_stays_dropped() -> None:
    for promo in PROMOS_OVER_THE_NEXT_PARAGRAPH:
        spoken = _spoken((*GOLD_ARTICLE, promo, GOLD_NEXT_PARAGRAPH))
        assert promo.rstrip(":") not in spoken, promo
        assert "سجل أعلى مستوى له" in spoken


def test_text_message_promo_over_the_articles_paragraph_stays_dropped() -> None:
    promo = 'يمكنك الاشتراك في خدمة الرسائل لمعرفة موعد صرف الدعم السكني:'
    spoken = _spoken((*HOUSING_ARTICLE, promo, 'وشددت الوزارة على أن موعد صرف الدعم السكني ثابت رغم العطلة.'))
    assert "خدمة الرسائل" not in spoken
    assert "وشددت الوزارة" in spoken


def test_read_more_over_a_teaser_or_a_list_stays_dropped() -> None:
    teaser = 'أسعار الذهب تواصل الصعود لليوم الرابع على التوالي وسط توقعات بمزيد من الارتفاع.'
    assert "اضغط لقراءة المزيد" not in _spoken((*GOLD_ARTICLE, 'اضغط لقراءة المزيد عن أسعار الذهب:', teaser))
    listed = (*GOLD_ARTICLE, 'يمكنك أيضا قراءة المزيد عن أسعار الذهب:',
              '- أسعار الذهب تقفز إلى مستوى قياسي في الأسواق العالمية.',
              '- محللون: الذهب ملاذ المدخرين في أوقات الأزمات.')
    assert "قراءة المزيد" not in _spoken(listed)


def test_promo_cut_as_the_last_line_stays_dropped() -> None:
    for promo in PROMOS_CUT_LAST:
        spoken = _spoken((*GOLD_ARTICLE, GOLD_NEXT_PARAGRAPH, promo))
        assert "يمكنك" not in spoken, promo
        assert "سجل أعلى مستوى له" in spoken
