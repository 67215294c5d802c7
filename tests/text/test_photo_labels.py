"""Photos' captions inside the article told by a label, a credit or the text running on across them (issue 11,
``text.photolabels``): a label beside its caption between a finished paragraph and one going on from it, a caption
closed by who took the photo (in brackets with a full stop, after a dash). And the look-alikes that must stay the
article's: a part's heading over its sub-heading or two-line headings in a label's words, a lone heading in a label's
words, a list of papers to hand in, verses, sentences closed by a photographer's bracket, long "X of Y during Z"
sub-headings, a nominal news line, a quote credited after a dash, a headline crediting its source. All pages are our
own (the review's probes, review_captions.md, in our own words).
"""

from __future__ import annotations

import pytest

from text.photolabels import credited_caption, dash_credited, is_photo_label, shaped_as_caption, pictures_a_scene
from text.plain import split_plain
from tests.support.article_views import page, spoken

SITE = ["صحيفة الوادي", "الرئيسية", "أخبار المحافظات"]
TITLE = "افتتاح سوق شعبي جديد في الضاحية الغربية"
DATE = "الاثنين 16 يونيو 2025"
LEAD = ("افتتح محافظ الإقليم صباح اليوم سوقا شعبيا جديدا في الضاحية الغربية، يضم مئتي محل لبيع الخضار والفواكه "
        "واللحوم، بعد عامين من أعمال البناء.")
SECOND = ("ويهدف السوق إلى نقل الباعة الجائلين من الشوارع الرئيسية، وتخفيف الزحام الذي يعاني منه سكان الضاحية منذ "
          "سنوات طويلة.")
GOING_ON = ("وشهد الافتتاح إقبالا كبيرا من السكان، إذ توافد المئات على المحلات منذ الساعات الأولى للصباح رغم ارتفاع "
            "درجات الحرارة.")
LAST = ("ومن المقرر أن تفتتح البلدية سوقين مماثلين في الضاحيتين الشمالية والشرقية قبل نهاية العام الجاري، وفق خطة "
        "معلنة.")
OPENING_A_PART = ("يعمل في السوق أكثر من ثلاثمئة بائع، حصل معظمهم على محلاتهم بالقرعة العلنية التي أجرتها البلدية "
                  "الشهر الماضي.")
TAGS = ["الوسوم", "الضاحية الغربية", "الأسواق"]


def said(*middle: str, under: str = GOING_ON) -> list[str]:
    return spoken(split_plain(page(*SITE, TITLE, DATE, LEAD, SECOND, *middle, under, LAST, *TAGS)).article)


@pytest.mark.parametrize("middle", [
    ("صورة من الافتتاح", "المحافظ يقص شريط السوق الجديد"),
    ("لقطة من جولة المحافظ", "بائعون يرتبون بضائعهم داخل المحلات"),
    ("صور من حفل الافتتاح", "أقفاص الفاكهة أمام أحد المحلات الجديدة"),
    ("صورة", "ممرات السوق المسقوفة في الصباح الباكر"),
])
def test_a_label_and_its_caption_between_paragraphs_are_dropped(middle):
    assert said(*middle) == [LEAD, SECOND, GOING_ON, LAST]


@pytest.mark.parametrize("line", [
    "المحافظ أثناء تفقده محلات الخضار في السوق. (تصوير: هاني زيدان)",
    "محلات السوق الجديد قبل افتتاحها بأيام (أرشيف الوادي).",
    "الباعة في الممر الرئيسي للسوق - المكتب الإعلامي للمحافظة",
    "عمال النظافة في ساحة السوق بعد الافتتاح - تصوير: هاني زيدان",
])
def test_a_credited_caption_between_paragraphs_is_dropped(line):
    assert said(line) == [LEAD, SECOND, GOING_ON, LAST]


def test_a_caption_crediting_the_event_and_photographer_over_the_lead_is_dropped():
    caption = "من افتتاح السوق الشعبي في الضاحية (هاني زيدان)."
    article = split_plain(page(*SITE, TITLE, DATE, caption, LEAD, SECOND, GOING_ON, LAST, *TAGS)).article
    assert spoken(article) == [LEAD, SECOND, GOING_ON, LAST]
    assert article.headline == TITLE


