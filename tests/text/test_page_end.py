"""Whole pages copied with select-all: the article's closing part stays when only the page's furniture follows it.

Reviewer, s16review_pages.md H1-H3: on a whole page a footer always stands under the article, so a closing part that
"runs to the page's end" never does; what ends the article is the furniture, not the end of the text. Each page here
is written for the test (no real page's text); each keep-test checks the furniture the rule was written for still
falls away.
"""

import pytest

from text.goingon import _opens_with_verb
from text.plain import parse_plain
from tests.support.article_views import spoken


HEAD = ["الرئيسية", "تقنية", "مراجعة الدراجة الكهربائية فولت 3: مدى طويل وفرامل تحتاج تحسينا", "بقلم سامر الحداد",
        "الأحد 9 مارس 2025"]
REVIEW = ["جربنا الدراجة الكهربائية فولت 3 طوال شهر كامل في شوارع المدينة، وقطعنا بها أكثر من 600 كيلومتر بين "
          "العمل والبيت.",
          "تعد البطارية أقوى ما في الدراجة، إذ تقطع بشحنة واحدة قرابة 80 كيلومترا في الطرق المستوية، ويستغرق "
          "شحنها أربع ساعات.",
          "أما الفرامل فجاءت أضعف من المتوقع، ويحتاج السائق إلى مسافة أطول للتوقف على المنحدرات، وهو ما لاحظناه "
          "مرارا في الأيام الممطرة."]
VERDICT = ["الحكم النهائي", "- بطارية الدراجة تقطع مسافة طويلة", "- شحن البطارية في أربع ساعات",
           "- الفرامل ضعيفة على المنحدرات"]
FOOTER = ["وسوم", "دراجات كهربائية", "مراجعات", "شارك", "فيسبوك", "واتساب", "© 2025 جميع الحقوق محفوظة"]


def test_a_closing_verdict_over_points_is_kept_above_the_tags_and_share_bar():
    article = parse_plain("\n".join([*HEAD, *REVIEW, *VERDICT, *FOOTER]))
    assert all(line in spoken(article) for line in VERDICT[1:])
    assert not {"دراجات كهربائية", "مراجعات", "فيسبوك"} & set(spoken(article))


def test_pros_and_cons_under_a_closing_heading_are_kept_above_the_footer():
    # Each point names two of the article's topic words (s16review_end.md H1: one shared word is any related box's).
    part = ["الخلاصة", "الإيجابيات:", "- بطارية تقطع مسافة طويلة بشحنة واحدة", "- شحن البطارية في أربع ساعات",
            "السلبيات:", "- فرامل ضعيفة على المنحدرات", "- سعر مرتفع للدراجة الكهربائية"]
    article = parse_plain("\n".join([*HEAD, *REVIEW, *part, *FOOTER]))
    assert all(line in spoken(article) for line in part[2:4] + part[5:])
    assert "دراجات كهربائية" not in spoken(article)


def test_a_box_of_other_stories_titles_under_one_label_after_the_article_is_dropped():
    box = ["قصص قد تعجبك", "- شركة ناشئة تطرح دراجة كهربائية قابلة للطي في الأسواق العربية",
           "- بلدية العاصمة تخصص مسارات جديدة للدراجات في الأحياء الشمالية",
           "- أسعار الدراجات الكهربائية ترتفع للمرة الثانية خلال عام واحد"]
    article = parse_plain("\n".join([*HEAD, *REVIEW, *box, *FOOTER]))
    assert not set(box) & set(spoken(article))


MATCH = ["الرئيسية", "رياضة", "الترجي يفوز على الصفاقسي ويقترب من لقب كرة اليد", "السبت 3 مايو 2025",
         "فاز فريق الترجي لكرة اليد على ضيفه الصفاقسي بفارق خمسة أهداف، في قمة الجولة الأخيرة من البطولة.",
         "وتقدم الترجي في الشوط الأول بفضل حارسه الذي تصدى لعدة رميات، قبل أن يوسع الفارق في الشوط الثاني."]
