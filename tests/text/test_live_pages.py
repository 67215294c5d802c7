"""Live pages ("مباشر") of news sites, in our own words (s17/review_r5.md H2): the page's title ("مباشر | TITLE",
"تغطية مباشرة | TITLE", or unlabelled) heads entries (a stamp "منذ 4 دقائق" or "10:42", a heading, a paragraph) that
are the article, their headings its sections. The first entry's heading, right above the article's first paragraph,
shares more words with it than the page's title does: it must not win the headline. The title is said whole, label
too, as annotators mark the whole line. Keep-twins: a report told hour by hour, a title under its posting stamp over
a day's programme or a match's clock-stamped events further down (s18 review_live.md H1), a ticker's line."""

from __future__ import annotations

import pytest

from tests.support.article_views import decisions, page, spoken
from text.plain import parse_plain

FLOOD_TITLE = "سيول جارفة في الجنوب.. فرق الإنقاذ تواصل البحث عن المفقودين"
FLOOD_ENTRIES = (
    ("الدفاع المدني: إنقاذ 30 شخصا حاصرتهم المياه",
     "قال الدفاع المدني إن فرقه أنقذت ثلاثين شخصا حاصرتهم مياه السيول داخل منازلهم في قرى الوادي الجنوبي خلال الليل."),
    ("إغلاق الطريق السريع بين المدينتين",
     "أعلنت إدارة المرور إغلاق الطريق السريع بين المدينتين بعد أن جرفت السيول أجزاء من الجسر الرئيسي عند مدخل الوادي."),
    ("تعليق الدراسة في المدارس الجنوبية",
     "قررت وزارة التعليم تعليق الدراسة في مدارس المحافظات الجنوبية يومين متتاليين حفاظا على سلامة الطلاب والمعلمين."),
)


def _entries(stamps: tuple[str, ...], entries: tuple[tuple[str, str], ...], *after_each: str) -> list[str]:
    """A live page's entries: each stamp, heading and paragraph, then the entry's own widgets (a share button)."""
    return [line for stamp, (heading, paragraph) in zip(stamps, entries)
            for line in (stamp, heading, paragraph, *after_each)]


def _live_without_lead(title_line: str) -> str:
    """A live page whose first entry opens the article (no summary paragraph over the entries), each entry stamped
    with a time ago and closed by a share button."""
    return page("تخطي إلى المحتوى", "الشرق للأخبار", "الرئيسية", "سياسة", "مباشر", title_line, "الرياض-الشرق",
                "نشر في: 21 مايو 2024 07:10 ص", "آخر تحديث: 21 مايو 2024 10:30 ص", "تحديث تلقائي",
                *_entries(("منذ 4 دقائق", "منذ 27 دقيقة", "منذ ساعتين"), FLOOD_ENTRIES, "مشاركة"),
                "تحميل المزيد", "© 2024 الشرق للأخبار. جميع الحقوق محفوظة")


def _check_live(text: str, title: str, entries: tuple[tuple[str, str], ...]) -> None:
    """The page's title line is the headline (said whole, its status label too: the label is a word of the title
    line, as annotators mark the line); each entry's heading a section title, its paragraph read."""
    article = parse_plain(text)
    assert article.headline is not None and article.headline.endswith(title)
    said = decisions(text)
    heard = spoken(article)
    for heading, paragraph in entries:
        assert said[heading] == "section title"
        assert paragraph in heard


def test_a_labelled_live_title_over_entries_without_a_lead_is_the_headline():
    text = _live_without_lead("مباشر | " + FLOOD_TITLE)
    _check_live(text, FLOOD_TITLE, FLOOD_ENTRIES)
    assert parse_plain(text).headline == "مباشر | " + FLOOD_TITLE


def test_a_live_title_stamped_like_its_entries_is_still_the_headline():
    """The page's own time ago over its title ("منذ ساعة"): the title heads the entries' shape too, and is the
    topmost."""
    text = page("الشرق للأخبار", "الرئيسية", "منذ ساعة", "مباشر | " + FLOOD_TITLE, "تحديث تلقائي",
                *_entries(("منذ 4 دقائق", "منذ 27 دقيقة", "منذ ساعتين"), FLOOD_ENTRIES, "مشاركة"),
                "© 2024 الشرق للأخبار. جميع الحقوق محفوظة")
    _check_live(text, FLOOD_TITLE, FLOOD_ENTRIES)


