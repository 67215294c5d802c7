"""A bracket closing a line is a photo's credit only where the line may be a caption (reviewer, s15fixreview_rules2.md
H6-H9): a bracket glossing what the line says (an abbreviation in Latin capitals, the Latin spelling of a name the line
has just said) credits no photo, and a line standing alone over the article is its title, not a caption under one.
The captions the rule was written for (listed credits anywhere, unlisted ones under a title or between paragraphs)
still go. Our own pages, in the probes' shapes."""

import pytest

from text.plain import parse_plain
from text.rules import line_reason
from tests.support.article_views import spoken, reasons

LEAD = ("أعلنت الهيئة، صباح الأربعاء، تشغيل نظام جديد لتنظيم حركة الطيران في مطارات البلاد الثلاثة، بعد تجربة "
        "استمرت ستة أشهر.")
SECOND = "وقال رئيس الهيئة إن النظام يقلل زمن انتظار الطائرات على المدارج بنحو الثلث."
THIRD = "وأضاف أن المرحلة المقبلة تشمل ربط المطارات الإقليمية بالنظام نفسه قبل نهاية العام."
GLOSSED_TITLES = ("هيئة الطيران المدني تشغل نظاما جديدا لتنظيم الرحلات (SkyFlow)",  # a product's Latin name
                  "الهيئة تتعاون مع منظمة الطيران المدني الدولي (ICAO)",  # an organisation's initials
                  "وزراء النقل العرب يبحثون تنظيم الطيران في المطارات (أكساد)")  # an Arabic abbreviation
HEADERS = ([], ["سفر"], ["الرئيسية", "أخبار محلية"], ["الرئيسية", "عرب وعالم"], ["موقع المسافر | أخبار"])


@pytest.mark.parametrize("title", GLOSSED_TITLES)
@pytest.mark.parametrize("header", HEADERS)
@pytest.mark.parametrize("dated", [False, True])
def test_a_title_glossed_in_brackets_alone_over_the_article_is_the_headline(title, header, dated):
    # H6-H8: the title was dropped as a caption and the lead made the headline.
    lines = [*header, title, *(["منذ 3 ساعات"] if dated else []), LEAD, SECOND, THIRD]
    article = parse_plain("\n".join(lines) + "\n")
    assert article.headline == title and spoken(article) == [LEAD, SECOND, THIRD], reasons(article)


@pytest.mark.parametrize("line", ["أما المقاول الرئيسي للخط فهو شركة هيونداي روتم الكورية (Hyundai Rotem)",
                                  "الجهة المشغلة للخط بعد افتتاحه هي شركة ألستوم الفرنسية (Alstom)"])
def test_a_paragraph_closed_by_a_gloss_on_a_page_without_full_stops_reads_as_on_main(line):
    # Round 1 spared such a line (H9 of s15fixreview_rules2.md); a maker's photo credited to the maker between two
    # unended paragraphs has the same shape, alone or in a gallery (s16review_caption3.md H1, M1), so the spare is
    # gone: the line is a caption by the rule, as on main.
    lines = ["افتتاح خط القطار الكهربائي بين العاصمة والميناء",
             "افتتح رئيس الوزراء اليوم خط القطار الكهربائي الذي يربط العاصمة بالميناء التجاري بطول تسعين كيلومترا",
             line,
             "ومن المنتظر أن ينقل القطار نحو عشرين ألف راكب يوميا في عامه الأول",
             "وتبلغ كلفة الخط نحو ملياري دولار مولتها الحكومة بقروض ميسرة"]
    article = parse_plain("\n".join(lines) + "\n")
    assert line not in spoken(article) and reasons(article)[line] == "image caption", reasons(article)


KEEP_TITLE = "الهيئة تشغل نظاما جديدا لتنظيم حركة الطيران"


@pytest.mark.parametrize("credit", ["(رويترز)", "(AFP)", "(أرشيفية)", "(الألمانية)", "(Xinhua)", "(وزارة النقل)",
                                    "(SPA)", "(KUNA)"])
@pytest.mark.parametrize("header", HEADERS[:2])
def test_a_caption_under_the_title_is_still_dropped(credit, header):
    caption = f"طائرات تصطف على مدرج المطار الرئيسي قبل الإقلاع {credit}"
    article = parse_plain("\n".join([*header, KEEP_TITLE, caption, LEAD, SECOND]) + "\n")
    assert article.headline == KEEP_TITLE and spoken(article) == [LEAD, SECOND], reasons(article)
    assert reasons(article)[caption] == "image caption"


@pytest.mark.parametrize("credit", ["(الألمانية)", "(Xinhua)", "(وزارة النقل)", "(رويترز)"])
def test_a_caption_over_the_title_is_still_dropped(credit):
    # Over the title the caption does not stand alone over the article: the title is under it.
    caption = f"طائرات تصطف على مدرج المطار الرئيسي قبل الإقلاع {credit}"
    article = parse_plain("\n".join(["طيران", caption, KEEP_TITLE, LEAD, SECOND]) + "\n")
    assert article.headline == KEEP_TITLE and spoken(article) == [LEAD, SECOND], reasons(article)


@pytest.mark.parametrize("credit", ["(رويترز)", "(أرشيفية)", "(Getty Images)", "(إكس)"])
def test_a_caption_with_a_listed_credit_over_the_lead_is_still_dropped(credit):
    # A listed credit drops the caption wherever it stands, even on a page that shows no title.
    caption = f"طائرات تصطف على مدرج المطار الرئيسي قبل الإقلاع {credit}"
    assert line_reason(caption) == "image caption"
    article = parse_plain("\n".join(["طيران", caption, LEAD, SECOND, THIRD]) + "\n")
    assert caption not in spoken(article) and reasons(article)[caption] == "image caption"


@pytest.mark.parametrize("credit", ["(Xinhua)", "(الألمانية)", "(SPA)", "(Getty Images)"])
def test_a_caption_between_two_paragraphs_is_still_dropped(credit):
    caption = f"مسافرون ينتظرون في صالة المغادرة بالمطار الجديد {credit}"
    article = parse_plain("\n".join([KEEP_TITLE, LEAD, caption, SECOND, THIRD]) + "\n")
    assert spoken(article) == [LEAD, SECOND, THIRD] and reasons(article)[caption] == "image caption"
