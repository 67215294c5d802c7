"""Two other stories' titles between the article's paragraphs (a site's box of links flattened into the text without
its header) are not spoken; the article's own sub-headings, its unended or paused sentences, its quotes, transitions,
questions and a digest's briefs are, one title-shaped line alone always. Every page here is invented."""

from __future__ import annotations

from text.plain import parse_plain
from tests.support.article_views import page, reasons, spoken
from tests.support.pages import LEAD, SECOND, THIRD, TITLE

OTHER_TITLES = "other stories' titles"

PAIR = ("رسميا.. الجامعة الوطنية تلغي امتحانات القبول لطلاب الخارج وتعتمد المقابلات الشخصية بدلا منها",
        "إطلاق تطبيق جديد لحجز مواعيد الفحص الطبي للسائقين في جميع المحافظات بدون رسوم")
PAUSED = "تحذير عاجل.. دراسة بريطانية تكشف أضرار المشروبات الغازية على الكبد والقلب..تعرف عليها"
EXCLAIMED = "الأرصاد تكشف موعد نهاية موجة البرد… سكان الجبال يستعدون لأسبوع قارس!"


def test_two_titles_of_other_stories_between_paragraphs_are_not_spoken():
    article = parse_plain(page(TITLE, LEAD, SECOND, *PAIR, THIRD))
    assert spoken(article) == [LEAD, SECOND, THIRD]
    assert all(reasons(article)[line] == OTHER_TITLES for line in PAIR)
    # Closed by an exclamation after a title's pause, and above a sub-heading the article goes on with.
    article = parse_plain(page(TITLE, LEAD, SECOND, EXCLAIMED, PAIR[1], "مراحل التشغيل", THIRD))
    assert spoken(article) == [LEAD, SECOND, "مراحل التشغيل", THIRD]
    assert [section.title for section in article.sections] == [None, "مراحل التشغيل"]


def test_one_paused_title_shaped_line_between_paragraphs_is_spoken():
    # Alone, a paused line is as often the article's own as another story's title: it stays.
    assert spoken(parse_plain(page(TITLE, LEAD, SECOND, PAUSED, THIRD))) == [LEAD, SECOND, PAUSED, THIRD]
    own = ["وفي سياق متصل.. أعلن المجلس البلدي افتتاح سوق شعبي للخضار والفواكه في حي الميناء القديم",
           "على صعيد آخر.. قررت مديرية التربية تأجيل الامتحانات الفصلية أسبوعا بسبب الأمطار الغزيرة",
           "«لن يعطش أي بيت في هذه المدينة بعد اليوم.. هذا وعد قطعناه أمام السكان جميعا»",
           "لن يعطش أي بيت في هذه المدينة بعد اليوم.. هذا وعد قطعناه أمام السكان جميعا",
           "وصل المحافظ إلى الموقع قرابة التاسعة.. ثم تجول مع المهندسين بين الخزانات والأنابيب الضخمة",
           "أيها المسؤولون.. إلى متى سيظل أطفالنا يشربون مياها لا تصلح حتى لري الحدائق العامة؟",
           "بعد ثلاثين عاما في مهنة الهندسة.. ما الذي بقي في ذاكرتك من مشروعك الأول الصغير؟"]
    for line in own:
        assert spoken(parse_plain(page(TITLE, LEAD, SECOND, line, THIRD))) == [LEAD, SECOND, line, THIRD], line
    # A paused sub-heading over the paragraph it heads, in words of its own.
    head = "المرحلة الأولى.. تركيب ألواح شمسية فوق أسطح المباني ومد أنابيب نحو خزانات الأحياء الشرقية"
    under = "ويبدأ العمال الأسبوع المقبل بتثبيت الهياكل المعدنية وحفر الخنادق على طول الطريق الساحلي."
    assert spoken(parse_plain(page(TITLE, LEAD, SECOND, head, under))) == [LEAD, SECOND, head, under]