VOTE_TITLE = "انتخابات البرلمان الأوروبي.. النتائج الأولى تظهر تقدم اليمين"
VOTE_ENTRIES = (
    ("النتائج الأولى تظهر تقدم أحزاب اليمين",
     "أظهرت النتائج الأولية التي أعلنها البرلمان الأوروبي تقدم أحزاب اليمين في عدد من الدول الكبرى مقارنة بالانتخابات "
     "السابقة."),
    ("نسبة المشاركة هي الأعلى منذ عشرين عاما",
     "قال متحدث باسم البرلمان إن نسبة المشاركة تجاوزت نصف الناخبين المسجلين، وهي الأعلى منذ عشرين عاما بحسب "
     "التقديرات."),
    ("إغلاق مراكز الاقتراع في آخر الدول",
     "أغلقت مراكز الاقتراع أبوابها في آخر الدول المشاركة، وبدأت عمليات الفرز في العواصم الأوروبية وسط ترقب واسع."),
)


def test_a_live_title_labelled_as_coverage_over_clock_stamped_entries():
    """A news channel's shape: "تغطية مباشرة | TITLE", a dateline, entries stamped with the time of day."""
    text = page("سكاي نيوز عربية", "الرئيسية", "العالم", "تغطية مباشرة | " + VOTE_TITLE, "أبوظبي - سكاي نيوز عربية",
                *_entries(("10:42", "10:15", "09:50"), VOTE_ENTRIES), "الأكثر قراءة", "© سكاي نيوز عربية 2024")
    _check_live(text, VOTE_TITLE, VOTE_ENTRIES)


QUAKE_TITLE = "الزلزال في الشمال.. ارتفاع عدد الضحايا واستمرار عمليات البحث"
QUAKE_LEAD = ("تتواصل عمليات البحث عن ناجين تحت الأنقاض في المدن الشمالية لليوم الثاني بعد الزلزال الذي ضرب المنطقة "
              "فجر الاثنين.")
QUAKE_ENTRIES = (
    ("الصحة: ارتفاع عدد الضحايا إلى 85",
     "أعلنت وزارة الصحة ارتفاع عدد ضحايا الزلزال إلى خمسة وثمانين، فيما لا يزال العشرات في عداد المفقودين."),
    ("وصول فرق إنقاذ دولية إلى المطار",
     "وصلت فرق إنقاذ من ثلاث دول إلى مطار المدينة صباح اليوم ومعها معدات متخصصة للبحث تحت الأنقاض."),
    ("الأمم المتحدة تطلق نداء عاجلا للمساعدة",
     "أطلقت الأمم المتحدة نداء لجمع تبرعات عاجلة لمساعدة المتضررين من الزلزال وتوفير مأوى للعائلات المشردة."),
)


def test_a_live_title_labelled_with_a_colon_over_a_lead_and_entries():
    """A paper's shape: "مباشر: TITLE", a summary paragraph, then entries stamped "12:10 م"."""
    text = page("العربي الجديد", "سياسة", "مباشر", "مباشر: " + QUAKE_TITLE, "العربي الجديد", "21 مايو 2024",
                "آخر تحديث: 12:10 (توقيت القدس)", QUAKE_LEAD,
                *_entries(("12:10 م", "11:30 ص", "10:05 ص"), QUAKE_ENTRIES), "تحميل المزيد", "© 2024 العربي الجديد")
    _check_live(text, QUAKE_TITLE, QUAKE_ENTRIES)
    assert QUAKE_LEAD in spoken(parse_plain(text))


STRIKE_TITLE = "اليوم الخامس من الإضراب العام: مسيرات في المدن الكبرى ومفاوضات متعثرة"
STRIKE_ENTRIES = (
    ("مسيرات حاشدة في وسط العاصمة",
     "خرج آلاف العمال في مسيرات حاشدة وسط العاصمة للمطالبة برفع الأجور، في اليوم الخامس من الإضراب العام."),
    ("النقابات ترفض العرض الحكومي الجديد",
     "رفضت النقابات العرض الذي قدمته الحكومة مساء أمس، معتبرة أنه لا يلبي الحد الأدنى من مطالب العمال."),
    ("توقف حركة القطارات في معظم الخطوط",
     "توقفت حركة القطارات في معظم الخطوط بعد انضمام عمال السكك الحديدية إلى الإضراب منذ صباح اليوم."),
)


