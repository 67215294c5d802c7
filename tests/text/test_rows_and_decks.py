"""Article lines the line model or the preamble lost on big sites' whole pages (reviews s17 r1-r3, our own words):
"label: value" rows under the article's sub-heading, a "SOURCE: STATEMENT" sub-heading, the standfirst over a byline
block of bare names and places, a summary box under the title. Each case has its keep-the-furniture twin."""

from __future__ import annotations

from tests.support.article_views import decisions, page, reasons, spoken
from text.plain import parse_plain

SPORTS_LEAD = ("تغلب فريق الوداد على ضيفه الرجاء بثلاثة أهداف مقابل هدف واحد في مباراة مثيرة احتضنها ملعب المدينة "
               "مساء السبت أمام جمهور غفير.")
SPORTS_MORE = ("واستعاد الوداد بهذا الفوز صدارة الترتيب بفارق نقطتين عن أقرب منافسيه، في انتظار مباريات الجولة "
               "المقبلة.")
SPORTS_AFTER = ("وسجل المهاجم الشاب هدفين في الشوط الأول، قبل أن يقلص الضيوف الفارق من ركلة جزاء، ثم أضاف البديل "
                "الهدف الثالث في الدقائق الأخيرة.")


def test_a_lineup_under_its_sub_heading_is_read_row_by_row():
    text = page("الوداد يهزم الرجاء ويستعيد صدارة الدوري", SPORTS_LEAD, SPORTS_MORE,
                "تشكيلة الوداد أمام الرجاء", "حارس المرمى: محمد يوسفي", "الدفاع: محمد الشيخ، سعيد بنعلي، أنس الزاوي",
                "الوسط: محمد ربيع، كريم الإدريسي", "الهجوم: محمد السالمي، يونس حمدي",
                "مجريات اللقاء", SPORTS_AFTER)
    heard = spoken(parse_plain(text))
    for row in ("حارس المرمى: محمد يوسفي", "الدفاع: محمد الشيخ، سعيد بنعلي، أنس الزاوي",
                "الوسط: محمد ربيع، كريم الإدريسي", "الهجوم: محمد السالمي، يونس حمدي"):
        assert row in heard


WEATHER_LEAD = ("توقعت هيئة الأرصاد أن تستمر درجات الحرارة في الارتفاع خلال الأيام الثلاثة المقبلة على معظم "
                "المحافظات، مع رياح نشطة على السواحل الشمالية.")
WEATHER_MORE = "ودعت الهيئة المزارعين إلى ري محاصيلهم في الصباح الباكر أو بعد غروب الشمس لتقليل فقد المياه."


def test_a_weather_table_under_its_sub_heading_keeps_every_city():
    text = page("الأرصاد: ارتفاع جديد في درجات الحرارة حتى نهاية الأسبوع", WEATHER_LEAD, WEATHER_MORE,
                "درجات الحرارة المتوقعة في المدن", "القاهرة: العظمى 38 والصغرى 25", "طنطا: العظمى 36 والصغرى 23",
                "الأقصر: العظمى 45 والصغرى 29")
    heard = spoken(parse_plain(text))
    assert "القاهرة: العظمى 38 والصغرى 25" in heard
    assert "الأقصر: العظمى 45 والصغرى 29" in heard


def test_credit_rows_under_the_last_paragraph_stay_dropped():
    """Keep-test: a credit's label under the article's last paragraph, no sub-heading over it, is no list's row."""
    text = page("الوداد يهزم الرجاء ويستعيد صدارة الدوري", SPORTS_LEAD, SPORTS_MORE, SPORTS_AFTER,
                "تصوير: محمد العلوي", "تحرير: سعيد الناصري")
    heard = spoken(parse_plain(text))
    assert "تصوير: محمد العلوي" not in heard
    assert "تحرير: سعيد الناصري" not in heard


LIVE_FIRST = ("تتواصل الاشتباكات في محيط المدينة لليوم الرابع على التوالي، فيما تحاول فرق الإغاثة الوصول إلى "
              "الأحياء المحاصرة.")
LIVE_SECOND = ("أفاد مصدر في قيادة الشرطة بأن القوات داهمت منزلين في حي الواسطي واعتقلت ثلاثة أشخاص يشتبه في "
               "تورطهم في الهجوم الأخير.")