@pytest.mark.parametrize(("middle", "under"), [
    # a part's heading over its sub-heading: the paragraph under them opens the part
    (("صورة من الماضي", "أسواق الضاحية القديمة"), OPENING_A_PART),
    (("صورة لمستقبل الضاحية", "الباعة الجائلون"), OPENING_A_PART),
    # a lone heading in a label's words, the text going on under it
    (("صور من الزحام",), GOING_ON),
    # papers to hand in: a copy of a document is no photo
    (("صورة من بطاقة الهوية", "عقد إيجار المحل موقعا"), GOING_ON),
    # verses quoted between paragraphs
    (("صورة من السوق القديم في الذاكرة", "تبقى وإن تبدل حاله زاهية"), GOING_ON),
    # sentences closed by a photographer's bracket, a long sub-heading, a nominal news line
    (("التقط المصور هذه الصورة للسوق عام 1995 (تصوير: هاني زيدان).",), GOING_ON),
    (("تفقد المحافظ المحلات في الممر الرئيسي مساء أمس (تصوير: هاني زيدان).",), GOING_ON),
    (("أبرز ما جاء خلال كلمة المحافظ في حفل افتتاح السوق",), GOING_ON),
    (("ارتفاع عدد رواد الأسواق الشعبية خلال عطلة العيد في الضاحية بشكل لافت",), GOING_ON),
    # long "X of Y during Z" sub-headings, no label nor credit (review H1)
    (("موقف التجار القدامى من نقل محلاتهم خلال أشهر البناء الأخيرة في الضاحية",), GOING_ON),
    (("شكاوى الباعة الجائلين من الرسوم الجديدة أثناء اجتماعهم مع رئيس البلدية",), GOING_ON),
    (("دور الجمعيات الأهلية في تنظيم الباعة إبان الأزمة الاقتصادية عام 2019",), GOING_ON),
    # two-line headings in a label's words: abstract nouns, a colon, the label under its heading (review M1)
    (("صورة من الماضي", "حكايات الباعة في السوق القديم"), GOING_ON),
    (("صورة للواقع", "الزحام بين المحلات في ساعات الذروة"), GOING_ON),
    (("لقطات من الذاكرة", "أيام السوق القديم في وسط المدينة"), GOING_ON),
    (("ملف الأسواق", "صور من معاناة الباعة في الشوارع"), GOING_ON),
    # a heading of what follows under a label: it names a topic, no one where or doing what
    (("صورة من الافتتاح", "تكلفة المشروع ومصادر تمويله"), GOING_ON),
    # a quote credited to an office after a dash, a sentence with a verb before a bracket credit (review M2, M3)
    (("«سننقل كل الباعة إلى السوق الجديد قبل نهاية العام» - المكتب الإعلامي للمحافظة",), GOING_ON),
    (("«لن نسمح بعودة الفوضى إلى الشوارع» - الصفحة الرسمية للمحافظ",), GOING_ON),
    (("البلدية تواجه انتقادات واسعة من أصحاب المحلات (وسائل التواصل).",), GOING_ON),
])
def test_look_alikes_between_paragraphs_stay_the_articles(middle, under):
    assert all(line in said(*middle, under=under) for line in middle)


def test_a_headline_crediting_its_source_after_a_dash_stays_the_headline():
    headline = "المحافظ يفتتح سوقا شعبيا في الضاحية الغربية - المكتب الإعلامي للمحافظة"
    article = split_plain(page(*SITE, headline, DATE, LEAD, SECOND, GOING_ON, LAST, *TAGS)).article
    assert article.headline == headline
    assert spoken(article) == [LEAD, SECOND, GOING_ON, LAST]


@pytest.mark.parametrize(("line", "label"), [
    ("صورة من المباراة", True),
    ("الصوره من الحفل", True),
    ("لقطة شاشة من البث المباشر", True),
    ("صورة أرشيفية", True),
    ("الصوره: جانب من الحفل", False),
    ("انفوجراف لأرقام الموازنة", False),
    ("صورة من الماضي", False),
    ("لقطات من الذاكرة", False),
    ("صورة للواقع", False),
    ("صورة من شهادة الميلاد", False),
    ("صورة من البطاقة المنتهية أو رقمها القومي.", False),
    ("لقطة الموسم", False),
    ("صورة من الاجتماع، أمس", False),
])
def test_a_label_is_told_by_its_words(line, label):
    assert is_photo_label(line) is label


@pytest.mark.parametrize(("line", "caption"), [
    ("جماهير الفريق في المدرجات", True),
    ("لاعبو الفريق يحتفلون بالهدف", True),
    ("وأضاف المدرب أن الفريق لعب جيدا", False),
    ("تبقى وإن طال الزمان بهية", False),
    ("يتذكر السكان أيام السوق القديم", False),
    ("جماهير الفريق في المدرجات.", False),
])
def test_a_caption_is_a_noun_phrase_and_no_sentence(line, caption):
    assert shaped_as_caption(line) is caption


@pytest.mark.parametrize(("line", "credited"), [
    ("أعمال الحفر في أحد الشوارع. (تصوير: هاني زيدان)", True),
    ("أعمال الحفر في أحد الشوارع (مواقع التواصل).", True),
    ("من مباراة الفريقين في الملعب البلدي (هاني زيدان).", True),
    ("وقال الوزير إن الأعمال مستمرة (تصوير: هاني زيدان).", False),
    ("الفائز بالجائزة هو اللاعب الشاب (هاني زيدان).", False),
    ("من غشنا فليس منا (رواه مسلم).", False),
    ("من حفل الافتتاح في الساحة (في المساء).", False),
    ("الحكومة تواجه انتقادات حادة من المعارضة (وسائل التواصل).", False),
    ("أعمال الحفر التي بدأت أمس في الشارع (مواقع التواصل).", False),
])
def test_a_bracket_credit_closes_a_caption_only(line, credited):
    assert (credited_caption(line) is not None) is credited


@pytest.mark.parametrize(("line", "credited"), [
    ("مدرب الفريق خلال التدريبات - المكتب الإعلامي للنادي", True),
    ("الوزير يقص الشريط - رويترز", True),
    ("ارتفاع حصيلة الضحايا إلى 40 قتيلا - المكتب الإعلامي الحكومي", False),
    ("وأكد المتحدث أن الأعمال مستمرة - المكتب الإعلامي", False),
    ("«نحن ملتزمون بتنفيذ المشروعات في موعدها» - المكتب الإعلامي للوزارة", False),
    ("\"سنواصل العمل حتى النهاية\" قال الوزير - الصفحة الرسمية للوزير", False),
])
def test_a_dash_credit_closes_a_caption_only(line, credited):
    assert dash_credited(line) is credited


@pytest.mark.parametrize(("line", "scene"), [
    ("جماهير الفريق في المدرجات", True),
    ("المحافظ يقص شريط السوق", True),
    ("ذكريات الباعة القدامى", False),  # a topic: no one where or doing what
    ("تكلفة المشروع ومصادر تمويله", False),
    ("ارتفاع الأسعار في الأسواق", False),  # a verbal noun heads a topic
    ("وأضاف المدرب أن الفريق لعب جيدا", False),
])
def test_a_labels_caption_shows_who_is_where_or_doing_what(line, scene):
    assert pictures_a_scene(line) is scene
