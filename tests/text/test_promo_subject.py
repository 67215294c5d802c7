"""A promo's verb points the reader at the site's app, channel or newsletter ("حمل تطبيق ...", "تابع قناة ...");
the same words told verb first, the app or channel the subject with an object after it, report what it did, and told
object first, the people who watched after them (reviewer, s15fixreview_rules2.md H10, H11). Our own pages, in the
probes' shapes."""

import pytest

from text.lineshape import calls_the_reader
from text.plain import parse_plain
from tests.support.article_views import spoken, reasons

HEAD = "إقبال كبير على خدمات الدفع الإلكتروني في أسبوعها الأول"
OPENING = ("أطلقت هيئة البريد، مطلع الأسبوع، خدمة جديدة لدفع فواتير الكهرباء والمياه إلكترونيا، وسجلت أكثر من "
           "خمسين ألف عملية في يومها الأول.")
CLOSING = "وقالت الهيئة إنها ستضيف خدمة دفع رسوم المدارس والجامعات مطلع الشهر المقبل."


def _between(line):
    return parse_plain("\n".join(["اقتصاد", HEAD, OPENING, line, CLOSING]) + "\n")


REPORTS = ["حمل تطبيق الهيئة الجديد عطلا في صفحة الدفع اشتكى منه عدد من المستخدمين.",
           "سجل موقع الهيئة الإلكتروني ارتفاعا في عدد الزيارات بلغ ثلاثة أضعاف المعتاد.",
           "سجل التطبيق تراجعا في سرعة الاستجابة خلال ساعات الذروة بحسب الهيئة.",
           "تابع حساب الهيئة الرسمي نشرا يوميا لأرقام العمليات المنجزة طوال الأسبوع."]


PROMOS = ["حمل تطبيق البريد الآن", "حمل تطبيق البريد على هاتفك.", "حمل التطبيق مجانا من متجر التطبيقات.",
          "حمل تطبيق يلا كورة على آيفون وأندرويد.", "تابعوا قناتنا على يوتيوب.", "تابع قناة فرنسا 24 على يوتيوب.",
          "اشترك في النشرة البريدية.", "اشترك في نشرتنا اليومية.", "تابع أخبار المدينة عبر تلغرام.",
          "شاهد الفيديو كاملا.", "تابع صفحة الموقع على فيسبوك.", "تابعوا آخر الأخبار عبر تطبيق الموقع."]


@pytest.mark.parametrize("line", PROMOS)
def test_a_promo_of_any_wording_still_calls_the_reader(line):
    assert calls_the_reader(line)


@pytest.mark.parametrize("line", ["حمل تطبيق البريد الآن.", "تابعوا قناتنا على يوتيوب.", "اشترك في نشرتنا اليومية.",
                                  "حمل تطبيق يلا كورة على آيفون وأندرويد.", "تابع قناة فرنسا 24 على يوتيوب."])
def test_a_promo_between_two_paragraphs_is_still_dropped(line):
    article = _between(line)
    assert spoken(article) == [OPENING, CLOSING], reasons(article)


VOS_REPORTS = ["تابع نشرة المساء على القناة الأولى واحد وأربعون في المئة من المستطلعين.",
               "شاهد مقطع الافتتاح الذي بثته الهيئة جمهور كبير على المنصات خلال ساعات.",
               "تابع أخبار الخدمة الجديدة المتعاملون باهتمام طوال الأسبوع الأول."]


@pytest.mark.parametrize("line", [*REPORTS, *VOS_REPORTS])
def test_a_report_with_a_promos_words_is_spoken(line):
    # H10 (REPORTS): "verb + app/site/account" read as a promo though an object follows: it was dropped as "follow
    # us". H11 (VOS_REPORTS): the people who followed or watched stand after the promo's words (VOS): the line model's
    # call to the reader dropped the sentence.
    assert not calls_the_reader(line)
    article = _between(line)
    assert spoken(article) == [OPENING, line, CLOSING], reasons(article)


PROMOS_WITH_MORE_WORDS = [
    # A thing whose name ends as a plural of people does not name the people told (s16review_caption.md M4).
    "حمل تطبيق الجريدة على هواتف الآيفون.",
    "اشترك في نشرة القانون الأسبوعية.",
    # A relative clause's object is not the verb's (M5).
    "شاهد الفيديو الذي حصد تفاعلا كبيرا.",
    "شاهد المقطع الذي يرصد ارتفاعا مفاجئا لمنسوب النهر.",
    # A clause describing an indefinite video: its verb's object is its own (M6).
    "شاهد فيديو لسيارة تقتحم متجرا للهواتف.",
    "شاهد فيديو إعصار يقتلع أشجارا ضخمة.",
    # A second imperative, how or when the call is to be followed, a price's share (M7).
    "حمل التطبيق الجديد وكن شريكا في صناعة الخبر.",
    "حمل تطبيق الصحيفة واجمع نقاطا مع كل قراءة.",
    "حمل تطبيق الموقع حالا.",
    "شاهد الفيديو مدبلجا.",
    "اشترك في النشرة الشهرية بخصم عشرين في المئة.",
]


@pytest.mark.parametrize("line", PROMOS_WITH_MORE_WORDS)
def test_a_promo_with_more_words_after_its_object_still_calls_the_reader(line):
    # The guard for reports told verb or object first took these for reports: they were spoken between paragraphs.
    assert calls_the_reader(line)
    article = _between(line)
    assert spoken(article) == [OPENING, CLOSING], reasons(article)