LIVE_THIRD = ("قالت منظمة الهلال الأحمر إن فرقها تمكنت من إجلاء عشرات العائلات من الأحياء الشرقية إلى مراكز "
              "إيواء مؤقتة.")


def test_a_source_statement_heading_a_live_entry_is_a_sub_heading():
    text = page("تغطية مباشرة: اشتباكات في محيط كركوك وجهود لإجلاء المدنيين", "05 يونيو 2024", LIVE_FIRST,
                "16:40", "مصدر أمني: القوات تعتقل ثلاثة مشتبهين في كركوك", LIVE_SECOND,
                "15:55", "الهلال الأحمر يجلي عشرات العائلات من الأحياء الشرقية", LIVE_THIRD)
    assert decisions(text)["مصدر أمني: القوات تعتقل ثلاثة مشتبهين في كركوك"] == "section title"


def test_a_source_credit_ending_the_live_page_stays_dropped():
    """Keep-test: the credit line "المصدر: ..." (a name, no statement) under the last entry."""
    text = page("تغطية مباشرة: اشتباكات في محيط كركوك وجهود لإجلاء المدنيين", "05 يونيو 2024", LIVE_FIRST,
                "16:40", "الهلال الأحمر يجلي عشرات العائلات من الأحياء الشرقية", LIVE_THIRD,
                "المصدر: وكالات")
    assert "المصدر: وكالات" not in spoken(parse_plain(text))


DECK = "الأهالي يطالبون بإصلاح الطريق الوحيد الذي يربط القرى الجبلية بمركز المحافظة"
DECK_LEAD = ("قطع عشرات من سكان القرى الجبلية صباح الأحد الطريق المؤدي إلى مركز المحافظة احتجاجا على تدهور حالته، "
             "بعد أن تسببت الأمطار الأخيرة في انهيار أجزاء منه.")
DECK_MORE = "وقال أحد المحتجين إن السيارات باتت تحتاج إلى ساعتين لقطع مسافة لا تتجاوز عشرين كيلومترا."


def test_a_deck_over_a_bare_writers_name_is_read():
    text = page("محليات", "طريق القرى الجبلية يقطع أرزاق السكان", DECK, "رامي الحسيني", DECK_LEAD, DECK_MORE)
    assert spoken(parse_plain(text))[0] == DECK


def test_a_deck_over_a_city_a_name_and_a_date_is_read():
    text = page("محليات", "طريق القرى الجبلية يقطع أرزاق السكان", DECK, "صيدا", "رامي الحسيني",
                "04 يونيو 2024", DECK_LEAD, DECK_MORE)
    assert spoken(parse_plain(text))[0] == DECK


def test_a_deck_over_an_interviewers_credit_is_read():
    deck = "يتحدث المخرج عن فيلمه الأول وعن صعوبة التصوير في القرى البعيدة عن المدن"
    lead = ("بعد عرضه الأول في مهرجان قرطاج، يواصل الفيلم الجديد للمخرج الشاب جولته في المهرجانات العربية، "
            "وسط اهتمام نقدي لافت.")
    more = "ويقول المخرج إن أصعب ما واجهه كان إقناع سكان القرية بالوقوف أمام الكاميرا للمرة الأولى."
    text = page("ثقافة", "فيلم المخرج الشاب يواصل جولته في المهرجانات العربية", deck, "تونس", "حاوره: سامر خليل",
                "04 يونيو 2024", lead, more)
    assert spoken(parse_plain(text))[0] == deck


def test_a_caption_over_a_bare_name_stays_dropped():
    """Keep-test: a photo's caption in a caption's shape (who, then "خلال" and the scene) under the title, over the
    writer's bare name: no standfirst."""
    caption = "وزير النقل خلال جولته على الطريق المنهار في القرى الجبلية"
    text = page("محليات", "طريق القرى الجبلية يقطع أرزاق السكان", caption, "رامي الحسيني", DECK_LEAD, DECK_MORE)
    article = parse_plain(text)
    assert caption not in spoken(article)
    assert reasons(article)[caption] == "image caption"


SUMMARY_POINTS = ("الفيضانات غمرت أكثر من 300 منزل في ثلاث مدن ساحلية",
                  "إغلاق المدارس والجامعات حتى إشعار آخر",
                  "إيواء أكثر من 500 متضرر في قاعات البلديات")
FLOOD_LEAD = ("غمرت مياه الفيضانات مئات المنازل في المدن الساحلية بعد يومين من الأمطار المتواصلة، فيما أعلنت "
              "السلطات حالة الطوارئ في المنطقة.")