LINEUPS = ["تشكيلة الترجي", "الحراسة: كريم السالمي", "الخط الخلفي: أنيس الزواري، مهدي الحاج",
           "الخط الأمامي: وائل بن علي، سامي الجلاصي", "تشكيلة الصفاقسي", "الحراسة: منير الغربي",
           "الخط الخلفي: رامي الكعبي، نبيل المزي", "الخط الأمامي: هشام الطرابلسي، فارس العيادي"]
MATCH_FOOTER = ["اقرأ أيضا", "الصفاقسي يحتج على التحكيم بعد الهزيمة أمام الترجي", "جميع الحقوق محفوظة © 2025"]


def test_the_teams_lineups_after_the_match_report_are_kept_above_read_also():
    article = parse_plain("\n".join([*MATCH, *LINEUPS, *MATCH_FOOTER]))
    assert all(line in spoken(article) for line in LINEUPS if ":" in line)
    assert "الصفاقسي يحتج على التحكيم بعد الهزيمة أمام الترجي" not in spoken(article)


def test_widget_rows_under_their_own_labels_after_the_article_are_dropped():
    widgets = ["أسعار العملات", "الدولار: 3.10 دينار", "اليورو: 3.35 دينار", "الريال: 0.82 دينار", "حالة الطقس",
               "تونس: 24 درجة", "صفاقس: 26 درجة", "سوسة: 25 درجة"]
    article = parse_plain("\n".join([*MATCH, *widgets, *MATCH_FOOTER]))
    assert not set(widgets) & set(spoken(article))


def test_tags_marked_as_a_list_under_an_unknown_label_after_the_article_stay_dropped():
    tags = ["مواضيع", "- الدراجة الكهربائية", "- البطارية", "- الفرامل", "- دراجات"]
    article = parse_plain("\n".join([*HEAD, *REVIEW, *tags, *FOOTER]))
    assert not set(tags) & set(spoken(article))


CITY = ["الرئيسية", "محليات", "البلدية تبدأ تجديد شبكة الإنارة في الأحياء القديمة", "الخميس 6 مارس 2025",
        "بدأت البلدية هذا الأسبوع أعمال تجديد شبكة الإنارة العامة في الأحياء القديمة، بعد شكاوى متكررة من السكان.",
        "وقال رئيس البلدية إن الأشغال ستشمل تغيير أكثر من ألفي عمود إنارة واستبدال المصابيح القديمة بمصابيح "
        "موفرة للطاقة."]
MOST_READ = ["الأكثر قراءة", "انقطاع المياه عن ثلاثة أحياء في المدينة غدا", "© 2025 جميع الحقوق محفوظة"]


def test_an_unstopped_last_paragraph_opening_with_a_present_verb_is_kept_above_the_furniture():
    last = "وتتوقع البلدية انتهاء الأشغال قبل حلول فصل الصيف المقبل"
    article = parse_plain("\n".join([*CITY, last, *MOST_READ]))
    assert last in spoken(article)
    assert "انقطاع المياه عن ثلاثة أحياء في المدينة غدا" not in spoken(article)


def test_an_unstopped_last_paragraph_denying_a_verb_is_kept_above_the_source_line():
    last = "ولم تحدد البلدية بعد كلفة المشروع الإجمالية ولا مصادر تمويله"
    article = parse_plain("\n".join([*CITY, last, "المصدر: وكالات", *MOST_READ]))
    assert last in spoken(article)
    assert "المصدر: وكالات" not in spoken(article)


def test_the_last_paragraph_under_a_photo_caption_is_kept_and_the_caption_dropped():
    caption = "عمال يركبون أعمدة الإنارة الجديدة في أحد الأحياء (الصورة: البلدية)"
    last = "ويترقب السكان توسيع المشروع ليشمل الأحياء الجديدة"
    article = parse_plain("\n".join([*CITY, caption, last, "الوسوم", "الإنارة", "البلدية", "شارك", "فيسبوك",
                                     "© 2025 جميع الحقوق محفوظة"]))
    assert last in spoken(article)
    assert caption not in spoken(article)
    assert "الإنارة" not in spoken(article)


