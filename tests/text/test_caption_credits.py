"""Photo credits closing a caption among the article's paragraphs (s19): "©" and a wire written in letters apart
("© NAME، أ ف ب"), DW's "صورة من: NAME/agency" glued to the caption's end, BBC's "مصدر الصورة، AFP" with a short
credit. And what the first version of this change wrongly took for captions (s19 review_captions.md, H1-H4, M1-M3,
L1), which must stay the article's: sentences closed by a bracket and a full stop (amounts, citations, stage
directions, a speaker, a wire's credit), a headline naming its source after a dash, sub-headings opening with a
"picture" word ("خريطة الطريق", "لقطة الموسم"), fact-check prose opening "مصدر الصورة،", a lone sub-heading the tags
repeat, a section title over lines a rule drops. All pages are our own.
"""

from __future__ import annotations

import pytest

from text.plain import split_plain
from text.rules import line_reason
from tests.support.article_views import page, spoken

SITE = ["بوابة الضفة", "الرئيسية", "محليات"]
TITLE = "البلدية تبدأ أعمال توسعة شبكة الصرف في الأحياء الشمالية"
DATE = "14 مارس 2025"
LEAD = ("بدأت البلدية أعمال توسعة شبكة الصرف الصحي في الأحياء الشمالية للمدينة، بتكلفة تقارب خمسة ملايين دينار، "
        "على أن تنتهي المرحلة الأولى قبل موسم الأمطار المقبل.")
SECOND = ("وقال رئيس البلدية في مؤتمر صحفي إن المشروع يشمل مد أنابيب جديدة بطول ثلاثين كيلومترا، وإنشاء محطتي ضخ "
          "في حيين يعانيان من تجمع المياه كل شتاء.")
THIRD = ("تعمل المضخات الجديدة بالطاقة الشمسية نهارا وبالكهرباء ليلا، وتبلغ قدرة كل منها ألف متر مكعب في الساعة، "
         "بحسب المهندس المشرف على المشروع.")
FOURTH = ("ودعت البلدية السكان إلى تحمل الإزعاج المؤقت خلال أعمال الحفر، وأعلنت عن خط ساخن لتلقي الشكاوى والاستفسارات "
          "طوال فترة التنفيذ.")
TAGS = ["الوسوم", "البلدية", "الصرف الصحي"]


def titles(text: str) -> list[str]:
    return [section.title for section in split_plain(text).article.sections if section.title]


@pytest.mark.parametrize("line", [
    "مصدر الصورة، Getty Images",
    "مصدر الصورة، رويترز",
    "مصدر الصورة، Reuters/AFP",
    "صورة لعمال في موقع الحفر شمال المدينة. © سامر حداد، أ ف ب",
    "عمال في موقع الحفر شمال المدينةصورة من: Samer Haddad/dpa/picture alliance",
    "مهندس يتفقد مضخة في الحي الشمالي (صورة رمزية)صورة من: Samer Haddad/dpa/picture alliance",
    # A photographer's initial glued to the name in Latin letters after the sign (s27 r03).
    "عمال في غرفة تشغيل المحطة الجديدة، قبل أيام من افتتاحها. © WFP/R.Haddad",
])
def test_a_caption_closed_by_its_credit_between_paragraphs_is_dropped(line):
    text = page(*SITE, TITLE, DATE, LEAD, SECOND, line, THIRD, FOURTH, *TAGS)
    assert line_reason(line) == "image caption"
    assert line not in " ".join(spoken(split_plain(text).article))
    assert spoken(split_plain(text).article) == [LEAD, SECOND, THIRD, FOURTH]


