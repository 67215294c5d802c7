"""Blocks embedded inside the article: a box framed by its label and a line naming its end, an embedded post with
BBC's count, a video's label / title / length; and the article's own lines of the same shapes, which must stay.

A select-all copy of BBC's page prints "الأكثر قراءة" / "1" / a title / ... / "نهاية الأكثر قراءة" in the middle of the
story, and "تخطى يوتيوب مشاركة, 1" ... "نهاية يوتيوب مشاركة, 1" around an embed; other sites print "شاهد الفيديو",
the video's title and its length "02:14". An article may hold a sub-heading "X" and later "نهاية X", a timeline, a
paragraph opening "نهاية ...", a sub-heading under a video's label, a time alone in an interview, or a live page's
clocks. All pages are our own words.
"""

from __future__ import annotations

from text.plain import split_plain
from text.screen_reader import LABELLED_BOX
from tests.support.article_views import decisions, page, spoken

TITLE = "مزارعو الوادي يواجهون موسما جافا للعام الثالث على التوالي"
LEAD = ("يقول مزارعون في الوادي إن منسوب الآبار انخفض إلى أدنى مستوى منذ عقدين، وإنهم اضطروا إلى ترك نصف أراضيهم "
        "دون زراعة هذا العام.")
SECOND = "وتقدر نقابة المزارعين أن خسائر القطاع تجاوزت مئة مليون دولار منذ بداية الجفاف قبل ثلاث سنوات."
THIRD = "ويطالب المزارعون الحكومة بحفر آبار جديدة وتقديم قروض ميسرة لشراء أنظمة الري بالتنقيط."
FOURTH = "وتقول وزارة الزراعة إنها خصصت أموالا لمشاريع حصاد مياه الأمطار في القرى الأكثر تضررا."
HEADING = "حلول مؤقتة"
TOP = ("BBC News, عربي", "القائمة", "الرئيسية")

MOST_READ = ("الأكثر قراءة", "1", "لماذا ترتفع أسعار الخبز في المدن الكبرى؟", "2",
             "قرية تعيش على ضوء الشموع منذ شهر", "3", "ما الذي نعرفه عن خطة النقل الجديدة؟", "نهاية الأكثر قراءة")


def test_a_box_between_its_label_and_its_end_is_dropped_and_the_line_under_it_stays():
    text = page(*TOP, TITLE, LEAD, SECOND, *MOST_READ, HEADING, THIRD, FOURTH)
    article = split_plain(text).article
    assert article.headline == TITLE
    assert spoken(article) == [LEAD, SECOND, HEADING, THIRD, FOURTH]
    assert {decisions(text)[line] for line in MOST_READ} == {LABELLED_BOX}


def test_an_embedded_post_with_its_count_is_dropped():
    embed = ("تخطى يوتيوب مشاركة, 1",
             "يسمح هذا المحتوى باستخدام ملفات تعريف الارتباط (الكوكيز) والتقنيات الأخرى. ربما تريد قراءة سياسة الكوكيز "
             "وسياسة الخصوصية قبل الموافقة.",
             "الموافقة والمتابعة", "تحذير: الموقع غير مسؤول عن محتوى المواقع الخارجية", "نهاية يوتيوب مشاركة, 1")
    article = split_plain(page(*TOP, TITLE, LEAD, SECOND, *embed, THIRD, FOURTH)).article
    assert spoken(article) == [LEAD, SECOND, THIRD, FOURTH]


def test_a_counted_post_the_article_quotes_keeps_its_words():
    post = "نطالب بخطة وطنية عاجلة لإنقاذ الموسم الزراعي قبل فوات الأوان"
    quoting = "وكتب رئيس النقابة على منصة إكس:"
    article = split_plain(page(*TOP, TITLE, LEAD, quoting, "تخطى X مشاركة, 2", post, "نهاية X مشاركة, 2",
                               SECOND, THIRD)).article
    assert spoken(article) == [LEAD, quoting, post, SECOND, THIRD]