def test_an_unlabelled_live_title_over_entries_without_a_lead():
    """A channel's shape with no label in the title ("مباشر" a line above it, "تحديث مستمر" under it)."""
    text = page("الميادين نت", "الرئيسية", "أخبار", "مباشر", STRIKE_TITLE, "تحديث مستمر", "21 أيار 2024",
                *_entries(("14:20", "13:45", "13:10"), STRIKE_ENTRIES), "أخبار ذات صلة",
                "جميع الحقوق محفوظة © الميادين 2024")
    _check_live(text, STRIKE_TITLE, STRIKE_ENTRIES)


def test_a_live_page_of_bare_entries_keeps_its_title_and_every_entry():
    """Keep-test: entries without headings (a stamp, a paragraph): no heading to mistake, every paragraph read."""
    paragraphs = [paragraph for _, paragraph in FLOOD_ENTRIES]
    text = page("رؤيا الإخباري", "الرئيسية", "محليات", "مباشر | " + FLOOD_TITLE, "نشر: 2024-05-21 08:00",
                "15:10", paragraphs[0], "14:35", paragraphs[1], "13:50", paragraphs[2],
                "تابعوا قناة رؤيا على واتساب", "جميع الحقوق محفوظة لقناة رؤيا © 2024")
    article = parse_plain(text)
    assert article.headline == "مباشر | " + FLOOD_TITLE
    assert spoken(article) == paragraphs


FIRE_PARTS = (
    "بدأت النيران في محل صغير للأقمشة في الزاوية الشمالية من السوق، وانتقلت بسرعة إلى المحلات المجاورة.",
    "وصلت أولى سيارات الإطفاء، لكن ضيق الأزقة أخر وصولها إلى قلب الحريق قرابة نصف ساعة.",
    "أعلن الدفاع المدني السيطرة على الحريق بعد أن أتى على أكثر من ستين محلا تجاريا في السوق.",
)


def test_a_report_told_hour_by_hour_keeps_its_title_under_a_ticker():
    """Keep-test: a report whose parts are times over paragraphs (no heading of their own), its title under the time
    it was posted, a same-story ticker above: the report's title is no live entry's heading."""
    title = "ساعات الحريق: كيف التهمت النيران السوق القديم"
    text = page("الرئيسية", "تقارير", "عاجل | وزير الداخلية يتفقد موقع حريق السوق القديم", "منذ 3 ساعات", title,
                "اندلع الحريق في السوق القديم فجر الجمعة، وهذه أبرز محطاته كما رواها شهود وعناصر الدفاع المدني.",
                "04:10", FIRE_PARTS[0], "05:30", FIRE_PARTS[1], "07:45", FIRE_PARTS[2])
    article = parse_plain(text)
    assert article.headline == title
    assert all(part in spoken(article) for part in FIRE_PARTS)


QUAKE_NEWS = ("ضرب زلزال بقوة ست درجات المدينة الساحلية فجر اليوم، ما أدى إلى انهيار عشرات المباني وسقوط ضحايا بين "
              "السكان.")
QUAKE_MORE = ("وقالت السلطات إن فرق الإنقاذ تعمل على رفع الأنقاض بحثا عن ناجين، فيما فتحت المستشفيات أبوابها "
              "لاستقبال المصابين.")


@pytest.mark.parametrize("ticker", ["عاجل | ضحايا الزلزال يرتفعون",
                                    "عاجل | ارتفاع حصيلة ضحايا الزلزال في المدينة الساحلية إلى أربعين"])
def test_a_breaking_ticker_over_the_title_is_not_the_headline(ticker):
    """Keep-test: a ticker's line ("عاجل | ...") over an article's title, of the same story: the title stays the
    headline."""
    title = "زلزال بقوة ست درجات يضرب المدينة الساحلية ويدمر عشرات المباني"
    text = page("الرئيسية", "أخبار", ticker, title, "21 مايو 2024", QUAKE_NEWS, QUAKE_MORE)
    assert parse_plain(text).headline == title