def test_a_noun_shaped_title_after_the_article_above_the_footer_stays_dropped():
    others = ("وتيرة الأشغال في الميناء الجديد", "وتحديات النقل في المدن الكبرى", "تراجع أسعار الخضر في أسواق الجملة")
    for other in others:
        article = parse_plain("\n".join([*CITY, other, "شارك", "فيسبوك", "© 2025 جميع الحقوق محفوظة"]))
        assert other not in spoken(article), other


def test_a_short_speech_lead_in_and_its_quote_are_kept_and_the_tags_under_them_dropped():
    lead_in, quote = "وأنهى كلمته بالقول:", "«الإنارة حق لكل حي، لا منة من أحد»"
    article = parse_plain("\n".join([*CITY, lead_in, quote, "الإنارة العامة", "البلدية", "شارك", "تويتر",
                                     "© 2025 جميع الحقوق محفوظة"]))
    assert lead_in in spoken(article) and quote in spoken(article)
    assert not {"الإنارة العامة", "البلدية", "تويتر"} & set(spoken(article))


def test_a_short_widget_label_with_a_colon_after_the_article_stays_dropped():
    article = parse_plain("\n".join([*CITY, "شارك الخبر:", "فيسبوك", "تويتر", "© 2025 جميع الحقوق محفوظة"]))
    assert "شارك الخبر:" not in spoken(article)


# Round 2 (reviewer, s16review_end.md): what the closing-part rules must never take for the article's own part.
FUEL = ["الرئيسية", "اقتصاد", "الحكومة ترفع أسعار الوقود للمرة الثانية هذا العام", "الأحد 4 مايو 2025",
        "قررت لجنة تسعير المحروقات رفع سعر لتر البنزين والديزل بنسبة خمسة بالمئة ابتداء من منتصف الليل.",
        "وبررت اللجنة القرار بارتفاع أسعار النفط في الأسواق العالمية وتراجع قيمة الدينار أمام الدولار.",
        "وأثار القرار انتقادات واسعة من نقابات سائقي سيارات الأجرة والنقل العام."]
FUEL_FOOTER = ["الأكثر قراءة", "موعد صرف رواتب المتقاعدين لشهر مايو", "شارك", "فيسبوك", "© 2025 جميع الحقوق محفوظة"]


def test_a_widgets_figure_rows_under_its_title_after_a_story_on_its_topic_are_dropped():
    # "label: value" rows whose values are figures and units (prices, degrees, points, a phone): a widget the site
    # shows beside every story on that topic, however many of the story's words its title and rows repeat.
    widgets = (["أسعار الوقود اليوم", "البنزين: 1.05 دينار", "الديزل: 0.92 دينار", "الكاز: 0.70 دينار"],
               ["أسعار العملات", "الدولار: 0.71 دينار", "اليورو: 0.77 دينار", "الريال: 0.19 دينار",
                "أسعار النفط", "برنت: 64 دولار", "النفط الخفيف: 61 دولار", "سلة أوبك: 63 دولار"],
               ["حالة الطقس في العاصمة", "درجة الحرارة: 31 درجة مئوية", "الرطوبة: 40 بالمئة",
                "سرعة الرياح: 15 كم/ساعة"])
    for widget in widgets:
        article = parse_plain("\n".join([*FUEL, *widget, *FUEL_FOOTER]))
        assert FUEL[-1] in spoken(article), widget[0]
        assert not set(widget) & set(spoken(article)), widget[0]


def test_a_contact_box_and_an_author_card_after_the_article_are_dropped():
    for box in (["نقابة سائقي الأجرة", "العنوان: شارع الجامعة، عمان", "الهاتف: 065 123 456",
                 "البريد الإلكتروني: info@example.org"],
                ["عن الكاتب", "الاسم: سامي الخطيب", "الاختصاص: أسواق النفط والمحروقات",
                 "المؤسسة: مرصد أسعار الوقود"]):
        article = parse_plain("\n".join([*FUEL, *box, *FUEL_FOOTER]))
        assert not set(box) & set(spoken(article)), box[0]