def test_a_video_title_between_its_label_and_its_length_is_no_sub_heading():
    embed = ("شاهد الفيديو", "مزارعون يحفرون بئرا بأيديهم في الوادي", "مدة الفيديو 02:14")
    text = page("الرئيسية", "اقتصاد", TITLE, LEAD, SECOND, "", *embed, "", THIRD, FOURTH)
    article = split_plain(text).article
    assert spoken(article) == [LEAD, SECOND, THIRD, FOURTH]
    assert all(section.title is None for section in article.sections)


def test_a_sub_heading_and_its_end_framing_paragraphs_stay_the_article():
    text = page("الرئيسية", "رياضة", TITLE, LEAD, "الموسم", SECOND, THIRD, "نهاية الموسم", FOURTH,
                "نهاية الأسبوع الماضي، اجتمع المزارعون مع المحافظ لبحث مطالبهم دون أن يتوصلوا إلى اتفاق.")
    article = split_plain(text).article
    assert "الموسم" in spoken(article) and "نهاية الموسم" in spoken(article)
    assert [LEAD, SECOND, THIRD, FOURTH] == [line for line in spoken(article) if line in (LEAD, SECOND, THIRD, FOURTH)]
    assert spoken(article)[-1].startswith("نهاية الأسبوع الماضي")


def test_a_timeline_between_a_heading_and_its_end_stays_the_article():
    timeline = ("1 مارس 2023", "أول تحذير من الجفاف", "2024", "إعلان حالة الطوارئ في الوادي")
    text = page("الرئيسية", "أخبار", TITLE, LEAD, "الجفاف", *timeline, "نهاية الجفاف", SECOND, THIRD)
    said = spoken(split_plain(text).article)
    assert {"الجفاف", "أول تحذير من الجفاف", "نهاية الجفاف", SECOND, THIRD} <= set(said)
    assert LABELLED_BOX not in {decisions(text)[line] for line in ("الجفاف", *timeline, "نهاية الجفاف")}


def test_a_box_label_and_end_around_a_paragraph_frame_the_article():
    paragraph = "ويقول مهندسون إن الآبار الجديدة تحتاج إلى عامين على الأقل قبل أن تبدأ بالإنتاج."
    text = page(*TOP, TITLE, LEAD, "الأكثر تضررا", "1", paragraph, "نهاية الأكثر تضررا", SECOND, THIRD)
    assert paragraph in spoken(split_plain(text).article)


def test_a_sub_heading_under_a_video_label_stays():
    text = page("الرئيسية", "اقتصاد", TITLE, LEAD, "شاهد الفيديو", HEADING, SECOND, THIRD)
    article = split_plain(text).article
    assert HEADING in [section.title for section in article.sections]
    assert SECOND in spoken(article)


def test_a_time_in_an_interview_stays():
    answer = "تلقينا أول اتصال في الساعة 02:14 فجرا، وتحركت فرق الدفاع المدني على الفور نحو الوادي."
    text = page("الرئيسية", "حوارات", TITLE, LEAD, "شاهد الفيديو", "متى تلقيتم البلاغ؟", answer, "02:14", SECOND)
    article = split_plain(text).article
    assert answer in spoken(article) and SECOND in spoken(article)
    assert "متى تلقيتم البلاغ؟" in spoken(article)


def test_a_live_page_entry_tagged_video_keeps_its_title():
    entry = "طوابير أمام محطات المياه في القرى الجنوبية"
    text = page("الرئيسية", "تغطية مباشرة", TITLE, LEAD, "18:40", "النقابة تدعو إلى اعتصام", SECOND, "18:10",
                "فيديو", entry, "17:55", THIRD, "17:30", "الوزارة ترد على المطالب", FOURTH)
    assert entry in spoken(split_plain(text).article)


def test_a_ranked_list_that_is_the_article_stays():
    items = ("1", "بئر القرية الشرقية", "تعطلت مضختها منذ شهرين ولم تصلح حتى الآن.", "2", "بئر المدرسة",
             "جفت تماما في الصيف الماضي بعد أن كانت تسقي مئة عائلة.")
    text = page("الرئيسية", "تحقيقات", TITLE, LEAD, "الأكثر تضررا", *items, SECOND)
    words = " ".join(spoken(split_plain(text).article))
    assert all(item in words for item in items[1:3] + items[4:])