FLOOD_MORE = "وقررت وزارة التربية إغلاق المدارس حتى تنحسر المياه، بينما فتحت البلديات قاعات عامة لإيواء المتضررين."


def test_a_summary_box_under_the_title_is_read_whole():
    text = page("العالم", "فيضانات تغمر مدنا ساحلية وتجبر السلطات على إعلان الطوارئ", "دبي - الموقع",
                "نشر في: 04 يونيو 2024 - 09:15 ص", "ملخص", *SUMMARY_POINTS, FLOOD_LEAD, FLOOD_MORE)
    article = parse_plain(text)
    heard = spoken(article)
    assert heard[:3] == list(SUMMARY_POINTS)
    assert "ملخص" not in heard


def test_lines_between_the_byline_block_and_the_lead_without_a_summary_label_are_not_lifted():
    """Keep-test: the same lines with no summary label over them stay as the preamble leaves them (a caption, a box's
    teaser, a label: no word says they sum up the story)."""
    text = page("العالم", "فيضانات تغمر مدنا ساحلية وتجبر السلطات على إعلان الطوارئ", "دبي - الموقع",
                "نشر في: 04 يونيو 2024 - 09:15 ص", "شاهد أيضا", *SUMMARY_POINTS, FLOOD_LEAD, FLOOD_MORE)
    heard = spoken(parse_plain(text))
    assert SUMMARY_POINTS[0] not in heard


# Review of the rows, decks and summary fixes (s17 review_body): the same shapes turned against the page's furniture.

MENU = ("الرئيسية", "أخبار", "اقتصاد", "رياضة", "منوعات")
TRADE_TITLE = "الصادرات الزراعية تسجل رقما قياسيا في الربع الأول"
TRADE_LEAD = ("سجلت الصادرات الزراعية رقما قياسيا خلال الربع الأول من العام، مدفوعة بزيادة الطلب الأوروبي على "
              "الحمضيات والخضروات الطازجة.")
TRADE_MORE = ("وأوضح المجلس التصديري أن الموانئ شهدت حركة غير مسبوقة، وأن شحنات البطاطس وحدها تضاعفت مقارنة "
              "بالعام الماضي.")
TRADE_AFTER = ("ويتوقع المصدرون أن يستمر النمو خلال الصيف إذا حافظت أسعار الشحن البحري على مستوياتها الحالية، "
               "رغم المنافسة المتزايدة.")
TRADE_BIO = ("سمير فوزي محرر متخصص في شؤون الزراعة والتجارة الخارجية، عمل في عدة صحف إقليمية منذ أكثر من خمسة "
             "عشر عاما.")
TRADE_FOOT = ("الأكثر قراءة", "من نحن", "جميع الحقوق محفوظة © 2024")


def test_a_credits_block_inside_the_run_is_not_read_as_a_list():
    """H1: three credit rows between the article and the writer's bio: the first row heads nothing, and credit
    labels make a credits block, not the article's list."""
    credits = ("تحرير: هالة منصور", "تدقيق: وائل شكري", "تصوير: نادر سليم")
    text = page(*MENU, TRADE_TITLE, TRADE_LEAD, TRADE_MORE, TRADE_AFTER, *credits, TRADE_BIO, *TRADE_FOOT)
    heard = spoken(parse_plain(text))
    assert TRADE_BIO in heard
    assert not set(credits) & set(heard)


def test_credit_rows_under_a_bare_name_are_not_read_as_a_list():
    """H1: the writer's bare name over two credit rows and a bio: a name heads no list of the article."""
    credits = ("تحرير: هالة منصور", "تصوير: وائل شكري")
    text = page(*MENU, TRADE_TITLE, TRADE_LEAD, TRADE_MORE, TRADE_AFTER, "سمير فوزي", *credits, TRADE_BIO,
                *TRADE_FOOT)
    assert not set(credits) & set(spoken(parse_plain(text)))


def test_a_lineup_under_a_colon_closed_heading_keeps_its_first_row():
    """M4: "تشكيلة الفريق:" closed by a colon heads the rows; its first row is no heading of the others."""
    rows = ("حارس المرمى: سليم بوقرة", "الدفاع: عمر الحداد، زياد الفاسي", "الوسط: نبيل العمراني، هشام بلال",
            "الهجوم: رضا التازي")
    text = page("الوداد يهزم الرجاء ويستعيد صدارة الدوري", SPORTS_LEAD, SPORTS_MORE, "تشكيلة الوداد أمام الرجاء:", *rows,
                SPORTS_AFTER)
    heard = spoken(parse_plain(text))
    for row in rows:
        assert row in heard


