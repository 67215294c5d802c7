"""Second review of the caption gloss and promo guards (s16review_caption2.md): where the branch read a line
differently from main, main's reading comes back unless the line stands where only a title or a paragraph can.
- a title tagged as a video or a gallery ("فيديو | ...", "بالصور.. ...") may be the title: a caption under it is no
  title alone (H1);
- initials that also name a region or a system ("(MENA)", "(UPI)") are no wire credit: a title or a paragraph they
  close reads as on main (H2); wire agencies spelt in Latin ("(WAM)", "(Xinhua)") still keep a caption alone over
  the article a caption;
- a Latin name spelling the word before it spares a line only as a paragraph on a page without full stops; under a
  title or between paragraphs that end with stops it is the maker's photo, a caption (H3, M1);
- a short title the lead takes up ("X | Y" of short parts, one word) is the title a caption stands under (M2);
- promo wordings with a relative clause's subject, a second call, an elative's accusative or a manner adverb are
  still promos (M3).
Our own pages, in the probes' shapes."""

import pytest

from text.lineshape import calls_the_reader
from text.plain import parse_plain
from text.rules import line_reason
from tests.support.article_views import spoken, reasons

MENU = ["الرئيسية", "أخبار", "محليات"]
LEAD = ("اجتاحت عاصفة رملية قوية، مساء الخميس، مدن الساحل الشرقي، وأدت إلى تعطل حركة السير وإغلاق عدد من الطرق "
        "السريعة لساعات.")
SECOND = "وقال متحدث باسم الشرطة إن فرق الطوارئ تعاملت مع عشرات البلاغات دون تسجيل إصابات خطيرة."
THIRD = "وتوقعت هيئة الأرصاد أن تهدأ الرياح تدريجيا مع ساعات الصباح."


def _page(*lines):
    return parse_plain("\n".join(lines) + "\n")


@pytest.mark.parametrize("title", ["فيديو | عاصفة رملية تغلق طرق الساحل الشرقي",
                                   "بالفيديو.. عاصفة رملية تغلق طرق الساحل الشرقي",
                                   "بالصور.. عاصفة رملية تغلق طرق الساحل الشرقي",
                                   "صور | عاصفة رملية تغلق طرق الساحل الشرقي"])
@pytest.mark.parametrize("dated", [False, True])
def test_a_caption_under_a_video_or_gallery_title_is_no_headline(title, dated):
    # H1: the tagged title was taken for header, the caption under it stood "alone" and became the headline.
    caption = "فرق الطوارئ تعيد فتح الطرق السريعة بعد عاصفة رملية قوية في مدن الساحل الشرقي (شرطة المرور)"
    article = _page(*MENU, title, *(["منذ ساعتين"] if dated else []), caption, LEAD, SECOND, THIRD)
    assert article.headline != caption and caption not in spoken(article), reasons(article)
    assert reasons(article)[caption] == "image caption"


@pytest.mark.parametrize("title", [
    "تراجعت تمويلات الشركات الناشئة في منطقة الشرق الأوسط وشمال أفريقيا (MENA)",
    "دراسة: الشركات العائلية تقود النمو في منطقة الشرق الأوسط وشمال أفريقيا (MENA)",
    "رسميا: الشركات الناشئة في المنطقة تعتمد نظام الدفع الفوري الهندي (UPI)"])
def test_a_title_closed_by_a_regions_initials_is_the_headline(title):
    # H2: "(MENA)"/"(UPI)" were read as wire credits, so the title was dropped as a caption.
    lead = ("قال تقرير صادر عن شركة أبحاث، الأحد، إن تمويلات الشركات الناشئة في المنطقة تراجعت خلال الربع الأول، "
            "بينما حافظت الأسواق الخليجية على نصيبها.")
    assert line_reason(title) is None
    article = _page(*MENU, title, "12 مايو 2025", lead, SECOND, THIRD)
    assert article.headline == title and spoken(article) == [lead, SECOND, THIRD], reasons(article)


def test_a_paragraph_closed_by_a_regions_initials_on_a_page_without_stops_is_spoken():
    # H2: on a page without full stops the paragraph was dropped as a caption credited to "MENA".
    line = "سجلت الإمارات والسعودية أعلى قيمة للصفقات في منطقة الشرق الأوسط وشمال أفريقيا (MENA)"
    lines = ["الرئيسية", "اقتصاد", "الصفقات الناشئة تتراجع في الربع الأول",
             "تراجعت قيمة صفقات الشركات الناشئة في المنطقة خلال الربع الأول من العام بنسبة تقارب الثلث مقارنة "
             "بالفترة نفسها من العام الماضي",
             "حافظ قطاع التقنية المالية على الحصة الأكبر من التمويل تلاه قطاع الخدمات اللوجستية ثم قطاع التعليم",
             line,
             "يرجع محللون التراجع إلى ارتفاع أسعار الفائدة وتشدد المستثمرين في التقييمات الجديدة خلال الأشهر "
             "الماضية",
             "توقع معدو التقرير أن تعود الصفقات إلى الارتفاع في النصف الثاني مع دخول صناديق استثمار جديدة إلى "
             "المنطقة"]
    article = _page(*lines)
    assert any(line in text for text in spoken(article)), reasons(article)  # joined to the paragraph above or not


