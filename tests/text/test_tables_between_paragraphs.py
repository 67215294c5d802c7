"""A table or a chart standing between two paragraphs of the article (reviewer, s18 review_r6.md H1/M1; our own
words): it neither cuts the article in two nor gives the headline. A table copied one cell a line and a chart's ticks
are dropped; a table copied row by row (a row's label with its figures) is read with the article. Each case has its
keep twin: a list of figures the article speaks, a numbered or dated list, a most-read box at the page's end."""

from __future__ import annotations

import pytest

from tests.support.article_views import decisions, page, spoken
from text.plain import parse_plain, split_plain

TITLE = "\"الواحة للأغذية\" تضاعف أرباحها الفصلية بدعم من نمو المبيعات"
LEAD = ("أعلنت شركة الواحة للأغذية ارتفاع صافي أرباحها إلى 48.6 مليون درهم خلال الربع الأول من العام الجاري، "
        "مقارنة مع 23.9 مليون درهم في الفترة نفسها من العام الماضي.")
SECOND = "وعزت الشركة الارتفاع إلى زيادة مبيعات منتجات الألبان في الأسواق الخارجية وتراجع أسعار المواد الخام."
AFTER = ("وعلى أساس فصلي، نمت أرباح الشركة بنسبة 12 في المئة مقارنة مع الربع الأخير من العام الماضي، بحسب إفصاحها "
         "إلى البورصة.")
LAST = "وتخطط الشركة لافتتاح مصنع جديد للعصائر في المنطقة الصناعية قبل نهاية العام، بكلفة تقدر بنحو 90 مليون درهم."
CELLS = ("البيان", "الربع الأول 2023", "الربع الأول 2024", "المبيعات", "310.40", "352.75", "صافي الربح", "23.90",
         "48.60", "ربحية السهم", "0.12", "0.24")
ROWS = ("البيان الربع الأول 2023 الربع الأول 2024 التغير", "المبيعات 310.40 352.75 13.6 %",
        "مجمل الربح 96.20 118.35 23.0 %", "الربح التشغيلي 31.75 57.10 79.8 %", "صافي الربح 23.90 48.60 103.3 %",
        "ربحية السهم 0.12 0.24 100 %")


def test_a_table_one_cell_a_line_neither_cuts_the_article_nor_is_read():
    text = page("الرئيسية", "أسواق", TITLE, LEAD, SECOND, "النتائج المالية (مليون درهم)", *CELLS, AFTER, LAST,
                "المصدر: البورصة", "جميع الحقوق محفوظة © 2024")
    article = parse_plain(text)
    heard = spoken(article)
    assert article.headline == TITLE
    for paragraph in (LEAD, SECOND, AFTER, LAST):
        assert paragraph in heard
    for cell in (*CELLS, "النتائج المالية (مليون درهم)"):
        assert cell not in heard


def test_a_table_row_by_row_after_the_lead_gives_no_headline_and_is_read():
    text = page("الرئيسية", "أسواق", TITLE, "15 مايو 2024 09:30 ص", LEAD, SECOND, *ROWS, AFTER, LAST,
                "جميع الحقوق محفوظة © 2024")
    article = parse_plain(text)
    heard = spoken(article)
    assert article.headline == TITLE
    for line in (LEAD, SECOND, *ROWS[1:], AFTER, LAST):
        assert line in heard