def test_a_video_page_keeps_its_headline_between_its_label_and_its_length():
    headline = "مزارعون في الوادي يحفرون الآبار بأيديهم بعد جفاف الينابيع"
    article = split_plain(page("الرئيسية", "فيديو", headline, "03:42", LEAD, SECOND)).article
    assert article.headline == headline
    assert spoken(article) == [LEAD, SECOND]


# Keep-tests from the review of this fix (s19 review_embeds): an article heads its own parts "X" ... "نهاية X", and
# what stands between (ranks, stages, a caption, a "read also" line, questions, unended paragraphs) is no proof of a
# box; only a box's name as the label is (``screen_reader.box_name``).

def _said(*lines: str) -> str:
    """What a listener hears of the page, as one string."""
    return " ".join(spoken(split_plain(page(*lines)).article))


def test_live_match_halves_with_minutes_stay_the_article():
    half = ("الشوط الأول", "1", "انطلاق المباراة بصافرة الحكم محمد عادل.", "12", "هدف أول للأهلي عن طريق حسين الشحات.",
            "27", "بطاقة صفراء لمدافع الزمالك بعد تدخل عنيف.", "45", "نهاية الشوط الأول")
    said = _said("الرئيسية", "رياضة", "مباشر: الأهلي والزمالك في نهائي كأس مصر لحظة بلحظة",
                 "آخر تحديث: الجمعة 3 مايو 2024",
                 "تابعوا معنا أحداث نهائي كأس مصر بين الأهلي والزمالك على استاد القاهرة الدولي بحضور أربعين ألف متفرج.",
                 "ويدخل الأهلي المباراة منتشيا بفوزه بلقب الدوري، فيما يسعى الزمالك إلى إنقاذ موسمه بلقب الكأس.",
                 "وأعلن المدربان التشكيلة الأساسية قبل ساعة من انطلاق اللقاء، وسط غياب مؤثر لقائد الزمالك بسبب الإيقاف.",
                 *half, "وخرج الأهلي إلى غرف الملابس متقدما بهدف نظيف، بعد شوط سيطر فيه على الكرة بنسبة كبيرة.",
                 "اقرأ أيضا", "الأهلي يعلن قائمته لمواجهة الزمالك", "جميع الحقوق محفوظة © 2024")
    assert all(line in said for line in half)


def test_numbered_stages_between_a_heading_and_its_end_stay_the_article():
    part = ("الحرب الأهلية", "1", "اندلاع الاشتباكات في أحياء العاصمة الجنوبية", "2", "انقسام الجيش إلى فصائل متناحرة",
            "3", "حصار المدينة القديمة لمدة عامين", "نهاية الحرب الأهلية")
    said = _said("الرئيسية", "تقارير", "كيف انتهت الحرب الأهلية في البلاد؟ محطات فاصلة", "12 أبريل 2024",
                 "تمر هذا الشهر الذكرى الثلاثون لتوقيع اتفاق السلام الذي أنهى حربا أهلية دامت خمسة عشر عاما، ونستعرض "
                 "هنا أبرز محطاتها.",
                 "ولا تزال آثار تلك الحرب ظاهرة في أحياء العاصمة الجنوبية، حيث تحمل المباني ثقوب الرصاص حتى اليوم.",
                 "ويقول مؤرخون إن فهم تلك السنوات ضروري لفهم السياسة في البلاد اليوم، لأن كثيرا من قادة الأحزاب "
                 "الحاليين كانوا قادة فصائل.", *part,
                 "وقعت الأطراف في خريف عام 1994 اتفاقا نص على نزع سلاح الفصائل ودمج مقاتليها في مؤسسات الدولة.",
                 "ويرى مؤرخون أن الاتفاق صمد لأن الأطراف كلها كانت قد أنهكت بعد سنوات طويلة من القتال.",
                 "ويحيي السكان الذكرى كل عام بإضاءة الشموع في الساحة التي شهدت توقيع الاتفاق.",
                 "الوسوم", "تاريخ", "شارك هذا المقال")
    assert all(line in said for line in part if not line.isdigit())


