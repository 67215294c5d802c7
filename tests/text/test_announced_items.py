"""The items of a list a line of the article announces with a colon ("... على النحو التالي:" / "• ..."): the article's
text, never dropped by the line model alone (seen on a transport page of s24/r01: a one-item timetable "• DAYS:
HOURS" dropped at 0.76 while the same item under the first lead-in was kept). A "read also" header announces a box
of links, not the article's list: its teasers stay dropped. Our own words throughout."""

from __future__ import annotations

from tests.support.article_views import page, spoken
from text.articlerows import announced_items
from text.bodyfind import find_body
from text.plain import page_lines, parse_plain

TITLE = "بلدية المدينة تعلن مواعيد جديدة لجمع النفايات"
LEAD = ("أعلنت بلدية المدينة عن تعديل مواعيد جمع النفايات في الأحياء السكنية اعتبارا من الأسبوع المقبل، وذلك ضمن "
        "خطة لتحسين النظافة العامة في الشوارع.")
LEAD_IN = "وأوضحت البلدية أن المواعيد الجديدة ستكون على النحو التالي:"
CLOSE = "وأكدت البلدية أن فرق العمل ستعمل طوال أيام الأسبوع بما فيها أيام العطل الرسمية لضمان نظافة الأحياء."
TEASERS = ("- البلدية تطلق حملة تشجير واسعة في الأحياء الجنوبية", "- افتتاح حديقة عامة جديدة وسط المدينة")

FUEL_TITLE = "تعديل أسعار الوقود لشهر فبراير"
FUEL_LEAD = ("أعلنت لجنة متابعة أسعار الوقود عن الأسعار الجديدة لشهر فبراير، مشيرة إلى أن التعديل يأتي تماشيا مع "
             "تغيرات الأسعار العالمية للنفط خلال الشهر الماضي.")
FUEL_CLOSE = ("وقالت اللجنة إن أسعار الديزل بقيت دون تغيير مقارنة بالشهر الماضي، وإن المراجعة المقبلة ستكون مطلع "
              "مارس.")


def _items(*lines: str) -> set[str]:
    """The lines ``announced_items`` finds inside the article the body finder reads on the page."""
    texts = [line for _, line in page_lines(page(*lines))]
    body = find_body(texts)
    return {texts[index] for index in announced_items(body.lines, body.start, body.end)}


def test_a_one_item_timetable_under_its_lead_in_is_read():
    """Fails before: the line model dropped the only item ("label: figures" under a bullet) as furniture."""
    item = "• الأحياء الشمالية: 6 صباحا – 9 صباحا"
    heard = spoken(parse_plain(page("الرئيسية", TITLE, "الأحد 12 يناير 2025", LEAD, LEAD_IN, item, CLOSE,
                                    "اقرأ أيضا:", *TEASERS)))
    assert item in heard and CLOSE in heard
    for teaser in TEASERS:
        assert teaser not in heard


def test_a_starred_price_item_as_follows_is_read():
    """Fails before: "* FUEL 95: 2.10 ريال" under "... كما يلي:" was dropped by the line model; the most-read box
    under the article stays dropped."""
    item = "* بنزين 95: 2.10 ريال"
    most_read = ("- تراجع أسعار الذهب في السوق المحلية", "- توقعات بأمطار غزيرة نهاية الأسبوع")
    heard = spoken(parse_plain(page(FUEL_TITLE, "الاقتصاد", FUEL_LEAD, "وجاءت الأسعار الجديدة للتر الواحد كما يلي:",
                                    item, FUEL_CLOSE, "الأكثر قراءة", *most_read)))
    assert item in heard and FUEL_CLOSE in heard
    assert "الأكثر قراءة" not in heard
    for teaser in most_read:
        assert teaser not in heard


def test_numbered_items_and_an_items_second_line_are_announced():
    """Numbered items count; an unmarked line between two items is the first one's; the paragraph after ends the
    list."""
    lines = (TITLE, LEAD, "وبينت الجامعة أن شروط القبول تتضمن ما يلي:", "1. شهادة الثانوية العامة: معدل 80% فأكثر",
             "وذلك للتخصصات العلمية فقط", "2. اجتياز اختبار القدرات", CLOSE)
    assert _items(*lines) == {lines[3], lines[4], lines[5]}


def test_a_lead_in_holding_a_read_also_phrase_announces_no_items():
    """Near miss: "مواضيع ذات صلة بهذا الخبر ...:" is long enough to announce, but it heads a box of links."""
    lines = (TITLE, LEAD, CLOSE, "مواضيع ذات صلة بهذا الخبر قد تهمك أيضا:",
             "• مهرجان المسرح العربي ينطلق الأسبوع المقبل", "• جائزة الرواية تعلن قائمتها الطويلة")
    assert not _items(*lines)


def test_a_call_to_follow_the_site_announces_no_items():
    """Near miss: a lead-in speaking to the reader ("يمكنكم ...") lists the site's channels, not the article's."""
    lines = (TITLE, LEAD, CLOSE, "لمتابعة آخر الأخبار يمكنكم الاشتراك في قنواتنا التالية:", "• قناة تيليجرام",
             "• قناة واتساب")
    assert not _items(*lines)


def test_read_also_teasers_stay_dropped():
    """Near miss: "اقرأ أيضا:" and its dashed teasers under the article are still dropped."""
    heard = spoken(parse_plain(page(TITLE, LEAD, CLOSE, "اقرأ أيضا:", *TEASERS)))
    assert CLOSE in heard
    assert "اقرأ أيضا:" not in heard
    for teaser in TEASERS:
        assert teaser not in heard


def test_sub_headings_after_a_lead_in_are_no_items():
    """Near miss: a lead-in over the article's parts ("... فيما يلي:") and unmarked sub-headings: no item, and the
    second part keeps its sub-heading."""
    parts = ("وتتضمن الخطة عدة محاور أساسية نستعرضها فيما يلي:", "الدعم المباشر للمزارعين",
             "وتقدم الحكومة بموجب هذا المحور منحا مالية مباشرة لصغار المزارعين الذين فقدوا محاصيلهم، على أن تصرف "
             "على دفعتين خلال العام.", "تطوير شبكات الري",
             "وتشمل هذه المرحلة إعادة تأهيل قنوات الري القديمة وإنشاء سدود صغيرة في المناطق الأكثر تضررا من الجفاف.")
    lead = ("أعلنت الحكومة خطة جديدة لدعم المزارعين المتضررين من موجة الجفاف التي ضربت البلاد خلال الموسم الماضي، "
            "بميزانية تتجاوز مئة مليون دينار.")
    lines = ("خطة الحكومة لدعم المزارعين", lead, *parts)
    assert not _items(*lines)
    article = parse_plain(page(*lines))
    assert "تطوير شبكات الري" in [section.title for section in article.sections]
