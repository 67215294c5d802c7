"""Lists inside the article's body (reviews s17 r4 H2, r2 M4, r5 M1; our own words): a match report's goals and cards
under their sub-headings with the closing paragraph after them, and a listicle whose items are numbered by a bare
number on its own line. Each has its keep-the-furniture twin: tags, a most-read list with its numbers and a page's
widget stay dropped, a bare number heading no item is read."""

from __future__ import annotations

from tests.support.article_views import decisions, page, reasons, spoken
from text.plain import parse_plain

MATCH_TITLE = "النصر يتجاوز الهلال بثلاثية ويقترب من اللقب"
MATCH_LEAD = ("تغلب النصر على جاره الهلال بثلاثة أهداف نظيفة، في المباراة التي جمعت الفريقين مساء الجمعة ضمن الجولة "
              "الخامسة والعشرين من الدوري، وسط حضور جماهيري كبير.")
MATCH_MORE = ("وافتتح النصر التسجيل في الدقيقة 14 بتسديدة قوية من خارج المنطقة، ثم أضاف الهدف الثاني في الدقيقة 61 "
              "والثالث في الدقيقة 88 من ركلة جزاء.")
MATCH_CLOSE = ("وبهذا الانتصار رفع النصر رصيده إلى 63 نقطة في صدارة الترتيب، بفارق سبع نقاط عن الهلال صاحب المركز "
               "الثاني.")
MATCH_LATER = "ويلتقي النصر في الجولة المقبلة مع الاتحاد، بينما يحل الهلال ضيفا على الشباب."
GOALS = ("14' سالم الفرج (النصر)", "61' عبد الله مادو (النصر)", "88' سالم الفرج (النصر) - ركلة جزاء")
CARD = "52' ياسر الشهري (الهلال) - بطاقة صفراء"


def test_goals_and_cards_and_the_closing_paragraph_are_read():
    """The best run crosses the short event rows to the report's closing paragraph (fails before: all cut as "after
    the article"); the tags under it stay dropped."""
    text = page(MATCH_TITLE, MATCH_LEAD, MATCH_MORE, "الأهداف", *GOALS, "البطاقات", CARD, MATCH_CLOSE,
                "النصر", "الهلال", "الدوري")
    article = parse_plain(text)
    heard = spoken(article)
    for line in (*GOALS, CARD, MATCH_CLOSE):
        assert line in heard
    assert "الأهداف" in [section.title for section in article.sections]
    for tag in ("النصر", "الهلال", "الدوري"):
        assert tag not in heard


def test_two_goals_between_paragraphs_are_both_read():
    """A goals list of two rows: the line model's credit-in-brackets cue ("(النصر)") drops no row of it."""
    text = page(MATCH_TITLE, MATCH_LEAD, MATCH_MORE, "الأهداف", GOALS[0], GOALS[1], MATCH_CLOSE, MATCH_LATER)
    heard = spoken(parse_plain(text))
    assert GOALS[0] in heard and GOALS[1] in heard
    assert MATCH_CLOSE in heard and MATCH_LATER in heard


OTHER_LEAD = ("أعلنت إدارة نادي الرائد تعاقدها مع مدرب برتغالي جديد لقيادة الفريق في الموسم المقبل، خلفا للمدرب "
              "السابق الذي رحل بالتراضي.")


def test_a_results_widget_under_the_article_is_not_joined_by_another_storys_lead():
    """Keep-test: rows under a heading after the last paragraph, then another story's lead sharing no word with the
    article: the run does not cross to it."""
    text = page(MATCH_TITLE, MATCH_LEAD, MATCH_MORE, MATCH_CLOSE, "نتائج الجولة", "21' لاعب الرائد (الرائد)",
                "77' لاعب الفيحاء (الفيحاء)", "34' لاعب الخليج (الخليج)", "90' لاعب الفتح (الفتح)",
                "ترتيب الفرق", "حالة الطقس", OTHER_LEAD, "جميع الحقوق محفوظة")
    heard = spoken(parse_plain(text))
    assert MATCH_CLOSE in heard
    assert OTHER_LEAD not in heard


