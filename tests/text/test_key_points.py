"""Key points above the lead, with a photo's block between them and the lead (issue 11, text.keypoints).

A reader relies on hearing the story's points ("ملخص" over three lines, bullet points, fact lines) while the photo's
number, caption and share button between them and the lead stay dropped. Lists of the site's under the head (other
stories' teasers, "most read", a ticker, the sections) stay dropped. All pages here are invented."""
from __future__ import annotations

import pytest

from tests.support.article_views import decisions, page

HEAD = ("موقع الأخبار اليومية", "الرئيسية سياسة اقتصاد رياضة ثقافة")
LEAD = ("أعلنت وزارة الزراعة أن محصول القمح في السهول الشرقية بلغ مليوني طن هذا الموسم، بزيادة كبيرة عن الموسم "
        "الماضي، بفضل الأمطار الوفيرة وتوسع المساحات المزروعة.")
BODY = ("وقال وزير الزراعة إن الوزارة وزعت البذور المحسنة على المزارعين في السهول الشرقية قبل بداية الموسم، وإن أسعار "
        "الشراء ستعلن الأسبوع المقبل بعد اجتماع الحكومة.", "وأضاف أن مخازن الحبوب الجديدة في المحافظات الشرقية "
        "تتسع لنصف المحصول، وأن الوزارة تدرس تصدير الفائض إلى الأسواق المجاورة.")
POINTS = ("محصول القمح في السهول الشرقية يبلغ مليوني طن", "الوزارة وزعت البذور المحسنة على المزارعين قبل الموسم",
          "أسعار الشراء تعلن الأسبوع المقبل بعد اجتماع الحكومة")
TITLE = "وزارة الزراعة تعلن محصولا قياسيا من القمح في السهول الشرقية هذا الموسم"
BYLINE = ("العاصمة - موقع الأخبار اليومية", "نشر في: 3 يونيو 2024 - 10:15")


def _page(*middle: str) -> str:
    return page(*HEAD, TITLE, *BYLINE, *middle, LEAD, *BODY, "جميع الحقوق محفوظة 2024 ©")


def _spoken(text: str, lines: tuple[str, ...]) -> list[bool]:
    decided = decisions(text)
    return [decided[line] == "body" for line in lines]


@pytest.mark.parametrize("middle, gap", [
    (("ملخص", *POINTS, "1", "صورة تعبيرية", "شارك"), ("1", "صورة تعبيرية", "شارك")),
    (("أبرز النقاط", *POINTS, "مزارع في حقل قمح - أرشيفية"), ("مزارع في حقل قمح - أرشيفية",)),
    (("باختصار:", *POINTS, "2", "شارك"), ("2", "شارك")),
    (("أبرز النقاط", *(f"• {point}" for point in POINTS), "حقل قمح"), ("حقل قمح",)),
])
def test_points_above_a_photo_block_are_read_and_the_block_dropped(middle, gap):
    points = tuple(line for line in middle if line not in gap and len(line.split()) > 3)
    assert points
    text = _page(*middle)
    assert all(_spoken(text, points))
    assert not any(_spoken(text, gap))
    assert decisions(text)[LEAD] == "body"


def test_points_are_read_before_the_lead():
    from text.plain import parse_plain
    article = parse_plain(_page("ملخص", *POINTS, "1", "شارك"))
    paragraphs = [paragraph for section in article.sections for paragraph in section.paragraphs]
    assert paragraphs[:4] == [*POINTS, LEAD]


TEASERS = ("الفيضانات تغمر قرى الساحل وتشرد المئات", "المنتخب يتأهل إلى نهائي كأس القارة للمرة الأولى",
           "ارتفاع أسعار الذهب في الأسواق المحلية اليوم")