def test_a_table_row_by_row_above_the_lead_gives_no_row_as_headline():
    """The table stands between the title block and the article (its paragraphs open going on from it): its rows
    among rows are never the headline. Its header row may be: a header row is no longer told from a dated title over
    price rows (s18 review_tables2.md H1), a loss accepted (the real page of this shape, r6 p25, keeps its title)."""
    title = "أرباح \"الواحة\" ترتفع 103% إلى 48.6 مليون درهم في الربع الأول"
    first = ("وبلغت مبيعات الشركة في الربع الأول 352.8 مليون درهم، مقارنة بنحو 310 ملايين درهم في الفترة المماثلة من "
             "العام السابق.")
    second = "وعلى أساس فصلي، ارتفع صافي الربح بنسبة 12 في المئة، بفضل تراجع تكاليف الشحن والتغليف."
    text = page("الرئيسية", "أسواق", "تسجيل الدخول", "شركة الواحة للأغذية", "4410", "12.35", "0.15 (1.23 %)",
                "آخر تحديث: 14:10 15/05/2024", "النتائج المالية", title, "15 مايو 2024 09:30 ص", "أرقام", *ROWS, first,
                second, "جميع الحقوق محفوظة © 2024")
    assert parse_plain(text).headline not in ROWS[1:]


CHART_TITLE = "نمو الناتج المحلي الإجمالي للمملكة"
CHART_LEAD = ("سجل الاقتصاد نموا بنسبة 2.8 في المئة خلال الربع الأول، بدعم من الأنشطة غير النفطية التي واصلت "
              "التوسع رغم تباطؤ الطلب العالمي.")
CHART_AFTER = ("ويتوقع محللون أن يتسارع نمو الاقتصاد في النصف الثاني من العام مع عودة إنتاج النفط إلى الارتفاع، "
               "وفق تقديرات صندوق النقد.")


def test_a_charts_ticks_between_paragraphs_are_dropped_and_the_article_kept():
    text = page("نمو الاقتصاد يتسارع بدعم الأنشطة غير النفطية", CHART_LEAD, CHART_TITLE, "6", "4", "2", "0",
                "2022", "2023", "2024", "المصدر: الهيئة العامة للإحصاء", CHART_AFTER)
    heard = spoken(parse_plain(text))
    assert CHART_LEAD in heard and CHART_AFTER in heard
    for tick in ("6", "4", "2", "0", "2022", "2024", CHART_TITLE):
        assert tick not in heard


GOLD_TITLE = "أسعار الذهب اليوم في الأسواق المحلية"
GOLD_LEAD = "استقرت أسعار الذهب في تعاملات اليوم الأربعاء بعد ارتفاعها أمس، وسط ترقب المستثمرين لبيانات التضخم."
GOLD_AFTER = "ويرى تجار أن الأسعار قد تواصل الارتفاع خلال الأيام المقبلة مع زيادة الطلب على المشغولات قبل موسم الأعراس."


PRICE_SENTENCES = ("وسجل سعر الذهب عيار 24 نحو 2350 دولارا للأوقية في المعاملات الفورية.",
                   "وبلغ سعر الذهب عيار 21 قرابة 2060 دولارا، فيما سجل عيار 18 نحو 1760 دولارا.",
                   "أما الجنيه الذهب فسجل 16450 جنيها دون تغيير يذكر عن إغلاق أمس.")


def test_an_article_of_price_sentences_is_read_whole():
    """Keep-test: a market report whose body is a list of figures in sentences."""
    heard = spoken(parse_plain(page(GOLD_TITLE, GOLD_LEAD, *PRICE_SENTENCES, GOLD_AFTER)))
    for line in (GOLD_LEAD, *PRICE_SENTENCES, GOLD_AFTER):
        assert line in heard


@pytest.mark.parametrize("items", [
    ("سعر الذهب عيار 24 يسجل 2350 دولارا", "سعر الذهب عيار 21 يسجل 2060 دولارا",
     "سعر الذهب عيار 18 يسجل 1760 دولارا", "سعر الجنيه الذهب يسجل 16450 جنيها"),
    ("عيار 24: 3540 جنيها", "عيار 21: 3100 جنيها", "عيار 18: 2655 جنيها", "الجنيه الذهب: 24800 جنيه"),
    ("2019", "تأسيس المصنع الأول", "2021", "دخول السوق الخليجية", "2023", "افتتاح فرع في عمان"),
    ("1", "الهلال 65 نقطة", "2", "النصر 60 نقطة", "3", "الأهلي 54 نقطة"),
])
def test_a_list_of_figures_is_no_table(items):
    """Keep-test: price lines, "label: value" rows, a dated or numbered list between two paragraphs put a word
    between their figures: no table, whatever becomes of the list (the list rules judge it)."""
    text = page(GOLD_TITLE, GOLD_LEAD, *items, GOLD_AFTER)
    assert not any("a table's" in line.why for line in split_plain(text).lines)