LIST_TITLE = "4 نصائح لنوم هادئ في ليالي الصيف"
LIST_LEAD = ("يشكو كثيرون من صعوبة النوم مع ارتفاع درجات الحرارة، ويقدم المختصون مجموعة من الخطوات البسيطة التي "
             "تساعد على نوم أعمق وأطول.")
ITEMS = (("تبريد الغرفة قبل النوم", "يفضل خفض حرارة الغرفة قبل ساعة من النوم، فالجسم ينام أسرع في الجو المعتدل."),
         ("تخفيف العشاء", "الوجبات الثقيلة في آخر الليل ترهق المعدة وتؤخر النوم لساعات."),
         ("إطفاء الشاشات", "الضوء الأزرق المنبعث من الهاتف يؤخر إفراز الهرمون المسؤول عن النعاس."),
         ("الاستحمام بماء فاتر", "يساعد الماء الفاتر على إرخاء العضلات وتهيئة الجسم للراحة."))


def test_a_listicles_bare_numbers_are_not_read_and_its_items_are_titled():
    """Fails before: "1".."4" were read out and the items' headings were body."""
    lines = [LIST_TITLE, LIST_LEAD]
    for number, (heading, paragraph) in enumerate(ITEMS, 1):
        lines += [str(number), heading, paragraph]
    article = parse_plain(page(*lines, "اقرأ أيضا", "فوائد المشي اليومي للقلب"))
    heard = spoken(article)
    for number in "1234":
        assert number not in heard
    titles = [section.title for section in article.sections]
    for heading, paragraph in ITEMS:
        assert heading in titles and paragraph in heard
    assert reasons(article)["2"] == "a list's number"


def test_a_most_read_list_with_numbers_stays_dropped():
    """Keep-test: the page's most-read list, numbered line by line, under the article."""
    lines = [LIST_TITLE, LIST_LEAD]
    for heading, paragraph in ITEMS:
        lines += [heading, paragraph]
    lines += ["الأكثر قراءة", "1", "ارتفاع أسعار الذهب في الأسواق المحلية", "2", "موعد صرف رواتب الشهر المقبل",
              "3", "حالة الطقس غدا في المدن الكبرى"]
    heard = spoken(parse_plain(page(*lines)))
    for line in ("1", "2", "3", "ارتفاع أسعار الذهب في الأسواق المحلية", "موعد صرف رواتب الشهر المقبل"):
        assert line not in heard


def test_a_number_alone_over_a_paragraph_is_kept():
    """Keep-test: a bare number that heads no short item line (a year over its part, a score's cell) is read."""
    text = page(MATCH_TITLE, MATCH_LEAD, "2019", MATCH_MORE, MATCH_CLOSE)
    assert decisions(text)["2019"] != "-a list's number"
    assert "2019" in spoken(parse_plain(text))


# Review s18 review_lists: the shapes a bare number or a block of rows takes on a page that are no listicle's marks
# nor the article's own list (our own words). Each reads as it did before the change.

CITY_TITLE = "المهرجان الصيفي يفتتح دورته الجديدة على كورنيش المدينة"
CITY_LEAD = ("افتتح محافظ المدينة مساء الخميس الدورة الجديدة من المهرجان الصيفي على الكورنيش، بمشاركة فرق فنية من "
             "عدة دول وعروض يومية تستمر أسبوعين.")
CITY_MORE = ("وقالت اللجنة المنظمة إن الإقبال فاق التوقعات منذ الساعات الأولى، وإن البوابات فتحت قبل موعدها بساعة "
             "لتخفيف الزحام.")
CITY_CLOSE = ("وتتضمن الدورة الحالية ورشا للأطفال ومعرضا للحرف اليدوية، إلى جانب حفلات موسيقية كل مساء على المسرح "
              "المفتوح.")


def _states(text: str, *lines: str) -> list[str]:
    table = decisions(text)
    return [table[line] for line in lines]