def test_a_widget_between_paragraphs_speaking_of_nothing_in_the_article_stays_dropped():
    """M3: the day's weather between two paragraphs of a trade story: neither its heading nor its rows' labels
    share a word with the article, so the rows the line model drops are not lifted as the article's list (the same
    rows under a weather story's sub-heading are read: see above)."""
    rows = ("القاهرة: 35 درجة", "الإسكندرية: 29 درجة", "أسوان: 43 درجة")
    text = page(*MENU, TRADE_TITLE, "كتب: سمير فوزي", TRADE_LEAD, TRADE_MORE, "حالة الطقس", *rows, TRADE_AFTER,
                *TRADE_FOOT)
    heard = spoken(parse_plain(text))
    assert TRADE_AFTER in heard
    assert not set(rows[:2]) & set(heard)


def test_a_news_brief_box_over_other_stories_is_not_lifted_as_a_summary():
    """H2: "موجز" over other stories' titles between the byline and the lead: they speak of nothing the article
    does."""
    others = ("وزير الصحة يفتتح مستشفى جديدا في الصعيد", "انطلاق امتحانات الثانوية العامة الأسبوع المقبل",
              "منتخب الشباب يتأهل إلى نهائي البطولة العربية")
    text = page(*MENU, TRADE_TITLE, "الاثنين، 10 يونيو 2024 - 09:00 ص", "كتب: سمير فوزي", "موجز", *others,
                TRADE_LEAD, TRADE_MORE, TRADE_AFTER, *TRADE_FOOT)
    heard = spoken(parse_plain(text))
    assert heard[0] != others[0]
    assert not set(others[:2]) & set(heard)


def test_a_summary_box_keeps_an_app_promo_out():
    """M1: a line the line model calls furniture (a call to the reader) is no summary's point: the walk stops at it,
    and the promo is not read as the article's opening."""
    promo = "حمل تطبيقنا الآن وتابع أخبار الأسواق لحظة بلحظة"
    points = ("الصادرات الزراعية ترتفع إلى رقم قياسي جديد", "الطلب الأوروبي على الحمضيات يقود النمو")
    text = page(*MENU, TRADE_TITLE, "الاثنين، 10 يونيو 2024 - 09:00 ص", "كتب: سمير فوزي", "ملخص", *points, promo,
                TRADE_LEAD, TRADE_MORE, TRADE_AFTER, *TRADE_FOOT)
    assert promo not in spoken(parse_plain(text))


def test_a_caption_over_its_photo_label_is_no_standfirst():
    """M2: a caption under the title over "صورة تعبيرية" (the photo's label, a line the line model calls
    furniture): the label names a photo, so the line above it is its caption, not the deck."""
    caption = "شاحنات محملة بالصناديق تنتظر دورها عند بوابة الميناء"
    text = page(*MENU, TRADE_TITLE, caption, "صورة تعبيرية", "الاثنين، 10 يونيو 2024 - 09:00 ص", TRADE_LEAD,
                TRADE_MORE, TRADE_AFTER, *TRADE_FOOT)
    assert caption not in spoken(parse_plain(text))


def test_a_teaser_over_its_section_tag_is_no_standfirst():
    """M2: another story's title over its section's tag under the title: the tag is no byline, and the title shares
    no word with the article's first paragraphs."""
    teaser = "الحكومة تطرح سندات دولارية بقيمة ملياري دولار"
    text = page(*MENU, TRADE_TITLE, teaser, "اقتصاد", "الاثنين، 10 يونيو 2024 - 09:00 ص", TRADE_LEAD, TRADE_MORE,
                TRADE_AFTER, *TRADE_FOOT)
    assert teaser not in spoken(parse_plain(text))


# Second review of the same fixes (s17 review_body2): one word a widget, a credits box or other stories' titles share
# with the article by chance no longer makes them the article's.

TRADE_LEAD_TODAY = ("أعلن المجلس التصديري اليوم الأحد أن الصادرات الزراعية سجلت رقما قياسيا في الربع الأول، مدفوعة "
                    "بزيادة الطلب الأوروبي على الحمضيات.")