@pytest.mark.parametrize("middle", [
    TEASERS + ("شارك",),  # other stories' titles: they share no words with the article
    ("الأكثر قراءة", *(f"القمح {line}" for line in TEASERS[:2]), "شارك"),  # a list's header over them
    ("عاجل | الحكومة تعلن أسعار شراء القمح من المزارعين", "عاجل | وزير الزراعة يزور السهول الشرقية", "شارك"),
    ("سياسة", "اقتصاد", "رياضة", "ثقافة", "شارك"),  # the site's sections
    ("القمح.. محصول السهول الشرقية يبلغ مليوني طن", "البذور المحسنة.. الوزارة توزعها على المزارعين", "شارك"),
])
def test_lists_of_the_site_above_the_lead_stay_dropped(middle):
    text = _page(*middle)
    assert not any(_spoken(text, middle))
    assert decisions(text)[LEAD] == "body"


def test_a_caption_said_twice_over_the_lead_is_no_point():
    caption = "حفل توزيع البذور المحسنة على مزارعي السهول الشرقية"
    text = _page("شارك", caption, caption)
    assert not any(_spoken(text, (caption,)))


# Other stories' teasers on the same subject (review of session 25): they share words with the article, a place
# name or three, and sit where points would; without a summary's label over them they stay dropped, and under one
# a teaser sharing only 2 words ("الأحياء الشرقية") is no point.
M_TITLE = "افتتاح الخط الثاني لمترو العاصمة أمام الركاب بعد أربع سنوات من العمل"
M_BY = ("كتب: محرر الموقع", "الأحد 12 مايو 2024 - 09:40")
M_LEAD = ("افتتحت وزارة النقل صباح اليوم الخط الثاني لمترو العاصمة أمام الركاب، بعد أربع سنوات من أعمال الحفر "
          "والإنشاء، ليربط الأحياء الشرقية بوسط المدينة في أقل من عشرين دقيقة.")
M_BODY = ("وقال وزير النقل في كلمة خلال الافتتاح إن الخط الجديد يضم أربع عشرة محطة، وإن أسعار التذاكر ستبقى كما هي "
          "حتى نهاية العام الجاري، مع تخفيضات للطلاب وكبار السن.", "وأضاف أن الوزارة تعمل على الخط الثالث للمترو الذي "
          "سيربط المطار بالأحياء الغربية، ومن المتوقع أن يبدأ تشغيله خلال ثلاث سنوات.", "وشهدت المحطات إقبالا كبيرا "
          "من سكان الأحياء الشرقية الذين عبروا عن ارتياحهم لتقليص زمن الرحلة إلى وسط العاصمة.")
RELATED = ("أسعار تذاكر مترو العاصمة ترتفع مع بداية العام الجديد", "وزير النقل يتفقد أعمال الخط الثالث للمترو قرب المطار",
           "سكان الأحياء الشرقية يشكون زحام الحافلات في وسط العاصمة")
LOOSE = ("حريق في محطة وقود بالأحياء الشرقية دون إصابات", "نقابة السائقين تهدد بالإضراب في وسط العاصمة غدا",
         "الحكومة ترفع أسعار الوقود للمرة الثانية هذا العام")
PHOTO = ("1", "صورة من الافتتاح", "شارك")


def _metro(*head: str) -> str:
    return page(*HEAD, *head, M_LEAD, *M_BODY, "جميع الحقوق محفوظة 2024 ©")


@pytest.mark.parametrize("head, teasers", [
    ((M_TITLE, *M_BY, *LOOSE, *PHOTO), LOOSE),
    ((M_TITLE, *M_BY, "ملخص", *LOOSE, *PHOTO), LOOSE),  # a label, but they share 2 words: a place name
    ((M_TITLE, *M_BY, *RELATED, *PHOTO), RELATED),
    ((M_TITLE, *RELATED[:2], "شارك", *M_BY), RELATED[:2]),
    ((M_TITLE, *RELATED, "مشاركة"), RELATED),
    ((M_TITLE, *M_BY, *(f"- {line}" for line in RELATED), "صورة أرشيفية"), tuple(f"- {line}" for line in RELATED)),
    (("محليات", M_TITLE, *M_BY, *RELATED[:2], "شارك", "0"), RELATED[:2]),
    ((M_TITLE, *M_BY, "ذات صلة", *RELATED, *PHOTO), RELATED),
])
def test_related_teasers_over_the_lead_are_no_points(head, teasers):
    text = _metro(*head)
    assert not any(decisions(text)[line] == "body" for line in teasers)
    assert decisions(text)[M_LEAD] == "body"