def test_a_figure_over_its_label_is_read():
    """A callout's figure on its own line over its label, between paragraphs: the figure is the news."""
    text = page(CITY_TITLE, CITY_LEAD, CITY_MORE, "60", "ألف زائر في الليلة الأولى", CITY_CLOSE)
    assert _states(text, "60", "ألف زائر في الليلة الأولى") == ["body", "body"]


def test_a_live_blogs_minutes_are_read():
    """Live coverage: each entry's minute alone over its short heading and its text (90, 64, 30: no list)."""
    entries = (("90", "صافرة النهاية", "انتهى اللقاء بفوز الضيوف بهدف نظيف وسط احتجاجات من لاعبي أصحاب الأرض."),
               ("64", "هدف الضيوف", "سجل المهاجم البديل هدف المباراة الوحيد بضربة رأس إثر ركنية نفذت بإتقان."),
               ("30", "فرصة ضائعة", "أهدر لاعب الوسط فرصة محققة بعدما انفرد بالحارس وسدد كرته فوق العارضة."))
    lines = [MATCH_TITLE, MATCH_LEAD]
    for entry in entries:
        lines += entry
    text = page(*lines, "جميع الحقوق محفوظة")
    table = decisions(text)
    for minute, heading, _ in entries:
        assert table[minute] == "body" and table[heading] != "section title"


def test_a_score_box_between_paragraphs_keeps_its_score():
    """Team / goals / dash / goals / team between two paragraphs: no goal is dropped as a list's number."""
    text = page(MATCH_TITLE, MATCH_LEAD, "الرائد", "3", "-", "1", "الفيحاء", MATCH_MORE, MATCH_CLOSE)
    assert "a list's number" not in reasons(parse_plain(text)).values()
    boxed = page(MATCH_TITLE, MATCH_LEAD, "نتيجة اللقاء", "3", "الرائد", "1", "الفيحاء", MATCH_MORE, MATCH_CLOSE)
    assert "a list's number" not in reasons(parse_plain(boxed)).values()


RANKED = (("الحارس الأمين", "يحل خامسا في ترتيب الأعلى أجرا بعد تجديد عقده لثلاثة مواسم مقبلة."),
          ("قلب الدفاع", "صعد إلى المركز الرابع بعد زيادة راتبه مع بداية الموسم الحالي."),
          ("صانع اللعب", "جاء ثالثا رغم إصابته التي أبعدته عن الملاعب شهرين كاملين."),
          ("الجناح الطائر", "يحتل المركز الثاني بعد انتقاله الصيفي الذي شغل الصحف طويلا."),
          ("رأس الحربة", "يتصدر القائمة بفارق كبير بعد أن أصبح الهداف التاريخي لناديه."))


def test_a_countdowns_ranks_are_read():
    """A countdown (5 .. 1): the number is the item's rank, not the list's order; it is read, the names stay body."""
    lines = [LIST_TITLE, LIST_LEAD]
    for rank, (name, paragraph) in zip("54321", RANKED):
        lines += [rank, name, paragraph]
    table = decisions(page(*lines, "الوسوم", "الدوري"))
    for rank, (name, _) in zip("54321", RANKED):
        assert table[rank] == "body" and table[name] != "section title"


def test_a_list_whose_last_item_alone_heads_prose_keeps_all_its_numbers():
    """Items without a paragraph of their own, the last over the closing paragraph: all numbers or none."""
    items = ("إغلاق النوافذ وقت الظهيرة", "شرب الماء على فترات", "تجنب الخروج في ساعات الذروة")
    lines = [LIST_TITLE, LIST_LEAD, "وجاءت النصائح كالتالي:"]
    for number, item in enumerate(items, 1):
        lines += [str(number), item]
    text = page(*lines, MATCH_CLOSE.replace("النصر", "المواطن"), "الوسوم", "الصيف")
    assert "a list's number" not in reasons(parse_plain(text)).values()


def test_pagination_between_paragraphs_heads_nothing():
    """Page numbers and "next" between two paragraphs: no number is a list's mark, "التالي" is no section title."""
    text = page(CITY_TITLE, CITY_LEAD, CITY_MORE, "1", "2", "3", "التالي", CITY_CLOSE, "الوسوم", "المهرجان")
    assert "a list's number" not in reasons(parse_plain(text)).values()
    assert decisions(text)["التالي"] != "section title"