@pytest.mark.parametrize("credit", ["(WAM)", "(Xinhua)", "(KUNA)"])
def test_a_caption_credited_to_a_wire_in_latin_alone_over_the_article_stays_a_caption(credit):
    # Keep: a wire agency's Latin name is still a credit no title carries, even with no title above the caption.
    caption = f"سيارات عالقة على الطريق الساحلي وسط الغبار الكثيف {credit}"
    article = _page(*MENU, caption, LEAD, SECOND, THIRD)
    assert article.headline != caption and caption not in spoken(article), reasons(article)


@pytest.mark.parametrize("title, caption, lead", [
    ("سامسونج تعلن عن هاتف جديد قابل للطي",
     "الرئيس التنفيذي يعرض الهاتف الجديد خلال مؤتمر المطورين السنوي لشركة سامسونج (Samsung)",
     "أعلنت شركة سامسونج، الثلاثاء، خلال مؤتمر المطورين السنوي، عن هاتف جديد قابل للطي بشاشة أكبر من الجيل السابق."),
    ("سامسونج تكشف عن هاتف قابل للطي بشاشة أكبر",  # a caption telling less of the lead (dropped at both)
     "مدير قطاع الأجهزة يعرض الهاتف الجديد خلال حفل الإطلاق السنوي لشركة سامسونج (Samsung)",
     "كشفت شركة سامسونج، الأربعاء، خلال حفل الإطلاق السنوي، عن هاتف قابل للطي بشاشة أكبر من الجيل السابق "
     "وبطارية تدوم يومين.")])
def test_a_makers_photo_credited_to_the_maker_under_the_title_is_a_caption(title, caption, lead):
    # H3: "(Nvidia)"-like credits spelling the maker said before them read as a gloss; the caption beat the title.
    article = _page("الرئيسية", "تقنية", title, caption, lead, SECOND, THIRD)
    assert article.headline == title and caption not in spoken(article), reasons(article)
    assert reasons(article)[caption] == "image caption"


def test_a_makers_photo_credited_to_the_maker_between_paragraphs_is_a_caption():
    # M1: between two paragraphs that end with stops, the glossed caption was spoken as a sub-heading.
    caption = "الهاتف الجديد القابل للطي من سامسونج (Samsung)"
    lead = "كشفت شركة سامسونج، الأربعاء، عن هاتف قابل للطي بشاشة أكبر من الجيل السابق وبطارية تدوم يومين."
    article = _page("الرئيسية", "تقنية", "سامسونج تكشف عن هاتف قابل للطي بشاشة أكبر", lead, caption, SECOND, THIRD)
    assert caption not in spoken(article) and reasons(article)[caption] == "image caption"


@pytest.mark.parametrize("title", ["عاصفة", "رياح | عاصفة رملية", "تقرير | العاصفة الرملية"])
def test_a_caption_under_a_short_title_its_lead_takes_up_is_no_headline(title):
    # M2: one word or a bar's short parts counted as the page's header whatever the lead said; the caption under
    # the title looked alone and became the headline (main: the lead).
    caption = "سيارات عالقة على الطريق الساحلي وسط الغبار الكثيف (شرطة المرور)"
    article = _page("الرئيسية", "مقالات", title, caption, LEAD, SECOND, THIRD)
    assert article.headline != caption and caption not in spoken(article), reasons(article)


@pytest.mark.parametrize("line", ["شاهد المقطع الذي نشره المتابعون على المنصات.",
                                  "تابع النشرة التي يقدمها المذيعون في الاستوديو.",
                                  "شاهد البث الذي يظهر فيه اللاعبون قبل المباراة.",
                                  "حمل تطبيق المتجر واحصل على خصم 15 في المئة من أول طلب.",
                                  "شاهد الفيديو الأوسع انتشارا هذا الأسبوع.",
                                  "تابع المستجدات تباعا.",
                                  "حمل التطبيق المجاني سريعا."])
def test_promos_with_a_clause_a_second_call_or_a_manner_are_calls(line):
    # M3: a relative clause's subject, the gain after a second call, an elative's accusative and a manner adverb
    # were read as a report's subject or object, and the promo was spoken between paragraphs.
    assert calls_the_reader(line)
    lead = "أعلنت الشركة، أمس، نتائج الربع الثالث، وقالت إن أرباحها ارتفعت بنسبة كبيرة مقارنة بالعام الماضي."
    second = "وأضافت أن الطلب على خدماتها في الأسواق الخارجية زاد بشكل ملحوظ منذ بداية العام."
    article = _page("الشركة تعلن نتائج الربع الثالث", lead, line, second, THIRD)
    assert line not in spoken(article), reasons(article)
