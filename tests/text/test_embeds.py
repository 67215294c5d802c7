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


def test_a_box_between_its_label_and_its_end_is_dropped_and_the_heading_under_it_stays():
    text = page(*TOP, TITLE, LEAD, SECOND, *MOST_READ, HEADING, THIRD, FOURTH)
    article = split_plain(text).article
    assert article.headline == TITLE
    assert spoken(article) == [LEAD, SECOND, HEADING, THIRD, FOURTH]
    assert [section.title for section in article.sections] == [None, HEADING]
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
    embed = ("شاهد الفيديو", "مزارعون يحفرون بئرا بأيديهم في الوادي", "02:14")
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