def test_two_title_shaped_lines_of_the_article_between_paragraphs_are_spoken():
    # Two sub-headings in a row, the second over the paragraph it heads, the one above sharing no word with it.
    heads = ["الخطة العشرية لتأمين مياه الشرب في القرى الجبلية والأرياف البعيدة عن الساحل",
             "تركيب ألواح شمسية فوق أسطح المباني ومد أنابيب نحو خزانات الأحياء الشرقية"]
    under = "ويبدأ العمال الأسبوع المقبل بتثبيت الهياكل المعدنية وحفر الخنادق على طول الطريق."
    assert spoken(parse_plain(page(TITLE, LEAD, SECOND, *heads, under))) == [LEAD, SECOND, *heads, under]
    # An opinion piece's two unended lines between its paragraphs.
    column = ["كتب الناس كثيرا عن غلاء الخبز في أسواقنا، لكن قلة منهم سألت عن أسبابه الحقيقية.",
              "فالقمح مستورد، والمطاحن قليلة، والأجور لا تكفي لشراء ما يحتاجه بيت صغير.",
              "نحن أجيال تقف طويلا في صفوف الأفران منذ ساعات الفجر الأولى",
              "وتذهب أعمارنا بين الدفاتر المهترئة وأوراق الدعم المؤجلة",
              "إن المخرج يبدأ بالاعتراف بأن السياسات القديمة أخفقت، وبإشراك المزارعين في رسم البديل.",
              "وما لم يحدث هذا، ستبقى الموائد فقيرة عاما بعد عام."]
    article = parse_plain(page("الخبز ليس ترفا", *column))
    assert spoken(article) == column
    # A digest whose briefs are one line each, two of them unended in a row.
    briefs = ["الساحل.. افتتاح معرض الكتاب السنوي بمشاركة ثلاثمئة دار نشر عربية وأجنبية.",
              "الوادي.. المنتخب المحلي يستعد لمباراة ودية أمام ضيف قوي في الشهر المقبل",
              "الجبل.. ارتفاع منسوب البحيرات بعد العواصف الأخيرة إلى أرقام غير مسبوقة",
              "السهل.. المصارف تمدد ساعات العمل لخدمة العملاء في كل فروعها."]
    article = parse_plain(page("موجز أخبار المناطق اليوم", LEAD, *briefs))
    assert OTHER_TITLES not in reasons(article).values()
    assert spoken(article)[-4:] == briefs


def test_titles_between_a_lead_in_and_the_list_it_announces_are_not_spoken():
    lead_in = "وتعتمد البلدية في تشغيل المحطة على عدة عوامل، منها:"
    items = ["- كمية مياه البحر المتاحة في الميناء.", "- كلفة الطاقة الشمسية في فصل الشتاء.",
             "- حاجة أحياء المدينة في أشهر الصيف."]
    article = parse_plain(page(TITLE, LEAD, lead_in, *PAIR, *items, THIRD))
    assert spoken(article) == [LEAD, lead_in, *items, THIRD]


def test_the_articles_own_unended_lines_and_sub_headings_stay():
    # One unpunctuated sentence turning to a new matter, unpaused, stays (the article may write one).
    aside = "الدخول إلى معرض المحطة مجاني طوال أيام الأسبوع للطلاب وكبار السن والعائلات"
    assert spoken(parse_plain(page(TITLE, LEAD, SECOND, aside, THIRD))) == [LEAD, SECOND, aside, THIRD]
    # Sub-headings that are short statements, their words back in the paragraphs under them.
    heads = ["المحطة تنهي أزمة المياه في أحياء الشمال خلال الصيف المقبل",
             "البلدية تعد بخفض فواتير المياه بعد اكتمال التشغيل الكامل"]
    under = ["وتغطي المحطة حاجة أحياء الشمال من المياه في الصيف المقبل، بحسب البلدية.",
             "وقالت البلدية إن فواتير المياه ستنخفض بعد التشغيل الكامل للمحطة بنحو الربع."]
    article = parse_plain(page(TITLE, LEAD, SECOND, heads[0], under[0], heads[1], under[1]))
    assert spoken(article) == [LEAD, SECOND, heads[0], under[0], heads[1], under[1]]
    # An article whose own sentences pause with ".." keeps its one unended line.
    paused_prose = ["وتابع رئيس البلدية الافتتاح من مبنى المحطة .. وسط حضور كبير من السكان.",
                    "وقام مدير المحطة بتكريم العمال والمهندسين الذين أنجزوا المشروع ..وسلم الدروع للفائزين",
                    "وشهد الحفل عرضا فنيا .. واختتم بجولة في أقسام المحطة."]
    article = parse_plain(page(TITLE, LEAD, *paused_prose))
    assert spoken(article) == [LEAD, *paused_prose]