@pytest.mark.parametrize("line", [
    "السكان يعانون من تجمع المياه كل شتاء منذ سنوات (بحسب الأهالي).",
    "المشروع سيكتمل قبل نهاية العام المقبل (وفق البلدية).",
    "المقاول المنفذ شركة محلية فازت بالمناقصة الشهر الماضي (شركة الرافدين).",
    "وقال إن الصورة من: الأرشيف الوطني",
    "مصدر الصورة، الذي يكتب تحتها عادة، يحدد الجهة التي تملك حقوق نشرها.",
    "ماذا يعني الرمز © تحت الصور؟",
    # H1: a bracket of two or three words closing a sentence with its stop (review_captions probes 02-06, 13, 17, 18)
    "طحين أبيض متعدد الاستعمالات (ثلاثة أكواب).",
    "نضيف رشة ملح ناعم إلى خليط الطحين الجاف (نصف ملعقة صغيرة).",
    "من غشنا فليس منا (رواه مسلم).",
    "الصبر مفتاح الفرج والعمل طريق النجاح (حكمة عربية).",
    "لا أحب الحديث عن المستقبل البعيد لأنني أعيش يومي فقط (تقولها مبتسمة).",
    "لن نقبل بأي اتفاق لا يضمن حصتنا التاريخية من مياه النهر (مصطفى مدبولي).",
    "الفائز بجائزة أفضل لاعب في المباراة هو الجناح المصري (محمد صلاح).",
    "تنطلق صافرة البداية في تمام الساعة التاسعة مساء (بتوقيت مكة).",
    "يمر نهر الدانوب بعدد من العواصم الأوروبية المعروفة (فيينا وبودابست وبلغراد).",
    # H2: a wire's credit closing a news sentence with its full stop (probes 01, 14)
    "الجيش يعلن اعتراض صاروخين أطلقا باتجاه الشمال دون وقوع إصابات (رويترز).",
    "وزير الخارجية الأمريكي يبدأ جولة جديدة في المنطقة الأسبوع المقبل. (رويترز)",
    "يبدأ العمل بالقرار اعتبارا من مطلع الشهر المقبل (واس).",
    # M1: fact-check prose opening with BBC's label (probe 11)
    "مصدر الصورة، حسب ما توصلنا إليه عبر البحث العكسي، هو موقع إخباري نشرها عام 2013.",
    "مصدر الصورة، وهو مصور محلي، أكد لنا أنه التقطها في مدينة أخرى.",
    # L1: "صورة من:" after a sentence's full stop (probe 15)
    "وتقول البلدية إن الهدف هو حماية الأحياء. صورة من: حياة السكان في الشتاء كما يرويها كتاب جديد",
])
def test_a_sentence_with_a_bracket_a_stop_or_a_credit_word_is_the_article(line):
    text = page(*SITE, TITLE, DATE, LEAD, SECOND, line, THIRD, FOURTH, *TAGS)
    assert line in " ".join(spoken(split_plain(text).article))


def test_verses_between_paragraphs_are_kept_even_opening_with_a_picture_word():
    verses = ["صورة من الحي القديم في البال", "تبقى وإن طال الزمان بهية"]
    poet = ("ويحفظ سكان الحي بيتين كتبهما شاعر المدينة عن شوارعهم القديمة، ويرددونهما في كل مناسبة تجمعهم في "
            "الساحة العامة")
    text = page(*SITE, TITLE, DATE, LEAD, poet, *verses, THIRD, FOURTH, *TAGS)
    said = spoken(split_plain(text).article)
    assert all(verse in said for verse in verses)


def test_a_round_ups_headings_named_as_its_tags_stay_headings():
    parts = [("الحي الشمالي", LEAD), ("الحي الغربي", SECOND), ("الحي الشرقي", THIRD)]
    lines = [line for heading, paragraph in parts for line in (heading, paragraph)]
    text = page(*SITE, TITLE, DATE, FOURTH, *lines, "الوسوم", "الحي الشمالي", "البلدية")
    assert titles(text) == ["الحي الشمالي", "الحي الغربي", "الحي الشرقي"]


def test_a_sub_heading_between_paragraphs_stays_a_heading():
    text = page(*SITE, TITLE, DATE, LEAD, SECOND, "المضخات الجديدة", THIRD, FOURTH, *TAGS)
    assert titles(text) == ["المضخات الجديدة"]


def test_a_headline_naming_its_source_after_a_dash_stays_the_headline():
    """H3: a headline or ticker credits its source after a dash as a media office's handout photo does."""
    headline = "ارتفاع حصيلة ضحايا القصف على الحي الشمالي إلى 40 قتيلا - المكتب الإعلامي الحكومي"
    text = page("شبكة الأخبار", "محليات", headline, "مراسلنا", DATE, LEAD, SECOND, THIRD, FOURTH, *TAGS)
    assert split_plain(text).article.headline == headline
    assert spoken(split_plain(text).article) == [LEAD, SECOND, THIRD, FOURTH]


