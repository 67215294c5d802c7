"""A bracket closing a line is a photo's credit only where the line may be a caption (reviewer, s15fixreview_rules2.md
H6-H9): a bracket glossing what the line says (an abbreviation in Latin capitals, the Latin spelling of a name the line
has just said) credits no photo, and a line standing alone over the article is its title, not a caption under one.
The captions the rule was written for (listed credits anywhere, unlisted ones under a title or between paragraphs)
still go. Our own pages, in the probes' shapes."""

import pytest

from text.plain import parse_plain
from text.rules import glosses_the_line, line_reason

LEAD = ("أعلنت الهيئة، صباح الأربعاء، تشغيل نظام جديد لتنظيم حركة الطيران في مطارات البلاد الثلاثة، بعد تجربة "
        "استمرت ستة أشهر.")
SECOND = "وقال رئيس الهيئة إن النظام يقلل زمن انتظار الطائرات على المدارج بنحو الثلث."
THIRD = "وأضاف أن المرحلة المقبلة تشمل ربط المطارات الإقليمية بالنظام نفسه قبل نهاية العام."
GLOSSED_TITLES = ("هيئة الطيران المدني تشغل نظاما جديدا لتنظيم الرحلات (SkyFlow)",  # a product's Latin name
                  "الهيئة تتعاون مع منظمة الطيران المدني الدولي (ICAO)",  # an organisation's initials
                  "وزراء النقل العرب يبحثون تنظيم الطيران في المطارات (أكساد)")  # an Arabic abbreviation
HEADERS = ([], ["سفر"], ["الرئيسية", "أخبار محلية"], ["الرئيسية", "عرب وعالم"], ["موقع المسافر | أخبار"])


def spoken(article):
    return [text for section in article.sections for text in (section.title, *section.paragraphs) if text]


def reasons(article):
    return {item.text: item.reason for item in article.dropped}


@pytest.mark.parametrize("title", GLOSSED_TITLES)
@pytest.mark.parametrize("header", HEADERS)
@pytest.mark.parametrize("dated", [False, True])
def test_a_title_glossed_in_brackets_alone_over_the_article_is_the_headline(title, header, dated):
    # H6-H8: the title was dropped as a caption and the lead made the headline.
    lines = [*header, title, *(["منذ 3 ساعات"] if dated else []), LEAD, SECOND, THIRD]
    article = parse_plain("\n".join(lines) + "\n")
    assert article.headline == title and spoken(article) == [LEAD, SECOND, THIRD], reasons(article)


@pytest.mark.parametrize("line", ["أما المقاول الرئيسي للخط فهو شركة هيونداي روتم الكورية (Hyundai Rotem)",
                                  "الجهة المشغلة للخط بعد افتتاحه هي شركة ألستوم الفرنسية (Alstom)",
                                  "ويتولى تشغيل الخط تحالف تقوده مجموعة سيمنز للنقل (Siemens Mobility)"])
def test_a_paragraph_closed_by_a_gloss_on_a_page_without_full_stops_is_spoken(line):
    # H9: on a page without full stops, a paragraph closed by the Latin name of the company it names was dropped.
    lines = ["افتتاح خط القطار الكهربائي بين العاصمة والميناء",
             "افتتح رئيس الوزراء اليوم خط القطار الكهربائي الذي يربط العاصمة بالميناء التجاري بطول تسعين كيلومترا",
             line,
             "ومن المنتظر أن ينقل القطار نحو عشرين ألف راكب يوميا في عامه الأول",
             "وتبلغ كلفة الخط نحو ملياري دولار مولتها الحكومة بقروض ميسرة"]
    article = parse_plain("\n".join(lines) + "\n")
    assert line in spoken(article) and len(spoken(article)) == 4, reasons(article)


@pytest.mark.parametrize("line, gloss", [
    ("الشركة المنفذة هي سيمنز للطاقة (Siemens Energy)", True),
    ("المقاول هو شركة هيونداي روتم الكورية (Hyundai Rotem)", True),  # past the adjective of origin
    ("لقطة من خدمة الخرائط جوجل إيرث (Google Earth)", True),  # two Latin words, two Arabic ones
    # Initials are no gloss by what they say (an agency's or a body's initials credit photos as often): only a line
    # alone over the article is spared (s16review_caption.md H2, M1).
    ("الحكومة توقع اتفاقا مع صندوق النقد العربي (AMF)", False),
    ("تمديد خفض الإنتاج في تحالف أوبك بلس (OPEC+)", False),
    ("مجموعة العشرين تبحث الديون (G20)", False),
    # Two consonants match by chance; a name said earlier in the caption is not where a gloss stands (M2).
    ("موظفون في مقر شركة ميتا بكاليفورنيا (Meta)", False),
    ("المغني كريم يؤدي أغنيته الجديدة على مسرح الأوبرا (Karim Nassar)", False),
    ("مبنى المكتبة القديم بعد ترميمه في ساحة المدينة (Maktab Studio)", False),
    ("الوزير خلال جولته في الميناء (Xinhua)", False),  # an agency's name, not the line's
    ("الوزير خلال جولته في الميناء (John Smith)", False),  # a photographer's
    ("الوزير خلال جولته في الميناء (الألمانية)", False),
])
def test_a_gloss_is_told_from_a_credit_by_what_it_says(line, gloss):
    assert glosses_the_line(line) is gloss


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