def test_a_digest_of_news_briefs_is_the_article():
    # Each brief's paused title heads a paragraph retelling it: the page is a digest, every title its own.
    briefs = [("الساحل.. افتتاح محطة جديدة لتحلية مياه البحر بطاقة مئة ألف متر مكعب",
               "افتتحت بلدية الساحل محطة جديدة لتحلية مياه البحر بطاقة تبلغ مئة ألف متر مكعب يوميا."),
              ("الوادي.. انطلاق مهرجان التمور السنوي بمشاركة مئتي مزارع من المنطقة",
               "انطلق في الوادي مهرجان التمور السنوي بمشاركة مئتي مزارع يعرضون أصناف التمور المحلية."),
              ("الجبل.. إغلاق الطريق الرئيسي بسبب الثلوج لليوم الثاني على التوالي",
               "أغلقت السلطات الطريق الرئيسي في الجبل لليوم الثاني بسبب الثلوج الكثيفة.")]
    lines = [line for brief in briefs for line in brief]
    article = parse_plain(page("موجز أخبار المناطق اليوم", LEAD, *lines))
    assert OTHER_TITLES not in reasons(article).values()
    assert [section.title for section in article.sections][-2:] == [briefs[1][0], briefs[2][0]]
    assert spoken(article)[-4:] == lines[-4:]


def test_a_linked_title_over_the_articles_next_sub_heading_is_not_spoken():
    link = "لا تفوت: الجامعة الوطنية تعلن الحدود الدنيا للقبول في كليات الطب والهندسة"
    article = parse_plain(page(TITLE, LEAD, SECOND, link, "مراحل التشغيل", THIRD))
    assert spoken(article) == [LEAD, SECOND, "مراحل التشغيل", THIRD]
    assert reasons(article)[link] == OTHER_TITLES
    # A speaker's words under the speaker, in the article's words, stay over the sub-heading.
    said = "رئيس البلدية: المحطة تنهي انقطاع المياه في أحياء المدينة كلها هذا الصيف"
    article = parse_plain(page(TITLE, LEAD, SECOND, said, "مراحل التشغيل", THIRD))
    assert said in spoken(article)
    # A note to the reader, its label calling no one to a link, stays over the sub-heading (the review's probe page).
    lines = ["افتتح وزير الصحة صباح الأحد المستشفى الجامعي الجديد في مدينة النخيل، بسعة خمسمئة سرير وعشرين غرفة"
             " عمليات.",
             "وقال مدير المستشفى إن الأقسام ستعمل تدريجيا خلال الأشهر الثلاثة المقبلة، بدءا من قسم الطوارئ والعيادات"
             " الخارجية.",
             "ملاحظة: يتعين على المراجعين إحضار بطاقة الهوية الشخصية عند الزيارة الأولى للعيادات", "الأقسام الجديدة",
             "وأشار المدير إلى أن المستشفى وظف نحو ألفي طبيب وممرض من أبناء المنطقة، وأن التدريب بدأ قبل شهرين.",
             "ومن المنتظر أن يخفف المستشفى الضغط عن مستشفيات العاصمة التي كان يقصدها سكان النخيل للعلاج."]
    article = parse_plain(page("افتتاح المستشفى الجامعي الجديد في مدينة النخيل بحضور وزير الصحة", *lines))
    assert spoken(article) == lines
