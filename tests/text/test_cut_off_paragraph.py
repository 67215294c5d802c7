"""A page's one paragraph cut off by the excerpt's end (no sentence end) under a box that scores its full stop: the
paragraph is the article and is read, while a site's cut blurb under a finished article is still dropped."""

from text.plain import split_plain

BOX_OVER_CUT_PARAGRAPH = "\n".join((
    "جمعية الطلبة تهنئ الجميع بحلول العام الدراسي الجديد، متمنية للطلاب والطالبات التوفيق والنجاح، وللأساتذة عاما"
    " حافلا بالعطاء، ومرحبا بالطلبة الجدد في رحاب الجامعة.",
    "تقرير حول أوضاع السكن الجامعي 2022",
    "أضف المقال إلى :",
    "yahoo Facebook Twitter delicious Google",
    "نسخة للطباعة",
    "جمعية الطلبة",
    "مقدمة",
    "تصدر جمعية الطلبة تقريرها السنوي حول أوضاع السكن الجامعي لسنة 2022 في إطار متابعتها المستمرة لظروف عيش الطلبة"
    " داخل الأحياء الجامعية وسعيا منها إلى إطلاع الرأي العام على أبرز الاختلالات التي رصدتها فرقها الميدا",
))

ARTICLE = (
    "افتتاح سوق جديد للخضار في الحي الغربي",
    "افتتحت البلدية صباح اليوم سوقا جديدا للخضار في الحي الغربي، يضم أكثر من خمسين محلا مجهزا بالكهرباء والماء.",
    "وقال رئيس البلدية إن السوق سيخفف الضغط على السوق المركزي، وسيوفر فرص عمل لعشرات الشباب من أبناء الحي.",
    "وأضاف أن البلدية تعتزم فتح سوقين آخرين قبل نهاية السنة.",
)
CUT_COPYRIGHT = ("جميع الحقوق محفوظة لموقع جريدة المدينة 2024 ولا يسمح بإعادة نشر المواد أو نسخها أو ترجمتها"
                 " أو استخدامها بأي شكل من الأشكال دون الحصول على إذن كتابي مسبق من إدارة الموقع"
                 " وكل مخالفة تعرض صاحبها للمتابعة القضائية وف")


def _spoken(text: str) -> str:
    article = split_plain(text).article
    return " ".join([article.headline or ""] + [paragraph for section in article.sections
                                                for paragraph in section.paragraphs])


def test_cut_paragraph_under_a_box_is_read() -> None:
    assert "تصدر جمعية الطلبة تقريرها السنوي" in _spoken(BOX_OVER_CUT_PARAGRAPH)


def test_share_row_between_stays_dropped() -> None:
    assert "yahoo" not in _spoken(BOX_OVER_CUT_PARAGRAPH)
    assert "أضف المقال" not in _spoken(BOX_OVER_CUT_PARAGRAPH)


def test_cut_copyright_under_a_finished_article_stays_dropped() -> None:
    spoken = _spoken("\n".join(("الرئيسية", *ARTICLE, CUT_COPYRIGHT)))
    assert "وأضاف أن البلدية" in spoken
    assert "جميع الحقوق محفوظة" not in spoken


def test_short_cut_last_line_keeps_the_article_above() -> None:
    spoken = _spoken("\n".join(("الرئيسية", *ARTICLE, "اقرأ أيضا", "البلدية تعلن عن مشروع جديد لتهيئة الطرق في")))
    assert "افتتحت البلدية صباح اليوم" in spoken