def test_a_related_box_or_tags_under_a_label_naming_a_page_part_are_dropped():
    # Short marked titles sharing the story's topic under "more on ..." / "coverage" / "file" / "topics" labels.
    items = ["- أسعار الوقود في الأسواق المجاورة", "- لجنة التسعير تجتمع الشهر المقبل",
             "- نقابات النقل تلوح بالإضراب"]
    for label in ("اقرأ المزيد عن الوقود", "المزيد من اقتصاد", "تغطية متواصلة", "ملف المحروقات", "مواضيع"):
        article = parse_plain("\n".join([*FUEL, label, *items, *FUEL_FOOTER]))
        assert not {label, *items} & set(spoken(article)), label
    tags = ["مواضيع", "- أسعار الوقود في الأردن", "- لجنة تسعير المحروقات", "- نقابات سائقي الأجرة"]
    article = parse_plain("\n".join([*FUEL, *tags, *FUEL_FOOTER]))
    assert not set(tags) & set(spoken(article))


def test_a_comment_template_label_names_no_quote_and_the_comments_stay_dropped():
    comments = ["3 تعليقات", "سامي الخطيب يقول:", "4 مايو 2025 الساعة 9:40 م",
                "قرار ظالم للسائقين، الأجرة لم تتغير منذ سنتين.", "رد", "ليلى تقول:", "4 مايو 2025 الساعة 10:05 م",
                "متى يتوقف هذا الغلاء؟"]
    article = parse_plain("\n".join([*FUEL, *comments, "© 2025 جميع الحقوق محفوظة"]))
    assert FUEL[-1] in spoken(article)
    assert not set(comments) & set(spoken(article))
    # Under the comments' header a longer label telling who spoke is a comment's too.
    comments = ["تعليقان", "أبو سامي الزرقاوي قال:", "الحكومة تعاقب السائقين بدل دعمهم، وهذا ظلم واضح.", "رد"]
    article = parse_plain("\n".join([*FUEL, *comments, "© 2025 جميع الحقوق محفوظة"]))
    assert not set(comments) & set(spoken(article))


@pytest.mark.parametrize("header", ["3 تعليقات", "التعليقات (3)", "التعليقات"])
def test_a_commenters_name_under_the_comments_header_is_no_line_between_article_paragraphs(header):
    # The header or counter stands at the article's edge: the name under it heads a reader's comment, however much
    # the comment reads as prose (it is no sub-heading between two of the article's paragraphs).
    comments = [header, "سامي الخطيب يقول:", "4 مايو 2025 الساعة 9:40 م",
                "قرار ظالم للسائقين، الأجرة لم تتغير منذ سنتين."]
    article = parse_plain("\n".join([*FUEL, *comments, "© 2025 جميع الحقوق محفوظة"]))
    assert FUEL[-1] in spoken(article)
    assert not set(comments) & set(spoken(article))


def test_an_unmarked_list_under_a_short_lead_in_saying_as_follows_is_kept():
    # "وطالبت النقابة بما يلي:" reports speech and announces a list: its items (their bullets lost in the copy) are
    # the article's, as before short lead-ins to a quote were read.
    demands = ["تجميد قرار رفع الأسعار", "دعم سائقي سيارات الأجرة", "مراجعة التعرفة كل ستة أشهر"]
    for lead_in in ("وطالبت النقابة بما يلي:", "وأضاف البيان ما يلي:"):
        article = parse_plain("\n".join([*FUEL, lead_in, *demands, "الوسوم", "الوقود", "شارك", "فيسبوك",
                                         "© 2025 جميع الحقوق محفوظة"]))
        assert all(line in spoken(article) for line in demands), lead_in