def test_a_part_with_a_caption_and_questions_stays_the_article():
    questions = ("هل كان الموسم الأول يستحق كل هذا الانتظار؟", "ولماذا اختار الكاتب أن يبدأ الحكاية من نهايتها؟",
                 "وهل نجح المخرج في إقناعنا بشخصية الأخ الأكبر؟")
    said = _said("الرئيسية", "ثقافة وفن", "مقالات الرأي", 'مسلسل "الضفة الأخرى".. موسم أول واعد ونهاية مخيبة',
                 "ليلى منصور", "نشر في 2 فبراير 2024",
                 'انتهى عرض الموسم الأول من مسلسل "الضفة الأخرى" الأسبوع الماضي بعد ثماني حلقات تابعها ملايين المشاهدين.',
                 "الموسم الأول", "صورة: الشركة المنتجة", *questions, "نهاية الموسم الأول",
                 "جاءت الحلقة الأخيرة متعجلة، وكأن صناع العمل أرادوا إغلاق كل الخيوط في ساعة واحدة.",
                 "ومع ذلك يبقى المسلسل تجربة تستحق المشاهدة، خاصة في حلقاته الأربع الأولى.",
                 "الآراء الواردة تعبر عن رأي كاتبها", "تابعونا على فيسبوك")
    assert all(line in said for line in (*questions, "الموسم الأول", "نهاية الموسم الأول"))


def test_an_interview_part_with_a_photo_credit_keeps_its_questions_and_answers():
    talk = ("كم سنة عشت في المنفى؟", "خمسا وعشرين سنة، بين باريس وبرلين", "وهل كتبت هناك؟",
            "كل رواياتي كتبت هناك، إلا هذه الأخيرة")
    said = _said("الرئيسية", "حوارات", "الروائي عادل سليمان: كتبت عن المنفى لأنني لم أعرف غيره", "حاوره: كريم فارس",
                 "20 يناير 2024",
                 "عاد الروائي عادل سليمان إلى بلده الشهر الماضي بعد غياب دام ربع قرن، والتقيناه في بيته القديم.",
                 "المنفى", "(تصوير: أحمد علي)", *talk, "نهاية المنفى", "كيف كانت لحظة العودة؟",
                 "لم أصدق أنني أقف في المطار نفسه الذي غادرت منه شابا، وبكيت كطفل حين رأيت أمي تنتظرني عند البوابة.",
                 "شارك", "مقالات ذات صلة", "جميع الحقوق محفوظة")
    assert all(line in said for line in (*talk, "نهاية المنفى"))


def test_unended_paragraphs_around_a_read_also_line_stay_the_article():
    paragraphs = ("بدأت الجولة الأولى بتفاؤل كبير من الطرفين", "وقدم الوسطاء ورقة من ثلاث مراحل لوقف إطلاق النار",
                  "لكن الخلاف على الانسحاب من المدن عطل الاتفاق في اليوم الأخير")
    said = _said("الرئيسية", "سياسة", "عربي ودولي", "الوسطاء يعلنون انهيار محادثات الهدنة بعد أسبوعين من الجولات",
                 "الأربعاء 10 أبريل 2024 - 03:15 م",
                 "أعلن الوسطاء مساء الثلاثاء انتهاء جولة المحادثات دون اتفاق، بعد أسبوعين من اللقاءات المكثفة في العاصمة",
                 "المفاوضات", *paragraphs[:2], "اقرأ أيضا: الأمم المتحدة تدعو إلى هدنة إنسانية فورية", paragraphs[2],
                 "نهاية المفاوضات",
                 "وقال مصدر مطلع إن الوفدين غادرا العاصمة صباح اليوم دون تحديد موعد لجولة جديدة، وإن الوسطاء سيواصلون "
                 "الاتصالات الهاتفية مع الطرفين خلال الأيام المقبلة", "الكلمات المفتاحية", "هدنة", "جميع الحقوق محفوظة")
    assert all(line in said for line in (*paragraphs, "نهاية المفاوضات"))