def test_a_most_read_box_with_numbers_at_the_page_end_stays_dropped():
    """Keep-test: figures in a row under the article are followed by no paragraph going on from it."""
    text = page("الرئيسية", TITLE, LEAD, SECOND, AFTER, "الأكثر قراءة", "1", "2", "3", "سعر صرف الدولار اليوم",
                "10.5", "12.25", "8.75", "جميع الحقوق محفوظة © 2024")
    seen = decisions(text)
    for line in ("1", "2", "3", "10.5", "12.25", "8.75", "سعر صرف الدولار اليوم"):
        assert not next(d for d in split_plain(text).lines if d.text == line).spoken, (line, seen[line])


def test_a_ticker_under_the_title_leaves_the_title_alone():
    """Keep-test: a market ticker's rows right under the title (figures side by side) do not make the title a table's
    header row: it says no word twice."""
    title = "أرباح أرامكو ترتفع 4% في الربع الأول من 2024"
    text = page("الرئيسية", title, "أرامكو 32.10 0.25", "سابك 78.40 -0.60", LEAD, SECOND, AFTER)
    assert parse_plain(text).headline == title


def test_a_standings_table_row_by_row_is_read_and_the_report_goes_on():
    """Rows of figures side by side under their header row, between the lead and the report's last paragraph: read
    with the article, never taken for other stories' titles, and the paragraph under them kept."""
    lead = ("عزز الهلال صدارته لدوري المحترفين بفوز صعب على الاتفاق بهدف دون رد، في المباراة التي أقيمت مساء "
            "السبت.")
    rows = ("الفريق لعب فاز تعادل خسر النقاط", "الهلال 28 22 5 1 71", "النصر 28 20 4 4 64", "الأهلي 28 17 6 5 57")
    last = "ويلتقي الهلال في الجولة المقبلة مع النصر في قمة الدوري التي قد تحسم اللقب مبكرا."
    heard = spoken(parse_plain(page("الرئيسية", "رياضة", "الهلال يعزز صدارته للدوري بفوز صعب على الاتفاق", lead,
                                    *rows, last, "جميع الحقوق محفوظة")))
    for line in (lead, *rows[1:], last):
        assert line in heard


def test_a_table_over_a_read_also_box_ends_the_article():
    """Keep-test: under the table a "read also" box and another story's lead follow, not the article's paragraph."""
    other = "أعلنت شركة الواحة للأغذية توزيع أرباح نقدية بقيمة 0.10 درهم للسهم عن العام الماضي."
    text = page("الرئيسية", TITLE, LEAD, *CELLS, "اقرأ أيضاً", "\"الواحة\" توزع أرباحا نقدية على المساهمين", other,
                "جميع الحقوق محفوظة")
    heard = spoken(parse_plain(text))
    assert LEAD in heard and other not in heard


WORKS_FIRST = ("قال وزير البلديات إن أعمال صيانة شبكة الصرف في الأحياء الشرقية ستبدأ الأسبوع المقبل، وتستمر ثلاثة "
               "أشهر.")
WORKS_SECOND = "وأضاف الوزير أن الأعمال ستجري ليلا لتقليل الازدحام المروري، داعيا السكان إلى اتباع الإرشادات."
WORKS_TITLE = "وزير البلديات: صيانة شبكة الصرف تبدأ الأسبوع المقبل"