def test_a_widget_whose_heading_shares_only_a_time_word_stays_dropped():
    """H1: "حالة الطقس اليوم" between two paragraphs under a lead that says "اليوم": a time word is shared by any
    widget and any news lead, so the rows are not lifted as the article's list."""
    rows = ("القاهرة: 35 درجة", "الإسكندرية: 29 درجة", "أسوان: 43 درجة")
    text = page(*MENU, TRADE_TITLE, "كتب: سمير فوزي", TRADE_LEAD_TODAY, TRADE_MORE, "حالة الطقس اليوم", *rows,
                TRADE_AFTER, *TRADE_FOOT)
    heard = spoken(parse_plain(text))
    assert TRADE_AFTER in heard
    assert not set(rows[:2]) & set(heard)


def test_a_widget_whose_heading_and_labels_share_one_word_each_stays_dropped():
    """H1: a league table under "ترتيب الدوري" in a transfer story that names the league and its own club: one
    word from the heading and one from the labels are chance, not the article's list."""
    lead = ("يقترب نادي الرجاء من التعاقد مع لاعب وسط غاني ينشط في الدوري التركي، بعد مفاوضات استمرت ثلاثة "
            "أسابيع مع ناديه.")
    more = "وأكد مصدر في الإدارة أن المدرب طلب تدعيم خط الوسط قبل انطلاق الموسم الجديد بأسابيع قليلة."
    after = "وينتظر أن يخضع اللاعب للفحص الطبي مطلع الأسبوع المقبل قبل توقيع عقد يمتد أربعة مواسم."
    rows = ("الوداد: 61 نقطة", "الجيش الملكي: 54 نقطة", "الرجاء: 50 نقطة", "نهضة بركان: 47 نقطة")
    text = page(*MENU, "الرجاء يقترب من ضم لاعب وسط غاني", "كتب: سمير فوزي", lead, more, "ترتيب الدوري", *rows,
                after, *TRADE_FOOT)
    heard = spoken(parse_plain(text))
    assert after in heard
    assert rows[0] not in heard


def test_compound_credit_roles_under_a_team_heading_stay_dropped():
    """H2: "فريق العمل" over "بحث وتحرير", "رسوم بيانية" and "تعليق صوتي" rows in a story that says "العمل": a label
    with any credit's word is a credit."""
    more = ("وأوضح المجلس التصديري أن سوق العمل في المناطق الزراعية استفاد من الطفرة، وأن شحنات البطاطس وحدها "
            "تضاعفت.")
    credits = ("بحث وتحرير: هالة منصور", "رسوم بيانية: وائل شكري", "تعليق صوتي: نادر سليم")
    text = page(*MENU, TRADE_TITLE, TRADE_LEAD, more, TRADE_AFTER, "فريق العمل", *credits, TRADE_BIO, *TRADE_FOOT)
    heard = spoken(parse_plain(text))
    assert TRADE_AFTER in heard
    assert not set(credits) & set(heard)


def test_a_news_brief_box_of_titles_sharing_one_word_is_not_lifted_as_a_summary():
    """H3: "موجز" over other stories' titles that share one word each with the flood story ("مياه", "وزارة",
    "المنطقة"): a summary's point shares two."""
    others = ("مياه الشرب تعود إلى أحياء العاصمة بعد انقطاع", "وزارة الصحة تطلق حملة تطعيم في القرى",
              "المنطقة الحرة تستقبل استثمارات خليجية جديدة")
    text = page("العالم", "فيضانات تغمر مدنا ساحلية وتجبر السلطات على إعلان الطوارئ", "دبي - الموقع",
                "نشر في: 04 يونيو 2024 - 09:15 ص", "موجز", *others, FLOOD_LEAD, FLOOD_MORE)
    heard = spoken(parse_plain(text))
    assert FLOOD_LEAD in heard
    assert others[0] not in heard


def test_another_storys_title_over_a_bare_city_is_no_standfirst():
    """M: a same-section title sharing one word with the lead, over a bare city and the date: a deck shares two."""
    teaser = "الطلب على زيت الزيتون يقفز في الأسواق الآسيوية"
    text = page(*MENU, TRADE_TITLE, teaser, "الرباط", "الاثنين، 10 يونيو 2024 - 09:00 ص", TRADE_LEAD, TRADE_MORE,
                TRADE_AFTER, *TRADE_FOOT)
    assert teaser not in spoken(parse_plain(text))