def test_other_box_names_framed_by_their_end_are_dropped():
    most_viewed = ("الأكثر مشاهدة", "1", "أسعار الذهب اليوم في الأسواق المحلية", "2", "كيف تحمي مدخراتك من التضخم؟",
                   "نهاية الأكثر مشاهدة")
    picks = ("مختارات المحرر", "رحلة الريال عبر عقدين", "من يملك الديون الخارجية؟", "نهاية مختارات المحرر")
    text = page(*TOP, TITLE, LEAD, SECOND, *most_viewed, THIRD, *picks, FOURTH)
    assert spoken(split_plain(text).article) == [LEAD, SECOND, THIRD, FOURTH]
    assert {decisions(text)[line] for line in (*most_viewed, *picks)} == {LABELLED_BOX}


def test_a_sub_heading_under_a_left_over_video_label_over_a_timeline_time_stays():
    said = _said("الرئيسية", "تقارير", "كيف جرت عملية تحرير الرهائن في الميناء؟ رواية شهود العيان", "السبت 9 مارس 2024",
                 "تمكنت قوات الأمن فجر الجمعة من تحرير ستة رهائن احتجزهم مسلحون لأكثر من يومين داخل مستودع في الميناء.",
                 "شاهد الفيديو", "ساعة الصفر", "05:30",
                 "في تمام الخامسة والنصف فجرا اقتحمت وحدة خاصة المستودع من بابه الخلفي بعد قطع الكهرباء عن المبنى.",
                 "وقال أحد الرهائن المحررين إنه سمع دوي انفجار صغير قبل أن يرى الجنود يدخلون الغرفة.",
                 "ما بعد العملية", "ونقل المحررون إلى المستشفى لإجراء فحوصات، فيما أعلنت النيابة فتح تحقيق.",
                 "اقرأ أيضا", "مقتل مسلحين في اشتباك على الحدود", "جميع الحقوق محفوظة")
    assert "ساعة الصفر" in said


def test_a_video_title_over_its_labelled_length_is_dropped_without_blank_lines():
    embed = ("بالفيديو", "مزارعون يحفرون بئرا بأيديهم في الوادي", "مدة الفيديو 03:10")
    article = split_plain(page("الرئيسية", "اقتصاد", TITLE, LEAD, SECOND, *embed, THIRD, FOURTH)).article
    assert spoken(article) == [LEAD, SECOND, THIRD, FOURTH]


def test_a_quote_under_an_embedded_post_is_no_section_title():
    quote = '"لا نملك مكانا آخر نذهب إليه"'
    embed = ("تخطى يوتيوب مشاركة, 1",
             "يسمح هذا المحتوى باستخدام ملفات تعريف الارتباط (الكوكيز) والتقنيات الأخرى. ربما تريد قراءة سياسة الكوكيز "
             "وسياسة الخصوصية قبل الموافقة.",
             "الموافقة والمتابعة", "تحذير: بي بي سي غير مسؤولة عن محتوى المواقع الخارجية", "نهاية يوتيوب مشاركة, 1")
    article = split_plain(page(
        "BBC News, عربي", "تخطى إلى المحتوى", "القائمة", "مدينة ساحلية تخسر شواطئها بسبب ارتفاع منسوب البحر",
        "2 أبريل/ نيسان 2024",
        "تخسر مدينة الرمال الساحلية نحو عشرة أمتار من شاطئها كل عام، بحسب دراسة جديدة نشرتها جامعة محلية.",
        "ويقول الصيادون إن بيوتهم القريبة من البحر باتت مهددة بالغرق في مواسم العواصف.",
        "تخطى قصص مقترحة وواصل القراءة", "قصص مقترحة", "لماذا تغرق مدن العالم الساحلية؟",
        "جزر صغيرة في مواجهة التغير المناخي", "قصص مقترحة نهاية", "حلول مكلفة",
        "تدرس البلدية بناء حواجز خرسانية على طول الشاطئ بتكلفة تقدر بخمسين مليون دولار.", *embed, quote,
        "هكذا قالت أم سمير، التي تسكن منذ أربعين عاما في بيت لا يبعد عن الماء سوى عشرين مترا.",
        "المزيد حول هذه القصة", "أهم الأخبار")).article
    assert quote in " ".join(spoken(article))
    assert quote not in [section.title for section in article.sections]
