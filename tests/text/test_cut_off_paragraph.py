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


# A one-paragraph article, then a reporter's name, a time, a "most viewed" label or unmarked teasers, the site's name
# and its "about us" blurb cut by the page's end (review of fix25_bodyloss, H1): the blurb speaks of the site, not of
# the story (no word shared with the title or the paragraph), so it is not scored as a cut-off paragraph, does not win
# the run and does not take the labels and teasers between with it.
LIBRARY_TITLE = "افتتاح مكتبة عامة جديدة في وسط المدينة"
LIBRARY_PARAGRAPH = ("افتتح محافظ المدينة صباح اليوم مكتبة عامة جديدة تضم أكثر من عشرين ألف كتاب في مختلف المجالات،"
                     " وقاعة للمطالعة تتسع لمئتي قارئ، وركنا خاصا بالأطفال")
LIBRARY_TEASERS = ("ارتفاع أسعار الخضار في الأسواق المحلية", "انطلاق مهرجان المسرح الوطني في دورته العاشرة",
                   "منتخب الشباب يتأهل إلى نهائي البطولة", "أمطار غزيرة متوقعة نهاية الأسبوع")
CUT_ABOUT_US = ("موقع الأفق الإخباري هو موقع مستقل يهتم بنقل الأخبار المحلية والدولية بكل مصداقية وحياد، ويسعى"
                " فريق التحرير إلى تقديم محتوى متنوع يشمل السياسة والاقتصاد والرياضة والثقافة والفن لجميع القراء في"
                " الوطن العربي وخارجه من خلال شبكة مراسلين منتشرة في")
LONG_PARAGRAPH = (LIBRARY_PARAGRAPH + "، على أن تفتح أبوابها يوميا من الثامنة صباحا حتى العاشرة ليلا مجانا لجميع"
                  " السكان.")


def test_cut_about_us_under_a_one_paragraph_article_stays_dropped() -> None:
    spoken = _spoken("\n\n".join((LIBRARY_TITLE, LONG_PARAGRAPH, "مراسل الأفق", "منذ 3 ساعات", "الأكثر مشاهدة",
                                   *LIBRARY_TEASERS[:2], "الأفق الإخباري", CUT_ABOUT_US)))
    assert "افتتح محافظ المدينة" in spoken
    assert "موقع الأفق الإخباري هو" not in spoken
    assert "الأكثر مشاهدة" not in spoken
    assert not any(teaser in spoken for teaser in LIBRARY_TEASERS[:2])


def test_cut_about_us_under_unmarked_teasers_stays_dropped() -> None:
    spoken = _spoken("\n\n".join((LIBRARY_TITLE, LONG_PARAGRAPH, "مراسل الأفق", *LIBRARY_TEASERS, "الأفق الإخباري",
                                   CUT_ABOUT_US)))
    assert "افتتح محافظ المدينة" in spoken
    assert "موقع الأفق الإخباري هو" not in spoken
    assert not any(teaser in spoken for teaser in LIBRARY_TEASERS)


def test_about_us_label_is_no_section_title() -> None:
    text = "\n\n".join(("الرئيسية", "أخبار", LIBRARY_TITLE, "الأحد 12 مارس 2023", LIBRARY_PARAGRAPH + ".",
                         "شارك المقال", "فيسبوك", "تويتر", "واتساب", "الوسوم: مكتبة، ثقافة، المدينة", "اقرأ أيضا",
                         *LIBRARY_TEASERS[:3], "من نحن", CUT_ABOUT_US))
    article = split_plain(text).article
    assert "افتتح محافظ المدينة" in _spoken(text)
    assert all(section.title != "من نحن" for section in article.sections)
    assert "موقع الأفق الإخباري هو" not in _spoken(text)


def test_cut_paragraph_under_a_citation_and_share_rows_is_read() -> None:
    """The kept shape: a citation repeating the title, share rows and the author's name, then the article's one
    paragraph cut off, speaking of the title's story."""
    spoken = _spoken("\n".join((
        "خطة وطنية لحماية الغابات من الحرائق",
        "اقتباس:",
        "للإحالة على هذه الدراسة: مريم الصالحي. \"خطة وطنية لحماية الغابات من الحرائق: قراءة في الإجراءات\". مجلة"
        " البيئة والتنمية، العدد السابع، خريف 2023، الصفحات من 40 إلى 58.",
        "انسخ الرابط أدناه:",
        "Copy the link below.",
        "مريم الصالحي",
        "كشفت المديرية العامة للمياه والغابات عن خطة وطنية جديدة لحماية الغابات من الحرائق خلال فصل الصيف، تقوم على"
        " تعزيز فرق المراقبة وإنشاء مسالك جديدة لتسهيل وصول سيارات الإطفاء إلى المناطق الجبلية الوعرة وتوعية سكان",
    )))
    assert "كشفت المديرية العامة للمياه" in spoken