@pytest.mark.parametrize("widget", [
    ("طقس اليوم", "الرياض 41 27", "جدة 36 29", "الدمام 43 30"),
    ("مؤشرات الأسواق", "خام برنت 83.12 0.45 %", "خام نايمكس 78.40 0.38 %", "الغاز الطبيعي 2.31 1.20 %"),
])
def test_a_widgets_rows_under_its_title_between_paragraphs_keep_the_article_whole(widget):
    """Rows of figures side by side under a widget's title (the weather, market indices) between two paragraphs: the
    paragraph under them is kept. The rows were inside the article the finder finds without the table: they keep its
    decisions, as a currency or weather story's own table under the same title does (s18 review_tables2.md H2)."""
    heard = spoken(parse_plain(page("الرئيسية", WORKS_TITLE, WORKS_FIRST, *widget, WORKS_SECOND, "جميع الحقوق محفوظة")))
    assert WORKS_FIRST in heard and WORKS_SECOND in heard


def test_rows_with_no_title_between_paragraphs_keep_the_article_whole():
    """A ticker's rows with no widget's title: the paragraph under them is kept; the rows are read as the finder reads
    them without a table (the article's own results rows look the same: s18 review_tables.md H1)."""
    ticker = ("خام برنت 83.12 0.45 %", "خام نايمكس 78.40 0.38 %", "الغاز الطبيعي 2.31 1.20 %")
    heard = spoken(parse_plain(page("الرئيسية", WORKS_TITLE, WORKS_FIRST, *ticker, WORKS_SECOND, "جميع الحقوق محفوظة")))
    assert WORKS_FIRST in heard and WORKS_SECOND in heard


def test_a_gallery_strip_over_its_caption_is_no_table_between_paragraphs():
    """Keep-test: a gallery's numbers ("1" ... "6") under the last paragraph, over its photo's caption (it names the
    article's people, but ends no sentence): the caption stays dropped."""
    caption = ("رئيس الحكومة خلال استقباله وفد رجال الأعمال الألمان في مكتبه، بحضور وزير الاستثمار وعدد من المسؤولين "
               "في الحكومة")
    text = page("الرئيسية", "رئيس الحكومة يستقبل وفدا من رجال الأعمال الألمان",
                "استقبل رئيس الحكومة في مكتبه اليوم وفدا من رجال الأعمال الألمان، وبحث معهم فرص الاستثمار في قطاعي "
                "الطاقة والزراعة.", "وأكد رئيس الحكومة خلال اللقاء استعداد حكومته لتقديم التسهيلات اللازمة للمستثمرين "
                "الأجانب.", "1", "2", "3", "4", "5", "6", caption, "الأكثر مشاهدة", "جميع الحقوق محفوظة")
    assert caption not in spoken(parse_plain(text))


ROUND_TITLE = "الأسبوع الثامن: أربعة انتصارات للضيوف وتعادل وحيد"
ROUND_LEAD = ("عرف الأسبوع الثامن من دوري الدرجة الأولى أربعة انتصارات للفرق الزائرة وتعادلا وحيدا، في جولة طغى عليها "
              "الحذر الدفاعي وقلة الفرص.")
ROUND_SECOND = "وحافظ صاحب الصدارة على فارق النقاط الثلاث بعدما خرج منتصرا من مواجهة صعبة خارج قواعده."
ROUND_LAST = "ويتوقف الدوري أسبوعين بسبب ارتباطات المنتخب، على أن يعود بمباريات الأسبوع التاسع مطلع الشهر المقبل."
ROUND_ROWS = ("النجمة\t1\t2\tالرابطة", "الشعلة\t0\t0\tالنسور", "الفجر\t0\t3\tالكوكب", "الساحل\t2\t3\tالميناء")