def test_a_noun_or_a_reader_call_shaped_like_a_present_verb_after_the_article_stays_dropped():
    # Broken plurals built تفاعيل ("وتقارير", "وتفاصيل") and a verb taking the reader as its object ("تفوتك").
    for other in ("وتقارير أخرى من المحافظات الجنوبية", "وتفاصيل أخرى عن خطة الدعم", "ولا تفوتك آخر أخبار الاقتصاد"):
        article = parse_plain("\n".join([*CITY, other, *MOST_READ]))
        assert other not in spoken(article), other
    # A place or a month the lexicons know is no verb, however it is spelt; a verb of the same shape is one.
    assert not any(_opens_with_verb(word) for word in ("وتونس", "وتموز", "وتصاميم"))
    assert all(_opens_with_verb(word) for word in ("وتنطلق", "ويطالب", "وتواصل"))


# Round 3 (s16review_end2.md H1-H3): one heading over points joins the article only when it names the article's own
# closing part (a closed set: "الخلاصة", "أبرز النقاط", ...) or closes with a colon; boxes on the same topic stay out.
HANDBALL_BOX = ["- حارس الترجي يتحدى الصفاقسي", "- الصفاقسي يطالب بحكام الترجي",
                "- الترجي والصفاقسي في القمة", "- رميات الترجي أمام الصفاقسي"]


def test_a_box_of_titles_on_the_same_teams_under_a_short_title_after_the_report_is_dropped():
    # Each title names both teams of the report (two topic words), under a title naming no closing part.
    for label in ("الأكثر تداولا", "الأبرز", "أخبار الترجي", "الأكثر مشاهدة"):
        article = parse_plain("\n".join([*MATCH, label, *HANDBALL_BOX, *MATCH_FOOTER]))
        assert not {label, *HANDBALL_BOX} & set(spoken(article)), label
    numbered = [f"{number}. {strip}" for number, strip in enumerate((item[2:] for item in HANDBALL_BOX), 1)]
    article = parse_plain("\n".join([*MATCH, "الأكثر مشاهدة", *numbered, *MATCH_FOOTER]))
    assert not set(numbered) & set(spoken(article))


def test_tags_repeating_the_storys_phrases_under_medals_or_hashtag_labels_are_dropped():
    tags = ["- لجنة تسعير المحروقات", "- رفع سعر البنزين والديزل", "- نقابات سائقي سيارات الأجرة",
            "- أسعار النفط العالمية"]
    for label in ("الأوسمة", "هاشتاغ", "هاشتاج"):
        article = parse_plain("\n".join([*FUEL, label, *tags, *FUEL_FOOTER]))
        assert not {label, *tags} & set(spoken(article)), label


def test_a_fixtures_box_naming_the_next_opponents_under_the_report_is_dropped():
    report = [*MATCH[:-1],
              "ويلتقي الترجي في الجولة المقبلة مع النجم الساحلي، بينما يستضيف الصفاقسي فريق مكارم المهدية."]
    fixtures = ["مواجهات الجولة القادمة", "الجمعة: الترجي ضد النجم الساحلي", "الجمعة: الصفاقسي ضد مكارم المهدية",
                "السبت: النادي الإفريقي - جمعية الحمامات"]
    article = parse_plain("\n".join([*report, *fixtures, *MATCH_FOOTER]))
    assert report[-1] in spoken(article)
    assert not set(fixtures) & set(spoken(article))


def test_points_under_a_heading_naming_the_closing_part_are_kept_in_its_forms():
    # Kept: the closed set with or without ال, a joined و, two headings joined by و, and a colon label.
    points = ["- بطارية الدراجة تقطع مسافة طويلة", "- شحن البطارية في أربع ساعات", "- الفرامل ضعيفة على المنحدرات"]
    for heading in ("أبرز النقاط", "وباختصار", "المميزات والعيوب", "الخلاصة والتقييم", "خلاصة التجربة:"):
        article = parse_plain("\n".join([*HEAD, *REVIEW, heading, *points, *FOOTER]))
        assert all(line in spoken(article) for line in points), heading
        assert "دراجات كهربائية" not in spoken(article), heading
