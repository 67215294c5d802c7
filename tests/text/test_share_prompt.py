"""A share box's call alone on its line is a share widget, in any spelling: "share (or publish) the article", maybe on
social media, with friends or on a network. It is one at the article's edges only (an edge shape, not a line rule):
between two paragraphs the same words head a how-to's step ("انشر المقال"). Near misses: the same words telling who
shared the news or what followed, the past tense and the noun ("نشر", "مشاركة"), a call going on, a call closed by a
full stop (an appeal's own request), a how-to's steps. Synthetic lines and pages of our own words."""

import pytest

from tests.support.article_views import decisions, page, spoken
from text.lineshape import edge_reason
from text.plain import parse_plain
from text.rules import line_reason

PROMPTS = [
    "إنشر المقال على مواقع التواصل الإجتماعي",
    "انشر الخبر",
    "شارك الخبر على",  # the box's heading, its buttons printed apart
    "شارك الرابط عبر:",  # the imperative and the adjective with a hamza written
    "انشر المقال على مواقع التواصل الاجتماعي",
    "شارك الخبر على السوشيال ميديا",
    "يمكنك مشاركة هذا المقال على مواقع التواصل الاجتماعي",
    "شارك هذا الموضوع",
    "شاركوا المقال مع أصدقائكم",
    "• شارك الخبر على فيسبوك",
    "شارك المقال عبر فيسبوك!",
]


@pytest.mark.parametrize("line", PROMPTS)
def test_a_call_to_share_the_article_is_a_share_widget_at_the_edges(line):
    assert edge_reason(line) == ("share widget", True)
    assert line_reason(line) is None  # not anywhere: between paragraphs it may head a step


SENTENCES = [
    "شارك الخبر على مواقع التواصل آلاف المستخدمين خلال ساعات",  # who shared it
    "نشر الخبر على مواقع التواصل الاجتماعي",  # the past tense: a sentence's verb or a heading
    "مشاركة المقال على مواقع التواصل الاجتماعي تضاعفت",
    "شارك في الحفل ممثلون عن الوزارة",
    "انشر المقال على مواقع التواصل وانتظر الردود من القراء حول الموضوع",  # a how-to's step going on
    "شاركوا الخبر على مواقع التواصل الاجتماعي.",  # a full stop: a sentence, a widget's heading takes none
    "انشر المقال.",
]


@pytest.mark.parametrize("line", SENTENCES)
def test_the_same_words_telling_the_news_are_no_share_widget(line):
    assert edge_reason(line) is None and line_reason(line) is None


TITLE = "البلدية تفتتح محطة جديدة لتحلية المياه في الساحل"
LEAD = "افتتحت بلدية مدينة الساحل صباح اليوم محطة جديدة لتحلية مياه البحر، في خطوة قالت إنها ستنهي انقطاع المياه."
SECOND = "وقال رئيس البلدية إن المحطة توفر نحو مئة ألف متر مكعب يوميا لسكان المدينة والقرى المجاورة."


@pytest.mark.parametrize("call", ["انشر الخبر", "إنشر المقال على مواقع التواصل الإجتماعي", "شارك الرابط عبر:"])
def test_the_call_at_the_articles_edge_is_a_share_widget(call):
    above = page(TITLE, "", call, "", LEAD, "", SECOND)
    under = page(TITLE, "", LEAD, "", SECOND, "", call)
    assert decisions(above)[call] == decisions(under)[call] == "share widget"
    assert spoken(parse_plain(above)) == spoken(parse_plain(under)) == [LEAD, SECOND]


HOWTO_TITLE = "أربع خطوات لتنشر تدوينتك الأولى على المنصة الجديدة"
HOWTO_INTRO = ("أطلقت جمعية شبابية منصة تدوين مجانية باللغة العربية لهواة الكتابة، وهذه الخطوات التي يمر بها المستخدم "
               "الجديد حتى تظهر أول تدوينة له على المنصة.")
HOWTO_WRITE = "يحفظ المحرر ما تكتبه تلقائيا كل دقيقة، ويتيح إضافة الصور والروابط بنقرة واحدة من الشريط العلوي."
HOWTO_PUBLISH = ("بعد قراءة النص مرة أخيرة اضغط زر النشر، فتظهر التدوينة في صفحتك وفي قائمة آخر التدوينات على "
                 "واجهة المنصة.")
HOWTO_SHARE = "وتقول الجمعية إن التدوينات التي يشاركها أصحابها في يومها الأول تُقرأ أكثر من غيرها بمرتين."


def test_a_howtos_steps_named_like_share_calls_are_read_with_their_paragraphs():
    # Between two paragraphs "انشر المقال" heads the step that says how: it and the paragraph under it are read, and
    # the next step, worded as a share box's heading with a place, leaves the paragraphs around it to be read too.
    text = page("تقنية", "", HOWTO_TITLE, "", HOWTO_INTRO, "", "اكتب المقال", "", HOWTO_WRITE, "", "انشر المقال", "",
                HOWTO_PUBLISH, "", "شارك الرابط مع أصدقائك", "", HOWTO_SHARE)
    heard = spoken(parse_plain(text))
    assert "انشر المقال" in heard and HOWTO_PUBLISH in heard and HOWTO_SHARE in heard
    assert decisions(text)["شارك الرابط مع أصدقائك"] != "share widget"


APPEAL = [
    "ناشدت الشرطة سكان المدينة المساعدة في البحث عن فتاة في الثانية عشرة خرجت من مدرستها ظهر الخميس ولم تعد إلى بيتها.",
    "وقالت في بيان إن الفتاة كانت ترتدي معطفا أحمر وتحمل حقيبة زرقاء، ودعت من يعرف شيئا إلى الاتصال بالرقم المخصص.",
    "شاركوا الخبر على مواقع التواصل الاجتماعي.",
    "ويواصل متطوعون من الحي البحث في الحدائق والأراضي الخالية المحيطة بالمدرسة منذ ليلة أمس.",
]


def test_an_appeals_own_request_to_share_is_read():
    # The appeal asks its readers to share the news, a sentence closed by a full stop between its paragraphs.
    text = page("حوادث", "", "الشرطة تبحث عن فتاة خرجت من مدرستها ولم تعد", "", *APPEAL)
    assert spoken(parse_plain(text)) == APPEAL