def test_a_rounds_results_rows_naming_nothing_of_the_report_are_read_with_it():
    """The article's results rows (copied with tabs, as a browser copies a table) between its paragraphs name none of
    the words its report tells in general terms: they stay spoken, and the paragraph under them is kept (s18
    review_tables.md H1)."""
    heard = [" ".join(line.split()) for line in spoken(parse_plain(page("رياضة", ROUND_TITLE, ROUND_LEAD, ROUND_SECOND,
                                                                       *ROUND_ROWS, ROUND_LAST)))]
    for line in (ROUND_LEAD, ROUND_SECOND, *ROUND_ROWS, ROUND_LAST):
        assert " ".join(line.split()) in heard


def test_an_elections_cells_one_a_line_inside_the_article_stay_spoken():
    """Candidates' names and votes one cell a line between two paragraphs the article already holds: they are read as
    before (s18 review_tables.md H2)."""
    lead = ("أعلنت لجنة الانتخابات مساء الخميس النتائج الأولية لانتخابات مجلس البلدية، بعد فرز أصوات جميع المراكز في "
            "الأحياء الأربعة، وأظهرت تقدم مرشح القائمة المستقلة بفارق مريح.")
    second = "وتنافس على المقعد ثلاثة مرشحين بعد حملات مكثفة جابت الأسواق والمساجد والأندية."
    third = ("وشهدت مراكز الاقتراع إقبالا متوسطا في ساعات الصباح، قبل أن يرتفع عدد المقترعين بعد الظهر مع انتهاء "
             "الدوام الرسمي في الدوائر الحكومية.")
    cells = ("خالد الرواشدة", "9321", "47.5 %", "نبيل السعدي", "6410", "32.7 %", "هالة المومني", "3890", "19.8 %")
    after = ("وبلغت نسبة المشاركة في المدينة 36 بالمئة، وهي أدنى من الدورة الماضية بنقطتين، بحسب ما أعلنته اللجنة في "
             "مؤتمر صحفي.")
    last = "ويحق للمرشحين الاعتراض على النتائج خلال خمسة أيام من إعلانها، فيما شكر الرواشدة ناخبيه في كلمة قصيرة."
    text = page("محليات", "الرواشدة يفوز برئاسة البلدية بفارق ثلاثة آلاف صوت", lead, second, third, *cells, after,
                last)
    heard = spoken(parse_plain(text))
    for line in (lead, second, third, "خالد الرواشدة", "9321", "نبيل السعدي", "6410", after, last):
        assert line in heard


def test_a_title_joined_by_dots_over_a_price_tables_rows_is_the_headline():
    """A title saying a word twice, joining its parts with "..", its figures in a sentence, right over a price
    table's rows: no header row (s18 review_tables.md H3)."""
    title = "أسعار الفضة اليوم.. صعود أسعار عيار 925 إلى 62 جنيها"
    lead = ("صعدت أسعار الفضة في محلات الصاغة صباح اليوم الثلاثاء، بعد ارتفاع سعر الأوقية في البورصة العالمية "
            "بنحو نصف دولار.")
    text = page(title, "عيار 999 67 69", "عيار 925 62 64", lead,
                "وقال تجار إن الطلب على المشغولات الفضية ما زال ضعيفا رغم اقتراب موسم الأعياد.")
    assert parse_plain(text).headline == title


def test_a_title_ending_with_the_seasons_years_over_standings_rows_is_the_headline():
    """A title whose figures are the season's two years side by side, right over the standings' rows: never a row
    among rows (s18 review_tables.md H4)."""
    title = "ترتيب دوري الأضواء للمحترفين 2025 2026"
    lead = ("يواصل الوحدة تصدره لترتيب الدوري بعد فوزه الأخير خارج ملعبه، متقدما بفارق ثلاث نقاط على أقرب "
            "ملاحقيه.")
    text = page("رياضة", title, "الوحدة 20 15 3 2 48", "الشروق 20 14 3 3 45", "الأمل 20 12 5 3 41", lead,
                "ويلتقي الفريقان الأولان في قمة الجولة المقبلة التي قد تحسم مصير اللقب مبكرا.")
    assert parse_plain(text).headline == title


