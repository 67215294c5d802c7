"""A caption credited to a source no list knows is spared as the article's title only where it stands alone over the
article, and only its place tells so; what it says does not (reviewer, s16review_caption.md H1, H2, M1-M3):
- a title tagged before a bar ("عاجل | ...") or a column's short title its lead takes up is the title the caption
  stands under, not the page's header;
- initials in brackets ("(UNHCR)") credit a photo as often as they gloss a name: under a title or between two
  paragraphs such a line stays a caption;
- a Latin credit glosses the line only when it spells the name said right before it, on three consonants or more.
Our own pages, in the probes' shapes."""

import pytest

from text.plain import parse_plain
from text.rules import line_reason
from tests.support.article_views import spoken, reasons

LEAD = ("اندلع حريق كبير فجر اليوم في سوق الخضار المركزي بالمدينة القديمة، وامتدت النيران إلى عشرات المحال "
        "المتلاصقة قبل أن تتمكن فرق الإطفاء من محاصرتها.")
SECOND = "وقال مسؤول في الدفاع المدني إن الحريق لم يسفر عن إصابات، وإن التحقيق جار لمعرفة أسبابه."
THIRD = "وطالب التجار البلدية بتعويضهم عن الخسائر التي قدروها بملايين الدنانير."
CAPTION = "رجال الإطفاء يحاولون إخماد النيران داخل أحد أزقة السوق المحترق"
TITLE = "حريق يلتهم عشرات المحال في سوق الخضار المركزي بالمدينة القديمة"
SHORT_TITLE = "البلدية تحقق في أسباب حريق السوق القديم"
NEAR_CAPTION = "فرق الإطفاء خلال إخماد حريق سابق في سوق الخضار المركزي بالمدينة القديمة"
"""A caption telling the lead's words, under a title telling fewer: it beats the title as a candidate."""


def _page(*lines):
    return parse_plain("\n".join(lines) + "\n")


@pytest.mark.parametrize("tag", ["عاجل", "محافظات", "حوادث وقضايا"])
@pytest.mark.parametrize("credit", ["(الحماية المدنية)", "(بلدية المدينة)", "(UNHCR)"])
def test_a_title_tagged_before_a_bar_is_the_title_the_caption_stands_under(tag, credit):
    # H1: the tagged title was taken for the page's masthead, so the caption under it looked alone over the article
    # and was made the headline.
    title = f"{tag} | {SHORT_TITLE}"
    caption = f"{NEAR_CAPTION} {credit}"
    article = _page("الرئيسية", "أخبار المحافظات", title, caption, LEAD, SECOND, THIRD)
    assert article.headline == title and spoken(article) == [LEAD, SECOND, THIRD], reasons(article)
    assert reasons(article)[caption] == "image caption"


@pytest.mark.parametrize("credit", ["(UNHCR)", "(KNA)", "(NASA)", "(HO)", "(WANA)", "(ISNA)"])
@pytest.mark.parametrize("header", [[], ["الرئيسية", "محليات"]])
def test_a_caption_credited_in_initials_under_the_title_is_no_title(credit, header):
    # H2: initials read as a gloss made the caption no caption; it beat the title as a title candidate.
    caption = f"{NEAR_CAPTION} {credit}"
    article = _page(*header, SHORT_TITLE, caption, LEAD, SECOND, THIRD)
    assert article.headline == SHORT_TITLE and spoken(article) == [LEAD, SECOND, THIRD], reasons(article)


@pytest.mark.parametrize("credit", ["(UNHCR)", "(DHA)", "(FIFA)", "(BBC)", "(NASA)"])
def test_a_caption_credited_in_initials_between_paragraphs_is_dropped(credit):
    # M1: read as a gloss, the caption was spoken between the paragraphs as a sub-heading.
    caption = f"{CAPTION} {credit}"
    assert line_reason(caption) == "image caption"
    article = _page(TITLE, LEAD, SECOND, caption, THIRD)
    assert spoken(article) == [LEAD, SECOND, THIRD] and reasons(article)[caption] == "image caption"


@pytest.mark.parametrize("caption", [
    "التاجر كريم يتفقد ما تبقى من محله بعد إخماد النيران (Karim Nassar)",  # the name said earlier, not before it
    "واجهة المكتبة القديمة في السوق بعد الحريق صباح اليوم (Maktab Studio)",  # a word of the caption spelt alike
    "سيارات الإطفاء أمام مدخل السوق من جهة الميناء (Mina Photo)",  # two consonants
])
def test_a_latin_credit_that_spells_no_name_before_it_is_a_credit(caption):
    # M2: a Latin credit matching any word of the caption on two consonants read as a gloss; the caption was spoken.
    assert line_reason(caption) == "image caption"
    article = _page(TITLE, LEAD, SECOND, caption, THIRD)
    assert spoken(article) == [LEAD, SECOND, THIRD] and reasons(article)[caption] == "image caption"


@pytest.mark.parametrize("column", ["نار السوق", "حريق السوق"])
def test_a_caption_under_a_short_column_title_its_lead_takes_up_is_no_headline(column):
    # M3: a two-word title counted as the page's header, so the caption under it looked alone and became the
    # headline with its credit.
    caption = f"{CAPTION} (بلدية المدينة)"
    article = _page("الرئيسية", "مقالات", column, caption, LEAD, SECOND, THIRD)
    assert article.headline != caption and caption not in spoken(article), reasons(article)
    assert reasons(article)[caption] == "image caption"


@pytest.mark.parametrize("header", [["الرئيسية", "عرب وعالم"], ["موقع المدينة | أخبار محلية"], ["السوق اليوم"]])
def test_a_title_glossed_in_brackets_alone_under_the_header_is_still_the_headline(header):
    # What H6-H8 of the first round fixed still holds under a two-word label the lead does not take up and under a
    # masthead of short parts.
    title = "البلدية تطلق خطة لإعادة تأهيل الأسواق القديمة (UN-Habitat)"
    lead = ("أطلقت البلدية، الأحد، خطة لإعادة تأهيل الأسواق القديمة في وسط البلد بتمويل من برنامج أممي، تشمل "
            "تحديث شبكات الكهرباء وأنظمة الإطفاء.")
    article = _page(*header, title, lead, SECOND, THIRD)
    assert article.headline == title and spoken(article) == [lead, SECOND, THIRD], reasons(article)