def test_two_numbered_comments_are_no_list():
    """Two comments, each under its number and its writer's name: the names are no section titles."""
    text = page(CITY_TITLE, CITY_LEAD, CITY_MORE, "1", "زائر قديم",
                "التنظيم هذا العام أفضل بكثير من الأعوام الماضية لكن المواقف ما زالت قليلة.", "2", "أم سارة",
                "الأطفال استمتعوا بالورش كثيرا ونتمنى أن تمدد أيام المهرجان.", "جميع الحقوق محفوظة")
    assert _states(text, "1", "2") == ["body", "body"]
    assert _states(text, "زائر قديم", "أم سارة") != ["section title", "section title"]


RECIPE_STEPS = (("اخفقي البيض مع السكر", "اخفقي البيض مع السكر بالمضرب حتى يتضاعف حجم الخليط ويفتح لونه، ثم أضيفي "
                                         "الزيت تدريجيا مع الاستمرار في الخفق."),
                ("أضيفي المكونات الجافة", "أضيفي الدقيق والبيكنج باودر بالتناوب مع عصير الليمون، وقلبي بهدوء حتى "
                                          "تختفي الكتل."),
                ("الخبز", "اسكبي الخليط في صينية مدهونة بالزبدة واخبزيه في فرن متوسط الحرارة لمدة نصف ساعة تقريبا."))


def test_a_recipes_part_heading_stays_a_title_over_its_numbered_steps():
    """"طريقة التحضير" over numbered steps: the numbers go, the steps are titled, the part's heading stays the title
    it was with "1" read under it (fails without ``_heads_the_list``: a heading over the step's heading is none)."""
    lines = ["الرئيسية", "مطبخ", "طريقة عمل كيكة الليمون الهشة", "كتبت: هدى كمال",
             "كيكة الليمون من أسهل الحلويات التي يمكن تحضيرها في المنزل بمكونات متوفرة، وتناسب سهرات الشتاء الطويلة.",
             "المقادير", "3", "بيضات", "2", "كوب دقيق", "1", "كوب سكر",
             "عصير ليمونتين مع قشر ليمونة مبشور، ونصف كوب زيت، وملعقة صغيرة بيكنج باودر.", "طريقة التحضير"]
    for number, (heading, paragraph) in enumerate(RECIPE_STEPS, 1):
        lines += [str(number), heading, paragraph]
    article = parse_plain(page(*lines, "الوسوم", "حلويات"))
    titles = [section.title for section in article.sections]
    assert "طريقة التحضير" in titles
    assert all(heading in titles for heading, _ in RECIPE_STEPS)
    assert reasons(article)["1"] == "a list's number"


def test_match_events_then_another_storys_lead_are_not_read():
    """A report, its events box, then another story's lead naming both teams: the box and the lead stay cut."""
    other = ("يستعد الهلال لمباراة الكأس أمام الاتحاد يوم السبت، وسط شكوك حول مشاركة حارسه الأساسي بعد الخسارة "
             "أمام النصر.")
    text = page(MATCH_TITLE, MATCH_LEAD, MATCH_MORE, "مجريات اللقاء", *GOALS, CARD, other, "جميع الحقوق محفوظة")
    table = decisions(text)
    assert table[other] != "body"
    assert table["مجريات اللقاء"] != "section title"


def test_a_standings_box_closing_the_story_gets_no_title():
    """A standings box under the report, then another story's lead: its heading is no section title."""
    other = ("تقدم النصر بشكوى رسمية ضد الحكم الذي أدار مباراته الأخيرة أمام الهلال، مطالبا بمراجعة لقطات "
             "الفيديو.")
    text = page(MATCH_TITLE, MATCH_LEAD, MATCH_MORE, MATCH_CLOSE, "جدول الترتيب", "النصر: 63 نقطة",
                "الهلال: 56 نقطة", "الاتحاد: 51 نقطة", "الشباب: 47 نقطة", other, "جميع الحقوق محفوظة")
    assert decisions(text)["جدول الترتيب"] != "section title"