PROGRAMME = (
    ("09:00", "الجلسة الافتتاحية",
     "يفتتح وزير الثقافة المؤتمر بكلمة عن دور المكتبات العامة في نشر القراءة بين الشباب."),
    ("11:30", "ندوة النشر الرقمي",
     "يناقش ناشرون وكتاب مستقبل الكتاب الورقي أمام انتشار المنصات الرقمية وتطبيقات القراءة."),
    ("14:00", "توقيع الكتب", "يوقع عشرون كاتبا إصداراتهم الجديدة في الجناح الرئيسي للمعرض حتى نهاية اليوم."),
)


@pytest.mark.parametrize("stamp", ["منذ ساعتين", "21:55"])
def test_a_title_under_its_posting_stamp_over_a_days_programme_stays_the_headline(stamp):
    """Keep-test (s18 review_live.md H1): the title stands under the time it was posted and a caption stands under
    it; further down, the article gives the day's programme as clock / heading / text. The title heads no entry."""
    title = "مؤتمر المكتبات العامة ينطلق غدا بمشاركة ثلاثين دولة"
    lead = ("ينطلق غدا في العاصمة مؤتمر المكتبات العامة بمشاركة وفود من ثلاثين دولة، ويستمر ثلاثة أيام تتخللها "
            "ندوات وورش عمل.")
    text = page("الرئيسية", "ثقافة", stamp, title, "صورة من دورة العام الماضي", lead,
                "وجاء برنامج اليوم الأول على النحو الآتي:", *[line for entry in PROGRAMME for line in entry])
    article = parse_plain(text)
    assert article.headline == title
    assert lead in spoken(article)


GOALS = (
    ("19:12", "الدحيل يتقدم مبكرا",
     "افتتح مهاجم الدحيل التسجيل بتسديدة قوية من خارج المنطقة استقرت في الزاوية البعيدة."),
    ("19:55", "التعادل قبل الاستراحة", "أدرك الهلال التعادل بضربة رأس من المدافع إثر ركلة حرة نفذت من الجهة اليسرى."),
)


@pytest.mark.parametrize("order", [GOALS, GOALS[::-1]])
def test_a_stamped_title_over_clock_stamped_parts_on_a_page_not_live_stays_the_headline(order):
    """Keep-test (s18 review_live2.md d01m): a match report's title under its posting stamp, its lead under it, then
    the goals stamped by the clock, oldest first or newest first: no live mark on the page, so no live entries; the
    section's name above keeps no headline."""
    title = "الهلال يقلب الطاولة على الدحيل ويتأهل في دوري أبطال آسيا"
    lead = ("قلب فريق الهلال تأخره أمام الدحيل إلى فوز بثلاثة أهداف مقابل هدف في إياب ربع نهائي دوري أبطال آسيا مساء "
            "اليوم.")
    text = page("الرئيسية", "دوري أبطال آسيا", "منذ ساعة", title, lead, *[line for entry in order for line in entry])
    article = parse_plain(text)
    assert article.headline == title
    assert lead in spoken(article)


def test_a_live_item_ending_the_sites_menu_makes_no_live_title():
    """Keep-test (s18 review_live3.md a04): the menu's last item "مباشر" stands right above a section's name; the
    match report's title under its stamp, over goals stamped newest first, stays the headline."""
    title = "الهلال يقلب الطاولة على الدحيل ويتأهل في دوري أبطال آسيا"
    lead = ("قلب فريق الهلال تأخره أمام الدحيل إلى فوز بثلاثة أهداف مقابل هدف في إياب ربع نهائي دوري أبطال آسيا مساء "
            "اليوم.")
    text = page("الرئيسية", "أخبار", "رياضة", "مباشر", "دوري أبطال آسيا", "منذ 5 دقائق", title, lead,
                "منذ 20 دقيقة", GOALS[1][1], GOALS[1][2], "منذ ساعة", GOALS[0][1], GOALS[0][2])
    assert parse_plain(text).headline == title