def test_a_dated_title_saying_its_commodity_twice_over_price_rows_is_the_headline():
    """A price page's daily title (a day, a date, the commodity said twice, no little word) right over the price rows,
    the lead under them: the title, never a table's header row (s18 review_tables2.md H1)."""
    title = "سعر الحديد اليوم الاثنين 20 مايو 2024 بمصانع الحديد"
    lead = ("استقرت أسعار حديد التسليح في المصانع المحلية صباح اليوم الاثنين، بعد زيادة طفيفة أعلنتها بعض الشركات "
            "مطلع الأسبوع.")
    text = page("الرئيسية", "اقتصاد", title, "حديد المصريين\t38500\t38900", "حديد السويس\t38200\t38600",
                "حديد بشاي\t38100\t38450", lead, "ويتوقع تجار أن تبقى الأسعار عند مستواها حتى نهاية الشهر الجاري.",
                "جميع الحقوق محفوظة")
    assert parse_plain(text).headline == title


def test_a_currency_storys_own_table_under_a_widgets_title_stays_spoken():
    """A currency story's rates under "أسعار الصرف" between its paragraphs, inside the article the finder finds
    without the table: read as before, the widget's title aside (s18 review_tables2.md H2)."""
    title = "الريال يتراجع أمام الدولار في السوق الموازية للمرة الثالثة هذا الأسبوع"
    lead = ("تراجع سعر صرف الريال أمام الدولار في تعاملات السوق الموازية اليوم الأربعاء، وسط شح في المعروض من العملة "
            "الأجنبية لدى محلات الصرافة.")
    second = "وسجلت العملات الأجنبية لدى محلات الصرافة في العاصمة مستويات جديدة خلال ساعات الظهيرة."
    rows = ("أسعار الصرف", "الدولار 530 532", "اليورو 575 578", "الجنيه الإسترليني 672 676", "الريال السعودي 140 141")
    last = "وقال صرافون إن الطلب على الدولار ارتفع مع اقتراب موسم استيراد السلع الغذائية، ما زاد الضغط على الريال."
    heard = spoken(parse_plain(page("الرئيسية", "اقتصاد", title, lead, second, *rows, last, "جميع الحقوق محفوظة")))
    for line in (lead, second, *rows[1:]):
        assert line in heard


def test_another_storys_lead_under_a_results_widget_stays_out():
    """A match report's last paragraph, a results widget naming the round's other teams, then a preview of another
    match naming two of those teams (it opens no sentence going on): the preview is not joined to the report (s18
    review_tables2.md M1)."""
    title = "الفيصلي يقلب تأخره إلى فوز ثمين على الرمثا"
    lead = ("قلب الفيصلي تأخره بهدف إلى فوز بهدفين على الرمثا، في المباراة التي جمعت الفريقين مساء الجمعة ضمن "
            "الجولة العاشرة من دوري المحترفين.")
    second = "وسجل المدافع هدف التعادل برأسية في الدقيقة الستين، قبل أن يضيف المهاجم هدف الفوز من ركلة جزاء."
    third = "وارتفع رصيد الفيصلي إلى 22 نقطة في المركز الثاني، فيما تجمد رصيد الرمثا عند 15 نقطة."
    rows = ("الحسين 2 0 السلط", "الوحدات 1 1 شباب الأردن", "معان 0 1 الجزيرة", "البقعة 3 2 سحاب",
            "الرمثا 1 2 الفيصلي")
    other = ("يستعد الوحدات لمواجهة الحسين في قمة الجولة الحادية عشرة من دوري المحترفين، وسط غيابات مؤثرة في خط "
             "الوسط بسبب الإيقاف والإصابة.")
    heard = spoken(parse_plain(page("الرئيسية", "رياضة", title, lead, second, third, *rows, other,
                                    "شارك الخبر", "جميع الحقوق محفوظة")))
    assert lead in heard and third in heard and other not in heard