@pytest.mark.parametrize("heading", ["خريطة الطريق نحو التنفيذ", "لقطة الموسم", "جانب من الحل", "صورة من الماضي"])
def test_a_sub_heading_opening_with_a_picture_word_over_another_keeps_its_words(heading):
    """H4: "خريطة الطريق", "لقطة المباراة", "جانب من الأزمة" head parts as often as they open captions."""
    text = page(*SITE, TITLE, DATE, LEAD, SECOND, heading, "المضخات الجديدة", THIRD, FOURTH, *TAGS)
    said = spoken(split_plain(text).article)
    assert heading in said and "المضخات الجديدة" in said


def test_a_sub_heading_opening_with_a_picture_word_over_another_stays_a_heading():
    """H4 (review probe 17): "صورة لمستقبل ..." heads a part, over the heading of its first topic."""
    text = page(*SITE, TITLE, DATE, LEAD, SECOND, "صورة لمستقبل الأحياء", "المضخات الجديدة", THIRD, FOURTH, *TAGS)
    assert "صورة لمستقبل الأحياء" in titles(text)


ECONOMY = [
    "الاقتصادية",
    "أسواق",
    "طاقة",
    "الحكومة تقر موازنة العام المقبل بعجز أقل من المتوقع",
    "الخميس 20 نوفمبر 2025",
    ("أقر مجلس الوزراء مشروع الموازنة العامة للعام المقبل، متوقعا عجزا أقل من تقديرات صندوق النقد الدولي، "
     "بفضل ارتفاع الإيرادات غير النفطية."),
    "الإيرادات المتوقعة في الموازنة الجديدة تبلغ تسعمئة مليار ريال (مئتين وأربعين مليار دولار).",
    "حجم العجز المتوقع يصل إلى أربعين مليار ريال (نحو عشرة مليارات دولار).",
    "سعر البرميل الذي بنيت عليه تقديرات الموازنة يبلغ خمسة وسبعين دولارا (سعر خام برنت).",
    "البنك المركزي",
    ("وتوقع البنك المركزي في تقريره الفصلي أن يبلغ النمو الاقتصادي ثلاثة في المئة، مدفوعا بقطاعات السياحة "
     "والصناعة والخدمات اللوجستية."),
    ("ويرى محللون أن التزام الحكومة بضبط الإنفاق سيعزز ثقة المستثمرين، رغم استمرار تقلب أسعار النفط في "
     "الأسواق العالمية خلال الأشهر الأخيرة."),
    "الكلمات المفتاحية",
    "الموازنة",
    "البنك المركزي",
    "النفط",
    "الأكثر قراءة",
    "الذهب يرتفع إلى مستوى قياسي جديد",
]


def test_a_lone_sub_heading_the_tags_repeat_stays_a_heading():
    """M2 (review probe 04): an article's only sub-heading is often one of its tags too."""
    assert titles(page(*ECONOMY)) == ["البنك المركزي"]


def test_a_recipes_ingredients_closed_by_amounts_stay_under_their_heading():
    """H1 and M3 (review probe 02): amounts in brackets closing each ingredient, the heading over them."""
    intro = ("كيكة البرتقال من أسهل الحلويات التي يمكن تحضيرها في المنزل، وتناسب وجبة الإفطار أو تقديمها مع القهوة "
             "في المساء للضيوف.")
    items = ["طحين أبيض متعدد الاستعمالات (ثلاثة أكواب).", "سكر أبيض ناعم مطحون (كوب ونصف).",
             "عصير برتقال طازج مصفى (كوب واحد).", "بيض بحجم كبير بدرجة حرارة الغرفة (أربع حبات)."]
    step = ("في وعاء عميق نخفق البيض مع السكر جيدا حتى يتضاعف حجمه ويصبح لونه فاتحا، ثم نضيف عصير البرتقال والزيت "
            "ونستمر في الخفق.")
    text = page("مطبخ البيت", "وصفات", "طريقة عمل كيكة البرتقال الإسفنجية بخطوات سهلة", "بواسطة: نور الهدى", DATE,
                intro, "المقادير", *items, "طريقة التحضير", step, "وصفات ذات صلة", "طريقة عمل كيكة الليمون", "شارك")
    said = " ".join(spoken(split_plain(text).article))
    assert "المقادير" in titles(text)
    assert all(item in said for item in items)
